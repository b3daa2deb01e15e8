// SPDX-License-Identifier: GPL-3.0-or-later
// Every built-in validation rule: a minimal topology that breaks it (reported with the right
// code, severity and node), one that satisfies it, and its quick fix, which must remove the
// problem without adding an error.
#include "catalog/topologyloader.h"
#include "catalog/typecatalog.h"
#include "testhelpers.h"
#include "validation/quickfixapplier.h"
#include "validation/validationcontext.h"
#include "validation/validator.h"

#include <QFile>
#include <QSet>

#include <gtest/gtest.h>

using namespace Topologist;
using Topologist::Test::bundledCatalog;
using Topologist::Test::describe;

namespace {

QByteArray document(const QByteArray &nodeTemplates, const QByteArray &extra = QByteArray())
{
    return QByteArray("tosca_definitions_version: alien_dsl_1_4_0\n"
                      "metadata:\n  template_name: t\n  template_version: 1.0.0-SNAPSHOT\n"
                      "imports:\n  - tosca-normative-types:1.0.0-ALIEN14\n  - "
                      "docker-engine-type:1.4.0-SNAPSHOT\n"
                      "  - mesos-types:1.4.0-SNAPSHOT\n"
                      "topology_template:\n")
           + extra + QByteArray("  node_templates:\n") + nodeTemplates;
}

// A Compute with an OS the Mesos node filters accept, used by most cases.
const char *compute = "    Compute:\n"
                      "      type: tosca.nodes.Compute\n"
                      "      capabilities:\n"
                      "        os:\n"
                      "          properties: {type: linux, distribution: ubuntu, version: 14.04, "
                      "architecture: x86_64}\n";

struct Result
{
    LoadedTopology loaded;
    Problems problems;
};

Result validate(const QByteArray &yaml)
{
    Result result;
    result.loaded = TopologyLoader(bundledCatalog()).loadBytes(yaml, QStringLiteral("t.yml"));
    EXPECT_FALSE(hasErrors(result.loaded.diagnostics))
        << (result.loaded.diagnostics.isEmpty()
                ? std::string()
                : result.loaded.diagnostics.first().toString().toStdString());
    const ValidationContext context(
        result.loaded.archive, *result.loaded.archive.topology, *result.loaded.types);
    result.problems = Validator::standard().validate(context);
    return result;
}

const Problem *find(const Problems &problems, const QString &code, const QString &node)
{
    for (const Problem &p : problems) {
        if (p.code == code && p.node == node)
            return &p;
    }
    return nullptr;
}

QSet<QString> errorKeys(const Problems &problems)
{
    QSet<QString> keys;
    for (const Problem &p : problems) {
        if (p.severity == Severity::Error)
            keys.insert(p.code + QLatin1Char('|') + p.node + QLatin1Char('|')
                        + p.member.toString());
    }
    return keys;
}

struct RuleCase
{
    const char *name;
    const char *code;
    const char *node;
    Severity severity;
    QByteArray broken;
    QByteArray fine;
    bool hasFix;
};

void PrintTo(const RuleCase &c, std::ostream *out)
{
    *out << c.name;
}

} // namespace

class BuiltinRule : public ::testing::TestWithParam<RuleCase>
{
};

TEST_P(BuiltinRule, brokenTopologyIsReportedOnTheRightNode)
{
    const RuleCase &c = GetParam();
    const Result result = validate(c.broken);
    const Problem *problem = find(result.problems, QLatin1String(c.code), QLatin1String(c.node));
    ASSERT_NE(problem, nullptr) << c.code << " on " << c.node << " not reported; got:\n"
                                << describe(result.problems);
    EXPECT_EQ(problem->severity, c.severity);
    EXPECT_GT(problem->location.line, 0) << "problems point at a line";
    EXPECT_EQ(problem->location.file, QStringLiteral("t.yml"));
    EXPECT_FALSE(problem->message.isEmpty());
}

TEST_P(BuiltinRule, satisfyingTopologyIsClean)
{
    const RuleCase &c = GetParam();
    const Result result = validate(c.fine);
    for (const Problem &p : result.problems)
        EXPECT_NE(p.code, QLatin1String(c.code)) << p.toString().toStdString();
    EXPECT_TRUE(errorKeys(result.problems).isEmpty()) << describe(result.problems);
}

TEST_P(BuiltinRule, quickFixRemovesTheProblemAndAddsNoError)
{
    const RuleCase &c = GetParam();
    Result result = validate(c.broken);
    const Problem *problem = find(result.problems, QLatin1String(c.code), QLatin1String(c.node));
    ASSERT_NE(problem, nullptr);
    if (!c.hasFix) {
        EXPECT_TRUE(problem->fixes.isEmpty());
        return;
    }
    ASSERT_FALSE(problem->fixes.isEmpty()) << c.code << " offers no quick fix";
    for (const QuickFix &fix : problem->fixes) {
        TopologyTemplate fixed = *result.loaded.archive.topology;
        QString error;
        ASSERT_TRUE(QuickFixApplier::apply(&fixed, fix, &error)) << error.toStdString();
        const ValidationContext context(result.loaded.archive, fixed, *result.loaded.types);
        const Problems after = Validator::standard().validate(context);
        const bool stillThere = std::any_of(after.cbegin(), after.cend(), [&](const Problem &p) {
            return p.code == problem->code && p.node == problem->node
                   && p.member == problem->member;
        });
        EXPECT_FALSE(stillThere) << "'" << fix.description.toStdString()
                                 << "' did not remove the problem:\n"
                                 << describe(after);
        const QSet<QString> added = errorKeys(after) - errorKeys(result.problems);
        EXPECT_TRUE(added.isEmpty())
            << "'" << fix.description.toStdString() << "' added: "
            << QStringList(added.cbegin(), added.cend()).join(QStringLiteral(", ")).toStdString();
    }
}

// Node snippets reused by the cases.
static const QByteArray master = QByteArray(compute)
                                 + "    Master:\n      type: org.alien4cloud.nodes.MesosMaster\n"
                                   "      requirements:\n        - host: Compute\n";

// Group and policy types that say what they admit, for the group and policy cases.
static const QByteArray sectionTypes
    = "group_types:\n"
      "  my.groups.Machines:\n    derived_from: tosca.groups.Root\n"
      "    members: [ tosca.nodes.Compute ]\n"
      "policy_types:\n"
      "  my.policies.Spread:\n    derived_from: tosca.policies.Placement\n"
      "    targets: [ tosca.nodes.Compute, my.groups.Machines ]\n"
      "    properties:\n"
      "      level:\n        type: string\n        required: false\n"
      "        constraints:\n          - valid_values: [ host, zone ]\n"
      "  my.policies.Strict:\n    derived_from: tosca.policies.Placement\n"
      "    properties:\n      mode:\n        type: string\n";

/// `document` with `sectionTypes` declared beside the topology.
QByteArray withSectionTypes(const QByteArray &nodeTemplates, const QByteArray &extra)
{
    QByteArray yaml = document(nodeTemplates, extra);
    return yaml.replace("topology_template:\n", QByteArray(sectionTypes + "topology_template:\n"));
}

QByteArray policy(const QByteArray &body)
{
    return "  policies:\n    - Spread:\n" + body;
}

INSTANTIATE_TEST_SUITE_P(
    Rules,
    BuiltinRule,
    ::testing::Values(
        RuleCase{"UnknownNodeType",
                 "TOPO-NODE-001",
                 "Foo",
                 Severity::Error,
                 document("    Foo:\n      type: tosca.nodes.Nothing.Like.Any.Type\n"),
                 document("    Foo:\n      type: tosca.nodes.Compute\n"),
                 false},
        RuleCase{"MisspeltNodeType",
                 "TOPO-NODE-001",
                 "Foo",
                 Severity::Error,
                 document("    Foo:\n      type: tosca.nodes.Comptue\n"),
                 document("    Foo:\n      type: tosca.nodes.Compute\n"),
                 true},
        RuleCase{"DanglingReference",
                 "TOPO-REQ-002",
                 "Master",
                 Severity::Error,
                 document(QByteArray(compute)
                          + "    Master:\n      type: org.alien4cloud.nodes.MesosMaster\n"
                            "      requirements:\n        - host: Nowhere\n"),
                 document(master),
                 true},
        RuleCase{"UndeclaredRequirement",
                 "TOPO-REQ-003",
                 "Master",
                 Severity::Error,
                 document((master + "        - hosting: Compute\n")),
                 document(master),
                 true},
        RuleCase{"UnknownRelationshipType",
                 "TOPO-REL-001",
                 "Master",
                 Severity::Error,
                 document((QByteArray(compute)
                           + "    Master:\n      type: org.alien4cloud.nodes.MesosMaster\n"
                             "      requirements:\n        - host:\n            node: Compute\n"
                             "            relationship: tosca.relationships.HostedOnn\n")),
                 document(master),
                 false},
        RuleCase{"UnrelatedRelationshipType",
                 "TOPO-REL-002",
                 "Master",
                 Severity::Error,
                 document((QByteArray(compute)
                           + "    Master:\n      type: org.alien4cloud.nodes.MesosMaster\n"
                             "      requirements:\n        - host:\n            node: Compute\n"
                             "            relationship: tosca.relationships.DependsOn\n")),
                 document(master),
                 true},
        RuleCase{"ParentRelationshipTypeIsAWarning",
                 "TOPO-REL-002",
                 "Marathon",
                 Severity::Warning,
                 document((master
                           + "    Marathon:\n      type: org.alien4cloud.nodes.Marathon\n"
                             "      requirements:\n        - host:\n            node: Master\n"
                             "            relationship: tosca.relationships.HostedOn\n")),
                 document((master
                           + "    Marathon:\n      type: org.alien4cloud.nodes.Marathon\n"
                             "      requirements:\n        - host: Master\n")),
                 true},
        RuleCase{"TargetNodeTypeMismatch",
                 "TOPO-REQ-007",
                 "Master",
                 Severity::Error,
                 document((QByteArray(compute)
                           + "    Docker:\n      type: org.alien4cloud.nodes.DockerEngine\n"
                             "      requirements:\n        - host: Compute\n"
                             "    Master:\n      type: org.alien4cloud.nodes.MesosMaster\n"
                             "      requirements:\n        - host: Docker\n")),
                 document(master),
                 false},
        RuleCase{
            "TargetCapabilityMissing",
            "TOPO-REQ-005",
            "Slave",
            Severity::Error,
            document(
                (master
                 + "    Slave:\n      type: org.alien4cloud.nodes.MesosSlave\n"
                   "      requirements:\n        - host: Compute\n        - master: Compute\n")),
            document(
                (master
                 + "    Slave:\n      type: org.alien4cloud.nodes.MesosSlave\n"
                   "      requirements:\n        - host: Compute\n        - master: Master\n")),
            false},
        RuleCase{
            "TargetCapabilityTypeMismatch",
            "TOPO-REQ-004",
            "Slave",
            Severity::Error,
            document(
                (master
                 + "    Slave:\n      type: org.alien4cloud.nodes.MesosSlave\n"
                   "      requirements:\n        - host: Compute\n"
                   "        - master:\n            node: Master\n            capability: host\n")),
            document((
                master
                + "    Slave:\n      type: org.alien4cloud.nodes.MesosSlave\n"
                  "      requirements:\n        - host: Compute\n"
                  "        - master:\n            node: Master\n            capability: master\n")),
            true},
        RuleCase{
            "ValidTargetTypes",
            "TOPO-REL-003",
            "Dns",
            Severity::Error,
            // MesosDNSConnectsToMaster may only target a Marathon; a second MesosMaster
            // offers no MarathonMaster, so point the requirement at a node that has one only
            // by type: a custom relationship type would be needed, hence the derived type
            // is forced onto a DependsOn target that has the capability.
            document((master
                      + "    Marathon:\n      type: org.alien4cloud.nodes.Marathon\n"
                        "      requirements:\n        - host: Master\n"
                        "    Slave:\n      type: org.alien4cloud.nodes.MesosSlave\n"
                        "      requirements:\n        - host: Compute\n        - master: Master\n"
                        "    Dns:\n      type: org.alien4cloud.nodes.MesosDNS\n"
                        "      requirements:\n        - host: Slave\n"
                        "        - marathon:\n            node: Marathon\n"
                        "            relationship: "
                        "org.alien4cloud.relationships.MesosSlaveConnectsToDNS\n")),
            document(
                (master
                 + "    Marathon:\n      type: org.alien4cloud.nodes.Marathon\n"
                   "      requirements:\n        - host: Master\n"
                   "    Slave:\n      type: org.alien4cloud.nodes.MesosSlave\n"
                   "      requirements:\n        - host: Compute\n        - master: Master\n"
                   "    Dns:\n      type: org.alien4cloud.nodes.MesosDNS\n"
                   "      requirements:\n        - host: Slave\n        - marathon: Marathon\n")),
            false},
        RuleCase{"RequirementLowerBound",
                 "TOPO-REQ-001",
                 "Slave",
                 Severity::Error,
                 document((master
                           + "    Slave:\n      type: org.alien4cloud.nodes.MesosSlave\n"
                             "      requirements:\n        - host: Compute\n")),
                 document((
                     master
                     + "    Slave:\n      type: org.alien4cloud.nodes.MesosSlave\n"
                       "      requirements:\n        - host: Compute\n        - master: Master\n")),
                 true},
        RuleCase{
            "RequirementUpperBound",
            "TOPO-REQ-006",
            "Slave",
            Severity::Error,
            document((master
                      + "    Master2:\n      type: org.alien4cloud.nodes.MesosMaster\n"
                        "      requirements:\n        - host: Compute\n"
                        "    Slave:\n      type: org.alien4cloud.nodes.MesosSlave\n"
                        "      requirements:\n        - host: Compute\n        - master: Master\n"
                        "        - master: Master2\n")),
            document(
                (master
                 + "    Slave:\n      type: org.alien4cloud.nodes.MesosSlave\n"
                   "      requirements:\n        - host: Compute\n        - master: Master\n")),
            true},
        RuleCase{"MissingHost",
                 "TOPO-HOST-001",
                 "Master",
                 Severity::Error,
                 document((QByteArray(compute)
                           + "    Master:\n      type: org.alien4cloud.nodes.MesosMaster\n")),
                 document(master),
                 true},
        RuleCase{"HostingCycle",
                 "TOPO-HOST-002",
                 "Docker",
                 Severity::Error,
                 document(QByteArray(compute)
                          + "    Docker:\n      type: org.alien4cloud.nodes.DockerEngine\n"
                            "      requirements:\n        - host: Docker2\n"
                            "    Docker2:\n      type: org.alien4cloud.nodes.DockerEngine\n"
                            "      requirements:\n        - host:\n            node: Docker\n"
                            "            capability: org.alien4cloud.capabilities.DockerHost\n"),
                 document((QByteArray(compute)
                           + "    Docker:\n      type: org.alien4cloud.nodes.DockerEngine\n"
                             "      requirements:\n        - host: Compute\n")),
                 true},
        RuleCase{
            "InvalidName",
            "TOPO-NAME-001",
            "Mesos Master",
            Severity::Error,
            document((QByteArray(compute)
                      + "    \"Mesos Master\":\n      type: org.alien4cloud.nodes.MesosMaster\n"
                        "      requirements:\n        - host: Compute\n")),
            document(master),
            true},
        RuleCase{"UnknownCapability",
                 "TOPO-CAP-002",
                 "Compute",
                 Severity::Warning,
                 document("    Compute:\n      type: tosca.nodes.Compute\n      capabilities:\n"
                          "        cpu:\n          properties: {num_cpus: 2}\n"),
                 document("    Compute:\n      type: tosca.nodes.Compute\n      capabilities:\n"
                          "        host:\n          properties: {num_cpus: 2}\n"),
                 false},
        RuleCase{"UnknownProperty",
                 "TOPO-PROP-001",
                 "Master",
                 Severity::Error,
                 document((master + "      properties:\n        prot: 5050\n")),
                 document((master + "      properties:\n        port: 5050\n")),
                 true},
        RuleCase{"RequiredPropertyMissing",
                 "TOPO-PROP-002",
                 "Client",
                 Severity::Error,
                 document((QByteArray(compute)
                           + "    Docker:\n      type: org.alien4cloud.nodes.DockerEngine\n"
                             "      requirements:\n        - host: Compute\n"
                             "    Server:\n      type: org.alien4cloud.nodes.RexrayServer\n"
                             "      requirements:\n        - host: Compute\n"
                             "    Client:\n      type: org.alien4cloud.nodes.RexrayClient\n"
                             "      requirements:\n        - host: Docker\n"
                             "        - libstorage_server: Server\n")),
                 document((QByteArray(compute)
                           + "    Docker:\n      type: org.alien4cloud.nodes.DockerEngine\n"
                             "      requirements:\n        - host: Compute\n"
                             "    Server:\n      type: org.alien4cloud.nodes.RexrayServer\n"
                             "      requirements:\n        - host: Compute\n"
                             "    Client:\n      type: org.alien4cloud.nodes.RexrayClient\n"
                             "      properties:\n        storage_service: ebs\n"
                             "      requirements:\n        - host: Docker\n"
                             "        - libstorage_server: Server\n")),
                 false},
        RuleCase{"PropertyType",
                 "TOPO-PROP-003",
                 "Master",
                 Severity::Error,
                 document((master + "      properties:\n        port: http\n")),
                 document((master + "      properties:\n        port: 5051\n")),
                 true},
        RuleCase{"PropertyConstraint",
                 "TOPO-PROP-004",
                 "Compute",
                 Severity::Error,
                 document("    Compute:\n      type: tosca.nodes.Compute\n      capabilities:\n"
                          "        endpoint:\n          properties: {port: 70000}\n"),
                 document("    Compute:\n      type: tosca.nodes.Compute\n      capabilities:\n"
                          "        endpoint:\n          properties: {port: 8080}\n"),
                 true},
        RuleCase{"ScalableNotPositive",
                 "TOPO-SCALE-001",
                 "Compute",
                 Severity::Error,
                 document("    Compute:\n      type: tosca.nodes.Compute\n      capabilities:\n"
                          "        scalable:\n          properties: {min_instances: 0, "
                          "max_instances: 3, default_instances: 1}\n"),
                 document("    Compute:\n      type: tosca.nodes.Compute\n      capabilities:\n"
                          "        scalable:\n          properties: {min_instances: 1, "
                          "max_instances: 3, default_instances: 1}\n"),
                 true},
        RuleCase{"ScalableOrder",
                 "TOPO-SCALE-002",
                 "Compute",
                 Severity::Error,
                 document("    Compute:\n      type: tosca.nodes.Compute\n      capabilities:\n"
                          "        scalable:\n          properties: {min_instances: 1, "
                          "max_instances: 3, default_instances: 5}\n"),
                 document("    Compute:\n      type: tosca.nodes.Compute\n      capabilities:\n"
                          "        scalable:\n          properties: {min_instances: 1, "
                          "max_instances: 5, default_instances: 5}\n"),
                 true},
        RuleCase{
            "NodeFilterCapability",
            "TOPO-FILTER-002",
            "Master",
            Severity::Error,
            document(
                "    Compute:\n      type: tosca.nodes.Compute\n      capabilities:\n        os:\n"
                "          properties: {type: linux, distribution: fedora, architecture: x86_64}\n"
                "    Master:\n      type: org.alien4cloud.nodes.MesosMaster\n"
                "      requirements:\n        - host: Compute\n"),
            document(master),
            true},
        RuleCase{"NodeFilterUnsetValueViolates",
                 "TOPO-FILTER-002",
                 "Docker",
                 Severity::Error,
                 document("    Compute:\n      type: tosca.nodes.Compute\n"
                          "    Docker:\n      type: org.alien4cloud.nodes.DockerEngine\n"
                          "      requirements:\n        - host: Compute\n"),
                 document((QByteArray(compute)
                           + "    Docker:\n      type: org.alien4cloud.nodes.DockerEngine\n"
                             "      requirements:\n        - host: Compute\n")),
                 true},
        RuleCase{
            "UndeclaredInput",
            "TOPO-INPUT-001",
            "Master",
            Severity::Error,
            document((master + "      properties:\n        cluster_name: { get_input: name }\n")),
            document((master + "      properties:\n        cluster_name: { get_input: name }\n"),
                     "  inputs:\n    name:\n      type: string\n"),
            false},
        RuleCase{"InputOfAnotherType",
                 "TOPO-INPUT-002",
                 "Master",
                 Severity::Error,
                 document((master + "      properties:\n        port: { get_input: p }\n"),
                          "  inputs:\n    p:\n      type: string\n"),
                 document((master + "      properties:\n        port: { get_input: p }\n"),
                          "  inputs:\n    p:\n      type: integer\n"),
                 false},
        RuleCase{"OutputOfAMissingNode",
                 "TOPO-OUTPUT-001",
                 "",
                 Severity::Error,
                 document(master,
                          "  outputs:\n    ip:\n"
                          "      value: { get_attribute: [ Comptue, public_ip_address ] }\n"),
                 document(master,
                          "  outputs:\n    ip:\n"
                          "      value: { get_attribute: [ Compute, public_ip_address ] }\n"),
                 false},
        RuleCase{"OutputOfAnUndeclaredAttribute",
                 "TOPO-OUTPUT-002",
                 "",
                 Severity::Warning,
                 document(master,
                          "  outputs:\n    url:\n      value: { concat: [ \"http://\", "
                          "{ get_attribute: [ Compute, public_ip_adress ] }, \":\", "
                          "{ get_property: [ Master, port ] } ] }\n"),
                 document(master,
                          "  outputs:\n    url:\n      value: { concat: [ \"http://\", "
                          "{ get_attribute: [ Compute, public_ip_address ] }, \":\", "
                          "{ get_property: [ Master, port ] } ] }\n"),
                 false},
        RuleCase{"GroupOfAMissingNode",
                 "TOPO-GROUP-001",
                 "",
                 Severity::Error,
                 document(master, "  groups:\n    g:\n      members: [ Master, Ghost ]\n"),
                 document(master, "  groups:\n    g:\n      members: [ Master, Compute ]\n"),
                 true},
        RuleCase{"GroupOfAnUnknownType",
                 "TOPO-GROUP-002",
                 "",
                 Severity::Error,
                 document(master,
                          "  groups:\n    g:\n      type: my.groups.Nope\n"
                          "      members: [ Master ]\n"),
                 document(master,
                          "  groups:\n    g:\n      type: tosca.groups.Root\n"
                          "      members: [ Master ]\n"),
                 false},
        RuleCase{"GroupMemberOfAnotherType",
                 "TOPO-GROUP-003",
                 "",
                 Severity::Warning,
                 withSectionTypes(master,
                                  "  groups:\n    g:\n      type: my.groups.Machines\n"
                                  "      members: [ Compute, Master ]\n"),
                 withSectionTypes(master,
                                  "  groups:\n    g:\n      type: my.groups.Machines\n"
                                  "      members: [ Compute ]\n"),
                 false},
        RuleCase{"PolicyOfAnUnknownType",
                 "TOPO-POLICY-001",
                 "",
                 Severity::Error,
                 withSectionTypes(master,
                                  policy("        type: my.policies.Sprad\n"
                                         "        targets: [ Compute ]\n")),
                 withSectionTypes(master,
                                  policy("        type: my.policies.Spread\n"
                                         "        targets: [ Compute ]\n")),
                 false},
        RuleCase{"PolicyOfAMissingTarget",
                 "TOPO-POLICY-002",
                 "",
                 Severity::Error,
                 withSectionTypes(master,
                                  policy("        type: my.policies.Spread\n"
                                         "        targets: [ Machines ]\n")),
                 withSectionTypes(master,
                                  "  groups:\n    Machines:\n      type: my.groups.Machines\n"
                                  "      members: [ Compute ]\n"
                                      + policy("        type: my.policies.Spread\n"
                                               "        targets: [ Machines ]\n")),
                 true},
        RuleCase{"PolicyTargetOfAnotherType",
                 "TOPO-POLICY-003",
                 "",
                 Severity::Warning,
                 withSectionTypes(master,
                                  policy("        type: my.policies.Spread\n"
                                         "        targets: [ Compute, Master ]\n")),
                 withSectionTypes(master,
                                  policy("        type: my.policies.Spread\n"
                                         "        targets: [ Compute ]\n")),
                 false},
        RuleCase{"PolicyPropertyUndeclared",
                 "TOPO-POLICY-004",
                 "",
                 Severity::Error,
                 withSectionTypes(master,
                                  policy("        type: my.policies.Spread\n"
                                         "        targets: [ Compute ]\n"
                                         "        properties: { levle: host }\n")),
                 withSectionTypes(master,
                                  policy("        type: my.policies.Spread\n"
                                         "        targets: [ Compute ]\n"
                                         "        properties: { level: host }\n")),
                 false},
        RuleCase{"PolicyPropertyOutsideItsValues",
                 "TOPO-POLICY-005",
                 "",
                 Severity::Error,
                 withSectionTypes(master,
                                  policy("        type: my.policies.Spread\n"
                                         "        targets: [ Compute ]\n"
                                         "        properties: { level: rack }\n")),
                 withSectionTypes(master,
                                  policy("        type: my.policies.Spread\n"
                                         "        targets: [ Compute ]\n"
                                         "        properties: { level: zone }\n")),
                 false},
        RuleCase{"PolicyRequiredPropertyUnset",
                 "TOPO-POLICY-006",
                 "",
                 Severity::Error,
                 withSectionTypes(master,
                                  policy("        type: my.policies.Strict\n"
                                         "        targets: [ Compute ]\n")),
                 withSectionTypes(master,
                                  policy("        type: my.policies.Strict\n"
                                         "        targets: [ Compute ]\n"
                                         "        properties: { mode: soft }\n")),
                 false}),
    [](const ::testing::TestParamInfo<RuleCase> &caseInfo) {
        return std::string(caseInfo.param.name);
    });

TEST(BuiltinRules, duplicateNamesAreReported)
{
    // The YAML reader already refuses duplicated keys, so duplicates can only come from edits;
    // build them directly.
    const Result result = validate(document(master));
    TopologyTemplate topology = *result.loaded.archive.topology;
    topology.appendNode(*topology.node(QStringLiteral("Master")));
    const ValidationContext context(result.loaded.archive, topology, *result.loaded.types);
    const Problems problems = Validator::standard().validate(context);
    EXPECT_NE(find(problems, QStringLiteral("TOPO-NAME-002"), QStringLiteral("Master")), nullptr)
        << describe(problems);
}

TEST(BuiltinRules, capabilityUpperBoundIsEnforced)
{
    // No bundled capability is bounded; declare one in the topology's own types.
    const QByteArray yaml
        = "tosca_definitions_version: alien_dsl_1_4_0\n"
          "metadata:\n  template_name: t\n  template_version: 1.0.0-SNAPSHOT\n"
          "imports:\n  - tosca-normative-types:1.0.0-ALIEN14\n"
          "node_types:\n"
          "  my.Db:\n    derived_from: tosca.nodes.Root\n"
          "    capabilities:\n      admin:\n        type: tosca.capabilities.Node\n"
          "        occurrences: [0, 1]\n"
          "topology_template:\n  node_templates:\n"
          "    Db:\n      type: my.Db\n"
          "    A:\n      type: tosca.nodes.Root\n      requirements:\n"
          "        - dependency: {node: Db, capability: admin}\n"
          "    B:\n      type: tosca.nodes.Root\n      requirements:\n"
          "        - dependency: {node: Db, capability: admin}\n";
    const Result result = validate(yaml);
    EXPECT_NE(find(result.problems, QStringLiteral("TOPO-CAP-001"), QStringLiteral("Db")), nullptr)
        << describe(result.problems);
}

TEST(BuiltinRules, nodeFilterReportsTargetPropertiesAndMissingCapabilities)
{
    // The bundled types filter only capabilities of hosts that have them; declare a filter on a
    // property of the target and one on a capability that neither it nor its hosts have.
    const QByteArray yaml = "tosca_definitions_version: alien_dsl_1_4_0\n"
                            "metadata:\n  template_name: t\n  template_version: 1.0.0-SNAPSHOT\n"
                            "imports:\n  - tosca-normative-types:1.0.0-ALIEN14\n"
                            "node_types:\n"
                            "  my.Db:\n    derived_from: tosca.nodes.Root\n"
                            "    properties:\n      engine: {type: string, required: false}\n"
                            "  my.App:\n    derived_from: tosca.nodes.Root\n"
                            "    requirements:\n"
                            "      - database:\n"
                            "          capability: tosca.capabilities.Node\n"
                            "          relationship: tosca.relationships.DependsOn\n"
                            "          node_filter:\n"
                            "            properties:\n"
                            "              - engine: {equal: postgres}\n"
                            "            capabilities:\n"
                            "              - tosca.capabilities.Endpoint.Database:\n"
                            "                  properties:\n"
                            "                    - port: {equal: 5432}\n"
                            "topology_template:\n  node_templates:\n"
                            "    Db:\n      type: my.Db\n      properties:\n        engine: mysql\n"
                            "    App:\n      type: my.App\n      requirements:\n"
                            "        - database: Db\n";
    const Result result = validate(yaml);

    const Problem *property
        = find(result.problems, QStringLiteral("TOPO-FILTER-001"), QStringLiteral("App"));
    ASSERT_NE(property, nullptr) << describe(result.problems);
    EXPECT_EQ(property->message,
              QStringLiteral(
                  "App needs Db with engine equal: postgres, but 'mysql' must equal 'postgres'"));
    EXPECT_EQ(property->requirementIndex, 0);
    ASSERT_EQ(property->fixes.size(), 1);
    EXPECT_EQ(property->fixes.first().description, QStringLiteral("Set engine of Db to postgres"));

    const Problem *capability
        = find(result.problems, QStringLiteral("TOPO-FILTER-003"), QStringLiteral("App"));
    ASSERT_NE(capability, nullptr) << describe(result.problems);
    EXPECT_EQ(capability->message,
              QStringLiteral("App needs Db to have a tosca.capabilities.Endpoint.Database "
                             "capability, and neither it nor its hosts have one"));
    EXPECT_TRUE(capability->fixes.isEmpty());
}

TEST(BuiltinRules, publishedExamplesHaveNoErrors)
{
    for (const char *name : {"mesos-ha", "aurora", "marathon", "marathon-rexray"}) {
        QFile file(QStringLiteral(":/examples/%1/%1.yml").arg(QLatin1String(name)));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << name;
        const Result result = validate(file.readAll());
        EXPECT_TRUE(errorKeys(result.problems).isEmpty()) << name << ":\n"
                                                          << describe(result.problems);
    }
}

// TOSCA lets a requirement name a relationship template of the topology instead of a type
// (`relationship: <type or template name>`); the template's type is what is checked.
TEST(BuiltinRules, aRequirementMayNameARelationshipTemplate)
{
    const QByteArray templates = "  relationship_templates:\n"
                                 "    master_on_compute:\n"
                                 "      type: tosca.relationships.HostedOn\n"
                                 "    plain_link:\n"
                                 "      type: tosca.relationships.ConnectsTo\n";
    const auto masterUsing = [](const QByteArray &relationship) -> QByteArray {
        return QByteArray(compute)
               + "    Master:\n      type: org.alien4cloud.nodes.MesosMaster\n"
                 "      requirements:\n        - host:\n            node: Compute\n"
                 "            relationship: "
               + relationship + "\n";
    };

    const Result hosted = validate(document(masterUsing("master_on_compute"), templates));
    EXPECT_EQ(find(hosted.problems, QStringLiteral("TOPO-REL-001"), QStringLiteral("Master")),
              nullptr);
    EXPECT_EQ(find(hosted.problems, QStringLiteral("TOPO-REL-002"), QStringLiteral("Master")),
              nullptr);
    const ValidationContext context(
        hosted.loaded.archive, *hosted.loaded.archive.topology, *hosted.loaded.types);
    EXPECT_EQ(context.hostOf(QStringLiteral("Master")), QStringLiteral("Compute"));

    // The template's type is checked as a type written there would be.
    const Result unrelated = validate(document(masterUsing("plain_link"), templates));
    const Problem *wrong
        = find(unrelated.problems, QStringLiteral("TOPO-REL-002"), QStringLiteral("Master"));
    ASSERT_NE(wrong, nullptr);
    EXPECT_TRUE(wrong->message.contains(QStringLiteral("ConnectsTo")))
        << wrong->message.toStdString();

    // A name that is neither a type nor a template is still unknown.
    const Result unknown = validate(document(masterUsing("no_such_template"), templates));
    EXPECT_NE(find(unknown.problems, QStringLiteral("TOPO-REL-001"), QStringLiteral("Master")),
              nullptr);
}
