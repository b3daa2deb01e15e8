// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/referencedfiles.h"

#include <QDir>
#include <QSet>

namespace Topologist {

QString ReferencedFiles::normalizedPath(const QString &path)
{
    const QString trimmed = path.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1String("://")))
        return QString();
    QString clean = QDir::cleanPath(QString(trimmed).replace(QLatin1Char('\\'), QLatin1Char('/')));
    while (clean.startsWith(QLatin1Char('/')))
        clean.remove(0, 1);
    if (clean.isEmpty() || clean == QLatin1String(".") || clean.startsWith(QLatin1String("../"))
        || clean == QLatin1String(".."))
        return QString();
    return clean;
}

QList<ReferencedFiles::Reference> ReferencedFiles::collect(const ToscaArchive &archive)
{
    QList<Reference> references;
    QSet<QString> seen;
    const auto add = [&](Reference::Kind kind,
                         const QString &path,
                         const QString &owner,
                         const SourceLocation &where) {
        const QString normalized = normalizedPath(path);
        if (normalized.isEmpty() || seen.contains(normalized))
            return;
        seen.insert(normalized);
        references.append({kind, normalized, owner, where});
    };
    const auto addInterfaces = [&](const InterfaceDefinitions &interfaces, const QString &owner) {
        for (const InterfaceDefinition &interface : interfaces) {
            for (const OperationDefinition &operation : interface.operations)
                add(Reference::Kind::Implementation,
                    operation.implementation,
                    owner + QLatin1Char(' ') + interface.name + QLatin1Char('.') + operation.name,
                    operation.location);
        }
    };
    const auto addArtifacts = [&](const ArtifactDefinitions &artifacts, const QString &owner) {
        for (const ArtifactDefinition &artifact : artifacts)
            add(Reference::Kind::Artifact,
                artifact.filePath(),
                owner + QLatin1Char(' ') + artifact.name,
                artifact.location);
    };
    for (const TypeDefinition &type : archive.types) {
        addInterfaces(type.interfaces, type.name);
        addArtifacts(type.artifacts, type.name);
        const QString icon = type.tag(QStringLiteral("icon"));
        if (!icon.isEmpty())
            add(Reference::Kind::Icon, icon, type.name + QStringLiteral(" icon"), type.location);
    }
    if (archive.topology) {
        for (const NodeTemplate &node : archive.topology->nodes()) {
            addArtifacts(node.artifacts, node.name);
            // Template-level interface overrides may name scripts of the topology archive.
            for (const Value::Entry &interface : node.interfaces.entries()) {
                for (const Value::Entry &operation : interface.value.entries()) {
                    const Value implementation
                        = operation.value.isScalar()
                              ? operation.value
                              : operation.value.value(QStringLiteral("implementation"));
                    if (implementation.isScalar())
                        add(Reference::Kind::Implementation,
                            implementation.text(),
                            node.name + QLatin1Char(' ') + interface.key + QLatin1Char('.')
                                + operation.key,
                            operation.keyLocation);
                }
            }
        }
    }
    return references;
}

} // namespace Topologist
