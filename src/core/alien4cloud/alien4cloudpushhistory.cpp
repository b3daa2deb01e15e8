// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudpushhistory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace Topologist {

namespace {

const QByteArray magic = QByteArrayLiteral("TOPOLOGIST-PUSH 1\n");
const QString suffix = QStringLiteral(".push");
/// The JSON line is a few hundred bytes; more than this is not one of our files.
constexpr qint64 longestHeader = 64 * 1024;

struct Header
{
    QString server;
    QString archive;
    QDateTime pushedAt;
    qint64 size = -1;
};

/// The two header lines of an open record, or nothing when they are not ours.
std::optional<Header> readHeader(QFile &file)
{
    if (file.readLine(magic.size() + 1) != magic)
        return std::nullopt;
    const QByteArray line = file.readLine(longestHeader);
    if (!line.endsWith('\n'))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(line).object();
    Header header;
    header.server = json.value(QStringLiteral("server")).toString();
    header.archive = json.value(QStringLiteral("archive")).toString();
    header.pushedAt = QDateTime::fromString(json.value(QStringLiteral("pushedAt")).toString(),
                                            Qt::ISODateWithMs);
    header.size = qint64(json.value(QStringLiteral("size")).toDouble(-1));
    if (header.server.isEmpty() || header.archive.isEmpty() || !header.pushedAt.isValid()
        || header.size < 0 || header.size > Alien4CloudPushHistory::MaxDefinitionsBytes)
        return std::nullopt;
    return header;
}

QByteArray headerLine(const Alien4CloudPushRecord &record)
{
    const QJsonObject json{
        {QStringLiteral("server"), record.server},
        {QStringLiteral("archive"), record.archive},
        {QStringLiteral("pushedAt"), record.pushedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("size"), double(record.definitions.size())},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
}

/// When the record at `path` was pushed; an unreadable one is older than any.
QDateTime pushedAt(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QDateTime();
    const std::optional<Header> header = readHeader(file);
    return header ? header->pushedAt : QDateTime();
}

} // namespace

Alien4CloudPushHistory::Alien4CloudPushHistory(const QString &folder)
    : m_folder(folder)
{}

QString Alien4CloudPushHistory::defaultFolder()
{
    const QString overridden = qEnvironmentVariable("TOPOLOGIST_PUSH_HISTORY_DIR");
    if (!overridden.isEmpty())
        return overridden;
    // Beside the application's own data folder rather than in it: the designer and the CLI
    // are two applications of one organisation, and share what was pushed.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/Topologist/push-history");
}

QString Alien4CloudPushHistory::pathFor(const QString &server, const QString &archive) const
{
    const QByteArray key = server.toUtf8() + '\n' + archive.toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex();
    return QDir(m_folder).filePath(QString::fromLatin1(hash.left(32)) + suffix);
}

bool Alien4CloudPushHistory::record(const Alien4CloudPushRecord &record) const
{
    const QString path = pathFor(record.server, record.archive);
    const bool fits = record.definitions.size() <= MaxDefinitionsBytes;
    QSaveFile file(path);
    const bool written = fits && QDir().mkpath(m_folder) && file.open(QIODevice::WriteOnly)
                         && file.write(magic + headerLine(record)) > 0
                         && file.write(record.definitions) == record.definitions.size()
                         && file.commit();
    if (!written) {
        QFile::remove(path);
        return false;
    }
    prune(path);
    return true;
}

std::optional<Alien4CloudPushRecord> Alien4CloudPushHistory::last(const QString &server,
                                                                  const QString &archive) const
{
    QFile file(pathFor(server, archive));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const std::optional<Header> header = readHeader(file);
    if (!header || header->server != server || header->archive != archive)
        return std::nullopt;
    Alien4CloudPushRecord record;
    record.server = header->server;
    record.archive = header->archive;
    record.pushedAt = header->pushedAt;
    record.definitions = file.read(header->size + 1);
    if (record.definitions.size() != header->size)
        return std::nullopt;
    return record;
}

void Alien4CloudPushHistory::prune(const QString &kept) const
{
    const QDir dir(m_folder);
    const QStringList names = dir.entryList({QLatin1Char('*') + suffix}, QDir::Files);
    if (names.size() <= MaxRecords)
        return;
    // The record just written stays, whatever the times the others claim.
    QList<std::pair<QDateTime, QString>> others;
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        if (path != kept)
            others.append({pushedAt(path), path});
    }
    // Newest first; an invalid time sorts before any valid one, so unreadable files go first.
    std::sort(others.begin(), others.end(), [](const auto &a, const auto &b) {
        return a.first > b.first;
    });
    for (qsizetype i = MaxRecords - 1; i < others.size(); ++i)
        QFile::remove(others.at(i).second);
}

} // namespace Topologist
