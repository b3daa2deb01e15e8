// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakecsarscan.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QMap>
#include <QRegularExpression>

namespace Topologist::Test {

namespace {

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2
        && ((value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            || (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))))
        value = value.mid(1, value.size() - 2);
    return value;
}

bool isHidden(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.startsWith(QLatin1Char('.')))
            return true;
    }
    return false;
}

} // namespace

FakeCsarScan FakeCsarScan::scan(const QByteArray &zip)
{
    FakeCsarScan result;
    QBuffer buffer;
    buffer.setData(zip);
    QuaZip archive(&buffer);
    if (!archive.open(QuaZip::mdUnzip))
        return result;
    result.isZip = true;

    QMap<QString, QByteArray> files;
    const QStringList names = archive.getFileNameList();
    for (const QString &name : names) {
        if (name.endsWith(QLatin1Char('/')) || !archive.setCurrentFile(name))
            continue;
        QuaZipFile file(&archive);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        files.insert(name, file.readAll());
    }
    archive.close();

    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!isHidden(it.key()))
            hash.addData(it.value());
        const bool atRoot = !it.key().contains(QLatin1Char('/'));
        if (atRoot
            && (it.key().endsWith(QLatin1String(".yml"))
                || it.key().endsWith(QLatin1String(".yaml"))))
            result.rootYamlFiles.append(it.key());
    }
    result.contentHash = hash.result().toHex();
    if (result.rootYamlFiles.size() == 1) {
        result.yamlFile = result.rootYamlFiles.constFirst();
        result.scanYaml(files.value(result.yamlFile));
    }
    return result;
}

void FakeCsarScan::scanYaml(const QByteArray &yaml)
{
    static const QRegularExpression topLevel(QStringLiteral("^([A-Za-z_]+):\\s*(.*)$"));
    static const QRegularExpression keyValue(QStringLiteral("^\\s+([A-Za-z_]+):\\s*(.*)$"));
    static const QRegularExpression listItem(QStringLiteral("^(\\s*-\\s*)(\\S.*)$"));
    static const QRegularExpression typeKey(
        QStringLiteral("^(\\s*(?:-\\s*)?(?:type|derived_from):\\s*)(\\S+)"));
    static const QRegularExpression childKey(QStringLiteral("^(\\s+)([^\\s#:][^:]*):"));
    static const QSet<QString> typeSections{QStringLiteral("node_types"),
                                            QStringLiteral("capability_types"),
                                            QStringLiteral("relationship_types"),
                                            QStringLiteral("data_types"),
                                            QStringLiteral("artifact_types"),
                                            QStringLiteral("policy_types")};

    QString section;
    int childIndent = -1;
    const QList<QByteArray> lines = yaml.split('\n');
    for (int index = 0; index < lines.size(); ++index) {
        const QString line = QString::fromUtf8(lines.at(index)).remove(QLatin1Char('\r'));
        const int lineNumber = index + 1;
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;

        const QRegularExpressionMatch top = topLevel.match(line);
        if (top.hasMatch()) {
            section = top.captured(1);
            childIndent = -1;
            const QString value = unquote(top.captured(2));
            if (section == QLatin1String("template_name"))
                name = value;
            else if (section == QLatin1String("template_version"))
                version = value;
            else if (section == QLatin1String("topology_template"))
                hasTopology = true;
            continue;
        }

        if (section == QLatin1String("metadata")) {
            const QRegularExpressionMatch match = keyValue.match(line);
            if (match.hasMatch() && match.captured(1) == QLatin1String("template_name"))
                name = unquote(match.captured(2));
            if (match.hasMatch() && match.captured(1) == QLatin1String("template_version"))
                version = unquote(match.captured(2));
        } else if (section == QLatin1String("imports")) {
            const QRegularExpressionMatch match = listItem.match(line);
            if (match.hasMatch()) {
                const QString raw = match.captured(2).trimmed();
                const int start = match.capturedLength(1) + 1;
                imports.append({unquote(raw), lineNumber, start, start + int(raw.size())});
            }
        } else if (typeSections.contains(section)) {
            const QRegularExpressionMatch match = childKey.match(line);
            if (match.hasMatch()) {
                const int indent = match.capturedLength(1);
                if (childIndent < 0)
                    childIndent = indent;
                if (indent == childIndent)
                    declaredTypes.insert(unquote(match.captured(2)));
            }
        }

        const QRegularExpressionMatch reference = typeKey.match(line);
        if (reference.hasMatch()) {
            const QString raw = reference.captured(2);
            const int start = reference.capturedLength(1) + 1;
            typeReferences.append({unquote(raw), lineNumber, start, start + int(raw.size())});
        }
    }
}

} // namespace Topologist::Test
