// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Topologist {

/// What a file on disk was at one moment: whether it existed, its size, modification time and
/// SHA-256. A document keeps the one of its file as last read or written, so that a change by
/// another program is noticed (see differsFrom()) before it is silently overwritten.
class FileFingerprint
{
public:
    /// Never taken: a document that has no file yet.
    FileFingerprint() = default;
    /// The file as it is now (a missing or unreadable file gives exists() false).
    static FileFingerprint of(const QString &path);
    /// The same, for bytes just written to `path` (saves reading them back).
    static FileFingerprint ofWritten(const QString &path, const QByteArray &bytes);

    bool isNull() const { return !m_taken; }
    bool exists() const { return m_exists; }
    qint64 size() const { return m_size; }
    QDateTime modified() const { return m_modified; }
    QByteArray sha256() const { return m_sha256; }

    /// Whether the content differs: a file that appeared, vanished, or whose bytes changed. The
    /// modification time alone is not trusted either way (a `touch` changes nothing, and two
    /// writes within the clock's resolution look the same), so content is compared by hash.
    bool differsFrom(const FileFingerprint &other) const;

    QJsonObject toJson() const;
    static FileFingerprint fromJson(const QJsonObject &json);

private:
    bool m_taken = false;
    bool m_exists = false;
    qint64 m_size = 0;
    QDateTime m_modified;
    QByteArray m_sha256;
};

} // namespace Topologist
