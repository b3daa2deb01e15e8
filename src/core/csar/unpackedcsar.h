// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csar/csarlayout.h"
#include "csar/csarlimits.h"
#include "support/diagnostic.h"

#include <QString>

#include <memory>

class QTemporaryDir;

namespace Topologist {

/// A CSAR unpacked safely (CsarReader's checks) into a private temporary folder, with its entry
/// definitions found by Alien4Cloud's rules (CsarLayout). The folder is removed when the last
/// owner lets go, so whoever needs the unpacked files (a catalog entry's scripts, an open
/// document's artifacts, an export) holds a shared_ptr to it.
///
/// Diagnostics about a file inside the archive name it as `ARCHIVE!PATH`, e.g.
/// `build/marathon.csar!marathon.yml:12:3: error: ...`: the archive as the user named it, then
/// the path inside the zip, like Java's jar URLs. Problems of the archive itself (not a zip, zip
/// slip, bomb...) name the archive alone.
class UnpackedCsar
{
public:
    ~UnpackedCsar();
    UnpackedCsar(const UnpackedCsar &) = delete;
    UnpackedCsar &operator=(const UnpackedCsar &) = delete;

    /// Unpacks @p archivePath under QDir::tempPath(). Null, with errors in @p diagnostics (the
    /// reader's or the layout's), when the archive is refused or has no entry definitions;
    /// nothing is left on disk then. Layout warnings are appended on success too.
    static std::shared_ptr<const UnpackedCsar>
    unpack(const QString &archivePath, Diagnostics *diagnostics, const CsarLimits &limits = {});

    /// True for a path to open as a CSAR: a .csar or .zip suffix (case-insensitive), or a file
    /// that starts like a zip ("PK\x03\x04", or "PK\x05\x06" for an empty one).
    static bool isCsarPath(const QString &path);

    /// The archive as it was named to unpack().
    QString archivePath() const { return m_archivePath; }
    /// The temporary folder holding the whole archive.
    QString folder() const;
    /// The folder archive-relative references resolve against: folder() plus the layout's
    /// content root (non-empty only for a zip wrapped in one top-level folder).
    QString rootPath() const;
    /// Absolute path of the entry definitions on disk.
    QString entryDefinitionsFile() const;
    /// `ARCHIVE!PATH` for a path inside the archive: how diagnostics name it.
    QString displayPath(const QString &pathInArchive) const;
    /// displayPath() of the entry definitions.
    QString entryDefinitionsDisplayPath() const { return displayPath(m_layout.entryDefinitions()); }
    const CsarLayout &layout() const { return m_layout; }

private:
    UnpackedCsar() = default;

    QString m_archivePath;
    std::unique_ptr<QTemporaryDir> m_folder;
    CsarLayout m_layout;
};

} // namespace Topologist
