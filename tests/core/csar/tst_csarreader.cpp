// SPDX-License-Identifier: GPL-3.0-or-later
#include "csar/csarreader.h"
#include "qtprinters.h"
#include "testhelpers.h"
#include "zipbuilder.h"
#include "zippatcher.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

constexpr qint64 MiB = 1024 * 1024;

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(generator.bounded(256));
    return bytes;
}

QByteArray zeros(qint64 size)
{
    return QByteArray(size, '\0');
}

const QByteArray GoodYaml = "tosca_definitions_version: alien_dsl_1_4_0\n"
                            "template_name: good\ntemplate_version: 1.0.0-SNAPSHOT\n";

struct HostileCase
{
    const char *label;
    std::function<QByteArray()> archive;
    /// Identifies the culprit in the message; empty when the archive as a whole is the problem.
    QString entryInMessage;
    const char *code;
    CsarLimits limits = CsarLimits();
};

// Keeps gtest from printing the parameter as a byte dump in every test name.
void PrintTo(const HostileCase &c, std::ostream *os)
{
    *os << c.label;
}

HostileCase withLimits(HostileCase c, const std::function<void(CsarLimits &)> &tighten)
{
    tighten(c.limits);
    return c;
}

QByteArray oneEntry(const QString &name)
{
    return ZipBuilder().add(QStringLiteral("good.yml"), GoodYaml).add(name, "owned\n").build();
}

// 20 MiB of zeros deflate to about 20 KiB: a ratio near 1000.
QByteArray honestBomb()
{
    return ZipBuilder()
        .add(QStringLiteral("good.yml"), GoodYaml)
        .add(QStringLiteral("bomb.bin"), zeros(20 * MiB))
        .build();
}

// The bomb's header claims 1000 bytes: sizes and ratio look harmless, only the stream tells.
QByteArray lyingUncompressedSize()
{
    ZipPatcher zip(ZipBuilder()
                       .add(QStringLiteral("good.yml"), GoodYaml)
                       .add(QStringLiteral("dir/nested.txt"), "written, then rolled back\n")
                       .add(QStringLiteral("dir/bomb.bin"), zeros(20 * MiB))
                       .build());
    zip.setUncompressedSize(2, 1000);
    return zip.bytes();
}

// The bomb claims its compressed data runs over the next entry too, which brings the declared
// ratio (about 100) under the limit (200); the bytes it really inflates from expand 1000 times.
QByteArray lyingCompressedSize()
{
    ZipPatcher zip(ZipBuilder()
                       .add(QStringLiteral("good.yml"), GoodYaml)
                       .add(QStringLiteral("dir/bomb.bin"), zeros(20 * MiB))
                       .addStored(QStringLiteral("padding.bin"), randomBytes(200 * 1024, 7))
                       .build());
    zip.setCompressedSize(1, zip.compressedSize(1) + 180 * 1024);
    return zip.bytes();
}

QByteArray nulInName()
{
    ZipPatcher zip(oneEntry(QStringLiteral("nulXname.txt")));
    zip.setNameByte(1, 3, '\0');
    return zip.bytes();
}

QByteArray notUtf8Name()
{
    ZipPatcher zip(oneEntry(QStringLiteral("cafX.txt")));
    zip.setNameByte(1, 3, char(0xE9)); // Latin-1 é: invalid as UTF-8
    zip.setFlags(1, zip.flags(1) & ~0x0800);
    return zip.bytes();
}

QByteArray unsupportedMethod()
{
    ZipPatcher zip(ZipBuilder()
                       .add(QStringLiteral("good.yml"), GoodYaml)
                       .addStored(QStringLiteral("lzma.bin"), "pretend LZMA")
                       .build());
    zip.setMethod(1, 14);
    return zip.bytes();
}

QByteArray flippedDataByte()
{
    QByteArray bytes = ZipBuilder()
                           .add(QStringLiteral("good.yml"), GoodYaml)
                           .addStored(QStringLiteral("data.txt"), "checksummed content\n")
                           .build();
    const int offset = ZipPatcher(bytes).dataOffset(1);
    bytes[offset] = char(bytes[offset] ^ 0x20);
    return bytes;
}

QByteArray manyEntries(int count)
{
    ZipBuilder builder;
    for (int i = 0; i < count; ++i)
        builder.add(QStringLiteral("f%1.txt").arg(i), QByteArray::number(i));
    return builder.build();
}

QByteArray cutInHalf()
{
    ZipBuilder builder;
    for (int i = 0; i < 4; ++i)
        builder.add(QStringLiteral("f%1.bin").arg(i), randomBytes(4096, quint32(i)));
    const QByteArray whole = builder.build();
    return whole.left(whole.size() / 2);
}

QByteArray notAZip()
{
    QByteArray bytes = randomBytes(4096, 42);
    bytes[0] = 'X'; // whatever the seed gives, never "PK"
    return bytes;
}

// 1,000 folders, each inside the previous one, in about 12 KB: every level is a folder to create
// and a path to resolve, so extracting it took tens of seconds.
QByteArray thousandNestedFolders()
{
    ZipBuilder builder;
    builder.add(QStringLiteral("good.yml"), GoodYaml);
    QString folder;
    for (int i = 0; i < 1000; ++i) {
        folder += QStringLiteral("d/");
        builder.addDirectory(folder);
    }
    builder.add(folder + QStringLiteral("deep.txt"), "at the bottom\n");
    return builder.build();
}

// Twenty folders of 100 characters each: shallow enough, but a 2,000-character name.
QByteArray longName()
{
    QString name;
    for (int i = 0; i < 20; ++i)
        name += QString(100, QLatin1Char('a' + i)) + QLatin1Char('/');
    return oneEntry(name + QStringLiteral("x.txt"));
}

class CsarReaderHostile : public ::testing::TestWithParam<HostileCase>
{
};

TEST_P(CsarReaderHostile, RefusedWithCodeAndNothingWrittenOutside)
{
    const HostileCase &c = GetParam();
    QTemporaryDir archives;
    ASSERT_TRUE(archives.isValid());
    const QString fileName = QStringLiteral("%1.csar").arg(QLatin1String(c.label));
    const QString archivePath = archives.filePath(fileName);
    ASSERT_TRUE(writeFile(archivePath, c.archive()));

    // The destination sits inside a sentinel folder: anything escaping "dest" shows up there.
    QTemporaryDir sentinel;
    ASSERT_TRUE(sentinel.isValid());
    const QString destination = sentinel.filePath(QStringLiteral("dest"));
    ASSERT_TRUE(QDir().mkdir(destination));

    CsarReader reader(archivePath, c.limits);
    EXPECT_FALSE(reader.extractTo(destination));
    // First, so that it is checked even when the expected code is missing.
    EXPECT_EQ(everythingUnder(sentinel.path()), QStringList{QStringLiteral("dest")});
    EXPECT_EQ(everythingUnder(destination), QStringList());
    EXPECT_EQ(QDir(archives.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
              QStringList{fileName});

    const Diagnostic *d = findDiagnostic(reader.diagnostics(), QLatin1String(c.code));
    ASSERT_NE(d, nullptr) << "expected " << c.code << " in:" << describe(reader.diagnostics());
    EXPECT_EQ(d->severity, Severity::Error);
    EXPECT_EQ(d->location.file, archivePath);
    EXPECT_TRUE(d->message.contains(fileName)) << d->message.toStdString();
    if (!c.entryInMessage.isEmpty()) {
        EXPECT_TRUE(d->message.contains(c.entryInMessage)) << d->message.toStdString();
    }

    // Reading in memory is held to the same rules: an archive refused as a whole yields no
    // bytes at all, and when only the streamed bytes give the lie away, reading the culprit fails
    // with the same code.
    CsarReader memoryReader(archivePath, c.limits);
    if (!memoryReader.open()) {
        EXPECT_FALSE(memoryReader.readEntry(QStringLiteral("good.yml")).has_value());
    } else {
        bool refused = false;
        for (const QString &name : memoryReader.fileNames())
            refused = !memoryReader.readEntry(name).has_value() || refused;
        EXPECT_TRUE(refused);
        EXPECT_NE(findDiagnostic(memoryReader.diagnostics(), QLatin1String(c.code)), nullptr)
            << describe(memoryReader.diagnostics());
    }

    // An archive too big to hold in memory is unzipped from the file itself, under the same rules.
    CsarLimits fromFile = c.limits;
    fromFile.maxInMemoryBytes = 0;
    const QString fileDestination = sentinel.filePath(QStringLiteral("fromFile"));
    ASSERT_TRUE(QDir().mkdir(fileDestination));
    CsarReader fileReader(archivePath, fromFile);
    EXPECT_FALSE(fileReader.extractTo(fileDestination));
    EXPECT_EQ(everythingUnder(fileDestination), QStringList());
    EXPECT_NE(findDiagnostic(fileReader.diagnostics(), QLatin1String(c.code)), nullptr)
        << describe(fileReader.diagnostics());
}

INSTANTIATE_TEST_SUITE_P(
    Csar,
    CsarReaderHostile,
    ::testing::Values(
        HostileCase{"ZipSlipParent",
                    [] { return oneEntry(QStringLiteral("../evil.txt")); },
                    QStringLiteral("../evil.txt"),
                    "TOPO-CSAR-006"},
        HostileCase{"ZipSlipNested",
                    [] { return oneEntry(QStringLiteral("a/../../evil.txt")); },
                    QStringLiteral("a/../../evil.txt"),
                    "TOPO-CSAR-006"},
        HostileCase{"AbsolutePath",
                    [] { return oneEntry(QStringLiteral("/tmp/topologist-evil.txt")); },
                    QStringLiteral("/tmp/topologist-evil.txt"),
                    "TOPO-CSAR-006"},
        HostileCase{"WindowsDrivePath",
                    [] { return oneEntry(QStringLiteral("C:\\Windows\\evil.txt")); },
                    QStringLiteral("C:\\Windows\\evil.txt"),
                    "TOPO-CSAR-006"},
        HostileCase{"UncPath",
                    [] { return oneEntry(QStringLiteral("\\\\server\\share\\evil.txt")); },
                    QStringLiteral("\\\\server\\share\\evil.txt"),
                    "TOPO-CSAR-006"},
        HostileCase{"BackslashTraversal",
                    [] { return oneEntry(QStringLiteral("a\\..\\..\\evil.txt")); },
                    QStringLiteral("a\\..\\..\\evil.txt"),
                    "TOPO-CSAR-006"},
        HostileCase{"ControlCharacter",
                    [] { return oneEntry(QStringLiteral("evil\x1b[31m.txt")); },
                    QStringLiteral("evil\\x1b[31m.txt"),
                    "TOPO-CSAR-006"},
        HostileCase{"ThousandNestedFolders",
                    thousandNestedFolders,
                    QStringLiteral("folders deep"),
                    "TOPO-CSAR-006"},
        HostileCase{"LongName", longName, QStringLiteral("characters long"), "TOPO-CSAR-006"},
        HostileCase{
            "LongFolderName",
            [] { return oneEntry(QString(300, QLatin1Char('n')) + QStringLiteral("/x.txt")); },
            QStringLiteral("255"),
            "TOPO-CSAR-006"},
        HostileCase{"NulInName", nulInName, QStringLiteral("nul\\x00name.txt"), "TOPO-CSAR-006"},
        HostileCase{"NotUtf8Name", notUtf8Name, QStringLiteral(".txt"), "TOPO-CSAR-006"},
        HostileCase{"WindowsDeviceName",
                    [] { return oneEntry(QStringLiteral("scripts/con.sh")); },
                    QStringLiteral("scripts/con.sh"),
                    "TOPO-CSAR-006"},
        HostileCase{"Symlink",
                    [] {
                        return ZipBuilder()
                            .add(QStringLiteral("good.yml"), GoodYaml)
                            .addSymlink(QStringLiteral("passwd"), "../../../../../../etc/passwd")
                            .build();
                    },
                    QStringLiteral("passwd"),
                    "TOPO-CSAR-007"},
        HostileCase{"DuplicateName",
                    [] {
                        return ZipBuilder()
                            .add(QStringLiteral("good.yml"), GoodYaml)
                            .add(QStringLiteral("good.yml"), "second copy\n")
                            .build();
                    },
                    QStringLiteral("good.yml"),
                    "TOPO-CSAR-008"},
        HostileCase{"DuplicateNameOtherCase",
                    [] {
                        return ZipBuilder()
                            .add(QStringLiteral("good.yml"), GoodYaml)
                            .add(QStringLiteral("Good.YML"), "second copy\n")
                            .build();
                    },
                    QStringLiteral("Good.YML"),
                    "TOPO-CSAR-008"},
        HostileCase{"DuplicateNameOtherUnicodeForm",
                    [] {
                        return ZipBuilder()
                            .add(QStringLiteral("caf\u00e9.txt"), "composed\n")
                            .add(QStringLiteral("cafe\u0301.txt"), "decomposed\n")
                            .build();
                    },
                    QStringLiteral("cafe\u0301.txt"),
                    "TOPO-CSAR-008"},
        HostileCase{"FileUsedAsFolder",
                    [] {
                        return ZipBuilder()
                            .add(QStringLiteral("scripts"), "a file\n")
                            .add(QStringLiteral("scripts/start.sh"), "#!/bin/sh\n")
                            .build();
                    },
                    QStringLiteral("scripts"),
                    "TOPO-CSAR-008"},
        withLimits(
            HostileCase{"TooManyEntries", [] { return manyEntries(11); }, {}, "TOPO-CSAR-005"},
            [](CsarLimits &l) { l.maxEntries = 10; }),
        withLimits(HostileCase{"EntryTooLarge",
                               [] {
                                   return ZipBuilder()
                                       .add(QStringLiteral("big.bin"), randomBytes(4096, 1))
                                       .build();
                               },
                               QStringLiteral("big.bin"),
                               "TOPO-CSAR-009"},
                   [](CsarLimits &l) { l.maxEntryBytes = 1024; }),
        withLimits(HostileCase{"TotalTooLarge",
                               [] {
                                   ZipBuilder builder;
                                   for (int i = 0; i < 4; ++i)
                                       builder.add(QStringLiteral("f%1.bin").arg(i),
                                                   randomBytes(1000, quint32(i)));
                                   return builder.build();
                               },
                               QStringLiteral("f3.bin"),
                               "TOPO-CSAR-010"},
                   [](CsarLimits &l) { l.maxTotalBytes = 3500; }),
        withLimits(HostileCase{"ArchiveFileTooLarge",
                               [] {
                                   return ZipBuilder()
                                       .add(QStringLiteral("big.bin"), randomBytes(4096, 2))
                                       .build();
                               },
                               {},
                               "TOPO-CSAR-004"},
                   [](CsarLimits &l) { l.maxArchiveBytes = 1024; }),
        HostileCase{"BombByDeclaredRatio", honestBomb, QStringLiteral("bomb.bin"), "TOPO-CSAR-011"},
        // Thirty 1 MiB entries of zeros: each stays under the ratio grace, together they expand
        // a 30 KiB file a thousand times.
        HostileCase{"BombByOverallRatio",
                    [] {
                        ZipBuilder builder;
                        for (int i = 0; i < 30; ++i)
                            builder.add(QStringLiteral("z%1.bin").arg(i), zeros(MiB));
                        return builder.build();
                    },
                    {},
                    "TOPO-CSAR-011"},
        HostileCase{"LyingUncompressedSize",
                    lyingUncompressedSize,
                    QStringLiteral("dir/bomb.bin"),
                    "TOPO-CSAR-014"},
        HostileCase{"LyingCompressedSize",
                    lyingCompressedSize,
                    QStringLiteral("dir/bomb.bin"),
                    "TOPO-CSAR-011"},
        HostileCase{"EncryptedEntry",
                    [] {
                        return ZipBuilder()
                            .add(QStringLiteral("good.yml"), GoodYaml)
                            .addEncrypted(QStringLiteral("secret.yml"), GoodYaml, "hunter2")
                            .build();
                    },
                    QStringLiteral("secret.yml"),
                    "TOPO-CSAR-012"},
        HostileCase{
            "UnsupportedMethod", unsupportedMethod, QStringLiteral("lzma.bin"), "TOPO-CSAR-013"},
        HostileCase{"CorruptData", flippedDataByte, QStringLiteral("data.txt"), "TOPO-CSAR-003"},
        HostileCase{"TruncatedZip", cutInHalf, {}, "TOPO-CSAR-003"},
        HostileCase{"NotAZip", notAZip, {}, "TOPO-CSAR-002"},
        HostileCase{"EmptyFile", [] { return QByteArray(); }, {}, "TOPO-CSAR-002"}),
    [](const ::testing::TestParamInfo<HostileCase> &param) {
        return std::string(param.param.label);
    });

TEST(CsarReader, ReadEntryCatchesLyingHeaderInMemory)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lying.csar"));
    ASSERT_TRUE(writeFile(path, lyingUncompressedSize()));

    CsarReader reader(path);
    ASSERT_TRUE(reader.open()) << describe(reader.diagnostics());
    EXPECT_EQ(reader.readEntry(QStringLiteral("good.yml")), std::optional<QByteArray>(GoodYaml));
    EXPECT_FALSE(reader.readEntry(QStringLiteral("dir/bomb.bin")).has_value());
    EXPECT_NE(findDiagnostic(reader.diagnostics(), QStringLiteral("TOPO-CSAR-014")), nullptr)
        << describe(reader.diagnostics());
}

TEST(CsarReader, ReadEntryCatchesBombByActualRatioInMemory)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lying.csar"));
    ASSERT_TRUE(writeFile(path, lyingCompressedSize()));

    CsarReader reader(path);
    ASSERT_TRUE(reader.open()) << "the declared sizes must pass for this test to mean anything"
                               << describe(reader.diagnostics());
    EXPECT_FALSE(reader.readEntry(QStringLiteral("dir/bomb.bin")).has_value());
    EXPECT_NE(findDiagnostic(reader.diagnostics(), QStringLiteral("TOPO-CSAR-011")), nullptr)
        << describe(reader.diagnostics());
}

// Compressible like real YAML (about ten times), and several 64 KiB chunks long.
QByteArray longText()
{
    QByteArray text;
    for (int i = 0; text.size() < 2 * MiB; ++i)
        text += "node_" + QByteArray::number(i) + ": { host: agent_" + QByteArray::number(i % 97)
                + " }\n";
    return text;
}

QByteArray honestArchive()
{
    return ZipBuilder()
        .addDirectory(QStringLiteral("TOSCA-Metadata/"))
        .add(QStringLiteral("TOSCA-Metadata/TOSCA.meta"),
             "TOSCA-Meta-File-Version: 1.0\nEntry-Definitions: topology.yml\n")
        .add(QStringLiteral("topology.yml"), GoodYaml)
        .add(QStringLiteral("scripts/mesos/start.sh"), "#!/bin/sh\necho start\n")
        .addStored(QStringLiteral("icons/mesos.png"), randomBytes(3000, 3))
        .add(QStringLiteral("docs/caf\u00e9.md"), "# Caf\xc3\xa9\n")
        .add(QStringLiteral("empty.txt"), QByteArray())
        .add(QStringLiteral("long.yml"), longText())
        // Expands a thousand times, but 100 KiB is under the ratio grace: harmless, accepted.
        .add(QStringLiteral("padding.bin"), zeros(100 * 1024))
        .build();
}

TEST(CsarReader, ListsAndReadsHonestArchive)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("honest.csar"));
    ASSERT_TRUE(writeFile(path, honestArchive()));

    CsarReader reader(path);
    ASSERT_TRUE(reader.open()) << describe(reader.diagnostics());
    EXPECT_EQ(reader.entries().size(), 9);
    EXPECT_TRUE(reader.entries().at(0).isDirectory);
    EXPECT_EQ(reader.fileNames(),
              (QStringList{QStringLiteral("TOSCA-Metadata/TOSCA.meta"),
                           QStringLiteral("topology.yml"),
                           QStringLiteral("scripts/mesos/start.sh"),
                           QStringLiteral("icons/mesos.png"),
                           QStringLiteral("docs/caf\u00e9.md"),
                           QStringLiteral("empty.txt"),
                           QStringLiteral("long.yml"),
                           QStringLiteral("padding.bin")}));
    EXPECT_TRUE(reader.hasFile(QStringLiteral("topology.yml")));
    EXPECT_FALSE(reader.hasFile(QStringLiteral("TOSCA-Metadata/")));
    EXPECT_EQ(reader.readEntry(QStringLiteral("topology.yml")),
              std::optional<QByteArray>(GoodYaml));
    EXPECT_EQ(reader.readEntry(QStringLiteral("icons/mesos.png")),
              std::optional<QByteArray>(randomBytes(3000, 3)));
    EXPECT_EQ(reader.readEntry(QStringLiteral("empty.txt")),
              std::optional<QByteArray>(QByteArray()));
    EXPECT_EQ(reader.readEntry(QStringLiteral("long.yml")), std::optional<QByteArray>(longText()));
    EXPECT_EQ(reader.readEntry(QStringLiteral("padding.bin")),
              std::optional<QByteArray>(zeros(100 * 1024)));
    EXPECT_TRUE(reader.diagnostics().isEmpty()) << describe(reader.diagnostics());
}

TEST(CsarReader, AnArchiveReadFromTheFileGivesWhatOneReadInMemoryGives)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("honest.csar"));
    ASSERT_TRUE(writeFile(path, honestArchive()));
    CsarLimits fromFile;
    fromFile.maxInMemoryBytes = 0;

    CsarReader inMemory(path);
    CsarReader onDisk(path, fromFile);
    ASSERT_TRUE(inMemory.open()) << describe(inMemory.diagnostics());
    ASSERT_TRUE(onDisk.open()) << describe(onDisk.diagnostics());
    EXPECT_EQ(onDisk.fileNames(), inMemory.fileNames());
    for (const QString &name : inMemory.fileNames()) {
        const std::optional<QByteArray> bytes = onDisk.readEntry(name);
        ASSERT_TRUE(bytes.has_value()) << name.toStdString() << describe(onDisk.diagnostics());
        EXPECT_EQ(bytes, inMemory.readEntry(name)) << name.toStdString();
    }
    EXPECT_TRUE(onDisk.diagnostics().isEmpty()) << describe(onDisk.diagnostics());
}

namespace {

QStringList capturedMessages;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedMessages << message;
}

} // namespace

TEST(CsarReader, AnEntryPointingPastTheEndIsRefusedWithoutPrintingAnything)
{
    QByteArray zip = ZipBuilder().add(QStringLiteral("a.txt"), "some text\n").build();
    // The central record's "offset of local header" (byte 42) now points far past the end.
    const int central = int(zip.indexOf(QByteArray("PK\x01\x02", 4)));
    ASSERT_GT(central, 0);
    const quint32 farAway = 0x7fff0000;
    for (int i = 0; i < 4; ++i)
        zip[central + 42 + i] = char((farAway >> (8 * i)) & 0xff);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("far.csar"));
    ASSERT_TRUE(writeFile(path, zip));

    capturedMessages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    CsarReader reader(path);
    const bool opened = reader.open();
    const std::optional<QByteArray> entry
        = opened ? reader.readEntry(QStringLiteral("a.txt")) : std::nullopt;
    qInstallMessageHandler(previous);

    EXPECT_FALSE(entry.has_value());
    EXPECT_TRUE(hasErrors(reader.diagnostics()));
    EXPECT_EQ(capturedMessages, QStringList());
}

TEST(CsarReader, ExtractsHonestArchive)
{
    QTemporaryDir archives;
    const QString path = archives.filePath(QStringLiteral("honest.csar"));
    ASSERT_TRUE(writeFile(path, honestArchive()));
    QTemporaryDir sentinel;
    const QString destination = sentinel.filePath(QStringLiteral("dest")); // created by extractTo

    CsarReader reader(path);
    ASSERT_TRUE(reader.extractTo(destination)) << describe(reader.diagnostics());
    EXPECT_EQ(everythingUnder(destination),
              (QStringList{QStringLiteral("TOSCA-Metadata"),
                           QStringLiteral("TOSCA-Metadata/TOSCA.meta"),
                           QStringLiteral("docs"),
                           QStringLiteral("docs/caf\u00e9.md"),
                           QStringLiteral("empty.txt"),
                           QStringLiteral("icons"),
                           QStringLiteral("icons/mesos.png"),
                           QStringLiteral("long.yml"),
                           QStringLiteral("padding.bin"),
                           QStringLiteral("scripts"),
                           QStringLiteral("scripts/mesos"),
                           QStringLiteral("scripts/mesos/start.sh"),
                           QStringLiteral("topology.yml")}));
    EXPECT_EQ(readAll(destination + QStringLiteral("/topology.yml")), GoodYaml);
    EXPECT_EQ(readAll(destination + QStringLiteral("/icons/mesos.png")), randomBytes(3000, 3));
    EXPECT_EQ(readAll(destination + QStringLiteral("/long.yml")), longText());
    EXPECT_EQ(readAll(destination + QStringLiteral("/empty.txt")), QByteArray());
    EXPECT_EQ(
        QDir(sentinel.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList{QStringLiteral("dest")});
    EXPECT_TRUE(reader.diagnostics().isEmpty()) << describe(reader.diagnostics());
}

TEST(CsarReader, RefusesDestinationThatIsNotEmpty)
{
    QTemporaryDir archives;
    const QString path = archives.filePath(QStringLiteral("honest.csar"));
    ASSERT_TRUE(writeFile(path, honestArchive()));
    QTemporaryDir destination;
    const QString mine = destination.filePath(QStringLiteral("topology.yml"));
    ASSERT_TRUE(writeFile(mine, "the user's own file\n"));

    CsarReader reader(path);
    EXPECT_FALSE(reader.extractTo(destination.path()));
    EXPECT_NE(findDiagnostic(reader.diagnostics(), QStringLiteral("TOPO-CSAR-015")), nullptr)
        << describe(reader.diagnostics());
    EXPECT_EQ(readAll(mine), QByteArray("the user's own file\n"));
    EXPECT_EQ(everythingUnder(destination.path()), QStringList{QStringLiteral("topology.yml")});
}

TEST(CsarReader, ReportsMissingEntry)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("honest.csar"));
    ASSERT_TRUE(writeFile(path, honestArchive()));

    CsarReader reader(path);
    EXPECT_FALSE(reader.readEntry(QStringLiteral("nope.yml")).has_value());
    EXPECT_FALSE(reader.readEntry(QStringLiteral("TOSCA-Metadata/")).has_value());
    const Diagnostic *d = findDiagnostic(reader.diagnostics(), QStringLiteral("TOPO-CSAR-016"));
    ASSERT_NE(d, nullptr) << describe(reader.diagnostics());
    EXPECT_TRUE(d->message.contains(QStringLiteral("nope.yml")));
    EXPECT_TRUE(d->message.contains(QStringLiteral("honest.csar")));
}

TEST(CsarReader, MissingArchiveIsUnreadable)
{
    QTemporaryDir dir;
    CsarReader reader(dir.filePath(QStringLiteral("absent.csar")));
    EXPECT_FALSE(reader.open());
    EXPECT_NE(findDiagnostic(reader.diagnostics(), QStringLiteral("TOPO-CSAR-001")), nullptr);
    // A second attempt neither succeeds nor repeats the report.
    EXPECT_FALSE(reader.open());
    EXPECT_EQ(reader.diagnostics().size(), 1);
}

} // namespace

namespace {

// Qt's chained arg() re-scans what it already substituted, so a name holding "%1" could garble
// the message; every message substitutes in one pass.
TEST(CsarReader, MessagesKeepPercentSignsOfNamesIntact)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("my%1topology%20.csar"));
    ASSERT_TRUE(writeFile(
        path, ZipBuilder().add(QStringLiteral("%3%4.bin"), randomBytes(4096, 5)).build()));
    CsarLimits limits;
    limits.maxEntryBytes = 1024;
    CsarReader reader(path, limits);
    EXPECT_FALSE(reader.open());
    const Diagnostic *d = findDiagnostic(reader.diagnostics(), QStringLiteral("TOPO-CSAR-009"));
    ASSERT_NE(d, nullptr) << describe(reader.diagnostics());
    EXPECT_EQ(d->message,
              QStringLiteral("Archive \"my%1topology%20.csar\": entry \"%3%4.bin\" is 4096 bytes "
                             "uncompressed, more than the 1024 bytes allowed for one entry."));
}

} // namespace
