// SPDX-License-Identifier: GPL-3.0-or-later
// The substitution mapping rules (TOPO-SUBST-001 to 010): for each, a topology that breaks it
// (reported with the right severity, on the mapping's entry, at a line of the file) and the
// same topology put right (the problem gone, and no error left); and the conditions only
// Alien4Cloud imposes left out of plain TOSCA files.
#include "catalog/topologyloader.h"
#include "testhelpers.h"
#include "validation/validationcontext.h"
#include "validation/validator.h"

#include <gtest/gtest.h>

using namespace Topologist;
using Topologist::Test::bundledCatalog;
using Topologist::Test::describe;

namespace {

const QByteArray alienHeader = "tosca_definitions_version: alien_dsl_1_4_0\n"
                               "metadata:\n  template_name: t\n"
                               "  template_version: 1.0.0-SNAPSHOT\n"
                               "imports:\n  - tosca-normative-types:1.0.0-ALIEN14\n"
                               "  - mesos-types:1.4.0-SNAPSHOT\n";

/// A Mesos master on a machine, and Marathon on the master: error-free as they are.
const QByteArray nodes
    = "  node_templates:\n"
      "    Compute:\n      type: tosca.nodes.Compute\n"
      "      capabilities:\n        os:\n"
      "          properties: {type: linux, distribution: ubuntu, version: 14.04, "
      "architecture: x86_64}\n"
      "    Master:\n      type: org.alien4cloud.nodes.MesosMaster\n"
      "      requirements:\n        - host: Compute\n"
      "    Marathon:\n      type: org.alien4cloud.nodes.Marathon\n"
      "      requirements:\n        - host: Master\n";

QByteArray document(const QByteArray &mapping,
                    const QByteArray &inputs = QByteArray(),
                    const QByteArray &header = alienHeader)
{
    return header + "topology_template:\n" + inputs + "  substitution_mappings:\n" + mapping
           + nodes;
}

Problems validate(const QByteArray &yaml)
{
    const LoadedTopology loaded
        = TopologyLoader(bundledCatalog()).loadBytes(yaml, QStringLiteral("t.yml"));
    EXPECT_FALSE(hasErrors(loaded.diagnostics))
        << (loaded.diagnostics.isEmpty() ? std::string()
                                         : loaded.diagnostics.first().toString().toStdString());
    if (!loaded.archive.topology || !loaded.types)
        return {};
    const ValidationContext context(loaded.archive, *loaded.archive.topology, *loaded.types);
    return Validator::standard().validate(context);
}

const Problem *find(const Problems &problems, const QString &code)
{
    for (const Problem &p : problems) {
        if (p.code == code)
            return &p;
    }
    return nullptr;
}

bool hasErrors(const Problems &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const Problem &p) {
        return p.severity == Severity::Error;
    });
}

struct SubstCase
{
    const char *name;
    const char *code;
    Severity severity;
    ProblemMember member;
    QByteArray broken;
    QByteArray fine;
};

void PrintTo(const SubstCase &c, std::ostream *out)
{
    *out << c.name;
}

const QByteArray component = "    node_type: tosca.nodes.SoftwareComponent\n";

} // namespace

class SubstitutionRule : public ::testing::TestWithParam<SubstCase>
{
};

TEST_P(SubstitutionRule, brokenMappingIsReportedOnItsEntry)
{
    const SubstCase &c = GetParam();
    const Problems problems = validate(c.broken);
    const Problem *problem = find(problems, QLatin1String(c.code));
    ASSERT_NE(problem, nullptr) << c.code << " not reported; got:\n" << describe(problems);
    EXPECT_EQ(problem->severity, c.severity);
    EXPECT_EQ(problem->member, c.member) << problem->member.toString().toStdString();
    EXPECT_TRUE(problem->node.isEmpty()) << "a problem of the topology, not of a node";
    EXPECT_EQ(problem->location.file, QStringLiteral("t.yml"));
    EXPECT_GT(problem->location.line, 0);
    EXPECT_FALSE(problem->message.isEmpty());
}

TEST_P(SubstitutionRule, mendedMappingIsClean)
{
    const SubstCase &c = GetParam();
    const Problems problems = validate(c.fine);
    EXPECT_EQ(find(problems, QLatin1String(c.code)), nullptr) << describe(problems);
    EXPECT_FALSE(hasErrors(problems)) << describe(problems);
}

INSTANTIATE_TEST_SUITE_P(
    Rules,
    SubstitutionRule,
    ::testing::Values(
        SubstCase{"UnknownType",
                  "TOPO-SUBST-001",
                  Severity::Error,
                  ProblemMember::substitutionType(),
                  document("    node_type: org.example.NoSuchService\n"),
                  document(component)},
        SubstCase{"NoType",
                  "TOPO-SUBST-001",
                  Severity::Error,
                  ProblemMember::substitutionType(),
                  document("    capabilities:\n      feature: [ Master, feature ]\n"),
                  document(component + "    capabilities:\n      feature: [ Master, feature ]\n")},
        SubstCase{"ConcreteType",
                  "TOPO-SUBST-002",
                  Severity::Error,
                  ProblemMember::substitutionType(),
                  document("    node_type: org.alien4cloud.nodes.MesosMaster\n"),
                  document(component)},
        SubstCase{"ArchiveWithTypes",
                  "TOPO-SUBST-003",
                  Severity::Error,
                  ProblemMember::substitutionType(),
                  document(component,
                           QByteArray(),
                           alienHeader
                               + "node_types:\n  org.example.Extra:\n"
                                 "    derived_from: tosca.nodes.Root\n"),
                  document(component)},
        SubstCase{"MissingNode",
                  "TOPO-SUBST-004",
                  Severity::Error,
                  ProblemMember::substitutionCapability(QStringLiteral("feature")),
                  document(component + "    capabilities:\n      feature: [ Mastre, feature ]\n"),
                  document(component + "    capabilities:\n      feature: [ Master, feature ]\n")},
        SubstCase{"NotNodeAndName",
                  "TOPO-SUBST-004",
                  Severity::Error,
                  ProblemMember::substitutionRequirement(QStringLiteral("host")),
                  document(component + "    requirements:\n      host: Master\n"),
                  document(component + "    requirements:\n      host: [ Master, host ]\n")},
        SubstCase{"NoSuchCapability",
                  "TOPO-SUBST-005",
                  Severity::Error,
                  ProblemMember::substitutionCapability(QStringLiteral("api")),
                  document(component + "    capabilities:\n      api: [ Master, api ]\n"),
                  document(component + "    capabilities:\n      api: [ Master, master ]\n")},
        SubstCase{"NoSuchRequirement",
                  "TOPO-SUBST-005",
                  Severity::Error,
                  ProblemMember::substitutionRequirement(QStringLiteral("host")),
                  document(component + "    requirements:\n      host: [ Master, hosting ]\n"),
                  document(component + "    requirements:\n      host: [ Master, host ]\n")},
        // Compute's host is a Container: Master's host (MesosMasterHost) is one, its master
        // capability is not.
        SubstCase{"CapabilityOfAnotherType",
                  "TOPO-SUBST-006",
                  Severity::Error,
                  ProblemMember::substitutionCapability(QStringLiteral("host")),
                  document("    node_type: tosca.nodes.Compute\n"
                           "    capabilities:\n      host: [ Master, master ]\n"),
                  document("    node_type: tosca.nodes.Compute\n"
                           "    capabilities:\n      host: [ Master, host ]\n")},
        // A SoftwareComponent may be hosted on any Container; Marathon needs a Mesos master's.
        SubstCase{"RequirementNarrowerThanTheType",
                  "TOPO-SUBST-006",
                  Severity::Error,
                  ProblemMember::substitutionRequirement(QStringLiteral("host")),
                  document(component + "    requirements:\n      host: [ Marathon, host ]\n"),
                  document(component + "    requirements:\n      host: [ Master, host ]\n")},
        SubstCase{"RequiredPropertyWithoutInput",
                  "TOPO-SUBST-007",
                  Severity::Warning,
                  ProblemMember::substitutionProperty(QStringLiteral("name")),
                  document("    node_type: tosca.nodes.Database\n"),
                  document("    node_type: tosca.nodes.Database\n",
                           "  inputs:\n    name:\n      type: string\n")},
        SubstCase{"PropertyOntoMissingInput",
                  "TOPO-SUBST-008",
                  Severity::Error,
                  ProblemMember::substitutionProperty(QStringLiteral("component_version")),
                  document(component + "    properties:\n      component_version: [ version ]\n"),
                  document(component + "    properties:\n      component_version: [ version ]\n",
                           "  inputs:\n    version:\n      type: version\n")},
        SubstCase{"UnknownProperty",
                  "TOPO-SUBST-009",
                  Severity::Warning,
                  ProblemMember::substitutionProperty(QStringLiteral("colour")),
                  document(component + "    properties:\n      colour: [ colour ]\n",
                           "  inputs:\n    colour:\n      type: string\n"),
                  document(component + "    properties:\n      component_version: [ colour ]\n",
                           "  inputs:\n    colour:\n      type: string\n")},
        SubstCase{
            "PropertyOntoInputOfAnotherName",
            "TOPO-SUBST-010",
            Severity::Warning,
            ProblemMember::substitutionProperty(QStringLiteral("component_version")),
            document(component + "    properties:\n      component_version: [ version ]\n",
                     "  inputs:\n    version:\n      type: version\n"),
            document(component
                         + "    properties:\n      component_version: [ component_version ]\n",
                     "  inputs:\n    component_version:\n      type: version\n")}),
    [](const ::testing::TestParamInfo<SubstCase> &caseInfo) {
        return std::string(caseInfo.param.name);
    });

TEST(SubstitutionRules, aTopologyWithoutMappingHasNoSubstitutionProblem)
{
    const Problems problems = validate(alienHeader + "topology_template:\n" + nodes);
    for (const Problem &p : problems)
        EXPECT_FALSE(p.code.startsWith(QLatin1String("TOPO-SUBST"))) << p.toString().toStdString();
}

TEST(SubstitutionRules, alien4cloudsOwnConditionsAreLeftOutOfPlainTosca)
{
    // Compute is concrete in the Simple Profile; the file declares a type; a property is mapped
    // onto an input of another name. Alien4Cloud refuses or ignores each; TOSCA allows them.
    const QByteArray yaml
        = "tosca_definitions_version: tosca_simple_yaml_1_3\n"
          "metadata:\n  template_name: t\n  template_version: 1.0.0-SNAPSHOT\n"
          "node_types:\n  org.example.Extra:\n    derived_from: tosca.nodes.Root\n"
          "topology_template:\n"
          "  inputs:\n    cpus:\n      type: integer\n      default: 2\n"
          "  substitution_mappings:\n"
          "    node_type: tosca.nodes.Compute\n"
          "    capabilities:\n      host: [ Server, host ]\n"
          "    properties:\n      num: [ cpus ]\n"
          "  node_templates:\n    Server:\n      type: tosca.nodes.Compute\n";
    const Problems problems = validate(yaml);
    for (const char *code : {"TOPO-SUBST-002", "TOPO-SUBST-003", "TOPO-SUBST-010"})
        EXPECT_EQ(find(problems, QLatin1String(code)), nullptr) << code << describe(problems);
    EXPECT_EQ(find(problems, QStringLiteral("TOPO-SUBST-001")), nullptr) << describe(problems);
    EXPECT_EQ(find(problems, QStringLiteral("TOPO-SUBST-005")), nullptr) << describe(problems);
}
