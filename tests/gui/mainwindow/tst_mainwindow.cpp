// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as users drive it: files (open, save, reopen, revert, new from template,
// drop), the modified marker, undo/redo through the actions, copy/paste between two windows.
#include "catalog/typecatalog.h"
#include "dialogs/aboutdialog.h"
#include "documentactions.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/recentfiles.h"
#include "problems/problemlist.h"
#include "sections/groupspoliciespanel.h"
#include "selectionmodel.h"
#include "testhelpers.h"
#include "testpaths.h"
#include "topologydocument.h"
#include "waitforopen.h"
#include "yaml/toscareader.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrl>

#include <gtest/gtest.h>

#include <memory>

using namespace Topologist;
using Topologist::Test::changeableBundledCatalog;
using Topologist::Test::loadAndWait;
using Topologist::Test::openAndWait;

namespace {

/// Answers the next message box with `button` once it shows (modal dialogs block the test
/// otherwise). It looks for one for a while: the box of a background open comes when the load
/// ends.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto *timer = new QTimer;
    auto ticks = std::make_shared<int>(0);
    timer->setInterval(5);
    QObject::connect(timer, &QTimer::timeout, [timer, ticks, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box && ++*ticks < 2000)
            return;
        timer->stop();
        timer->deleteLater();
        if (box && box->button(button))
            box->button(button)->click();
        else if (box)
            box->reject();
    });
    timer->start();
}

QStringList topologies()
{
    QStringList files;
    for (const char *name : {"mesos-ha", "aurora", "marathon", "marathon-rexray"}) {
        files << QStringLiteral(":/examples/%1/%1.yml").arg(QLatin1String(name));
        const QString published = Test::publishedTopology(QLatin1String(name));
        if (QFile::exists(published))
            files << published;
    }
    return files;
}

} // namespace

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        RecentFiles().clear();
        ASSERT_TRUE(m_dir.isValid());
    }

    /// A copy of `resource` in the temporary folder, since the window opens files.
    QString copyToDisk(const QString &resource)
    {
        const QString path = m_dir.filePath(QFileInfo(resource).fileName());
        QFile::remove(path);
        EXPECT_TRUE(QFile::copy(resource, path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }

    QTemporaryDir m_dir;
};

TEST_F(MainWindowTest, openSaveReopenGivesTheSameTopology)
{
    MainWindow window(changeableBundledCatalog());
    for (const QString &source : topologies()) {
        const QString path = copyToDisk(source);
        ASSERT_TRUE(openAndWait(window, path)) << path.toStdString();
        const ToscaArchive opened = window.document()->archive();
        const QString saved = m_dir.filePath(QStringLiteral("saved.yml"));
        QString error;
        ASSERT_TRUE(window.document()->save(saved, &error)) << error.toStdString();
        EXPECT_FALSE(window.isWindowModified());
        ASSERT_TRUE(openAndWait(window, saved));
        EXPECT_TRUE(window.document()->archive() == opened) << source.toStdString();
        EXPECT_EQ(window.document()->topology().nodeCount(), opened.topology->nodeCount());
        // The layout the canvas computed for a file without one is not forced into the file.
        EXPECT_FALSE(window.isWindowModified());
    }
}

TEST_F(MainWindowTest, editMarksModifiedAndUndoActionRestoresExactly)
{
    MainWindow window(changeableBundledCatalog());
    ASSERT_TRUE(
        openAndWait(window, copyToDisk(QStringLiteral(":/examples/marathon/marathon.yml"))));
    const QByteArray before = window.document()->serialize();
    EXPECT_FALSE(window.isWindowModified());
    EXPECT_TRUE(window.windowTitle().contains(QLatin1String("marathon.yml")));
    ASSERT_TRUE(DocumentActions(window.document())
                    .setProperty(QStringLiteral("MesosMaster"),
                                 QStringLiteral("port"),
                                 Value::scalar(QStringLiteral("5055"))));
    EXPECT_TRUE(window.isWindowModified());
    window.action(QStringLiteral("actionUndo"))->trigger();
    EXPECT_EQ(window.document()->serialize(), before);
    EXPECT_FALSE(window.isWindowModified());
    window.action(QStringLiteral("actionRedo"))->trigger();
    EXPECT_TRUE(window.isWindowModified());
    EXPECT_EQ(window.document()
                  ->topology()
                  .node(QStringLiteral("MesosMaster"))
                  ->property(QStringLiteral("port"))
                  .text(),
              QStringLiteral("5055"));
}

TEST_F(MainWindowTest, saveIsAtomicAndClearsTheModifiedMarker)
{
    MainWindow window(changeableBundledCatalog());
    const QString path = copyToDisk(QStringLiteral(":/examples/mesos-ha/mesos-ha.yml"));
    ASSERT_TRUE(openAndWait(window, path));
    DocumentActions(window.document())
        .renameNode(QStringLiteral("Mesos_Slave"), QStringLiteral("Agent"));
    ASSERT_TRUE(window.save());
    EXPECT_FALSE(window.isWindowModified());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("Agent:"));
    // No temporary left next to the file by the atomic save.
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files).size(), 1);
}

TEST_F(MainWindowTest, revertReloadsTheFileAfterConfirmation)
{
    MainWindow window(changeableBundledCatalog());
    ASSERT_TRUE(
        openAndWait(window, copyToDisk(QStringLiteral(":/examples/marathon/marathon.yml"))));
    DocumentActions(window.document()).removeNodes({QStringLiteral("MarathonLB")});
    ASSERT_FALSE(window.document()->topology().contains(QStringLiteral("MarathonLB")));
    answerNextMessageBox(QMessageBox::Yes);
    ASSERT_TRUE(loadAndWait(window, [&] {
        window.revert();
        return window.isOpening();
    }));
    EXPECT_TRUE(window.document()->topology().contains(QStringLiteral("MarathonLB")));
    EXPECT_FALSE(window.isWindowModified());
}

TEST_F(MainWindowTest, unsavedChangesAreNotDiscardedWhenTheUserCancels)
{
    MainWindow window(changeableBundledCatalog());
    ASSERT_TRUE(
        openAndWait(window, copyToDisk(QStringLiteral(":/examples/marathon/marathon.yml"))));
    DocumentActions(window.document()).removeNodes({QStringLiteral("MarathonLB")});
    answerNextMessageBox(QMessageBox::Cancel);
    EXPECT_FALSE(window.newDocument());
    EXPECT_FALSE(window.document()->topology().contains(QStringLiteral("MarathonLB")))
        << "the edited document stays";
    EXPECT_TRUE(window.isWindowModified());
    answerNextMessageBox(QMessageBox::Discard);
    EXPECT_TRUE(window.newDocument());
    EXPECT_EQ(window.document()->topology().nodeCount(), 0);
}

TEST_F(MainWindowTest, newFromEachBundledTemplateIsValidAndUnmodified)
{
    MainWindow window(changeableBundledCatalog());
    for (const char *name : {"mesos-ha", "aurora", "marathon", "marathon-rexray"}) {
        ASSERT_TRUE(
            window.newDocument(QStringLiteral(":/examples/%1/%1.yml").arg(QLatin1String(name))));
        EXPECT_GT(window.document()->topology().nodeCount(), 3);
        EXPECT_TRUE(window.document()->filePath().isEmpty())
            << "a template is a new, untitled topology";
        int errors = 0;
        for (const Problem &p : window.document()->problems())
            errors += p.severity == Severity::Error ? 1 : 0;
        EXPECT_EQ(errors, 0) << name;
    }
}

TEST_F(MainWindowTest, unreadableFileIsRefusedAndTheCurrentDocumentKept)
{
    MainWindow window(changeableBundledCatalog());
    ASSERT_TRUE(
        openAndWait(window, copyToDisk(QStringLiteral(":/examples/marathon/marathon.yml"))));
    const QString broken = m_dir.filePath(QStringLiteral("broken.yml"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("tosca_definitions_version: alien_dsl_1_4_0\ntopology_template: [unclosed\n");
    file.close();
    answerNextMessageBox(QMessageBox::Ok);
    EXPECT_FALSE(openAndWait(window, broken));
    EXPECT_TRUE(window.document()->topology().contains(QStringLiteral("MesosMaster")));
}

TEST_F(MainWindowTest, droppingAFileOnTheWindowOpensIt)
{
    MainWindow window(changeableBundledCatalog());
    const QString path = copyToDisk(QStringLiteral(":/examples/aurora/aurora.yml"));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QSignalSpy finished(&window, &MainWindow::openFinished);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(finished.first().at(1).toBool());
    EXPECT_EQ(QFileInfo(window.document()->filePath()).fileName(), QStringLiteral("aurora.yml"));
    EXPECT_TRUE(window.document()->topology().contains(QStringLiteral("AuroraScheduler")));
    EXPECT_TRUE(RecentFiles().files().contains(QFileInfo(path).absoluteFilePath()));
}

TEST_F(MainWindowTest, copyPasteBetweenTwoWindows)
{
    MainWindow source(changeableBundledCatalog());
    MainWindow target(changeableBundledCatalog());
    ASSERT_TRUE(source.newDocument(QStringLiteral(":/examples/marathon/marathon.yml")));
    ASSERT_TRUE(target.newDocument(QStringLiteral(":/examples/mesos-ha/mesos-ha.yml")));
    source.selection()->setSelectedNodes({QStringLiteral("SlaveCompute"),
                                          QStringLiteral("MesosSlave"),
                                          QStringLiteral("DockerEngine")});
    ASSERT_EQ(source.selection()->selectedNodes().size(), 3);
    ASSERT_TRUE(source.action(QStringLiteral("actionCopy"))->isEnabled());
    source.action(QStringLiteral("actionCopy"))->trigger();
    ASSERT_TRUE(
        QApplication::clipboard()->mimeData()->text().contains(QLatin1String("MesosSlave:")))
        << QApplication::clipboard()->mimeData()->text().toStdString();
    ASSERT_TRUE(target.action(QStringLiteral("actionPaste"))->isEnabled());
    const int before = target.document()->topology().nodeCount();
    target.action(QStringLiteral("actionPaste"))->trigger();
    EXPECT_EQ(target.document()->topology().nodeCount(), before + 3);
    const NodeTemplate *slave = target.document()->topology().node(QStringLiteral("MesosSlave"));
    ASSERT_NE(slave, nullptr);
    QStringList targets;
    for (const RequirementAssignment &r : slave->requirements)
        targets << r.node;
    EXPECT_TRUE(targets.contains(QStringLiteral("SlaveCompute")));
    EXPECT_TRUE(targets.contains(QStringLiteral("DockerEngine")));
    EXPECT_EQ(target.selection()->selectedNodes().size(), 3) << "the pasted nodes are selected";
    // DockerEngine comes with mesos-types' own imports, so the pasted nodes resolve without a
    // new import. The agent's master (MesosMaster) does not exist here, so that relationship was
    // dropped and the validator says so, pointing at the agent rather than at clipboard lines.
    EXPECT_TRUE(target.document()->types().contains(
        TypeKind::Node, QStringLiteral("org.alien4cloud.nodes.DockerEngine")));
    QStringList errors;
    for (const Problem &p : target.document()->problems()) {
        if (p.severity == Severity::Error)
            errors << p.code + QLatin1Char(' ') + p.node + QLatin1Char(' ') + p.location.toString();
    }
    EXPECT_EQ(errors, QStringList{QStringLiteral("TOPO-REQ-001 MesosSlave <topology>")});
    // One undo removes the whole paste.
    target.action(QStringLiteral("actionUndo"))->trigger();
    EXPECT_EQ(target.document()->topology().nodeCount(), before);
}

TEST_F(MainWindowTest, deleteAsksWhenHostedNodesWouldGoToo)
{
    MainWindow window(changeableBundledCatalog());
    ASSERT_TRUE(window.newDocument(QStringLiteral(":/examples/marathon/marathon.yml")));
    window.selection()->setSelectedNodes({QStringLiteral("MasterCompute")});
    answerNextMessageBox(QMessageBox::Cancel);
    window.action(QStringLiteral("actionDelete"))->trigger();
    EXPECT_TRUE(window.document()->topology().contains(QStringLiteral("MasterCompute")));
    answerNextMessageBox(QMessageBox::Yes);
    window.action(QStringLiteral("actionDelete"))->trigger();
    for (const char *gone : {"MasterCompute", "MesosMaster", "Marathon", "MarathonLB"})
        EXPECT_FALSE(window.document()->topology().contains(QLatin1String(gone))) << gone;
    EXPECT_EQ(window.document()->undoStack()->count(), 1);
}

TEST_F(MainWindowTest, standardShortcutsAreBound)
{
    MainWindow window(changeableBundledCatalog());
    const QList<std::pair<const char *, QKeySequence::StandardKey>> expected = {
        {"actionNew", QKeySequence::New},
        {"actionOpen", QKeySequence::Open},
        {"actionSave", QKeySequence::Save},
        {"actionSaveAs", QKeySequence::SaveAs},
        {"actionUndo", QKeySequence::Undo},
        {"actionRedo", QKeySequence::Redo},
        {"actionCut", QKeySequence::Cut},
        {"actionCopy", QKeySequence::Copy},
        {"actionPaste", QKeySequence::Paste},
        {"actionDelete", QKeySequence::Delete},
        {"actionSelectAll", QKeySequence::SelectAll},
        {"actionZoomIn", QKeySequence::ZoomIn},
        {"actionZoomOut", QKeySequence::ZoomOut},
    };
    for (const auto &[name, key] : expected) {
        QAction *action = window.action(QLatin1String(name));
        ASSERT_NE(action, nullptr) << name;
        EXPECT_EQ(action->shortcut(), QKeySequence(key)) << name;
    }
}

TEST_F(MainWindowTest, aboutActionOpensTheAboutDialog)
{
    MainWindow window(changeableBundledCatalog());
    window.show();
    // Whatever modal window the action opens is looked at and closed, so that a blocking one
    // fails the test instead of hanging it.
    bool done = false;
    bool sawAboutDialog = false;
    QString name;
    auto *timer = new QTimer(&window);
    timer->setInterval(5);
    QObject::connect(timer, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        timer->stop();
        if (auto *about = qobject_cast<AboutDialog *>(modal)) {
            sawAboutDialog = true;
            name = about->findChild<QLabel *>(QStringLiteral("nameLabel"))->text();
            about->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
        } else {
            modal->close();
        }
        done = true;
    });
    timer->start();
    window.findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, 5000));
    EXPECT_TRUE(sawAboutDialog);
    EXPECT_TRUE(name.contains(QStringLiteral(TOPOLOGIST_VERSION))) << name.toStdString();
    // Closed, it goes away rather than piling up with each About.
    EXPECT_TRUE(QTest::qWaitFor([&] { return window.findChildren<AboutDialog *>().isEmpty(); }));
}

TEST_F(MainWindowTest, doubleClickingAPolicyProblemShowsThePolicyInItsPanel)
{
    QFile example(QStringLiteral(":/examples/marathon/marathon.yml"));
    ASSERT_TRUE(example.open(QIODevice::ReadOnly));
    const QString path = m_dir.filePath(QStringLiteral("policies.yml"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(example.readAll()
               + "  policies:\n    - KeepApart:\n        type: tosca.policies.Placement\n"
                 "        targets: [ SlaveComptue ]\n");
    file.close();
    MainWindow window(changeableBundledCatalog());
    ASSERT_TRUE(openAndWait(window, path));
    auto *view = window.findChild<ProblemList *>()->findChild<QTreeView *>();
    ASSERT_NE(view, nullptr);
    const QModelIndexList found = view->model()->match(view->model()->index(0, 0),
                                                       Qt::DisplayRole,
                                                       QStringLiteral("*SlaveComptue*"),
                                                       1,
                                                       Qt::MatchWildcard | Qt::MatchRecursive);
    ASSERT_EQ(found.size(), 1);
    emit view->doubleClicked(found.front());
    auto *panel = window.findChild<GroupsPoliciesPanel *>();
    ASSERT_NE(panel, nullptr);
    ASSERT_NE(panel->policyList()->currentItem(), nullptr);
    EXPECT_EQ(panel->policyList()->currentItem()->text(0), QStringLiteral("KeepApart"));
}
