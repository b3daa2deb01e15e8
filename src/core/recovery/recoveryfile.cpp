// SPDX-License-Identifier: GPL-3.0-or-later
#include "recovery/recoveryfile.h"

#include "recovery/recoverystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace Topologist {

RecoveryFile::RecoveryFile(const QString &path)
    : m_path(path)
{}

RecoveryFile::~RecoveryFile() = default;

bool RecoveryFile::exists() const
{
    return QFile::exists(m_path);
}

bool RecoveryFile::claim(QString *error)
{
    if (m_lock)
        return true;
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        *error = QCoreApplication::translate("RecoveryStore", "Cannot create %1")
                     .arg(QFileInfo(m_path).absolutePath());
        return false;
    }
    auto lock = std::make_unique<QLockFile>(RecoveryStore::lockPathFor(m_path));
    // A live session keeps its lock for hours: only a dead holder makes it stale, never age.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        *error = QCoreApplication::translate("RecoveryStore", "%1 is in use by another session")
                     .arg(m_path);
        return false;
    }
    m_lock = std::move(lock);
    return true;
}

bool RecoveryFile::write(const RecoveryEntry &entry, QString *error)
{
    return claim(error) && RecoveryStore::write(m_path, entry, error);
}

void RecoveryFile::remove()
{
    RecoveryStore::discard(m_path);
    m_lock.reset();
}

} // namespace Topologist
