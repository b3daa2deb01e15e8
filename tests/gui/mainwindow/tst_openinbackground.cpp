// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a big topology (a generated 10,000-node one) in the designer: the window keeps
// handling events while the file loads, Cancel and a failing file leave the open document
// exactly as it was, a second open replaces the first, and edits made during the load are not
// thrown away unasked. Revert and Reload after a change on disk take the same way.
#include "catalog/typecatalog.h"
#include "documentactions.h"
#include "libraries/typelibrarymanager.h"
#include "mainwindow/loadprogressindicator.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/recentfiles.h"
#include "testhelpers.h"
#include "topologydocument.h"
#include "topologygenerator.h"
#include "waitforopen.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

constexpr int BigNodeCount = 10000;
constexpr int WaitMilliseconds = 120 * 1000;

/// Clicks @p buttons, one per message box, as the boxes show (the last comes when a load ends).
void answerMessageBoxesWhenShown(QList<QMessageBox::StandardButton> buttons)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, buttons]() mutable {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        const QMessageBox::StandardButton button = buttons.takeFirst();
        if (buttons.isEmpty()) {
            timer->stop();
            timer->deleteLater();
        }
        if (box->button(button))
            box->button(button)->click();
        else
            box->reject();
    });
    timer->start();
}

class OpenInBackgroundTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        RecentFiles().clear();
        ASSERT_TRUE(m_dir.isValid());
        m_small = m_dir.filePath(QStringLiteral("marathon.yml"));
        ASSERT_TRUE(writeFile(m_small, readAll(bundledExample(QStringLiteral("marathon")))));
    }

    /// The big topology, written once per test.
    QString big()
    {
        if (m_big.isEmpty()) {
            m_big = m_dir.filePath(QStringLiteral("big.yml"));
            EXPECT_TRUE(writeFile(m_big, TopologyGenerator(BigNodeCount).yaml()));
        }
        return m_big;
    }

    QTemporaryDir m_dir;
    QString m_small;
    QString m_big;
};

} // namespace

TEST_F(OpenInBackgroundTest, theWindowKeepsHandlingEventsWhileABigFileLoadsThenShowsIt)
{
    MainWindow window(changeableBundledCatalog());
    window.show();
    ASSERT_TRUE(openAndWait(window, m_small));
    // A timer stands for everything the window must go on doing: repaints, menus, input.
    int ticks = 0;
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    timer.start();
    int ticksWhenFinished = -1;
    bool indicatorShown = false;
    QSignalSpy finished(&window, &MainWindow::openFinished);
    QObject::connect(&window, &MainWindow::openFinished, [&] { ticksWhenFinished = ticks; });
    QObject::connect(&timer, &QTimer::timeout, [&] {
        indicatorShown |= window.loadProgressIndicator()->isVisible();
    });

    ASSERT_TRUE(window.openFile(big()));
    EXPECT_TRUE(window.isOpening());
    EXPECT_EQ(ticks, 0) << "openFile() returns at once";
    ASSERT_TRUE(finished.wait(WaitMilliseconds));
    EXPECT_TRUE(finished.first().at(1).toBool());
    // Loading 10,000 nodes takes a second or more; the loop ran all along.
    EXPECT_GE(ticksWhenFinished, 10);
    EXPECT_TRUE(indicatorShown) << "a load that long shows its progress";
    EXPECT_FALSE(window.loadProgressIndicator()->isVisible()) << "and hides it when done";
    EXPECT_FALSE(window.isOpening());
    EXPECT_EQ(window.document()->topology().nodeCount(), BigNodeCount);
    EXPECT_EQ(window.document()->filePath(), big());
    EXPECT_FALSE(window.isWindowModified());
    EXPECT_TRUE(RecentFiles().files().contains(big()));
}

TEST_F(OpenInBackgroundTest, cancelLeavesTheOpenDocumentAsItWas)
{
    MainWindow window(changeableBundledCatalog());
    window.show();
    ASSERT_TRUE(openAndWait(window, m_small));
    const TopologyDocument *before = window.document();
    const QByteArray content = before->serialize();
    const QString title = window.windowTitle();
    QSignalSpy finished(&window, &MainWindow::openFinished);

    ASSERT_TRUE(window.openFile(big()));
    // Cancelled from the status bar once its progress shows, i.e. well into the load.
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.loadProgressIndicator()->isVisible(); },
                                WaitMilliseconds));
    ASSERT_TRUE(window.isOpening());
    auto *cancel = window.loadProgressIndicator()->findChild<QAbstractButton *>(
        QStringLiteral("cancelOpenButton"));
    ASSERT_NE(cancel, nullptr);
    cancel->click();
    ASSERT_TRUE(finished.wait(WaitMilliseconds));
    EXPECT_FALSE(finished.first().at(1).toBool());

    EXPECT_EQ(window.document(), before);
    EXPECT_EQ(window.document()->serialize(), content);
    EXPECT_FALSE(window.isWindowModified());
    EXPECT_EQ(window.windowTitle(), title);
    EXPECT_FALSE(RecentFiles().files().contains(big()));
    EXPECT_FALSE(window.loadProgressIndicator()->isVisible());
}

TEST_F(OpenInBackgroundTest, aFileThatFailsToLoadLeavesTheOpenDocumentAsItWas)
{
    MainWindow window(changeableBundledCatalog());
    ASSERT_TRUE(openAndWait(window, m_small));
    ASSERT_TRUE(DocumentActions(window.document()).removeNodes({QStringLiteral("MarathonLB")}));
    const TopologyDocument *before = window.document();
    const QByteArray content = before->serialize();
    const QString broken = m_dir.filePath(QStringLiteral("broken.yml"));
    ASSERT_TRUE(writeFile(broken, TopologyGenerator(BigNodeCount).yaml() + "  oops: [\n"));

    // The edit stays unsaved: the user keeps it for now ("Discard" only applies if the new
    // file opens, which it does not).
    answerMessageBoxesWhenShown({QMessageBox::Discard, QMessageBox::Ok});
    EXPECT_FALSE(openAndWait(window, broken));
    EXPECT_EQ(window.document(), before);
    EXPECT_EQ(window.document()->serialize(), content);
    EXPECT_TRUE(window.isWindowModified());
}

TEST_F(OpenInBackgroundTest, aSecondOpenWhileOneLoadsReplacesIt)
{
    MainWindow window(changeableBundledCatalog());
    QSignalSpy finished(&window, &MainWindow::openFinished);
    ASSERT_TRUE(window.openFile(big()));
    ASSERT_TRUE(window.openFile(m_small));
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.size() == 2; }, WaitMilliseconds));
    EXPECT_EQ(finished.at(0).at(0).toString(), big());
    EXPECT_FALSE(finished.at(0).at(1).toBool());
    EXPECT_EQ(finished.at(1).at(0).toString(), m_small);
    EXPECT_TRUE(finished.at(1).at(1).toBool());
    EXPECT_EQ(window.document()->filePath(), m_small);
    // Nothing of the first load turns up later.
    QTest::qWait(200);
    EXPECT_EQ(finished.size(), 2);
    EXPECT_EQ(window.document()->filePath(), m_small);
}

TEST_F(OpenInBackgroundTest, editsMadeWhileAFileLoadsAreNotDiscardedUnasked)
{
    MainWindow window(changeableBundledCatalog());
    ASSERT_TRUE(openAndWait(window, m_small));
    QSignalSpy finished(&window, &MainWindow::openFinished);
    ASSERT_TRUE(window.openFile(big()));
    // The window stays usable, so the user may edit the open topology meanwhile.
    ASSERT_TRUE(DocumentActions(window.document()).removeNodes({QStringLiteral("MarathonLB")}));
    const TopologyDocument *edited = window.document();
    answerMessageBoxesWhenShown({QMessageBox::Cancel});
    ASSERT_TRUE(finished.wait(WaitMilliseconds));
    EXPECT_FALSE(finished.first().at(1).toBool());
    EXPECT_EQ(window.document(), edited);
    EXPECT_FALSE(window.document()->topology().contains(QStringLiteral("MarathonLB")));
    EXPECT_TRUE(window.isWindowModified());
}

TEST_F(OpenInBackgroundTest, aLibraryAddedWhileAFileLoadsIsUsedByTheOpenedTopology)
{
    // The job resolves against the catalog as it was when the open began; a library the user
    // adds meanwhile must still count once the topology is shown.
    QTemporaryDir library;
    ASSERT_TRUE(QDir(library.path()).mkpath(QStringLiteral("extra")));
    ASSERT_TRUE(writeFile(library.filePath(QStringLiteral("extra/types.yml")),
                          "tosca_definitions_version: alien_dsl_2_0_0\n"
                          "metadata:\n  template_name: extra\n  template_version: 1.0.0\n"
                          "node_types:\n  my.Extra:\n    derived_from: tosca.nodes.Root\n"));
    QByteArray yaml = TopologyGenerator(BigNodeCount).yaml();
    yaml.replace("imports:\n", "imports:\n  - extra:1.0.0\n");
    const QString path = m_dir.filePath(QStringLiteral("big-with-extra.yml"));
    ASSERT_TRUE(writeFile(path, yaml));

    MainWindow window(changeableBundledCatalog());
    QSignalSpy finished(&window, &MainWindow::openFinished);
    ASSERT_TRUE(window.openFile(path));
    Diagnostics diagnostics;
    ASSERT_TRUE(window.typeLibraries()->addLibrary(library.path(), &diagnostics))
        << describe(diagnostics);
    ASSERT_TRUE(window.isOpening()) << "the library came while the file was loading";
    ASSERT_TRUE(finished.wait(WaitMilliseconds));
    ASSERT_TRUE(finished.first().at(1).toBool());
    EXPECT_EQ(findDiagnostic(window.document()->loadDiagnostics(), QStringLiteral("TOPO-IMP-001")),
              nullptr)
        << describe(window.document()->loadDiagnostics());
    EXPECT_EQ(window.missingImportsBox(), nullptr);
    window.typeLibraries()->removeLibrary(library.path());
}

/// Revert and Reload read the file again in the background, as File > Open does.
TEST_F(OpenInBackgroundTest, revertOfABigFileRunsInTheBackgroundAndGivesTheSavedVersion)
{
    MainWindow window(changeableBundledCatalog());
    window.show();
    ASSERT_TRUE(openAndWait(window, big()));
    const QString last = TopologyGenerator(BigNodeCount).nodeNames().constLast();
    ASSERT_TRUE(DocumentActions(window.document()).removeNodes({last}));
    ASSERT_TRUE(window.isWindowModified());
    const TopologyDocument *edited = window.document();
    int ticks = 0;
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    int ticksWhenFinished = -1;
    QSignalSpy finished(&window, &MainWindow::openFinished);
    QObject::connect(&window, &MainWindow::openFinished, [&] { ticksWhenFinished = ticks; });

    answerMessageBoxesWhenShown({QMessageBox::Yes});
    window.revert();
    // Counted from here: the question above ran an event loop of its own.
    timer.start();
    EXPECT_TRUE(window.isOpening()) << "revert() returns while the file loads";
    EXPECT_EQ(window.document(), edited) << "and the edited document stays until it has";
    ASSERT_TRUE(finished.wait(WaitMilliseconds));
    EXPECT_TRUE(finished.first().at(1).toBool());
    EXPECT_GE(ticksWhenFinished, 10);
    EXPECT_NE(window.document(), edited);
    EXPECT_EQ(window.document()->topology().nodeCount(), BigNodeCount);
    EXPECT_TRUE(window.document()->topology().contains(last));
    EXPECT_EQ(window.document()->filePath(), big());
    EXPECT_FALSE(window.isWindowModified());
    EXPECT_FALSE(window.loadProgressIndicator()->isVisible());
}

TEST_F(OpenInBackgroundTest, reloadOfABigFileChangedOnDiskRunsInTheBackground)
{
    MainWindow window(changeableBundledCatalog());
    window.show();
    ASSERT_TRUE(openAndWait(window, big()));
    const TopologyDocument *before = window.document();
    // Another program writes a bigger version.
    const int changedCount = BigNodeCount + 10;
    ASSERT_TRUE(writeFile(big(), TopologyGenerator(changedCount).yaml()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.changedOnDiskBox() != nullptr; }, 5000));
    int ticks = 0;
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    int ticksWhenFinished = -1;
    bool loadingSeen = false;
    QObject::connect(&timer, &QTimer::timeout, [&] { loadingSeen |= window.isOpening(); });
    QSignalSpy finished(&window, &MainWindow::openFinished);
    QObject::connect(&window, &MainWindow::openFinished, [&] { ticksWhenFinished = ticks; });
    timer.start();

    auto *reload
        = window.changedOnDiskBox()->findChild<QAbstractButton *>(QStringLiteral("reloadButton"));
    ASSERT_NE(reload, nullptr);
    reload->click();
    ASSERT_TRUE(finished.wait(WaitMilliseconds));
    EXPECT_TRUE(finished.first().at(1).toBool());
    EXPECT_TRUE(loadingSeen) << "the window's loop ran while the file was reloading";
    EXPECT_GE(ticksWhenFinished, 10);
    EXPECT_NE(window.document(), before);
    EXPECT_EQ(window.document()->topology().nodeCount(), changedCount);
    EXPECT_FALSE(window.isWindowModified());
    EXPECT_FALSE(window.document()->isChangedOnDisk());
}

TEST_F(OpenInBackgroundTest, cancelDuringARevertLeavesTheEditedDocumentAsItWas)
{
    MainWindow window(changeableBundledCatalog());
    window.show();
    ASSERT_TRUE(openAndWait(window, big()));
    const QString last = TopologyGenerator(BigNodeCount).nodeNames().constLast();
    ASSERT_TRUE(DocumentActions(window.document()).removeNodes({last}));
    const TopologyDocument *edited = window.document();
    const QByteArray content = edited->serialize();
    const int undoIndex = window.document()->undoStack()->index();
    QSignalSpy finished(&window, &MainWindow::openFinished);

    answerMessageBoxesWhenShown({QMessageBox::Yes});
    window.revert();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.loadProgressIndicator()->isVisible(); },
                                WaitMilliseconds));
    auto *cancel = window.loadProgressIndicator()->findChild<QAbstractButton *>(
        QStringLiteral("cancelOpenButton"));
    ASSERT_NE(cancel, nullptr);
    cancel->click();
    ASSERT_TRUE(finished.wait(WaitMilliseconds));
    EXPECT_FALSE(finished.first().at(1).toBool());

    EXPECT_EQ(window.document(), edited);
    EXPECT_EQ(window.document()->serialize(), content);
    EXPECT_EQ(window.document()->undoStack()->index(), undoIndex) << "the edit can be undone";
    EXPECT_FALSE(window.document()->topology().contains(last));
    EXPECT_TRUE(window.isWindowModified());
    EXPECT_FALSE(window.loadProgressIndicator()->isVisible());
}

TEST_F(OpenInBackgroundTest, anEditMadeWhileARevertLoadsKeepsTheDocument)
{
    MainWindow window(changeableBundledCatalog());
    ASSERT_TRUE(openAndWait(window, big()));
    const QString last = TopologyGenerator(BigNodeCount).nodeNames().constLast();
    ASSERT_TRUE(DocumentActions(window.document()).removeNodes({last}));
    const TopologyDocument *edited = window.document();
    QSignalSpy finished(&window, &MainWindow::openFinished);

    answerMessageBoxesWhenShown({QMessageBox::Yes});
    window.revert();
    ASSERT_TRUE(window.isOpening());
    // The user's yes was about the edits made before it, not this one.
    window.document()->undoStack()->undo();
    ASSERT_TRUE(finished.wait(WaitMilliseconds));
    EXPECT_FALSE(finished.first().at(1).toBool());
    EXPECT_EQ(window.document(), edited);
    EXPECT_TRUE(window.document()->topology().contains(last));
    EXPECT_EQ(window.document()->undoStack()->index(), 0);
    EXPECT_TRUE(window.document()->undoStack()->canRedo()) << "the undone edit is still there";
}
