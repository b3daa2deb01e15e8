// SPDX-License-Identifier: GPL-3.0-or-later
#include "testarchives.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QBuffer>

namespace Topologist::Test {

QByteArray makeZip(const QList<QPair<QString, QByteArray>> &files)
{
    QBuffer buffer;
    {
        QuaZip archive(&buffer);
        if (!archive.open(QuaZip::mdCreate))
            return QByteArray();
        for (const auto &entry : files) {
            QuaZipFile file(&archive);
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(entry.first)))
                return QByteArray();
            file.write(entry.second);
            file.close();
        }
        archive.close();
    }
    return buffer.data();
}

QByteArray makeTypesCsar(const QString &name,
                         const QString &version,
                         const QStringList &imports,
                         const QString &nodeType,
                         const QString &derivedFrom)
{
    QString yaml = QStringLiteral("tosca_definitions_version: alien_dsl_1_4_0\n"
                                  "\n"
                                  "template_name: %1\n"
                                  "template_version: %2\n"
                                  "template_author: Topologist tests\n"
                                  "\n")
                       .arg(name, version);
    if (!imports.isEmpty()) {
        yaml += QStringLiteral("imports:\n");
        for (const QString &import : imports)
            yaml += QStringLiteral("  - ") + import + QLatin1Char('\n');
        yaml += QLatin1Char('\n');
    }
    yaml += QStringLiteral("node_types:\n"
                           "  %1:\n"
                           "    derived_from: %2\n"
                           "    description: A node type made by the tests.\n")
                .arg(nodeType, derivedFrom);
    return makeZip({{name + QStringLiteral(".yml"), yaml.toUtf8()}});
}

} // namespace Topologist::Test
