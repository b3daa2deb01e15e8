// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologydocument.h"

#include "catalog/topologyloader.h"
#include "catalog/typecatalog.h"
#include "csar/csarexporter.h"
#include "csar/unpackedcsar.h"
#include "documentactions.h"
#include "loading/topologyloadjob.h"
#include "recovery/recoveryentry.h"
#include "validation/incrementalvalidator.h"
#include "validation/validationcontext.h"
#include "validation/validator.h"
#include "validation/validatorfactory.h"
#include "yaml/toscadialect.h"
#include "yaml/toscareader.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace Topologist {

namespace {

ToscaArchive emptyArchive()
{
    ToscaArchive archive;
    archive.toscaDefinitionsVersion = ToscaDialect::defaultWriteVersion();
    archive.name = QStringLiteral("new-topology");
    archive.version = QStringLiteral("0.1.0-SNAPSHOT");
    archive.headerInMetadata = true;
    archive.typeSections = Value::map();
    archive.extras = Value::map();
    ArchiveImport normative;
    normative.name = TypeCatalog::defaultNormativeName();
    normative.version = TypeCatalog::defaultNormativeVersion();
    archive.imports.append(normative);
    TopologyTemplate topology;
    topology.extras = Value::map();
    archive.topology = topology;
    return archive;
}

} // namespace

TopologyDocument::TopologyDocument(const TypeCatalog &catalog, QObject *parent)
    : TopologyDocument(catalog, emptyArchive(), parent)
{}

TopologyDocument::TopologyDocument(const TypeCatalog &catalog,
                                   ToscaArchive archive,
                                   QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_archive(std::move(archive))
    , m_actions(std::make_unique<DocumentActions>(this))
{
    if (!m_archive.topology) {
        TopologyTemplate topology;
        topology.extras = Value::map();
        m_archive.topology = topology;
    }
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        emit modifiedChanged(!clean);
    });
    resolveTypes({});
}

TopologyDocument::TopologyDocument(const TypeCatalog &catalog,
                                   QObject *parent,
                                   ToscaArchive archive)
    : QObject(parent)
    , m_catalog(catalog)
    , m_archive(std::move(archive))
    , m_actions(std::make_unique<DocumentActions>(this))
{
    Q_ASSERT(m_archive.topology);
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        emit modifiedChanged(!clean);
    });
}

TopologyDocument::~TopologyDocument() = default;

std::unique_ptr<TopologyDocument> TopologyDocument::open(const QString &path,
                                                         const TypeCatalog &catalog,
                                                         Diagnostics *diagnostics,
                                                         QObject *parent)
{
    // One way to open a file, whether on this thread or in the background (MainWindow).
    TopologyLoadResult result = TopologyLoadJob(path, catalog.snapshot()).run();
    *diagnostics += result.readDiagnostics;
    if (!result.isLoaded())
        return nullptr;
    return fromLoadResult(std::move(result), catalog, parent);
}

std::unique_ptr<TopologyDocument> TopologyDocument::fromLoadResult(TopologyLoadResult result,
                                                                   const TypeCatalog &catalog,
                                                                   QObject *parent)
{
    Q_ASSERT(result.isLoaded());
    std::unique_ptr<TopologyDocument> document(
        new TopologyDocument(catalog, parent, std::move(result.loaded.archive)));
    document->m_types = std::move(result.loaded.types);
    document->m_dependencies = result.loaded.dependencies;
    document->m_loadDiagnostics = std::move(result.loaded.diagnostics);
    document->m_validator = std::move(result.validator);
    document->m_incremental = std::make_unique<IncrementalValidator>(std::move(*result.validation));
    if (result.loaded.csar) {
        document->m_csarRoot = result.loaded.csar->rootPath();
        document->m_csar = std::move(result.loaded.csar);
        document->m_sourceArchivePath = result.path;
    } else {
        document->m_filePath = result.path;
        document->m_diskFingerprint = result.fingerprint;
    }
    return document;
}

TopologyLoadJob TopologyDocument::recoveryJob(const RecoveryEntry &entry,
                                              const TypeCatalog &catalog)
{
    const QString fileName = entry.originalPath.isEmpty()
                                 ? entry.displayName
                                 : QFileInfo(entry.originalPath).fileName();
    // Resolved where the original file is, as it was when the crashed session had it open.
    TopologyLoadJob job(entry.originalPath.isEmpty() ? entry.recoveryFile : entry.originalPath,
                        catalog.snapshot());
    job.setContents(entry.contents, fileName);
    return job;
}

std::unique_ptr<TopologyDocument> TopologyDocument::fromRecovery(const RecoveryEntry &entry,
                                                                 const TypeCatalog &catalog,
                                                                 Diagnostics *diagnostics,
                                                                 QObject *parent)
{
    TopologyLoadResult result = recoveryJob(entry, catalog).run();
    *diagnostics += result.readDiagnostics;
    if (!result.isLoaded())
        return nullptr;
    return fromRecoveredLoad(std::move(result), entry, catalog, parent);
}

std::unique_ptr<TopologyDocument> TopologyDocument::fromRecoveredLoad(TopologyLoadResult result,
                                                                      const RecoveryEntry &entry,
                                                                      const TypeCatalog &catalog,
                                                                      QObject *parent)
{
    std::unique_ptr<TopologyDocument> document = fromLoadResult(std::move(result), catalog, parent);
    document->m_filePath = entry.originalPath;
    document->m_diskFingerprint = entry.base;
    // Unsaved by definition: the title shows it, closing asks, and Save writes it back.
    document->m_undoStack.resetClean();
    return document;
}

std::unique_ptr<TopologyDocument> TopologyDocument::fromBytes(const QByteArray &yaml,
                                                              const QString &fileName,
                                                              const TypeCatalog &catalog,
                                                              Diagnostics *diagnostics,
                                                              QObject *parent)
{
    Diagnostics readDiagnostics;
    ToscaReader reader;
    ToscaArchive archive = reader.read(yaml, fileName, &readDiagnostics);
    *diagnostics += readDiagnostics;
    if (archive.toscaDefinitionsVersion.isEmpty() && !archive.topology)
        return nullptr;
    std::unique_ptr<TopologyDocument> document(
        new TopologyDocument(catalog, std::move(archive), parent));
    document->resolveTypes(readDiagnostics);
    return document;
}

void TopologyDocument::resolveTypes(const Diagnostics &readDiagnostics)
{
    const TopologyLoader loader(m_catalog);
    LoadedTopology loaded = loader.resolve(m_archive, readDiagnostics, m_csarRoot);
    m_types = loaded.types;
    m_typesWithImport.clear();
    m_dependencies = loaded.dependencies;
    m_loadDiagnostics = loaded.diagnostics;
    m_validator = ValidatorFactory::create(m_dependencies, &m_loadDiagnostics, m_types.get());
    m_incremental = std::make_unique<IncrementalValidator>(m_validator);
    const ValidationContext context(m_archive, *m_archive.topology, *m_types);
    m_incremental->validateAll(context);
    m_problemsDirty = true;
}

ValidationContext TopologyDocument::validationContext() const
{
    return ValidationContext(m_archive, *m_archive.topology, *m_types, m_incremental->relations());
}

QStringList TopologyDocument::sourcesOf(const QString &name) const
{
    return m_incremental->relations().sourcesOf(name);
}

void TopologyDocument::revalidate(const QSet<QString> &changed)
{
    m_incremental->update(m_archive, *m_types, changed);
    m_problemsDirty = true;
    m_problemChanges = {false, m_incremental->changedProblemNodes()};
    emit problemsChanged();
    m_problemChanges = {};
}

const Problems &TopologyDocument::problems() const
{
    if (m_problemsDirty) {
        m_problems.clear();
        for (const Diagnostic &d : m_loadDiagnostics)
            m_problems.append(Problem::fromDiagnostic(d));
        m_problems += m_incremental->problems();
        m_problems += m_serverProblems;
        m_problemsDirty = false;
    }
    return m_problems;
}

Problems TopologyDocument::problemsAbout(const QString &node) const
{
    Problems problems;
    if (node.isEmpty()) {
        for (const Diagnostic &d : m_loadDiagnostics)
            problems.append(Problem::fromDiagnostic(d));
    }
    problems += m_incremental->problemsAbout(node);
    problems += serverProblemsAbout(node);
    return problems;
}

int TopologyDocument::problemCount(Severity severity) const
{
    int count = m_incremental->count(severity);
    for (const Diagnostic &d : m_loadDiagnostics)
        count += d.severity == severity ? 1 : 0;
    for (const Problem &problem : m_serverProblems)
        count += problem.severity == severity ? 1 : 0;
    return count;
}

Problems TopologyDocument::problemsOf(const QString &node) const
{
    return m_incremental->problemsOf(node) + serverProblemsAbout(node);
}

Problems TopologyDocument::serverProblemsAbout(const QString &node) const
{
    Problems problems;
    for (const Problem &problem : m_serverProblems) {
        if (problem.node == node)
            problems.append(problem);
    }
    return problems;
}

bool TopologyDocument::isServerProblem(const Problem &problem)
{
    return problem.code.startsWith(QLatin1String("A4C-"));
}

void TopologyDocument::setServerProblems(const Problems &problems, const QString &server)
{
    Problems kept;
    for (const Problem &problem : problems) {
        if (isServerProblem(problem))
            kept.append(problem);
    }
    if (kept.isEmpty() && m_serverProblems.isEmpty())
        return;
    m_serverProblems = kept;
    m_serverProblemsSource = kept.isEmpty() ? QString() : server;
    m_problemsDirty = true;
    emit serverProblemsChanged();
    emit problemsChanged();
}

void TopologyDocument::clearServerProblems()
{
    setServerProblems({}, QString());
}

bool TopologyDocument::save(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = serialize();
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    m_diskFingerprint = FileFingerprint::ofWritten(path, bytes);
    m_undoStack.setClean();
    setFilePath(QFileInfo(path).absoluteFilePath());
    return true;
}

bool TopologyDocument::isChangedOnDisk() const
{
    if (m_filePath.isEmpty() || m_diskFingerprint.isNull())
        return false;
    return FileFingerprint::of(m_filePath).differsFrom(m_diskFingerprint);
}

QByteArray TopologyDocument::serialize() const
{
    // One definition of "the bytes a save writes", shared with CSAR export and push.
    return CsarExporter::serialize(m_archive);
}

CsarExporter::Source TopologyDocument::csarSource() const
{
    CsarExporter::Source source;
    source.archive = m_archive;
    source.definitions = serialize();
    if (m_filePath.isEmpty() && !m_sourceArchivePath.isEmpty())
        source.definitionsFileName = QFileInfo(m_archive.filePath).fileName();
    else if (!m_filePath.isEmpty())
        source.definitionsFileName = QFileInfo(m_filePath).fileName();
    source.rootPath = resourceFolder();
    source.dependencies = m_dependencies;
    source.types = m_types;
    source.loadDiagnostics = m_loadDiagnostics;
    source.csar = m_csar;
    return source;
}

void TopologyDocument::setFilePath(const QString &path)
{
    if (m_filePath == path)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

QString TopologyDocument::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    if (!m_sourceArchivePath.isEmpty())
        return QFileInfo(m_sourceArchivePath).fileName();
    return tr("Untitled");
}

QString TopologyDocument::resourceFolder() const
{
    if (m_csar)
        return m_csarRoot;
    return m_filePath.isEmpty() ? QString() : QFileInfo(m_filePath).absolutePath();
}

QString TopologyDocument::uniqueNodeName(const QString &base) const
{
    QString clean;
    for (const QChar c : base) {
        const bool word = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                          || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                          || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                          || c == QLatin1Char('_');
        clean += word ? c : QLatin1Char('_');
    }
    if (clean.isEmpty())
        clean = QStringLiteral("Node");
    if (!topology().contains(clean))
        return clean;
    // MesosSlave, MesosSlave_2, MesosSlave_3: the numbering Alien4Cloud's editor uses.
    static const QRegularExpression numbered(QStringLiteral("^(.*)_(\\d+)$"));
    const QRegularExpressionMatch match = numbered.match(clean);
    const QString stem = match.hasMatch() ? match.captured(1) : clean;
    for (int i = 2;; ++i) {
        const QString candidate = stem + QLatin1Char('_') + QString::number(i);
        if (!topology().contains(candidate))
            return candidate;
    }
}

const TypeRegistry &TopologyDocument::typesWithImport(const CatalogEntry &entry) const
{
    for (const ArchiveImport &import : m_archive.imports) {
        if (import.name == entry.name && import.version == entry.version)
            return *m_types;
    }
    auto cached = m_typesWithImport.constFind(entry.id());
    if (cached != m_typesWithImport.constEnd())
        return **cached;
    ToscaArchive extended = m_archive;
    ArchiveImport import;
    import.name = entry.name;
    import.version = entry.version;
    extended.imports.append(import);
    const TopologyLoader loader(m_catalog);
    std::shared_ptr<const TypeRegistry> types = loader.resolve(extended, {}).types;
    m_typesWithImport.insert(entry.id(), types);
    return *types;
}

const CatalogEntry *TopologyDocument::archiveDeclaring(const QString &nodeType) const
{
    // Several versions of an archive may declare the type; the palette shows the one the
    // catalog offers this topology, so a drop imports what was shown.
    for (const CatalogEntry *entry : m_catalog.entries()) {
        const bool declares = std::any_of(
            entry->archive.types.cbegin(), entry->archive.types.cend(), [&](const auto &type) {
                return type.kind == TypeKind::Node && type.name == nodeType;
            });
        if (declares && entry->version == m_catalog.versionToOffer(entry->name, m_dependencies))
            return entry;
    }
    return nullptr;
}

QList<const TypeDefinition *> TopologyDocument::nodeTypesOnOffer() const
{
    QList<const TypeDefinition *> offered = m_types->types(TypeKind::Node);
    QSet<QString> names;
    for (const TypeDefinition *type : std::as_const(offered))
        names.insert(type->name);
    for (const CatalogEntry *entry : m_catalog.entries()) {
        if (entry->version != m_catalog.versionToOffer(entry->name, m_dependencies))
            continue;
        for (const TypeDefinition &type : entry->archive.types) {
            if (type.kind == TypeKind::Node && !names.contains(type.name)) {
                names.insert(type.name);
                offered.append(&type);
            }
        }
    }
    return offered;
}

void TopologyDocument::applyNodeStates(const NodeStates &states,
                                       const NodeRenames &renames,
                                       const TopologySections *sections)
{
    TopologyTemplate &topology = *m_archive.topology;
    QHash<QString, bool> existed;
    QSet<QString> present;
    for (const NodeState &state : states) {
        Q_ASSERT(!state.node || state.node->name == state.name);
        existed.insert(state.name, topology.contains(state.name));
        if (state.node)
            present.insert(state.name);
    }
    // A pair counts as a rename only when one slot really goes and the other really comes.
    NodeRenames renamed;
    for (auto it = renames.cbegin(); it != renames.cend(); ++it) {
        if (existed.value(it.key()) && !present.contains(it.key()) && !existed.value(it.value())
            && present.contains(it.value()))
            renamed.insert(it.key(), it.value());
    }
    // What changed in each node that stays, judged before its old version is replaced.
    QHash<QString, NodeParts> changedParts;
    for (const NodeState &state : states) {
        const QString was = renamed.key(state.name, state.name);
        if (state.node && existed.value(was))
            changedParts.insert(state.name, differingParts(*topology.node(was), *state.node));
    }
    for (auto it = existed.cbegin(); it != existed.cend(); ++it) {
        if (it.value() && !changedParts.contains(renamed.value(it.key(), it.key())))
            emit nodeAboutToBeRemoved(it.key());
    }
    replaceSlots(states, existed, renamed);
    emitNodeChanges(existed, present, renamed, changedParts);
    QSet<QString> changed;
    for (auto it = existed.cbegin(); it != existed.cend(); ++it)
        changed.insert(it.key());
    if (sections && *sections != TopologySections::of(topology)) {
        sections->applyTo(topology);
        emit sectionsChanged();
        // Any node may use an input, and rules of the whole topology read the outputs.
        for (const NodeTemplate &node : topology.nodes())
            changed.insert(node.name);
    }
    revalidate(changed);
    emit editFinished();
}

void TopologyDocument::replaceSlots(const NodeStates &states,
                                    const QHash<QString, bool> &existed,
                                    const NodeRenames &renamed)
{
    TopologyTemplate &topology = *m_archive.topology;
    // Most edits change nodes in their slots (a property, a requirement, a rename): those are
    // replaced where they are, as taking them out and back would move every node after them.
    const auto keepsSlot = [&](const NodeState &state) {
        if (!state.node) // a renamed node's old name: its slot goes to the new name
            return renamed.contains(state.name);
        const QString was = renamed.key(state.name, state.name);
        return existed.value(was) && topology.indexOf(was) == state.index;
    };
    if (std::all_of(states.cbegin(), states.cend(), keepsSlot)) {
        for (const NodeState &state : states) {
            if (state.node)
                topology.replaceNode(state.index, *state.node);
        }
        return;
    }
    // Otherwise take every named slot out (highest index first so the others stay valid), then
    // put back the ones that exist afterwards in ascending order: one rule for adds, removals,
    // replacements and renames.
    QList<int> removals;
    for (auto it = existed.cbegin(); it != existed.cend(); ++it) {
        if (it.value())
            removals.append(topology.indexOf(it.key()));
    }
    topology.removeNodesAt(removals);
    NodeStates additions;
    for (const NodeState &state : states) {
        if (state.node)
            additions.append(state);
    }
    std::sort(additions.begin(), additions.end(), [](const NodeState &a, const NodeState &b) {
        return a.index < b.index;
    });
    // Each goes in turn to its slot (or the end), moving those put in before it at or after
    // that slot: the slots they all end up in go in at once.
    QList<std::pair<int, NodeTemplate>> inserted;
    int count = topology.nodeCount();
    for (const NodeState &state : std::as_const(additions)) {
        const int index = state.index < 0 ? count : qMin(state.index, count);
        for (auto &earlier : inserted) {
            if (earlier.first >= index)
                ++earlier.first;
        }
        inserted.append({index, *state.node});
        ++count;
    }
    std::stable_sort(inserted.begin(), inserted.end(), [](const auto &a, const auto &b) {
        return a.first < b.first;
    });
    topology.insertNodes(inserted);
}

void TopologyDocument::emitNodeChanges(const QHash<QString, bool> &existed,
                                       const QSet<QString> &present,
                                       const NodeRenames &renamed,
                                       const QHash<QString, NodeParts> &changedParts)
{
    QSet<QString> renamedTo;
    for (auto it = renamed.cbegin(); it != renamed.cend(); ++it)
        renamedTo.insert(it.value());
    for (auto it = existed.cbegin(); it != existed.cend(); ++it) {
        const QString &name = it.key();
        const bool now = present.contains(name);
        if (renamed.contains(name)) {
            emit nodeRenamed(name, renamed.value(name));
            continue;
        }
        if (renamedTo.contains(name))
            continue;
        if (it.value() && !now)
            emit nodeRemoved(name);
        else if (!it.value() && now)
            emit nodeAdded(name);
    }
    for (auto it = changedParts.cbegin(); it != changedParts.cend(); ++it) {
        if (it.value() || !renamedTo.contains(it.key()))
            emit nodeChanged(it.key(), it.value());
    }
}

void TopologyDocument::setNodePositions(const QHash<QString, QPointF> &positions)
{
    TopologyTemplate &topology = *m_archive.topology;
    QStringList moved;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        if (NodeTemplate *node = topology.node(it.key())) {
            node->position = it.value();
            moved.append(it.key());
        }
    }
    if (!moved.isEmpty())
        emit nodesMoved(moved);
    emit editFinished();
}

void TopologyDocument::setHeader(const QString &name,
                                 const QString &version,
                                 const QString &author,
                                 const QString &description)
{
    m_archive.name = name;
    m_archive.version = version;
    m_archive.author = author;
    m_archive.description = description;
    emit headerChanged();
    emit editFinished();
}

void TopologyDocument::setImports(const ArchiveImports &imports)
{
    m_archive.imports = imports;
    resolveTypes({});
    emit documentReset();
    emit problemsChanged();
    emit editFinished();
}

void TopologyDocument::setMetadataTags(const QList<std::pair<QString, QString>> &tags)
{
    m_archive.metadataTags = tags;
    emit headerChanged();
    emit editFinished();
}

void TopologyDocument::reset(const ToscaArchive &archive)
{
    m_archive = archive;
    // A different topology: what the server said about the old one no longer applies.
    const bool hadServerProblems = !m_serverProblems.isEmpty();
    m_serverProblems.clear();
    m_serverProblemsSource.clear();
    if (!m_archive.topology) {
        TopologyTemplate topology;
        topology.extras = Value::map();
        m_archive.topology = topology;
    }
    resolveTypes({});
    emit documentReset();
    emit headerChanged();
    if (hadServerProblems)
        emit serverProblemsChanged();
    emit problemsChanged();
    emit editFinished();
}

} // namespace Topologist
