// SPDX-License-Identifier: GPL-3.0-or-later
#include "csar/csarlayout.h"

#include "csar/csarcodes.h"
#include "csar/csarreader.h"
#include "csar/csartr.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace Topologist {

namespace {

// A4C globs "**.yml" and "**.yaml" in the zip file system: lower case only.
bool isDefinitionsName(const QString &name)
{
    return name.endsWith(QLatin1String(".yml")) || name.endsWith(QLatin1String(".yaml"));
}

// macOS's Finder adds __MACOSX/ and .DS_Store to the zips it makes; they say nothing about where
// the user put the content.
bool isPackagingNoise(const QString &name)
{
    return name.startsWith(QLatin1String("__MACOSX/")) || name.startsWith(QLatin1Char('.'));
}

/// "folder/" when every meaningful file sits under that one top-level folder, else "".
QString singleTopLevelFolder(const QStringList &fileNames)
{
    QSet<QString> folders;
    for (const QString &name : fileNames) {
        if (isPackagingNoise(name))
            continue;
        const int slash = name.indexOf(QLatin1Char('/'));
        if (slash < 0)
            return QString();
        folders.insert(name.left(slash + 1));
    }
    return folders.size() == 1 ? *folders.cbegin() : QString();
}

QString listed(QStringList names, int max)
{
    const int total = int(names.size());
    if (total > max) {
        names = names.mid(0, max);
        names.append(QStringLiteral("..."));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

QString CsarLayout::archiveName() const
{
    return QFileInfo(m_archivePath).fileName();
}

void CsarLayout::error(QLatin1String code, const QString &message, const QString &file)
{
    m_diagnostics.append(Diagnostic::error(
        code, SourceLocation{file.isEmpty() ? m_archivePath : file, 0, 0}, message));
}

void CsarLayout::warning(QLatin1String code, const QString &message, const QString &file)
{
    m_diagnostics.append(Diagnostic::warning(
        code, SourceLocation{file.isEmpty() ? m_archivePath : file, 0, 0}, message));
}

bool CsarLayout::isAcceptedByAlien4Cloud() const
{
    return isValid() && m_contentRoot.isEmpty() && !hasErrors(m_diagnostics);
}

CsarLayout CsarLayout::locate(const QStringList &fileNames,
                              const ReadFunction &read,
                              const QString &archivePath)
{
    CsarLayout layout;
    layout.m_archivePath = archivePath;
    layout.locateUnder(QString(), fileNames, read);
    return layout;
}

CsarLayout CsarLayout::locate(CsarReader &reader)
{
    if (!reader.open()) {
        CsarLayout layout;
        layout.m_archivePath = reader.archivePath();
        layout.m_diagnostics = reader.diagnostics();
        return layout;
    }
    const ReadFunction read = [&reader](const QString &name, Diagnostics *diagnostics) {
        const qsizetype before = reader.diagnostics().size();
        std::optional<QByteArray> data = reader.readEntry(name);
        if (!data)
            diagnostics->append(reader.diagnostics().mid(before));
        return data;
    };
    return locate(reader.fileNames(), read, reader.archivePath());
}

CsarLayout CsarLayout::locateInFolder(const QString &folder, const QString &archivePath)
{
    const QDir root(folder);
    QStringList names;
    // NoSymLinks: an extracted CSAR has none, and a folder passed in by mistake must not lead
    // the walk elsewhere.
    QDirIterator it(folder,
                    QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        names.append(root.relativeFilePath(it.next()));
    names.sort();
    const QString archive = QFileInfo(archivePath).fileName();
    const ReadFunction read
        = [root, archivePath, archive](const QString &name, Diagnostics *diagnostics) {
              QFile file(root.filePath(name));
              if (!file.open(QIODevice::ReadOnly)) {
                  diagnostics->append(
                      Diagnostic::error(CsarCode::Unreadable,
                                        SourceLocation{archivePath, 0, 0},
                                        CsarTr::tr("Archive \"%1\": \"%2\" cannot be read: %3")
                                            .arg(archive, name, file.errorString())));
                  return std::optional<QByteArray>();
              }
              return std::optional<QByteArray>(file.readAll());
          };
    return locate(names, read, archivePath);
}

void CsarLayout::locateUnder(const QString &root,
                             const QStringList &fileNames,
                             const ReadFunction &read)
{
    const QString metaPath = root + ToscaMetadata::filePath();
    if (fileNames.contains(metaPath)) {
        locateFromMetadata(root, fileNames, read);
        return;
    }
    warnAboutMetadataCase(metaPath, fileNames);

    QStringList candidates;
    for (const QString &name : fileNames) {
        const QString relative = name.mid(root.size());
        if (name.startsWith(root) && !relative.contains(QLatin1Char('/'))
            && isDefinitionsName(relative))
            candidates.append(name);
    }
    candidates.sort();
    if (candidates.size() == 1) {
        m_entryDefinitions = candidates.constFirst();
        return;
    }
    if (candidates.size() > 1) {
        error(CsarCode::SeveralRootDefinitions,
              CsarTr::tr(
                  "Archive \"%1\" has %2 YAML files at its root (%3), and without %4 Alien4Cloud "
                  "needs exactly one. Move the others into a folder, or add a %4 whose "
                  "Entry-Definitions names the main one.")
                  .arg(archiveName(),
                       QString::number(candidates.size()),
                       listed(candidates, 10),
                       metaPath));
        return;
    }

    if (root.isEmpty()) {
        const QString folder = singleTopLevelFolder(fileNames);
        if (!folder.isEmpty()) {
            warning(
                CsarCode::WrappedInFolder,
                CsarTr::tr("Archive \"%1\" keeps everything in the folder \"%2\", as GitHub's "
                           "\"Download ZIP\" does. Topologist reads it from there, but Alien4Cloud "
                           "will refuse the archive: zip the content of that folder instead.")
                    .arg(archiveName(), folder));
            m_contentRoot = folder;
            locateUnder(folder, fileNames, read);
            return;
        }
    }

    reportNoDefinitions(root, fileNames);
}

void CsarLayout::locateFromMetadata(const QString &root,
                                    const QStringList &fileNames,
                                    const ReadFunction &read)
{
    const QString metaPath = root + ToscaMetadata::filePath();
    const QString metaLocation = m_archivePath + QLatin1Char('/') + metaPath;
    Diagnostics readProblems;
    const std::optional<QByteArray> bytes = read(metaPath, &readProblems);
    if (!bytes) {
        m_diagnostics.append(readProblems);
        if (!hasErrors(readProblems)) {
            error(
                CsarCode::Unreadable,
                CsarTr::tr("Archive \"%1\": \"%2\" cannot be read.").arg(archiveName(), metaPath));
        }
        return;
    }
    m_metadata = ToscaMetadata::parse(*bytes, metaLocation, &m_diagnostics);
    const QString declared = m_metadata->entryDefinitions().trimmed();
    if (declared.isEmpty()) {
        error(CsarCode::MissingEntryDefinitions,
              CsarTr::tr(
                  "Archive \"%1\": \"%2\" has no Entry-Definitions, which Alien4Cloud needs to "
                  "find the main YAML file.")
                  .arg(archiveName(), metaPath),
              metaLocation);
        return;
    }
    const QString path = m_metadata->entryDefinitionsPath();
    const QString full = root + path;
    if (!path.isEmpty() && fileNames.contains(full)) {
        m_entryDefinitions = full;
        return;
    }
    QString hint;
    for (const QString &name : fileNames) {
        if (name.compare(full, Qt::CaseInsensitive) == 0) {
            hint = CsarTr::tr(" \"%1\" differs only in letter case; Alien4Cloud is case-sensitive.")
                       .arg(name);
        }
    }
    error(CsarCode::EntryDefinitionsNotFound,
          CsarTr::tr("Archive \"%1\": Entry-Definitions \"%2\" in \"%3\" names no file of the "
                     "archive.%4")
              .arg(archiveName(), declared, metaPath, hint),
          metaLocation);
}

void CsarLayout::warnAboutMetadataCase(const QString &metaPath, const QStringList &fileNames)
{
    for (const QString &name : fileNames) {
        if (name.compare(metaPath, Qt::CaseInsensitive) == 0) {
            warning(
                CsarCode::MetadataWrongCase,
                CsarTr::tr("Archive \"%1\": \"%2\" is ignored: Alien4Cloud only reads \"%3\", with "
                           "exactly that letter case.")
                    .arg(archiveName(), name, metaPath));
            break;
        }
    }
}

void CsarLayout::reportNoDefinitions(const QString &root, const QStringList &fileNames)
{
    QStringList elsewhere;
    for (const QString &name : fileNames) {
        if (isDefinitionsName(name) && !isPackagingNoise(name))
            elsewhere.append(name);
    }
    elsewhere.sort();
    const QString place
        = root.isEmpty() ? CsarTr::tr("at its root") : CsarTr::tr("in \"%1\"").arg(root);
    error(CsarCode::NoRootDefinitions,
          CsarTr::tr(
              "Archive \"%1\" has no TOSCA-Metadata/TOSCA.meta and no *.yml or *.yaml file %2, so "
              "its entry definitions cannot be found.")
                  .arg(archiveName(), place)
              + (elsewhere.isEmpty()
                     ? QString()
                     : CsarTr::tr(" YAML files elsewhere: %1.").arg(listed(elsewhere, 5))));
}

} // namespace Topologist
