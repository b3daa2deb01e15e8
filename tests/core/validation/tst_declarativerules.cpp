// SPDX-License-Identifier: GPL-3.0-or-later
// The declarative rules: the rules file format and its engine (src/core/validation/rulesfile)
// and the Mesos, Aurora and Marathon rules the bundled type library ships in it. Each rule is
// checked on a minimal topology that breaks it and one that satisfies it, on a variant of a
// bundled example that breaks it, and through its quick fixes.
#include "qtprinters.h"
#include "testhelpers.h"
#include "testpaths.h"

#include "catalog/topologyloader.h"
#include "catalog/typecatalog.h"
#include "validation/quickfixapplier.h"
#include "validation/rulesfile/rulesfile.h"
#include "validation/rulesfile/rulesyntax.h"
#include "validation/validationcontext.h"
#include "validation/validator.h"
#include "validation/validatorfactory.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <ostream>
#include <utility>

using namespace Topologist;
using Topologist::Test::describe;

namespace {

TypeCatalog &bundledCatalog()
{
    static TypeCatalog *catalog = [] {
        auto *created = new TypeCatalog;
        created->addBundledLibrary();
        return created;
    }();
    return *catalog;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    return file.readAll();
}

QByteArray example(const QString &name)
{
    return readFile(Test::sourcePath(QStringLiteral("resources/examples/%1/%1.yml").arg(name)));
}

/// `text` with each `from` replaced by `to`. Each must occur exactly once, so that a variant
/// never silently equals the original.
QByteArray variant(QByteArray text, const QList<std::pair<QByteArray, QByteArray>> &edits)
{
    for (const auto &[from, to] : edits) {
        EXPECT_EQ(text.count(from), 1) << from.constData();
        text.replace(from, to);
    }
    return text;
}

/// 1-based line and column of the first occurrence of `needle`.
std::pair<int, int> positionOf(const QByteArray &text, const QByteArray &needle)
{
    const qsizetype at = text.indexOf(needle);
    EXPECT_GE(at, 0) << needle.constData();
    const qsizetype lineStart = text.lastIndexOf('\n', at) + 1;
    return {int(text.left(at).count('\n')) + 1, int(at - lineStart) + 1};
}

LoadedTopology load(const QByteArray &yaml,
                    const QString &fileName = QStringLiteral("test.yml"),
                    const TypeCatalog &catalog = bundledCatalog())
{
    LoadedTopology loaded = TopologyLoader(catalog).loadBytes(yaml, fileName);
    EXPECT_TRUE(loaded.readable);
    EXPECT_FALSE(hasErrors(loaded.diagnostics)) << qPrintable(
        loaded.diagnostics.isEmpty() ? QString() : loaded.diagnostics.first().toString());
    return loaded;
}

/// Every built-in rule plus the declarative rules of the topology's imports, assembled exactly
/// as the application does per topology.
std::shared_ptr<Validator> validatorFor(const LoadedTopology &loaded)
{
    Diagnostics diagnostics;
    auto validator
        = ValidatorFactory::create(loaded.dependencies, &diagnostics, loaded.types.get());
    for (const Diagnostic &diagnostic : diagnostics)
        ADD_FAILURE() << qPrintable(diagnostic.toString());
    return validator;
}

Problems validate(const ToscaArchive &archive, const LoadedTopology &loaded)
{
    const ValidationContext context(archive, *archive.topology, *loaded.types);
    return validatorFor(loaded)->validate(context);
}

Problems validate(const LoadedTopology &loaded)
{
    return validate(loaded.archive, loaded);
}

Problems withCode(const Problems &problems, const QString &code)
{
    Problems matching;
    for (const Problem &problem : problems) {
        if (problem.code == code)
            matching.append(problem);
    }
    return matching;
}

Problems errors(const Problems &problems)
{
    Problems matching;
    for (const Problem &problem : problems) {
        if (problem.severity == Severity::Error)
            matching.append(problem);
    }
    return matching;
}

/// The one problem with `code`; fails the test (and returns an empty problem) otherwise.
Problem single(const Problems &problems, const QString &code)
{
    const Problems matching = withCode(problems, code);
    EXPECT_EQ(matching.size(), 1) << qPrintable(code) << "\n" << describe(problems);
    return matching.isEmpty() ? Problem() : matching.first();
}

QString key(const Problem &problem)
{
    return problem.code + QLatin1Char('|') + problem.node + QLatin1Char('|')
           + problem.member.toString();
}

/// Applies each quick fix of `problem` to a copy of the topology: the problem must be gone and
/// no error may appear that was not there before.
void expectEachFixRepairs(const LoadedTopology &loaded, const Problem &problem)
{
    ASSERT_FALSE(problem.fixes.isEmpty()) << qPrintable(problem.toString());
    QSet<QString> errorsBefore;
    for (const Problem &before : errors(validate(loaded)))
        errorsBefore.insert(key(before));
    for (const QuickFix &fix : problem.fixes) {
        SCOPED_TRACE(fix.description.toStdString());
        ToscaArchive fixed = loaded.archive;
        QString why;
        ASSERT_TRUE(QuickFixApplier::apply(&*fixed.topology, fix, &why)) << qPrintable(why);
        for (const Problem &after : validate(fixed, loaded)) {
            EXPECT_FALSE(after.code == problem.code && after.node == problem.node)
                << qPrintable(after.toString());
            if (after.severity == Severity::Error) {
                EXPECT_TRUE(errorsBefore.contains(key(after)))
                    << "new: " << qPrintable(after.toString());
            }
        }
    }
}

struct Machine
{
    QString name;
    QString distribution = QStringLiteral("ubuntu");
    QString version = QStringLiteral("14.04");
    int min = 1;
    int max = 1;
    int count = 1;
};

struct Requirement
{
    QString name;
    QString node;
    QString capability;
    QString relationship;
};

QString machine(const Machine &m)
{
    QString yaml = QStringLiteral("    %1:\n"
                                  "      type: tosca.nodes.Compute\n"
                                  "      capabilities:\n"
                                  "        os:\n"
                                  "          properties:\n"
                                  "            type: linux\n"
                                  "            architecture: x86_64\n")
                       .arg(m.name);
    if (!m.distribution.isEmpty())
        yaml += QStringLiteral("            distribution: %1\n").arg(m.distribution);
    if (!m.version.isEmpty())
        yaml += QStringLiteral("            version: %1\n").arg(m.version);
    yaml += QStringLiteral("        scalable:\n"
                           "          properties:\n"
                           "            min_instances: %1\n"
                           "            max_instances: %2\n"
                           "            default_instances: %3\n")
                .arg(m.min)
                .arg(m.max)
                .arg(m.count);
    return yaml;
}

QString node(const QString &name,
             const QString &type,
             const QStringList &properties,
             const QList<Requirement> &requirements)
{
    QString yaml = QStringLiteral("    %1:\n      type: %2\n").arg(name, type);
    if (!properties.isEmpty()) {
        yaml += QStringLiteral("      properties:\n");
        for (const QString &property : properties)
            yaml += QStringLiteral("        ") + property + QLatin1Char('\n');
    }
    yaml += QStringLiteral("      requirements:\n");
    for (const Requirement &r : requirements)
        yaml += QStringLiteral("        - %1:\n"
                               "            node: %2\n"
                               "            capability: %3\n"
                               "            relationship: %4\n")
                    .arg(r.name, r.node, r.capability, r.relationship);
    return yaml;
}

QStringList versionProperty(const QString &version)
{
    return version.isEmpty()
               ? QStringList()
               : QStringList{QStringLiteral("component_version: \"%1\"").arg(version)};
}

Requirement hostedOnMachine(const QString &machineName)
{
    return {QStringLiteral("host"),
            machineName,
            QStringLiteral("tosca.capabilities.Container"),
            QStringLiteral("tosca.relationships.HostedOn")};
}

QString master(const QString &name, const QString &host, const QString &version = QString())
{
    return node(name,
                QStringLiteral("org.alien4cloud.nodes.MesosMaster"),
                versionProperty(version),
                {hostedOnMachine(host)});
}

QString slave(const QString &name,
              const QString &host,
              const QString &masterName,
              const QString &version = QString(),
              const QString &docker = QString())
{
    QList<Requirement> requirements{
        hostedOnMachine(host),
        {QStringLiteral("master"),
         masterName,
         QStringLiteral("org.alien4cloud.capabilities.MesosMaster"),
         QStringLiteral("org.alien4cloud.relationships.MesosSlaveConnectsToMaster")}};
    if (!docker.isEmpty())
        requirements.append(
            {QStringLiteral("docker_cli"),
             docker,
             QStringLiteral("org.alien4cloud.capabilities.DockerCLI"),
             QStringLiteral("org.alien4cloud.relationships.MesosSlaveDependsOnDocker")});
    return node(name,
                QStringLiteral("org.alien4cloud.nodes.MesosSlave"),
                versionProperty(version),
                requirements);
}

/// A node whose only requirement is its host.
QString hosted(const QString &name,
               const char *type,
               const QString &host,
               const char *capability,
               const char *relationship)
{
    return node(name,
                QString::fromLatin1(type),
                {},
                {{QStringLiteral("host"),
                  host,
                  QString::fromLatin1(capability),
                  QString::fromLatin1(relationship)}});
}

QString marathon(const QString &name, const QString &masterName)
{
    return hosted(name,
                  "org.alien4cloud.nodes.Marathon",
                  masterName,
                  "org.alien4cloud.capabilities.MesosMasterHost",
                  "org.alien4cloud.relationships.MarathonHostedOnMaster");
}

QString auroraScheduler(const QString &name, const QString &masterName)
{
    return hosted(name,
                  "org.alien4cloud.nodes.AuroraScheduler",
                  masterName,
                  "org.alien4cloud.capabilities.MesosMaster",
                  "org.alien4cloud.relationships.AuroraSchedulerHostedOnMaster");
}

QString auroraExecutor(const QString &name, const QString &slaveName)
{
    return hosted(name,
                  "org.alien4cloud.nodes.AuroraExecutor",
                  slaveName,
                  "org.alien4cloud.capabilities.MesosSlaveHost",
                  "org.alien4cloud.relationships.AuroraExecutorHostedOnSlave");
}

QString dockerEngine(const QString &name, const QString &machineName)
{
    return hosted(name,
                  "org.alien4cloud.nodes.DockerEngine",
                  machineName,
                  "tosca.capabilities.Container",
                  "tosca.relationships.HostedOn");
}

QByteArray topology(const QStringList &nodes)
{
    const QString header = QStringLiteral("tosca_definitions_version: alien_dsl_1_4_0\n"
                                          "metadata:\n"
                                          "  template_name: rules-test\n"
                                          "  template_version: 1.0.0\n"
                                          "  template_author: tests\n"
                                          "imports:\n"
                                          "  - tosca-normative-types:1.0.0-ALIEN14\n"
                                          "  - docker-engine-type:1.4.0-SNAPSHOT\n"
                                          "  - mesos-types:1.4.0-SNAPSHOT\n"
                                          "  - aurora-types:1.4.0-SNAPSHOT\n"
                                          "topology_template:\n"
                                          "  node_templates:\n");
    return (header + nodes.join(QString())).toUtf8();
}

/// A Mesos cluster with one master on `masterMachine` and one agent on an Ubuntu 14.04 machine.
QStringList cluster(const Machine &masterMachine,
                    const QString &masterVersion = QString(),
                    const QString &slaveVersion = QString())
{
    return {machine(masterMachine),
            master(QStringLiteral("Master"), masterMachine.name, masterVersion),
            machine({QStringLiteral("AgentMachine")}),
            slave(QStringLiteral("Agent"),
                  QStringLiteral("AgentMachine"),
                  QStringLiteral("Master"),
                  slaveVersion)};
}

const QString mesosQuorum = QStringLiteral("TOPO-MESOS-001");
const QString mesosQuorumRange = QStringLiteral("TOPO-MESOS-002");
const QString mesosOs = QStringLiteral("TOPO-MESOS-003");
const QString auroraOs = QStringLiteral("TOPO-AURORA-001");
const QString auroraMesos = QStringLiteral("TOPO-AURORA-002");
const QString marathonOs = QStringLiteral("TOPO-MARATHON-001");
const QString marathonMesos = QStringLiteral("TOPO-MARATHON-002");
const QString marathonDocker = QStringLiteral("TOPO-MARATHON-003");

const QStringList declarativeCodes{mesosQuorum,
                                   mesosQuorumRange,
                                   mesosOs,
                                   auroraOs,
                                   auroraMesos,
                                   marathonOs,
                                   marathonMesos,
                                   marathonDocker};

Problems declarative(const Problems &problems)
{
    Problems matching;
    for (const Problem &problem : problems) {
        if (declarativeCodes.contains(problem.code))
            matching.append(problem);
    }
    return matching;
}

} // namespace

TEST(BundledRules, LoadWithoutDiagnosticsAndRunPerNodeWherePossible)
{
    Diagnostics diagnostics;
    const RulesFile::Rules rules
        = RulesFile::loadForArchives(bundledCatalog().entries(), &diagnostics);
    EXPECT_TRUE(diagnostics.isEmpty()) << qPrintable(diagnostics.first().toString());
    QStringList codes;
    for (const auto &rule : rules) {
        codes << rule->code();
        EXPECT_FALSE(rule->title().isEmpty()) << qPrintable(rule->code());
        // Only the Docker rule looks at nodes that point at its subject; the incremental
        // validator re-runs it after every edit, the others only for the nodes an edit affects.
        EXPECT_EQ(rule->isTopologyWide(), rule->code() == marathonDocker)
            << qPrintable(rule->code());
        EXPECT_TRUE(rule->location().file.endsWith(QLatin1String("-rules.yml")));
    }
    QStringList expected = declarativeCodes;
    expected.sort();
    codes.sort();
    EXPECT_EQ(codes, expected);
}

class BundledExample : public ::testing::TestWithParam<const char *>
{
};

TEST_P(BundledExample, HasNoErrorAndOnlyTheQuorumRangeWarning)
{
    const QString name = QString::fromLatin1(GetParam());
    const LoadedTopology loaded = load(example(name), name + QStringLiteral(".yml"));
    const Problems problems = validate(loaded);
    EXPECT_TRUE(errors(problems).isEmpty()) << describe(problems);
    // The published masters scale between 1 and 5: the range allows an even count.
    const Problems ours = declarative(problems);
    ASSERT_EQ(ours.size(), 1) << describe(problems);
    EXPECT_EQ(ours.first().code, mesosQuorumRange);
    EXPECT_EQ(ours.first().severity, Severity::Warning);
    EXPECT_TRUE(ours.first().node.startsWith(QLatin1String("Master")))
        << qPrintable(ours.first().node);
    expectEachFixRepairs(loaded, ours.first());
}

std::string parameterName(QString text)
{
    text.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")), QStringLiteral("_"));
    return text.isEmpty() ? std::string("unset") : text.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Examples,
                         BundledExample,
                         ::testing::Values("mesos-ha", "aurora", "marathon", "marathon-rexray"),
                         [](const auto &testParam) {
                             return parameterName(QString::fromLatin1(testParam.param));
                         });

// TOPO-MESOS-001: odd number of masters

TEST(MesosQuorum, EvenDefaultIsAnErrorOnTheMastersMachine)
{
    const LoadedTopology loaded = load(topology(cluster({QStringLiteral("MasterMachine"),
                                                         QStringLiteral("ubuntu"),
                                                         QStringLiteral("14.04"),
                                                         1,
                                                         3,
                                                         2})));
    const Problems problems = validate(loaded);
    const Problem problem = single(problems, mesosQuorum);
    EXPECT_EQ(problem.severity, Severity::Error);
    EXPECT_EQ(problem.node, QStringLiteral("MasterMachine"));
    EXPECT_EQ(problem.member.toString(), QStringLiteral("capability scalable.default_instances"));
    EXPECT_TRUE(problem.message.contains(QLatin1String("2 Mesos masters (Master)")))
        << qPrintable(problem.message);
    // 2 -> 3 first: going down to one master would give up high availability.
    ASSERT_EQ(problem.fixes.size(), 2);
    EXPECT_EQ(problem.fixes[0].edits.first().value.text(), QStringLiteral("3"));
    EXPECT_EQ(problem.fixes[1].edits.first().value.text(), QStringLiteral("1"));
    expectEachFixRepairs(loaded, problem);
}

TEST(MesosQuorum, OddFixedCountIsSatisfied)
{
    const LoadedTopology loaded = load(topology(cluster({QStringLiteral("MasterMachine"),
                                                         QStringLiteral("ubuntu"),
                                                         QStringLiteral("14.04"),
                                                         3,
                                                         3,
                                                         3})));
    EXPECT_TRUE(declarative(validate(loaded)).isEmpty()) << describe(validate(loaded));
}

TEST(MesosQuorum, FourMastersInThePublishedHaTopology)
{
    const QByteArray yaml = variant(example(QStringLiteral("mesos-ha")),
                                    {{"max_instances: 5\n            default_instances: 3",
                                      "max_instances: 5\n            default_instances: 4"}});
    const LoadedTopology loaded = load(yaml, QStringLiteral("mesos-ha.yml"));
    const Problem problem = single(validate(loaded), mesosQuorum);
    EXPECT_EQ(problem.severity, Severity::Error);
    EXPECT_EQ(problem.node, QStringLiteral("Master_Compute"));
    EXPECT_EQ(problem.member.toString(), QStringLiteral("capability scalable.default_instances"));
    const auto [line, column] = positionOf(yaml, "default_instances: 4");
    EXPECT_EQ(problem.location.file, QStringLiteral("mesos-ha.yml"));
    EXPECT_EQ(problem.location.line, line);
    EXPECT_EQ(problem.location.column, column + int(qstrlen("default_instances: ")));
    // 3 and 5 both fit 1..5.
    ASSERT_EQ(problem.fixes.size(), 2);
    EXPECT_EQ(problem.fixes[0].edits.first().value.text(), QStringLiteral("3"));
    EXPECT_EQ(problem.fixes[1].edits.first().value.text(), QStringLiteral("5"));
    EXPECT_EQ(problem.fixes[0].description,
              QStringLiteral("On Master_Compute: set scalable.default_instances to 3"));
    expectEachFixRepairs(loaded, problem);
}

TEST(MesosQuorum, FixStaysWithinTheScalingBounds)
{
    // max 4: 5 would break min <= default <= max, so only 3 is proposed.
    const LoadedTopology bounded = load(topology(cluster({QStringLiteral("MasterMachine"),
                                                          QStringLiteral("ubuntu"),
                                                          QStringLiteral("14.04"),
                                                          1,
                                                          4,
                                                          4})));
    const Problem problem = single(validate(bounded), mesosQuorum);
    ASSERT_EQ(problem.fixes.size(), 1);
    EXPECT_EQ(problem.fixes[0].edits.first().value.text(), QStringLiteral("3"));
    expectEachFixRepairs(bounded, problem);

    // min = max = 4: no odd count fits, so the fix moves the bound that is in the way too.
    const LoadedTopology pinned = load(topology(cluster({QStringLiteral("MasterMachine"),
                                                         QStringLiteral("ubuntu"),
                                                         QStringLiteral("14.04"),
                                                         4,
                                                         4,
                                                         4})));
    const Problem pinnedProblem = single(validate(pinned), mesosQuorum);
    ASSERT_EQ(pinnedProblem.fixes.size(), 1);
    ASSERT_EQ(pinnedProblem.fixes[0].edits.size(), 2);
    EXPECT_EQ(pinnedProblem.fixes[0].edits[1].property, QStringLiteral("min_instances"));
    expectEachFixRepairs(pinned, pinnedProblem);
}

// TOPO-MESOS-002: the masters may scale to an even number

TEST(MesosQuorumRange, RangeAllowingEvenCountIsAWarning)
{
    const LoadedTopology loaded = load(topology(cluster({QStringLiteral("MasterMachine"),
                                                         QStringLiteral("ubuntu"),
                                                         QStringLiteral("14.04"),
                                                         1,
                                                         3,
                                                         1})));
    const Problems problems = validate(loaded);
    EXPECT_TRUE(withCode(problems, mesosQuorum).isEmpty());
    const Problem problem = single(problems, mesosQuorumRange);
    EXPECT_EQ(problem.severity, Severity::Warning);
    EXPECT_EQ(problem.node, QStringLiteral("MasterMachine"));
    EXPECT_EQ(problem.member.toString(), QStringLiteral("capability scalable.max_instances"));
    EXPECT_TRUE(problem.message.contains(QLatin1String("1..3"))) << qPrintable(problem.message);
    ASSERT_EQ(problem.fixes.size(), 1);
    EXPECT_EQ(problem.fixes[0].edits.size(), 2); // min and max to the default, 1
    expectEachFixRepairs(loaded, problem);
}

TEST(MesosQuorumRange, SingleOddCountIsSatisfied)
{
    const LoadedTopology loaded = load(topology(cluster({QStringLiteral("MasterMachine")})));
    EXPECT_TRUE(declarative(validate(loaded)).isEmpty()) << describe(validate(loaded));
}

TEST(MesosQuorumRange, PublishedMarathonTopologyWarnsOnItsMasterCompute)
{
    const QByteArray yaml = example(QStringLiteral("marathon"));
    const LoadedTopology loaded = load(yaml, QStringLiteral("marathon.yml"));
    const Problem problem = single(validate(loaded), mesosQuorumRange);
    EXPECT_EQ(problem.severity, Severity::Warning);
    EXPECT_EQ(problem.node, QStringLiteral("MasterCompute"));
    EXPECT_EQ(problem.location.line, positionOf(yaml, "max_instances: 5").first);
    ASSERT_EQ(problem.fixes.size(), 1);
    EXPECT_EQ(problem.fixes[0].edits.size(), 2); // pinned to the default, 3
    EXPECT_EQ(problem.fixes[0].edits[0].value.text(), QStringLiteral("3"));
    expectEachFixRepairs(loaded, problem);
}

TEST(MesosQuorumRange, PinningAnEvenDefaultMakesItOddToo)
{
    const LoadedTopology loaded = load(topology(cluster({QStringLiteral("MasterMachine"),
                                                         QStringLiteral("ubuntu"),
                                                         QStringLiteral("14.04"),
                                                         1,
                                                         5,
                                                         4})));
    const Problems problems = validate(loaded);
    const Problem problem = single(problems, mesosQuorumRange);
    ASSERT_EQ(problem.fixes.size(), 1);
    EXPECT_EQ(problem.fixes[0].edits.size(), 3); // min, max and the default, all 3
    for (const QuickFixEdit &edit : problem.fixes[0].edits)
        EXPECT_EQ(edit.value.text(), QStringLiteral("3"));
    expectEachFixRepairs(loaded, problem);
}

// TOPO-MESOS-003: Mesos on a supported operating system

TEST(MesosOs, UnsupportedDistributionIsAnErrorOnTheMachine)
{
    const LoadedTopology loaded = load(topology(cluster(
        {QStringLiteral("MasterMachine"), QStringLiteral("fedora"), QStringLiteral("23")})));
    const Problem problem = single(validate(loaded), mesosOs);
    EXPECT_EQ(problem.severity, Severity::Error);
    EXPECT_EQ(problem.node, QStringLiteral("MasterMachine"));
    EXPECT_EQ(problem.member.toString(), QStringLiteral("capability os.distribution"));
    EXPECT_TRUE(problem.message.contains(QLatin1String("fedora 23")))
        << qPrintable(problem.message);
    EXPECT_TRUE(problem.message.contains(QLatin1String("ubuntu 14.04, centos 7, centos 6, rhel 7, "
                                                       "rhel 6 or debian 8")))
        << qPrintable(problem.message);
    ASSERT_EQ(problem.fixes.size(), 1);
    EXPECT_EQ(problem.fixes[0].edits.size(), 2); // ubuntu 14.04, the recommended one, on a tie
    expectEachFixRepairs(loaded, problem);
}

class MesosSupportedOs : public ::testing::TestWithParam<std::pair<const char *, const char *>>
{
};

TEST_P(MesosSupportedOs, IsSatisfied)
{
    const auto [distribution, version] = GetParam();
    const LoadedTopology loaded = load(topology(cluster({QStringLiteral("MasterMachine"),
                                                         QString::fromLatin1(distribution),
                                                         QString::fromLatin1(version)})));
    EXPECT_TRUE(withCode(validate(loaded), mesosOs).isEmpty()) << distribution << " " << version;
}

// Versions compare by prefix: CentOS "7" accepts 7.2.1511, Ubuntu 14.04 accepts 14.04.5.
INSTANTIATE_TEST_SUITE_P(Os,
                         MesosSupportedOs,
                         ::testing::Values(std::pair{"ubuntu", "14.04"},
                                           std::pair{"ubuntu", "14.04.5"},
                                           std::pair{"centos", "7"},
                                           std::pair{"centos", "7.2.1511"},
                                           std::pair{"centos", "6"},
                                           std::pair{"rhel", "7.3"},
                                           std::pair{"rhel", "6"},
                                           std::pair{"debian", "8"}),
                         [](const auto &testParam) {
                             return parameterName(QString::fromLatin1(testParam.param.first)
                                                  + QLatin1Char('_')
                                                  + QString::fromLatin1(testParam.param.second));
                         });

TEST(MesosOs, UnsetVersionViolatesAndTheFixSetsOnlyIt)
{
    const LoadedTopology loaded = load(
        topology(cluster({QStringLiteral("MasterMachine"), QStringLiteral("centos"), QString()})));
    const Problem problem = single(validate(loaded), mesosOs);
    EXPECT_EQ(problem.member.toString(), QStringLiteral("capability os.version"));
    EXPECT_TRUE(problem.message.contains(QLatin1String("centos (version unset)")))
        << qPrintable(problem.message);
    ASSERT_EQ(problem.fixes.size(), 1);
    ASSERT_EQ(problem.fixes[0].edits.size(), 1);
    EXPECT_EQ(problem.fixes[0].edits[0].property, QStringLiteral("version"));
    EXPECT_EQ(problem.fixes[0].edits[0].value.text(), QStringLiteral("7"));
    expectEachFixRepairs(loaded, problem);
}

TEST(MesosOs, FunctionValueIsSkipped)
{
    QByteArray yaml = topology(cluster(
        {QStringLiteral("MasterMachine"), QStringLiteral("{ get_input: os_distribution }")}));
    yaml.replace("topology_template:\n",
                 "topology_template:\n"
                 "  inputs:\n"
                 "    os_distribution:\n"
                 "      type: string\n");
    const LoadedTopology loaded = load(yaml);
    EXPECT_TRUE(withCode(validate(loaded), mesosOs).isEmpty()) << describe(validate(loaded));
}

TEST(MesosOs, AgentOnUbuntu1604InThePublishedHaTopology)
{
    const QByteArray yaml
        = variant(example(QStringLiteral("mesos-ha")),
                  {{"version: 14.04\n            architecture: x86_64\n        scalable:\n"
                    "          properties:\n            min_instances: 1\n"
                    "            max_instances: 100",
                    "version: 16.04\n            architecture: x86_64\n        scalable:\n"
                    "          properties:\n            min_instances: 1\n"
                    "            max_instances: 100"}});
    const LoadedTopology loaded = load(yaml, QStringLiteral("mesos-ha.yml"));
    const Problem problem = single(validate(loaded), mesosOs);
    EXPECT_EQ(problem.severity, Severity::Error);
    EXPECT_EQ(problem.node, QStringLiteral("Slave_Compute"));
    EXPECT_EQ(problem.member.toString(), QStringLiteral("capability os.version"));
    EXPECT_EQ(problem.location.line, positionOf(yaml, "version: 16.04").first);
    EXPECT_TRUE(problem.message.startsWith(QLatin1String("Mesos_Slave runs on Slave_Compute")))
        << qPrintable(problem.message);
    expectEachFixRepairs(loaded, problem);
}

// TOPO-AURORA-001: Aurora on CentOS 7 or Ubuntu 14.04

QStringList auroraCluster(const Machine &masterMachine, const Machine &agentMachine)
{
    const QString pin = QStringLiteral("0.25.0-0.2.70");
    return {machine(masterMachine),
            master(QStringLiteral("Master"), masterMachine.name, pin),
            auroraScheduler(QStringLiteral("Scheduler"), QStringLiteral("Master")),
            machine(agentMachine),
            slave(QStringLiteral("Agent"), agentMachine.name, QStringLiteral("Master"), pin),
            auroraExecutor(QStringLiteral("Executor"), QStringLiteral("Agent"))};
}

TEST(AuroraOs, Debian8IsAnErrorForSchedulerAndExecutor)
{
    const Machine debian{
        QStringLiteral("MasterMachine"), QStringLiteral("debian"), QStringLiteral("8")};
    const Machine debianAgent{
        QStringLiteral("AgentMachine"), QStringLiteral("debian"), QStringLiteral("8")};
    const LoadedTopology loaded = load(topology(auroraCluster(debian, debianAgent)));
    const Problems problems = validate(loaded);
    // Debian 8 is fine for Mesos itself.
    EXPECT_TRUE(withCode(problems, mesosOs).isEmpty());
    const Problems aurora = withCode(problems, auroraOs);
    ASSERT_EQ(aurora.size(), 2) << describe(problems);
    QStringList nodes{aurora[0].node, aurora[1].node};
    nodes.sort();
    EXPECT_EQ(nodes,
              (QStringList{QStringLiteral("AgentMachine"), QStringLiteral("MasterMachine")}));
    for (const Problem &problem : aurora) {
        EXPECT_EQ(problem.severity, Severity::Error);
        expectEachFixRepairs(loaded, problem);
    }
}

TEST(AuroraOs, CentOs7IsSatisfied)
{
    const Machine centos{
        QStringLiteral("MasterMachine"), QStringLiteral("centos"), QStringLiteral("7.2")};
    const Machine agent{
        QStringLiteral("AgentMachine"), QStringLiteral("centos"), QStringLiteral("7")};
    const LoadedTopology loaded = load(topology(auroraCluster(centos, agent)));
    EXPECT_TRUE(declarative(validate(loaded)).isEmpty()) << describe(validate(loaded));
}

TEST(AuroraOs, CentOs6IsAnErrorThoughMesosAcceptsIt)
{
    const Machine centos6{
        QStringLiteral("MasterMachine"), QStringLiteral("centos"), QStringLiteral("6")};
    const LoadedTopology loaded
        = load(topology(auroraCluster(centos6, {QStringLiteral("AgentMachine")})));
    const Problems problems = validate(loaded);
    EXPECT_TRUE(withCode(problems, mesosOs).isEmpty());
    const Problem problem = single(problems, auroraOs);
    EXPECT_EQ(problem.member.toString(), QStringLiteral("capability os.version"));
    // The nearest alternative is CentOS 7: only the version changes.
    ASSERT_EQ(problem.fixes.size(), 1);
    ASSERT_EQ(problem.fixes[0].edits.size(), 1);
    EXPECT_EQ(problem.fixes[0].edits[0].value.text(), QStringLiteral("7"));
    expectEachFixRepairs(loaded, problem);
}

TEST(AuroraOs, AuroraOnDebian8InThePublishedTopology)
{
    const QByteArray yaml = variant(example(QStringLiteral("aurora")),
                                    {{"distribution: ubuntu\n            version: 14.04\n"
                                      "            architecture: x86_64\n        scalable:\n"
                                      "          properties:\n            min_instances: 1\n"
                                      "            max_instances: 5",
                                      "distribution: debian\n            version: 8\n"
                                      "            architecture: x86_64\n        scalable:\n"
                                      "          properties:\n            min_instances: 1\n"
                                      "            max_instances: 5"}});
    const LoadedTopology loaded = load(yaml, QStringLiteral("aurora.yml"));
    const Problems problems = validate(loaded);
    const Problem problem = single(problems, auroraOs);
    EXPECT_EQ(problem.severity, Severity::Error);
    EXPECT_EQ(problem.node, QStringLiteral("Master_Compute"));
    EXPECT_EQ(problem.member.toString(), QStringLiteral("capability os.distribution"));
    EXPECT_EQ(problem.location.line, positionOf(yaml, "distribution: debian").first);
    EXPECT_TRUE(problem.message.contains(QLatin1String("AuroraScheduler runs on Master_Compute")))
        << qPrintable(problem.message);
    EXPECT_TRUE(withCode(problems, mesosOs).isEmpty());
    expectEachFixRepairs(loaded, problem);
}

// TOPO-AURORA-002 and TOPO-MARATHON-002: the Mesos version

TEST(AuroraMesosVersion, Mesos140IsAnErrorOnTheMaster)
{
    const LoadedTopology loaded = load(topology(
        {machine({QStringLiteral("MasterMachine")}),
         master(QStringLiteral("Master"), QStringLiteral("MasterMachine"), QStringLiteral("1.4.0")),
         auroraScheduler(QStringLiteral("Scheduler"), QStringLiteral("Master"))}));
    const Problem problem = single(validate(loaded), auroraMesos);
    EXPECT_EQ(problem.severity, Severity::Error);
    EXPECT_EQ(problem.node, QStringLiteral("Master"));
    EXPECT_EQ(problem.member.toString(), QStringLiteral("property component_version"));
    ASSERT_EQ(problem.fixes.size(), 1);
    // The exact package the types' node_filter demands.
    EXPECT_EQ(problem.fixes[0].edits[0].kind, QuickFixEdit::Kind::SetProperty);
    EXPECT_EQ(problem.fixes[0].edits[0].value.text(), QStringLiteral("0.25.0-0.2.70"));
    EXPECT_EQ(problem.fixes[0].description,
              QStringLiteral("Set component_version of Master to 0.25.0-0.2.70, the Mesos package "
                             "Aurora 0.12 is built against"));
    expectEachFixRepairs(loaded, problem);
}

TEST(AuroraMesosVersion, AuroraWithMesos140InThePublishedTopology)
{
    const QByteArray yaml
        = variant(example(QStringLiteral("aurora")),
                  {{"cluster_name: Mesos cluster\n        component_version: \"0.25.0-0.2.70\"",
                    "cluster_name: Mesos cluster\n        component_version: \"1.4.0\""}});
    const LoadedTopology loaded = load(yaml, QStringLiteral("aurora.yml"));
    const Problem problem = single(validate(loaded), auroraMesos);
    EXPECT_EQ(problem.severity, Severity::Error);
    EXPECT_EQ(problem.node, QStringLiteral("MesosMaster"));
    EXPECT_EQ(problem.location.line, positionOf(yaml, "\"1.4.0\"").first);
    EXPECT_TRUE(problem.message.contains(QLatin1String("AuroraScheduler needs Mesos 0.25.0")))
        << qPrintable(problem.message);
    expectEachFixRepairs(loaded, problem);
}

TEST(AuroraMesosVersion, ExecutorOnAnAgentWithTheLatestMesosInThePublishedTopology)
{
    const QByteArray yaml
        = variant(example(QStringLiteral("aurora")),
                  {{"port: 5051\n        component_version: \"0.25.0-0.2.70\"\n", "port: 5051\n"}});
    const LoadedTopology loaded = load(yaml, QStringLiteral("aurora.yml"));
    const Problem problem = single(validate(loaded), auroraMesos);
    EXPECT_EQ(problem.node, QStringLiteral("MesosSlave"));
    // Unset: no value line, so the problem points at the agent itself.
    EXPECT_EQ(problem.location.line, positionOf(yaml, "    MesosSlave:").first);
    EXPECT_TRUE(problem.message.endsWith(
        QLatin1String("has component_version unset (the latest version).")))
        << qPrintable(problem.message);
    expectEachFixRepairs(loaded, problem);
}

TEST(MarathonMesosVersion, Mesos025IsAnErrorOnTheMaster)
{
    const LoadedTopology loaded = load(topology(
        {machine({QStringLiteral("MasterMachine")}),
         master(
             QStringLiteral("Master"), QStringLiteral("MasterMachine"), QStringLiteral("0.25.0")),
         marathon(QStringLiteral("Marathon"), QStringLiteral("Master"))}));
    const Problem problem = single(validate(loaded), marathonMesos);
    EXPECT_EQ(problem.severity, Severity::Error);
    EXPECT_EQ(problem.node, QStringLiteral("Master"));
    EXPECT_EQ(problem.member.toString(), QStringLiteral("property component_version"));
    ASSERT_EQ(problem.fixes.size(), 1);
    // Unset means the latest package, which satisfies the minimum.
    EXPECT_EQ(problem.fixes[0].edits[0].kind, QuickFixEdit::Kind::RemoveProperty);
    expectEachFixRepairs(loaded, problem);
}

TEST(MarathonMesosVersion, MarathonWithMesos025InThePublishedTopology)
{
    const QByteArray yaml
        = variant(example(QStringLiteral("marathon")),
                  {{"cluster_name: Mesos with A4C\n",
                    "cluster_name: Mesos with A4C\n        component_version: 0.25.0-0.2.70\n"}});
    const LoadedTopology loaded = load(yaml, QStringLiteral("marathon.yml"));
    const Problem problem = single(validate(loaded), marathonMesos);
    EXPECT_EQ(problem.severity, Severity::Error);
    EXPECT_EQ(problem.node, QStringLiteral("MesosMaster"));
    EXPECT_EQ(problem.location.line, positionOf(yaml, "component_version: 0.25.0").first);
    EXPECT_EQ(problem.message,
              QStringLiteral("Marathon needs Mesos 0.28.0 or newer, but its master MesosMaster "
                             "has component_version 0.25.0-0.2.70."));
    expectEachFixRepairs(loaded, problem);
}

struct VersionCase
{
    const char *version; // empty: unset
    bool satisfiesAuroraPin;
    bool satisfiesMarathonMinimum;
};

class MesosVersionEdgeCase : public ::testing::TestWithParam<VersionCase>
{
};

TEST_P(MesosVersionEdgeCase, ComparesLikePackageVersions)
{
    const VersionCase c = GetParam();
    // One master with both frameworks, so that both version rules judge the same value.
    const LoadedTopology loaded
        = load(topology({machine({QStringLiteral("MasterMachine")}),
                         master(QStringLiteral("Master"),
                                QStringLiteral("MasterMachine"),
                                QString::fromLatin1(c.version)),
                         auroraScheduler(QStringLiteral("Scheduler"), QStringLiteral("Master")),
                         marathon(QStringLiteral("Marathon"), QStringLiteral("Master"))}));
    const Problems problems = validate(loaded);
    EXPECT_EQ(withCode(problems, auroraMesos).isEmpty(), c.satisfiesAuroraPin) << c.version;
    EXPECT_EQ(withCode(problems, marathonMesos).isEmpty(), c.satisfiesMarathonMinimum) << c.version;
}

INSTANTIATE_TEST_SUITE_P(Versions,
                         MesosVersionEdgeCase,
                         ::testing::Values(VersionCase{"0.25.0-0.2.70", true, false},
                                           VersionCase{"0.25.0", true, false},
                                           VersionCase{"0.25.1", false, false},
                                           VersionCase{"", false, true},
                                           VersionCase{"0.28.0", false, true},
                                           VersionCase{"0.28.2-2.0.27", false, true},
                                           VersionCase{"1.4.0", false, true},
                                           VersionCase{"0.27.2-2.0.15", false, false}),
                         [](const auto &testParam) {
                             return parameterName(QString::fromLatin1(testParam.param.version));
                         });

// TOPO-MARATHON-001: Marathon on Ubuntu 14.04

TEST(MarathonOs, CentOsIsAnErrorOnTheMastersMachine)
{
    const LoadedTopology loaded = load(topology(
        {machine({QStringLiteral("MasterMachine"), QStringLiteral("centos"), QStringLiteral("7")}),
         master(QStringLiteral("Master"), QStringLiteral("MasterMachine")),
         marathon(QStringLiteral("Marathon"), QStringLiteral("Master"))}));
    const Problems problems = validate(loaded);
    EXPECT_TRUE(withCode(problems, mesosOs).isEmpty());
    const Problem problem = single(problems, marathonOs);
    EXPECT_EQ(problem.severity, Severity::Error);
    EXPECT_EQ(problem.node, QStringLiteral("MasterMachine"));
    ASSERT_EQ(problem.fixes.size(), 1);
    EXPECT_EQ(problem.fixes[0].edits.size(), 2);
    expectEachFixRepairs(loaded, problem);
}

TEST(MarathonOs, Ubuntu1404IsSatisfied)
{
    const LoadedTopology loaded
        = load(topology({machine({QStringLiteral("MasterMachine")}),
                         master(QStringLiteral("Master"), QStringLiteral("MasterMachine")),
                         marathon(QStringLiteral("Marathon"), QStringLiteral("Master"))}));
    EXPECT_TRUE(declarative(validate(loaded)).isEmpty()) << describe(validate(loaded));
}

TEST(MarathonOs, MarathonOnCentOsInThePublishedTopology)
{
    const QByteArray yaml
        = variant(example(QStringLiteral("marathon")),
                  {{"default_instances: 3\n        endpoint:\n          properties:\n"
                    "            protocol: tcp\n            initiator: source\n"
                    "            network_name: PRIVATE\n            secure: true\n"
                    "        os:\n          properties:\n            type: linux\n"
                    "            distribution: ubuntu\n            version: 14.04",
                    "default_instances: 3\n        endpoint:\n          properties:\n"
                    "            protocol: tcp\n            initiator: source\n"
                    "            network_name: PRIVATE\n            secure: true\n"
                    "        os:\n          properties:\n            type: linux\n"
                    "            distribution: centos\n            version: 7"}});
    const LoadedTopology loaded = load(yaml, QStringLiteral("marathon.yml"));
    const Problems problems = validate(loaded);
    const Problem problem = single(problems, marathonOs);
    EXPECT_EQ(problem.severity, Severity::Error);
    EXPECT_EQ(problem.node, QStringLiteral("MasterCompute"));
    EXPECT_EQ(problem.member.toString(), QStringLiteral("capability os.distribution"));
    EXPECT_EQ(problem.location.line, positionOf(yaml, "distribution: centos").first);
    EXPECT_TRUE(withCode(problems, mesosOs).isEmpty());
    expectEachFixRepairs(loaded, problem);
}

// TOPO-MARATHON-003: Docker on the agents

QStringList marathonCluster(bool agentHasDocker, bool dockerInstalled)
{
    QStringList nodes{machine({QStringLiteral("MasterMachine")}),
                      master(QStringLiteral("Master"), QStringLiteral("MasterMachine")),
                      marathon(QStringLiteral("Marathon"), QStringLiteral("Master")),
                      machine({QStringLiteral("AgentMachine")}),
                      slave(QStringLiteral("Agent"),
                            QStringLiteral("AgentMachine"),
                            QStringLiteral("Master"),
                            QString(),
                            agentHasDocker ? QStringLiteral("Docker") : QString())};
    if (dockerInstalled)
        nodes << dockerEngine(QStringLiteral("Docker"), QStringLiteral("AgentMachine"));
    return nodes;
}

TEST(MarathonDocker, AgentWithoutDockerIsAnErrorOnTheAgent)
{
    const LoadedTopology loaded = load(topology(marathonCluster(false, false)));
    const Problem problem = single(validate(loaded), marathonDocker);
    EXPECT_EQ(problem.severity, Severity::Error);
    EXPECT_EQ(problem.node, QStringLiteral("Agent"));
    EXPECT_EQ(problem.member.toString(), QStringLiteral("requirement docker_cli"));
    EXPECT_EQ(problem.requirementIndex, -1);
    // No Docker engine on the agent's machine: nothing to connect to.
    EXPECT_TRUE(problem.fixes.isEmpty());
}

TEST(MarathonDocker, AgentConnectedToDockerIsSatisfied)
{
    const LoadedTopology loaded = load(topology(marathonCluster(true, true)));
    EXPECT_TRUE(declarative(validate(loaded)).isEmpty()) << describe(validate(loaded));
}

TEST(MarathonDocker, AgentsWithoutMarathonNeedNoDocker)
{
    const LoadedTopology loaded = load(topology(cluster({QStringLiteral("MasterMachine")})));
    EXPECT_TRUE(withCode(validate(loaded), marathonDocker).isEmpty());
}

TEST(MarathonDocker, UnwiredDockerEngineIsProposed)
{
    const LoadedTopology loaded = load(topology(marathonCluster(false, true)));
    const Problem problem = single(validate(loaded), marathonDocker);
    ASSERT_EQ(problem.fixes.size(), 1);
    ASSERT_EQ(problem.fixes[0].edits.size(), 1);
    const QuickFixEdit &edit = problem.fixes[0].edits[0];
    EXPECT_EQ(edit.kind, QuickFixEdit::Kind::AddRequirement);
    EXPECT_EQ(edit.requirement.node, QStringLiteral("Docker"));
    EXPECT_EQ(edit.requirement.relationship,
              QStringLiteral("org.alien4cloud.relationships.MesosSlaveDependsOnDocker"));
    expectEachFixRepairs(loaded, problem);
}

TEST(MarathonDocker, AgentWithoutDockerInThePublishedTopology)
{
    const QByteArray yaml = variant(
        example(QStringLiteral("marathon")),
        {{"        - docker_cli:\n            node: DockerEngine\n"
          "            capability: org.alien4cloud.capabilities.DockerCLI\n"
          "            relationship: org.alien4cloud.relationships.MesosSlaveDependsOnDocker\n",
          ""}});
    const LoadedTopology loaded = load(yaml, QStringLiteral("marathon.yml"));
    const Problem problem = single(validate(loaded), marathonDocker);
    EXPECT_EQ(problem.severity, Severity::Error);
    EXPECT_EQ(problem.node, QStringLiteral("MesosSlave"));
    EXPECT_EQ(problem.location.line, positionOf(yaml, "    MesosSlave:").first);
    // DockerEngine runs on the agent's machine; DockerEngine_2 on another one.
    ASSERT_EQ(problem.fixes.size(), 1);
    EXPECT_EQ(problem.fixes[0].edits[0].requirement.node, QStringLiteral("DockerEngine"));
    expectEachFixRepairs(loaded, problem);
}

TEST(MarathonDocker, WrongTargetIsReplaced)
{
    // docker_cli pointing at a node that is not a Docker engine: the assignment is replaced,
    // not doubled (docker_cli allows one).
    QStringList nodes = marathonCluster(true, true);
    nodes[4] = slave(QStringLiteral("Agent"),
                     QStringLiteral("AgentMachine"),
                     QStringLiteral("Master"),
                     QString(),
                     QStringLiteral("Master"));
    const LoadedTopology loaded = load(topology(nodes));
    const Problem problem = single(validate(loaded), marathonDocker);
    EXPECT_EQ(problem.requirementIndex, 2);
    ASSERT_EQ(problem.fixes.size(), 1);
    EXPECT_EQ(problem.fixes[0].edits[0].kind, QuickFixEdit::Kind::SetRequirement);
    EXPECT_EQ(problem.fixes[0].edits[0].requirementIndex, 2);
    expectEachFixRepairs(loaded, problem);
}

TEST(MarathonDocker, HostingCycleEndsTheSearchForADockerEngine)
{
    // The agent and a Docker engine host each other: the hosting cycle rule reports that; the
    // search for an engine on the agent's machine must still end.
    const LoadedTopology loaded = load(topology(
        {machine({QStringLiteral("MasterMachine")}),
         master(QStringLiteral("Master"), QStringLiteral("MasterMachine")),
         marathon(QStringLiteral("Marathon"), QStringLiteral("Master")),
         slave(QStringLiteral("Agent"), QStringLiteral("Docker"), QStringLiteral("Master")),
         dockerEngine(QStringLiteral("Docker"), QStringLiteral("Agent"))}));
    const Problem problem = single(validate(loaded), marathonDocker);
    EXPECT_EQ(problem.node, QStringLiteral("Agent"));
    ASSERT_EQ(problem.fixes.size(), 1);
    EXPECT_EQ(problem.fixes[0].edits[0].requirement.node, QStringLiteral("Docker"));
}

// Per-node and topology-wide evaluation, as the incremental validator runs them

TEST(Evaluation, PerNodeRulesReportWhenOnlyTheStartingNodeIsChecked)
{
    const LoadedTopology loaded = load(topology(cluster({QStringLiteral("MasterMachine"),
                                                         QStringLiteral("ubuntu"),
                                                         QStringLiteral("14.04"),
                                                         2,
                                                         2,
                                                         2})));
    const std::shared_ptr<Validator> owner = validatorFor(loaded);
    const Validator &validator = *owner;
    const ValidationContext context(loaded.archive, *loaded.archive.topology, *loaded.types);

    Problems fromMaster;
    validator.checkNode(
        context, *loaded.archive.topology->node(QStringLiteral("Master")), &fromMaster);
    EXPECT_EQ(single(fromMaster, mesosQuorum).node, QStringLiteral("MasterMachine"));

    Problems fromTopology;
    validator.checkTopology(context, &fromTopology);
    EXPECT_TRUE(declarative(fromTopology).isEmpty()) << describe(fromTopology);
}

TEST(Evaluation, DockerRuleRunsOnTheWholeTopologyOnly)
{
    const LoadedTopology loaded = load(topology(marathonCluster(false, true)));
    const std::shared_ptr<Validator> owner = validatorFor(loaded);
    const Validator &validator = *owner;
    const ValidationContext context(loaded.archive, *loaded.archive.topology, *loaded.types);

    Problems perNode;
    for (const NodeTemplate &node : loaded.archive.topology->nodes())
        validator.checkNode(context, node, &perNode);
    EXPECT_TRUE(withCode(perNode, marathonDocker).isEmpty());

    Problems topologyWide;
    validator.checkTopology(context, &topologyWide);
    EXPECT_EQ(single(topologyWide, marathonDocker).node, QStringLiteral("Agent"));
}

TEST(Evaluation, TwoMarathonsOnOneMasterReportEachAgentOnce)
{
    QStringList nodes = marathonCluster(false, false);
    nodes << marathon(QStringLiteral("Marathon_2"), QStringLiteral("Master"));
    const LoadedTopology loaded = load(topology(nodes));
    EXPECT_EQ(withCode(validate(loaded), marathonDocker).size(), 1);
}

TEST(RulesFileErrors, EachMistakeIsLocatedAndTheGoodRuleStillRuns)
{
    const QString path = Topologist::Test::dataPath(QStringLiteral("rules/broken-rules.yml"));
    const QByteArray text = readFile(path);
    Diagnostics diagnostics;
    RulesFile::Rules rules = RulesFile::load(path, &diagnostics);

    const auto expectDiagnostic = [&](const QString &code, const QByteArray &at) {
        const auto [line, column] = positionOf(text, at);
        bool found = false;
        for (const Diagnostic &d : diagnostics) {
            if (d.code == code && d.location.line == line && d.location.column == column) {
                found = true;
                EXPECT_EQ(d.location.file, path);
                EXPECT_EQ(d.severity, Severity::Error);
            }
        }
        QStringList all;
        for (const Diagnostic &d : diagnostics)
            all << d.toString();
        EXPECT_TRUE(found) << qPrintable(code) << " at " << line << ":" << column << " ("
                           << at.constData() << ")\n"
                           << qPrintable(all.join(QLatin1Char('\n')));
    };
    expectDiagnostic(RuleSyntax::badCheckCode(), "even:");
    expectDiagnostic(RuleSyntax::badPathCode(), "attributes.zk_endpoints");
    expectDiagnostic(RuleSyntax::badSeverityCode(), "fatal");
    expectDiagnostic(RuleSyntax::missingFieldCode(),
                     "severity: error\n    node_type: org.alien4cloud."
                     "nodes.MesosMaster\n    check: { odd: properties."
                     "port }\n    message: missing code");
    expectDiagnostic(RuleSyntax::duplicateCodeCode(), "TEST-GOOD-001\n    severity: error");
    expectDiagnostic(RuleSyntax::badSubjectCode(), "parent");
    expectDiagnostic(RuleSyntax::badFixCode(), "closest");
    expectDiagnostic(RuleSyntax::unknownKeyCode(), "titel");
    expectDiagnostic(RuleSyntax::badMessageCode(), "\"{host} is wrong\"");
    expectDiagnostic(RuleSyntax::badMessageCode(), "remove: properties.port");
    expectDiagnostic(RuleSyntax::badCheckCode(), "latest");
    EXPECT_EQ(diagnostics.size(), 11);

    // Only the good rule survives, and it still finds its problem.
    ASSERT_EQ(rules.size(), size_t(1));
    EXPECT_EQ(rules.front()->code(), QStringLiteral("TEST-GOOD-001"));
    const LoadedTopology loaded = load(topology(cluster({QStringLiteral("MasterMachine"),
                                                         QStringLiteral("ubuntu"),
                                                         QStringLiteral("14.04"),
                                                         1,
                                                         5,
                                                         4})));
    Validator validator = Validator::structural();
    validator.addRule(std::move(rules.front()));
    const Problems problems = validator.validate(
        ValidationContext(loaded.archive, *loaded.archive.topology, *loaded.types));
    const Problem problem = single(problems, QStringLiteral("TEST-GOOD-001"));
    EXPECT_EQ(problem.severity, Severity::Warning);
    EXPECT_EQ(problem.message, QStringLiteral("MasterMachine runs 4 masters (Master)"));
    // nearest_odd without bounds: 3 and 5.
    EXPECT_EQ(problem.fixes.size(), 2);
}

TEST(RulesFileErrors, NotARulesFile)
{
    Diagnostics diagnostics;
    const RulesFile::Rules rules = RulesFile::loadBytes(
        "tosca_definitions_version: alien_dsl_1_4_0\n", QStringLiteral("types.yml"), &diagnostics);
    EXPECT_TRUE(rules.empty());
    ASSERT_EQ(diagnostics.size(), 1);
    EXPECT_EQ(diagnostics.first().code, RuleSyntax::notRulesFileCode());
    EXPECT_EQ(diagnostics.first().location.file, QStringLiteral("types.yml"));
    EXPECT_EQ(diagnostics.first().location.line, 1);

    Diagnostics empty;
    EXPECT_TRUE(RulesFile::loadBytes("", QStringLiteral("empty.yml"), &empty).empty());
    ASSERT_EQ(empty.size(), 1);
    EXPECT_EQ(empty.first().location.file, QStringLiteral("empty.yml"));

    Diagnostics newer;
    EXPECT_TRUE(
        RulesFile::loadBytes("topologist_rules: 2\nrules: []\n", QStringLiteral("r.yml"), &newer)
            .empty());
    ASSERT_EQ(newer.size(), 1);
    EXPECT_EQ(newer.first().code, RuleSyntax::notRulesFileCode());
    EXPECT_EQ(newer.first().location.column, 19);
}

TEST(RulesFileErrors, YamlSyntaxErrorIsADiagnosticNotACrash)
{
    Diagnostics diagnostics;
    const RulesFile::Rules rules = RulesFile::loadBytes(
        "topologist_rules: 1\nrules:\n  - code: [A\n", QStringLiteral("broken.yml"), &diagnostics);
    EXPECT_TRUE(rules.empty());
    ASSERT_FALSE(diagnostics.isEmpty());
    EXPECT_EQ(diagnostics.first().location.file, QStringLiteral("broken.yml"));
    EXPECT_GT(diagnostics.first().location.line, 0);
}

TEST(RulesFileErrors, DuplicateCodesAcrossArchivesAndUnknownTypesAreReported)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto write = [&](const QString &relative, const QByteArray &bytes) {
        QDir(dir.path()).mkpath(QFileInfo(dir.filePath(relative)).path());
        QFile file(dir.filePath(relative));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write(QStringLiteral("acme/acme-types.yml"),
          "tosca_definitions_version: alien_dsl_1_4_0\n"
          "metadata: {template_name: acme-types, template_version: 1.0.0, template_author: acme}\n"
          "imports: [tosca-normative-types:1.0.0-ALIEN14, mesos-types:1.4.0-SNAPSHOT]\n"
          "node_types:\n"
          "  acme.nodes.Agent: {derived_from: org.alien4cloud.nodes.MesosSlave}\n");
    write(QStringLiteral("acme/rules/acme-rules.yml"),
          "topologist_rules: 1\n"
          "rules:\n"
          "  - code: TOPO-MESOS-001\n"
          "    severity: error\n"
          "    node_type: acme.nodes.Agent\n"
          "    check: {odd: properties.port}\n"
          "    message: taken code\n"
          "  - code: ACME-001\n"
          "    severity: error\n"
          "    node_type: acme.nodes.Agnet\n"
          "    check: {odd: properties.port}\n"
          "    message: misspelt type\n");
    TypeCatalog catalog;
    catalog.addBundledLibrary();
    Diagnostics added;
    ASSERT_TRUE(catalog.addLibrary(dir.filePath(QStringLiteral("acme")), &added));
    const LoadedTopology loaded
        = load("tosca_definitions_version: alien_dsl_1_4_0\n"
               "metadata: {template_name: t, template_version: 1.0.0, template_author: t}\n"
               "imports: [tosca-normative-types:1.0.0-ALIEN14, mesos-types:1.4.0-SNAPSHOT, "
               "acme-types:1.0.0]\n"
               "topology_template:\n  node_templates:\n    M: {type: tosca.nodes.Compute}\n",
               QStringLiteral("t.yml"),
               catalog);
    Diagnostics diagnostics;
    const RulesFile::Rules rules
        = RulesFile::loadForArchives(loaded.dependencies, &diagnostics, loaded.types.get());
    QStringList codes;
    for (const Diagnostic &d : diagnostics)
        codes << d.code + QLatin1Char('@') + QString::number(d.location.line);
    // mesos-types comes first (a dependency of acme-types), so acme's copy of its code is the
    // duplicate; the misspelt type is a warning, and the rule is kept.
    EXPECT_EQ(codes,
              (QStringList{RuleSyntax::duplicateCodeCode() + QStringLiteral("@3"),
                           RuleSyntax::unknownTypeCode() + QStringLiteral("@8")}));
    bool hasAcme = false;
    for (const auto &rule : rules)
        hasAcme |= rule->code() == QLatin1String("ACME-001");
    EXPECT_TRUE(hasAcme);
}

/// The fenced YAML blocks of the type library's README whose first line is `# <path>`.
QHash<QString, QByteArray> documentedFiles()
{
    const QString readme = QString::fromUtf8(
        readFile(Topologist::Test::sourcePath(QStringLiteral("resources/types/README.md"))));
    static const QRegularExpression block(QStringLiteral("```yaml\\n# ([\\w./-]+)\\n(.*?)```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    QHash<QString, QByteArray> files;
    for (const QRegularExpressionMatch &match : block.globalMatch(readme))
        files.insert(match.captured(1), match.captured(2).toUtf8());
    return files;
}

TEST(Documentation, WorkedExampleLoadsAndFindsWhatItSays)
{
    const QHash<QString, QByteArray> files = documentedFiles();
    ASSERT_TRUE(files.contains(QStringLiteral("acme-types/acme-types.yml")))
        << qPrintable(files.keys().join(QLatin1Char(' ')));
    ASSERT_TRUE(files.contains(QStringLiteral("acme-types/rules/acme-rules.yml")));
    ASSERT_TRUE(files.contains(QStringLiteral("etcd-cluster.yml")));

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        QDir(dir.path()).mkpath(QFileInfo(dir.filePath(it.key())).path());
        QFile file(dir.filePath(it.key()));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(it.value());
    }
    TypeCatalog catalog;
    catalog.addBundledLibrary();
    Diagnostics added;
    ASSERT_TRUE(catalog.addLibrary(dir.filePath(QStringLiteral("acme-types")), &added))
        << qPrintable(added.isEmpty() ? QString() : added.first().toString());
    const LoadedTopology loaded
        = TopologyLoader(catalog).loadFile(dir.filePath(QStringLiteral("etcd-cluster.yml")));
    ASSERT_FALSE(hasErrors(loaded.diagnostics));

    Diagnostics diagnostics;
    Validator validator = Validator::structural();
    for (auto &rule :
         RulesFile::loadForArchives(loaded.dependencies, &diagnostics, loaded.types.get()))
        validator.addRule(std::move(rule));
    EXPECT_TRUE(diagnostics.isEmpty()) << qPrintable(diagnostics.first().toString());
    const Problems problems = validator.validate(
        ValidationContext(loaded.archive, *loaded.archive.topology, *loaded.types));

    // The README says what the example topology breaks: each of its three rules once.
    QStringList codes;
    for (const Problem &problem : problems)
        codes << problem.code + QLatin1Char(':') + problem.node;
    codes.sort();
    EXPECT_EQ(codes,
              (QStringList{QStringLiteral("ACME-ETCD-001:Etcd"),
                           QStringLiteral("ACME-ETCD-002:EtcdMachine"),
                           QStringLiteral("ACME-ETCD-003:EtcdMachine")}));
    for (const Problem &problem : problems)
        expectEachFixRepairs(loaded, problem);
}
