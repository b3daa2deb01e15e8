// SPDX-License-Identifier: GPL-3.0-or-later
#include "recovery/recoverystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace Topologist {

namespace {

const QByteArray magic = QByteArrayLiteral("TOPOLOGIST-RECOVERY 1\n");
const QString suffix = QStringLiteral(".recovery");

} // namespace

RecoveryStore::RecoveryStore(const QString &directory)
    : m_directory(directory)
{}

QString RecoveryStore::defaultDirectory()
{
    const QString overridden = qEnvironmentVariable("TOPOLOGIST_RECOVERY_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
           + QStringLiteral("/recovery");
}

QString RecoveryStore::newRecoveryPath() const
{
    return QDir(m_directory).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + suffix);
}

QString RecoveryStore::lockPathFor(const QString &recoveryFile)
{
    return recoveryFile + QStringLiteral(".lock");
}

bool RecoveryStore::write(const QString &path, const RecoveryEntry &entry, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = tr("Cannot create the recovery folder %1").arg(QFileInfo(path).absolutePath());
        return false;
    }
    const QJsonObject header{
        {QStringLiteral("original"), entry.originalPath},
        {QStringLiteral("name"), entry.displayName},
        {QStringLiteral("saved"), entry.savedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("base"), entry.base.toJson()},
        {QStringLiteral("size"), double(entry.contents.size())},
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes
        = magic + QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n' + entry.contents;
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<RecoveryEntry> RecoveryStore::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith(magic)) {
        *error = tr("%1: not a Topologist recovery file").arg(path);
        return std::nullopt;
    }
    const qsizetype headerEnd = bytes.indexOf('\n', magic.size());
    QJsonParseError parseError;
    const QJsonDocument header = QJsonDocument::fromJson(
        bytes.mid(magic.size(), headerEnd < 0 ? -1 : headerEnd - magic.size()), &parseError);
    if (headerEnd < 0 || !header.isObject()) {
        *error = tr("%1: damaged header: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject json = header.object();
    RecoveryEntry entry;
    entry.recoveryFile = QFileInfo(path).absoluteFilePath();
    entry.originalPath = json.value(QStringLiteral("original")).toString();
    entry.displayName = json.value(QStringLiteral("name")).toString();
    entry.savedAt
        = QDateTime::fromString(json.value(QStringLiteral("saved")).toString(), Qt::ISODateWithMs);
    entry.base = FileFingerprint::fromJson(json.value(QStringLiteral("base")).toObject());
    entry.contents = bytes.mid(headerEnd + 1);
    if (entry.contents.size() != qint64(json.value(QStringLiteral("size")).toDouble(-1))) {
        *error = tr("%1: truncated (%2 of %3 bytes)")
                     .arg(path)
                     .arg(entry.contents.size())
                     .arg(qint64(json.value(QStringLiteral("size")).toDouble(-1)));
        return std::nullopt;
    }
    return entry;
}

QList<RecoveryEntry> RecoveryStore::recoverable(QStringList *unreadable) const
{
    QList<RecoveryEntry> entries;
    const QDir dir(m_directory);
    const QStringList files
        = dir.entryList({QStringLiteral("*") + suffix}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        // A live session (this one or another Topologist) holds the lock of what it writes;
        // a killed one leaves a lock whose process is gone, which tryLock() takes over.
        QLockFile lock(lockPathFor(path));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        QString error;
        std::optional<RecoveryEntry> entry = read(path, &error);
        if (entry)
            entries.append(*entry);
        else if (unreadable)
            unreadable->append(error);
    }
    std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        return a.savedAt < b.savedAt;
    });
    return entries;
}

bool RecoveryStore::discard(const QString &recoveryFile, QString *error)
{
    if (QFile::exists(recoveryFile) && !QFile::remove(recoveryFile)) {
        if (error)
            *error = tr("Cannot remove %1").arg(recoveryFile);
        return false;
    }
    return true;
}

} // namespace Topologist
