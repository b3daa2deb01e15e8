// SPDX-License-Identifier: GPL-3.0-or-later
#include "testhelpers.h"

#include "catalog/typecatalog.h"
#include "yaml/yamlvaluereader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

namespace Topologist::Test {

const TypeCatalog &bundledCatalog()
{
    static const TypeCatalog *catalog = [] {
        auto *c = new TypeCatalog;
        c->addBundledLibrary();
        return c;
    }();
    return *catalog;
}

TypeCatalog &changeableBundledCatalog()
{
    static TypeCatalog *const catalog = [] {
        auto *c = new TypeCatalog;
        c->addBundledLibrary();
        return c;
    }();
    return *catalog;
}

const Diagnostic *findDiagnostic(const Diagnostics &diagnostics, const QString &code)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.code == code)
            return &d;
    }
    return nullptr;
}

Diagnostics errorsOf(const Diagnostics &diagnostics)
{
    Diagnostics errors;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Severity::Error)
            errors.append(d);
    }
    return errors;
}

std::string describe(const Diagnostics &diagnostics)
{
    if (diagnostics.isEmpty())
        return "(no diagnostics)";
    QString text;
    for (const Diagnostic &d : diagnostics)
        text += d.toString() + QLatin1Char('\n');
    return text.toStdString();
}

std::string describe(const Problems &problems)
{
    if (problems.isEmpty())
        return "(no problems)";
    QString text;
    for (const Problem &p : problems)
        text += p.toString() + QLatin1Char('\n');
    return text.toStdString();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

QStringList everythingUnder(const QString &folder)
{
    QStringList found;
    QDirIterator it(folder,
                    QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(QDir(folder).relativeFilePath(it.next()));
    found.sort();
    return found;
}

namespace {

void collectElementStarts(const Value &value, const QString &prefix, QMap<int, QString> *starts)
{
    const auto add = [starts](int line, const QString &path) {
        if (!starts->contains(line))
            starts->insert(line, path);
    };
    if (value.isMap()) {
        for (const Value::Entry &entry : value.entries()) {
            const QString path = prefix + QLatin1Char('/') + entry.key;
            add(entry.keyLocation.line, path);
            collectElementStarts(entry.value, path, starts);
        }
    } else if (value.isList()) {
        for (size_t i = 0; i < value.items().size(); ++i) {
            const QString path = prefix + QStringLiteral("/[%1]").arg(i);
            add(value.items()[i].location().line, path);
            collectElementStarts(value.items()[i], path, starts);
        }
    }
}

} // namespace

QMap<int, QString> elementStarts(const QByteArray &yaml)
{
    Diagnostics ignored;
    QMap<int, QString> starts;
    collectElementStarts(
        YamlValueReader().read(yaml, QStringLiteral("text"), &ignored), QString(), &starts);
    return starts;
}

namespace {
const QTemporaryDir &settingsFolder()
{
    static const QTemporaryDir folder;
    return folder;
}
} // namespace

bool useOwnSettingsFolder()
{
    const QTemporaryDir &folder = settingsFolder();
    if (!folder.isValid())
        return false;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.path());
    return true;
}

QString ownSettingsFolder()
{
    return settingsFolder().path();
}

QStringList topologyNames()
{
    return {QStringLiteral("mesos-ha"),
            QStringLiteral("aurora"),
            QStringLiteral("marathon"),
            QStringLiteral("marathon-rexray")};
}

QString bundledExample(const QString &shortName)
{
    return QStringLiteral(":/examples/") + shortName + QLatin1Char('/') + shortName
           + QStringLiteral(".yml");
}

} // namespace Topologist::Test
