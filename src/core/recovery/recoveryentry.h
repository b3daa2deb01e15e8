// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recovery/filefingerprint.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Topologist {

/// One document's unsaved state as an autosave wrote it: what RecoveryStore reads back after a
/// crash, and what a restored document is made from.
struct RecoveryEntry
{
    /// The recovery file itself (under RecoveryStore::directory()).
    QString recoveryFile;
    /// The file the document was bound to; empty for a topology never saved (or opened from a
    /// CSAR and not saved as YAML since).
    QString originalPath;
    /// What the designer showed as the document's name ("marathon.yml", "Untitled").
    QString displayName;
    /// When the autosave was written (UTC).
    QDateTime savedAt;
    /// originalPath as the crashed session last read or wrote it: a restored document compares
    /// the file against this before saving over it.
    FileFingerprint base;
    /// The YAML the document would have saved.
    QByteArray contents;
};

} // namespace Topologist
