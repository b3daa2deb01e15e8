// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporttestsupport.h"

#include "csar/csarreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace Topologist::Test {

QMap<QString, QByteArray> zipFiles(const QString &archivePath)
{
    QMap<QString, QByteArray> files;
    CsarReader reader(archivePath);
    if (!reader.open())
        return files;
    for (const QString &name : reader.fileNames()) {
        const std::optional<QByteArray> bytes = reader.readEntry(name);
        if (bytes)
            files.insert(name, *bytes);
    }
    return files;
}

TemporaryRoot::TemporaryRoot()
{
    // Made before TMPDIR changes, in the real temporary folder.
    static int counter = 0;
    QTemporaryDir base;
    base.setAutoRemove(false);
    if (!base.isValid())
        return;
    m_sentinel = base.path() + QStringLiteral("/sentinel-%1").arg(++counter);
    if (!QDir().mkpath(m_sentinel + QStringLiteral("/tmp")))
        return;
    m_hadPrevious = qEnvironmentVariableIsSet("TMPDIR");
    m_previous = qgetenv("TMPDIR");
    qputenv("TMPDIR", tempRoot().toLocal8Bit());
    m_valid
        = QDir::tempPath() == QDir(tempRoot()).canonicalPath() || QDir::tempPath() == tempRoot();
}

TemporaryRoot::~TemporaryRoot()
{
    if (m_hadPrevious)
        qputenv("TMPDIR", m_previous);
    else
        qunsetenv("TMPDIR");
    if (!m_sentinel.isEmpty())
        QDir(QFileInfo(m_sentinel).absolutePath()).removeRecursively();
}

QString TemporaryRoot::tempRoot() const
{
    return m_sentinel + QStringLiteral("/tmp");
}

} // namespace Topologist::Test
