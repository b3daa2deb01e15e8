// SPDX-License-Identifier: GPL-3.0-or-later
#include "csar/csarlayout.h"
#include "csar/csarreader.h"
#include "csar/csarwriter.h"
#include "qtprinters.h"
#include "testhelpers.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <quazip/quazip.h>
#include <quazip/quazipfileinfo.h>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

const QByteArray TopologyYaml = "tosca_definitions_version: alien_dsl_1_4_0\n"
                                "template_name: mesos-ha\ntemplate_version: 1.0.0-SNAPSHOT\n";

ToscaMetadata metadataFor(const QString &entryDefinitions)
{
    ToscaMetadata meta;
    meta.setMetaFileVersion(QStringLiteral("1.0"));
    meta.setCsarVersion(QStringLiteral("1.0.0-SNAPSHOT"));
    meta.setCreatedBy(QStringLiteral("Topologist"));
    meta.setEntryDefinitions(entryDefinitions);
    meta.setName(QStringLiteral("mesos-ha"));
    return meta;
}

QByteArray longScript()
{
    QByteArray text = "#!/bin/sh\n";
    for (int i = 0; text.size() < 300 * 1024; ++i)
        text += "echo \"step " + QByteArray::number(i) + "\"\n";
    return text;
}

/// Source files on disk plus a writer filled from them, in a chosen order.
class WriterFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_sources.isValid());
        ASSERT_TRUE(m_output.isValid());
        ASSERT_TRUE(writeFile(source(QStringLiteral("start.sh")), longScript()));
        ASSERT_TRUE(
            writeFile(source(QStringLiteral("mesos.png")), QByteArray("\x89PNG\r\n\x1a\n", 8)));
    }

    QString source(const QString &name) const { return m_sources.filePath(name); }
    QString output(const QString &name) const { return m_output.filePath(name); }

    void fill(CsarWriter &writer, bool reversed) const
    {
        QList<CsarWriter::Entry> entries = {
            CsarWriter::Entry::fromData(QStringLiteral("topology.yml"), TopologyYaml),
            CsarWriter::Entry::fromFile(QStringLiteral("scripts/mesos/start.sh"),
                                        source(QStringLiteral("start.sh"))),
            CsarWriter::Entry::fromFile(QStringLiteral("icons/mesos.png"),
                                        source(QStringLiteral("mesos.png"))),
            CsarWriter::Entry::fromData(QStringLiteral("docs/caf\u00e9.md"), "# Caf\xc3\xa9\n"),
            CsarWriter::Entry::fromData(QStringLiteral("empty.txt"), QByteArray()),
        };
        if (reversed)
            std::reverse(entries.begin(), entries.end());
        writer.setMetadata(metadataFor(QStringLiteral("topology.yml")));
        for (const CsarWriter::Entry &entry : std::as_const(entries))
            writer.addEntry(entry);
    }

    QTemporaryDir m_sources;
    QTemporaryDir m_output;
};

TEST_F(WriterFixture, RoundTripThroughReaderGivesSameEntriesAndBytes)
{
    const QString path = output(QStringLiteral("mesos-ha.csar"));
    CsarWriter writer(path);
    fill(writer, false);
    ASSERT_TRUE(writer.write()) << describe(writer.diagnostics());
    EXPECT_TRUE(writer.diagnostics().isEmpty());

    CsarReader reader(path);
    ASSERT_TRUE(reader.open()) << describe(reader.diagnostics());
    EXPECT_EQ(reader.fileNames(),
              (QStringList{QStringLiteral("TOSCA-Metadata/TOSCA.meta"),
                           QStringLiteral("docs/caf\u00e9.md"),
                           QStringLiteral("empty.txt"),
                           QStringLiteral("icons/mesos.png"),
                           QStringLiteral("scripts/mesos/start.sh"),
                           QStringLiteral("topology.yml")}));
    EXPECT_EQ(reader.readEntry(QStringLiteral("topology.yml")),
              std::optional<QByteArray>(TopologyYaml));
    EXPECT_EQ(reader.readEntry(QStringLiteral("scripts/mesos/start.sh")),
              std::optional<QByteArray>(longScript()));
    EXPECT_EQ(reader.readEntry(QStringLiteral("icons/mesos.png")),
              std::optional<QByteArray>(readAll(source(QStringLiteral("mesos.png")))));
    EXPECT_EQ(reader.readEntry(QStringLiteral("docs/caf\u00e9.md")),
              std::optional<QByteArray>("# Caf\xc3\xa9\n"));
    EXPECT_EQ(reader.readEntry(QStringLiteral("empty.txt")),
              std::optional<QByteArray>(QByteArray()));

    const CsarLayout layout = CsarLayout::locate(reader);
    EXPECT_TRUE(layout.isAcceptedByAlien4Cloud()) << describe(layout.diagnostics());
    EXPECT_EQ(layout.entryDefinitions(), QStringLiteral("topology.yml"));
    EXPECT_EQ(layout.metadata(),
              std::optional<ToscaMetadata>(metadataFor(QStringLiteral("topology.yml"))));
}

TEST_F(WriterFixture, SameContentGivesIdenticalBytes)
{
    const QString first = output(QStringLiteral("first.csar"));
    CsarWriter writerA(first);
    fill(writerA, false);
    ASSERT_TRUE(writerA.write()) << describe(writerA.diagnostics());

    // Another day, another order, another modification time: the bytes must not change.
    QFile script(source(QStringLiteral("start.sh")));
    ASSERT_TRUE(script.open(QIODevice::ReadWrite));
    ASSERT_TRUE(script.setFileTime(QDateTime(QDate(2031, 5, 6), QTime(7, 8, 9)),
                                   QFileDevice::FileModificationTime));
    script.close();
    const QString second = output(QStringLiteral("second.csar"));
    CsarWriter writerB(second);
    fill(writerB, true);
    ASSERT_TRUE(writerB.write()) << describe(writerB.diagnostics());

    const QByteArray bytes = readAll(first);
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_TRUE(bytes == readAll(second));

    QuaZip zip(second);
    ASSERT_TRUE(zip.open(QuaZip::mdUnzip));
    const QList<QuaZipFileInfo64> infos = zip.getFileInfoList64();
    ASSERT_EQ(infos.size(), 6);
    for (const QuaZipFileInfo64 &info : infos) {
        EXPECT_EQ(info.dateTime, QDateTime(QDate(1980, 1, 1), QTime(0, 0)))
            << info.name.toStdString();
        EXPECT_EQ(info.externalAttr >> 16, 0100644u) << info.name.toStdString();
    }
}

TEST_F(WriterFixture, WritesWithoutMetadataWhenNoneIsGiven)
{
    const QString path = output(QStringLiteral("plain.csar"));
    CsarWriter writer(path);
    writer.addData(QStringLiteral("topology.yml"), TopologyYaml);
    ASSERT_TRUE(writer.write()) << describe(writer.diagnostics());
    CsarReader reader(path);
    ASSERT_TRUE(reader.open()) << describe(reader.diagnostics());
    EXPECT_EQ(reader.fileNames(), QStringList{QStringLiteral("topology.yml")});
}

struct BadPathCase
{
    const char *label;
    QString path;
};

void PrintTo(const BadPathCase &c, std::ostream *os)
{
    *os << c.label;
}

class CsarWriterBadPath : public ::testing::TestWithParam<BadPathCase>
{
};

TEST_P(CsarWriterBadPath, RefusedBeforeAnythingIsWritten)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.csar"));
    CsarWriter writer(path);
    writer.addData(QStringLiteral("topology.yml"), TopologyYaml);
    writer.addData(GetParam().path, "payload\n");
    EXPECT_FALSE(writer.write());
    const Diagnostic *d = findDiagnostic(writer.diagnostics(), QStringLiteral("TOPO-CSAR-030"));
    ASSERT_NE(d, nullptr) << describe(writer.diagnostics());
    EXPECT_TRUE(d->message.contains(QStringLiteral("bad.csar")));
    EXPECT_TRUE(d->message.contains(GetParam().path)) << d->message.toStdString();
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
              QStringList());
}

INSTANTIATE_TEST_SUITE_P(
    Csar,
    CsarWriterBadPath,
    ::testing::Values(BadPathCase{"ParentSegment", QStringLiteral("../evil.yml")},
                      BadPathCase{"NestedParent", QStringLiteral("scripts/../../evil.yml")},
                      BadPathCase{"Absolute", QStringLiteral("/etc/evil.yml")},
                      BadPathCase{"DriveLetter", QStringLiteral("C:\\evil.yml")},
                      BadPathCase{"Backslash", QStringLiteral("scripts\\start.sh")},
                      BadPathCase{"Folder", QStringLiteral("scripts/")},
                      BadPathCase{"Empty", QString()}),
    [](const ::testing::TestParamInfo<BadPathCase> &param) {
        return std::string(param.param.label);
    });

TEST(CsarWriter, RefusesPathsThatWouldOverwriteEachOther)
{
    QTemporaryDir dir;
    CsarWriter writer(dir.filePath(QStringLiteral("dup.csar")));
    writer.setMetadata(metadataFor(QStringLiteral("topology.yml")));
    writer.addData(QStringLiteral("topology.yml"), TopologyYaml);
    writer.addData(QStringLiteral("Topology.yml"), TopologyYaml);
    writer.addData(QStringLiteral("TOSCA-Metadata/TOSCA.meta"), "Entry-Definitions: x.yml\n");
    writer.addData(QStringLiteral("scripts"), "a file\n");
    writer.addData(QStringLiteral("scripts/start.sh"), "#!/bin/sh\n");
    EXPECT_FALSE(writer.write());
    int duplicates = 0;
    QString messages;
    for (const Diagnostic &d : writer.diagnostics()) {
        duplicates += d.code == QLatin1String("TOPO-CSAR-033") ? 1 : 0;
        messages += d.message + QLatin1Char('\n');
    }
    EXPECT_EQ(duplicates, 3) << describe(writer.diagnostics());
    EXPECT_TRUE(messages.contains(QStringLiteral("\"topology.yml\" and \"Topology.yml\"")));
    EXPECT_TRUE(messages.contains(QStringLiteral("\"TOSCA-Metadata/TOSCA.meta\" is given twice")));
    EXPECT_TRUE(messages.contains(QStringLiteral("\"scripts\" is a file")));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("dup.csar"))));
}

TEST(CsarWriter, EntryDefinitionsMustNameAWrittenEntry)
{
    QTemporaryDir dir;
    CsarWriter missing(dir.filePath(QStringLiteral("a.csar")));
    missing.setMetadata(metadataFor(QStringLiteral("topology.yml")));
    missing.addData(QStringLiteral("other.yml"), TopologyYaml);
    EXPECT_FALSE(missing.write());
    EXPECT_NE(findDiagnostic(missing.diagnostics(), QStringLiteral("TOPO-CSAR-022")), nullptr)
        << describe(missing.diagnostics());

    CsarWriter empty(dir.filePath(QStringLiteral("b.csar")));
    empty.setMetadata(metadataFor(QString()));
    empty.addData(QStringLiteral("topology.yml"), TopologyYaml);
    EXPECT_FALSE(empty.write());
    EXPECT_NE(findDiagnostic(empty.diagnostics(), QStringLiteral("TOPO-CSAR-021")), nullptr)
        << describe(empty.diagnostics());

    CsarWriter dotted(dir.filePath(QStringLiteral("c.csar")));
    dotted.setMetadata(metadataFor(QStringLiteral("./topology.yml")));
    dotted.addData(QStringLiteral("topology.yml"), TopologyYaml);
    EXPECT_TRUE(dotted.write()) << describe(dotted.diagnostics());
}

TEST_F(WriterFixture, MissingSourceLeavesExistingArchiveUntouched)
{
    const QString path = output(QStringLiteral("mesos-ha.csar"));
    CsarWriter good(path);
    fill(good, false);
    ASSERT_TRUE(good.write()) << describe(good.diagnostics());
    const QByteArray before = readAll(path);

    CsarWriter bad(path);
    fill(bad, false);
    bad.addFile(QStringLiteral("scripts/stop.sh"), source(QStringLiteral("stop.sh")));
    bad.addFile(QStringLiteral("scripts/lib"), m_sources.path()); // a folder, not a file
    EXPECT_FALSE(bad.write());

    const Diagnostic *d = findDiagnostic(bad.diagnostics(), QStringLiteral("TOPO-CSAR-031"));
    ASSERT_NE(d, nullptr) << describe(bad.diagnostics());
    EXPECT_TRUE(d->message.contains(QStringLiteral("mesos-ha.csar")));
    EXPECT_TRUE(d->message.contains(source(QStringLiteral("stop.sh"))));
    EXPECT_TRUE(d->message.contains(QStringLiteral("scripts/stop.sh")));
    EXPECT_EQ(
        std::count_if(bad.diagnostics().cbegin(),
                      bad.diagnostics().cend(),
                      [](const Diagnostic &x) { return x.code == QLatin1String("TOPO-CSAR-031"); }),
        2);
    EXPECT_TRUE(readAll(path) == before);
    EXPECT_EQ(
        QDir(m_output.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList{QStringLiteral("mesos-ha.csar")});
}

TEST_F(WriterFixture, ReadFailureMidWriteLeavesExistingArchiveUntouched)
{
#ifndef Q_OS_LINUX
    GTEST_SKIP() << "needs a file that opens but cannot be read";
#endif
    // /proc/self/mem passes every check made up front (a regular, readable file) and fails on
    // the first read, after the entries sorted before it went into the temporary file.
    const QString unreadable = QStringLiteral("/proc/self/mem");
    const QString path = output(QStringLiteral("mesos-ha.csar"));
    ASSERT_TRUE(writeFile(path, "the previous archive"));

    CsarWriter writer(path);
    fill(writer, false);
    writer.addFile(QStringLiteral("zz/last.bin"), unreadable);
    EXPECT_FALSE(writer.write());
    const Diagnostic *d = findDiagnostic(writer.diagnostics(), QStringLiteral("TOPO-CSAR-031"));
    ASSERT_NE(d, nullptr) << describe(writer.diagnostics());
    EXPECT_TRUE(d->message.contains(QStringLiteral("zz/last.bin")));
    EXPECT_EQ(readAll(path), QByteArray("the previous archive"));
    EXPECT_EQ(
        QDir(m_output.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList{QStringLiteral("mesos-ha.csar")});
}

TEST(CsarWriter, UnwritableTargetIsReported)
{
    QTemporaryDir dir;
    CsarWriter writer(dir.filePath(QStringLiteral("no/such/folder/a.csar")));
    writer.addData(QStringLiteral("topology.yml"), TopologyYaml);
    EXPECT_FALSE(writer.write());
    EXPECT_NE(findDiagnostic(writer.diagnostics(), QStringLiteral("TOPO-CSAR-032")), nullptr)
        << describe(writer.diagnostics());
}

} // namespace
