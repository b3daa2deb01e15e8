// SPDX-License-Identifier: GPL-3.0-or-later
#include "testpaths.h"

#include <QDir>

namespace Topologist::Test {

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(TOPOLOGIST_TEST_DATA_DIR)).filePath(relative);
}

QString referencePath(const QString &relative)
{
    return QDir::cleanPath(QDir(QStringLiteral(TOPOLOGIST_REFERENCE_DIR)).filePath(relative));
}

QString publishedTopology(const QString &shortName)
{
    if (shortName == QLatin1String("mesos-ha"))
        return referencePath(
            QStringLiteral("mesos-tosca-blueprints/topology-mesos/mesos-ha-template.yml"));
    if (shortName == QLatin1String("aurora"))
        return referencePath(
            QStringLiteral("mesos-tosca-blueprints/topology-aurora/aurora-template.yml"));
    if (shortName == QLatin1String("marathon"))
        return referencePath(
            QStringLiteral("mesos-tosca-blueprints/topology-marathon/marathon-template.yml"));
    if (shortName == QLatin1String("marathon-rexray"))
        return referencePath(QStringLiteral(
            "mesos-tosca-blueprints/topology-marathon-rexray/marathon-rexray-template.yml"));
    return QString();
}

QString cliPath()
{
    return QStringLiteral(TOPOLOGIST_CLI_PATH);
}

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(TOPOLOGIST_SOURCE_DIR)).filePath(relative);
}

} // namespace Topologist::Test
