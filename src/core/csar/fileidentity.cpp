// SPDX-License-Identifier: GPL-3.0-or-later
#include "csar/fileidentity.h"

#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Topologist {

namespace {

bool isResource(const QString &path)
{
    return path.startsWith(QLatin1Char(':'));
}

} // namespace

bool FileIdentity::same(const QString &first, const QString &second)
{
    const QFileInfo a(first);
    const QFileInfo b(second);
    if (!a.exists() || !b.exists())
        return false;
#ifdef Q_OS_UNIX
    if (!isResource(first) && !isResource(second)) {
        struct stat sa = {};
        struct stat sb = {};
        if (::stat(QFile::encodeName(a.absoluteFilePath()).constData(), &sa) == 0
            && ::stat(QFile::encodeName(b.absoluteFilePath()).constData(), &sb) == 0)
            return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    }
#endif
    return a.canonicalFilePath() == b.canonicalFilePath();
}

bool FileIdentity::isInside(const QString &folder, const QString &path)
{
    if (isResource(folder) || isResource(path)) {
        const QString root = QDir::cleanPath(folder) + QLatin1Char('/');
        return QDir::cleanPath(path).startsWith(root);
    }
    const QString root = QFileInfo(folder).canonicalFilePath();
    const QString resolved = QFileInfo(path).canonicalFilePath();
    if (root.isEmpty() || resolved.isEmpty())
        return false;
    return resolved.startsWith(root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/'));
}

} // namespace Topologist
