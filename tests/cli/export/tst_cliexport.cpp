// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"
#include "testpaths.h"
#include "zipbuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Topologist::Test;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

QString example(const QString &name)
{
    return sourcePath(QStringLiteral("resources/examples/%1/%1.yml").arg(name));
}

QString broken()
{
    return dataPath(QStringLiteral("export/broken-topology.yml"));
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// The lines of @p text that look like `file:line:col: severity: [CODE] ...`.
QStringList diagnosticLines(const QString &text, const QString &severity)
{
    static const QRegularExpression shape(
        QStringLiteral("^.+:\\d+:\\d+: (\\w+): \\[[A-Z0-9_-]+\\] .+$"));
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = shape.match(line);
        if (match.hasMatch() && match.captured(1) == severity)
            lines.append(line);
    }
    return lines;
}

} // namespace

TEST(CliExport, WritesTheCsarWhichInspectAndValidateRead)
{
    QTemporaryDir out;
    const QString csar = out.filePath(QStringLiteral("marathon.csar"));
    const CliRun exported = runCli({QStringLiteral("export"),
                                    example(QStringLiteral("marathon")),
                                    QStringLiteral("-o"),
                                    csar});
    ASSERT_TRUE(exported.finished);
    EXPECT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_THAT(exported.out.toStdString(), HasSubstr("Wrote " + csar.toStdString()));
    EXPECT_TRUE(QFileInfo(csar).isFile());

    const CliRun inspected = runCli({QStringLiteral("inspect"), csar});
    EXPECT_EQ(inspected.exitCode, 0) << inspected.err.toStdString();
    EXPECT_THAT(inspected.out.toStdString(),
                HasSubstr(csar.toStdString() + ": marathon-topology:1.4.0-SNAPSHOT"));
    EXPECT_THAT(inspected.out.toStdString(), HasSubstr("MesosMaster"));

    const CliRun validated = runCli({QStringLiteral("validate"), csar});
    EXPECT_EQ(validated.exitCode, 0) << validated.out.toStdString() << validated.err.toStdString();
    EXPECT_TRUE(diagnosticLines(validated.out, QStringLiteral("error")).isEmpty());
}

TEST(CliExport, ValidatingACsarLeavesNothingInTheTemporaryFolder)
{
    QTemporaryDir out;
    const QString csar = out.filePath(QStringLiteral("marathon.csar"));
    ASSERT_EQ(runCli({QStringLiteral("export"),
                      example(QStringLiteral("marathon")),
                      QStringLiteral("-o"),
                      csar})
                  .exitCode,
              0);
    QTemporaryDir temporary; // the CLI's own TMPDIR: what it unpacks, it must remove
    const CliRun validated = runCli({QStringLiteral("validate"), csar},
                                    QByteArray(),
                                    {QStringLiteral("TMPDIR=") + temporary.path()});
    EXPECT_EQ(validated.exitCode, 0) << validated.err.toStdString();
    EXPECT_EQ(
        QDir(temporary.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList());
}

TEST(CliExport, OutputDefaultsToNameAndVersionInTheCurrentFolder)
{
    QTemporaryDir out;
    const QString previous = QDir::currentPath();
    ASSERT_TRUE(QDir::setCurrent(out.path()));
    const CliRun run = runCli({QStringLiteral("export"), example(QStringLiteral("aurora"))});
    QDir::setCurrent(previous);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QDir(out.path()).entryList(QDir::Files),
              QStringList{QStringLiteral("aurora-topology-1.4.0-SNAPSHOT.csar")});
}

TEST(CliExport, OutputOntoTheTopologyIsRefusedAndLeavesItIntact)
{
    QTemporaryDir work;
    const QString topology = work.filePath(QStringLiteral("a.yml"));
    ASSERT_TRUE(QFile::copy(example(QStringLiteral("aurora")), topology));
    QFile original(topology);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();

    const CliRun run = runCli({QStringLiteral("export"), topology, QStringLiteral("-o"), topology});

    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_THAT(run.err.toStdString(), HasSubstr("[TOPO-CSAR-045]"));
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    EXPECT_EQ(original.readAll(), before);
}

TEST(CliExport, DefaultOutputNameCannotLeaveTheCurrentFolder)
{
    QTemporaryDir work;
    ASSERT_TRUE(QDir().mkpath(work.filePath(QStringLiteral("a/b"))));
    const QString topology = work.filePath(QStringLiteral("a/b/evil.yml"));
    ASSERT_TRUE(writeBytes(topology,
                           "tosca_definitions_version: alien_dsl_1_4_0\n"
                           "template_name: ../../x\n"
                           "template_version: 1.0.0\n"
                           "imports:\n  - tosca-normative-types:1.0.0-ALIEN14\n"
                           "topology_template:\n  node_templates:\n"
                           "    Compute:\n      type: tosca.nodes.Compute\n"));
    const QString previous = QDir::currentPath();
    ASSERT_TRUE(QDir::setCurrent(work.filePath(QStringLiteral("a/b"))));
    // Forced: the name is also a validation error, which is not what this is about.
    const CliRun run = runCli({QStringLiteral("export"), topology, QStringLiteral("--force")});
    QDir::setCurrent(previous);

    EXPECT_EQ(QDir(work.path()).entryList(QDir::Files), QStringList()) << run.err.toStdString();
    const QStringList written = QDir(work.filePath(QStringLiteral("a/b")))
                                    .entryList({QStringLiteral("*.csar")}, QDir::Files);
    EXPECT_EQ(written.size(), 1) << run.err.toStdString();
}

TEST(CliExport, SelfContainedWritesTheTypeArchivesNumbered)
{
    QTemporaryDir out;
    const CliRun run = runCli({QStringLiteral("export"),
                               example(QStringLiteral("mesos-ha")),
                               QStringLiteral("--self-contained"),
                               QStringLiteral("-o"),
                               out.filePath(QStringLiteral("mesos.csar"))});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QDir(out.path()).entryList(QDir::Files, QDir::Name),
              (QStringList{QStringLiteral("01-tosca-normative-types-1.0.0-ALIEN14.csar"),
                           QStringLiteral("02-docker-engine-type-1.4.0-SNAPSHOT.csar"),
                           QStringLiteral("03-mesos-types-1.4.0-SNAPSHOT.csar"),
                           QStringLiteral("mesos.csar")}));
    EXPECT_THAT(run.out.toStdString(), HasSubstr("upload order"));
}

TEST(CliExport, ValidationErrorsRefuseWithExitOneUnlessForced)
{
    QTemporaryDir out;
    const QString csar = out.filePath(QStringLiteral("broken.csar"));
    const CliRun refused = runCli({QStringLiteral("export"), broken(), QStringLiteral("-o"), csar});
    ASSERT_TRUE(refused.finished);
    EXPECT_EQ(refused.exitCode, 1);
    const QStringList errors = diagnosticLines(refused.err, QStringLiteral("error"));
    ASSERT_GE(errors.size(), 2) << refused.err.toStdString();
    EXPECT_TRUE(errors.first().startsWith(broken())) << errors.first().toStdString();
    EXPECT_THAT(refused.err.toStdString(), HasSubstr("Mystery"));
    EXPECT_THAT(refused.err.toStdString(), HasSubstr("--force"));
    EXPECT_FALSE(QFileInfo::exists(csar));

    const CliRun forced = runCli({QStringLiteral("export"),
                                  broken(),
                                  QStringLiteral("-o"),
                                  csar,
                                  QStringLiteral("--force")});
    EXPECT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    EXPECT_TRUE(QFileInfo(csar).isFile());
    EXPECT_GE(diagnosticLines(forced.err, QStringLiteral("error")).size(), 2);
    EXPECT_FALSE(diagnosticLines(forced.err, QStringLiteral("warning")).isEmpty());

    // The CSAR's own errors are then reported inside it: ARCHIVE!PATH:line:col.
    const CliRun validated = runCli({QStringLiteral("validate"), csar});
    EXPECT_EQ(validated.exitCode, 1);
    const QStringList inside = diagnosticLines(validated.out, QStringLiteral("error"));
    ASSERT_FALSE(inside.isEmpty()) << validated.out.toStdString();
    for (const QString &line : inside)
        EXPECT_TRUE(line.startsWith(csar + QStringLiteral("!broken-topology.yml:")))
            << line.toStdString();
}

TEST(CliExport, MissingReferencedFileIsExitTwo)
{
    QTemporaryDir work;
    const QString topology = work.filePath(QStringLiteral("with-artifact.yml"));
    QFile::copy(dataPath(QStringLiteral("export/with-artifact.yml")), topology);
    const CliRun run = runCli({QStringLiteral("export"),
                               topology,
                               QStringLiteral("-o"),
                               work.filePath(QStringLiteral("x.csar"))});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_THAT(run.err.toStdString(), HasSubstr("[TOPO-CSAR-042]"));
    EXPECT_THAT(run.err.toStdString(), HasSubstr("files/settings.cfg"));
    EXPECT_FALSE(QFileInfo::exists(work.filePath(QStringLiteral("x.csar"))));
}

TEST(CliExport, UnreadableInputIsExitTwo)
{
    QTemporaryDir work;
    const CliRun run = runCli({QStringLiteral("export"),
                               work.filePath(QStringLiteral("nope.yml")),
                               QStringLiteral("-o"),
                               work.filePath(QStringLiteral("x.csar"))});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_FALSE(run.err.isEmpty());
}

TEST(CliExport, HostileCsarsAreUnreadableForInspectAndValidate)
{
    QTemporaryDir work;
    const QString csar = work.filePath(QStringLiteral("slip.csar"));
    ASSERT_TRUE(
        writeBytes(csar,
                   ZipBuilder()
                       .add(QStringLiteral("t.yml"), "tosca_definitions_version: alien_dsl_1_4_0\n")
                       .add(QStringLiteral("../../evil.txt"), "owned\n")
                       .build()));
    const QString notZip = work.filePath(QStringLiteral("fake.csar"));
    ASSERT_TRUE(writeBytes(notZip, "this is no zip\n"));

    // The CLI unpacks under TMPDIR: a sentinel folder whose temporary root must stay empty.
    QTemporaryDir sentinel;
    ASSERT_TRUE(QDir().mkdir(sentinel.filePath(QStringLiteral("tmp"))));
    const QStringList environment{QStringLiteral("TMPDIR=")
                                  + sentinel.filePath(QStringLiteral("tmp"))};

    for (const QString &command : {QStringLiteral("inspect"), QStringLiteral("validate")}) {
        const CliRun slip = runCli({command, csar}, QByteArray(), environment);
        EXPECT_EQ(slip.exitCode, 2) << command.toStdString();
        EXPECT_THAT(slip.err.toStdString(),
                    HasSubstr(csar.toStdString() + ": error: [TOPO-CSAR-006]"));
        EXPECT_THAT(slip.err.toStdString(), HasSubstr("../../evil.txt"));
        EXPECT_THAT(slip.out.toStdString(), Not(HasSubstr("TOPO-CSAR")));

        const CliRun fake = runCli({command, notZip}, QByteArray(), environment);
        EXPECT_EQ(fake.exitCode, 2) << command.toStdString();
        EXPECT_THAT(fake.err.toStdString(), HasSubstr("[TOPO-CSAR-002]"));
    }
    EXPECT_EQ(QDir(work.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
              (QStringList{QStringLiteral("fake.csar"), QStringLiteral("slip.csar")}));
    EXPECT_FALSE(
        QFileInfo::exists(QFileInfo(work.path()).absolutePath() + QStringLiteral("/evil.txt")));
    EXPECT_EQ(
        QDir(sentinel.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList{QStringLiteral("tmp")});
    EXPECT_TRUE(QDir(sentinel.filePath(QStringLiteral("tmp")))
                    .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                    .isEmpty());

    // The CLI does unpack under TMPDIR, so the checks above mean something: with TMPDIR
    // pointing nowhere, even an honest archive cannot be opened.
    const QString honest = work.filePath(QStringLiteral("honest.csar"));
    const CliRun exported = runCli({QStringLiteral("export"),
                                    example(QStringLiteral("marathon")),
                                    QStringLiteral("-o"),
                                    honest});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const CliRun nowhere
        = runCli({QStringLiteral("inspect"), honest},
                 QByteArray(),
                 {QStringLiteral("TMPDIR=") + work.filePath(QStringLiteral("no/such"))});
    EXPECT_EQ(nowhere.exitCode, 2);
    EXPECT_THAT(nowhere.err.toStdString(), HasSubstr("[TOPO-CSAR-015]"));
    EXPECT_EQ(runCli({QStringLiteral("inspect"), honest}, QByteArray(), environment).exitCode, 0);
}

TEST(CliExport, HelpDescribesExportAndPush)
{
    const CliRun run = runCli({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_THAT(run.out.toStdString(),
                HasSubstr("export FILE [-o OUT.csar] [--self-contained] [--force] [--standard]"));
    EXPECT_THAT(run.out.toStdString(),
                HasSubstr("push FILE --server URL --user NAME --password-stdin"));
    EXPECT_THAT(run.out.toStdString(), HasSubstr("ARCHIVE!PATH"));
}

TEST(CliExport, StandardWritesAStandardCsarByDefaultAndListsWhatItLeftOut)
{
    QTemporaryDir out;
    const QString previous = QDir::currentPath();
    ASSERT_TRUE(QDir::setCurrent(out.path()));
    const CliRun run = runCli({QStringLiteral("export"),
                               QStringLiteral("--standard"),
                               example(QStringLiteral("aurora"))});
    QDir::setCurrent(previous);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QDir(out.path()).entryList(QDir::Files),
              QStringList{QStringLiteral("aurora-topology-1.4.0-SNAPSHOT-standard.csar")});
    EXPECT_THAT(run.out.toStdString(), HasSubstr("tosca_simple_yaml_1_2"));
    EXPECT_THAT(run.out.toStdString(),
                HasSubstr("node_types/org.alien4cloud.nodes.AuroraScheduler/requirements/host: "
                          "node_filter"));
}

TEST(CliExport, StandardWritesYamlWhenTheOutputIsNoCsar)
{
    QTemporaryDir out;
    const QString target = out.filePath(QStringLiteral("marathon.yaml"));
    const CliRun run = runCli({QStringLiteral("export"),
                               QStringLiteral("--standard"),
                               example(QStringLiteral("marathon")),
                               QStringLiteral("-o"),
                               target});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile file(target);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray yaml = file.readAll();
    EXPECT_TRUE(yaml.startsWith("tosca_definitions_version: tosca_simple_yaml_1_2\n"));
    EXPECT_FALSE(yaml.contains("\nimports:"));
}

TEST(CliExport, StandardRefusesTheOptionsOfTheAlienExportAndWritingOverItsInput)
{
    QTemporaryDir work;
    const QString topology = work.filePath(QStringLiteral("a.yml"));
    ASSERT_TRUE(QFile::copy(example(QStringLiteral("aurora")), topology));
    const CliRun forced = runCli({QStringLiteral("export"),
                                  QStringLiteral("--standard"),
                                  QStringLiteral("--force"),
                                  topology,
                                  QStringLiteral("-o"),
                                  work.filePath(QStringLiteral("x.csar"))});
    EXPECT_EQ(forced.exitCode, 2);
    EXPECT_THAT(forced.err.toStdString(), HasSubstr("--standard takes neither"));
    EXPECT_FALSE(QFileInfo::exists(work.filePath(QStringLiteral("x.csar"))));

    const CliRun onto = runCli({QStringLiteral("export"),
                                QStringLiteral("--standard"),
                                topology,
                                QStringLiteral("-o"),
                                topology});
    EXPECT_EQ(onto.exitCode, 1) << onto.err.toStdString();
    EXPECT_THAT(onto.err.toStdString(), HasSubstr("[TOPO-STD-001]"));
}
