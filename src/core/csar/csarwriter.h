// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csar/toscametadata.h"
#include "support/diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

class QIODevice;
class QuaZip;

namespace Topologist {

/// Writes a CSAR atomically and reproducibly: the zip is built in a temporary file next to the
/// target and only replaces it when everything succeeded, so a failure leaves the previous
/// archive untouched. TOSCA-Metadata/TOSCA.meta comes first, then the entries sorted by path,
/// all with the same timestamp (1980-01-01) and permissions, so the same content always gives the
/// same bytes (A4C hashes the content to tell a re-upload from a change).
///
/// It writes what it is given: which files belong in the archive is the caller's decision. It
/// refuses, before touching anything, what would make an archive CsarReader or A4C refuses:
/// unsafe or clashing paths, missing sources, an Entry-Definitions naming no entry.
class CsarWriter
{
public:
    /// One file of the archive: its path inside the zip and where its bytes come from.
    struct Entry
    {
        QString path;
        /// Read from this file when set; otherwise @ref data is written.
        QString sourceFile;
        QByteArray data;

        static Entry fromFile(const QString &path, const QString &sourceFile)
        {
            return {path, sourceFile, {}};
        }
        static Entry fromData(const QString &path, const QByteArray &data)
        {
            return {path, {}, data};
        }
    };

    explicit CsarWriter(const QString &archivePath);

    /// Written first as TOSCA-Metadata/TOSCA.meta; without it, the archive has none.
    void setMetadata(const ToscaMetadata &metadata) { m_metadata = metadata; }
    void addEntry(const Entry &entry) { m_entries.append(entry); }
    void addFile(const QString &path, const QString &sourceFile)
    {
        addEntry(Entry::fromFile(path, sourceFile));
    }
    void addData(const QString &path, const QByteArray &data)
    {
        addEntry(Entry::fromData(path, data));
    }

    /// Writes the archive; false (with diagnostics) leaves any existing file as it was.
    bool write();
    const Diagnostics &diagnostics() const { return m_diagnostics; }

private:
    bool check();
    /// The file an entry is copied from must exist and be readable before the zip starts.
    void checkSource(const Entry &entry);
    void checkEntryDefinitions(const QSet<QString> &paths);
    bool writeEntry(QuaZip *zip, const Entry &entry);
    bool copySource(const Entry &entry, QIODevice *out);
    bool writeFailed(const QString &why);
    void addError(QLatin1String code, const QString &message);
    QString archiveName() const;

    QString m_archivePath;
    std::optional<ToscaMetadata> m_metadata;
    QList<Entry> m_entries;
    Diagnostics m_diagnostics;
};

} // namespace Topologist
