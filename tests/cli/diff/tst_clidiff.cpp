// SPDX-License-Identifier: GPL-3.0-or-later
// topologist-cli diff and merge as reviewers and git use them: exit codes, the human and JSON
// reports, git:REV:PATH, merge as git's merge driver on two real branches, and diff --textconv
// as git's diff.tosca.textconv (issue 16).
#include "qtprinters.h"
#include "testhelpers.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessRun run(const QString &program, const QStringList &arguments, const QString &folder)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // git must not read the user's configuration, nor ask for anything.
    environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    environment.insert(QStringLiteral("HOME"), folder);
    environment.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Test"));
    environment.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("test@example.org"));
    environment.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Test"));
    environment.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("test@example.org"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProcessRun result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        ADD_FAILURE() << "cannot run " << program.toStdString() << ' '
                      << arguments.join(QLatin1Char(' ')).toStdString();
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QByteArray marathon()
{
    return readAll(sourcePath(QStringLiteral("resources/examples/marathon/marathon.yml")));
}

/// A DockerEngine on SlaveCompute, added before the outputs as the designer would save it.
QByteArray withDocker(QByteArray yaml, const char *name)
{
    const QByteArray node = QByteArray("    ") + name
                            + ":\n      type: org.alien4cloud.nodes.DockerEngine\n"
                              "      requirements:\n        - host:\n"
                              "            node: SlaveCompute\n"
                              "            capability: tosca.capabilities.Container\n"
                              "            relationship: tosca.relationships.HostedOn\n\n";
    const QByteArray replacement = node + QByteArray("  outputs:\n");
    return yaml.replace(QByteArray("  outputs:\n"), replacement);
}

QByteArray withMasterPort(QByteArray yaml, const char *port)
{
    const QByteArray replacement = QByteArray("port: ") + QByteArray(port);
    return yaml.replace(QByteArray("port: 5050"), replacement);
}

/// The same model in other text: MesosMaster's properties in another order and quoted, the
/// imports reversed, a comment added.
QByteArray reformatted(QByteArray yaml)
{
    yaml.replace("        log_dir: /var/log/mesos\n        cluster_name: Mesos with A4C\n",
                 "        # the name shown in Mesos' UI\n"
                 "        cluster_name: 'Mesos with A4C'\n        log_dir: \"/var/log/mesos\"\n");
    yaml.replace(
        "  - tosca-normative-types:1.0.0-ALIEN14\n  - docker-engine-type:1.4.0-SNAPSHOT\n",
        "  - docker-engine-type:1.4.0-SNAPSHOT\n  - tosca-normative-types:1.0.0-ALIEN14\n");
    return yaml;
}

QByteArray withMasterAt(QByteArray yaml, const char *position)
{
    const QByteArray layout = QByteArray("  template_author: alien4cloud\n  topologist_layout: "
                                         "\"MesosMaster ")
                              + QByteArray(position) + QByteArray("\"\n");
    return yaml.replace(QByteArray("  template_author: alien4cloud\n"), layout);
}

/// The lines a unified diff adds or removes, without its file headers.
QStringList changedLines(const QString &diff)
{
    QStringList lines;
    for (const QString &line : diff.split(QLatin1Char('\n'))) {
        if ((line.startsWith(QLatin1Char('+')) || line.startsWith(QLatin1Char('-')))
            && !line.startsWith(QLatin1String("+++")) && !line.startsWith(QLatin1String("---")))
            lines << line;
    }
    return lines;
}

class CliDiff : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(folder.isValid()); }

    QString file(const char *name, const QByteArray &yaml)
    {
        const QString path = folder.filePath(QString::fromUtf8(name));
        EXPECT_TRUE(writeFile(path, yaml));
        return path;
    }
    ProcessRun cli(const QStringList &arguments)
    {
        return run(cliPath(), arguments, folder.path());
    }
    ProcessRun git(const QStringList &arguments)
    {
        return run(QStringLiteral("git"), arguments, folder.path());
    }
    /// A repository in the folder with the driver configured, or false when git is missing.
    bool makeRepository()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            return false;
        EXPECT_EQ(git({QStringLiteral("init"),
                       QStringLiteral("-q"),
                       QStringLiteral("-b"),
                       QStringLiteral("main")})
                      .exitCode,
                  0);
        file(".gitattributes", "*.yml merge=tosca\n");
        EXPECT_EQ(git({QStringLiteral("config"),
                       QStringLiteral("merge.tosca.driver"),
                       QLatin1Char('"') + cliPath() + QStringLiteral("\" merge %O %A %B -o %A")})
                      .exitCode,
                  0);
        return true;
    }
    /// A repository whose topologies git diffs through `diff --textconv`.
    bool makeTextconvRepository()
    {
        if (!makeRepository())
            return false;
        file(".gitattributes", "*.yml merge=tosca diff=tosca\n");
        EXPECT_EQ(git({QStringLiteral("config"),
                       QStringLiteral("diff.tosca.textconv"),
                       QLatin1Char('"') + cliPath() + QStringLiteral("\" diff --textconv")})
                      .exitCode,
                  0);
        return true;
    }
    ProcessRun gitDiff(const QString &option = QString())
    {
        QStringList arguments{QStringLiteral("diff")};
        if (!option.isEmpty())
            arguments << option;
        arguments << QStringLiteral("HEAD~1") << QStringLiteral("HEAD") << QStringLiteral("--")
                  << QStringLiteral("topology.yml");
        return git(arguments);
    }
    void commit(const QByteArray &yaml, const char *message)
    {
        file("topology.yml", yaml);
        ASSERT_EQ(git({QStringLiteral("add"), QStringLiteral(".")}).exitCode, 0);
        const ProcessRun done = git({QStringLiteral("commit"),
                                     QStringLiteral("-q"),
                                     QStringLiteral("-m"),
                                     QString::fromUtf8(message)});
        ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    }
    void branch(const char *name, bool create = false)
    {
        QStringList arguments{QStringLiteral("checkout"), QStringLiteral("-q")};
        if (create)
            arguments << QStringLiteral("-b");
        arguments << QString::fromUtf8(name);
        ASSERT_EQ(git(arguments).exitCode, 0);
    }

    QTemporaryDir folder;
};

} // namespace

TEST_F(CliDiff, EqualTopologiesExitZeroWhateverTheirFormatting)
{
    QByteArray reformatted = marathon();
    // Other quoting, and the properties of a node in another order.
    reformatted.replace(
        "        log_dir: /var/log/mesos\n        cluster_name: Mesos with A4C\n",
        "        cluster_name: 'Mesos with A4C'\n        log_dir: /var/log/mesos\n");
    reformatted.replace("port: 5050", "port: \"5050\"");
    ASSERT_NE(reformatted, marathon());
    const ProcessRun result
        = cli({QStringLiteral("diff"), file("a.yml", marathon()), file("b.yml", reformatted)});
    EXPECT_EQ(result.exitCode, 0) << result.out.toStdString() << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
}

TEST_F(CliDiff, DifferencesAsAStatThenDetails)
{
    const ProcessRun result
        = cli({QStringLiteral("diff"),
               file("a.yml", marathon()),
               file("b.yml", withMasterPort(withDocker(marathon(), "Extra"), "5051"))});
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral(" node_templates/MesosMaster | 1 ~\n")))
        << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral(" node_templates/Extra       | 1 +\n")))
        << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(
        QStringLiteral("~ node_templates/MesosMaster/properties/port: 5050 -> 5051\n")));
    EXPECT_TRUE(result.out.contains(
        QStringLiteral("+ node_templates/Extra  (org.alien4cloud.nodes.DockerEngine)\n")));
}

TEST_F(CliDiff, JsonListsEveryChangeWithItsValues)
{
    const ProcessRun result = cli({QStringLiteral("diff"),
                                   QStringLiteral("--format"),
                                   QStringLiteral("json"),
                                   file("a.yml", marathon()),
                                   file("b.yml", withMasterPort(marathon(), "5051"))});
    EXPECT_EQ(result.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
    EXPECT_FALSE(report.value(QStringLiteral("equal")).toBool(true));
    const QJsonArray changes = report.value(QStringLiteral("changes")).toArray();
    ASSERT_EQ(changes.size(), 1) << result.out.toStdString();
    const QJsonObject change = changes.first().toObject();
    EXPECT_EQ(change.value(QStringLiteral("kind")).toString(), QStringLiteral("modified"));
    EXPECT_EQ(change.value(QStringLiteral("area")).toString(), QStringLiteral("property"));
    EXPECT_EQ(change.value(QStringLiteral("node")).toString(), QStringLiteral("MesosMaster"));
    EXPECT_EQ(change.value(QStringLiteral("before")).toString(), QStringLiteral("5050"));
    EXPECT_EQ(change.value(QStringLiteral("after")).toString(), QStringLiteral("5051"));
    EXPECT_EQ(change.value(QStringLiteral("path")).toArray().last().toString(),
              QStringLiteral("port"));
}

TEST_F(CliDiff, LayoutOnlyIsApartAndCanBeIgnored)
{
    QByteArray moved = marathon();
    moved.replace("  template_author: alien4cloud\n",
                  "  template_author: alien4cloud\n  topologist_layout: \"MesosMaster 40 80\"\n");
    const QString a = file("a.yml", marathon());
    const QString b = file("b.yml", moved);
    const ProcessRun shown = cli({QStringLiteral("diff"), a, b});
    EXPECT_EQ(shown.exitCode, 1);
    EXPECT_TRUE(shown.out.startsWith(QStringLiteral("Layout only (ignored with --ignore-layout)")))
        << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("node_templates/MesosMaster/position")));
    const ProcessRun ignored
        = cli({QStringLiteral("diff"), QStringLiteral("--ignore-layout"), a, b});
    EXPECT_EQ(ignored.exitCode, 0) << ignored.out.toStdString();
    EXPECT_TRUE(ignored.out.isEmpty());
}

TEST_F(CliDiff, UnreadableInputExitsTwo)
{
    const ProcessRun missing = cli({QStringLiteral("diff"),
                                    file("a.yml", marathon()),
                                    folder.filePath(QStringLiteral("missing.yml"))});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("missing.yml"))) << missing.err.toStdString();
    const ProcessRun broken = cli({QStringLiteral("diff"),
                                   file("a.yml", marathon()),
                                   file("broken.yml", "tosca_definitions_version: [\n")});
    EXPECT_EQ(broken.exitCode, 2);
    EXPECT_TRUE(broken.err.contains(QStringLiteral("broken.yml:"))) << broken.err.toStdString();
    const ProcessRun one = cli({QStringLiteral("diff"), file("a.yml", marathon())});
    EXPECT_EQ(one.exitCode, 2);
}

TEST_F(CliDiff, ComparesACsarWithAFile)
{
    const QString yaml = file("marathon.yml", marathon());
    const QString csar = folder.filePath(QStringLiteral("marathon.csar"));
    ASSERT_EQ(cli({QStringLiteral("export"), yaml, QStringLiteral("-o"), csar}).exitCode, 0);
    const ProcessRun same = cli({QStringLiteral("diff"), csar, yaml});
    EXPECT_EQ(same.exitCode, 0) << same.out.toStdString() << same.err.toStdString();
    const ProcessRun changed
        = cli({QStringLiteral("diff"), csar, file("b.yml", withMasterPort(marathon(), "5051"))});
    EXPECT_EQ(changed.exitCode, 1);
    EXPECT_TRUE(changed.out.contains(QStringLiteral("properties/port: 5050 -> 5051")))
        << changed.out.toStdString();
}

TEST_F(CliDiff, ComparesAGitRevision)
{
    if (!makeRepository())
        GTEST_SKIP() << "git is not installed";
    commit(marathon(), "base");
    file("topology.yml", withDocker(marathon(), "Extra"));
    const ProcessRun result = cli({QStringLiteral("diff"),
                                   QStringLiteral("git:HEAD:topology.yml"),
                                   QStringLiteral("topology.yml")});
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("+ node_templates/Extra")))
        << result.out.toStdString();

    const ProcessRun bad = cli({QStringLiteral("diff"),
                                QStringLiteral("git:no-such-rev:topology.yml"),
                                QStringLiteral("topology.yml")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("git show no-such-rev:topology.yml failed")))
        << bad.err.toStdString();
}

TEST_F(CliDiff, MergeOfIndependentEditsIsClean)
{
    const QString out = folder.filePath(QStringLiteral("merged.yml"));
    const ProcessRun result = cli({QStringLiteral("merge"),
                                   file("base.yml", marathon()),
                                   file("ours.yml", withDocker(marathon(), "OurDocker")),
                                   file("theirs.yml", withMasterPort(marathon(), "5051")),
                                   QStringLiteral("-o"),
                                   out});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
    // The merged file is what both edits together give.
    const ProcessRun check
        = cli({QStringLiteral("diff"),
               file("expected.yml", withMasterPort(withDocker(marathon(), "OurDocker"), "5051")),
               out});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString();
}

TEST_F(CliDiff, MergeConflictsAreReportedAndRecorded)
{
    const QString out = folder.filePath(QStringLiteral("merged.yml"));
    const ProcessRun result = cli({QStringLiteral("merge"),
                                   file("base.yml", marathon()),
                                   file("ours.yml", withMasterPort(marathon(), "6000")),
                                   file("theirs.yml", withMasterPort(marathon(), "7000")),
                                   QStringLiteral("-o"),
                                   out});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral(
        "CONFLICT (both-changed): node_templates/MesosMaster/properties/port: ours 6000, "
        "theirs 7000")))
        << result.err.toStdString();
    const QByteArray merged = readAll(out);
    EXPECT_TRUE(merged.contains("topologist_merge_conflicts:")) << merged.toStdString();
    EXPECT_TRUE(merged.contains("port: 6000"));
    // The file with its record is still a topology validate reads.
    const ProcessRun validate = cli({QStringLiteral("validate"), out});
    EXPECT_EQ(validate.exitCode, 0) << validate.out.toStdString() << validate.err.toStdString();
}

TEST_F(CliDiff, GitMergeDriverMergesNodesAddedToTheSameMachine)
{
    if (!makeRepository())
        GTEST_SKIP() << "git is not installed";
    commit(marathon(), "base");
    branch("theirs", true);
    commit(withDocker(marathon(), "TheirDocker"), "their node");
    branch("main");
    commit(withDocker(marathon(), "OurDocker"), "our node");
    // In text, the two additions at one place conflict.
    const ProcessRun text = git({QStringLiteral("merge-file"),
                                 QStringLiteral("-p"),
                                 file("ours.txt", withDocker(marathon(), "OurDocker")),
                                 file("base.txt", marathon()),
                                 file("theirs.txt", withDocker(marathon(), "TheirDocker"))});
    EXPECT_EQ(text.exitCode, 1) << text.out.toStdString();
    const ProcessRun merged
        = git({QStringLiteral("merge"), QStringLiteral("--no-edit"), QStringLiteral("theirs")});
    EXPECT_EQ(merged.exitCode, 0) << merged.out.toStdString() << merged.err.toStdString();
    const QByteArray result = readAll(folder.filePath(QStringLiteral("topology.yml")));
    EXPECT_TRUE(result.contains("    OurDocker:\n")) << result.toStdString();
    EXPECT_TRUE(result.contains("    TheirDocker:\n")) << result.toStdString();
    EXPECT_FALSE(result.contains("<<<<<<<"));
}

TEST_F(CliDiff, GitMergeDriverReportsAConflict)
{
    if (!makeRepository())
        GTEST_SKIP() << "git is not installed";
    commit(marathon(), "base");
    branch("theirs", true);
    commit(withMasterPort(marathon(), "7000"), "their port");
    branch("main");
    commit(withMasterPort(marathon(), "6000"), "our port");
    const ProcessRun merged
        = git({QStringLiteral("merge"), QStringLiteral("--no-edit"), QStringLiteral("theirs")});
    EXPECT_NE(merged.exitCode, 0);
    const QString said = merged.out + merged.err;
    EXPECT_TRUE(said.contains(QStringLiteral("CONFLICT (both-changed): "
                                             "node_templates/MesosMaster/properties/port")))
        << said.toStdString();
    const ProcessRun status = git({QStringLiteral("status"), QStringLiteral("--porcelain")});
    EXPECT_TRUE(status.out.contains(QStringLiteral("UU topology.yml"))) << status.out.toStdString();
    const QByteArray result = readAll(folder.filePath(QStringLiteral("topology.yml")));
    EXPECT_TRUE(result.contains("topologist_merge_conflicts:")) << result.toStdString();
}

TEST_F(CliDiff, TextconvPrintsACanonicalForm)
{
    const ProcessRun original = cli({QStringLiteral("diff"),
                                     QStringLiteral("--textconv"),
                                     file("a.yml", withMasterAt(marathon(), "40 80"))});
    EXPECT_EQ(original.exitCode, 0) << original.err.toStdString();
    EXPECT_TRUE(original.err.isEmpty()) << original.err.toStdString();
    const ProcessRun other = cli({QStringLiteral("diff"),
                                  QStringLiteral("--textconv"),
                                  file("b.yml", reformatted(withMasterAt(marathon(), "40 80")))});
    EXPECT_EQ(other.out, original.out);
    EXPECT_TRUE(original.out.contains(QStringLiteral("\n        port: 5050\n")))
        << original.out.toStdString();
    EXPECT_FALSE(original.out.contains(QStringLiteral("topologist_layout")));
    EXPECT_TRUE(original.out.contains(QStringLiteral("\n#   MesosMaster 40 80\n")));

    const ProcessRun noLayout = cli({QStringLiteral("diff"),
                                     QStringLiteral("--textconv"),
                                     QStringLiteral("--ignore-layout"),
                                     folder.filePath(QStringLiteral("a.yml"))});
    EXPECT_FALSE(noLayout.out.contains(QStringLiteral("MesosMaster 40 80")));
    EXPECT_TRUE(noLayout.out.contains(QStringLiteral("\n        port: 5050\n")));
}

TEST_F(CliDiff, TextconvPrintsOtherFilesAsTheyAre)
{
    // git converts every file the attribute names, not only topologies.
    const QByteArray other = "jobs:\n  build: {runs-on: ubuntu}\n# a comment\n";
    const ProcessRun plain
        = cli({QStringLiteral("diff"), QStringLiteral("--textconv"), file("ci.yml", other)});
    EXPECT_EQ(plain.exitCode, 0);
    EXPECT_EQ(plain.out.toUtf8(), other);
    EXPECT_TRUE(plain.err.isEmpty()) << plain.err.toStdString();

    // A topology broken mid-edit: as it is, and why.
    const QByteArray broken = "tosca_definitions_version: alien_dsl_1_4_0\ntopology_template: [\n";
    const ProcessRun bad
        = cli({QStringLiteral("diff"), QStringLiteral("--textconv"), file("broken.yml", broken)});
    EXPECT_EQ(bad.exitCode, 0);
    EXPECT_EQ(bad.out.toUtf8(), broken);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("broken.yml:"))) << bad.err.toStdString();

    const ProcessRun missing = cli({QStringLiteral("diff"),
                                    QStringLiteral("--textconv"),
                                    folder.filePath(QStringLiteral("missing.yml"))});
    EXPECT_EQ(missing.exitCode, 2);
    const ProcessRun two = cli({QStringLiteral("diff"),
                                QStringLiteral("--textconv"),
                                file("a.yml", marathon()),
                                file("b.yml", marathon())});
    EXPECT_EQ(two.exitCode, 2);
}

TEST_F(CliDiff, GitDiffThroughTextconvShowsThePropertyChangeNotTheReformatting)
{
    if (!makeTextconvRepository())
        GTEST_SKIP() << "git is not installed";
    commit(marathon(), "base");
    commit(withMasterPort(reformatted(marathon()), "5051"), "port, reformatted");

    // As text, the reformatting is all over the diff.
    const ProcessRun text = gitDiff(QStringLiteral("--no-textconv"));
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_GT(changedLines(text.out).size(), 2) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("cluster_name"))) << text.out.toStdString();

    // Through the textconv, only the port.
    const ProcessRun model = gitDiff();
    ASSERT_EQ(model.exitCode, 0) << model.err.toStdString();
    EXPECT_EQ(
        changedLines(model.out),
        (QStringList{QStringLiteral("-        port: 5050"), QStringLiteral("+        port: 5051")}))
        << model.out.toStdString();
}

TEST_F(CliDiff, GitDiffThroughTextconvShowsAMoveApart)
{
    if (!makeTextconvRepository())
        GTEST_SKIP() << "git is not installed";
    commit(withMasterAt(marathon(), "40 80"), "placed");
    commit(withMasterAt(marathon(), "200 80"), "moved");
    const ProcessRun moved = gitDiff();
    ASSERT_EQ(moved.exitCode, 0) << moved.err.toStdString();
    EXPECT_EQ(changedLines(moved.out),
              (QStringList{QStringLiteral("-#   MesosMaster 40 80"),
                           QStringLiteral("+#   MesosMaster 200 80")}))
        << moved.out.toStdString();
}
