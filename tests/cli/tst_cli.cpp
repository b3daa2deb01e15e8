// SPDX-License-Identifier: GPL-3.0-or-later
// topologist-cli as CI pipelines use it: exit codes, and diagnostics on stderr in the
// `file:line:col: error: ...` form editors and CI annotations understand.
#include "testhelpers.h"
#include "testpaths.h"

#include "yaml/yamlvaluereader.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments, const QString &workingDirectory = QString())
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.start(cliPath(), arguments);
    CliRun run;
    if (!process.waitForStarted(10000)) {
        ADD_FAILURE() << "cannot start " << cliPath().toStdString();
        return run;
    }
    if (!process.waitForFinished(60000)) {
        ADD_FAILURE() << "topologist-cli did not finish within 60 s";
        process.kill();
        process.waitForFinished();
    }
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/// The first `<file>:<line>:<column>: error: ` line on stderr, as (line, column); (-1, -1) when
/// there is none.
std::pair<int, int> firstErrorPosition(const QString &err, const QString &file)
{
    const QRegularExpression pattern(QStringLiteral("^") + QRegularExpression::escape(file)
                                         + QStringLiteral(":(\\d+):(\\d+): error: "),
                                     QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pattern.match(err);
    if (!match.hasMatch())
        return {-1, -1};
    return {match.captured(1).toInt(), match.captured(2).toInt()};
}

struct BrokenInput
{
    const char *file;
    const char *code;
    int line;
    int column;
};

class CliBrokenInput : public ::testing::TestWithParam<BrokenInput>
{
};

} // namespace

TEST(Cli, Help)
{
    const CliRun run = runCli({QStringLiteral("--help")});
    EXPECT_FALSE(run.crashed);
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("Usage: topologist-cli")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("inspect FILE")));
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
}

TEST(Cli, Version)
{
    for (const QString &option : {QStringLiteral("--version"), QStringLiteral("-v")}) {
        const CliRun run = runCli({option});
        EXPECT_EQ(run.exitCode, 0);
        EXPECT_EQ(run.out, QStringLiteral("topologist-cli " TOPOLOGIST_VERSION "\n"));
    }
}

TEST(Cli, NoArgumentsPrintsUsage)
{
    const CliRun run = runCli({});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("Usage: topologist-cli")));
}

TEST(Cli, UnknownCommand)
{
    const CliRun run = runCli({QStringLiteral("frobnicate"), QStringLiteral("x.yml")});
    EXPECT_FALSE(run.crashed);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("unknown command 'frobnicate'")))
        << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

TEST(Cli, UnknownOption)
{
    const CliRun run = runCli({QStringLiteral("--frobnicate")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("unknown option '--frobnicate'")));
}

TEST(Cli, HelpForOneCommandListsItsOptions)
{
    const CliRun viaHelp = runCli({QStringLiteral("help"), QStringLiteral("validate")});
    EXPECT_EQ(viaHelp.exitCode, 0);
    EXPECT_TRUE(viaHelp.err.isEmpty()) << viaHelp.err.toStdString();
    EXPECT_TRUE(viaHelp.out.startsWith(
        QStringLiteral("Usage: topologist-cli [--types PATH]... validate FILE...")))
        << viaHelp.out.toStdString();
    EXPECT_TRUE(viaHelp.out.contains(QStringLiteral("--format F")));
    EXPECT_TRUE(viaHelp.out.contains(QStringLiteral("--werror")));
    EXPECT_FALSE(viaHelp.out.contains(QStringLiteral("--self-contained")));

    const CliRun viaOption = runCli({QStringLiteral("validate"), QStringLiteral("--help")});
    EXPECT_EQ(viaOption.exitCode, 0);
    EXPECT_EQ(viaOption.out, viaHelp.out);

    const CliRun unknown = runCli({QStringLiteral("help"), QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("unknown command 'frobnicate'")));
}

TEST(Cli, UnknownOptionOfACommandIsNamed)
{
    const QString file = bundledExample(QStringLiteral("marathon"));
    for (const char *command : {"inspect", "validate", "export", "push", "library"}) {
        const CliRun run = runCli({QLatin1String(command), QStringLiteral("--frobnicate"), file});
        EXPECT_EQ(run.exitCode, 2) << command;
        EXPECT_TRUE(run.err.contains(QStringLiteral("unknown option '--frobnicate' for ")
                                     + QLatin1String(command)))
            << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << command;
    }
}

TEST(Cli, AMissingOptionValueIsNamed)
{
    const CliRun run = runCli({QStringLiteral("validate"),
                               bundledExample(QStringLiteral("marathon")),
                               QStringLiteral("--format")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--format"))) << run.err.toStdString();
}

TEST(Cli, OptionsTakeEitherFormAndMayFollowTheFile)
{
    const QString file = bundledExample(QStringLiteral("marathon"));
    const CliRun spaced = runCli(
        {QStringLiteral("validate"), file, QStringLiteral("--format"), QStringLiteral("json")});
    const CliRun joined
        = runCli({QStringLiteral("validate"), QStringLiteral("--format=json"), file});
    EXPECT_EQ(spaced.exitCode, joined.exitCode);
    EXPECT_TRUE(spaced.out.startsWith(QLatin1Char('[')) || spaced.out.startsWith(QLatin1Char('{')))
        << spaced.out.left(200).toStdString();
    EXPECT_EQ(spaced.out, joined.out);
}

TEST(Cli, DoubleDashEndsTheOptions)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString name = QStringLiteral("--marathon.yml");
    ASSERT_TRUE(writeFile(dir.filePath(name), readAll(bundledExample(QStringLiteral("marathon")))));
    const CliRun refused = runCli({QStringLiteral("inspect"), name}, dir.path());
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("unknown option '--marathon.yml'")))
        << refused.err.toStdString();

    const CliRun run = runCli({QStringLiteral("inspect"), QStringLiteral("--"), name}, dir.path());
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("node templates ("))) << run.out.toStdString();
}

TEST(Cli, InspectNeedsExactlyOneFile)
{
    EXPECT_EQ(runCli({QStringLiteral("inspect")}).exitCode, 2);
    const QString file = bundledExample(QStringLiteral("marathon"));
    EXPECT_EQ(runCli({QStringLiteral("inspect"), file, file}).exitCode, 2);
}

TEST(Cli, InspectBundledExample)
{
    // A Qt resource path works as a file name: the examples are compiled into the CLI.
    const QString file = bundledExample(QStringLiteral("marathon"));
    const CliRun run = runCli({QStringLiteral("inspect"), file});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(
        file + QStringLiteral(": marathon-topology:1.4.0-SNAPSHOT (alien_dsl_1_4_0)\n")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("node templates (11):"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QRegularExpression(
        QStringLiteral("\n  MesosMaster +org\\.alien4cloud\\.nodes\\.MesosMaster  "
                       "\\(tosca\\.nodes\\.SoftwareComponent < tosca\\.nodes\\.Root\\)\n"))))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("relationships (14):")));
    EXPECT_TRUE(run.out.contains(QStringLiteral(
        "  Marathon.host -> MesosMaster.host (org.alien4cloud.capabilities.MesosMasterHost)  "
        "[tosca.relationships.HostedOn]\n")))
        << run.out.toStdString();
}

TEST(Cli, InspectPublishedTopologies)
{
    for (const QString &name : topologyNames()) {
        const QString file = publishedTopology(name);
        if (!QFile::exists(file))
            GTEST_SKIP() << "reference archives not available on this machine: "
                         << file.toStdString();
        const CliRun run = runCli({QStringLiteral("inspect"), file});
        EXPECT_EQ(run.exitCode, 0) << name.toStdString() << run.err.toStdString();
        EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("node templates ("))) << run.out.toStdString();
    }
}

TEST(Cli, InspectWithUserTypes)
{
    const QString file = dataPath(QStringLiteral("valid/uses-user-types.yml"));
    const CliRun without = runCli({QStringLiteral("inspect"), file});
    EXPECT_EQ(without.exitCode, 2);
    EXPECT_EQ(firstErrorPosition(without.err, file), std::make_pair(10, 5))
        << without.err.toStdString();

    const CliRun with
        = runCli({QStringLiteral("--types"),
                  dataPath(QStringLiteral("valid/user-archive")),
                  QStringLiteral("--types=") + dataPath(QStringLiteral("valid/other-types.yml")),
                  QStringLiteral("inspect"),
                  file});
    EXPECT_EQ(with.exitCode, 0) << with.err.toStdString();
    EXPECT_TRUE(with.out.contains(
        QStringLiteral("org.example.nodes.Grandchild  (org.example.nodes.Child < ")))
        << with.out.toStdString();
}

TEST(Cli, MissingFile)
{
    const QString file = dataPath(QStringLiteral("invalid/no-such-file.yml"));
    const CliRun run = runCli({QStringLiteral("inspect"), file});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.startsWith(file + QStringLiteral(": error: "))) << run.err.toStdString();
}

TEST_P(CliBrokenInput, ExitsTwoWithFileLineColumn)
{
    const BrokenInput &input = GetParam();
    const QString file = dataPath(QLatin1String(input.file));
    const CliRun run = runCli({QStringLiteral("inspect"), file});
    EXPECT_FALSE(run.crashed);
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_EQ(firstErrorPosition(run.err, file), std::make_pair(input.line, input.column))
        << run.err.toStdString();
    EXPECT_TRUE(
        run.err.contains(QStringLiteral("[") + QLatin1String(input.code) + QStringLiteral("]")))
        << run.err.toStdString();
    // Nothing is listed for a topology with errors.
    EXPECT_FALSE(run.out.contains(QStringLiteral("node templates"))) << run.out.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures,
    CliBrokenInput,
    ::testing::Values(BrokenInput{"invalid/bad-syntax.yml", "TOPO-YAML-001", 10, 30},
                      BrokenInput{"invalid/wrong-version.yml", "TOPO-DEF-002", 2, 28},
                      BrokenInput{"invalid/unknown-import.yml", "TOPO-IMP-001", 5, 5},
                      BrokenInput{"invalid/unknown-node-type.yml", "TOPO-NODE-001", 11, 13},
                      BrokenInput{"invalid/unknown-parent.yml", "TOPO-TYPE-001", 11, 3},
                      BrokenInput{"invalid/derived-cycle.yml", "TOPO-TYPE-002", 11, 3},
                      BrokenInput{"invalid/missing-target.yml", "TOPO-REQ-002", 13, 19},
                      BrokenInput{"invalid/latin1.yml", "TOPO-YAML-003", 3, 17},
                      BrokenInput{"invalid/empty.yml", "TOPO-YAML-007", 1, 1},
                      BrokenInput{"invalid/comments-only.yml", "TOPO-YAML-007", 1, 1}),
    [](const ::testing::TestParamInfo<BrokenInput> &param) {
        std::string name = QFileInfo(QLatin1String(param.param.file)).baseName().toStdString();
        for (char &c : name) {
            if (c == '-')
                c = '_';
        }
        return name;
    });

TEST(Cli, GeneratedBrokenInputs)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    struct Generated
    {
        const char *name;
        QByteArray bytes;
        const char *code;
        int line;
    };
    QByteArray random(50 * 1024 * 1024, Qt::Uninitialized);
    for (int i = 0; i < random.size(); ++i)
        random[i] = char((i * 2654435761u) >> 24);
    const QList<Generated> inputs = {
        {"random.yml", random, "TOPO-YAML-003", 1},
        {"flow.yml", QByteArray(100000, '[') + QByteArray(100000, ']') + '\n', "TOPO-YAML-004", 1},
        {"block.yml", QByteArray("- ").repeated(100000) + "x\n", "TOPO-YAML-004", 1},
    };
    for (const Generated &input : inputs) {
        SCOPED_TRACE(input.name);
        const QString file = dir.filePath(QLatin1String(input.name));
        ASSERT_TRUE(writeFile(file, input.bytes));
        const CliRun run = runCli({QStringLiteral("inspect"), file});
        EXPECT_FALSE(run.crashed);
        EXPECT_EQ(run.exitCode, 2);
        EXPECT_EQ(firstErrorPosition(run.err, file).first, input.line) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QLatin1String(input.code))) << run.err.toStdString();
    }

    // Over the size limit (sparse, so it costs nothing on disk).
    const QString huge = dir.filePath(QStringLiteral("huge.yml"));
    QFile file(huge);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(YamlValueReader::MaxFileBytes + 1));
    file.close();
    const CliRun run = runCli({QStringLiteral("inspect"), huge});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(firstErrorPosition(run.err, huge), std::make_pair(1, 1)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("TOPO-FILE-002")));
}
