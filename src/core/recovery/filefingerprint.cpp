// SPDX-License-Identifier: GPL-3.0-or-later
#include "recovery/filefingerprint.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace Topologist {

FileFingerprint FileFingerprint::of(const QString &path)
{
    FileFingerprint fingerprint;
    fingerprint.m_taken = true;
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return fingerprint;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return fingerprint;
    fingerprint.m_exists = true;
    fingerprint.m_size = file.size();
    fingerprint.m_modified = QFileInfo(path).lastModified().toUTC();
    fingerprint.m_sha256 = hash.result();
    return fingerprint;
}

FileFingerprint FileFingerprint::ofWritten(const QString &path, const QByteArray &bytes)
{
    FileFingerprint fingerprint;
    fingerprint.m_taken = true;
    const QFileInfo info(path);
    if (!info.isFile())
        return fingerprint;
    fingerprint.m_exists = true;
    fingerprint.m_size = bytes.size();
    fingerprint.m_modified = info.lastModified().toUTC();
    fingerprint.m_sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    return fingerprint;
}

bool FileFingerprint::differsFrom(const FileFingerprint &other) const
{
    if (m_exists != other.m_exists)
        return true;
    if (!m_exists)
        return false;
    return m_size != other.m_size || m_sha256 != other.m_sha256;
}

QJsonObject FileFingerprint::toJson() const
{
    if (!m_taken)
        return {};
    return {{QStringLiteral("exists"), m_exists},
            {QStringLiteral("size"), double(m_size)},
            {QStringLiteral("modified"), m_modified.toString(Qt::ISODateWithMs)},
            {QStringLiteral("sha256"), QString::fromLatin1(m_sha256.toHex())}};
}

FileFingerprint FileFingerprint::fromJson(const QJsonObject &json)
{
    FileFingerprint fingerprint;
    if (json.isEmpty())
        return fingerprint;
    fingerprint.m_taken = true;
    fingerprint.m_exists = json.value(QStringLiteral("exists")).toBool();
    fingerprint.m_size = qint64(json.value(QStringLiteral("size")).toDouble());
    fingerprint.m_modified = QDateTime::fromString(
        json.value(QStringLiteral("modified")).toString(), Qt::ISODateWithMs);
    fingerprint.m_sha256
        = QByteArray::fromHex(json.value(QStringLiteral("sha256")).toString().toLatin1());
    return fingerprint;
}

} // namespace Topologist
