// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recovery/recoveryentry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Topologist {

/// Where autosaved documents live and how they are written and found again: one file per open
/// document, `<uuid>.recovery`, in `<AppLocalDataLocation>/recovery` (or the folder named by
/// the environment variable TOPOLOGIST_RECOVERY_DIR, for tests), never beside the user's file.
///
/// A file is a line `TOPOLOGIST-RECOVERY 1`, a line of JSON (original path, name, time, the
/// original file's fingerprint, the payload's size) and the document's YAML. Writes are atomic
/// (QSaveFile), so a crash during an autosave leaves the previous one intact.
///
/// A session holds a lock (`<file>.lock`, see RecoveryFile) on each file it writes, so a second
/// running Topologist does not offer the first one's documents: only files whose lock is free
/// or left by a dead process are recoverable().
class RecoveryStore
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryStore)

public:
    explicit RecoveryStore(const QString &directory = defaultDirectory());

    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    /// A fresh file name for one document of this session (not created yet).
    QString newRecoveryPath() const;

    /// Writes `entry` to `path` atomically (creating the folder); `entry.recoveryFile` is ignored.
    static bool write(const QString &path, const RecoveryEntry &entry, QString *error);
    /// Reads one recovery file; nullopt with `error` naming the file when it is not one.
    static std::optional<RecoveryEntry> read(const QString &path, QString *error);

    /// Documents left by sessions that ended without saving or closing them, oldest first.
    /// Files that cannot be read are named in `unreadable` (with the reason) and left alone.
    QList<RecoveryEntry> recoverable(QStringList *unreadable = nullptr) const;

    /// Removes a recovery file (the user discarded it, or restored and then saved it).
    static bool discard(const QString &recoveryFile, QString *error = nullptr);

    static QString lockPathFor(const QString &recoveryFile);

private:
    QString m_directory;
};

} // namespace Topologist
