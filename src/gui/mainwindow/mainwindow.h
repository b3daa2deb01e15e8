// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/diagnostic.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QMessageBox;
class QUndoView;

namespace Topologist {

class CanvasWidget;
class CompareController;
class ConflictsPanel;
class DocumentAutosaver;
class EditedNodes;
class DocumentLoader;
class LoadProgressIndicator;
class FileChangeMonitor;
struct RecoveryEntry;
class ExportCsarDialog;
class PushDialog;
class OutlineWidget;
class ProblemList;
class GroupsPoliciesPanel;
class ProblemMember;
class InputsOutputsPanel;
class SubstitutionPanel;
class PropertyEditor;
class RecentFiles;
class SelectionModel;
class TopologyDocument;
class TypeCatalog;
class TypeLibraryManager;
class TypePalette;
class TypeLibrariesDialog;
class WorkflowView;

/// The designer's window: one topology at a time, with the canvas in the centre and dockable
/// palette, outline, properties, problems and undo history. It owns the document and wires the
/// views to it; editing actions (cut, copy, paste, delete, duplicate, rename) are carried out
/// here through DocumentActions so every view shares them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(TypeCatalog &catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a topology file (YAML or CSAR) in the background, asking first when the current
    /// one has unsaved changes: reading, resolving and validating run on a worker thread while
    /// the window goes on (the status bar shows how far, with Cancel). False when the user kept
    /// the current document; otherwise openFinished() follows. Opening another file meanwhile
    /// cancels this one. The current document stays as it is until the new one has loaded; a
    /// file that cannot be read gives a message and changes nothing.
    bool openFile(const QString &path);
    /// A file is being opened (or reverted, reloaded, restored) in the background.
    bool isOpening() const;
    /// The status bar's progress of the file being opened, for tests.
    LoadProgressIndicator *loadProgressIndicator() const { return m_loadIndicator; }
    /// A new topology: empty, or from one of the bundled templates (":/examples/...").
    bool newDocument(const QString &templatePath = QString());

    TopologyDocument *document() const { return m_document.get(); }
    SelectionModel *selection() const { return m_selection; }
    CanvasWidget *canvas() const { return m_canvas; }
    PropertyEditor *propertyEditor() const { return m_properties; }
    ProblemList *problemList() const { return m_problems; }
    WorkflowView *workflowView() const { return m_workflows; }
    TypePalette *palette() const { return m_palette; }
    OutlineWidget *outline() const { return m_outline; }
    /// File > Compare With and the Changes dock.
    CompareController *compareController() const { return m_compare; }
    /// The conflicts a merge left in the open file, and their dock.
    ConflictsPanel *conflictsPanel() const { return m_conflicts; }
    /// The action called `name` (objectName), for tests and shortcuts.
    QAction *action(const QString &name) const;
    /// The push dialog while it is open, for tests.
    PushDialog *pushDialog() const;
    /// The export dialog while it is open, for tests.
    ExportCsarDialog *exportCsarDialog() const;
    TypeLibraryManager *typeLibraries() const { return m_libraries; }
    /// The Type Libraries dialog while it is open, for tests.
    TypeLibrariesDialog *typeLibrariesDialog() const;
    /// The offer shown after opening a topology whose imports no library holds, for tests.
    QMessageBox *missingImportsBox() const;
    /// The question shown when another program changed the open file (reload or keep), for
    /// tests.
    QMessageBox *changedOnDiskBox() const;
    /// The current document's autosave, for tests.
    DocumentAutosaver *autosaver() const { return m_autosaver.get(); }

    /// At start-up: offers each document a crashed session left unsaved (restore, compare,
    /// discard or later), one dialog after the other.
    void offerRecovery();
    /// Opens a recovered document, modified and bound to its file, in this window when it holds
    /// only an empty new topology (and loads nothing), else in a new window. It loads in the
    /// background as openFile() does, and that window's openFinished() tells the end; recovered
    /// YAML that cannot be read gives a message and changes nothing.
    void restoreRecovered(const RecoveryEntry &entry);

signals:
    /// A background load ended (an open, a revert, a reload after a change on disk, or a
    /// restore after a crash): @p opened when the document of @p path is now this window's;
    /// false when it was cancelled, unreadable, or replaced by a newer load.
    void openFinished(const QString &path, bool opened);

public slots:
    /// Stops opening a file; the current document stays.
    void cancelOpen();
    bool save();
    bool saveAs();
    /// File > Revert: once confirmed, reads the file again in the background (as openFile());
    /// the edited document stays until the file has loaded, and stays if it is cancelled or
    /// unreadable.
    void revert();
    void cut();
    void copy();
    void paste();
    /// Selects and brings into view what the last undo or redo changed.
    void showLastStep();
    void deleteSelection();
    void duplicateSelection();
    void renameSelection();
    /// Edit > Change Type: the dialog for the one selected node (modal).
    void changeTypeOfSelection();
    /// Brings up the panel that shows `member` (a problem of no node was double-clicked).
    void revealMember(const ProblemMember &member);
    /// Edit > Group Selection: a new group of the selected nodes, shown in its panel.
    void groupSelection();
    /// The Change Type dialog for `node`; true when its type was changed.
    bool changeType(const QString &node);
    void selectAll();
    void exportDiagram();
    /// File > Export CSAR: opens the export dialog (window-modal, not blocking).
    void exportCsar();
    /// File > Export Standard TOSCA: asks for a file, writes it, reports what was left out.
    void exportStandardTosca();
    /// File > Push to Alien4Cloud: opens the push dialog (window-modal, not blocking).
    void pushToAlien4Cloud();
    void addTypeArchive();
    /// Types > Type Libraries…: the library folders and what each holds (not blocking).
    void showTypeLibraries();
    void showFixes();
    void showManual();
    void showShortcuts();
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createFileActions();
    void createEditActions();
    void createViewActions();
    void createHelpActions();
    void createMenus();
    void createToolBars();
    /// The window's edit commands on the canvas's card menu.
    void createCanvasMenu();
    void createDocks();
    void createStatusBar();
    void readSettings();
    void writeSettings();
    /// Asks Save / Discard / Cancel when the document has unsaved changes; true to go on.
    bool maybeSave();
    void setDocument(std::unique_ptr<TopologyDocument> document);
    /// What a background load is for, and what becomes of what it gives.
    struct LoadPurpose
    {
        /// The status message when it is cancelled, %1 the file.
        QString cancelled;
        /// Edits made to the document while it loaded: asked about (an open), or they keep
        /// the document and the load is dropped (a revert, whose question came before them).
        bool askAboutEdits = true;
        /// The file is no topology (any more): tell the user; the document stays.
        std::function<void(const Diagnostics &)> unreadable;
        /// Installs the loaded document (setDocument() and what goes with it).
        std::function<void(std::unique_ptr<TopologyDocument>)> install;
    };
    /// Runs @p loader in the background with the status bar's progress and Cancel, replacing
    /// any load in progress; the current document stays until @p purpose installs the result.
    void startLoad(std::unique_ptr<DocumentLoader> loader, LoadPurpose purpose);
    void loadFinished();
    /// Revert and reload: the file's document replaces this one, unmodified.
    void installReloaded(std::unique_ptr<TopologyDocument> document);
    /// Cancels the running open without waiting for it and forgets it.
    void abandonOpen();
    void showUnreadable(const QString &path, const Diagnostics &diagnostics);
    static QString excerptOf(const QString &path, const Diagnostics &diagnostics);
    /// Whether the document shown when the open began was edited since.
    bool editedWhileOpening() const;
    void updateTitle();
    void updateActions();
    void updateProblemSummary();
    /// After opening: imports that no type library holds get a way on (another version, or a
    /// library folder) instead of a dead end.
    void offerMissingImports();
    void librariesChanged();
    /// Another program changed, replaced or deleted the open file: reload or keep (not
    /// blocking). Keeping leaves the document as it is; the next Save asks before overwriting.
    void offerReload(const QString &path, bool deleted);
    void reloadFromDisk();
    /// Before File > Save writes over a file changed on disk since it was read: true to go on.
    bool confirmOverwriteChangedFile();
    void showMessage(const QString &message, int timeout = 4000);
    QAction *addAction(const QString &name,
                       const QString &text,
                       const QIcon &icon,
                       const QKeySequence &shortcut = QKeySequence());

    TypeCatalog &m_catalog;
    TypeLibraryManager *m_libraries;
    std::unique_ptr<TopologyDocument> m_document;
    /// The background open in progress, if any.
    std::unique_ptr<DocumentLoader> m_loader;
    LoadPurpose m_loadPurpose;
    /// The document and its undo position when the open began (see editedWhileOpening()).
    const TopologyDocument *m_documentAtOpen = nullptr;
    int m_undoIndexAtOpen = 0;
    /// The job resolved against the libraries as they were when it began.
    bool m_librariesChangedWhileOpening = false;
    LoadProgressIndicator *m_loadIndicator = nullptr;
    /// Declared after the document, so they go first: they observe it.
    std::unique_ptr<DocumentAutosaver> m_autosaver;
    std::unique_ptr<FileChangeMonitor> m_fileMonitor;
    SelectionModel *m_selection;
    RecentFiles *m_recentFiles;
    CanvasWidget *m_canvas;
    EditedNodes *m_editedNodes;
    TypePalette *m_palette = nullptr;
    OutlineWidget *m_outline = nullptr;
    PropertyEditor *m_properties = nullptr;
    ProblemList *m_problems = nullptr;
    InputsOutputsPanel *m_inputsOutputs = nullptr;
    GroupsPoliciesPanel *m_groupsPolicies = nullptr;
    SubstitutionPanel *m_substitution = nullptr;
    WorkflowView *m_workflows = nullptr;
    CompareController *m_compare = nullptr;
    ConflictsPanel *m_conflicts = nullptr;
    QUndoView *m_undoView = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_problemSummary = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QPointer<PushDialog> m_pushDialog;
    QPointer<TypeLibrariesDialog> m_librariesDialog;
    QPointer<QMessageBox> m_missingImportsBox;
    QPointer<QMessageBox> m_changedOnDiskBox;
    QPointer<ExportCsarDialog> m_exportDialog;
    bool m_pushRunning = false;
};

} // namespace Topologist
