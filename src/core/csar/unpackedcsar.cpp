// SPDX-License-Identifier: GPL-3.0-or-later
#include "csar/unpackedcsar.h"

#include "csar/csarcodes.h"
#include "csar/csarreader.h"
#include "csar/csartr.h"
#include "csar/temporaryfolder.h"

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
    // A folder of our own per archive: CsarReader wants an empty destination, and removing the
    // folder is all the cleaning up a refused or closed archive needs. Its name carries our
    // process id, so the folder of a run that was killed is removed by the next one.
    QString problem;
    unpacked->m_folder = TemporaryFolder::create(QStringLiteral("csar"), &problem);
    if (!unpacked->m_folder) {
        diagnostics->append(Diagnostic::error(
            CsarCode::Destination,
            {archivePath, 0, 0},
            CsarTr::tr("Archive \"%1\" cannot be opened: no temporary folder to unpack it into "
                       "(%2).")
                .arg(QFileInfo(archivePath).fileName(), problem)));
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
