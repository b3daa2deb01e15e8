// SPDX-License-Identifier: GPL-3.0-or-later
// Never losing work, as users meet it in the window: the recovery offer at start-up (restore,
// compare, discard, later) and another program changing the open file (reload, keep, and Save
// asking before it overwrites).
#include "catalog/typecatalog.h"
#include "documentactions.h"
#include "documentautosaver.h"
#include "mainwindow/mainwindow.h"
#include "recovery/recoverydialog.h"
#include "recovery/recoverystore.h"
#include "testhelpers.h"
#include "topologydocument.h"
#include "waitforopen.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

#include <gtest/gtest.h>

using namespace Topologist;
using Topologist::Test::changeableBundledCatalog;
using Topologist::Test::loadAndWait;
using Topologist::Test::openAndWait;
using Topologist::Test::readAll;
using Topologist::Test::writeFile;

namespace {

/// Once a modal `Dialog` shows, runs `answer` on it (it must close it). Polls, since the
/// dialog is shown from inside the call under test.
template<typename Dialog>
void answerModal(std::function<void(Dialog *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, answer] {
        if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}

void clickChild(QWidget *parent, const char *name)
{
    auto *button = parent->findChild<QAbstractButton *>(QLatin1String(name));
    ASSERT_NE(button, nullptr) << name;
    button->click();
}

class FileSafetyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        qputenv("TOPOLOGIST_RECOVERY_DIR", m_dir.filePath(QStringLiteral("recovery")).toUtf8());
        m_file = m_dir.filePath(QStringLiteral("marathon.yml"));
        // The file as the designer writes it, so a diff shows the edit and nothing else.
        Diagnostics diagnostics;
        m_saved = TopologyDocument::fromBytes(
                      readAll(Topologist::Test::bundledExample(QStringLiteral("marathon"))),
                      QStringLiteral("marathon.yml"),
                      changeableBundledCatalog(),
                      &diagnostics)
                      ->serialize();
        ASSERT_TRUE(writeFile(m_file, m_saved));
        auto edited = TopologyDocument::open(m_file, changeableBundledCatalog(), &diagnostics);
        ASSERT_NE(edited, nullptr);
        ASSERT_EQ(edited->serialize(), m_saved);
        ASSERT_FALSE(DocumentActions(edited.get())
                         .addNode(QStringLiteral("tosca.nodes.Compute"), QPointF(400, 300))
                         .isEmpty());
        m_edited = edited->serialize();
        m_base = edited->diskFingerprint();
        ASSERT_NE(m_edited, m_saved);
    }
    void TearDown() override { qunsetenv("TOPOLOGIST_RECOVERY_DIR"); }

    /// What a killed session leaves: the recovery file of m_edited, no live lock.
    QString leaveRecoveryFile()
    {
        RecoveryEntry entry;
        entry.originalPath = m_file;
        entry.displayName = QStringLiteral("marathon.yml");
        entry.savedAt = QDateTime::currentDateTimeUtc();
        entry.base = m_base;
        entry.contents = m_edited;
        const QString path = RecoveryStore().newRecoveryPath();
        QString error;
        EXPECT_TRUE(RecoveryStore::write(path, entry, &error)) << error.toStdString();
        return path;
    }

    QTemporaryDir m_dir;
    QString m_file;
    QByteArray m_saved;
    QByteArray m_edited;
    FileFingerprint m_base;
};

} // namespace

TEST_F(FileSafetyTest, restoreOpensTheRecoveredVersionModifiedAndSaveWritesItsFile)
{
    const QString recoveryFile = leaveRecoveryFile();
    MainWindow window(changeableBundledCatalog());
    bool asked = false;
    answerModal<RecoveryDialog>([&](RecoveryDialog *dialog) {
        asked = true;
        clickChild(dialog, "restoreButton");
    });
    ASSERT_TRUE(loadAndWait(window, [&] {
        window.offerRecovery();
        return window.isOpening();
    }));
    ASSERT_TRUE(asked);
    ASSERT_NE(window.document(), nullptr);
    EXPECT_EQ(window.document()->serialize(), m_edited);
    EXPECT_EQ(window.document()->filePath(), m_file);
    EXPECT_TRUE(window.isWindowModified());
    EXPECT_EQ(readAll(m_file), m_saved) << "restoring does not write the user's file";
    // This session carries the recovery file on until the document is saved.
    EXPECT_EQ(window.autosaver()->recoveryPath(), recoveryFile);
    EXPECT_TRUE(QFile::exists(recoveryFile));
    EXPECT_TRUE(RecoveryStore().recoverable().isEmpty());

    ASSERT_TRUE(window.save()); // no question: the file is as the crashed session left it
    EXPECT_EQ(readAll(m_file), m_edited);
    EXPECT_FALSE(window.isWindowModified());
    EXPECT_FALSE(QFile::exists(recoveryFile));
}

TEST_F(FileSafetyTest, aSecondRestoredDocumentOpensInItsOwnWindow)
{
    const QString first = leaveRecoveryFile();
    const QString second = leaveRecoveryFile();
    MainWindow window(changeableBundledCatalog());
    int asked = 0;
    const std::function<void(RecoveryDialog *)> restore = [&](RecoveryDialog *dialog) {
        ++asked;
        clickChild(dialog, "restoreButton");
        if (asked == 1)
            answerModal<RecoveryDialog>(restore);
    };
    answerModal<RecoveryDialog>(restore);
    window.offerRecovery();
    ASSERT_EQ(asked, 2);
    MainWindow *other = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *w = qobject_cast<MainWindow *>(widget); w && w != &window)
            other = w;
    }
    ASSERT_NE(other, nullptr);
    // Both load in the background (the first may have ended while the second dialog showed).
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !window.isOpening() && !other->isOpening(); }, 60 * 1000));
    EXPECT_EQ(window.document()->serialize(), m_edited);
    EXPECT_EQ(other->document()->serialize(), m_edited);
    EXPECT_TRUE(other->isWindowModified());
    const QStringList held{window.autosaver()->recoveryPath(), other->autosaver()->recoveryPath()};
    EXPECT_TRUE(held.contains(first) && held.contains(second));
    delete other;
}

TEST_F(FileSafetyTest, discardRemovesTheRecoveryFileAndKeepsTheWindowEmpty)
{
    const QString recoveryFile = leaveRecoveryFile();
    MainWindow window(changeableBundledCatalog());
    answerModal<RecoveryDialog>([](RecoveryDialog *d) { clickChild(d, "discardButton"); });
    window.offerRecovery();
    EXPECT_FALSE(QFile::exists(recoveryFile));
    EXPECT_TRUE(RecoveryStore().recoverable().isEmpty());
    EXPECT_TRUE(window.document()->filePath().isEmpty());
    EXPECT_FALSE(window.isWindowModified());
}

TEST_F(FileSafetyTest, compareShowsWhatTheRecoveredVersionChangesAndLaterKeepsIt)
{
    const QString recoveryFile = leaveRecoveryFile();
    MainWindow window(changeableBundledCatalog());
    QString comparison;
    answerModal<RecoveryDialog>([&](RecoveryDialog *dialog) {
        clickChild(dialog, "compareButton");
        comparison = dialog->comparison();
        clickChild(dialog, "laterButton");
    });
    window.offerRecovery();
    EXPECT_TRUE(comparison.contains(QStringLiteral("+ ")));
    EXPECT_TRUE(comparison.contains(QStringLiteral("Compute"))) << comparison.toStdString();
    EXPECT_FALSE(comparison.contains(QStringLiteral("\n- "))) << "a node was only added";
    EXPECT_TRUE(QFile::exists(recoveryFile));
    EXPECT_EQ(RecoveryStore().recoverable().size(), 1) << "offered again at the next start";
    EXPECT_FALSE(window.isWindowModified());
}

TEST_F(FileSafetyTest, aFileChangedOutsideIsReloadedOnRequest)
{
    MainWindow window(changeableBundledCatalog());
    ASSERT_TRUE(openAndWait(window, m_file));
    ASSERT_TRUE(writeFile(m_file, m_edited));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.changedOnDiskBox() != nullptr; }, 5000));
    QMessageBox *box = window.changedOnDiskBox();
    EXPECT_TRUE(box->isVisible());
    EXPECT_FALSE(box->isModal() && box->windowModality() == Qt::ApplicationModal)
        << "the prompt does not block the application";
    clickChild(box, "reloadButton");
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.document()->serialize() == m_edited; }, 5000));
    EXPECT_FALSE(window.isWindowModified());
    EXPECT_FALSE(window.document()->isChangedOnDisk());
    EXPECT_EQ(window.changedOnDiskBox(), nullptr);
}

TEST_F(FileSafetyTest, keepLeavesTheDocumentAndSaveAsksBeforeOverwriting)
{
    MainWindow window(changeableBundledCatalog());
    ASSERT_TRUE(openAndWait(window, m_file));
    const QByteArray mine = window.document()->serialize();
    const QByteArray theirs = m_saved + "# edited in another editor\n";
    ASSERT_TRUE(writeFile(m_file, theirs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.changedOnDiskBox() != nullptr; }, 5000));
    clickChild(window.changedOnDiskBox(), "keepButton");
    EXPECT_EQ(window.document()->serialize(), mine);
    EXPECT_TRUE(window.document()->isChangedOnDisk());

    bool asked = false;
    answerModal<QMessageBox>([&](QMessageBox *box) {
        asked = box->objectName() == QLatin1String("overwriteBox");
        box->button(QMessageBox::Cancel)->click();
    });
    EXPECT_FALSE(window.save());
    EXPECT_TRUE(asked);
    EXPECT_EQ(readAll(m_file), theirs) << "cancel keeps the other program's version";

    answerModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Save)->click(); });
    EXPECT_TRUE(window.save());
    EXPECT_EQ(readAll(m_file), mine);
    EXPECT_FALSE(window.document()->isChangedOnDisk());
}
