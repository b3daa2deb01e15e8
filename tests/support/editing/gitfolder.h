// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Topologist::Test {

/// A temporary folder with a git repository of its own: git reads none of the user's
/// configuration and asks for nothing.
class GitFolder
{
public:
    /// Whether git is installed (tests that need it skip otherwise).
    static bool gitInstalled();

    /// Makes the repository; false when git failed.
    bool init();
    /// Writes `name` (without committing it).
    QString write(const QString &name, const QByteArray &bytes) const;
    /// Writes `name` and commits it; false when git failed.
    bool commit(const QString &name, const QByteArray &bytes);
    QString path() const { return m_folder.path(); }
    QString filePath(const QString &name) const { return m_folder.filePath(name); }

private:
    bool git(const QStringList &arguments) const;

    QTemporaryDir m_folder;
};

} // namespace Topologist::Test
