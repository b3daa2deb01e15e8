// SPDX-License-Identifier: GPL-3.0-or-later
#include "csar/csarreader.h"

#include "csar/csarcodes.h"
#include "csar/csarpath.h"
#include "csar/csartr.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>
#include <QSet>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <zlib.h>

#include <algorithm>

namespace Topologist {

namespace {

constexpr qint64 ChunkSize = 64 * 1024;
// Enough to show the shape of a hostile archive without flooding the problem list.
constexpr int MaxReportedErrors = 20;

constexpr quint32 UnixTypeMask = 0170000;
constexpr quint32 UnixRegular = 0100000;
constexpr quint32 UnixDirectory = 0040000;
constexpr quint32 UnixSymlink = 0120000;

constexpr quint16 FlagEncrypted = 0x0001;
constexpr quint16 FlagStrongEncryption = 0x0040;

constexpr quint16 MethodStored = 0;
constexpr quint16 MethodDeflated = 8;

QString quoted(const QString &entryName)
{
    return CsarPath::printable(entryName);
}

bool exceedsRatio(quint64 expanded, quint64 compressed, int maxRatio)
{
    // long double: a declared 2^64 - 1 bytes times the ratio must not wrap around.
    const long double base = static_cast<long double>(std::max<quint64>(compressed, 1));
    return static_cast<long double>(expanded) > base * maxRatio;
}

quint64 ratioOf(quint64 expanded, quint64 compressed)
{
    return expanded / std::max<quint64>(compressed, 1);
}

// Comparing case-sensitively can only refuse a path that is in fact inside (never accept one
// that is outside) on case-insensitive filesystems, so it is the safe choice everywhere.
bool isInside(const QString &root, const QString &canonicalPath)
{
    return !canonicalPath.isEmpty()
           && (canonicalPath == root || canonicalPath.startsWith(root + QLatin1Char('/')));
}

QString withoutTrailingSlash(const QString &name)
{
    return name.endsWith(QLatin1Char('/')) ? name.chopped(1) : name;
}

quint32 unixTypeOf(const QuaZipFileInfo64 &info)
{
    return (info.externalAttr >> 16) & UnixTypeMask;
}

CsarEntry entryFromInfo(const QuaZipFileInfo64 &info, int index)
{
    CsarEntry entry;
    entry.name = info.name;
    entry.compressedSize = info.compressedSize;
    entry.uncompressedSize = info.uncompressedSize;
    entry.crc = info.crc;
    entry.method = info.method;
    entry.index = index;
    entry.isDirectory = entry.name.endsWith(QLatin1Char('/')) || unixTypeOf(info) == UnixDirectory;
    return entry;
}

} // namespace

CsarReader::CsarReader(const QString &archivePath, const CsarLimits &limits)
    : m_archivePath(archivePath)
    , m_limits(limits)
    , m_file(archivePath)
{}

CsarReader::~CsarReader()
{
    close();
}

void CsarReader::addError(QLatin1String code, const QString &message)
{
    int errors = 0;
    for (const Diagnostic &d : std::as_const(m_diagnostics))
        errors += d.severity == Severity::Error ? 1 : 0;
    if (errors < MaxReportedErrors)
        m_diagnostics.append(Diagnostic::error(code, SourceLocation{m_archivePath, 0, 0}, message));
}

QString CsarReader::archiveName() const
{
    return QFileInfo(m_archivePath).fileName();
}

void CsarReader::close()
{
    if (m_zip) {
        m_zip->close();
        m_zip.reset();
    }
    m_file.close();
    m_memory.close();
    m_memory.setData(QByteArray());
    m_open = false;
}

QIODevice *CsarReader::zipDevice()
{
    if (m_archiveSize > m_limits.maxInMemoryBytes)
        return &m_file;
    // Read through the open handle: these are the bytes that were measured.
    m_memory.setData(m_file.readAll());
    if (m_memory.size() != m_archiveSize)
        return nullptr;
    m_memory.open(QIODevice::ReadOnly);
    return &m_memory;
}

bool CsarReader::open()
{
    if (m_open)
        return true;
    if (m_openFailed)
        return false;
    m_openFailed = true;

    if (!openFile() || !openZip())
        return false;
    if (!scanDirectory() || !checkNames() || hasErrors(m_diagnostics)) {
        m_entries.clear();
        close();
        return false;
    }
    m_openFailed = false;
    m_open = true;
    return true;
}

bool CsarReader::openFile()
{
    const QFileInfo info(m_archivePath);
    if (!info.exists() || info.isDir()) {
        addError(CsarCode::Unreadable,
                 CsarTr::tr("Cannot read archive \"%1\": %2")
                     .arg(archiveName(),
                          info.isDir() ? CsarTr::tr("it is a folder")
                                       : CsarTr::tr("the file does not exist")));
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        addError(
            CsarCode::Unreadable,
            CsarTr::tr("Cannot read archive \"%1\": %2").arg(archiveName(), m_file.errorString()));
        return false;
    }
    // Sizes come from the open handle, so a file swapped after this point is not re-measured.
    m_archiveSize = m_file.size();
    if (m_archiveSize == 0) {
        addError(
            CsarCode::NotAZip,
            CsarTr::tr("Archive \"%1\" is an empty file, not a zip archive.").arg(archiveName()));
        close();
        return false;
    }
    if (m_archiveSize > m_limits.maxArchiveBytes) {
        addError(CsarCode::ArchiveTooLarge,
                 CsarTr::tr("Archive \"%1\" is %2 bytes, more than the %3 bytes allowed.")
                     .arg(archiveName(),
                          QString::number(m_archiveSize),
                          QString::number(m_limits.maxArchiveBytes)));
        close();
        return false;
    }
    return true;
}

bool CsarReader::openZip()
{
    QIODevice *device = zipDevice();
    if (!device) {
        addError(CsarCode::Unreadable,
                 CsarTr::tr("Cannot read archive \"%1\": it changed size while being read.")
                     .arg(archiveName()));
        close();
        return false;
    }
    m_zip = std::make_unique<QuaZip>(device);
    m_zip->setAutoClose(false);
    // Alien4Cloud (Java) reads every entry name as UTF-8; the zip default, IBM437, would let one
    // archive show different names here and there.
    m_zip->setFileNameCodec("UTF-8");
    if (!m_zip->open(QuaZip::mdUnzip)) {
        device->seek(0);
        const QByteArray magic = device->read(4);
        if (magic.startsWith("PK")) {
            addError(
                CsarCode::Damaged,
                CsarTr::tr(
                    "Archive \"%1\" is damaged or truncated: its zip directory cannot be read.")
                    .arg(archiveName()));
        } else {
            addError(CsarCode::NotAZip,
                     CsarTr::tr("\"%1\" is not a zip archive; a CSAR must be a zip file.")
                         .arg(archiveName()));
        }
        close();
        return false;
    }
    return true;
}

QString CsarReader::sizeProblem(const CsarEntry &entry) const
{
    if (entry.name.size() > m_limits.maxNameLength) {
        return CsarTr::tr("the name is %1 characters long, more than the %2 allowed")
            .arg(QString::number(entry.name.size()), QString::number(m_limits.maxNameLength));
    }
    const int depth = int(withoutTrailingSlash(entry.name).count(QLatin1Char('/')))
                      + (entry.isDirectory ? 1 : 0);
    if (depth > m_limits.maxPathDepth) {
        return CsarTr::tr("it is %1 folders deep, more than the %2 allowed")
            .arg(QString::number(depth), QString::number(m_limits.maxPathDepth));
    }
    return QString();
}

bool CsarReader::scanDirectory()
{
    const int declared = m_zip->getEntriesCount();
    if (declared < 0) {
        addError(CsarCode::Damaged,
                 CsarTr::tr("Archive \"%1\" is damaged: its zip directory cannot be read.")
                     .arg(archiveName()));
        return false;
    }
    if (declared > m_limits.maxEntries) {
        addError(CsarCode::TooManyEntries,
                 CsarTr::tr("Archive \"%1\" holds %2 entries, more than the %3 allowed.")
                     .arg(archiveName(),
                          QString::number(declared),
                          QString::number(m_limits.maxEntries)));
        return false;
    }
    if (declared == 0)
        return true;

    quint64 totalDeclared = 0;
    bool totalReported = false;
    bool more = m_zip->goToFirstFile();
    for (int index = 0; more; ++index, more = m_zip->goToNextFile()) {
        if (index >= m_limits.maxEntries) {
            addError(CsarCode::TooManyEntries,
                     CsarTr::tr("Archive \"%1\" holds more than the %2 entries allowed.")
                         .arg(archiveName(), QString::number(m_limits.maxEntries)));
            return false;
        }
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info)) {
            addError(CsarCode::Damaged,
                     CsarTr::tr(
                         "Archive \"%1\" is damaged: entry %2 of its zip directory cannot be read.")
                         .arg(archiveName(), QString::number(index + 1)));
            return false;
        }
        const CsarEntry entry = entryFromInfo(info, index);
        m_entries.append(entry);
        if (!checkEntryKind(entry, info))
            continue;
        if (entry.isDirectory) {
            checkFolderEntry(entry);
            continue;
        }
        if (!checkDeclaredSizes(entry))
            continue;
        totalDeclared += entry.uncompressedSize;
        if (!totalReported && totalDeclared > quint64(m_limits.maxTotalBytes)) {
            totalReported = true;
            addError(CsarCode::TotalTooLarge,
                     CsarTr::tr(
                         "Archive \"%1\": with entry \"%2\" the archive uncompresses to more than "
                         "the %3 bytes allowed in total.")
                         .arg(archiveName(),
                              quoted(entry.name),
                              QString::number(m_limits.maxTotalBytes)));
        }
    }
    if (m_zip->getZipError() != UNZ_OK && m_zip->getZipError() != UNZ_END_OF_LIST_OF_FILE) {
        addError(
            CsarCode::Damaged,
            CsarTr::tr("Archive \"%1\" is damaged: its zip directory cannot be read to the end.")
                .arg(archiveName()));
        return false;
    }
    // An archive already refused for its total needs no second message about the same bytes.
    if (!totalReported)
        checkDeclaredRatio(totalDeclared);
    return true;
}

bool CsarReader::checkEntryKind(const CsarEntry &entry, const QuaZipFileInfo64 &info)
{
    const QString name = quoted(entry.name);
    // Size first: it is cheap, and a crafted name can be long.
    QString nameProblem = sizeProblem(entry);
    if (nameProblem.isEmpty())
        nameProblem = CsarPath::problem(entry.name, entry.isDirectory);
    if (!nameProblem.isEmpty()) {
        addError(CsarCode::UnsafeName,
                 CsarTr::tr("Archive \"%1\": entry \"%2\" is refused: %3.")
                     .arg(archiveName(), name, nameProblem));
        return false;
    }
    const quint32 unixType = unixTypeOf(info);
    if (unixType == UnixSymlink) {
        addError(CsarCode::LinkOrSpecialFile,
                 CsarTr::tr("Archive \"%1\": entry \"%2\" is a symbolic link; a link could point "
                            "outside the extraction folder, so the archive is refused.")
                     .arg(archiveName(), name));
        return false;
    }
    if (unixType != 0 && unixType != UnixRegular && unixType != UnixDirectory) {
        addError(CsarCode::LinkOrSpecialFile,
                 CsarTr::tr("Archive \"%1\": entry \"%2\" is a device, pipe or socket, not a file.")
                     .arg(archiveName(), name));
        return false;
    }
    if (info.flags & (FlagEncrypted | FlagStrongEncryption)) {
        addError(CsarCode::Encrypted,
                 CsarTr::tr("Archive \"%1\": entry \"%2\" is encrypted; neither Topologist nor "
                            "Alien4Cloud can read encrypted archives.")
                     .arg(archiveName(), name));
        return false;
    }
    return true;
}

void CsarReader::checkFolderEntry(const CsarEntry &entry)
{
    if (entry.uncompressedSize > 0) {
        addError(
            CsarCode::Damaged,
            CsarTr::tr("Archive \"%1\": folder entry \"%2\" carries %3 bytes of data.")
                .arg(archiveName(), quoted(entry.name), QString::number(entry.uncompressedSize)));
    }
}

bool CsarReader::checkDeclaredSizes(const CsarEntry &entry)
{
    const QString name = quoted(entry.name);
    if (entry.method != MethodStored && entry.method != MethodDeflated) {
        addError(
            CsarCode::UnsupportedMethod,
            CsarTr::tr("Archive \"%1\": entry \"%2\" uses compression method %3; only stored (0) "
                       "and deflate (8) are supported, as in Alien4Cloud.")
                .arg(archiveName(), name, QString::number(entry.method)));
        return false;
    }
    if (entry.method == MethodStored && entry.compressedSize != entry.uncompressedSize) {
        addError(CsarCode::SizeMismatch,
                 CsarTr::tr("Archive \"%1\": entry \"%2\" is stored uncompressed, yet declares %3 "
                            "bytes stored and %4 bytes of content.")
                     .arg(archiveName(),
                          name,
                          QString::number(entry.compressedSize),
                          QString::number(entry.uncompressedSize)));
        return false;
    }
    if (entry.uncompressedSize > quint64(m_limits.maxEntryBytes)) {
        addError(
            CsarCode::EntryTooLarge,
            CsarTr::tr("Archive \"%1\": entry \"%2\" is %3 bytes uncompressed, more than the %4 "
                       "bytes allowed for one entry.")
                .arg(archiveName(),
                     name,
                     QString::number(entry.uncompressedSize),
                     QString::number(m_limits.maxEntryBytes)));
        return false;
    }
    if (entry.uncompressedSize > quint64(m_limits.ratioGraceBytes)
        && exceedsRatio(entry.uncompressedSize, entry.compressedSize, m_limits.maxEntryRatio)) {
        addError(
            CsarCode::RatioTooHigh,
            CsarTr::tr("Archive \"%1\": entry \"%2\" expands %3 times (%4 bytes from %5), more "
                       "than the %6 allowed; this looks like a zip bomb.")
                .arg(archiveName(),
                     name,
                     QString::number(ratioOf(entry.uncompressedSize, entry.compressedSize)),
                     QString::number(entry.uncompressedSize),
                     QString::number(entry.compressedSize),
                     QString::number(m_limits.maxEntryRatio)));
        return false;
    }
    return true;
}

void CsarReader::checkDeclaredRatio(quint64 totalDeclared)
{
    if (totalDeclared > quint64(m_limits.ratioGraceBytes)
        && exceedsRatio(totalDeclared, quint64(m_archiveSize), m_limits.maxOverallRatio)) {
        addError(
            CsarCode::RatioTooHigh,
            CsarTr::tr("Archive \"%1\" expands %2 times overall (%3 bytes from a %4-byte file), "
                       "more than the %5 allowed; this looks like a zip bomb.")
                .arg(archiveName(),
                     QString::number(ratioOf(totalDeclared, quint64(m_archiveSize))),
                     QString::number(totalDeclared),
                     QString::number(m_archiveSize),
                     QString::number(m_limits.maxOverallRatio)));
    }
}

bool CsarReader::checkNames()
{
    // Names are only comparable once each is known to be safe.
    if (hasErrors(m_diagnostics))
        return false;

    QHash<QString, QString> seen; // clash key -> first name
    QSet<QString> folders;        // clash keys of every folder, declared or implied by a path
    for (const CsarEntry &entry : std::as_const(m_entries)) {
        const QString key = CsarPath::clashKey(entry.name);
        const auto previous = seen.constFind(key);
        if (previous != seen.constEnd()) {
            if (withoutTrailingSlash(*previous) == withoutTrailingSlash(entry.name)) {
                addError(CsarCode::DuplicateName,
                         CsarTr::tr("Archive \"%1\" holds entry \"%2\" twice.")
                             .arg(archiveName(), quoted(entry.name)));
            } else {
                addError(CsarCode::DuplicateName,
                         CsarTr::tr(
                             "Archive \"%1\": entries \"%2\" and \"%3\" differ only in letter case "
                             "or Unicode form, so they overwrite each other on Windows and macOS.")
                             .arg(archiveName(), quoted(*previous), quoted(entry.name)));
            }
            continue;
        }
        seen.insert(key, entry.name);
        if (entry.isDirectory)
            folders.insert(key);
        for (const QString &folder : CsarPath::folderKeys(entry.name))
            folders.insert(folder);
    }
    for (const CsarEntry &entry : std::as_const(m_entries)) {
        if (!entry.isDirectory && folders.contains(CsarPath::clashKey(entry.name))) {
            addError(
                CsarCode::DuplicateName,
                CsarTr::tr("Archive \"%1\": entry \"%2\" is a file, but other entries use it as a "
                           "folder.")
                    .arg(archiveName(), quoted(entry.name)));
        }
    }
    return !hasErrors(m_diagnostics);
}

QStringList CsarReader::fileNames() const
{
    QStringList names;
    for (const CsarEntry &entry : m_entries) {
        if (!entry.isDirectory)
            names.append(entry.name);
    }
    return names;
}

bool CsarReader::hasFile(const QString &name) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const CsarEntry &entry) {
        return !entry.isDirectory && entry.name == name;
    });
}

bool CsarReader::goToEntry(int index)
{
    bool ok = m_zip->goToFirstFile();
    for (int i = 0; ok && i < index; ++i)
        ok = m_zip->goToNextFile();
    if (!ok) {
        addError(CsarCode::Damaged,
                 CsarTr::tr(
                     "Archive \"%1\" is damaged: entry %2 of its zip directory cannot be reached.")
                     .arg(archiveName(), QString::number(index + 1)));
    }
    return ok;
}

std::optional<QByteArray> CsarReader::readEntry(const QString &name)
{
    if (!open())
        return std::nullopt;
    const auto entry = std::find_if(m_entries.cbegin(), m_entries.cend(), [&](const CsarEntry &e) {
        return !e.isDirectory && e.name == name;
    });
    if (entry == m_entries.cend()) {
        addError(CsarCode::EntryNotFound,
                 CsarTr::tr("Archive \"%1\" has no file entry \"%2\".")
                     .arg(archiveName(), quoted(name)));
        return std::nullopt;
    }
    if (!goToEntry(entry->index))
        return std::nullopt;
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    if (!copyEntry(*entry, &buffer, 0))
        return std::nullopt;
    return data;
}

bool CsarReader::reportDamaged(const CsarEntry &entry, const QString &why)
{
    addError(CsarCode::Damaged,
             CsarTr::tr("Archive \"%1\": entry \"%2\" is damaged: %3.")
                 .arg(archiveName(), quoted(entry.name), why));
    return false;
}

bool CsarReader::copyEntry(const CsarEntry &entry, QIODevice *sink, quint64 alreadyExtracted)
{
    // Raw mode hands us the compressed bytes and we inflate them ourselves: minizip would stop
    // at the declared size, hiding a lying header instead of reporting it, and would leave the
    // ratio checks below to trust numbers from the archive.
    QuaZipFile file(m_zip.get());
    int method = 0;
    int level = 0;
    if (!file.open(QIODevice::ReadOnly, &method, &level, true) || method != int(entry.method)) {
        return reportDamaged(entry,
                             CsarTr::tr("its local header does not match the zip directory"));
    }
    const auto cleanup = qScopeGuard([&] { file.close(); });

    quint64 produced = 0; // real uncompressed bytes
    uLong crc = crc32(0L, Z_NULL, 0);
    const ChunkSink accept = [&](const char *data, qint64 size, quint64 consumed) {
        produced += quint64(size);
        if (!checkExpansion(entry, produced, consumed, alreadyExtracted + produced))
            return false;
        crc = crc32(crc, reinterpret_cast<const Bytef *>(data), uInt(size));
        if (sink->write(data, size) != size) {
            addError(CsarCode::Destination,
                     CsarTr::tr("Cannot extract archive \"%1\": writing entry \"%2\" failed: %3")
                         .arg(archiveName(), quoted(entry.name), sink->errorString()));
            return false;
        }
        return true;
    };
    const bool streamed = entry.method == MethodDeflated ? inflateEntry(entry, &file, accept)
                                                         : copyStored(entry, &file, accept);
    return streamed && checkComplete(entry, produced, quint32(crc));
}

bool CsarReader::copyStored(const CsarEntry &entry, QuaZipFile *file, const ChunkSink &accept)
{
    QByteArray input(ChunkSize, Qt::Uninitialized);
    quint64 fed = 0;
    for (;;) {
        const qint64 got = file->read(input.data(), input.size());
        if (got < 0)
            return reportDamaged(entry, CsarTr::tr("its data cannot be read"));
        if (got == 0)
            return true;
        fed += quint64(got);
        if (!accept(input.constData(), got, fed))
            return false;
    }
}

bool CsarReader::inflateEntry(const CsarEntry &entry, QuaZipFile *file, const ChunkSink &accept)
{
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return reportDamaged(entry, CsarTr::tr("decompression cannot start"));
    const auto cleanup = qScopeGuard([&] { inflateEnd(&stream); });

    quint64 fed = 0; // compressed bytes handed to zlib
    QByteArray input(ChunkSize, Qt::Uninitialized);
    QByteArray output(ChunkSize, Qt::Uninitialized);
    bool ended = false;
    for (;;) {
        const qint64 got = file->read(input.data(), input.size());
        if (got < 0)
            return reportDamaged(entry, CsarTr::tr("its data cannot be read"));
        if (got == 0)
            break;
        fed += quint64(got);
        stream.next_in = reinterpret_cast<Bytef *>(input.data());
        stream.avail_in = uInt(got);
        do {
            stream.next_out = reinterpret_cast<Bytef *>(output.data());
            stream.avail_out = uInt(output.size());
            const int rc = inflate(&stream, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
                return reportDamaged(entry, CsarTr::tr("its compressed data is invalid"));
            const qint64 have = output.size() - qint64(stream.avail_out);
            if (have > 0 && !accept(output.constData(), have, fed - stream.avail_in))
                return false;
            if (rc == Z_STREAM_END) {
                ended = true;
                break;
            }
            if (have == 0 && rc == Z_BUF_ERROR)
                break;
        } while (stream.avail_in > 0 || stream.avail_out == 0);
        if (ended)
            break;
    }
    if (!ended)
        return reportDamaged(entry, CsarTr::tr("its compressed data ends early"));
    return true;
}

bool CsarReader::checkExpansion(const CsarEntry &entry,
                                quint64 produced,
                                quint64 consumed,
                                quint64 total)
{
    const QString name = quoted(entry.name);
    if (produced > entry.uncompressedSize) {
        addError(
            CsarCode::SizeMismatch,
            CsarTr::tr("Archive \"%1\": entry \"%2\" decompresses to more than the %3 bytes its "
                       "header declares; the archive is damaged or crafted.")
                .arg(archiveName(), name, QString::number(entry.uncompressedSize)));
        return false;
    }
    if (produced > quint64(m_limits.maxEntryBytes)) {
        addError(CsarCode::EntryTooLarge,
                 CsarTr::tr("Archive \"%1\": entry \"%2\" decompresses to more than the %3 bytes "
                            "allowed for one entry.")
                     .arg(archiveName(), name, QString::number(m_limits.maxEntryBytes)));
        return false;
    }
    if (total > quint64(m_limits.maxTotalBytes)) {
        addError(
            CsarCode::TotalTooLarge,
            CsarTr::tr("Archive \"%1\": with entry \"%2\" the archive uncompresses to more than "
                       "the %3 bytes allowed in total.")
                .arg(archiveName(), name, QString::number(m_limits.maxTotalBytes)));
        return false;
    }
    if (produced > quint64(m_limits.ratioGraceBytes)
        && exceedsRatio(produced, consumed, m_limits.maxEntryRatio)) {
        addError(
            CsarCode::RatioTooHigh,
            CsarTr::tr("Archive \"%1\": entry \"%2\" expanded %3 times while decompressing "
                       "(%4 bytes from %5), more than the %6 allowed; this looks like a zip bomb.")
                .arg(archiveName(),
                     name,
                     QString::number(ratioOf(produced, consumed)),
                     QString::number(produced),
                     QString::number(consumed),
                     QString::number(m_limits.maxEntryRatio)));
        return false;
    }
    if (total > quint64(m_limits.ratioGraceBytes)
        && exceedsRatio(total, quint64(m_archiveSize), m_limits.maxOverallRatio)) {
        addError(CsarCode::RatioTooHigh,
                 CsarTr::tr("Archive \"%1\": at entry \"%2\" the archive has expanded to %3 bytes, "
                            "more than %4 times its file size; this looks like a zip bomb.")
                     .arg(archiveName(),
                          name,
                          QString::number(total),
                          QString::number(m_limits.maxOverallRatio)));
        return false;
    }
    return true;
}

bool CsarReader::checkComplete(const CsarEntry &entry, quint64 produced, quint32 crc)
{
    if (produced != entry.uncompressedSize) {
        addError(CsarCode::SizeMismatch,
                 CsarTr::tr("Archive \"%1\": entry \"%2\" decompresses to %3 bytes, but its header "
                            "declares %4; the archive is damaged or crafted.")
                     .arg(archiveName(),
                          quoted(entry.name),
                          QString::number(produced),
                          QString::number(entry.uncompressedSize)));
        return false;
    }
    if (crc != entry.crc)
        return reportDamaged(entry, CsarTr::tr("its content does not match its checksum"));
    return true;
}

bool CsarReader::extractTo(const QString &destination)
{
    if (!open())
        return false;

    const auto refuse = [&](const QString &why) {
        addError(CsarCode::Destination,
                 CsarTr::tr("Cannot extract archive \"%1\" into \"%2\": %3.")
                     .arg(archiveName(), QDir::toNativeSeparators(destination), why));
        return false;
    };
    const QFileInfo destinationInfo(destination);
    if (!destinationInfo.exists()) {
        if (!QDir().mkpath(destination))
            return refuse(CsarTr::tr("the folder cannot be created"));
    } else if (!destinationInfo.isDir()) {
        return refuse(CsarTr::tr("it is not a folder"));
    }
    // An empty folder means every file in it afterwards is ours, so a failed extraction can be
    // undone completely and nothing the caller had is ever overwritten.
    const QDir destinationDir(destination);
    if (!destinationDir
             .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)
             .isEmpty())
        return refuse(CsarTr::tr("the folder is not empty"));
    const QString root = QFileInfo(destination).canonicalFilePath();
    if (root.isEmpty())
        return refuse(CsarTr::tr("the folder cannot be resolved"));

    QStringList created;
    quint64 extracted = 0;
    bool ok = true;
    for (const CsarEntry &entry : std::as_const(m_entries)) {
        const bool positioned = entry.index == 0 ? m_zip->goToFirstFile() : m_zip->goToNextFile();
        if (!positioned) {
            addError(
                CsarCode::Damaged,
                CsarTr::tr("Archive \"%1\" is damaged: entry %2 of its zip directory cannot be "
                           "reached.")
                    .arg(archiveName(), QString::number(entry.index + 1)));
            ok = false;
            break;
        }
        if (!extractEntry(entry, root, &created, &extracted)) {
            ok = false;
            break;
        }
    }
    if (!ok) {
        for (auto it = created.crbegin(); it != created.crend(); ++it) {
            const QFileInfo info(*it);
            if (info.isDir() && !info.isSymLink())
                QDir().rmdir(*it);
            else
                QFile::remove(*it);
        }
    }
    return ok;
}

bool CsarReader::ensureFolder(const CsarEntry &entry,
                              const QString &root,
                              const QString &folder,
                              QStringList *created)
{
    const QString name = quoted(entry.name);
    QFileInfo info(folder);
    if (info.isSymLink() || (info.exists() && !info.isDir())) {
        addError(
            CsarCode::Destination,
            CsarTr::tr("Cannot extract archive \"%1\": entry \"%2\" needs folder \"%3\", which "
                       "already exists as a file or link.")
                .arg(archiveName(), name, QDir::toNativeSeparators(folder)));
        return false;
    }
    if (!info.exists()) {
        if (!QDir().mkdir(folder)) {
            addError(CsarCode::Destination,
                     CsarTr::tr(
                         "Cannot extract archive \"%1\": folder \"%2\" for entry \"%3\" cannot be "
                         "created.")
                         .arg(archiveName(), QDir::toNativeSeparators(folder), name));
            return false;
        }
        created->append(folder);
        info = QFileInfo(folder);
    }
    if (!isInside(root, info.canonicalFilePath())) {
        addError(CsarCode::Destination,
                 CsarTr::tr(
                     "Cannot extract archive \"%1\": entry \"%2\" resolves to \"%3\", outside the "
                     "extraction folder.")
                     .arg(archiveName(), name, QDir::toNativeSeparators(info.canonicalFilePath())));
        return false;
    }
    return true;
}

bool CsarReader::extractEntry(const CsarEntry &entry,
                              const QString &root,
                              QStringList *created,
                              quint64 *extracted)
{
    const QStringList segments = withoutTrailingSlash(entry.name).split(QLatin1Char('/'));
    const int folderCount = entry.isDirectory ? segments.size() : segments.size() - 1;
    // One level at a time, each checked before anything goes into it: resolving only the final
    // path would follow a link planted in the middle of it.
    QString folder = root;
    for (int i = 0; i < folderCount; ++i) {
        folder += QLatin1Char('/') + segments.at(i);
        if (!ensureFolder(entry, root, folder, created))
            return false;
    }
    if (entry.isDirectory)
        return true;

    const QString target = folder + QLatin1Char('/') + segments.constLast();
    const QString name = quoted(entry.name);
    if (!isInside(root, QFileInfo(folder).canonicalFilePath())) {
        addError(CsarCode::Destination,
                 CsarTr::tr(
                     "Cannot extract archive \"%1\": entry \"%2\" resolves outside the extraction "
                     "folder.")
                     .arg(archiveName(), name));
        return false;
    }
    // NewOnly is O_EXCL: it neither overwrites a file nor follows a link that appeared at the
    // target since the checks above.
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        addError(
            CsarCode::Destination,
            CsarTr::tr(
                "Cannot extract archive \"%1\": entry \"%2\" cannot be written to \"%3\": %4")
                .arg(archiveName(), name, QDir::toNativeSeparators(target), out.errorString()));
        return false;
    }
    created->append(target);
    if (!copyEntry(entry, &out, *extracted))
        return false;
    if (!out.flush()) {
        addError(
            CsarCode::Destination,
            CsarTr::tr(
                "Cannot extract archive \"%1\": entry \"%2\" cannot be written to \"%3\": %4")
                .arg(archiveName(), name, QDir::toNativeSeparators(target), out.errorString()));
        return false;
    }
    *extracted += entry.uncompressedSize;
    return true;
}

} // namespace Topologist
