// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogentry.h"
#include "csar/csarexporter.h"
#include "model/nodeparts.h"
#include "model/topologysections.h"
#include "model/toscaarchive.h"
#include "nodestate.h"
#include "problemchanges.h"
#include "recovery/filefingerprint.h"
#include "support/diagnostic.h"
#include "types/typeregistry.h"
#include "validation/problem.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QSet>
#include <QString>
#include <QUndoStack>

#include <memory>

namespace Topologist {

class DocumentActions;
class IncrementalValidator;
class ValidationContext;
struct RecoveryEntry;
struct TopologyLoadResult;
class TopologyLoadJob;
class TypeCatalog;
class UnpackedCsar;
class Validator;

/// One open topology: the single source of truth every view observes.
///
/// It owns the archive (header, imports, node templates), the types its imports resolve to, the
/// undo stack and the live problem list. Views never change it directly: they push commands,
/// and commands call the raw mutators below, which emit the fine-grained signals the scene,
/// property editor, outline and problem list listen to. After every mutation the problems of
/// the affected nodes are re-checked (see IncrementalValidator) and problemsChanged() is emitted.
class TopologyDocument : public QObject
{
    Q_OBJECT

public:
    /// An empty topology importing the normative types, as File > New gives.
    explicit TopologyDocument(const TypeCatalog &catalog, QObject *parent = nullptr);
    ~TopologyDocument() override;

    /// Reads `path`, a YAML file or a CSAR (.csar/.zip or a zip signature). Null with
    /// `diagnostics` explaining why when the file cannot be parsed at all, or when a CSAR is
    /// refused (not a zip, unsafe entries, bomb...); a file with errors still opens.
    ///
    /// A CSAR is unpacked into a temporary folder the document keeps while it lives (its scripts
    /// and artifacts are there, for export and push). Such a document has no filePath(): saving
    /// must go through Save As, never into the temporary folder (see isFromArchive()).
    static std::unique_ptr<TopologyDocument> open(const QString &path,
                                                  const TypeCatalog &catalog,
                                                  Diagnostics *diagnostics,
                                                  QObject *parent = nullptr);
    /// The document a finished TopologyLoadJob describes (its status must be Loaded): it takes
    /// the job's archive, types and validation as they are, so building it costs no second
    /// validation. Call on the thread the document is to live on.
    static std::unique_ptr<TopologyDocument> fromLoadResult(TopologyLoadResult result,
                                                            const TypeCatalog &catalog,
                                                            QObject *parent = nullptr);
    /// A document from YAML text (bundled templates, tests).
    static std::unique_ptr<TopologyDocument> fromBytes(const QByteArray &yaml,
                                                       const QString &fileName,
                                                       const TypeCatalog &catalog,
                                                       Diagnostics *diagnostics,
                                                       QObject *parent = nullptr);

    /// A document from an autosave a crashed session left: bound to the entry's original path
    /// (empty for a topology never saved), modified, so Save writes where it came from, and
    /// comparing that file with the entry's base so a file changed since is not overwritten
    /// unasked. Null with `diagnostics` when the saved YAML cannot be read.
    static std::unique_ptr<TopologyDocument> fromRecovery(const RecoveryEntry &entry,
                                                          const TypeCatalog &catalog,
                                                          Diagnostics *diagnostics,
                                                          QObject *parent = nullptr);
    /// The job fromRecovery() runs (DocumentLoader runs it in the background): it reads the
    /// entry's contents, resolved where its original file is.
    static TopologyLoadJob recoveryJob(const RecoveryEntry &entry, const TypeCatalog &catalog);
    /// fromRecovery() from that job's finished result, without validating again.
    static std::unique_ptr<TopologyDocument> fromRecoveredLoad(TopologyLoadResult result,
                                                               const RecoveryEntry &entry,
                                                               const TypeCatalog &catalog,
                                                               QObject *parent = nullptr);

    /// Writes the topology atomically (QSaveFile): on failure the previous file is intact.
    bool save(const QString &path, QString *error);
    /// The YAML that save() writes.
    QByteArray serialize() const;
    /// Everything CsarExporter::exportTopology() and Alien4CloudPush::start() need to export or
    /// push this document as it is now (edits included, saved or not): the archive, serialize(),
    /// resourceFolder(), dependencies, types, load diagnostics, and the unpacked CSAR it may
    /// come from.
    CsarExporter::Source csarSource() const;

    const TypeCatalog &catalog() const { return m_catalog; }
    const ToscaArchive &archive() const { return m_archive; }
    const TopologyTemplate &topology() const { return *m_archive.topology; }
    const TypeRegistry &types() const { return *m_types; }
    /// A validation context on the topology as it is now. It shares the relations the document
    /// keeps current, so building one costs nothing in proportion to the topology.
    ValidationContext validationContext() const;
    /// The nodes whose requirements point at `name`, in topology order.
    QStringList sourcesOf(const QString &name) const;
    std::shared_ptr<const TypeRegistry> sharedTypes() const { return m_types; }
    const QList<const CatalogEntry *> &dependencies() const { return m_dependencies; }
    /// Problems of loading (unknown imports, YAML warnings) that are not node problems.
    const Diagnostics &loadDiagnostics() const { return m_loadDiagnostics; }
    const Problems &problems() const;
    Problems problemsOf(const QString &node) const;
    /// The problems that concern `node` (Problem::node; empty: no node), in problems() order.
    Problems problemsAbout(const QString &node) const;
    /// What the last problemsChanged() concerns: views that show problems look again at those
    /// nodes only, so an edit costs them what it touched.
    const ProblemChanges &lastProblemChanges() const { return m_problemChanges; }
    /// How many problems of `severity` problems() holds, without building it.
    int problemCount(Severity severity) const;
    QUndoStack *undoStack() { return &m_undoStack; }
    /// Every user-level edit of this document, checked (the one way views change it).
    DocumentActions &actions() { return *m_actions; }

    /// What Alien4Cloud said about this topology on the last push (its parse errors, codes
    /// "A4C-<ErrorCode>", already mapped onto nodes): shown with the validator's problems in
    /// problems() and problemsOf(), so every view that shows problems shows them too.
    ///
    /// They are the server's verdict on the topology as it was pushed, not something the
    /// validator can re-check: they stay, unchanged by edits, until the next push replaces them,
    /// the user clears them or the document is reset. Not model edits, so not undoable and not
    /// saved. Problems whose code does not start with "A4C-" are ignored: local validation
    /// errors are already in the list.
    void setServerProblems(const Problems &problems, const QString &server);
    void clearServerProblems();
    const Problems &serverProblems() const { return m_serverProblems; }
    /// The server that reported them ("https://a4c:8088"); empty when there are none.
    QString serverProblemsSource() const { return m_serverProblemsSource; }
    /// Whether a problem came from Alien4Cloud rather than from the validator.
    static bool isServerProblem(const Problem &problem);

    /// The YAML file save() writes to; empty for a new topology and for one opened from a CSAR
    /// and not saved since.
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    /// File name for titles and tabs: the file's, the CSAR's for a document opened from one and
    /// not saved since, "Untitled" for a new topology.
    QString displayName() const;
    /// Opened from a CSAR and not saved to a YAML file since: File > Save must ask for a file
    /// name (Save As) instead of writing anywhere near the unpacked copy.
    bool isFromArchive() const { return m_csar != nullptr && m_filePath.isEmpty(); }
    /// The CSAR this document was opened from (kept after a Save As); empty otherwise.
    QString sourceArchivePath() const { return m_sourceArchivePath; }
    /// The folder the topology's relative references (artifacts, scripts) resolve against: the
    /// unpacked CSAR's root for a document opened from one (even after a Save As, since the
    /// files are there), else the folder of filePath(); empty for a new topology. Export and
    /// push take the files from here.
    QString resourceFolder() const;
    bool isModified() const { return !m_undoStack.isClean(); }

    /// filePath() as this document last read or wrote it (null when it has no file).
    FileFingerprint diskFingerprint() const { return m_diskFingerprint; }
    /// Whether another program changed, replaced or deleted filePath() since this document read
    /// or wrote it: Save must ask before overwriting it, and the designer offers a reload.
    bool isChangedOnDisk() const;

    /// A name no node has yet, derived from `base` and accepted by Alien4Cloud (^\w+$).
    QString uniqueNodeName(const QString &base) const;
    /// The types this topology would have if it also imported `entry` (cached until the imports
    /// change): how the palette and the canvas judge types the topology does not import yet.
    const TypeRegistry &typesWithImport(const CatalogEntry &entry) const;
    /// The catalog archive that declares a node type, or null.
    const CatalogEntry *archiveDeclaring(const QString &nodeType) const;
    /// Every node type a node of this topology can have: the topology's own and imported ones,
    /// then those of the archives the type library offers it (see archiveDeclaring()), one per
    /// name. Declared, not resolved; valid until the imports or the catalog change.
    QList<const TypeDefinition *> nodeTypesOnOffer() const;

    // Raw mutators: called by commands only, so that every change is undoable.

    /// Puts each node slot in the given state (adds, replaces or removes nodes). A slot that
    /// goes and one that comes under a name `renames` pairs with it are one renamed node. With
    /// `sections`, the topology's inputs, outputs, groups and policies become those.
    void applyNodeStates(const NodeStates &states,
                         const NodeRenames &renames = {},
                         const TopologySections *sections = nullptr);
    /// Canvas positions; not validated, saved with the file.
    void setNodePositions(const QHash<QString, QPointF> &positions);
    /// Archive name, version, author and description.
    void setHeader(const QString &name,
                   const QString &version,
                   const QString &author,
                   const QString &description);
    /// Replaces the imports and re-resolves every type.
    void setImports(const ArchiveImports &imports);
    /// The other `metadata:` entries (Alien4Cloud's tags; the record of merge conflicts).
    void setMetadataTags(const QList<std::pair<QString, QString>> &tags);
    /// Replaces everything (File > Revert).
    void reset(const ToscaArchive &archive);

signals:
    // What an edit did, told once the model is consistent again (any node can be read), then
    // problemsChanged(), then editFinished(). Views follow these; none compares before and after.
    void nodeAdded(const QString &name);
    void nodeAboutToBeRemoved(const QString &name);
    void nodeRemoved(const QString &name);
    /// The node `from` is now called `to` (its other parts may have changed too: nodeChanged
    /// follows then). Relationships that targeted it were retargeted: their sources report a
    /// nodeChanged with NodePart::Requirements.
    void nodeRenamed(const QString &from, const QString &to);
    /// Node `name` is still there, changed in `parts` (empty when it is unchanged after all).
    void nodeChanged(const QString &name, Topologist::NodeParts parts);
    void nodesMoved(const QStringList &names);
    void headerChanged();
    /// The topology's inputs, outputs, groups or policies changed (after any node signals of
    /// the same edit).
    void sectionsChanged();
    /// Imports changed or the whole document was reset: every view should rebuild.
    void documentReset();
    /// The problem list changed: after an edit, or when Alien4Cloud's problems were set.
    void problemsChanged();
    /// The end of one edit (a command's redo or undo, a move, a reset): what views collected
    /// from the signals above can be applied now.
    void editFinished();
    /// The Alien4Cloud problems were set or cleared (problemsChanged() follows).
    void serverProblemsChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    TopologyDocument(const TypeCatalog &catalog, ToscaArchive archive, QObject *parent);
    /// A document whose types and problems the caller sets (see fromLoadResult).
    TopologyDocument(const TypeCatalog &catalog, QObject *parent, ToscaArchive archive);
    void resolveTypes(const Diagnostics &readDiagnostics);
    void revalidate(const QSet<QString> &changed);
    Problems serverProblemsAbout(const QString &node) const;
    void replaceSlots(const NodeStates &states,
                      const QHash<QString, bool> &existed,
                      const NodeRenames &renamed);
    void emitNodeChanges(const QHash<QString, bool> &existed,
                         const QSet<QString> &present,
                         const NodeRenames &renamed,
                         const QHash<QString, NodeParts> &changedParts);

    const TypeCatalog &m_catalog;
    ToscaArchive m_archive;
    std::shared_ptr<const TypeRegistry> m_types;
    QList<const CatalogEntry *> m_dependencies;
    Diagnostics m_loadDiagnostics;
    std::shared_ptr<Validator> m_validator;
    std::unique_ptr<IncrementalValidator> m_incremental;
    mutable QHash<QString, std::shared_ptr<const TypeRegistry>> m_typesWithImport;
    mutable Problems m_problems;
    ProblemChanges m_problemChanges;
    mutable bool m_problemsDirty = true;
    Problems m_serverProblems;
    QString m_serverProblemsSource;
    QUndoStack m_undoStack;
    std::unique_ptr<DocumentActions> m_actions;
    QString m_filePath;
    FileFingerprint m_diskFingerprint;
    /// The unpacked CSAR of a document opened from one: kept alive as long as the document.
    std::shared_ptr<const UnpackedCsar> m_csar;
    QString m_csarRoot;
    QString m_sourceArchivePath;
};

} // namespace Topologist
