// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudproblemmapper.h"
#include "yaml/toscareader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Topologist;
using ::testing::HasSubstr;

namespace {

// Written by the user with comments and blank lines the writer would not keep: its lines differ
// from the uploaded ones, which is the point.
const QByteArray UserYaml = "tosca_definitions_version: alien_dsl_1_4_0\n"
                            "# the user's own comment\n"
                            "metadata:\n"
                            "  template_name: mapped\n"
                            "  template_version: 0.1.0-SNAPSHOT\n"
                            "\n"
                            "imports:\n"
                            "  - tosca-normative-types:1.0.0-ALIEN14\n"
                            "\n"
                            "topology_template:\n"
                            "  node_templates:\n"
                            "\n"
                            "    Compute:\n"
                            "      type: tosca.nodes.Compute\n"
                            "\n"
                            "    Server:\n"
                            "      type: tosca.nodes.SoftwareComponent\n"
                            "      properties:\n"
                            "        component_version: 1.0\n"
                            "      requirements:\n"
                            "        - host: Compute\n"
                            "        - dependency:\n"
                            "            node: Compute\n";

// What the upload holds (lines 1-based):
const QByteArray UploadedYaml = "tosca_definitions_version: alien_dsl_1_4_0\n" // 1
                                "metadata:\n"                                  // 2
                                "  template_name: mapped\n"                    // 3
                                "  template_version: 0.1.0-SNAPSHOT\n"         // 4
                                "imports:\n"                                   // 5
                                "  - tosca-normative-types:1.0.0-ALIEN14\n"    // 6
                                "topology_template:\n"                         // 7
                                "  node_templates:\n"                          // 8
                                "    Compute:\n"                               // 9
                                "      type: tosca.nodes.Compute\n"            // 10
                                "    Server:\n"                                // 11
                                "      type: tosca.nodes.SoftwareComponent\n"  // 12
                                "      properties:\n"                          // 13
                                "        component_version: 1.0\n"             // 14
                                "      requirements:\n"                        // 15
                                "        - host: Compute\n"                    // 16
                                "        - dependency:\n"                      // 17
                                "            node: Compute\n"                  // 18
                                "  outputs:\n"                                 // 19
                                "    x:\n"                                     // 20
                                "      value: 1\n";                            // 21

Alien4CloudParsingError errorAt(int line, const QString &code = QStringLiteral("VALIDATION_ERROR"))
{
    Alien4CloudParsingError error;
    error.level = Severity::Error;
    error.errorCode = code;
    error.problem = QStringLiteral("Something is wrong.");
    error.note = QStringLiteral("note");
    error.fileName = QStringLiteral("mapped.yml");
    error.startLine = line;
    error.startColumn = 9;
    return error;
}

ToscaArchive userArchive()
{
    Diagnostics diagnostics;
    return ToscaReader().read(UserYaml, QStringLiteral("/home/me/mapped.yml"), &diagnostics);
}

} // namespace

TEST(Alien4CloudProblemMapper, FindsTheNodeWhoseBlockHoldsTheLine)
{
    const Alien4CloudProblemMapper mapper(
        UploadedYaml, QStringLiteral("mapped.yml"), userArchive());
    EXPECT_EQ(mapper.nodeAt(8), QString());
    EXPECT_EQ(mapper.nodeAt(9), QStringLiteral("Compute"));
    EXPECT_EQ(mapper.nodeAt(10), QStringLiteral("Compute"));
    EXPECT_EQ(mapper.nodeAt(11), QStringLiteral("Server"));
    EXPECT_EQ(mapper.nodeAt(18), QStringLiteral("Server"));
    EXPECT_EQ(mapper.nodeAt(19), QString());
    EXPECT_EQ(mapper.nodeAt(21), QString());
}

TEST(Alien4CloudProblemMapper, PointsAtTheMemberInTheUsersFile)
{
    const ToscaArchive user = userArchive();
    const NodeTemplate *server = user.topology->node(QStringLiteral("Server"));
    ASSERT_NE(server, nullptr);
    ASSERT_EQ(server->requirements.size(), 2);
    const Alien4CloudProblemMapper mapper(UploadedYaml, QStringLiteral("mapped.yml"), user);

    const Problem dependency
        = mapper.map(errorAt(18, QStringLiteral("REQUIREMENT_TARGET_NOT_FOUND")));
    EXPECT_EQ(dependency.node, QStringLiteral("Server"));
    EXPECT_EQ(dependency.member.toString(), QStringLiteral("requirement dependency"));
    EXPECT_EQ(dependency.requirementIndex, 1);
    EXPECT_EQ(dependency.location, server->requirements.at(1).location);
    EXPECT_EQ(dependency.location.file, QStringLiteral("/home/me/mapped.yml"));
    EXPECT_EQ(dependency.location.line, 22);
    EXPECT_EQ(dependency.code, QStringLiteral("A4C-REQUIREMENT_TARGET_NOT_FOUND"));
    EXPECT_EQ(dependency.severity, Severity::Error);
    EXPECT_EQ(dependency.message,
              QStringLiteral("Something is wrong. (note) [Alien4Cloud, at mapped.yml:18:9 of the "
                             "uploaded archive]"));

    const Problem host = mapper.map(errorAt(16));
    EXPECT_EQ(host.member.toString(), QStringLiteral("requirement host"));
    EXPECT_EQ(host.requirementIndex, 0);
    EXPECT_EQ(host.location.line, 21);

    const Problem property = mapper.map(errorAt(14));
    EXPECT_EQ(property.node, QStringLiteral("Server"));
    EXPECT_EQ(property.member.toString(), QStringLiteral("property component_version"));
    EXPECT_EQ(property.requirementIndex, -1);
    EXPECT_EQ(property.location.line, 19);

    const Problem type = mapper.map(errorAt(12, QStringLiteral("TYPE_NOT_FOUND")));
    EXPECT_EQ(type.node, QStringLiteral("Server"));
    EXPECT_TRUE(type.member.isEmpty());
    EXPECT_EQ(type.location, server->location);
    EXPECT_EQ(type.location.line, 16);
}

TEST(Alien4CloudProblemMapper, ErrorsOutsideNodesStayFileLevel)
{
    const Alien4CloudProblemMapper mapper(
        UploadedYaml, QStringLiteral("mapped.yml"), userArchive());
    const Problem output = mapper.map(errorAt(20));
    EXPECT_TRUE(output.node.isEmpty());
    EXPECT_EQ(output.location, (SourceLocation{QStringLiteral("/home/me/mapped.yml"), 0, 0}));
    EXPECT_THAT(output.message.toStdString(), HasSubstr("mapped.yml:20:9 of the uploaded archive"));

    Alien4CloudParsingError fatal = errorAt(0, QStringLiteral("ERRONEOUS_ARCHIVE_FILE"));
    fatal.fileName = QStringLiteral("mapped-0.1.0-SNAPSHOT.csar");
    fatal.startColumn = 0;
    const Problem archive = mapper.map(fatal);
    EXPECT_TRUE(archive.node.isEmpty());
    EXPECT_EQ(archive.location.line, 0);
    EXPECT_THAT(archive.message.toStdString(), HasSubstr("mapped-0.1.0-SNAPSHOT.csar"));
}

TEST(Alien4CloudProblemMapper, FileLevelErrorsKeepTheirLineWhenTheUploadIsTheUsersFile)
{
    Diagnostics diagnostics;
    const ToscaArchive same
        = ToscaReader().read(UploadedYaml, QStringLiteral("/home/me/mapped.yml"), &diagnostics);
    const Alien4CloudProblemMapper mapper(
        UploadedYaml, QStringLiteral("mapped.yml"), same, UploadedYaml);
    const Problem output = mapper.map(errorAt(20));
    EXPECT_EQ(output.location, (SourceLocation{QStringLiteral("/home/me/mapped.yml"), 20, 9}));
}

TEST(Alien4CloudProblemMapper, VerbatimFilesKeepA4CsPosition)
{
    Alien4CloudParsingError warning = errorAt(42, QStringLiteral("MISSING_FILE"));
    warning.level = Severity::Warning;
    warning.note.clear();
    const Problem problem
        = Alien4CloudProblemMapper::mapVerbatim(warning, QStringLiteral(":/types/x/x.yml"));
    EXPECT_EQ(problem.location, (SourceLocation{QStringLiteral(":/types/x/x.yml"), 42, 9}));
    EXPECT_EQ(problem.severity, Severity::Warning);
    EXPECT_EQ(problem.code, QStringLiteral("A4C-MISSING_FILE"));
    EXPECT_EQ(problem.message, QStringLiteral("Something is wrong."));
}
