// SPDX-License-Identifier: GPL-3.0-or-later
// topologist-cli --types FOLDER: a repository of archives; `library` lists it, and its broken
// archives are warnings that do not turn a clean topology into exit status 2.
#include "clirun.h"
#include "testhelpers.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Topologist::Test;

namespace {

bool writeIn(const QTemporaryDir &dir, const QString &relative, const QByteArray &bytes)
{
    const QString path = dir.filePath(relative);
    return QDir().mkpath(QFileInfo(path).absolutePath()) && writeFile(path, bytes);
}

QByteArray archive(const QByteArray &name, const QByteArray &version)
{
    return "tosca_definitions_version: alien_dsl_1_4_0\n"
           "metadata:\n  template_name: "
           + name + "\n  template_version: " + version
           + "\nimports:\n  - tosca-normative-types:1.0.0-ALIEN14\n"
             "node_types:\n  my.nodes.App:\n    derived_from: tosca.nodes.SoftwareComponent\n";
}

/// A library with two versions of one archive, and one archive that cannot be read.
class CliLibrary : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_library.isValid());
        ASSERT_TRUE(writeIn(m_library, QStringLiteral("app/1.0/types.yml"), archive("app", "1.0")));
        ASSERT_TRUE(writeIn(m_library, QStringLiteral("app/2.0/types.yml"), archive("app", "2.0")));
        ASSERT_TRUE(writeIn(m_library,
                            QStringLiteral("broken/types.yml"),
                            "tosca_definitions_version: alien_dsl_1_4_0\nmetadata: [oops\n"));
        ASSERT_TRUE(writeIn(m_topologies,
                            QStringLiteral("clean.yml"),
                            "tosca_definitions_version: alien_dsl_1_4_0\n"
                            "metadata:\n  template_name: t\n  template_version: 1.0.0\n"
                            "imports:\n  - tosca-normative-types:1.0.0-ALIEN14\n  - app:2.0\n"
                            "topology_template:\n  node_templates:\n"
                            "    server:\n      type: tosca.nodes.Compute\n"
                            "    app:\n      type: my.nodes.App\n"
                            "      requirements:\n        - host: server\n"));
    }

    QTemporaryDir m_library;
    QTemporaryDir m_topologies;
};

} // namespace

TEST_F(CliLibrary, ListsTheArchivesWithTheirVersionsAndTheProblems)
{
    const CliRun run
        = runCli({QStringLiteral("--types"), m_library.path(), QStringLiteral("library")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 4) << run.out.toStdString();
    EXPECT_EQ(lines[0],
              QDir(m_library.path()).absolutePath() + QStringLiteral(": 2 archives, 1 problem"));
    EXPECT_TRUE(lines[1].simplified() == QStringLiteral("app 1.0 app/1.0/types.yml"))
        << lines[1].toStdString();
    EXPECT_TRUE(lines[2].simplified() == QStringLiteral("app 2.0 app/2.0/types.yml"))
        << lines[2].toStdString();
    EXPECT_TRUE(lines[3].contains(m_library.filePath(QStringLiteral("broken/types.yml"))))
        << lines[3].toStdString();
    EXPECT_TRUE(lines[3].contains(QStringLiteral("warning: [TOPO-LIB-001]")))
        << lines[3].toStdString();
}

TEST_F(CliLibrary, ABrokenArchiveTheTopologyDoesNotImportLeavesItClean)
{
    const QString file = m_topologies.filePath(QStringLiteral("clean.yml"));
    for (const char *command : {"validate", "inspect"}) {
        const CliRun run
            = runCli({QStringLiteral("--types"), m_library.path(), QLatin1String(command), file});
        EXPECT_EQ(run.exitCode, 0) << command << ": " << run.err.toStdString();
        // One line points at `library` instead of repeating every problem of the library.
        EXPECT_TRUE(run.err.contains(QStringLiteral("library"))
                    && run.err.contains(QStringLiteral("1 problem")))
            << run.err.toStdString();
        EXPECT_FALSE(run.err.contains(QStringLiteral("TOPO-LIB-001"))) << run.err.toStdString();
    }
}

TEST_F(CliLibrary, AFolderThatDoesNotExistIsUnreadable)
{
    const CliRun run = runCli({QStringLiteral("--types"),
                               m_library.filePath(QStringLiteral("absent")),
                               QStringLiteral("library")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("TOPO-FILE-001"))) << run.err.toStdString();
}
