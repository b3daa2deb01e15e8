// SPDX-License-Identifier: GPL-3.0-or-later
// What was pushed, remembered per server and archive (Alien4CloudPushHistory), and what changed
// since (Alien4CloudPushChanges), which the push dialog and `topologist-cli push` show before a
// push (issue 16).
#include "alien4cloud/alien4cloudpushchanges.h"
#include "alien4cloud/alien4cloudpushhistory.h"
#include "csar/csarexporter.h"
#include "pushfixture.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gmock/gmock.h>

using namespace Topologist;
using namespace Topologist::Test;
using ::testing::HasSubstr;

namespace {

const QString Server = QStringLiteral("https://a4c.example.org:8088");
const QString Marathon = QStringLiteral("marathon-topology:1.4.0-SNAPSHOT");
const QDateTime Noon = QDateTime(QDate(2024, 5, 3), QTime(12, 0), Qt::UTC);

Alien4CloudPushRecord recordOf(const QString &archive,
                               const QByteArray &definitions,
                               const QDateTime &when = Noon,
                               const QString &server = Server)
{
    return {server, archive, when, definitions};
}

class PushHistoryTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString folder() const { return m_dir.filePath(QStringLiteral("history")); }
    int fileCount() const
    {
        return int(QDir(folder()).entryList({QStringLiteral("*.push")}, QDir::Files).size());
    }

    QTemporaryDir m_dir;
};

/// The marathon example as the push sends it, and as it is in memory.
class PushChangesTest : public PushTest
{
protected:
    void SetUp() override
    {
        PushTest::SetUp();
        ASSERT_TRUE(m_dir.isValid());
        m_marathon = loadExample(QStringLiteral("marathon")).archive;
    }

    void recordPushOf(const ToscaArchive &archive)
    {
        ASSERT_TRUE(m_history.record(recordOf(
            archive.id(), CsarExporter::serialize(archive), Noon, m_profile.displayUrl())));
    }
    Alien4CloudPushChanges changesOf(const ToscaArchive &archive) const
    {
        return Alien4CloudPushChanges::since(m_history, m_profile.displayUrl(), archive);
    }

    QTemporaryDir m_dir;
    Alien4CloudPushHistory m_history{m_dir.filePath(QStringLiteral("history"))};
    ToscaArchive m_marathon;
};

} // namespace

TEST_F(PushHistoryTest, ARecordIsReadBackForItsServerAndArchiveOnly)
{
    const Alien4CloudPushHistory history(folder());
    EXPECT_FALSE(history.last(Server, Marathon).has_value());
    ASSERT_TRUE(history.record(recordOf(Marathon, "tosca_definitions_version: x\n")));

    // Another object on the folder, as after a restart.
    const std::optional<Alien4CloudPushRecord> read
        = Alien4CloudPushHistory(folder()).last(Server, Marathon);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->server, Server);
    EXPECT_EQ(read->archive, Marathon);
    EXPECT_EQ(read->pushedAt, Noon);
    EXPECT_EQ(read->definitions, QByteArray("tosca_definitions_version: x\n"));

    EXPECT_FALSE(history.last(QStringLiteral("https://other:8088"), Marathon).has_value());
    EXPECT_FALSE(history.last(Server, QStringLiteral("marathon-topology:1.5.0")).has_value());
}

TEST_F(PushHistoryTest, ALaterPushReplacesTheRecord)
{
    const Alien4CloudPushHistory history(folder());
    ASSERT_TRUE(history.record(recordOf(Marathon, "first")));
    ASSERT_TRUE(history.record(recordOf(Marathon, "second", Noon.addSecs(60))));
    EXPECT_EQ(fileCount(), 1);
    EXPECT_EQ(history.last(Server, Marathon)->definitions, QByteArray("second"));
    EXPECT_EQ(history.last(Server, Marathon)->pushedAt, Noon.addSecs(60));
}

TEST_F(PushHistoryTest, ACorruptRecordIsNoPreviousPush)
{
    const Alien4CloudPushHistory history(folder());
    ASSERT_TRUE(history.record(recordOf(Marathon, "tosca_definitions_version: x\n")));
    const QString path = history.pathFor(Server, Marathon);
    const QByteArray good = readAll(path);

    // Cut short: the payload is not the size the header says.
    ASSERT_TRUE(writeFile(path, good.left(good.size() - 3)));
    EXPECT_FALSE(history.last(Server, Marathon).has_value());
    // Longer than the header says.
    ASSERT_TRUE(writeFile(path, good + "tail"));
    EXPECT_FALSE(history.last(Server, Marathon).has_value());
    // Not ours at all, empty, or a header that is no JSON.
    ASSERT_TRUE(writeFile(path, "garbage\n\x01\x02"));
    EXPECT_FALSE(history.last(Server, Marathon).has_value());
    ASSERT_TRUE(writeFile(path, QByteArray()));
    EXPECT_FALSE(history.last(Server, Marathon).has_value());
    ASSERT_TRUE(writeFile(path, "TOPOLOGIST-PUSH 1\n{not json\nx"));
    EXPECT_FALSE(history.last(Server, Marathon).has_value());
    // The file of another server and archive put in its place.
    ASSERT_TRUE(history.record(recordOf(QStringLiteral("other:1.0"), "x")));
    ASSERT_TRUE(writeFile(path, readAll(history.pathFor(Server, QStringLiteral("other:1.0")))));
    EXPECT_FALSE(history.last(Server, Marathon).has_value());

    // And a new push writes over it.
    ASSERT_TRUE(history.record(recordOf(Marathon, "again")));
    EXPECT_EQ(history.last(Server, Marathon)->definitions, QByteArray("again"));
}

TEST_F(PushHistoryTest, TheOldestRecordsGoBeyondTheBound)
{
    const Alien4CloudPushHistory history(folder());
    const int total = Alien4CloudPushHistory::MaxRecords + 5;
    // An unreadable file goes before any record.
    ASSERT_TRUE(QDir().mkpath(folder()));
    ASSERT_TRUE(writeFile(QDir(folder()).filePath(QStringLiteral("broken.push")), "broken"));
    for (int i = 0; i < total; ++i) {
        // Recorded newest first: what goes is the oldest push, not the first written.
        ASSERT_TRUE(history.record(
            recordOf(QStringLiteral("archive-%1:1.0").arg(i), "x", Noon.addSecs(-i))));
    }
    EXPECT_EQ(fileCount(), Alien4CloudPushHistory::MaxRecords);
    EXPECT_FALSE(QFile::exists(QDir(folder()).filePath(QStringLiteral("broken.push"))));
    // The last one written stays even though it is the oldest push.
    EXPECT_TRUE(history.last(Server, QStringLiteral("archive-%1:1.0").arg(total - 1)).has_value());
    EXPECT_TRUE(history.last(Server, QStringLiteral("archive-0:1.0")).has_value());
    EXPECT_TRUE(history.last(Server, QStringLiteral("archive-98:1.0")).has_value());
    int gone = 0;
    for (int i = 0; i < total; ++i)
        gone += history.last(Server, QStringLiteral("archive-%1:1.0").arg(i)).has_value() ? 0 : 1;
    EXPECT_EQ(gone, 5);
    EXPECT_FALSE(history.last(Server, QStringLiteral("archive-%1:1.0").arg(total - 2)).has_value());
}

TEST_F(PushHistoryTest, ATooLargePushIsNotRecordedAndForgetsTheOlderOne)
{
    const Alien4CloudPushHistory history(folder());
    ASSERT_TRUE(history.record(recordOf(Marathon, "small")));
    const QByteArray huge(Alien4CloudPushHistory::MaxDefinitionsBytes + 1, 'x');
    EXPECT_FALSE(history.record(recordOf(Marathon, huge)));
    // The older push must not pass for the last one.
    EXPECT_FALSE(history.last(Server, Marathon).has_value());
    EXPECT_EQ(fileCount(), 0);
}

TEST_F(PushHistoryTest, AnUnwritableFolderIsNoErrorOnlyNoRecord)
{
    // A file where the folder should be.
    const QString blocked = m_dir.filePath(QStringLiteral("blocked"));
    ASSERT_TRUE(writeFile(blocked, "a file"));
    const Alien4CloudPushHistory history(blocked);
    EXPECT_FALSE(history.record(recordOf(Marathon, "x")));
    EXPECT_FALSE(history.last(Server, Marathon).has_value());
    EXPECT_EQ(readAll(blocked), QByteArray("a file"));
}

TEST_F(PushHistoryTest, TheDefaultFolderIsTheUsersDataNotTheProject)
{
    qputenv("TOPOLOGIST_PUSH_HISTORY_DIR", folder().toUtf8());
    EXPECT_EQ(Alien4CloudPushHistory().folder(), folder());
    qunsetenv("TOPOLOGIST_PUSH_HISTORY_DIR");
    const QString standard = Alien4CloudPushHistory::defaultFolder();
    EXPECT_TRUE(standard.endsWith(QLatin1String("/Topologist/push-history")))
        << standard.toStdString();
    EXPECT_FALSE(standard.startsWith(QDir::currentPath())) << standard.toStdString();
}

TEST_F(PushChangesTest, NeverPushedIsAFirstPush)
{
    const Alien4CloudPushChanges changes = changesOf(m_marathon);
    EXPECT_TRUE(changes.isFirstPush());
    EXPECT_TRUE(changes.changes.isEmpty());
    EXPECT_EQ(changes.headline(),
              QStringLiteral("First push of %1 to %2").arg(Marathon, m_profile.displayUrl()));
}

TEST_F(PushChangesTest, TheSameTopologyHasNoChanges)
{
    recordPushOf(m_marathon);
    const Alien4CloudPushChanges changes = changesOf(m_marathon);
    EXPECT_FALSE(changes.isFirstPush());
    EXPECT_TRUE(changes.isUnchanged()) << changes.changes.size();
    EXPECT_EQ(changes.lastPush, Noon);
    EXPECT_THAT(changes.headline().toStdString(),
                HasSubstr("No changes since the last push to "
                          + m_profile.displayUrl().toStdString() + " on "));
}

TEST_F(PushChangesTest, AnEditIsListedAndAMoveIsNot)
{
    recordPushOf(m_marathon);
    ToscaArchive edited = m_marathon;
    NodeTemplate *master = edited.topology->node(QStringLiteral("MesosMaster"));
    ASSERT_NE(master, nullptr);
    master->properties.insert(QStringLiteral("port"), Value::scalar(QStringLiteral("5051")));
    master->position = QPointF(400, 80);

    const Alien4CloudPushChanges changes = changesOf(edited);
    ASSERT_EQ(changes.changes.size(), 1);
    EXPECT_EQ(changes.changes.first().pathText(),
              QStringLiteral("node_templates/MesosMaster/properties/port"));
    EXPECT_THAT(changes.headline().toStdString(), HasSubstr("Changes since the last push to "));
}

TEST_F(PushChangesTest, ARecordThatIsNoTopologyIsNoPreviousPush)
{
    ASSERT_TRUE(
        m_history.record(recordOf(Marathon, "- just\n- a list\n", Noon, m_profile.displayUrl())));
    EXPECT_TRUE(changesOf(m_marathon).isFirstPush());
}

TEST_F(PushChangesTest, APushThatReachedTheServerIsRecordedAndOthersAreNot)
{
    // Refused before anything is sent.
    ToscaArchive broken = m_marathon;
    broken.topology->node(QStringLiteral("MesosMaster"))->type = QStringLiteral("no.such.Type");
    LoadedTopology refused = loadExample(QStringLiteral("marathon"));
    refused.archive = broken;
    Alien4CloudPush refusedPush(m_profile);
    refusedPush.setHistory(m_history);
    ASSERT_FALSE(push(refused, {}, &refusedPush).succeeded());
    EXPECT_TRUE(changesOf(m_marathon).isFirstPush());

    // Pushed: recorded, as sent, under this server and archive.
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    Alien4CloudPush pushing(m_profile);
    pushing.setHistory(m_history);
    const Alien4CloudPush::Result result
        = push(loadExample(QStringLiteral("marathon")), {}, &pushing);
    ASSERT_TRUE(result.succeeded()) << describe(result);
    const std::optional<Alien4CloudPushRecord> record
        = m_history.last(m_profile.displayUrl(), Marathon);
    ASSERT_TRUE(record.has_value());
    EXPECT_EQ(record->definitions, CsarExporter::serialize(m_marathon));
    EXPECT_GE(record->pushedAt, before);
    EXPECT_TRUE(changesOf(m_marathon).isUnchanged());
}

TEST_F(PushChangesTest, WithoutAHistoryAPushRecordsNothing)
{
    ASSERT_TRUE(push(loadExample(QStringLiteral("marathon"))).succeeded());
    EXPECT_FALSE(QDir(m_history.folder()).exists());
}
