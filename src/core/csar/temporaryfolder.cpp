// SPDX-License-Identifier: GPL-3.0-or-later
#include "csar/temporaryfolder.h"

#include "csar/csartr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <mutex>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

namespace Topologist {

namespace {

const QLatin1String Prefix("topologist-");

} // namespace

qint64 TemporaryFolder::ownerPid(const QString &folderName)
{
    // topologist-<purpose>-<pid>-<6 random characters from QTemporaryDir>
    static const QRegularExpression pattern(
        QStringLiteral("^topologist-[a-z]+-([1-9][0-9]{0,9})-[A-Za-z0-9]{6}$"));
    const QRegularExpressionMatch match = pattern.match(folderName);
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

bool TemporaryFolder::isProcessRunning(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0 || pid != qint64(pid_t(pid)))
        return false;
    // Signal 0 only checks: EPERM means the process exists but is someone else's.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    // Without a cheap check every folder counts as in use: nothing is removed by mistake.
    Q_UNUSED(pid);
    return true;
#endif
}

QStringList TemporaryFolder::removeStale(const QString &root)
{
    QStringList removed;
    if (root.isEmpty())
        return removed;
    const QFileInfoList candidates
        = QDir(root).entryInfoList({Prefix + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &info : candidates) {
        const qint64 pid = ownerPid(info.fileName());
        // A link is never followed into: it could point at anything.
        if (pid == 0 || info.isSymLink() || isProcessRunning(pid))
            continue;
#ifdef Q_OS_UNIX
        if (info.ownerId() != ::getuid())
            continue;
#endif
        if (QDir(info.filePath()).removeRecursively())
            removed.append(info.filePath());
    }
    return removed;
}

std::unique_ptr<QTemporaryDir> TemporaryFolder::create(const QString &purpose, QString *error)
{
    // Qt gives an empty temporary path when TMPDIR names no folder, and a QTemporaryDir would
    // then land in the current folder.
    const QString root = QDir::tempPath();
    if (root.isEmpty() || !QFileInfo(root).isDir()) {
        *error = CsarTr::tr("there is no temporary folder (is TMPDIR, \"%1\", an existing folder?)")
                     .arg(qEnvironmentVariable("TMPDIR"));
        return nullptr;
    }
    static std::once_flag cleaned;
    std::call_once(cleaned, [&root] { removeStale(root); });

    auto folder = std::make_unique<QTemporaryDir>(
        QDir(root).filePath(QStringLiteral("%1%2-%3-XXXXXX")
                                .arg(Prefix, purpose)
                                .arg(QCoreApplication::applicationPid())));
    if (!folder->isValid()) {
        *error = folder->errorString();
        return nullptr;
    }
    return folder;
}

} // namespace Topologist
