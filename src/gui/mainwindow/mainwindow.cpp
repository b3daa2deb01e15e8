// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/mainwindow.h"
#include "mainwindow/editednodes.h"
#include "mainwindow/firstwindowgeometry.h"
#include "plaintext.h"
#include "support/sourceexcerpt.h"

#include "libraries/typelibrariesdialog.h"
#include "libraries/typelibrarymanager.h"

#include "apptheme.h"
#include "canvas/canvasstyle.h"
#include "canvas/canvasview.h"
#include "canvas/canvaswidget.h"
#include "catalog/missingimports.h"
#include "catalog/typecatalog.h"
#include "clipboard/nodeclipboard.h"
#include "compare/comparecontroller.h"
#include "compare/conflictspanel.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/changetypedialog.h"
#include "dialogs/exportcsardialog.h"
#include "dialogs/manualdialog.h"
#include "dialogs/pushdialog.h"
#include "dialogs/pushresultview.h"
#include "dialogs/shortcutsdialog.h"
#include "dialogs/standardexport.h"
#include "documentactions.h"
#include "documentautosaver.h"
#include "documentloader.h"
#include "filechangemonitor.h"
#include "groupactions.h"
#include "icons.h"
#include "mainwindow/loadprogressindicator.h"
#include "mainwindow/recentfiles.h"
#include "outline/outlinewidget.h"
#include "palette/typepalette.h"
#include "problems/problemlist.h"
#include "properties/propertyeditor.h"
#include "recovery/recoverydialog.h"
#include "recovery/recoverystore.h"
#include "sections/groupspoliciespanel.h"
#include "sections/inputsoutputspanel.h"
#include "sections/substitutionpanel.h"
#include "selectionmodel.h"
#include "statuscolors.h"
#include "topologydocument.h"
#include "types/typenames.h"
#include "validation/problemmember.h"
#include "workflow/workflowview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoView>

namespace Topologist {

namespace {

/// Room for one new card with its ports, kept free where an added node is placed.
const QSizeF newCardSize(CanvasStyle::minNodeWidth + 40, 140);

/// A message box that shows file names and diagnostics (text from outside) as written.
void keepPlain(QMessageBox *box)
{
    box->setTextFormat(Qt::PlainText);
    // The informative text has its own label, which guesses the format by itself.
    if (auto *informative = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel")))
        informative->setTextFormat(Qt::PlainText);
}

struct BundledTemplate
{
    const char *label;
    const char *path;
};

const BundledTemplate bundledTemplates[] = {
    {QT_TRANSLATE_NOOP("MainWindow", "Mesos HA cluster"), ":/examples/mesos-ha/mesos-ha.yml"},
    {QT_TRANSLATE_NOOP("MainWindow", "Aurora on Mesos"), ":/examples/aurora/aurora.yml"},
    {QT_TRANSLATE_NOOP("MainWindow", "Marathon on Mesos"), ":/examples/marathon/marathon.yml"},
    {QT_TRANSLATE_NOOP("MainWindow", "Marathon with REX-Ray volumes"),
     ":/examples/marathon-rexray/marathon-rexray.yml"},
};

QString topologyFileFilter()
{
    return QCoreApplication::translate(
        "MainWindow",
        "TOSCA topologies (*.yml *.yaml *.csar *.zip);;YAML files (*.yml *.yaml);;"
        "CSAR archives (*.csar *.zip);;All files (*)");
}

} // namespace

MainWindow::MainWindow(TypeCatalog &catalog, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_libraries(new TypeLibraryManager(catalog, this))
    , m_selection(new SelectionModel(this))
    , m_recentFiles(new RecentFiles(this))
    , m_canvas(new CanvasWidget(catalog, this))
    , m_editedNodes(new EditedNodes(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(Icons::application());
    setAcceptDrops(true);
    setCentralWidget(m_canvas);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    // Five panels share the right column (properties, history and the topology's sections):
    // their tabs run down its edge, as in Qt Creator and IntelliJ, where each title fits.
    setTabPosition(Qt::RightDockWidgetArea, QTabWidget::East);

    auto *undoGroup = new QUndoGroup(this);
    undoGroup->setObjectName(QStringLiteral("undoGroup"));
    m_undoAction = undoGroup->createUndoAction(this, tr("&Undo"));
    m_redoAction = undoGroup->createRedoAction(this, tr("&Redo"));
    // Runs after the group's own connection has undone or redone the step.
    for (QAction *step : {m_undoAction, m_redoAction})
        connect(step, &QAction::triggered, this, &MainWindow::showLastStep);

    createActions();
    createDocks();
    createMenus();
    createToolBars();
    createCanvasMenu();
    createStatusBar();
    connect(m_recentFiles, &RecentFiles::openRequested, this, [this](const QString &path) {
        openFile(path);
    });
    connect(
        m_canvas, &CanvasWidget::statusMessage, this, [this](const QString &m) { showMessage(m); });
    connect(m_canvas, &CanvasWidget::zoomChanged, this, [this](double zoom) {
        m_zoomLabel->setText(QStringLiteral("%1 %").arg(qRound(zoom * 100)));
    });
    connect(m_selection, &SelectionModel::selectionChanged, this, [this] { updateActions(); });
    connect(
        m_libraries, &TypeLibraryManager::librariesChanged, this, &MainWindow::librariesChanged);
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, [this] { updateActions(); });

    readSettings();
    newDocument();
}

MainWindow::~MainWindow()
{
    // Stops the worker before anything it may still report to goes.
    m_loader.reset();
    // The push dialog is a child: left to ~QWidget, its `destroyed` handler would run on a
    // window whose MainWindow part is already gone (UBSan reports it).
    delete m_pushDialog;
    // Views first: they observe the document.
    m_canvas->setDocument(nullptr, nullptr);
    if (m_palette)
        m_palette->setDocument(nullptr, nullptr);
    if (m_outline)
        m_outline->setDocument(nullptr, nullptr);
    if (m_properties)
        m_properties->setDocument(nullptr, nullptr);
    if (m_problems)
        m_problems->setDocument(nullptr, nullptr);
    if (m_inputsOutputs)
        m_inputsOutputs->setDocument(nullptr);
    if (m_groupsPolicies)
        m_groupsPolicies->setDocument(nullptr, nullptr);
    if (m_substitution)
        m_substitution->setDocument(nullptr);
    if (m_workflows)
        m_workflows->setDocument(nullptr);
}

QAction *MainWindow::addAction(const QString &name,
                               const QString &text,
                               const QIcon &icon,
                               const QKeySequence &shortcut)
{
    auto *action = new QAction(icon, text, this);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    QWidget::addAction(action);
    return action;
}

QAction *MainWindow::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

PushDialog *MainWindow::pushDialog() const
{
    return m_pushDialog.data();
}

ExportCsarDialog *MainWindow::exportCsarDialog() const
{
    return m_exportDialog.data();
}

void MainWindow::createActions()
{
    createFileActions();
    createEditActions();
    createViewActions();
    createHelpActions();
}

void MainWindow::createFileActions()
{
    QAction *a
        = addAction(QStringLiteral("actionNew"), tr("&New"), Icons::newFile(), QKeySequence::New);
    a->setStatusTip(tr("Start an empty topology"));
    connect(a, &QAction::triggered, this, [this] { newDocument(); });
    a = addAction(QStringLiteral("actionOpen"), tr("&Open…"), Icons::open(), QKeySequence::Open);
    a->setStatusTip(tr("Open a TOSCA topology (YAML or CSAR)"));
    connect(a, &QAction::triggered, this, [this] {
        const QString dir = QSettings().value(QStringLiteral("lastDirectory")).toString();
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Open Topology"), dir, topologyFileFilter());
        if (!path.isEmpty())
            openFile(path);
    });
    a = addAction(QStringLiteral("actionSave"), tr("&Save"), Icons::save(), QKeySequence::Save);
    connect(a, &QAction::triggered, this, &MainWindow::save);
    a = addAction(
        QStringLiteral("actionSaveAs"), tr("Save &As…"), Icons::saveAs(), QKeySequence::SaveAs);
    connect(a, &QAction::triggered, this, &MainWindow::saveAs);
    a = addAction(QStringLiteral("actionRevert"), tr("Re&vert"), Icons::revert());
    a->setStatusTip(tr("Discard unsaved changes and reload the file"));
    connect(a, &QAction::triggered, this, &MainWindow::revert);
    a = addAction(
        QStringLiteral("actionExportDiagram"), tr("Export &Diagram…"), Icons::exportImage());
    a->setStatusTip(tr("Save the diagram as a PNG or SVG image"));
    connect(a, &QAction::triggered, this, &MainWindow::exportDiagram);
    a = addAction(QStringLiteral("actionExportCsar"),
                  tr("Export &CSAR…"),
                  Icons::exportCsar(),
                  QKeySequence(tr("Ctrl+E")));
    a->setStatusTip(tr("Write the topology as a CSAR archive Alien4Cloud can import"));
    connect(a, &QAction::triggered, this, &MainWindow::exportCsar);
    a = addAction(
        QStringLiteral("actionExportStandardTosca"), StandardExport::actionText(), QIcon());
    a->setStatusTip(tr("Write the topology as standard TOSCA for other TOSCA tools, the types "
                       "it uses included"));
    connect(a, &QAction::triggered, this, &MainWindow::exportStandardTosca);
    a = addAction(QStringLiteral("actionPushToAlien4Cloud"),
                  tr("&Push to Alien4Cloud…"),
                  Icons::push(),
                  QKeySequence(tr("Ctrl+Shift+P")));
    a->setStatusTip(tr("Upload the topology, and the type archives it needs, to an Alien4Cloud "
                       "server"));
    connect(a, &QAction::triggered, this, &MainWindow::pushToAlien4Cloud);
    a = addAction(QStringLiteral("actionAddArchive"), tr("Add Type &Archive…"), QIcon());
    a->setStatusTip(
        tr("Add your own TOSCA types (a folder, a YAML file or a CSAR) to the type library"));
    connect(a, &QAction::triggered, this, &MainWindow::addTypeArchive);
    a = addAction(QStringLiteral("actionTypeLibraries"), tr("Type &Libraries…"), QIcon());
    a->setStatusTip(tr("Folders of TOSCA archives (checkouts of archive repositories) that "
                       "topologies import from"));
    connect(a, &QAction::triggered, this, &MainWindow::showTypeLibraries);
    a = addAction(QStringLiteral("actionQuit"), tr("&Quit"), QIcon(), QKeySequence::Quit);
    a->setMenuRole(QAction::QuitRole);
    connect(a, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createEditActions()
{
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setIcon(Icons::undo());
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setIcon(Icons::redo());
    // Ctrl+Y as well as the platform's own: people come from editors that use either.
    QList<QKeySequence> redo = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redo.contains(QKeySequence(tr("Ctrl+Y"))))
        redo << QKeySequence(tr("Ctrl+Y"));
    m_redoAction->setShortcuts(redo);
    QWidget::addAction(m_undoAction);
    QWidget::addAction(m_redoAction);

    QAction *a
        = addAction(QStringLiteral("actionCut"), tr("Cu&t"), Icons::cut(), QKeySequence::Cut);
    connect(a, &QAction::triggered, this, &MainWindow::cut);
    a = addAction(QStringLiteral("actionCopy"), tr("&Copy"), Icons::copy(), QKeySequence::Copy);
    connect(a, &QAction::triggered, this, &MainWindow::copy);
    a = addAction(QStringLiteral("actionPaste"), tr("&Paste"), Icons::paste(), QKeySequence::Paste);
    connect(a, &QAction::triggered, this, &MainWindow::paste);
    a = addAction(QStringLiteral("actionDuplicate"),
                  tr("D&uplicate"),
                  Icons::duplicate(),
                  QKeySequence(tr("Ctrl+D")));
    a->setStatusTip(tr("Copy the selected nodes with everything hosted on them"));
    connect(a, &QAction::triggered, this, &MainWindow::duplicateSelection);
    a = addAction(
        QStringLiteral("actionDelete"), tr("&Delete"), Icons::remove(), QKeySequence::Delete);
    connect(a, &QAction::triggered, this, &MainWindow::deleteSelection);
    a = addAction(
        QStringLiteral("actionRename"), tr("Re&name"), Icons::rename(), QKeySequence(Qt::Key_F2));
    connect(a, &QAction::triggered, this, &MainWindow::renameSelection);
    a = addAction(QStringLiteral("actionChangeType"), tr("Change T&ype…"), QIcon());
    a->setStatusTip(tr("Give the selected node another type, keeping the values that still "
                       "apply"));
    connect(a, &QAction::triggered, this, &MainWindow::changeTypeOfSelection);
    a = addAction(QStringLiteral("actionGroupSelection"),
                  tr("&Group Selection"),
                  QIcon(),
                  QKeySequence(tr("Ctrl+G")));
    a->setStatusTip(tr("Make a group of the selected nodes, for policies to apply to"));
    connect(a, &QAction::triggered, this, &MainWindow::groupSelection);
    a = addAction(QStringLiteral("actionShowFixes"), tr("Show &Fixes…"), Icons::quickFix());
    // Alt+Enter as in Qt Creator and IntelliJ, Ctrl+. as in Visual Studio Code.
    a->setShortcuts({QKeySequence(tr("Alt+Return")), QKeySequence(tr("Ctrl+."))});
    a->setStatusTip(tr("The quick fixes of the selected problem or node"));
    connect(a, &QAction::triggered, this, &MainWindow::showFixes);
    a = addAction(
        QStringLiteral("actionAddNode"), tr("&Add Node…"), QIcon(), QKeySequence(tr("Ctrl+K")));
    a->setStatusTip(tr("Find a type by name and add it, on the selected machine when it fits"));
    connect(a, &QAction::triggered, this, [this] {
        // The Types panel may be closed, or a tab behind the Outline.
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("paletteDock"))) {
            dock->show();
            dock->raise();
        }
        m_palette->focusSearch();
    });
    a = addAction(QStringLiteral("actionSelectAll"),
                  tr("Select &All"),
                  Icons::selectAll(),
                  QKeySequence::SelectAll);
    connect(a, &QAction::triggered, this, &MainWindow::selectAll);
}

void MainWindow::createViewActions()
{
    QAction *a = addAction(
        QStringLiteral("actionZoomIn"), tr("Zoom &In"), Icons::zoomIn(), QKeySequence::ZoomIn);
    connect(a, &QAction::triggered, m_canvas, &CanvasWidget::zoomIn);
    a = addAction(
        QStringLiteral("actionZoomOut"), tr("Zoom &Out"), Icons::zoomOut(), QKeySequence::ZoomOut);
    connect(a, &QAction::triggered, m_canvas, &CanvasWidget::zoomOut);
    a = addAction(QStringLiteral("actionZoomFit"),
                  tr("&Fit to Window"),
                  Icons::zoomFit(),
                  QKeySequence(tr("Ctrl+0")));
    connect(a, &QAction::triggered, m_canvas, &CanvasWidget::zoomToFit);
    a = addAction(QStringLiteral("actionZoomReset"),
                  tr("&Actual Size"),
                  Icons::zoomOriginal(),
                  QKeySequence(tr("Ctrl+1")));
    connect(a, &QAction::triggered, m_canvas, &CanvasWidget::resetZoom);
    a = addAction(QStringLiteral("actionAutoLayout"),
                  tr("Arrange &Automatically"),
                  Icons::autoLayout(),
                  QKeySequence(tr("Ctrl+L")));
    a->setStatusTip(tr("Lay out the whole topology, hosts with what they host"));
    connect(a, &QAction::triggered, m_canvas, &CanvasWidget::autoLayout);
}

void MainWindow::createHelpActions()
{
    QAction *a = addAction(QStringLiteral("actionManual"),
                           tr("Topologist &Manual"),
                           QIcon(),
                           QKeySequence::HelpContents);
    a->setStatusTip(tr("How to add, host, connect, check, export and push"));
    connect(a, &QAction::triggered, this, &MainWindow::showManual);
    a = addAction(QStringLiteral("actionShortcuts"), tr("&Keyboard Shortcuts"), QIcon());
    a->setStatusTip(tr("Every command's keys, and the keys of the canvas"));
    connect(a, &QAction::triggered, this, &MainWindow::showShortcuts);
    a = addAction(QStringLiteral("actionAbout"), tr("&About Topologist"), Icons::about());
    a->setMenuRole(QAction::AboutRole);
    connect(a, &QAction::triggered, this, &MainWindow::showAbout);
    a = addAction(QStringLiteral("actionAboutQt"), tr("About &Qt"), QIcon());
    a->setMenuRole(QAction::AboutQtRole);
    connect(a, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("actionNew")));
    QMenu *fromTemplate = file->addMenu(tr("New from &Template"));
    fromTemplate->setObjectName(QStringLiteral("menuNewFromTemplate"));
    for (const BundledTemplate &t : bundledTemplates) {
        QAction *a = fromTemplate->addAction(tr(t.label));
        const QString path = QString::fromLatin1(t.path);
        connect(a, &QAction::triggered, this, [this, path] { newDocument(path); });
    }
    file->addAction(action(QStringLiteral("actionOpen")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(
        m_recentMenu, &QMenu::aboutToShow, this, [this] { m_recentFiles->populate(m_recentMenu); });
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionSave")));
    file->addAction(action(QStringLiteral("actionSaveAs")));
    file->addAction(action(QStringLiteral("actionRevert")));
    file->addMenu(m_compare->menu());
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionExportDiagram")));
    file->addAction(action(QStringLiteral("actionExportCsar")));
    file->addAction(action(QStringLiteral("actionExportStandardTosca")));
    file->addAction(action(QStringLiteral("actionPushToAlien4Cloud")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionQuit")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    for (const char *name :
         {"actionCut", "actionCopy", "actionPaste", "actionDuplicate", "actionDelete"})
        edit->addAction(action(QLatin1String(name)));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("actionAddNode")));
    edit->addAction(action(QStringLiteral("actionRename")));
    edit->addAction(action(QStringLiteral("actionChangeType")));
    edit->addAction(action(QStringLiteral("actionGroupSelection")));
    edit->addAction(action(QStringLiteral("actionShowFixes")));
    edit->addAction(action(QStringLiteral("actionSelectAll")));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (const char *name : {"actionZoomIn", "actionZoomOut", "actionZoomFit", "actionZoomReset"})
        m_viewMenu->addAction(action(QLatin1String(name)));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(action(QStringLiteral("actionAutoLayout")));
    m_viewMenu->addMenu(AppTheme::createMenu(m_viewMenu));
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu *types = menuBar()->addMenu(tr("T&ypes"));
    types->addAction(action(QStringLiteral("actionTypeLibraries")));
    types->addAction(action(QStringLiteral("actionAddArchive")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("actionManual")));
    help->addAction(action(QStringLiteral("actionShortcuts")));
    help->addSeparator();
    help->addAction(action(QStringLiteral("actionAbout")));
    help->addAction(action(QStringLiteral("actionAboutQt")));
}

void MainWindow::createCanvasMenu()
{
    QList<QAction *> actions;
    for (const char *name : {"actionRename",
                             "actionChangeType",
                             "actionGroupSelection",
                             "",
                             "actionCut",
                             "actionCopy",
                             "actionPaste",
                             "actionDuplicate",
                             "",
                             "actionDelete"})
        actions << (*name ? action(QLatin1String(name)) : nullptr);
    static_cast<CanvasView *>(m_canvas->view())->setNodeActions(actions);
}

void MainWindow::createToolBars()
{
    QToolBar *main = addToolBar(tr("File and Edit Toolbar"));
    main->setObjectName(QStringLiteral("mainToolBar"));
    for (const char *name : {"actionNew", "actionOpen", "actionSave"})
        main->addAction(action(QLatin1String(name)));
    main->addSeparator();
    main->addAction(m_undoAction);
    main->addAction(m_redoAction);
    main->addSeparator();
    for (const char *name : {"actionCut", "actionCopy", "actionPaste", "actionDelete"})
        main->addAction(action(QLatin1String(name)));
    main->addSeparator();
    main->addAction(action(QStringLiteral("actionExportCsar")));
    main->addAction(action(QStringLiteral("actionPushToAlien4Cloud")));
    QToolBar *view = addToolBar(tr("Zoom and Layout Toolbar"));
    view->setObjectName(QStringLiteral("viewToolBar"));
    for (const char *name : {"actionZoomIn", "actionZoomOut", "actionZoomFit", "actionAutoLayout"})
        view->addAction(action(QLatin1String(name)));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(main->toggleViewAction());
    m_viewMenu->addAction(view->toggleViewAction());
}

void MainWindow::createDocks()
{
    const auto dock
        = [this](
              const QString &name, const QString &title, QWidget *widget, Qt::DockWidgetArea area) {
              auto *d = new QDockWidget(title, this);
              d->setObjectName(name);
              d->setWidget(widget);
              addDockWidget(area, d);
              return d;
          };
    m_palette = new TypePalette(m_catalog, this);
    m_outline = new OutlineWidget(this);
    m_properties = new PropertyEditor(this);
    m_problems = new ProblemList(this);
    m_undoView = new QUndoView(this);
    m_undoView->setGroup(findChild<QUndoGroup *>(QStringLiteral("undoGroup")));
    m_undoView->setEmptyLabel(tr("<opened>"));

    QDockWidget *paletteDock
        = dock(QStringLiteral("paletteDock"), tr("Types"), m_palette, Qt::LeftDockWidgetArea);
    QDockWidget *outlineDock
        = dock(QStringLiteral("outlineDock"), tr("Outline"), m_outline, Qt::LeftDockWidgetArea);
    tabifyDockWidget(paletteDock, outlineDock);
    paletteDock->raise();
    QDockWidget *propertiesDock = dock(
        QStringLiteral("propertiesDock"), tr("Properties"), m_properties, Qt::RightDockWidgetArea);
    QDockWidget *historyDock
        = dock(QStringLiteral("historyDock"), tr("History"), m_undoView, Qt::RightDockWidgetArea);
    tabifyDockWidget(propertiesDock, historyDock);
    propertiesDock->raise();
    m_inputsOutputs = new InputsOutputsPanel(this);
    QDockWidget *sectionsDock = dock(QStringLiteral("inputsOutputsDock"),
                                     tr("Inputs and Outputs"),
                                     m_inputsOutputs,
                                     Qt::RightDockWidgetArea);
    tabifyDockWidget(historyDock, sectionsDock);
    m_groupsPolicies = new GroupsPoliciesPanel(this);
    QDockWidget *groupsDock = dock(QStringLiteral("groupsPoliciesDock"),
                                   tr("Groups and Policies"),
                                   m_groupsPolicies,
                                   Qt::RightDockWidgetArea);
    tabifyDockWidget(sectionsDock, groupsDock);
    m_substitution = new SubstitutionPanel(this);
    QDockWidget *substitutionDock = dock(QStringLiteral("substitutionDock"),
                                         tr("Substitution"),
                                         m_substitution,
                                         Qt::RightDockWidgetArea);
    tabifyDockWidget(sectionsDock, substitutionDock);
    propertiesDock->raise();
    m_problemsDock = dock(
        QStringLiteral("problemsDock"), tr("Problems"), m_problems, Qt::BottomDockWidgetArea);
    // Read-only and tall: a tab beside the problems, opened from the View menu or the tab.
    m_workflows = new WorkflowView(this);
    QDockWidget *workflowDock = dock(
        QStringLiteral("workflowDock"), tr("Workflows"), m_workflows, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_problemsDock, workflowDock);
    // Queued: the tab is drawn in front only after the signal.
    connect(workflowDock,
            &QDockWidget::visibilityChanged,
            m_workflows,
            &WorkflowView::catchUp,
            Qt::QueuedConnection);
    m_compare = new CompareController(m_catalog, m_canvas, this, topologyFileFilter());
    tabifyDockWidget(m_problemsDock, m_compare->dock());
    m_conflicts = new ConflictsPanel(this);
    QDockWidget *conflictsDock = dock(QStringLiteral("conflictsDock"),
                                      tr("Merge Conflicts"),
                                      m_conflicts,
                                      Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_problemsDock, conflictsDock);
    conflictsDock->hide();
    // A merged file opens with its conflicts in front.
    connect(
        m_conflicts, &ConflictsPanel::conflictCountChanged, conflictsDock, [conflictsDock](int n) {
            if (n > 0) {
                conflictsDock->show();
                conflictsDock->raise();
            }
        });
    connect(m_conflicts, &ConflictsPanel::revealNode, m_canvas, &CanvasWidget::revealNode);
    m_problemsDock->raise();
    // Once every dock is in: a dock added later takes its share of the sizes set before.
    resizeDocks({paletteDock, propertiesDock}, {260, 340}, Qt::Horizontal);
    resizeDocks({m_problemsDock}, {170}, Qt::Vertical);

    connect(m_problems, &ProblemList::revealNode, m_canvas, &CanvasWidget::revealNode);
    connect(m_problems, &ProblemList::revealMember, this, &MainWindow::revealMember);
    connect(m_palette, &TypePalette::addTypeRequested, this, [this](const QString &type) {
        if (!m_document)
            return;
        // On the selected machine when it can host the type (as a drop on it would), else free.
        const QString current = m_selection->currentNode();
        const QString host = !current.isEmpty() && m_document->actions().canHostType(type, current)
                                 ? current
                                 : QString();
        QString error;
        const QPointF at
            = host.isEmpty() ? m_canvas->freeSpotInView(newCardSize) : m_canvas->visibleCenter();
        const QString name = m_document->actions().addNode(type, at, host, &error);
        if (name.isEmpty()) {
            showMessage(error);
            return;
        }
        m_selection->setSelectedNodes({name});
        m_canvas->revealNode(name);
    });
    connect(m_outline, &OutlineWidget::revealNode, m_canvas, &CanvasWidget::revealNode);
    connect(m_outline, &OutlineWidget::renameRequested, m_canvas, &CanvasWidget::startRename);
    connect(m_outline, &OutlineWidget::changeTypeRequested, this, &MainWindow::changeType);
    const auto show = [this](const QString &message) {
        showMessage(message);
    };
    connect(m_palette, &TypePalette::statusMessage, this, show);
    connect(m_properties, &PropertyEditor::statusMessage, this, show);
    connect(m_problems, &ProblemList::statusMessage, this, show);
    connect(m_conflicts, &ConflictsPanel::statusMessage, this, show);
}

void MainWindow::createStatusBar()
{
    m_problemSummary = new QLabel(this);
    m_problemSummary->setObjectName(QStringLiteral("problemSummary"));
    m_problemSummary->setTextFormat(Qt::RichText);
    m_problemSummary->setToolTip(tr("Problems in this topology (click to show the list)"));
    m_problemSummary->setCursor(Qt::PointingHandCursor);
    connect(m_problemSummary, &QLabel::linkActivated, this, [this] {
        m_problemsDock->show();
        m_problemsDock->raise();
    });
    m_zoomLabel = new QLabel(QStringLiteral("100 %"), this);
    m_zoomLabel->setToolTip(tr("Zoom"));
    m_loadIndicator = new LoadProgressIndicator(this);
    connect(
        m_loadIndicator, &LoadProgressIndicator::cancelRequested, this, &MainWindow::cancelOpen);
    statusBar()->addPermanentWidget(m_loadIndicator);
    statusBar()->addPermanentWidget(m_problemSummary);
    statusBar()->addPermanentWidget(m_zoomLabel);
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        const QScreen *on = screen() ? screen() : QGuiApplication::primaryScreen();
        setGeometry(
            FirstWindowGeometry::within(on ? on->availableGeometry() : QRect(), minimumSizeHint()));
    }
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
}

void MainWindow::showMessage(const QString &message, int timeout)
{
    statusBar()->showMessage(message, timeout);
}

void MainWindow::setDocument(std::unique_ptr<TopologyDocument> document)
{
    auto *group = findChild<QUndoGroup *>(QStringLiteral("undoGroup"));
    m_selection->clear();
    // Point every view at the new document before the old one is destroyed.
    m_canvas->setDocument(document.get(), m_selection);
    m_palette->setDocument(document.get(), m_selection);
    m_outline->setDocument(document.get(), m_selection);
    m_properties->setDocument(document.get(), m_selection);
    m_problems->setDocument(document.get(), m_selection);
    m_inputsOutputs->setDocument(document.get());
    m_groupsPolicies->setDocument(document.get(), m_selection);
    m_substitution->setDocument(document.get());
    m_workflows->setDocument(document.get());
    m_compare->setDocument(document.get(), m_selection);
    m_conflicts->setDocument(document.get(), m_selection);
    if (m_document)
        group->removeStack(m_document->undoStack());
    if (m_changedOnDiskBox)
        m_changedOnDiskBox->close();
    // The old document is closed: its recovery file goes with its autosaver.
    m_autosaver = std::make_unique<DocumentAutosaver>(document.get(), RecoveryStore());
    connect(m_autosaver.get(), &DocumentAutosaver::autosaveFailed, this, [this](const QString &e) {
        showMessage(tr("Autosave failed: %1").arg(e), 10000);
    });
    m_fileMonitor = std::make_unique<FileChangeMonitor>(document.get());
    connect(m_fileMonitor.get(), &FileChangeMonitor::changedOnDisk, this, &MainWindow::offerReload);
    std::unique_ptr<TopologyDocument> old = std::move(m_document);
    m_document = std::move(document);
    m_document->setParent(nullptr);
    group->addStack(m_document->undoStack());
    group->setActiveStack(m_document->undoStack());
    connect(m_document.get(), &TopologyDocument::modifiedChanged, this, [this] { updateTitle(); });
    connect(m_document.get(), &TopologyDocument::filePathChanged, this, [this] { updateTitle(); });
    connect(m_document.get(), &TopologyDocument::problemsChanged, this, [this] {
        updateProblemSummary();
    });
    m_selection->followRenames(m_document.get());
    m_editedNodes->setDocument(m_document.get());
    connect(
        m_document.get(), &TopologyDocument::nodeRemoved, m_selection, &SelectionModel::removeNode);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, [this] { updateActions(); });
    updateTitle();
    updateProblemSummary();
    updateActions();
}

void MainWindow::updateTitle()
{
    if (!m_document)
        return;
    setWindowTitle(QStringLiteral("%1[*] — Topologist").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->filePath());
}

void MainWindow::updateActions()
{
    const bool hasSelection = !m_selection->selectedNodes().isEmpty();
    for (const char *name :
         {"actionCut", "actionCopy", "actionDuplicate", "actionDelete", "actionGroupSelection"})
        action(QLatin1String(name))->setEnabled(hasSelection);
    for (const char *name : {"actionRename", "actionChangeType"})
        action(QLatin1String(name))->setEnabled(m_selection->selectedNodes().size() == 1);
    action(QStringLiteral("actionPaste"))
        ->setEnabled(NodeClipboard::canPaste(QApplication::clipboard()->mimeData()));
    // One push at a time, and no export, revert or other topology while one runs: the push
    // reports the server's problems onto the document it started from.
    action(QStringLiteral("actionRevert"))
        ->setEnabled(!m_pushRunning && m_document && m_document->isModified()
                     && !m_document->filePath().isEmpty());
    for (const char *name : {"actionNew", "actionOpen"})
        action(QLatin1String(name))->setEnabled(!m_pushRunning);
    for (const char *name :
         {"actionExportCsar", "actionExportStandardTosca", "actionPushToAlien4Cloud"})
        action(QLatin1String(name))->setEnabled(!m_pushRunning && m_document);
}

void MainWindow::changeEvent(QEvent *event)
{
    // The summary's colour is written into its text: a theme switch needs it written again.
    if (event->type() == QEvent::PaletteChange)
        updateProblemSummary();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateProblemSummary()
{
    if (!m_document)
        return;
    const int errors = m_document->problemCount(Severity::Error);
    const int warnings = m_document->problemCount(Severity::Warning);
    const QString color = (errors     ? StatusColors::error()
                           : warnings ? StatusColors::warning()
                                      : StatusColors::ok())
                              .name();
    // Plural forms written out: without a translation loaded, tr("%n error(s)") would show "(s)".
    const QString errorText = errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors);
    const QString warningText = warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings);
    const QString text = errors == 0 && warnings == 0
                             ? tr("No problems")
                             : errorText + QStringLiteral(", ") + warningText;
    m_problemSummary->setText(
        QStringLiteral("<a href=\"problems\" style=\"color:%1;text-decoration:none\">%2</a>")
            .arg(color, text.toHtmlEscaped()));
}

bool MainWindow::maybeSave()
{
    if (!m_document || !m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this,
        tr("Unsaved Changes"),
        PlainText::toHtml(tr("%1 has unsaved changes. Save them?").arg(m_document->displayName())),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
        QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool MainWindow::newDocument(const QString &templatePath)
{
    if (!maybeSave())
        return false;
    std::unique_ptr<TopologyDocument> document;
    if (templatePath.isEmpty()) {
        document = std::make_unique<TopologyDocument>(m_catalog);
    } else {
        QFile file(templatePath);
        Diagnostics diagnostics;
        if (file.open(QIODevice::ReadOnly))
            document = TopologyDocument::fromBytes(
                file.readAll(), QFileInfo(templatePath).fileName(), m_catalog, &diagnostics);
        if (!document) {
            QMessageBox::critical(
                this,
                tr("New from Template"),
                PlainText::toHtml(tr("The template %1 cannot be read.").arg(templatePath)));
            return false;
        }
    }
    setDocument(std::move(document));
    showMessage(templatePath.isEmpty()
                    ? tr("New topology")
                    : tr("New topology from %1").arg(QFileInfo(templatePath).fileName()));
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    LoadPurpose purpose;
    purpose.cancelled = tr("Opening %1 cancelled");
    purpose.unreadable = [this, path](const Diagnostics &d) {
        showUnreadable(path, d);
    };
    purpose.install = [this, path](std::unique_ptr<TopologyDocument> document) {
        setDocument(std::move(document));
        m_loadIndicator->finish();
        if (std::exchange(m_librariesChangedWhileOpening, false))
            librariesChanged();
        offerMissingImports();
        m_recentFiles->add(path);
        QSettings().setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
        showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    };
    startLoad(std::make_unique<DocumentLoader>(path, m_catalog), std::move(purpose));
    return true;
}

void MainWindow::startLoad(std::unique_ptr<DocumentLoader> loader, LoadPurpose purpose)
{
    // The newest request wins: the user asked for another file.
    if (m_loader)
        abandonOpen();
    m_librariesChangedWhileOpening = false;
    m_documentAtOpen = m_document.get();
    m_undoIndexAtOpen = m_document ? m_document->undoStack()->index() : 0;
    m_loader = std::move(loader);
    m_loadPurpose = std::move(purpose);
    connect(m_loader.get(),
            &DocumentLoader::progressChanged,
            m_loadIndicator,
            &LoadProgressIndicator::setProgress);
    connect(m_loader.get(), &DocumentLoader::finished, this, &MainWindow::loadFinished);
    m_loadIndicator->begin(QFileInfo(m_loader->path()).fileName());
    m_loader->start();
}

void MainWindow::abandonOpen()
{
    // Not waited for: freeing what a cancelled job had built can take a moment, on its thread.
    // Parented, so that the window's end still waits for it.
    DocumentLoader *abandoned = m_loader.release();
    m_loadPurpose = LoadPurpose();
    abandoned->disconnect(this);
    abandoned->disconnect(m_loadIndicator);
    abandoned->setParent(this);
    connect(abandoned, &DocumentLoader::finished, abandoned, &QObject::deleteLater);
    abandoned->cancel();
    m_loadIndicator->finish();
    emit openFinished(abandoned->path(), false);
}

bool MainWindow::isOpening() const
{
    return m_loader && m_loader->isRunning();
}

void MainWindow::cancelOpen()
{
    if (isOpening())
        m_loader->cancel();
}

bool MainWindow::editedWhileOpening() const
{
    return m_document
           && (m_document.get() != m_documentAtOpen
               || m_document->undoStack()->index() != m_undoIndexAtOpen);
}

void MainWindow::loadFinished()
{
    // Taken out first: a dialog below runs an event loop, in which another load may start.
    std::unique_ptr<DocumentLoader> loader = std::move(m_loader);
    const LoadPurpose purpose = std::exchange(m_loadPurpose, LoadPurpose());
    const QString path = loader->path();
    const QString cancelled = purpose.cancelled.arg(QDir::toNativeSeparators(path));
    if (loader->status() != TopologyLoadResult::Status::Loaded) {
        m_loadIndicator->finish();
        if (loader->status() == TopologyLoadResult::Status::Unreadable)
            purpose.unreadable(loader->readDiagnostics());
        else
            showMessage(cancelled);
        emit openFinished(path, false);
        return;
    }
    // Edits made while the file loaded were not there when the user was asked.
    if (editedWhileOpening()) {
        m_loadIndicator->finish();
        if (!purpose.askAboutEdits || !maybeSave()) {
            showMessage(cancelled);
            emit openFinished(path, false);
            return;
        }
    }
    // Building the views blocks this thread for a moment on a big topology: say so first.
    if (m_loadIndicator->isVisible()) {
        m_loadIndicator->setProgress({LoadProgress::Step::Finished, 0, 0});
        m_loadIndicator->repaint();
    }
    purpose.install(loader->takeDocument());
    m_loadIndicator->finish();
    emit openFinished(path, true);
}

void MainWindow::showUnreadable(const QString &path, const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.toString();
    QMessageBox box(QMessageBox::Critical,
                    tr("Open Topology"),
                    tr("%1 cannot be opened.").arg(QFileInfo(path).fileName()),
                    QMessageBox::Ok,
                    this);
    const QString excerpt = excerptOf(path, diagnostics);
    box.setInformativeText(lines.isEmpty()     ? tr("The file is not a TOSCA topology.")
                           : excerpt.isEmpty() ? lines.first()
                                               : lines.first() + QStringLiteral("\n\n") + excerpt);
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    keepPlain(&box);
    if (!excerpt.isEmpty()) {
        // The caret lines up under the column only in a fixed-width font.
        if (auto *informative
            = box.findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel")))
            informative->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    box.exec();
}

QString MainWindow::excerptOf(const QString &path, const Diagnostics &diagnostics)
{
    // A YAML file read as it is; inside an archive the line belongs to another file.
    const QString name = QFileInfo(path).fileName();
    for (const Diagnostic &d : diagnostics) {
        if (d.location.line < 1 || (d.location.file != name && d.location.file != path))
            continue;
        QFile file(path);
        constexpr qint64 largest = 64 * 1024 * 1024;
        if (!file.open(QIODevice::ReadOnly) || file.size() > largest)
            return QString();
        return SourceExcerpt::of(file.readAll(), d.location.line, d.location.column);
    }
    return QString();
}

bool MainWindow::save()
{
    if (!m_document)
        return false;
    if (m_document->filePath().isEmpty())
        return saveAs();
    if (m_document->isChangedOnDisk() && !confirmOverwriteChangedFile())
        return false;
    QString error;
    if (!m_document->save(m_document->filePath(), &error)) {
        QMessageBox::critical(this, tr("Save Topology"), error);
        return false;
    }
    showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())));
    return true;
}

bool MainWindow::saveAs()
{
    if (!m_document)
        return false;
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty())
        suggestion
            = QDir(QSettings().value(QStringLiteral("lastDirectory"), QDir::homePath()).toString())
                  .filePath(m_document->archive().name + QStringLiteral(".yml"));
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Topology As"), suggestion, tr("TOSCA YAML (*.yml *.yaml)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".yml");
    QString error;
    if (!m_document->save(path, &error)) {
        QMessageBox::critical(this, tr("Save Topology"), error);
        return false;
    }
    m_recentFiles->add(path);
    QSettings().setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::revert()
{
    if (!m_document || m_document->filePath().isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this,
        tr("Revert"),
        PlainText::toHtml(tr("Discard all changes to %1 and reload it from disk?")
                              .arg(m_document->displayName())));
    if (answer != QMessageBox::Yes)
        return;
    const QString path = m_document->filePath();
    LoadPurpose purpose;
    purpose.cancelled = tr("Reverting %1 cancelled");
    // The user agreed to lose the changes made before; not those made while it loads.
    purpose.askAboutEdits = false;
    purpose.unreadable = [this, path](const Diagnostics &) {
        QMessageBox::critical(
            this,
            tr("Revert"),
            PlainText::toHtml(tr("%1 can no longer be read; your version is kept.").arg(path)));
    };
    purpose.install = [this](std::unique_ptr<TopologyDocument> document) {
        installReloaded(std::move(document));
        showMessage(tr("Reverted to the saved %1").arg(m_document->displayName()));
    };
    startLoad(std::make_unique<DocumentLoader>(path, m_catalog), std::move(purpose));
}

void MainWindow::installReloaded(std::unique_ptr<TopologyDocument> document)
{
    // What a CSAR was unpacked from stays: reverting one reads the same archive again.
    setDocument(std::move(document));
    m_loadIndicator->finish();
    if (std::exchange(m_librariesChangedWhileOpening, false))
        librariesChanged();
}

void MainWindow::copy()
{
    if (!m_document || m_selection->selectedNodes().isEmpty())
        return;
    QApplication::clipboard()->setMimeData(
        NodeClipboard::mimeData(*m_document, m_selection->selectedNodes()));
    showMessage(tr("Copied %n nodes", nullptr, int(m_selection->selectedNodes().size())));
}

void MainWindow::cut()
{
    if (!m_document || m_selection->selectedNodes().isEmpty())
        return;
    copy();
    m_document->actions().removeNodes(m_selection->selectedNodes());
}

void MainWindow::paste()
{
    if (!m_document)
        return;
    QString error;
    const QList<NodeTemplate> nodes
        = NodeClipboard::nodesFrom(QApplication::clipboard()->mimeData(), &error);
    if (nodes.isEmpty()) {
        showMessage(error);
        return;
    }
    // The pasted group keeps its own arrangement, in the free place nearest the view's centre.
    QRectF placed;
    qsizetype hosted = 0;
    for (const NodeTemplate &node : nodes) {
        if (node.position)
            placed |= QRectF(*node.position, QSizeF(1, 1));
        else
            ++hosted; // drawn inside a pasted host: it makes the host taller
    }
    // The cards are not drawn yet: their size is estimated, generously.
    const QSizeF size = placed.size() + QSizeF(CanvasStyle::maxNodeWidth, 120 + 90 * qreal(hosted));
    const QPointF offset
        = placed.isNull() ? QPointF() : m_canvas->freeSpotInView(size) - placed.topLeft();
    const QStringList pasted = m_document->actions().insertNodes(nodes, offset, tr("Paste"));
    m_selection->setSelectedNodes(pasted);
    m_canvas->revealNodes(pasted);
    showMessage(tr("Pasted %n nodes", nullptr, int(pasted.size())));
}

void MainWindow::showLastStep()
{
    // What an undo or redo changed is selected and brought into view, as draw.io does: the
    // user sees what happened, and the property editor shows the restored values.
    const QStringList nodes = m_editedNodes->lastStep();
    if (nodes.isEmpty())
        return;
    m_selection->setSelectedNodes(nodes);
    m_canvas->revealNodes(nodes);
}

void MainWindow::deleteSelection()
{
    if (!m_document || m_selection->selectedNodes().isEmpty())
        return;
    DocumentActions &actions = m_document->actions();
    const QStringList selected = m_selection->selectedNodes();
    const QStringList children = actions.hostedDescendants(selected);
    if (!children.isEmpty()) {
        QMessageBox box(
            QMessageBox::Question,
            tr("Delete"),
            tr("Deleting %1 also deletes the %n nodes hosted on it.", nullptr, int(children.size()))
                .arg(selected.join(QStringLiteral(", "))),
            QMessageBox::Yes | QMessageBox::Cancel,
            this);
        box.setInformativeText(children.join(QStringLiteral(", ")));
        keepPlain(&box);
        box.setDefaultButton(QMessageBox::Yes);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    actions.removeNodes(selected);
}

void MainWindow::duplicateSelection()
{
    if (!m_document || m_selection->selectedNodes().isEmpty())
        return;
    const QStringList copies = m_document->actions().duplicate(m_selection->selectedNodes());
    m_selection->setSelectedNodes(copies);
}

void MainWindow::renameSelection()
{
    if (m_selection->selectedNodes().size() == 1)
        m_canvas->startRename(m_selection->selectedNodes().first());
}

void MainWindow::changeTypeOfSelection()
{
    if (m_selection->selectedNodes().size() == 1)
        changeType(m_selection->selectedNodes().first());
}

void MainWindow::revealMember(const ProblemMember &member)
{
    using Kind = ProblemMember::Kind;
    const Kind kind = member.kind();
    const bool section = kind == Kind::Input || kind == Kind::Output;
    const bool grouping = kind == Kind::Group || kind == Kind::Policy;
    const char *dockName = section                        ? "inputsOutputsDock"
                           : grouping                     ? "groupsPoliciesDock"
                           : kind == Kind::Workflow       ? "workflowDock"
                           : member.isAboutSubstitution() ? "substitutionDock"
                                                          : nullptr;
    auto *dock = dockName ? findChild<QDockWidget *>(QLatin1String(dockName)) : nullptr;
    if (!dock)
        return;
    dock->show();
    dock->raise();
    if (section)
        m_inputsOutputs->select(member);
    else if (grouping)
        m_groupsPolicies->select(member);
    else if (member.isAboutSubstitution())
        m_substitution->select(member);
}

void MainWindow::groupSelection()
{
    if (!m_document
        || GroupActions(m_document.get()).groupNodes(m_selection->selectedNodes()).isEmpty())
        return;
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("groupsPoliciesDock"))) {
        dock->show();
        dock->raise();
    }
}

bool MainWindow::changeType(const QString &node)
{
    if (!m_document || !m_document->topology().contains(node))
        return false;
    const QString before = m_document->topology().node(node)->type;
    ChangeTypeDialog dialog(m_document.get(), node, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // A background open may have finished, and replaced the document, while it was open.
    if (const NodeTemplate *now = m_document ? m_document->topology().node(node) : nullptr)
        showMessage(tr("%1 is now a %2 (was %3)")
                        .arg(node, TypeNames::shortName(now->type), TypeNames::shortName(before)));
    return true;
}

void MainWindow::selectAll()
{
    if (m_document)
        m_selection->setSelectedNodes(m_document->topology().nodeNames());
}

void MainWindow::exportDiagram()
{
    if (!m_document)
        return;
    const QString base = QFileInfo(m_document->filePath()).completeBaseName();
    const QString suggestion
        = QDir(QSettings().value(QStringLiteral("lastDirectory"), QDir::homePath()).toString())
              .filePath((base.isEmpty() ? m_document->archive().name : base)
                        + QStringLiteral(".png"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Diagram"), suggestion, tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_canvas->exportImage(path, &error))
        QMessageBox::critical(this, tr("Export Diagram"), error);
    else
        showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::exportCsar()
{
    if (!m_document || m_pushRunning)
        return;
    if (m_exportDialog) {
        m_exportDialog->raise();
        return;
    }
    auto *dialog = new ExportCsarDialog(m_document.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_exportDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showMessage(dialog->successMessage(), 10000);
    });
    dialog->open();
}

void MainWindow::exportStandardTosca()
{
    if (!m_document || m_pushRunning)
        return;
    const StandardToscaExporter::Result result = StandardExport::run(*m_document, this);
    if (result.outputPath.isEmpty())
        return;
    if (result.ok)
        showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(result.outputPath)), 10000);
    StandardExport::report(result, this)->open();
}

void MainWindow::pushToAlien4Cloud()
{
    if (!m_document || m_pushRunning)
        return;
    if (m_pushDialog) {
        m_pushDialog->raise();
        return;
    }
    auto *dialog
        = new PushDialog(m_document.get(), Alien4CloudPasswordStore::Backend::SystemKeychain, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_pushDialog = dialog;
    connect(dialog, &PushDialog::pushStarted, this, [this] {
        m_pushRunning = true;
        updateActions();
        showMessage(tr("Pushing to Alien4Cloud…"), 0);
    });
    connect(dialog, &PushDialog::pushFinished, this, [this, dialog] {
        m_pushRunning = false;
        updateActions();
        showMessage(dialog->resultView()->headline());
    });
    // A dialog closed under a push cancels it first, so this is the push's end too.
    connect(dialog, &QObject::destroyed, this, [this] {
        if (m_pushRunning) {
            m_pushRunning = false;
            updateActions();
        }
    });
    connect(dialog, &PushDialog::showProblemsRequested, this, [this] {
        m_problemsDock->show();
        m_problemsDock->raise();
    });
    dialog->open();
}

void MainWindow::addTypeArchive()
{
    const QString path = QFileDialog::getOpenFileName(
        this,
        tr("Add Type Archive"),
        QSettings().value(QStringLiteral("lastDirectory")).toString(),
        tr("TOSCA archives (*.yml *.yaml *.csar *.zip);;All files (*)"));
    if (path.isEmpty())
        return;
    Diagnostics diagnostics;
    const bool added = m_catalog.addPath(path, &diagnostics);
    QStringList lines;
    for (const Diagnostic &d : std::as_const(diagnostics))
        lines << d.toString();
    if (!added) {
        QMessageBox box(QMessageBox::Warning,
                        tr("Add Type Archive"),
                        tr("%1 was not added.").arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok,
                        this);
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.setInformativeText(lines.isEmpty() ? QString() : lines.first());
        keepPlain(&box);
        box.exec();
        return;
    }
    QStringList archives = QSettings().value(QStringLiteral("typeArchives")).toStringList();
    if (!archives.contains(path))
        archives << path;
    QSettings().setValue(QStringLiteral("typeArchives"), archives);
    m_palette->reload();
    showMessage(tr("Added %1 to the type library").arg(QFileInfo(path).fileName()));
}

QMessageBox *MainWindow::missingImportsBox() const
{
    return m_missingImportsBox;
}

void MainWindow::offerMissingImports()
{
    if (m_missingImportsBox)
        m_missingImportsBox->close();
    const MissingImports missing(m_document->archive().imports, m_catalog);
    if (missing.isEmpty())
        return;
    QStringList lines;
    for (const MissingImports::Missing &m : missing.missing()) {
        lines << (m.available.isEmpty()
                      ? tr("%1 (no library has %2)").arg(m.import.id(), m.import.name)
                      : tr("%1 (the libraries have version %2)").arg(m.import.id(), m.available));
    }
    auto *box = new QMessageBox(QMessageBox::Warning,
                                tr("Missing Type Archives"),
                                tr("This topology imports archives that no type library holds, "
                                   "so some of its types are unknown:\n\n%1")
                                    .arg(lines.join(QLatin1Char('\n'))),
                                QMessageBox::NoButton,
                                this);
    box->setObjectName(QStringLiteral("missingImportsBox"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Use the versions the libraries have, or add the folder that "
                               "holds these archives as a type library."));
    QPushButton *use = nullptr;
    if (missing.hasReplacements())
        use = box->addButton(tr("&Use Available Versions"), QMessageBox::AcceptRole);
    QPushButton *libraries = box->addButton(tr("Type &Libraries…"), QMessageBox::ActionRole);
    box->addButton(QMessageBox::Close);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, use, libraries](QAbstractButton *b) {
        if (b == use && m_document) {
            m_document->actions().useAvailableImportVersions();
            showMessage(tr("Imports moved to the versions the type libraries have"));
        } else if (b == libraries) {
            showTypeLibraries();
        }
    });
    m_missingImportsBox = box;
    box->open();
}

void MainWindow::librariesChanged()
{
    m_librariesChangedWhileOpening |= isOpening();
    m_palette->reload();
    // Types the libraries now hold (or no longer hold) change what the topology resolves to.
    if (!m_document)
        return;
    const bool fromLibraries
        = std::any_of(m_document->dependencies().cbegin(),
                      m_document->dependencies().cend(),
                      [](const CatalogEntry *entry) { return !entry->libraryRoot.isEmpty(); });
    const bool unresolved = std::any_of(
        m_document->loadDiagnostics().cbegin(),
        m_document->loadDiagnostics().cend(),
        [](const Diagnostic &d) { return d.code.startsWith(QLatin1String("TOPO-IMP-")); });
    if (fromLibraries || unresolved)
        m_document->setImports(m_document->archive().imports);
}

QMessageBox *MainWindow::changedOnDiskBox() const
{
    return m_changedOnDiskBox;
}

void MainWindow::offerReload(const QString &path, bool deleted)
{
    if (m_changedOnDiskBox)
        m_changedOnDiskBox->close();
    const QString name = QFileInfo(path).fileName();
    const QString text = deleted ? tr("%1 was deleted or moved by another program.").arg(name)
                                 : tr("%1 was changed by another program.").arg(name);
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("File Changed on Disk"), text, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("changedOnDiskBox"));
    box->setTextFormat(Qt::PlainText);
    QPushButton *reload = nullptr;
    if (!deleted) {
        box->setInformativeText(m_document->isModified()
                                    ? tr("Reload it and lose your unsaved changes, or keep "
                                         "your version (saving will ask before overwriting)?")
                                    : tr("Reload it, or keep your version (saving will ask "
                                         "before overwriting)?"));
        reload = box->addButton(tr("&Reload"), QMessageBox::AcceptRole);
        reload->setObjectName(QStringLiteral("reloadButton"));
    } else {
        box->setInformativeText(tr("Your version is kept; save it to write the file again."));
    }
    QPushButton *keep = box->addButton(tr("&Keep My Version"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepButton"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, reload](QAbstractButton *b) {
        // Queued: reloading replaces the document, and with it the monitor that asked.
        if (b == reload)
            QMetaObject::invokeMethod(this, &MainWindow::reloadFromDisk, Qt::QueuedConnection);
    });
    m_changedOnDiskBox = box;
    box->open();
}

void MainWindow::reloadFromDisk()
{
    if (!m_document || m_document->filePath().isEmpty())
        return;
    const QString path = m_document->filePath();
    LoadPurpose purpose;
    purpose.cancelled = tr("Reloading %1 cancelled");
    purpose.askAboutEdits = false;
    purpose.unreadable = [this, path](const Diagnostics &) {
        QMessageBox::critical(
            this, tr("Reload"), tr("%1 can no longer be read; your version is kept.").arg(path));
    };
    purpose.install = [this, path](std::unique_ptr<TopologyDocument> document) {
        installReloaded(std::move(document));
        showMessage(tr("Reloaded %1").arg(QDir::toNativeSeparators(path)));
    };
    startLoad(std::make_unique<DocumentLoader>(path, m_catalog), std::move(purpose));
}

bool MainWindow::confirmOverwriteChangedFile()
{
    const bool deleted = !QFileInfo::exists(m_document->filePath());
    QMessageBox box(QMessageBox::Warning,
                    tr("Save Topology"),
                    deleted ? tr("%1 was deleted or moved since it was opened. Save it again?")
                                  .arg(m_document->displayName())
                            : tr("%1 was changed by another program since it was opened or "
                                 "saved. Overwrite those changes with your version?")
                                  .arg(m_document->displayName()),
                    QMessageBox::Save | QMessageBox::Cancel,
                    this);
    box.setObjectName(QStringLiteral("overwriteBox"));
    box.button(QMessageBox::Save)->setText(deleted ? tr("&Save") : tr("&Overwrite"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Save;
}

void MainWindow::offerRecovery()
{
    const RecoveryStore store;
    QStringList unreadable;
    const QList<RecoveryEntry> entries = store.recoverable(&unreadable);
    for (const QString &problem : std::as_const(unreadable))
        qWarning("%s", qPrintable(problem));
    for (const RecoveryEntry &entry : entries) {
        RecoveryDialog dialog(entry, this);
        dialog.exec();
        if (dialog.choice() == RecoveryDialog::Choice::Restore)
            restoreRecovered(entry);
        else if (dialog.choice() == RecoveryDialog::Choice::Discard)
            RecoveryStore::discard(entry.recoveryFile);
    }
}

void MainWindow::restoreRecovered(const RecoveryEntry &entry)
{
    // A window already loading something would drop that load for this one.
    if (m_loader
        || (m_document
            && (m_document->isModified() || !m_document->filePath().isEmpty()
                || m_document->topology().nodeCount() > 0))) {
        auto *window = new MainWindow(m_catalog);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        window->restoreRecovered(entry);
        return;
    }
    LoadPurpose purpose;
    purpose.cancelled = tr("Restoring %1 cancelled");
    purpose.unreadable = [this, entry](const Diagnostics &) {
        QMessageBox::critical(this,
                              tr("Recover Unsaved Changes"),
                              tr("The recovered version of %1 cannot be read; it is kept in %2.")
                                  .arg(entry.displayName, entry.recoveryFile));
    };
    purpose.install = [this, entry](std::unique_ptr<TopologyDocument> document) {
        setDocument(std::move(document));
        // This session carries the recovery file on; it goes when the document is saved or
        // closed.
        m_autosaver->adopt(entry.recoveryFile);
        m_loadIndicator->finish();
        if (std::exchange(m_librariesChangedWhileOpening, false))
            librariesChanged();
        showMessage(tr("Recovered %1: save it to keep the changes").arg(entry.displayName), 0);
    };
    startLoad(std::make_unique<DocumentLoader>(entry, m_catalog), std::move(purpose));
}

TypeLibrariesDialog *MainWindow::typeLibrariesDialog() const
{
    return m_librariesDialog;
}

void MainWindow::showTypeLibraries()
{
    if (!m_librariesDialog) {
        m_librariesDialog = new TypeLibrariesDialog(m_libraries, this);
        m_librariesDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_librariesDialog->show();
    m_librariesDialog->raise();
    m_librariesDialog->activateWindow();
}

void MainWindow::showFixes()
{
    // The problem the user is on in the list, else the selected node on the canvas.
    if (m_problems->isAncestorOf(QApplication::focusWidget()) && m_problems->showFixesOfCurrent())
        return;
    const QString node = m_selection->currentNode();
    if (node.isEmpty()) {
        showMessage(tr("Select a node or a problem to see its quick fixes"), 5000);
        return;
    }
    m_canvas->showFixes(node);
}

void MainWindow::showManual()
{
    // One manual window: F1 again brings it forward.
    if (auto *open = findChild<ManualDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new ManualDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(menuBar(), this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl &url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
    QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            // Open after the drop finishes, so a "save changes?" dialog does not run inside it.
            const QString path = url.toLocalFile();
            QMetaObject::invokeMethod(
                this, [this, path] { openFile(path); }, Qt::QueuedConnection);
            return;
        }
    }
}

} // namespace Topologist
