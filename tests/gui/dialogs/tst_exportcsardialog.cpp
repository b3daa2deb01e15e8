// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export CSAR: the default file, the CSAR written and read back, the name and version
// asked for and applied as an undoable edit, refusals shown in the dialog, the status message.
#include "dialogs/exportcsardialog.h"
#include "dialogtestsupport.h"
#include "mainwindow/mainwindow.h"
#include "testhelpers.h"
#include "testpaths.h"
#include "waitforopen.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <gmock/gmock.h>

using namespace Topologist;
using namespace Topologist::Test;
using ::testing::HasSubstr;

class ExportCsarDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        clearSettings();
        ASSERT_TRUE(m_dir.isValid());
    }

    QTemporaryDir m_dir;
};

TEST_F(ExportCsarDialogTest, WritesTheCsarBesideTheTopologyUnderItsNameAndVersion)
{
    auto document = openExampleCopy(QStringLiteral("marathon"), m_dir.path());
    ASSERT_NE(document, nullptr);
    ExportCsarDialog dialog(document.get());
    EXPECT_FALSE(dialog.asksForIdentity());
    const QString expected
        = m_dir.filePath(QStringLiteral("marathon-topology-1.4.0-SNAPSHOT.csar"));
    EXPECT_EQ(dialog.outputPath(), expected);
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportButton")),
                      Qt::LeftButton);

    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.errorText().isEmpty()) << dialog.errorText().toStdString();
    ASSERT_TRUE(QFile::exists(expected));
    EXPECT_THAT(dialog.successMessage().toStdString(),
                HasSubstr(QDir::toNativeSeparators(expected).toStdString()));
    // The CSAR opens again as the same topology.
    Diagnostics diagnostics;
    auto reopened = TopologyDocument::open(expected, dialogCatalog(), &diagnostics);
    ASSERT_NE(reopened, nullptr) << describe(diagnostics);
    EXPECT_EQ(reopened->archive().name, QStringLiteral("marathon-topology"));
    EXPECT_EQ(reopened->topology().nodeNames(), document->topology().nodeNames());
    // Exporting is not an edit.
    EXPECT_FALSE(document->isModified());
}

TEST_F(ExportCsarDialogTest, SelfContainedWritesTheTypeArchivesAndNamesThem)
{
    auto document = openExampleCopy(QStringLiteral("marathon"), m_dir.path());
    ASSERT_NE(document, nullptr);
    ExportCsarDialog dialog(document.get());
    dialog.setSelfContained(true);
    ASSERT_TRUE(dialog.exportNow()) << dialog.errorText().toStdString();
    const QStringList dependencies = dialog.exportResult().dependencyArchives;
    ASSERT_EQ(dependencies.size(), 3);
    for (const QString &path : dependencies) {
        EXPECT_TRUE(QFile::exists(path)) << path.toStdString();
        EXPECT_THAT(dialog.successMessage().toStdString(),
                    HasSubstr(QFileInfo(path).fileName().toStdString()));
    }
    EXPECT_TRUE(QFileInfo(dependencies.first()).fileName().startsWith(QLatin1String("01-")));
    // The choice is the next export's default.
    ExportCsarDialog next(document.get());
    EXPECT_TRUE(next.selfContained());
}

TEST_F(ExportCsarDialogTest, AsksForNameAndVersionAndAppliesThemAsOneUndoableEdit)
{
    QByteArray yaml = readAll(QStringLiteral(":/examples/marathon/marathon.yml"));
    yaml.replace("  template_name: marathon-topology\n", "");
    yaml.replace("  template_version: 1.4.0-SNAPSHOT\n", "");
    Diagnostics diagnostics;
    auto document = TopologyDocument::fromBytes(
        yaml, QStringLiteral("unnamed.yml"), dialogCatalog(), &diagnostics);
    ASSERT_NE(document, nullptr);
    ASSERT_TRUE(document->archive().name.isEmpty());
    QSettings().setValue(QStringLiteral("lastDirectory"), m_dir.path());

    ExportCsarDialog dialog(document.get());
    dialog.show();
    ASSERT_TRUE(dialog.asksForIdentity());
    EXPECT_TRUE(dialog.findChild<QGroupBox *>(QStringLiteral("identityGroup"))->isVisible());
    const int steps = document->undoStack()->count();

    // A version A4C refuses is refused here, before anything changes.
    dialog.setTemplateName(QStringLiteral("my-cluster"));
    dialog.setTemplateVersion(QStringLiteral("version one"));
    EXPECT_FALSE(dialog.exportNow());
    EXPECT_THAT(dialog.errorText().toStdString(),
                HasSubstr("is not a version Alien4Cloud accepts"));
    EXPECT_EQ(document->undoStack()->count(), steps);
    EXPECT_TRUE(document->archive().name.isEmpty());

    dialog.setTemplateVersion(QStringLiteral("0.2.0-SNAPSHOT"));
    // The suggested file follows the name and version typed.
    const QString expected = m_dir.filePath(QStringLiteral("my-cluster-0.2.0-SNAPSHOT.csar"));
    EXPECT_EQ(dialog.outputPath(), expected);
    ASSERT_TRUE(dialog.exportNow()) << dialog.errorText().toStdString();
    EXPECT_TRUE(QFile::exists(expected));
    EXPECT_EQ(document->archive().name, QStringLiteral("my-cluster"));
    EXPECT_EQ(document->archive().version, QStringLiteral("0.2.0-SNAPSHOT"));
    EXPECT_EQ(document->undoStack()->count(), steps + 1);
    EXPECT_TRUE(document->isModified());

    document->undoStack()->undo();
    EXPECT_TRUE(document->archive().name.isEmpty());
    EXPECT_TRUE(document->archive().version.isEmpty());
    document->undoStack()->redo();
    EXPECT_EQ(document->archive().name, QStringLiteral("my-cluster"));
}

TEST_F(ExportCsarDialogTest, ValidationErrorsRefuseInTheDialogUntilForced)
{
    const QString path
        = copyInto(dataPath(QStringLiteral("export/broken-topology.yml")), m_dir.path());
    Diagnostics diagnostics;
    auto document = TopologyDocument::open(path, dialogCatalog(), &diagnostics);
    ASSERT_NE(document, nullptr);
    ExportCsarDialog dialog(document.get());
    dialog.show();
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("validationNote"))->isVisible());
    const QString output = dialog.outputPath();

    EXPECT_FALSE(dialog.exportNow());
    EXPECT_EQ(dialog.exportResult().refusal, CsarExporter::Refusal::ValidationErrors);
    EXPECT_TRUE(dialog.isVisible()); // still open: the user can force or fix
    EXPECT_THAT(dialog.errorText().toStdString(), HasSubstr("Not exported: the topology has"));
    EXPECT_THAT(dialog.errorText().toStdString(), HasSubstr("MesosMaster"));
    EXPECT_FALSE(QFile::exists(output));
    // The errors are still the document's problems.
    EXPECT_FALSE(document->problems().isEmpty());

    dialog.setForce(true);
    ASSERT_TRUE(dialog.exportNow()) << dialog.errorText().toStdString();
    EXPECT_TRUE(QFile::exists(output));
    EXPECT_TRUE(dialog.errorText().isEmpty());
}

TEST_F(ExportCsarDialogTest, ExistingFileIsAnnouncedBeforeItIsReplaced)
{
    auto document = openExampleCopy(QStringLiteral("marathon"), m_dir.path());
    ASSERT_NE(document, nullptr);
    const QString target = m_dir.filePath(QStringLiteral("out.csar"));
    ASSERT_TRUE(writeFile(target, "old"));
    ExportCsarDialog dialog(document.get());
    dialog.show();
    dialog.setOutputPath(target);
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("overwriteWarning"))->isVisible());
    ASSERT_TRUE(dialog.exportNow());
    EXPECT_NE(readAll(target), QByteArray("old"));
}

TEST_F(ExportCsarDialogTest, MainWindowActionExportsAndSaysWhereInTheStatusBar)
{
    MainWindow window(dialogCatalog());
    ASSERT_TRUE(openAndWait(
        window, copyInto(QStringLiteral(":/examples/marathon/marathon.yml"), m_dir.path())));
    QAction *action = window.action(QStringLiteral("actionExportCsar"));
    ASSERT_NE(action, nullptr);
    ASSERT_TRUE(action->isEnabled());
    action->trigger();
    ExportCsarDialog *dialog = window.exportCsarDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    const QString output = dialog->outputPath();
    ASSERT_TRUE(dialog->exportNow());
    EXPECT_TRUE(QFile::exists(output));
    EXPECT_THAT(window.statusBar()->currentMessage().toStdString(),
                HasSubstr(QDir::toNativeSeparators(output).toStdString()));
}
