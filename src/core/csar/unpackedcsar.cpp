// SPDX-License-Identifier: GPL-3.0-or-later
#include "csar/unpackedcsar.h"

#include "csar/csarcodes.h"
#include "csar/csarreader.h"
#include "csar/csartr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace Topologist {

UnpackedCsar::~UnpackedCsar() = default;

bool UnpackedCsar::isCsarPath(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("csar") || suffix == QLatin1String("zip"))
        return true;
    if (!info.isFile())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4);
    return head == QByteArrayLiteral("PK\x03\x04") || head == QByteArrayLiteral("PK\x05\x06");
}

std::shared_ptr<const UnpackedCsar>
UnpackedCsar::unpack(const QString &archivePath, Diagnostics *diagnostics, const CsarLimits &limits)
{
    std::shared_ptr<UnpackedCsar> unpacked(new UnpackedCsar);
    unpacked->m_archivePath = archivePath;
    // Qt gives an empty temporary path when TMPDIR names no folder, and a QTemporaryDir would
    // then land in the current folder: the archive is not unpacked at all rather than there.
    const QString temporaryRoot = QDir::tempPath();
    if (temporaryRoot.isEmpty() || !QFileInfo(temporaryRoot).isDir()) {
        diagnostics->append(Diagnostic::error(
            CsarCode::Destination,
            {archivePath, 0, 0},
            CsarTr::tr("Archive \"%1\" cannot be opened: there is no temporary folder to unpack "
                       "it into (is TMPDIR, \"%2\", an existing folder?).")
                .arg(QFileInfo(archivePath).fileName(), qEnvironmentVariable("TMPDIR"))));
        return nullptr;
    }
    // A folder of our own per archive: CsarReader wants an empty destination, and removing the
    // folder is all the cleaning up a refused or closed archive needs.
    unpacked->m_folder = std::make_unique<QTemporaryDir>(
        QDir(temporaryRoot).filePath(QStringLiteral("topologist-csar-XXXXXX")));
    if (!unpacked->m_folder->isValid()) {
        diagnostics->append(Diagnostic::error(
            CsarCode::Destination,
            {archivePath, 0, 0},
            CsarTr::tr("Archive \"%1\" cannot be opened: no temporary folder to unpack it into "
                       "(%2).")
                .arg(QFileInfo(archivePath).fileName(), unpacked->m_folder->errorString())));
        return nullptr;
    }

    CsarReader reader(archivePath, limits);
    if (!reader.extractTo(unpacked->m_folder->path())) {
        *diagnostics += reader.diagnostics();
        return nullptr;
    }
    *diagnostics += reader.diagnostics();

    unpacked->m_layout = CsarLayout::locateInFolder(unpacked->m_folder->path(), archivePath);
    *diagnostics += unpacked->m_layout.diagnostics();
    if (!unpacked->m_layout.isValid())
        return nullptr;
    return unpacked;
}

QString UnpackedCsar::folder() const
{
    return m_folder->path();
}

QString UnpackedCsar::rootPath() const
{
    // A4C resolves `file:` and `implementation:` against the archive root, not against the
    // folder of the entry definitions (which may sit in Definitions/).
    const QString root = m_layout.contentRoot();
    return root.isEmpty() ? folder() : QDir::cleanPath(QDir(folder()).filePath(root));
}

QString UnpackedCsar::entryDefinitionsFile() const
{
    return QDir(folder()).filePath(m_layout.entryDefinitions());
}

QString UnpackedCsar::displayPath(const QString &pathInArchive) const
{
    return m_archivePath + QLatin1Char('!') + pathInArchive;
}

} // namespace Topologist
