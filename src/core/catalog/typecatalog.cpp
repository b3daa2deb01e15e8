// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/typecatalog.h"

#include "catalog/archivefinder.h"
#include "csar/unpackedcsar.h"
#include "types/toscaversion.h"
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

QString firstError(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Severity::Error)
            return d.toString();
    }
    return QString();
}

} // namespace

TypeCatalog::TypeCatalog() = default;
TypeCatalog::~TypeCatalog() = default;

void TypeCatalog::addBundledLibrary()
{
    const QDir root(bundledRoot());
    for (const QString &archive : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        addBundledArchive(root.filePath(archive));
}

void TypeCatalog::addBundledArchive(const QString &root)
{
    // Bundled archives hold exactly one definitions file at the top; the tests keep it so.
    const QStringList files = QDir(root).entryList(
        {QStringLiteral("*.yml"), QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    if (files.size() != 1)
        return;
    const QString definitions = QDir(root).filePath(files.first());
    Diagnostics ignored;
    addEntry(readArchiveRoot(root, definitions, CatalogEntry::Origin::Bundled, definitions),
             &ignored);
}

CatalogEntry TypeCatalog::readArchiveRoot(const QString &root,
                                          const QString &definitionsFile,
                                          CatalogEntry::Origin origin,
                                          const QString &source) const
{
    CatalogEntry entry;
    entry.rootPath = root;
    entry.definitionsPath = definitionsFile;
    entry.sourcePath = source;
    entry.origin = origin;
    entry.rulesFiles = rulesFilesOf(root);
    ToscaReader reader;
    entry.archive = reader.readFile(entry.definitionsPath, &entry.diagnostics, definitionsFile);
    entry.name = entry.archive.name;
    entry.version = entry.archive.version;
    return entry;
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
    if (const CatalogEntry *known = find(entry.name, entry.version)) {
        diagnostics->append(
            Diagnostic::warning(QStringLiteral("TOPO-CAT-004"),
                                {entry.definitionsPath, 1, 1},
                                Tr::tr("archive %1 is already in the type library "
                                       "(from %2); the copy from %3 is not added")
                                    .arg(entry.id(), known->sourcePath, entry.sourcePath)));
        return false;
    }
    m_entries.push_back(std::make_unique<CatalogEntry>(std::move(entry)));
    m_byId.insert(m_entries.back()->id(), m_entries.back().get());
    return true;
}

bool TypeCatalog::addLibrary(const QString &root, Diagnostics *diagnostics)
{
    const QFileInfo info(root);
    if (!info.isDir()) {
        diagnostics->append(Diagnostic::error(
            QStringLiteral("TOPO-CAT-005"), {root, 0, 0}, Tr::tr("no such folder")));
        return false;
    }
    const QString absolute = info.absoluteFilePath();
    if (library(absolute))
        return refreshLibrary(absolute, diagnostics);
    m_libraries.push_back(std::make_unique<TypeLibrary>());
    TypeLibrary *added = m_libraries.back().get();
    added->rootPath = absolute;
    return scanLibrary(added, diagnostics);
}

bool TypeCatalog::scanLibrary(TypeLibrary *library, Diagnostics *diagnostics)
{
    findArchives(library);
    *diagnostics += library->problems;
    if (library->archiveIds.isEmpty()) {
        diagnostics->append(Diagnostic::error(QStringLiteral("TOPO-CAT-001"),
                                              {library->rootPath, 0, 0},
                                              Tr::tr("the folder holds no TOSCA archive")));
        return false;
    }
    return true;
}

void TypeCatalog::findArchives(TypeLibrary *library)
{
    for (const ArchiveFinder::Found &found :
         ArchiveFinder::find(library->rootPath, &library->problems)) {
        if (found.kind == ArchiveFinder::Found::Kind::Csar) {
            Diagnostics problems;
            if (addCsar(found.path, &problems)) {
                m_entries.back()->libraryRoot = library->rootPath;
                library->archiveIds << m_entries.back()->id();
            }
            for (Diagnostic &d : problems)
                d.severity = Severity::Warning;
            library->problems += problems;
            continue;
        }
        addFoundToLibrary(library,
                          readArchiveRoot(found.path,
                                          found.definitionsFile,
                                          CatalogEntry::Origin::Folder,
                                          found.definitionsFile));
    }
}

void TypeCatalog::addFoundToLibrary(TypeLibrary *library, CatalogEntry entry)
{
    const SourceLocation where{entry.definitionsPath, 1, 1};
    entry.libraryRoot = library->rootPath;
    if (entry.name.isEmpty() || entry.version.isEmpty()) {
        library->problems.append(Diagnostic::warning(
            QStringLiteral("TOPO-LIB-001"),
            where,
            hasErrors(entry.diagnostics)
                ? Tr::tr("cannot be read, so it is skipped: %1").arg(firstError(entry.diagnostics))
                : Tr::tr("declares no template_name or template_version, so "
                         "it cannot be imported and is skipped")));
        return;
    }
    if (const CatalogEntry *known = find(entry.name, entry.version)) {
        library->problems.append(
            Diagnostic::warning(QStringLiteral("TOPO-LIB-003"),
                                where,
                                Tr::tr("archive %1 is already known from %2; this copy is skipped")
                                    .arg(entry.id(), known->definitionsPath)));
        return;
    }
    if (entry.isBroken())
        library->problems.append(Diagnostic::warning(
            QStringLiteral("TOPO-LIB-004"),
            where,
            Tr::tr("archive %1 has errors; topologies that import it will not load: %2")
                .arg(entry.id(), firstError(entry.diagnostics))));
    library->archiveIds << entry.id();
    Diagnostics ignored;
    addEntry(std::move(entry), &ignored);
}

bool TypeCatalog::refreshLibrary(const QString &root, Diagnostics *diagnostics)
{
    const QString absolute = QFileInfo(root).absoluteFilePath();
    for (const auto &known : m_libraries) {
        if (known->rootPath != absolute)
            continue;
        retireEntries(known->archiveIds);
        known->archiveIds.clear();
        known->problems.clear();
        if (!QFileInfo(absolute).isDir()) {
            diagnostics->append(Diagnostic::error(
                QStringLiteral("TOPO-CAT-005"), {root, 0, 0}, Tr::tr("no such folder")));
            return false;
        }
        return scanLibrary(known.get(), diagnostics);
    }
    return addLibrary(root, diagnostics);
}

void TypeCatalog::removeLibrary(const QString &root)
{
    const QString absolute = QFileInfo(root).absoluteFilePath();
    for (auto it = m_libraries.begin(); it != m_libraries.end(); ++it) {
        if ((*it)->rootPath == absolute) {
            retireEntries((*it)->archiveIds);
            m_libraries.erase(it);
            return;
        }
    }
}

void TypeCatalog::retireEntries(const QStringList &ids)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (ids.contains((*it)->id())) {
            m_byId.remove((*it)->id());
            m_retired.push_back(std::move(*it));
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }
}

QList<const TypeLibrary *> TypeCatalog::libraries() const
{
    QList<const TypeLibrary *> result;
    for (const auto &known : m_libraries)
        result.append(known.get());
    return result;
}

const TypeLibrary *TypeCatalog::library(const QString &root) const
{
    const QString absolute = QFileInfo(root).absoluteFilePath();
    for (const auto &known : m_libraries) {
        if (known->rootPath == absolute)
            return known.get();
    }
    return nullptr;
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
        return addLibrary(path, diagnostics);
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
    return m_byId.value(name + QLatin1Char(':') + version);
}

const CatalogEntry *TypeCatalog::find(const QString &id) const
{
    return m_byId.value(id);
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

QString TypeCatalog::newestVersionOf(const QString &name) const
{
    QString newest;
    for (const QString &version : versionsOf(name)) {
        if (newest.isEmpty() || ToscaVersion(newest) < ToscaVersion(version))
            newest = version;
    }
    return newest;
}

QString TypeCatalog::versionToOffer(const QString &name,
                                    const QList<const CatalogEntry *> &dependencies) const
{
    for (const CatalogEntry *dependency : dependencies) {
        if (dependency->name == name)
            return dependency->version;
    }
    if (name == defaultNormativeName() && find(name, defaultNormativeVersion()))
        return defaultNormativeVersion();
    return newestVersionOf(name);
}

QList<const CatalogEntry *> TypeCatalog::entries() const
{
    QList<const CatalogEntry *> result;
    for (const auto &entry : m_entries)
        result.append(entry.get());
    return result;
}

} // namespace Topologist
