// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csar/boundedbuffer.h"
#include "csar/csarentry.h"
#include "csar/csarlimits.h"
#include "support/diagnostic.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;
class QuaZip;
class QuaZipFile;
struct QuaZipFileInfo64;

namespace Topologist {

/// Reads a CSAR that may have been crafted to hurt us: a zip from the internet, a colleague or
/// an Alien4Cloud download. open() checks the whole central directory (names, file types,
/// encryption, methods, declared sizes and ratios, duplicates) before a single byte is
/// decompressed; readEntry() and extractTo() then check the real decompressed bytes against the
/// declared sizes and the same limits while streaming, so a lying header gets nowhere.
///
/// An archive with any refused entry is refused as a whole, with one Diagnostic per problem
/// naming the archive and the entry. extractTo() writes only inside the destination folder and
/// removes everything it wrote when it fails.
class CsarReader
{
public:
    explicit CsarReader(const QString &archivePath, const CsarLimits &limits = CsarLimits());
    ~CsarReader();
    CsarReader(const CsarReader &) = delete;
    CsarReader &operator=(const CsarReader &) = delete;

    /// Opens the archive and checks its directory. Safe to call again; false once it failed.
    bool open();
    bool isOpen() const { return m_open; }

    QString archivePath() const { return m_archivePath; }
    const CsarLimits &limits() const { return m_limits; }

    /// Files and folders in central-directory order; empty unless open() succeeded.
    const QList<CsarEntry> &entries() const { return m_entries; }
    /// Names of the file entries (no folders).
    QStringList fileNames() const;
    bool hasFile(const QString &name) const;

    /// Decompresses one file entry into memory (for TOSCA.meta and the entry definitions),
    /// under the same limits as extraction. Opens the archive if needed.
    std::optional<QByteArray> readEntry(const QString &name);

    /// Extracts every entry under @p destination, which must be an empty folder (created when
    /// missing) that the caller owns and removes, normally a QTemporaryDir. On failure the folder
    /// is left empty. Opens the archive if needed.
    bool extractTo(const QString &destination);

    /// Everything found so far, in order; errors mean the archive was refused.
    const Diagnostics &diagnostics() const { return m_diagnostics; }

private:
    void addError(QLatin1String code, const QString &message);
    QString archiveName() const;
    /// Why a name is too long or nested too deep for the limits, or empty.
    QString sizeProblem(const CsarEntry &entry) const;
    /// Measures the archive file against the size limits before any zip code sees it.
    bool openFile();
    bool openZip();
    bool scanDirectory();
    /// Name, file type and encryption: what refuses an entry whatever its sizes.
    bool checkEntryKind(const CsarEntry &entry, const QuaZipFileInfo64 &info);
    void checkFolderEntry(const CsarEntry &entry);
    /// The method and sizes a file entry's header declares, before anything is decompressed.
    bool checkDeclaredSizes(const CsarEntry &entry);
    void checkDeclaredRatio(quint64 totalDeclared);
    bool checkNames();
    bool goToEntry(int index);

    /// Takes the next piece of an entry's real content and how many compressed bytes it took.
    using ChunkSink = std::function<bool(const char *data, qint64 size, quint64 consumed)>;
    bool copyEntry(const CsarEntry &entry, QIODevice *sink, quint64 alreadyExtracted);
    bool copyStored(const CsarEntry &entry, QuaZipFile *file, const ChunkSink &accept);
    bool inflateEntry(const CsarEntry &entry, QuaZipFile *file, const ChunkSink &accept);
    /// The real bytes so far against the declared size and every limit, as they stream in.
    bool checkExpansion(const CsarEntry &entry, quint64 produced, quint64 consumed, quint64 total);
    bool checkComplete(const CsarEntry &entry, quint64 produced, quint32 crc);
    bool reportDamaged(const CsarEntry &entry, const QString &why);
    bool extractEntry(const CsarEntry &entry,
                      const QString &root,
                      QStringList *created,
                      quint64 *extracted);
    bool ensureFolder(const CsarEntry &entry,
                      const QString &root,
                      const QString &folder,
                      QStringList *created);
    void close();
    /// The device the zip is read from: the archive in memory, or the file itself.
    QIODevice *zipDevice();

    QString m_archivePath;
    CsarLimits m_limits;
    QFile m_file;
    /// The archive's bytes when it is small enough to read at once (see maxInMemoryBytes).
    BoundedBuffer m_memory;
    std::unique_ptr<QuaZip> m_zip;
    qint64 m_archiveSize = 0;
    QList<CsarEntry> m_entries;
    Diagnostics m_diagnostics;
    bool m_open = false;
    bool m_openFailed = false;
};

} // namespace Topologist
