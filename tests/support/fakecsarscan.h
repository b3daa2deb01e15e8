// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Topologist::Test {

/// What the fake Alien4Cloud server reads from an uploaded CSAR, the way A4C would: whether it
/// is a zip, its single root YAML, the archive name and version, the `imports:` entries and
/// the type references with their 1-based positions, and a hash of the file contents (names
/// and timestamps left out, like A4C's FileUtil.deepSHA1). The YAML is scanned line by line,
/// which is enough for archives written in block style as tests write them.
struct FakeCsarScan
{
    struct Mark
    {
        QString value;
        int line = 0;
        int column = 0;
        int endColumn = 0;
    };

    bool isZip = false;
    QStringList rootYamlFiles;
    QString yamlFile;
    QString name;
    QString version;
    QList<Mark> imports;
    QList<Mark> typeReferences;
    QSet<QString> declaredTypes;
    bool hasTopology = false;
    QByteArray contentHash;

    static FakeCsarScan scan(const QByteArray &zip);
    /// The YAML part alone (used by scan()).
    void scanYaml(const QByteArray &yaml);
};

} // namespace Topologist::Test
