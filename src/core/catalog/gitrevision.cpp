// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/gitrevision.h"

#include "catalog/topologyloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

namespace Topologist {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GitRevision)
};

/// Long enough for a big repository on a slow disk; git show of one file is usually instant.
constexpr int gitTimeoutMs = 60000;

/// git's own message, or why git did not run at all.
QString gitFailure(const QProcess &process, const QByteArray &errors)
{
    if (process.error() == QProcess::FailedToStart)
        return Tr::tr("git could not be started (is it installed?)");
    const QString text = QString::fromUtf8(errors).trimmed();
    return text.isEmpty() ? Tr::tr("git exited with status %1").arg(process.exitCode()) : text;
}

bool run(QProcess *git, const QStringList &arguments, const QString &folder)
{
    if (!folder.isEmpty())
        git->setWorkingDirectory(folder);
    git->start(QStringLiteral("git"), arguments);
    const bool finished = git->waitForFinished(gitTimeoutMs);
    return finished && git->exitStatus() == QProcess::NormalExit && git->exitCode() == 0;
}

} // namespace

bool GitRevision::isInWorkTree(const QString &folder, QString *why)
{
    QProcess git;
    if (run(&git, {QStringLiteral("rev-parse"), QStringLiteral("--is-inside-work-tree")}, folder)
        && git.readAllStandardOutput().trimmed() == "true")
        return true;
    if (why)
        *why = git.error() == QProcess::FailedToStart ? gitFailure(git, QByteArray())
                                                      : Tr::tr("not in a git repository");
    return false;
}

std::optional<QByteArray>
GitRevision::show(const QString &object, const QString &folder, QString *error)
{
    QProcess git;
    const bool ok = run(&git, {QStringLiteral("show"), object}, folder);
    const QByteArray bytes = git.readAllStandardOutput();
    if (!ok) {
        *error = Tr::tr("git show %1 failed: %2")
                     .arg(object, gitFailure(git, git.readAllStandardError()));
        return std::nullopt;
    }
    return bytes;
}

std::optional<LoadedTopology> GitRevision::load(const QString &object,
                                                const QString &folder,
                                                const QString &displayPath,
                                                const TypeCatalog &catalog,
                                                QString *error)
{
    const std::optional<QByteArray> bytes = show(object, folder, error);
    if (!bytes)
        return std::nullopt;
    // Its name keeps the suffix the loader chooses by.
    QTemporaryDir copyFolder;
    const QString path = copyFolder.filePath(
        QFileInfo(object.mid(object.indexOf(QLatin1Char(':')) + 1)).fileName());
    QFile file(path);
    if (!copyFolder.isValid() || !file.open(QIODevice::WriteOnly)
        || file.write(*bytes) != bytes->size()) {
        *error = Tr::tr("cannot write a temporary copy");
        return std::nullopt;
    }
    file.close();
    return TopologyLoader(catalog).loadFile(path, displayPath);
}

QString GitRevision::headObject(const QString &filePath)
{
    return QStringLiteral("HEAD:./") + QFileInfo(filePath).fileName();
}

} // namespace Topologist
