// SPDX-License-Identifier: GPL-3.0-or-later
// Changes on disk: another program's writes are reported once, the document's own are not.
#include "catalog/typecatalog.h"
#include "documentactions.h"
#include "filechangemonitor.h"
#include "testhelpers.h"
#include "topologydocument.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cstdio>

#include <gtest/gtest.h>

using namespace Topologist;
using Topologist::Test::bundledCatalog;
using Topologist::Test::readAll;
using Topologist::Test::writeFile;

namespace {

class FileChangeMonitorTest : public ::testing::Test
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
        m_monitor = std::make_unique<FileChangeMonitor>(m_document.get());
        m_monitor->setSettleDelay(10);
    }

    QTemporaryDir m_dir;
    QString m_file;
    QByteArray m_saved;
    std::unique_ptr<TopologyDocument> m_document;
    std::unique_ptr<FileChangeMonitor> m_monitor;
};

} // namespace

TEST_F(FileChangeMonitorTest, reportsAWriteByAnotherProgramOnce)
{
    QSignalSpy changed(m_monitor.get(), &FileChangeMonitor::changedOnDisk);
    EXPECT_FALSE(m_document->isChangedOnDisk());
    ASSERT_TRUE(writeFile(m_file, m_saved + "# one\n"));
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_EQ(changed.first().at(0).toString(), m_file);
    EXPECT_FALSE(changed.first().at(1).toBool());
    EXPECT_TRUE(m_document->isChangedOnDisk());
    m_monitor->check();
    EXPECT_EQ(changed.size(), 1) << "the same state is reported once";
    ASSERT_TRUE(writeFile(m_file, m_saved + "# two\n"));
    ASSERT_TRUE(changed.wait(5000)) << "a further change is reported again";
}

TEST_F(FileChangeMonitorTest, reportsAFileReplacedByRenameAndWatchesTheNewOne)
{
    QSignalSpy changed(m_monitor.get(), &FileChangeMonitor::changedOnDisk);
    const QString temporary = m_dir.filePath(QStringLiteral("new.tmp"));
    ASSERT_TRUE(writeFile(temporary, m_saved + "# replaced\n"));
    ASSERT_EQ(::rename(qPrintable(temporary), qPrintable(m_file)), 0);
    ASSERT_TRUE(changed.wait(5000));
    ASSERT_TRUE(writeFile(m_file, m_saved + "# then written\n"));
    ASSERT_TRUE(changed.wait(5000));
}

TEST_F(FileChangeMonitorTest, reportsADeletion)
{
    QSignalSpy changed(m_monitor.get(), &FileChangeMonitor::changedOnDisk);
    ASSERT_TRUE(QFile::remove(m_file));
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_TRUE(changed.first().at(1).toBool());
}

TEST_F(FileChangeMonitorTest, theDocumentsOwnSaveAndATouchAreNotReported)
{
    QSignalSpy changed(m_monitor.get(), &FileChangeMonitor::changedOnDisk);
    ASSERT_FALSE(DocumentActions(m_document.get())
                     .addNode(QStringLiteral("tosca.nodes.Compute"), QPointF(10, 10))
                     .isEmpty());
    QString error;
    ASSERT_TRUE(m_document->save(m_file, &error));
    QFile file(m_file);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.setFileTime(QDateTime::currentDateTime().addSecs(5),
                                 QFileDevice::FileModificationTime));
    file.close();
    // Negative check: give the watcher's events time to arrive and be looked at.
    EXPECT_FALSE(changed.wait(300));
    EXPECT_FALSE(m_document->isChangedOnDisk());
}

TEST_F(FileChangeMonitorTest, afterSaveAsTheNewFileIsWatchedAndTheOldOneNoLonger)
{
    QSignalSpy changed(m_monitor.get(), &FileChangeMonitor::changedOnDisk);
    const QString other = m_dir.filePath(QStringLiteral("copy.yml"));
    QString error;
    ASSERT_TRUE(m_document->save(other, &error)) << error.toStdString();
    ASSERT_TRUE(writeFile(m_file, m_saved + "# the old file\n"));
    // Negative check: give the watcher's events time to arrive and be looked at.
    EXPECT_FALSE(changed.wait(300));
    ASSERT_TRUE(writeFile(other, m_saved + "# the new file\n"));
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_EQ(changed.first().at(0).toString(), other);
}
