// SPDX-License-Identifier: GPL-3.0-or-later
// Type libraries in the designer: the Types > Type Libraries dialog, the folder watch, one
// version of each archive in the palette, and a way on when a topology's import is missing.
#include "catalog/typecatalog.h"
#include "libraries/typelibrariesdialog.h"
#include "libraries/typelibrarymanager.h"
#include "mainwindow/mainwindow.h"
#include "palette/typepalette.h"
#include "palette/typepalettemodel.h"
#include "testhelpers.h"
#include "topologydocument.h"
#include "waitforopen.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QEventLoop>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

QByteArray archive(const QByteArray &name, const QByteArray &version, const QByteArray &type)
{
    return "tosca_definitions_version: alien_dsl_1_4_0\n"
           "metadata:\n  template_name: "
           + name + "\n  template_version: " + version
           + "\nimports:\n  - tosca-normative-types:1.0.0-ALIEN14\n"
             "node_types:\n  "
           + type + ":\n    derived_from: tosca.nodes.SoftwareComponent\n";
}

bool writeIn(const QTemporaryDir &dir, const QString &relative, const QByteArray &bytes)
{
    const QString path = dir.filePath(relative);
    return QDir().mkpath(QFileInfo(path).absolutePath()) && writeFile(path, bytes);
}

QStringList visibleArchiveTitles(TypePalette *palette)
{
    QStringList titles;
    const QAbstractItemModel *model = palette->findChild<QTreeView *>()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        titles << model->index(row, 0).data().toString();
    return titles;
}

class TypeLibrariesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        clearSettings();
        ASSERT_TRUE(m_library.isValid());
        ASSERT_TRUE(writeIn(
            m_library, QStringLiteral("app/1.0/types.yml"), archive("app", "1.0", "my.App")));
        ASSERT_TRUE(writeIn(
            m_library, QStringLiteral("app/2.0/types.yml"), archive("app", "2.0", "my.App")));
        ASSERT_TRUE(writeIn(m_library,
                            QStringLiteral("broken/types.yml"),
                            "tosca_definitions_version: alien_dsl_1_4_0\nmetadata: [oops\n"));
        m_catalog.addBundledLibrary();
    }
    void TearDown() override { clearSettings(); }

    static void clearSettings()
    {
        QSettings settings;
        settings.remove(TypeLibraryManager::settingsKey());
        settings.remove(TypeLibraryManager::legacyArchivesKey());
    }

    QString topologyImporting(const QByteArray &appVersion)
    {
        const QString path
            = m_topologies.filePath(QStringLiteral("t-%1.yml").arg(QLatin1String(appVersion)));
        writeFile(path,
                  "tosca_definitions_version: alien_dsl_1_4_0\n"
                  "metadata:\n  template_name: t\n  template_version: 1.0.0\n"
                  "imports:\n  - tosca-normative-types:1.0.0-ALIEN14\n  - app:"
                      + appVersion
                      + "\ntopology_template:\n  node_templates:\n"
                        "    app:\n      type: my.App\n");
        return path;
    }

    QTemporaryDir m_library;
    QTemporaryDir m_topologies;
    TypeCatalog m_catalog;
};

} // namespace

TEST_F(TypeLibrariesTest, TheDialogAddsShowsAndRemovesALibrary)
{
    TypeLibraryManager manager(m_catalog);
    TypeLibrariesDialog dialog(&manager);
    auto *libraries = dialog.findChild<QListWidget *>(QStringLiteral("librariesList"));
    auto *archives = dialog.findChild<QTreeWidget *>(QStringLiteral("archivesTree"));
    auto *problems = dialog.findChild<QListWidget *>(QStringLiteral("problemsList"));
    ASSERT_TRUE(libraries && archives && problems);
    EXPECT_EQ(libraries->count(), 0);

    ASSERT_TRUE(dialog.addFolder(m_library.path()));
    ASSERT_EQ(libraries->count(), 1);
    EXPECT_EQ(dialog.currentLibrary(), QDir(m_library.path()).absolutePath());
    ASSERT_EQ(archives->topLevelItemCount(), 2);
    EXPECT_EQ(archives->topLevelItem(0)->text(0), QStringLiteral("app"));
    EXPECT_EQ(archives->topLevelItem(0)->text(1), QStringLiteral("1.0"));
    EXPECT_EQ(archives->topLevelItem(1)->text(1), QStringLiteral("2.0"));
    ASSERT_EQ(problems->count(), 1);
    EXPECT_TRUE(problems->item(0)->text().startsWith(QStringLiteral("broken/types.yml: ")))
        << problems->item(0)->text().toStdString();
    EXPECT_EQ(problems->item(0)->data(Qt::UserRole).toString(), QStringLiteral("TOPO-LIB-001"));
    // Kept for the next start.
    EXPECT_EQ(QSettings().value(TypeLibraryManager::settingsKey()).toStringList(),
              QStringList{QDir(m_library.path()).absolutePath()});
    TypeCatalog restored;
    TypeLibraryManager::restore(restored);
    EXPECT_NE(restored.find(QStringLiteral("app:2.0")), nullptr);

    dialog.findChild<QAbstractButton *>(QStringLiteral("removeButton"))->click();
    EXPECT_EQ(libraries->count(), 0);
    EXPECT_EQ(archives->topLevelItemCount(), 0);
    EXPECT_EQ(m_catalog.find(QStringLiteral("app:2.0")), nullptr);
    EXPECT_TRUE(QSettings().value(TypeLibraryManager::settingsKey()).toStringList().isEmpty());
}

TEST_F(TypeLibrariesTest, AFolderWithoutArchivesIsRefusedAndNotRemembered)
{
    QTemporaryDir empty;
    TypeLibraryManager manager(m_catalog);
    TypeLibrariesDialog dialog(&manager);
    EXPECT_FALSE(dialog.addFolder(empty.path()));
    EXPECT_TRUE(m_catalog.libraries().isEmpty());
    EXPECT_TRUE(QSettings().value(TypeLibraryManager::settingsKey()).toStringList().isEmpty());
    auto *box = dialog.findChild<QMessageBox *>();
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QDir::toNativeSeparators(empty.path())));
    box->close();
}

TEST_F(TypeLibrariesTest, AChangeOnDiskRefreshesTheLibrary)
{
    TypeLibraryManager manager(m_catalog);
    Diagnostics diagnostics;
    ASSERT_TRUE(manager.addLibrary(m_library.path(), &diagnostics));
    QEventLoop loop;
    bool changed = false;
    QObject::connect(&manager, &TypeLibraryManager::librariesChanged, &loop, [&] {
        changed = true;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    ASSERT_TRUE(
        writeIn(m_library, QStringLiteral("app/3.0/types.yml"), archive("app", "3.0", "my.App")));
    loop.exec();
    ASSERT_TRUE(changed);
    EXPECT_NE(m_catalog.find(QStringLiteral("app:3.0")), nullptr);
}

TEST_F(TypeLibrariesTest, ThePaletteShowsTheVersionADropWouldImport)
{
    Diagnostics diagnostics;
    ASSERT_TRUE(m_catalog.addLibrary(m_library.path(), &diagnostics));
    MainWindow window(m_catalog);
    ASSERT_TRUE(window.newDocument());
    // A new topology imports no version of `app`: the newest is offered, the other hidden.
    QStringList titles = visibleArchiveTitles(window.palette());
    EXPECT_TRUE(titles.contains(QStringLiteral("app 2.0"))) << titles.join(", ").toStdString();
    EXPECT_FALSE(titles.contains(QStringLiteral("app 1.0")));
    EXPECT_EQ(window.document()->archiveDeclaring(QStringLiteral("my.App"))->id(),
              QStringLiteral("app:2.0"));

    // A topology that imports 1.0 sees 1.0: importing 2.0 beside it would clash.
    ASSERT_TRUE(openAndWait(window, topologyImporting("1.0")));
    titles = visibleArchiveTitles(window.palette());
    EXPECT_TRUE(titles.contains(QStringLiteral("app 1.0"))) << titles.join(", ").toStdString();
    EXPECT_FALSE(titles.contains(QStringLiteral("app 2.0")));
    EXPECT_EQ(window.missingImportsBox(), nullptr);
}

TEST_F(TypeLibrariesTest, AMissingImportOffersTheAvailableVersionAsOneUndoableEdit)
{
    Diagnostics diagnostics;
    ASSERT_TRUE(m_catalog.addLibrary(m_library.path(), &diagnostics));
    MainWindow window(m_catalog);
    ASSERT_TRUE(openAndWait(window, topologyImporting("0.9-SNAPSHOT")));
    QMessageBox *box = window.missingImportsBox();
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("app:0.9-SNAPSHOT (the libraries have "
                                                    "version 2.0)")))
        << box->text().toStdString();
    EXPECT_TRUE(
        findDiagnostic(window.document()->loadDiagnostics(), QStringLiteral("TOPO-IMP-001")));

    QAbstractButton *use = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (button->text().contains(QStringLiteral("Available Versions")))
            use = button;
    }
    ASSERT_NE(use, nullptr);
    use->click();
    const auto importedVersion = [&] {
        return window.document()->archive().imports.at(1).version;
    };
    EXPECT_EQ(importedVersion(), QStringLiteral("2.0"));
    EXPECT_EQ(
        window.document()->types().resolved(TypeKind::Node, QStringLiteral("my.App"))->archiveId,
        QStringLiteral("app:2.0"));
    window.document()->undoStack()->undo();
    EXPECT_EQ(importedVersion(), QStringLiteral("0.9-SNAPSHOT"));
    window.document()->undoStack()->redo();
    EXPECT_EQ(importedVersion(), QStringLiteral("2.0"));
}

TEST_F(TypeLibrariesTest, AMissingImportOffersToAddALibrary)
{
    MainWindow window(m_catalog);
    ASSERT_TRUE(openAndWait(window, topologyImporting("2.0")));
    QMessageBox *box = window.missingImportsBox();
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("app:2.0 (no library has app)")))
        << box->text().toStdString();
    QAbstractButton *libraries = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (button->text().contains(QStringLiteral("Libraries")))
            libraries = button;
        EXPECT_FALSE(button->text().contains(QStringLiteral("Available Versions")));
    }
    ASSERT_NE(libraries, nullptr);
    libraries->click();
    TypeLibrariesDialog *dialog = window.typeLibrariesDialog();
    ASSERT_NE(dialog, nullptr);
    // Adding the folder resolves the open topology's types at once.
    ASSERT_TRUE(dialog->addFolder(m_library.path()));
    EXPECT_NE(window.document()->types().resolved(TypeKind::Node, QStringLiteral("my.App")),
              nullptr);
    dialog->close();
}
