// SPDX-License-Identifier: GPL-3.0-or-later
// Autosave: when the recovery file is written and removed, and what a restored document is.
#include "catalog/typecatalog.h"
#include "documentactions.h"
#include "documentautosaver.h"
#include "recovery/recoverystore.h"
#include "testhelpers.h"
#include "topologydocument.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Topologist;
using Topologist::Test::bundledCatalog;
using Topologist::Test::readAll;
using Topologist::Test::writeFile;

namespace {

class AutosaverTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("marathon.yml"));
        m_saved = readAll(Topologist::Test::bundledExample(QStringLiteral("marathon")));
        ASSERT_TRUE(writeFile(m_file, m_saved));
        Diagnostics diagnostics;
        m_document = TopologyDocument::open(m_file, bundledCatalog(), &diagnostics);
        ASSERT_NE(m_document, nullptr);
        m_store = RecoveryStore(m_dir.filePath(QStringLiteral("recovery")));
    }

    void edit()
    {
        ASSERT_FALSE(DocumentActions(m_document.get())
                         .addNode(QStringLiteral("tosca.nodes.Compute"), QPointF(10, 10))
                         .isEmpty());
    }

    QTemporaryDir m_dir;
    QString m_file;
    QByteArray m_saved;
    std::unique_ptr<TopologyDocument> m_document;
    RecoveryStore m_store{QString()};
};

} // namespace

TEST_F(AutosaverTest, writesTheEditsToItsOwnFileAfterTheIntervalNeverToTheUsersFile)
{
    DocumentAutosaver autosaver(m_document.get(), m_store);
    autosaver.setInterval(20);
    QSignalSpy autosaved(&autosaver, &DocumentAutosaver::autosaved);
    EXPECT_FALSE(autosaved.wait(100)) << "nothing to save before an edit";
    edit();
    ASSERT_TRUE(autosaved.wait(5000));
    EXPECT_EQ(autosaved.first().first().toString(), autosaver.recoveryPath());
    EXPECT_TRUE(autosaver.recoveryPath().startsWith(m_store.directory()));
    QString error;
    const auto entry = RecoveryStore::read(autosaver.recoveryPath(), &error);
    ASSERT_TRUE(entry) << error.toStdString();
    EXPECT_EQ(entry->contents, m_document->serialize());
    EXPECT_EQ(entry->originalPath, m_file);
    EXPECT_EQ(readAll(m_file), m_saved);
}

TEST_F(AutosaverTest, savingOrUndoingToCleanRemovesTheRecoveryFile)
{
    DocumentAutosaver autosaver(m_document.get(), m_store);
    edit();
    ASSERT_TRUE(autosaver.saveNow());
    ASSERT_TRUE(QFile::exists(autosaver.recoveryPath()));
    m_document->undoStack()->undo();
    EXPECT_FALSE(QFile::exists(autosaver.recoveryPath()));

    m_document->undoStack()->redo();
    ASSERT_TRUE(autosaver.saveNow());
    ASSERT_TRUE(QFile::exists(autosaver.recoveryPath()));
    QString error;
    ASSERT_TRUE(m_document->save(m_file, &error));
    EXPECT_FALSE(QFile::exists(autosaver.recoveryPath()));
    EXPECT_FALSE(autosaver.saveNow()) << "a clean document has nothing to recover";
}

TEST_F(AutosaverTest, closingTheDocumentRemovesTheRecoveryFile)
{
    auto autosaver = std::make_unique<DocumentAutosaver>(m_document.get(), m_store);
    edit();
    ASSERT_TRUE(autosaver->saveNow());
    const QString path = autosaver->recoveryPath();
    ASSERT_TRUE(QFile::exists(path));
    autosaver.reset();
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(m_store.recoverable().isEmpty());
}

TEST_F(AutosaverTest, aLiveSessionsFileIsNotOfferedForRecovery)
{
    DocumentAutosaver autosaver(m_document.get(), m_store);
    edit();
    ASSERT_TRUE(autosaver.saveNow());
    EXPECT_TRUE(m_store.recoverable().isEmpty());
}

TEST_F(AutosaverTest, aRestoredDocumentIsModifiedBoundToItsFileAndSavesThere)
{
    edit();
    RecoveryEntry entry;
    entry.originalPath = m_file;
    entry.displayName = QStringLiteral("marathon.yml");
    entry.base = m_document->diskFingerprint();
    entry.contents = m_document->serialize();
    Diagnostics diagnostics;
    auto restored = TopologyDocument::fromRecovery(entry, bundledCatalog(), &diagnostics);
    ASSERT_NE(restored, nullptr);
    EXPECT_TRUE(restored->isModified());
    EXPECT_EQ(restored->filePath(), m_file);
    EXPECT_EQ(restored->serialize(), entry.contents);
    EXPECT_FALSE(restored->isChangedOnDisk());
    QString error;
    ASSERT_TRUE(restored->save(restored->filePath(), &error));
    EXPECT_FALSE(restored->isModified());
    EXPECT_EQ(readAll(m_file), entry.contents);
}

TEST_F(AutosaverTest, aNeverSavedTopologyIsRecoveredUntitled)
{
    TopologyDocument untitled(bundledCatalog());
    DocumentAutosaver autosaver(&untitled, m_store);
    ASSERT_FALSE(DocumentActions(&untitled)
                     .addNode(QStringLiteral("tosca.nodes.Compute"), QPointF(10, 10))
                     .isEmpty());
    ASSERT_TRUE(autosaver.saveNow());
    QString error;
    const auto entry = RecoveryStore::read(autosaver.recoveryPath(), &error);
    ASSERT_TRUE(entry) << error.toStdString();
    EXPECT_TRUE(entry->originalPath.isEmpty());
    EXPECT_EQ(entry->displayName, untitled.displayName());
    Diagnostics diagnostics;
    auto restored = TopologyDocument::fromRecovery(*entry, bundledCatalog(), &diagnostics);
    ASSERT_NE(restored, nullptr);
    EXPECT_TRUE(restored->filePath().isEmpty()) << "Save must ask where to write it";
    EXPECT_TRUE(restored->isModified());
    EXPECT_FALSE(restored->isChangedOnDisk());
    EXPECT_EQ(restored->serialize(), untitled.serialize());
}

TEST_F(AutosaverTest, aRestoredDocumentKnowsItsFileChangedSinceTheCrash)
{
    RecoveryEntry entry;
    entry.originalPath = m_file;
    entry.base = m_document->diskFingerprint();
    entry.contents = m_saved;
    ASSERT_TRUE(writeFile(m_file, m_saved + "# edited elsewhere\n"));
    Diagnostics diagnostics;
    auto restored = TopologyDocument::fromRecovery(entry, bundledCatalog(), &diagnostics);
    ASSERT_NE(restored, nullptr);
    EXPECT_TRUE(restored->isChangedOnDisk());
}

TEST_F(AutosaverTest, adoptingACrashedFileKeepsItUntilTheDocumentIsSaved)
{
    const QString crashed = m_store.newRecoveryPath();
    RecoveryEntry entry;
    entry.originalPath = m_file;
    entry.contents = m_saved;
    QString error;
    ASSERT_TRUE(RecoveryStore::write(crashed, entry, &error));
    Diagnostics diagnostics;
    auto restored = TopologyDocument::fromRecovery(entry, bundledCatalog(), &diagnostics);
    ASSERT_NE(restored, nullptr);
    DocumentAutosaver autosaver(restored.get(), m_store);
    autosaver.adopt(crashed);
    EXPECT_EQ(autosaver.recoveryPath(), crashed);
    EXPECT_TRUE(QFile::exists(crashed));
    EXPECT_TRUE(m_store.recoverable().isEmpty()) << "this session holds it now";
    ASSERT_TRUE(restored->save(m_file, &error));
    EXPECT_FALSE(QFile::exists(crashed));
}

TEST(DocumentAutosaver, intervalComesFromTheEnvironment)
{
    EXPECT_EQ(DocumentAutosaver::defaultInterval(), 30000);
    qputenv("TOPOLOGIST_AUTOSAVE_INTERVAL_MS", "250");
    EXPECT_EQ(DocumentAutosaver::defaultInterval(), 250);
    qputenv("TOPOLOGIST_AUTOSAVE_INTERVAL_MS", "soon");
    EXPECT_EQ(DocumentAutosaver::defaultInterval(), 30000);
    qunsetenv("TOPOLOGIST_AUTOSAVE_INTERVAL_MS");
}
