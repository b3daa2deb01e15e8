// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recovery/recoveryentry.h"

#include <QString>

#include <memory>

class QLockFile;

namespace Topologist {

/// One document's recovery file while its session lives: writes it (see RecoveryStore::write)
/// and holds its lock from the first write on, so other sessions leave it alone; remove() when
/// the document is saved clean or closed. Destroying it releases the lock but keeps the file:
/// that is what a crash does too, and what a restored document's next session finds.
class RecoveryFile
{
public:
    /// A new file at `path`, or one adopted from a crashed session (restore).
    explicit RecoveryFile(const QString &path);
    ~RecoveryFile();
    RecoveryFile(const RecoveryFile &) = delete;
    RecoveryFile &operator=(const RecoveryFile &) = delete;

    QString path() const { return m_path; }
    bool exists() const;
    /// Takes the lock now (write() does on its first call): a restored document's session
    /// claims the file it came from. False with `error` when another live session holds it.
    bool claim(QString *error);
    /// False with `error` when the lock is held by another live session or the write fails.
    bool write(const RecoveryEntry &entry, QString *error);
    /// Deletes the file and releases the lock.
    void remove();

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Topologist
