// SPDX-License-Identifier: GPL-3.0-or-later
// Walks every quick fix the validator offers on the four published Mesos templates and on
// variants of them that break each Mesos, Marathon and Aurora rule: each fix, applied alone to a
// fresh copy, must remove the problem it was offered for and must not make any rule newly fail
// with an error. This is what keeps a rule's fix and the types' node filters in agreement (a
// TOPO-MESOS-003 fix proposing a system the hosts' filter refuses would show up here as a new
// TOPO-FILTER-002).
#include "testhelpers.h"
#include "testpaths.h"

#include "catalog/topologyloader.h"
#include "catalog/typecatalog.h"
#include "validation/quickfixapplier.h"
#include "validation/validationcontext.h"
#include "validation/validator.h"
#include "validation/validatorfactory.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

#include <utility>

using namespace Topologist;

namespace {

/// One text change: the first `from` after the first `anchor` (a node name) becomes `to`.
struct Edit
{
    QByteArray anchor;
    QByteArray from;
    QByteArray to;
};

/// A published template, possibly broken on purpose, and the codes its problems must include.
struct Variant
{
    const char *name;
    const char *topology; // short name, see Test::publishedTopology()
    QList<Edit> edits;
    QStringList expectedCodes;
};

QByteArray applyEdits(QByteArray text, const QList<Edit> &edits)
{
    for (const Edit &edit : edits) {
        const qsizetype anchor = text.indexOf(edit.anchor);
        EXPECT_GE(anchor, 0) << edit.anchor.constData();
        const qsizetype at = text.indexOf(edit.from, std::max<qsizetype>(anchor, 0));
        EXPECT_GE(at, 0) << edit.from.constData() << " after " << edit.anchor.constData();
        if (anchor >= 0 && at >= 0)
            text.replace(at, edit.from.size(), edit.to);
    }
    return text;
}

Problems validate(const ToscaArchive &archive, const LoadedTopology &loaded)
{
    Diagnostics diagnostics;
    const auto validator
        = ValidatorFactory::create(loaded.dependencies, &diagnostics, loaded.types.get());
    EXPECT_TRUE(diagnostics.isEmpty()) << Test::describe(diagnostics);
    const ValidationContext context(archive, *archive.topology, *loaded.types);
    return validator->validate(context);
}

/// A rule failing on a node; the member is left out on purpose: a fix that moves a rule's
/// complaint from os.distribution to os.version on the same machine made nothing newly fail.
QString ruleOnNode(const Problem &problem)
{
    return problem.code + QLatin1Char('|') + problem.node;
}

QSet<QString> errorKeys(const Problems &problems)
{
    QSet<QString> keys;
    for (const Problem &problem : problems) {
        if (problem.severity == Severity::Error)
            keys.insert(ruleOnNode(problem));
    }
    return keys;
}

/// Applies `fix` of `problem` to a copy of `loaded` and checks the result.
void expectFixRepairs(const LoadedTopology &loaded,
                      const QSet<QString> &errorsBefore,
                      const Problem &problem,
                      const QuickFix &fix)
{
    SCOPED_TRACE(problem.toString().toStdString() + "\n  fix: " + fix.description.toStdString());
    ToscaArchive fixed = loaded.archive;
    QString why;
    ASSERT_TRUE(QuickFixApplier::apply(&*fixed.topology, fix, &why)) << why.toStdString();
    for (const Problem &after : validate(fixed, loaded)) {
        EXPECT_FALSE(after.code == problem.code && after.node == problem.node
                     && after.member == problem.member)
            << "still there: " << after.toString().toStdString();
        if (after.severity == Severity::Error) {
            EXPECT_TRUE(errorsBefore.contains(ruleOnNode(after)))
                << "new error: " << after.toString().toStdString();
        }
    }
}

const QString mesosQuorum = QStringLiteral("TOPO-MESOS-001");
const QString mesosQuorumRange = QStringLiteral("TOPO-MESOS-002");
const QString mesosOs = QStringLiteral("TOPO-MESOS-003");
const QString marathonOs = QStringLiteral("TOPO-MARATHON-001");
const QString marathonMesos = QStringLiteral("TOPO-MARATHON-002");
const QString marathonDocker = QStringLiteral("TOPO-MARATHON-003");
const QString auroraOs = QStringLiteral("TOPO-AURORA-001");
const QString auroraMesos = QStringLiteral("TOPO-AURORA-002");
const QString nodeFilter = QStringLiteral("TOPO-FILTER-002");

/// Moves the machine `compute` of a published template to another system.
QList<Edit>
onSystem(const QByteArray &compute, const QByteArray &distribution, const QByteArray &version)
{
    return {{compute + ':', "distribution: ubuntu", "distribution: " + distribution},
            {compute + ':', "version: 14.04", "version: " + version}};
}

const QList<Variant> &variants()
{
    static const QList<Variant> all{
        {"MesosHa", "mesos-ha", {}, {mesosQuorumRange}},
        {"Aurora", "aurora", {}, {mesosQuorumRange}},
        {"Marathon", "marathon", {}, {mesosQuorumRange}},
        {"MarathonRexray", "marathon-rexray", {}, {}},
        {"MesosHaFourMasters",
         "mesos-ha",
         {{"Master_Compute:", "default_instances: 3", "default_instances: 4"}},
         {mesosQuorum, mesosQuorumRange}},
        {"MesosHaMastersOnFedora23",
         "mesos-ha",
         onSystem("Master_Compute", "fedora", "23"),
         {mesosOs, nodeFilter}},
        {"MesosHaAgentsOnRhel5", "mesos-ha", onSystem("Slave_Compute", "rhel", "5"), {mesosOs}},
        {"MesosHaAgentsOnDebian7", "mesos-ha", onSystem("Slave_Compute", "debian", "7"), {mesosOs}},
        {"MesosHaAgentsOnCentOs5",
         "mesos-ha",
         onSystem("Slave_Compute", "centos", "5.11"),
         {mesosOs}},
        {"MesosHaMastersOnUbuntu1604",
         "mesos-ha",
         onSystem("Master_Compute", "ubuntu", "16.04"),
         {mesosOs}},
        {"MesosHaMastersOnCentOsWithoutVersion",
         "mesos-ha",
         {{"Master_Compute:", "distribution: ubuntu", "distribution: centos"},
          {"Master_Compute:", "version: 14.04", "# no version"}},
         {mesosOs}},
        {"AuroraOnDebian8",
         "aurora",
         onSystem("Master_Compute", "debian", "8") + onSystem("Slave_Compute", "debian", "8"),
         {auroraOs}},
        {"AuroraOnCentOs6", "aurora", onSystem("Master_Compute", "centos", "6"), {auroraOs}},
        {"AuroraOnRhel7", "aurora", onSystem("Slave_Compute", "rhel", "7"), {auroraOs}},
        {"AuroraWithMesos140",
         "aurora",
         {{"org.alien4cloud.nodes.MesosMaster", "\"0.25.0-0.2.70\"", "\"1.4.0\""}},
         {auroraMesos}},
        {"AuroraWithTheLatestMesosOnTheAgents",
         "aurora",
         {{"org.alien4cloud.nodes.MesosSlave",
           "component_version: \"0.25.0-0.2.70\"",
           "# no component_version"}},
         {auroraMesos}},
        {"MarathonOnCentOs7", "marathon", onSystem("MasterCompute", "centos", "7"), {marathonOs}},
        {"MarathonOnDebian8",
         "marathon-rexray",
         onSystem("MasterCompute", "debian", "8"),
         {marathonOs}},
        {"MarathonWithMesos025",
         "marathon",
         {{"org.alien4cloud.nodes.MesosMaster",
           "port: 5050",
           "port: 5050\n       component_version: \"0.25.0-0.2.70\""}},
         {marathonMesos}},
        {"MarathonAgentWithoutDocker",
         "marathon",
         {{"MesosSlave_2:", "       - docker_cli:\n", "       - docker_unused:\n"}},
         {marathonDocker}},
    };
    return all;
}

/// The published template `topology` with `edits`, loaded against the bundled library.
LoadedTopology loadPublished(const char *topology, const QList<Edit> &edits)
{
    const QString path = Test::publishedTopology(QString::fromLatin1(topology));
    const QByteArray yaml = applyEdits(Test::readAll(path), edits);
    LoadedTopology loaded = TopologyLoader(Test::bundledCatalog())
                                .loadBytes(yaml, QString::fromLatin1(topology) + ".yml");
    EXPECT_TRUE(loaded.readable) << path.toStdString();
    EXPECT_FALSE(hasErrors(loaded.diagnostics)) << Test::describe(loaded.diagnostics);
    return loaded;
}

bool referenceAvailable()
{
    return QFile::exists(Test::publishedTopology(QStringLiteral("mesos-ha")));
}

class QuickFixWalk : public ::testing::TestWithParam<int>
{
};

} // namespace

TEST_P(QuickFixWalk, EveryFixRemovesItsProblemAndAddsNoError)
{
    if (!referenceAvailable())
        GTEST_SKIP() << "the published Mesos blueprints are not under ../shared on this machine";
    const Variant &variant = variants()[GetParam()];
    const LoadedTopology loaded = loadPublished(variant.topology, variant.edits);
    ASSERT_TRUE(loaded.readable && loaded.archive.topology);
    const Problems problems = validate(loaded.archive, loaded);
    QStringList codes;
    for (const Problem &problem : problems)
        codes << problem.code;
    for (const QString &expected : variant.expectedCodes)
        EXPECT_TRUE(codes.contains(expected)) << expected.toStdString() << " not among "
                                              << codes.join(QLatin1Char(' ')).toStdString();

    const QSet<QString> errorsBefore = errorKeys(problems);
    for (const Problem &problem : problems) {
        for (const QuickFix &fix : problem.fixes)
            expectFixRepairs(loaded, errorsBefore, problem, fix);
    }
}

INSTANTIATE_TEST_SUITE_P(PublishedTemplates,
                         QuickFixWalk,
                         ::testing::Range(0, int(variants().size())),
                         [](const ::testing::TestParamInfo<int> &param) {
                             return std::string(variants()[param.param].name);
                         });

// The variants above offer fixes for every Mesos, Marathon and Aurora rule, and for the node
// filter: the walk reaches each of them.
TEST(QuickFixWalkCoverage, TheVariantsOfferAFixForEveryMesosRule)
{
    if (!referenceAvailable())
        GTEST_SKIP() << "the published Mesos blueprints are not under ../shared on this machine";
    QSet<QString> offered;
    for (const Variant &variant : variants()) {
        const LoadedTopology loaded = loadPublished(variant.topology, variant.edits);
        ASSERT_TRUE(loaded.readable && loaded.archive.topology) << variant.name;
        for (const Problem &problem : validate(loaded.archive, loaded)) {
            if (!problem.fixes.isEmpty())
                offered.insert(problem.code);
        }
    }
    for (const QString &code : {mesosQuorum,
                                mesosQuorumRange,
                                mesosOs,
                                marathonOs,
                                marathonMesos,
                                marathonDocker,
                                auroraOs,
                                auroraMesos,
                                nodeFilter})
        EXPECT_TRUE(offered.contains(code)) << code.toStdString();
}

namespace {

/// The systems TOPO-MESOS-003 accepts, "distribution version", read from the rules file the
/// library ships (its one_of alternatives).
QStringList systemsTheMesosRuleAccepts()
{
    const QString rules = QString::fromUtf8(Test::readAll(
        Test::sourcePath(QStringLiteral("resources/types/mesos-types/rules/mesos-rules.yml"))));
    const qsizetype start = rules.indexOf(QLatin1String("code: TOPO-MESOS-003"));
    const qsizetype end = rules.indexOf(QLatin1String("- code:"), start);
    const QRegularExpression alternative(QStringLiteral(
        R"re(capabilities\.os\.distribution: (\w+), capabilities\.os\.version: "([\d.]+)")re"));
    QStringList systems;
    auto match = alternative.globalMatch(rules.mid(start, end - start));
    while (match.hasNext()) {
        const QRegularExpressionMatch found = match.next();
        systems << found.captured(1) + QLatin1Char(' ') + found.captured(2);
    }
    return systems;
}

Problems errorsOf(const Problems &problems)
{
    Problems errors;
    for (const Problem &problem : problems) {
        if (problem.severity == Severity::Error)
            errors.append(problem);
    }
    return errors;
}

} // namespace

// The rule TOPO-MESOS-003 and the hosts' node filters agree: on every system the rule accepts,
// the published Mesos cluster, and Marathon's agents with their Docker engines, give no error
// at all. So the rule's quick fix, which proposes one of these systems, cannot lead into
// TOPO-FILTER-002.
TEST(RuleAndFilters, EverySystemTheMesosRuleAcceptsPassesTheHostFilters)
{
    if (!referenceAvailable())
        GTEST_SKIP() << "the published Mesos blueprints are not under ../shared on this machine";
    const QStringList systems = systemsTheMesosRuleAccepts();
    // The systems the Mesos blueprints promise, Ubuntu 14.04 (recommended) first.
    EXPECT_EQ(systems,
              (QStringList{QStringLiteral("ubuntu 14.04"),
                           QStringLiteral("centos 7"),
                           QStringLiteral("centos 6"),
                           QStringLiteral("rhel 7"),
                           QStringLiteral("rhel 6"),
                           QStringLiteral("debian 8")}));
    for (const QString &system : systems) {
        SCOPED_TRACE(system.toStdString());
        const QByteArray distribution = system.section(QLatin1Char(' '), 0, 0).toUtf8();
        const QByteArray version = system.section(QLatin1Char(' '), 1, 1).toUtf8();
        const LoadedTopology mesos
            = loadPublished("mesos-ha",
                            onSystem("Master_Compute", distribution, version)
                                + onSystem("Slave_Compute", distribution, version));
        ASSERT_TRUE(mesos.readable && mesos.archive.topology);
        for (const Problem &problem : errorsOf(validate(mesos.archive, mesos)))
            ADD_FAILURE() << problem.toString().toStdString();

        // Marathon itself stays on Ubuntu 14.04, the only system it is implemented for.
        const LoadedTopology marathon
            = loadPublished("marathon",
                            onSystem("SlaveCompute", distribution, version)
                                + onSystem("SlaveCompute_2", distribution, version));
        ASSERT_TRUE(marathon.readable && marathon.archive.topology);
        for (const Problem &problem : errorsOf(validate(marathon.archive, marathon)))
            ADD_FAILURE() << problem.toString().toStdString();
    }
}
