// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/typecatalog.h"

#include "csar/unpackedcsar.h"
#include "yaml/toscareader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Topologist {

namespace {

// lupdate names a context after the enclosing class, so the context is declared here
// rather than hidden in a helper function: strings land under "TypeCatalog" in the .ts too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TypeCatalog)
};

QStringList rootDefinitionFiles(const QString &root)
{
    const QDir dir(root);
    QStringList files = dir.entryList(
        {QStringLiteral("*.yml"), QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    for (QString &file : files)
        file = dir.filePath(file);
    return files;
}

/// Rules files live in a `rules` folder so that they never count as a second root definitions
/// file, for the catalog or for Alien4Cloud.
QStringList rulesFilesOf(const QString &root)
{
    const QDir dir(QDir(root).filePath(QStringLiteral("rules")));
    QStringList files = dir.entryList(
        {QStringLiteral("*.yml"), QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    for (QString &file : files)
        file = dir.filePath(file);
    return files;
}

} // namespace

TypeCatalog::TypeCatalog() = default;
TypeCatalog::~TypeCatalog() = default;

void TypeCatalog::addBundledLibrary()
{
    Diagnostics ignored;
    const QDir root(bundledRoot());
    for (const QString &archive : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        addArchiveRoot(root.filePath(archive),
                       CatalogEntry::Origin::Bundled,
                       root.filePath(archive),
                       &ignored);
}

bool TypeCatalog::addArchiveRoot(const QString &root,
                                 CatalogEntry::Origin origin,
                                 const QString &source,
                                 Diagnostics *diagnostics)
{
    const QStringList candidates = rootDefinitionFiles(root);
    if (candidates.isEmpty()) {
        diagnostics->append(
            Diagnostic::error(QStringLiteral("TOPO-CAT-001"),
                              {source, 0, 0},
                              Tr::tr("no TOSCA definitions file (*.yml, *.yaml) at the "
                                     "top of the archive")));
        return false;
    }
    if (candidates.size() > 1) {
        QStringList names;
        for (const QString &candidate : candidates)
            names << QFileInfo(candidate).fileName();
        diagnostics->append(Diagnostic::error(QStringLiteral("TOPO-CAT-002"),
                                              {source, 0, 0},
                                              Tr::tr("several definitions files at the top of the "
                                                     "archive (%1); an archive has exactly one")
                                                  .arg(names.join(QStringLiteral(", ")))));
        return false;
    }
    CatalogEntry entry;
    entry.rootPath = root;
    entry.definitionsPath = candidates.first();
    entry.sourcePath = source;
    entry.origin = origin;
    entry.rulesFiles = rulesFilesOf(root);
    ToscaReader reader;
    entry.archive = reader.readFile(entry.definitionsPath,
                                    &entry.diagnostics,
                                    origin == CatalogEntry::Origin::Bundled ? entry.definitionsPath
                                                                            : QString());
    entry.name = entry.archive.name;
    entry.version = entry.archive.version;
    return addEntry(std::move(entry), diagnostics);
}

bool TypeCatalog::addEntry(CatalogEntry entry, Diagnostics *diagnostics)
{
    *diagnostics += entry.diagnostics;
    if (entry.name.isEmpty() || entry.version.isEmpty()) {
        diagnostics->append(
            Diagnostic::error(QStringLiteral("TOPO-CAT-003"),
                              {entry.definitionsPath, 1, 1},
                              Tr::tr("the archive has no template_name or "
                                     "template_version, so it cannot be imported")));
        return false;
    }
    if (find(entry.name, entry.version)) {
        diagnostics->append(Diagnostic::warning(QStringLiteral("TOPO-CAT-004"),
                                                {entry.definitionsPath, 1, 1},
                                                Tr::tr("archive %1 is already in the type library; "
                                                       "the copy from %2 is not added")
                                                    .arg(entry.id(), entry.sourcePath)));
        return false;
    }
    m_entries.push_back(std::make_unique<CatalogEntry>(std::move(entry)));
    return true;
}

bool TypeCatalog::addFolder(const QString &path, Diagnostics *diagnostics)
{
    const QDir dir(path);
    if (!dir.exists()) {
        diagnostics->append(Diagnostic::error(
            QStringLiteral("TOPO-CAT-005"), {path, 0, 0}, Tr::tr("no such folder")));
        return false;
    }
    if (!rootDefinitionFiles(path).isEmpty())
        return addArchiveRoot(dir.absolutePath(), CatalogEntry::Origin::Folder, path, diagnostics);
    bool any = false;
    for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!rootDefinitionFiles(dir.filePath(sub)).isEmpty())
            any |= addArchiveRoot(QDir(dir.filePath(sub)).absolutePath(),
                                  CatalogEntry::Origin::Folder,
                                  dir.filePath(sub),
                                  diagnostics);
    }
    if (!any)
        diagnostics->append(Diagnostic::error(QStringLiteral("TOPO-CAT-001"),
                                              {path, 0, 0},
                                              Tr::tr("the folder holds no TOSCA archive")));
    return any;
}

bool TypeCatalog::addDefinitionsFile(const QString &path, Diagnostics *diagnostics)
{
    const QFileInfo info(path);
    CatalogEntry entry;
    entry.rootPath = info.absolutePath();
    entry.definitionsPath = info.absoluteFilePath();
    entry.sourcePath = path;
    entry.origin = CatalogEntry::Origin::File;
    ToscaReader reader;
    entry.archive = reader.readFile(entry.definitionsPath, &entry.diagnostics, path);
    entry.name = entry.archive.name;
    entry.version = entry.archive.version;
    return addEntry(std::move(entry), diagnostics);
}

bool TypeCatalog::addCsar(const QString &path, Diagnostics *diagnostics)
{
    std::shared_ptr<const UnpackedCsar> unpacked = UnpackedCsar::unpack(path, diagnostics);
    if (!unpacked)
        return false;
    CatalogEntry entry;
    entry.rootPath = unpacked->rootPath();
    entry.definitionsPath = unpacked->entryDefinitionsFile();
    entry.sourcePath = path;
    entry.origin = CatalogEntry::Origin::Csar;
    entry.rulesFiles = rulesFilesOf(entry.rootPath);
    ToscaReader reader;
    entry.archive = reader.readFile(
        entry.definitionsPath, &entry.diagnostics, unpacked->entryDefinitionsDisplayPath());
    entry.name = entry.archive.name;
    entry.version = entry.archive.version;
    if (!addEntry(std::move(entry), diagnostics))
        return false; // the unpacked copy goes with `unpacked`
    m_unpacked.push_back(std::move(unpacked));
    return true;
}

bool TypeCatalog::addPath(const QString &path, Diagnostics *diagnostics)
{
    const QFileInfo info(path);
    if (info.isDir())
        return addFolder(path, diagnostics);
    if (!info.exists()) {
        diagnostics->append(Diagnostic::error(
            QStringLiteral("TOPO-FILE-001"), {path, 0, 0}, Tr::tr("no such file or folder")));
        return false;
    }
    if (UnpackedCsar::isCsarPath(path))
        return addCsar(path, diagnostics);
    return addDefinitionsFile(path, diagnostics);
}

const CatalogEntry *TypeCatalog::find(const QString &name, const QString &version) const
{
    for (const auto &entry : m_entries) {
        if (entry->name == name && entry->version == version)
            return entry.get();
    }
    return nullptr;
}

const CatalogEntry *TypeCatalog::find(const QString &id) const
{
    const int colon = int(id.indexOf(QLatin1Char(':')));
    if (colon < 0)
        return nullptr;
    return find(id.left(colon), id.mid(colon + 1));
}

QStringList TypeCatalog::versionsOf(const QString &name) const
{
    QStringList versions;
    for (const auto &entry : m_entries) {
        if (entry->name == name)
            versions << entry->version;
    }
    return versions;
}

QList<const CatalogEntry *> TypeCatalog::entries() const
{
    QList<const CatalogEntry *> result;
    for (const auto &entry : m_entries)
        result.append(entry.get());
    return result;
}

} // namespace Topologist
