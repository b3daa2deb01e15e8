// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonsource.h"

#include "catalog/gitrevision.h"
#include "catalog/topologyloader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Topologist {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonSource)
};

/// The archive of a load, or why it is no topology (not even TOSCA with errors).
std::optional<ToscaArchive>
archiveOf(const LoadedTopology &loaded, const QString &name, QString *error)
{
    const ToscaArchive &archive = loaded.archive;
    if (loaded.readable && (archive.topology || !archive.toscaDefinitionsVersion.isEmpty()))
        return archive;
    QStringList reasons;
    for (const Diagnostic &d : loaded.diagnostics) {
        if (d.severity == Severity::Error)
            reasons << d.message;
    }
    *error = reasons.isEmpty() ? Tr::tr("%1 cannot be read").arg(name)
                               : Tr::tr("%1 cannot be read: %2").arg(name, reasons.first());
    return std::nullopt;
}

} // namespace

std::optional<ToscaArchive>
ComparisonSource::file(const QString &path, const TypeCatalog &catalog, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo(path).isFile()) {
        *error = Tr::tr("%1 does not exist").arg(path);
        return std::nullopt;
    }
    return archiveOf(TopologyLoader(catalog).loadFile(path, name), name, error);
}

std::optional<ToscaArchive>
ComparisonSource::head(const QString &documentPath, const TypeCatalog &catalog, QString *error)
{
    const QFileInfo info(documentPath);
    const QString name = QStringLiteral("HEAD:") + info.fileName();
    const std::optional<LoadedTopology> loaded = GitRevision::load(
        GitRevision::headObject(documentPath), info.absolutePath(), name, catalog, error);
    if (!loaded)
        return std::nullopt;
    return archiveOf(*loaded, name, error);
}

bool ComparisonSource::canUseHead(const QString &documentPath, QString *why)
{
    if (documentPath.isEmpty()) {
        if (why)
            *why = Tr::tr("the topology has no file yet");
        return false;
    }
    return GitRevision::isInWorkTree(QFileInfo(documentPath).absolutePath(), why);
}

} // namespace Topologist
