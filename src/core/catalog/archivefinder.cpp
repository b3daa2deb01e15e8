// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/archivefinder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Topologist {

namespace {

// lupdate names a context after the enclosing class, so the context is declared here
// rather than hidden in a helper function: strings land under "ArchiveFinder" in the .ts too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveFinder)
};

/// The definitions key sits near the top of every real file; reading more would only make a
/// huge data file expensive to pass over.
constexpr qint64 headerBytes = 64 * 1024;

class Walk
{
public:
    explicit Walk(Diagnostics *problems)
        : m_problems(problems)
    {}

    QList<ArchiveFinder::Found> found;

    void visit(const QString &folder, int depth)
    {
        if (++m_folders > ArchiveFinder::maxFolders) {
            if (m_folders == ArchiveFinder::maxFolders + 1)
                warn(folder,
                     Tr::tr("the library has more than %1 folders; the rest is not searched")
                         .arg(ArchiveFinder::maxFolders));
            return;
        }
        const QDir dir(folder);
        const QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Name);
        addArchiveOf(folder, files);
        for (const QFileInfo &file : files) {
            if (file.suffix().compare(QLatin1String("csar"), Qt::CaseInsensitive) == 0
                && !file.isSymLink())
                found.append({ArchiveFinder::Found::Kind::Csar, file.filePath(), QString()});
        }
        const QFileInfoList subfolders
            = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
        if (!subfolders.isEmpty() && depth >= ArchiveFinder::maxDepth) {
            warn(folder,
                 Tr::tr("folders deeper than %1 levels are not searched")
                     .arg(ArchiveFinder::maxDepth));
            return;
        }
        for (const QFileInfo &sub : subfolders) {
            if (!sub.fileName().startsWith(QLatin1Char('.')))
                visit(sub.filePath(), depth + 1);
        }
    }

private:
    void addArchiveOf(const QString &folder, const QFileInfoList &files)
    {
        QStringList definitions;
        for (const QFileInfo &file : files) {
            const QString suffix = file.suffix().toLower();
            if ((suffix == QLatin1String("yml") || suffix == QLatin1String("yaml"))
                && ArchiveFinder::isDefinitionsFile(file.filePath()))
                definitions << file.filePath();
        }
        if (definitions.size() == 1) {
            found.append({ArchiveFinder::Found::Kind::Folder, folder, definitions.first()});
        } else if (definitions.size() > 1) {
            QStringList names;
            for (const QString &file : std::as_const(definitions))
                names << QFileInfo(file).fileName();
            warn(folder,
                 Tr::tr("several TOSCA definitions files in one archive folder (%1); "
                        "Alien4Cloud imports a folder with exactly one, so none is used")
                     .arg(names.join(QStringLiteral(", "))));
        }
    }

    void warn(const QString &folder, const QString &message)
    {
        m_problems->append(
            Diagnostic::warning(QStringLiteral("TOPO-LIB-002"), {folder, 0, 0}, message));
    }

    Diagnostics *m_problems;
    int m_folders = 0;
};

} // namespace

QList<ArchiveFinder::Found> ArchiveFinder::find(const QString &root, Diagnostics *problems)
{
    Walk walk(problems);
    walk.visit(QDir(root).absolutePath(), 0);
    return walk.found;
}

bool ArchiveFinder::isDefinitionsFile(const QString &yamlFile)
{
    QFile file(yamlFile);
    // A device or FIFO named *.yml must not be read (or block) while searching a library.
    if (!QFileInfo(yamlFile).isFile() || !file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(headerBytes);
    static const QByteArray key("tosca_definitions_version");
    qsizetype at = 0;
    while ((at = head.indexOf(key, at)) >= 0) {
        const bool lineStart
            = at == 0 || head.at(at - 1) == '\n' || (at == 3 && head.startsWith("\xEF\xBB\xBF"));
        const qsizetype after = at + key.size();
        if (lineStart && after < head.size() && (head.at(after) == ':' || head.at(after) == ' '))
            return true;
        at = after;
    }
    return false;
}

} // namespace Topologist
