// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/topologyloader.h"

#include "catalog/typecatalog.h"
#include "csar/unpackedcsar.h"
#include "yaml/toscadialect.h"
#include "yaml/toscareader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace Topologist {

namespace {

// lupdate names a context after the enclosing class, so the context is declared here
// rather than hidden in a helper function: strings land under "TopologyLoader" in the .ts too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TopologyLoader)
};

/// Collects the catalog archives an archive needs, dependencies before dependents.
class DependencyWalk
{
public:
    DependencyWalk(const CatalogSnapshot &catalog, Diagnostics *diagnostics)
        : m_catalog(catalog)
        , m_diagnostics(diagnostics)
    {}

    QList<const CatalogEntry *> ordered;
    /// For each archive in `ordered`, the topology's import that brought it in.
    QHash<const CatalogEntry *, SourceLocation> importedAt;
    QList<ToscaArchive> fileImports;

    /// The imports of the topology, or of a file it imports: each is the user's own line.
    void visitImports(const ToscaArchive &archive, const QString &baseDir)
    {
        for (const ArchiveImport &import : archive.imports) {
            if (import.isCatalogImport())
                visitCatalog(import, &import);
            else
                visitFile(import, baseDir);
        }
    }

    /// @p direct is the topology's own import that leads here, or null for an import inside a
    /// catalog archive; what is wrong below a direct import is reported at that import, since
    /// that is the line the user can change.
    void visitCatalog(const ArchiveImport &import, const ArchiveImport *direct)
    {
        const CatalogEntry *entry = m_catalog.find(import.name, import.version);
        if (!entry) {
            if (direct == &import)
                reportUnknown(import);
            else if (direct)
                reportIndirectUnknown(import, *direct);
            return;
        }
        if (m_visited.contains(entry->id()))
            return;
        m_visited.insert(entry->id());
        if (direct && entry->isBroken())
            reportBroken(*entry, *direct);
        visitArchiveImports(entry->archive, direct);
        ordered.append(entry);
        if (direct)
            importedAt.insert(entry, direct->location);
    }

    void visitArchiveImports(const ToscaArchive &archive, const ArchiveImport *direct)
    {
        for (const ArchiveImport &import : archive.imports) {
            if (import.isCatalogImport())
                visitCatalog(import, direct);
        }
    }

    /// Imports of a CSAR stay inside the unpacked archive; a plain file's resolve from its
    /// folder wherever they lead.
    void confineTo(const QString &root) { m_confinedRoot = QFileInfo(root).canonicalFilePath(); }

    void visitFile(const ArchiveImport &import, const QString &baseDir)
    {
        const auto refuse = [&](const char *code, const QString &message) {
            m_diagnostics->append(Diagnostic::error(QLatin1String(code), import.location, message));
        };
        if (!m_confinedRoot.isEmpty() && QDir::isAbsolutePath(import.file))
            return refuse("TOPO-IMP-006",
                          Tr::tr("imported file '%1' is an absolute path; an archive imports "
                                 "only its own files")
                              .arg(import.file));
        const QString path = QDir(baseDir).absoluteFilePath(import.file);
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (canonical.isEmpty())
            return refuse("TOPO-IMP-002",
                          Tr::tr("imported file '%1' does not exist").arg(import.file));
        if (!m_confinedRoot.isEmpty() && !canonical.startsWith(m_confinedRoot + QLatin1Char('/')))
            return refuse("TOPO-IMP-006",
                          Tr::tr("imported file '%1' lies outside the archive; an archive "
                                 "imports only its own files")
                              .arg(import.file));
        // A device (/dev/zero never ends), a FIFO (blocks) or a folder is never read.
        if (!QFileInfo(canonical).isFile())
            return refuse(
                "TOPO-IMP-005",
                Tr::tr("imported '%1' is not a regular file, so it is not read").arg(import.file));
        if (m_visited.contains(canonical))
            return;
        m_visited.insert(canonical);
        ToscaReader reader;
        ToscaArchive imported = reader.readFile(canonical, m_diagnostics);
        visitImports(imported, QFileInfo(canonical).absolutePath());
        fileImports.append(imported);
    }

private:
    void reportUnknown(const ArchiveImport &import)
    {
        const QStringList versions = m_catalog.versionsOf(import.name);
        const QString hint = versions.isEmpty()
                                 ? Tr::tr("no archive of that name is in the type library; "
                                          "add it with Types > Type Libraries or --types")
                                 : Tr::tr("the type library has %1 in version %2")
                                       .arg(import.name, versions.join(QStringLiteral(", ")));
        m_diagnostics->append(
            Diagnostic::error(QStringLiteral("TOPO-IMP-001"),
                              import.location,
                              Tr::tr("unknown import '%1': %2").arg(import.id(), hint)));
    }

    void reportIndirectUnknown(const ArchiveImport &missing, const ArchiveImport &direct)
    {
        // Every archive below one import may need the same missing one: say it once.
        const QString key = direct.id() + QLatin1Char('>') + missing.id();
        if (m_reportedMissing.contains(key))
            return;
        m_reportedMissing.insert(key);
        m_diagnostics->append(Diagnostic::error(
            QStringLiteral("TOPO-IMP-003"),
            direct.location,
            Tr::tr("imported archive '%1' needs '%2' (%3), which is in no type library")
                .arg(direct.id(), missing.id(), missing.location.toString())));
    }

    void reportBroken(const CatalogEntry &entry, const ArchiveImport &direct)
    {
        QStringList errors;
        for (const Diagnostic &d : entry.diagnostics) {
            if (d.severity == Severity::Error)
                errors << d.toString();
        }
        const QString through = entry.id() == direct.id()
                                    ? Tr::tr("imported archive '%1' has errors").arg(entry.id())
                                    : Tr::tr("imported archive '%1' needs '%2', which has errors")
                                          .arg(direct.id(), entry.id());
        m_diagnostics->append(
            Diagnostic::error(QStringLiteral("TOPO-IMP-004"),
                              direct.location,
                              through + QStringLiteral(": ") + errors.join(QStringLiteral("; "))));
    }

    const CatalogSnapshot &m_catalog;
    Diagnostics *m_diagnostics;
    QSet<QString> m_visited;
    QSet<QString> m_reportedMissing;
    QString m_confinedRoot;
};

} // namespace

TopologyLoader::TopologyLoader(const TypeCatalog &catalog)
    : m_catalog(catalog.snapshot())
{}

TopologyLoader::TopologyLoader(CatalogSnapshot catalog)
    : m_catalog(std::move(catalog))
{}

LoadedTopology TopologyLoader::loadFile(const QString &filePath, const QString &displayPath) const
{
    if (UnpackedCsar::isCsarPath(filePath))
        return loadCsar(filePath, displayPath);
    Diagnostics diagnostics;
    ToscaReader reader;
    ToscaArchive archive = reader.readFile(filePath, &diagnostics, displayPath);
    LoadedTopology loaded = resolve(std::move(archive), std::move(diagnostics));
    loaded.rootPath = QFileInfo(filePath).absolutePath();
    return loaded;
}

LoadedTopology TopologyLoader::loadCsar(const QString &csarPath, const QString &displayPath) const
{
    // The archive is named as the caller shows it, so that every diagnostic (the reader's
    // refusals as much as the YAML's errors) points at what the user typed or picked.
    const QString shownPath = displayPath.isEmpty() ? csarPath : displayPath;
    Diagnostics diagnostics;
    std::shared_ptr<const UnpackedCsar> unpacked = UnpackedCsar::unpack(csarPath, &diagnostics);
    // The reader names the archive, the layout "ARCHIVE/TOSCA-Metadata/TOSCA.meta".
    for (Diagnostic &d : diagnostics) {
        if (d.location.file.startsWith(csarPath))
            d.location.file = shownPath + d.location.file.mid(csarPath.size());
    }
    if (!unpacked) {
        LoadedTopology refused;
        refused.diagnostics = std::move(diagnostics);
        return refused;
    }
    const QString shownDefinitions
        = shownPath + QLatin1Char('!') + unpacked->layout().entryDefinitions();
    ToscaReader reader;
    ToscaArchive archive
        = reader.readFile(unpacked->entryDefinitionsFile(), &diagnostics, shownDefinitions);
    LoadedTopology loaded
        = resolve(std::move(archive), std::move(diagnostics), unpacked->rootPath());
    loaded.rootPath = unpacked->rootPath();
    loaded.csar = std::move(unpacked);
    return loaded;
}

LoadedTopology TopologyLoader::loadBytes(const QByteArray &bytes, const QString &fileName) const
{
    Diagnostics diagnostics;
    ToscaReader reader;
    ToscaArchive archive = reader.read(bytes, fileName, &diagnostics);
    return resolve(std::move(archive), std::move(diagnostics));
}

LoadedTopology TopologyLoader::resolve(ToscaArchive archive,
                                       Diagnostics diagnostics,
                                       const QString &confinedTo) const
{
    LoadedTopology loaded;
    loaded.readable = !archive.toscaDefinitionsVersion.isEmpty() || archive.topology.has_value()
                      || !archive.types.isEmpty();

    DependencyWalk walk(m_catalog, &diagnostics);
    if (!confinedTo.isEmpty())
        walk.confineTo(confinedTo);
    const QString baseDir = archive.filePath.isEmpty() ? QDir::currentPath()
                                                       : QFileInfo(archive.filePath).absolutePath();
    // TOSCA makes its normative types implicit in every tosca_simple_yaml file. Alien4Cloud-style
    // files import a normative archive from the catalog instead, and adding the profile next to
    // it would declare every normative type twice; so the profile is implicit unless the file
    // imports something from the catalog. Imported files (standard TOSCA) rely on it too.
    bool importsFromCatalog = false;
    for (const ArchiveImport &import : std::as_const(archive.imports))
        importsFromCatalog |= import.isCatalogImport();
    if (!importsFromCatalog
        && ToscaDialect::isToscaSimpleProfile(archive.toscaDefinitionsVersion)) {
        ArchiveImport implicit;
        const QString id = TypeCatalog::simpleProfileId();
        implicit.name = id.section(QLatin1Char(':'), 0, 0);
        implicit.version = id.section(QLatin1Char(':'), 1);
        implicit.location = archive.location;
        walk.visitCatalog(implicit, &implicit);
    }
    walk.visitImports(archive, baseDir);

    auto registry = std::make_shared<TypeRegistry>();
    Diagnostics typeDiagnostics;
    for (const CatalogEntry *entry : std::as_const(walk.ordered)) {
        // Archives of a library may declare the same type name; that only matters when one
        // topology imports two of them, and then at the import the user can change.
        Diagnostics clashes;
        registry->addArchive(entry->archive, &clashes);
        for (const Diagnostic &clash : std::as_const(clashes))
            diagnostics.append(Diagnostic::error(
                clash.code,
                walk.importedAt.value(entry, archive.location),
                Tr::tr("imported archive '%1' clashes with another import: %2 (%3)")
                    .arg(entry->id(), clash.message, clash.location.toString())));
    }
    for (const ToscaArchive &imported : std::as_const(walk.fileImports))
        registry->addArchive(imported, &diagnostics);
    registry->addOwnArchive(archive, &diagnostics);
    registry->resolve(&typeDiagnostics);

    // Problems inside catalog archives were reported when they were added to the catalog; here
    // only those located in the files this topology brings matter.
    QSet<QString> ownFiles{archive.location.file};
    for (const ToscaArchive &imported : std::as_const(walk.fileImports))
        ownFiles.insert(imported.location.file);
    for (const Diagnostic &d : std::as_const(typeDiagnostics)) {
        if (ownFiles.contains(d.location.file))
            diagnostics.append(d);
    }

    loaded.archive = std::move(archive);
    loaded.types = registry;
    loaded.dependencies = walk.ordered;
    loaded.diagnostics = std::move(diagnostics);
    return loaded;
}

} // namespace Topologist
