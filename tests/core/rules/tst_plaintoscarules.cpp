// SPDX-License-Identifier: GPL-3.0-or-later
// A tosca_simple_yaml file is held to the TOSCA Simple Profile, not to what Alien4Cloud adds:
// each rule with an Alien4Cloud-only assumption gets the same node templates twice, as plain
// TOSCA (1.0 and 1.3, which must be clean or say that the restriction is Alien4Cloud's) and as
// alien_dsl (which still reports as before).
#include "catalog/topologyloader.h"
#include "testhelpers.h"
#include "validation/quickfixapplier.h"
#include "validation/validationcontext.h"
#include "validation/validator.h"

#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Topologist;
using Topologist::Test::bundledCatalog;
using Topologist::Test::describe;

namespace {

enum class Dialect { Tosca10, Tosca13, AlienDsl };

/// The node templates under a header of the dialect, over the same types: plain TOSCA imports
/// nothing (the Simple Profile is implicit), the alien_dsl file imports the Simple Profile from
/// the catalog, so only the dialect differs.
QByteArray document(Dialect dialect, const QByteArray &nodeTemplates)
{
    QByteArray header;
    switch (dialect) {
    case Dialect::Tosca10:
        header = "tosca_definitions_version: tosca_simple_yaml_1_0\n";
        break;
    case Dialect::Tosca13:
        header = "tosca_definitions_version: tosca_simple_yaml_1_3\n";
        break;
    case Dialect::AlienDsl:
        header = "tosca_definitions_version: alien_dsl_1_4_0\n"
                 "imports:\n  - tosca-simple-profile:1.0.0\n";
        break;
    }
    return header
           + "metadata:\n  template_name: t\n  template_version: 1.0.0-SNAPSHOT\n"
             "topology_template:\n  node_templates:\n"
           + nodeTemplates;
}

struct Result
{
    LoadedTopology loaded;
    Problems problems;
};

Result validate(Dialect dialect, const QByteArray &nodeTemplates)
{
    Result result;
    result.loaded = TopologyLoader(bundledCatalog())
                        .loadBytes(document(dialect, nodeTemplates), QStringLiteral("t.yml"));
    EXPECT_TRUE(result.loaded.diagnostics.isEmpty()) << describe(result.loaded.diagnostics);
    if (!result.loaded.archive.topology)
        return result;
    const ValidationContext context(
        result.loaded.archive, *result.loaded.archive.topology, *result.loaded.types);
    result.problems = Validator::standard().validate(context);
    return result;
}

const Problem *find(const Problems &problems, const QString &code, const QString &member = {})
{
    for (const Problem &p : problems) {
        if (p.code == code && (member.isEmpty() || p.member.toString() == member))
            return &p;
    }
    return nullptr;
}

const Dialect plainDialects[] = {Dialect::Tosca10, Dialect::Tosca13};

const char *name(Dialect dialect)
{
    return dialect == Dialect::Tosca10 ? "tosca_simple_yaml_1_0" : "tosca_simple_yaml_1_3";
}

// A web server on a machine, as the TOSCA Simple Profile's examples write it: the machine
// does not say how it scales.
const QByteArray standardTopology = "    Server:\n"
                                    "      type: tosca.nodes.Compute\n"
                                    "    Web:\n"
                                    "      type: tosca.nodes.WebServer\n"
                                    "      requirements:\n"
                                    "        - host: Server\n";

QByteArray scaled(const char *counts)
{
    return QByteArray("    Server:\n"
                      "      type: tosca.nodes.Compute\n"
                      "      capabilities:\n"
                      "        scalable:\n"
                      "          properties: ")
           + counts + "\n";
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

/// Applies every fix of `problem` to a copy and checks that it clears the problem and adds no
/// error.
void expectFixesWork(const Result &result, const Problem &problem)
{
    ASSERT_FALSE(problem.fixes.isEmpty());
    for (const QuickFix &fix : problem.fixes) {
        TopologyTemplate fixed = *result.loaded.archive.topology;
        QString error;
        ASSERT_TRUE(QuickFixApplier::apply(&fixed, fix, &error)) << error.toStdString();
        const ValidationContext context(result.loaded.archive, fixed, *result.loaded.types);
        const Problems after = Validator::standard().validate(context);
        EXPECT_FALSE(std::any_of(
            after.cbegin(),
            after.cend(),
            [&](const Problem &p) { return p.code == problem.code && p.member == problem.member; }))
            << fix.description.toStdString() << " left:\n"
            << describe(after);
        EXPECT_TRUE((errorKeys(after) - errorKeys(result.problems)).isEmpty())
            << fix.description.toStdString() << " added errors:\n"
            << describe(after);
    }
}

} // namespace

TEST(PlainToscaRules, aStandardTopologyWithoutInstanceCountsIsClean)
{
    for (Dialect dialect : plainDialects) {
        SCOPED_TRACE(name(dialect));
        const Result result = validate(dialect, standardTopology);
        EXPECT_TRUE(result.problems.isEmpty()) << describe(result.problems);
    }
    // Alien4Cloud refuses the same machine: it needs default_instances.
    const Result alien = validate(Dialect::AlienDsl, standardTopology);
    const Problem *problem = find(alien.problems,
                                  QStringLiteral("TOPO-SCALE-001"),
                                  QStringLiteral("capability scalable.default_instances"));
    ASSERT_NE(problem, nullptr) << describe(alien.problems);
    EXPECT_EQ(problem->severity, Severity::Error);
    EXPECT_TRUE(problem->message.contains(QLatin1String("Alien4Cloud")))
        << problem->message.toStdString();
}

TEST(PlainToscaRules, zeroInstancesAreTosca)
{
    const QByteArray zero = scaled("{min_instances: 0, max_instances: 2}");
    for (Dialect dialect : plainDialects) {
        SCOPED_TRACE(name(dialect));
        const Result result = validate(dialect, zero);
        EXPECT_TRUE(result.problems.isEmpty()) << describe(result.problems);
    }
    const Result alien = validate(Dialect::AlienDsl, zero);
    EXPECT_NE(find(alien.problems,
                   QStringLiteral("TOPO-SCALE-001"),
                   QStringLiteral("capability scalable.min_instances")),
              nullptr)
        << describe(alien.problems);
}

TEST(PlainToscaRules, aNegativeCountIsReportedOnPlainToscaWithAFix)
{
    for (Dialect dialect : plainDialects) {
        SCOPED_TRACE(name(dialect));
        const Result result = validate(dialect, scaled("{min_instances: -1, max_instances: 2}"));
        const Problem *problem = find(result.problems,
                                      QStringLiteral("TOPO-SCALE-001"),
                                      QStringLiteral("capability scalable.min_instances"));
        ASSERT_NE(problem, nullptr) << describe(result.problems);
        EXPECT_EQ(problem->message,
                  QStringLiteral("min_instances is -1; an instance count cannot be negative"));
        expectFixesWork(result, *problem);
    }
}

TEST(PlainToscaRules, countsOutOfOrderBreakToscaToo)
{
    for (Dialect dialect : plainDialects) {
        SCOPED_TRACE(name(dialect));
        // TOSCA: default_instances "MUST be in the range" of min and max.
        const Result withDefault = validate(
            dialect, scaled("{min_instances: 1, max_instances: 2, default_instances: 3}"));
        const Problem *outside = find(withDefault.problems, QStringLiteral("TOPO-SCALE-002"));
        ASSERT_NE(outside, nullptr) << describe(withDefault.problems);
        EXPECT_EQ(outside->message,
                  QStringLiteral(
                      "instance counts must satisfy min ≤ default ≤ max, but they are 1 ≤ 3 ≤ 2"));
        expectFixesWork(withDefault, *outside);

        const Result withoutDefault
            = validate(dialect, scaled("{min_instances: 3, max_instances: 2}"));
        const Problem *inverted = find(withoutDefault.problems, QStringLiteral("TOPO-SCALE-002"));
        ASSERT_NE(inverted, nullptr) << describe(withoutDefault.problems);
        EXPECT_EQ(inverted->message,
                  QStringLiteral("instance counts must satisfy min ≤ max, but they are 3 ≤ 2"));
        expectFixesWork(withoutDefault, *inverted);
    }
}

TEST(PlainToscaRules, aNameAlien4CloudRefusesIsAWarningThatSaysSo)
{
    const QByteArray nodes = "    web-server:\n      type: tosca.nodes.Compute\n"
                             "      capabilities:\n        scalable:\n"
                             "          properties: {default_instances: 1}\n";
    for (Dialect dialect : plainDialects) {
        SCOPED_TRACE(name(dialect));
        const Result result = validate(dialect, nodes);
        ASSERT_EQ(result.problems.size(), 1) << describe(result.problems);
        const Problem &problem = result.problems.first();
        EXPECT_EQ(problem.code, QStringLiteral("TOPO-NAME-001"));
        EXPECT_EQ(problem.severity, Severity::Warning);
        EXPECT_EQ(problem.message,
                  QStringLiteral("'web-server' is a valid TOSCA name, but Alien4Cloud refuses node "
                                 "names other than letters, digits and underscores; rename it "
                                 "before pushing to Alien4Cloud"));
        expectFixesWork(result, problem);
    }
    const Result alien = validate(Dialect::AlienDsl, nodes);
    const Problem *problem = find(alien.problems, QStringLiteral("TOPO-NAME-001"));
    ASSERT_NE(problem, nullptr) << describe(alien.problems);
    EXPECT_EQ(problem->severity, Severity::Error);
    EXPECT_EQ(problem->message,
              QStringLiteral("'web-server' is not a name Alien4Cloud accepts: use only letters, "
                             "digits and underscores"));
}

TEST(PlainToscaRules, messagesOnPlainToscaDoNotBlameAlien4Cloud)
{
    // An unknown property far from any declared one, values on a capability the type lacks,
    // and a relationship more general than the one the requirement declares.
    const QByteArray nodes = "    Server:\n"
                             "      type: tosca.nodes.Compute\n"
                             "      properties: {zzzzzzzz: 1}\n"
                             "      capabilities:\n"
                             "        scalable:\n"
                             "          properties: {default_instances: 1}\n"
                             "        turbo:\n"
                             "          properties: {on: true}\n"
                             "    Web:\n"
                             "      type: tosca.nodes.WebServer\n"
                             "      requirements:\n"
                             "        - host:\n"
                             "            node: Server\n"
                             "            relationship: tosca.relationships.Root\n";
    const QStringList codes{QStringLiteral("TOPO-PROP-001"),
                            QStringLiteral("TOPO-CAP-002"),
                            QStringLiteral("TOPO-REL-002")};
    for (Dialect dialect : plainDialects) {
        SCOPED_TRACE(name(dialect));
        const Result result = validate(dialect, nodes);
        for (const QString &code : codes) {
            const Problem *problem = find(result.problems, code);
            ASSERT_NE(problem, nullptr) << code.toStdString() << "\n" << describe(result.problems);
            EXPECT_FALSE(problem->message.contains(QLatin1String("Alien4Cloud")))
                << problem->message.toStdString();
        }
        EXPECT_EQ(find(result.problems, codes[0])->message,
                  QStringLiteral("unknown property 'zzzzzzzz'; its type does not declare it"));
    }
    const Result alien = validate(Dialect::AlienDsl, nodes);
    for (const QString &code : codes) {
        const Problem *problem = find(alien.problems, code);
        ASSERT_NE(problem, nullptr) << code.toStdString() << "\n" << describe(alien.problems);
        EXPECT_TRUE(problem->message.contains(QLatin1String("Alien4Cloud")))
            << problem->message.toStdString();
    }
}

TEST(PlainToscaRules, aHostLeftToTheOrchestratorIsNoMissingHost)
{
    // TOSCA lets the orchestrator choose the target of a requirement that names only what it
    // needs; Alien4Cloud wants the relationship drawn.
    const QByteArray nodes = "    Web:\n"
                             "      type: tosca.nodes.WebServer\n"
                             "      requirements:\n"
                             "        - host:\n"
                             "            capability: tosca.capabilities.Container\n"
                             "            node_filter:\n"
                             "              capabilities:\n"
                             "                - host:\n"
                             "                    properties:\n"
                             "                      - num_cpus: { in_range: [1, 4] }\n";
    for (Dialect dialect : plainDialects) {
        SCOPED_TRACE(name(dialect));
        const Result result = validate(dialect, nodes);
        EXPECT_TRUE(result.problems.isEmpty()) << describe(result.problems);
    }
    const Result alien = validate(Dialect::AlienDsl, nodes);
    EXPECT_NE(find(alien.problems, QStringLiteral("TOPO-HOST-001")), nullptr)
        << describe(alien.problems);
    // A requirement with neither a node nor what to look for is still not connected.
    const QByteArray bare = "    Web:\n      type: tosca.nodes.WebServer\n";
    for (Dialect dialect : plainDialects) {
        SCOPED_TRACE(name(dialect));
        const Result result = validate(dialect, bare);
        EXPECT_NE(find(result.problems, QStringLiteral("TOPO-HOST-001")), nullptr)
            << describe(result.problems);
    }
}
