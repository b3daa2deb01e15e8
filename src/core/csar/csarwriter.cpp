// SPDX-License-Identifier: GPL-3.0-or-later
#include "csar/csarwriter.h"

#include "csar/csarcodes.h"
#include "csar/csarpath.h"
#include "csar/csartr.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>

namespace Topologist {

namespace {

constexpr qint64 ChunkSize = 64 * 1024;
// Unix, so that the permission bits below mean the same whichever system writes the archive.
constexpr uint OsCodeUnix = 3;
constexpr quint32 RegularFile0644 = 0100644;

// The earliest time a zip can hold: a fixed stamp makes the bytes depend on the content only.
QDateTime fixedTimestamp()
{
    return QDateTime(QDate(1980, 1, 1), QTime(0, 0));
}

} // namespace

CsarWriter::CsarWriter(const QString &archivePath)
    : m_archivePath(archivePath)
{}

QString CsarWriter::archiveName() const
{
    return QFileInfo(m_archivePath).fileName();
}

void CsarWriter::addError(QLatin1String code, const QString &message)
{
    m_diagnostics.append(Diagnostic::error(code, SourceLocation{m_archivePath, 0, 0}, message));
}

bool CsarWriter::check()
{
    QHash<QString, QString> seen; // clash key -> path
    QSet<QString> folders;        // clash keys of the folders the paths imply
    QSet<QString> paths;
    const auto claim = [&](const QString &path) {
        seen.insert(CsarPath::clashKey(path), path);
        paths.insert(path);
        for (const QString &folder : CsarPath::folderKeys(path))
            folders.insert(folder);
    };
    if (m_metadata)
        claim(ToscaMetadata::filePath());

    for (const Entry &entry : std::as_const(m_entries)) {
        const QString path = CsarPath::printable(entry.path);
        const QString problem = CsarPath::problem(entry.path, false);
        if (!problem.isEmpty()) {
            addError(CsarCode::WriterBadPath,
                     CsarTr::tr("Cannot write archive \"%1\": entry path \"%2\" is refused: %3.")
                         .arg(archiveName(), path, problem));
            continue;
        }
        const auto previous = seen.constFind(CsarPath::clashKey(entry.path));
        if (previous != seen.constEnd()) {
            if (*previous == entry.path) {
                addError(CsarCode::WriterDuplicatePath,
                         CsarTr::tr("Cannot write archive \"%1\": entry \"%2\" is given twice.")
                             .arg(archiveName(), path));
            } else {
                addError(
                    CsarCode::WriterDuplicatePath,
                    CsarTr::tr(
                        "Cannot write archive \"%1\": entries \"%2\" and \"%3\" differ only in "
                        "letter case or Unicode form, so they overwrite each other on "
                        "Windows and macOS.")
                        .arg(archiveName(), CsarPath::printable(*previous), path));
            }
            continue;
        }
        claim(entry.path);

        checkSource(entry);
    }
    for (const Entry &entry : std::as_const(m_entries)) {
        if (folders.contains(CsarPath::clashKey(entry.path))) {
            addError(
                CsarCode::WriterDuplicatePath,
                CsarTr::tr("Cannot write archive \"%1\": entry \"%2\" is a file, but other entries "
                           "use it as a folder.")
                    .arg(archiveName(), CsarPath::printable(entry.path)));
        }
    }

    if (m_metadata)
        checkEntryDefinitions(paths);
    return !hasErrors(m_diagnostics);
}

bool CsarWriter::write()
{
    m_diagnostics.clear();
    if (!check())
        return false;

    QList<Entry> ordered = m_entries;
    std::sort(ordered.begin(), ordered.end(), [](const Entry &a, const Entry &b) {
        return a.path < b.path;
    });
    // First, as the TOSCA specification asks of the metadata file.
    if (m_metadata)
        ordered.prepend(Entry::fromData(ToscaMetadata::filePath(), m_metadata->toBytes()));

    // Until commit() the bytes go to a temporary file; returning early discards it.
    QSaveFile save(m_archivePath);
    if (!save.open(QIODevice::WriteOnly))
        return writeFailed(save.errorString());
    QuaZip zip(&save);
    zip.setAutoClose(false); // a QSaveFile is committed, never closed
    zip.setUtf8Enabled(true);
    zip.setDataDescriptorWritingEnabled(false);
    zip.setOsCode(OsCodeUnix);
    if (!zip.open(QuaZip::mdCreate))
        return writeFailed(
            CsarTr::tr("the zip cannot be started (error %1)").arg(zip.getZipError()));

    for (const Entry &entry : std::as_const(ordered)) {
        if (!writeEntry(&zip, entry))
            return false;
    }
    zip.close();
    if (zip.getZipError() != ZIP_OK)
        return writeFailed(
            CsarTr::tr("the zip cannot be finished (error %1)").arg(zip.getZipError()));
    if (!save.commit())
        return writeFailed(save.errorString());
    return true;
}

void CsarWriter::checkSource(const Entry &entry)
{
    if (entry.sourceFile.isEmpty())
        return;
    const QFileInfo source(entry.sourceFile);
    QString sourceProblem;
    if (!source.exists())
        sourceProblem = CsarTr::tr("does not exist");
    else if (!source.isFile())
        sourceProblem = CsarTr::tr("is not a file");
    else if (!source.isReadable())
        sourceProblem = CsarTr::tr("cannot be read");
    if (!sourceProblem.isEmpty()) {
        addError(CsarCode::WriterMissingSource,
                 CsarTr::tr("Cannot write archive \"%1\": source file \"%2\" for entry \"%3\" %4.")
                     .arg(archiveName(),
                          entry.sourceFile,
                          CsarPath::printable(entry.path),
                          sourceProblem));
    }
}

void CsarWriter::checkEntryDefinitions(const QSet<QString> &paths)
{
    const QString declared = m_metadata->entryDefinitions();
    if (declared.trimmed().isEmpty()) {
        addError(CsarCode::MissingEntryDefinitions,
                 CsarTr::tr("Cannot write archive \"%1\": its TOSCA.meta has no Entry-Definitions, "
                            "which Alien4Cloud needs to find the main YAML file.")
                     .arg(archiveName()));
    } else if (!paths.contains(m_metadata->entryDefinitionsPath())) {
        addError(
            CsarCode::EntryDefinitionsNotFound,
            CsarTr::tr("Cannot write archive \"%1\": Entry-Definitions \"%2\" in its TOSCA.meta "
                       "names no entry of the archive.")
                .arg(archiveName(), declared));
    }
}

bool CsarWriter::writeFailed(const QString &why)
{
    addError(CsarCode::WriterFailed,
             CsarTr::tr("Cannot write archive \"%1\": %2").arg(archiveName(), why));
    return false;
}

bool CsarWriter::writeEntry(QuaZip *zip, const Entry &entry)
{
    const QString path = CsarPath::printable(entry.path);
    QuaZipNewInfo info(entry.path);
    info.dateTime = fixedTimestamp();
    info.internalAttr = 0;
    info.externalAttr = RegularFile0644 << 16;
    QuaZipFile out(zip);
    if (!out.open(QIODevice::WriteOnly, info)) {
        return writeFailed(CsarTr::tr("entry \"%1\" cannot be added (error %2)")
                               .arg(path, QString::number(out.getZipError())));
    }
    if (entry.sourceFile.isEmpty()) {
        if (out.write(entry.data) != entry.data.size())
            return writeFailed(CsarTr::tr("entry \"%1\" cannot be written").arg(path));
    } else if (!copySource(entry, &out)) {
        return false;
    }
    out.close();
    if (out.getZipError() != ZIP_OK) {
        return writeFailed(CsarTr::tr("entry \"%1\" cannot be finished (error %2)")
                               .arg(path, QString::number(out.getZipError())));
    }
    return true;
}

bool CsarWriter::copySource(const Entry &entry, QIODevice *out)
{
    const QString path = CsarPath::printable(entry.path);
    QFile in(entry.sourceFile);
    const auto unreadable = [&] {
        addError(CsarCode::WriterMissingSource,
                 CsarTr::tr("Cannot write archive \"%1\": source file \"%2\" for entry \"%3\" "
                            "cannot be read: %4")
                     .arg(archiveName(), entry.sourceFile, path, in.errorString()));
        return false;
    };
    if (!in.open(QIODevice::ReadOnly))
        return unreadable();
    for (;;) {
        const QByteArray buffer = in.read(ChunkSize);
        if (buffer.isEmpty())
            break;
        if (out->write(buffer) != buffer.size())
            return writeFailed(CsarTr::tr("entry \"%1\" cannot be written").arg(path));
    }
    if (in.error() != QFileDevice::NoError)
        return unreadable();
    return true;
}

} // namespace Topologist
