// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export Standard TOSCA: the file asked for, the standard export written, and a message
// box naming every key left out; a refusal told the same way.
#include "dialogs/standardexport.h"
#include "dialogtestsupport.h"
#include "mainwindow/mainwindow.h"
#include "testhelpers.h"
#include "waitforopen.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gmock/gmock.h>

#include <functional>

using namespace Topologist;
using namespace Topologist::Test;
using ::testing::HasSubstr;

namespace {

/// What the message box after the export said.
struct Report
{
    bool shown = false;
    QMessageBox::Icon icon = QMessageBox::NoIcon;
    QString text;
    QString informative;
    QString details;
};

/// Triggers @p action; answers the file dialog it opens with @p path (and says yes to replacing
/// a file), then reads and closes the report. Polls, since all are shown from inside the action,
/// and answers from a queued call, since the file dialog's accept() may itself ask modally;
/// anything else modal is closed, so that a blocking surprise fails the test instead of
/// hanging it.
Report exportThroughMenu(QAction *action, const QString &path)
{
    Report report;
    bool answeredFile = false;
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        QPointer<QWidget> modal = QApplication::activeModalWidget();
        if (auto *files = qobject_cast<QFileDialog *>(modal); files && !answeredFile) {
            answeredFile = true;
            // Typed as a user types it, at the moment of accepting: the dialog fills in its
            // suggestion while it reads the folder, which may overwrite an earlier selectFile().
            QTimer::singleShot(0, files, [files, path] {
                files->selectFile(path);
                if (auto *edit = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                    edit->setText(path);
                static_cast<QDialog *>(files)->accept(); // QFileDialog hides accept()
            });
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            if (box->objectName() == QLatin1String("standardExportReport")) {
                report
                    = {true, box->icon(), box->text(), box->informativeText(), box->detailedText()};
                box->close();
            } else if (QAbstractButton *yes = box->button(QMessageBox::Yes)) {
                QTimer::singleShot(0, yes, [yes] { yes->click(); });
            }
        } else if (modal && !qobject_cast<QFileDialog *>(modal)) {
            QTimer::singleShot(0, modal, [modal] {
                if (modal)
                    modal->close();
            });
        }
    });
    timer.start();
    action->trigger();
    QTest::qWaitFor([&] { return report.shown; }, 5000);
    return report;
}

class StandardExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        clearSettings();
        ASSERT_TRUE(m_dir.isValid());
        m_topology = copyInto(QStringLiteral(":/examples/marathon/marathon.yml"), m_dir.path());
        ASSERT_TRUE(openAndWait(m_window, m_topology));
    }

    QAction *exportAction() const
    {
        return m_window.action(QStringLiteral("actionExportStandardTosca"));
    }

    QTemporaryDir m_dir;
    MainWindow m_window{dialogCatalog()};
    QString m_topology;
};

} // namespace

TEST_F(StandardExportTest, TheFileMenuOffersItNamingTheVersionWritten)
{
    ASSERT_NE(exportAction(), nullptr);
    EXPECT_TRUE(exportAction()->isEnabled());
    EXPECT_EQ(exportAction()->text(), QStringLiteral("Export &Standard TOSCA (1.2)…"));
    EXPECT_EQ(StandardExport::suggestedPath(*m_window.document()),
              m_dir.filePath(QStringLiteral("marathon-standard.csar")));
}

TEST_F(StandardExportTest, WritesTheFileChosenAndListsTheKeysLeftOut)
{
    const QString output = m_dir.filePath(QStringLiteral("out.csar"));
    const Report report = exportThroughMenu(exportAction(), output);
    ASSERT_TRUE(report.shown);
    EXPECT_EQ(report.icon, QMessageBox::Information);
    EXPECT_THAT(report.text.toStdString(),
                HasSubstr(QDir::toNativeSeparators(output).toStdString()));
    const std::string dropped
        = "node_types/org.alien4cloud.nodes.MesosMaster/requirements/host: node_filter";
    EXPECT_THAT(report.informative.toStdString(), HasSubstr("Left out 3 keys"));
    EXPECT_THAT(report.informative.toStdString(), HasSubstr(dropped));
    EXPECT_THAT(report.details.toStdString(), HasSubstr(dropped));
    EXPECT_TRUE(readAll(output).startsWith("PK")) << "a zip";
    EXPECT_THAT(m_window.statusBar()->currentMessage().toStdString(),
                HasSubstr(QDir::toNativeSeparators(output).toStdString()));
    // Exporting is no edit.
    EXPECT_FALSE(m_window.document()->isModified());
}

TEST_F(StandardExportTest, AYamlNameGivesYaml)
{
    const QString output = m_dir.filePath(QStringLiteral("out.yaml"));
    const Report report = exportThroughMenu(exportAction(), output);
    ASSERT_TRUE(report.shown);
    EXPECT_TRUE(readAll(output).startsWith("tosca_definitions_version: tosca_simple_yaml_1_2\n"))
        << report.text.toStdString() << " / "
        << QDir(m_dir.path()).entryList().join(' ').toStdString();
}

TEST_F(StandardExportTest, ARefusalIsShownAndTheTopologyStays)
{
    const QByteArray before = readAll(m_topology);
    const Report report = exportThroughMenu(exportAction(), m_topology);
    ASSERT_TRUE(report.shown);
    EXPECT_EQ(report.icon, QMessageBox::Critical);
    EXPECT_THAT(report.informative.toStdString(), HasSubstr("the file the topology is read from"));
    EXPECT_EQ(readAll(m_topology), before);
}
