// SPDX-License-Identifier: GPL-3.0-or-later
#include "gitfolder.h"

#include "testhelpers.h"

#include <QProcess>
#include <QStandardPaths>

namespace Topologist::Test {

bool GitFolder::gitInstalled()
{
    return !QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty();
}

bool GitFolder::git(const QStringList &arguments) const
{
    QProcess process;
    process.setWorkingDirectory(m_folder.path());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    environment.insert(QStringLiteral("HOME"), m_folder.path());
    environment.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Test"));
    environment.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("test@example.org"));
    environment.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Test"));
    environment.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("test@example.org"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("git"), arguments);
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
           && process.exitCode() == 0;
}

bool GitFolder::init()
{
    return m_folder.isValid() && git({QStringLiteral("init"), QStringLiteral("-q")});
}

QString GitFolder::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_folder.filePath(name);
    writeFile(path, bytes);
    return path;
}

bool GitFolder::commit(const QString &name, const QByteArray &bytes)
{
    write(name, bytes);
    return git({QStringLiteral("add"), name})
           && git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), name});
}

} // namespace Topologist::Test
