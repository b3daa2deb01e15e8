// SPDX-License-Identifier: GPL-3.0-or-later
// The validator kept current edit by edit must find what a full validation finds, and an edit
// of one agent of a large cluster must cost what it touches: the rule from each Marathon to
// every agent of its master (TOPO-MARATHON-003) is not walked again for it.
#include "qtprinters.h"
#include "testhelpers.h"

#include "catalog/topologyloader.h"
#include "validation/incrementalvalidator.h"
#include "validation/validationcontext.h"
#include "validation/validationrule.h"
#include "validation/validator.h"
#include "validation/validatorfactory.h"

#include <QTextStream>

#include <gtest/gtest.h>

using namespace Topologist;

namespace {

constexpr int Agents = 40;

/// One master machine with a MesosMaster and a Marathon, and `Agents` agent machines, each with
/// a Docker engine and an agent connected to both; every fifth agent lacks its Docker engine
/// connection, which TOPO-MARATHON-003 reports.
QByteArray cluster()
{
    QString yaml;
    QTextStream out(&yaml);
    out << "tosca_definitions_version: alien_dsl_1_4_0\n"
           "imports:\n  - tosca-normative-types:1.0.0-ALIEN14\n"
           "  - docker-engine-type:1.4.0-SNAPSHOT\n  - mesos-types:1.4.0-SNAPSHOT\n"
           "topology_template:\n  node_templates:\n"
           "    MasterCompute:\n      type: tosca.nodes.Compute\n"
           "    MesosMaster:\n      type: org.alien4cloud.nodes.MesosMaster\n"
           "      requirements:\n        - host: MasterCompute\n"
           "    Marathon:\n      type: org.alien4cloud.nodes.Marathon\n"
           "      requirements:\n        - host: MesosMaster\n";
    for (int i = 1; i <= Agents; ++i) {
        out << "    SlaveCompute_" << i << ":\n      type: tosca.nodes.Compute\n";
        out << "    DockerEngine_" << i << ":\n      type: org.alien4cloud.nodes.DockerEngine\n"
            << "      requirements:\n        - host: SlaveCompute_" << i << "\n";
        out << "    MesosSlave_" << i << ":\n      type: org.alien4cloud.nodes.MesosSlave\n"
            << "      requirements:\n        - host: SlaveCompute_" << i << "\n"
            << "        - master: MesosMaster\n";
        if (i % 5 != 0)
            out << "        - docker_cli: DockerEngine_" << i << "\n";
    }
    out.flush();
    return yaml.toUtf8();
}

QStringList lines(const Problems &problems)
{
    QStringList list;
    for (const Problem &p : problems) {
        list << QStringLiteral("%1 %2 [%3] %4 (%5 fixes)")
                    .arg(p.code, p.node, p.member.toString(), p.message)
                    .arg(p.fixes.size());
    }
    list.sort();
    return list;
}

class IncrementalValidatorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_loaded = TopologyLoader(Topologist::Test::bundledCatalog())
                       .loadBytes(cluster(), "cluster.yml");
        ASSERT_TRUE(m_loaded.readable) << Topologist::Test::describe(m_loaded.diagnostics);
        Diagnostics diagnostics;
        m_validator
            = ValidatorFactory::create(m_loaded.dependencies, &diagnostics, m_loaded.types.get());
        m_incremental.emplace(m_validator);
        const ValidationContext context(m_loaded.archive, topology(), *m_loaded.types);
        m_incremental->validateAll(context);
    }

    TopologyTemplate &topology() { return *m_loaded.archive.topology; }
    NodeTemplate node(const char *name) { return *topology().node(QString::fromLatin1(name)); }
    void replace(const char *name, const NodeTemplate &node)
    {
        topology().replaceNode(topology().indexOf(QString::fromLatin1(name)), node);
    }

    /// Tells the validator which nodes changed; its problems must then be a full validation's.
    void changed(const QSet<QString> &names, const char *what)
    {
        m_incremental->update(m_loaded.archive, *m_loaded.types, names);
        const ValidationContext context(m_loaded.archive, topology(), *m_loaded.types);
        EXPECT_EQ(lines(m_incremental->problems()), lines(m_validator->validate(context)))
            << "after " << what;
    }
    int walks() const { return m_incremental->startRuleWork().first; }
    int evaluations() const { return m_incremental->startRuleWork().second; }
    int marathonProblems() const
    {
        int count = 0;
        for (const Problem &p : m_incremental->problems())
            count += p.code == QLatin1String("TOPO-MARATHON-003") ? 1 : 0;
        return count;
    }

    LoadedTopology m_loaded;
    std::shared_ptr<Validator> m_validator;
    std::optional<IncrementalValidator> m_incremental;
};

} // namespace

TEST_F(IncrementalValidatorTest, TheClusterHasTheAgentsWithoutDockerAsProblems)
{
    EXPECT_EQ(marathonProblems(), Agents / 5);
}

TEST_F(IncrementalValidatorTest, RenamingAnAgentMachineDoesNotWalkEveryAgentAgain)
{
    NodeTemplate machine = node("SlaveCompute_7");
    machine.name = QStringLiteral("Renamed");
    replace("SlaveCompute_7", machine);
    for (const char *hosted : {"DockerEngine_7", "MesosSlave_7"}) {
        NodeTemplate n = node(hosted);
        n.requirements[0].node = QStringLiteral("Renamed");
        replace(hosted, n);
    }
    changed({QStringLiteral("SlaveCompute_7"),
             QStringLiteral("Renamed"),
             QStringLiteral("DockerEngine_7"),
             QStringLiteral("MesosSlave_7")},
            "a rename");
    EXPECT_EQ(walks(), 0);
    EXPECT_LE(evaluations(), 2 + Agents / 5); // the agent, and the standing findings
}

TEST_F(IncrementalValidatorTest, AnAgentJoinsAndLeavesTheMarathonsAgentsOnItsOwn)
{
    NodeTemplate agent = node("MesosSlave_5"); // no Docker engine connection
    agent.name = QStringLiteral("NewAgent");
    topology().insertNode(topology().nodeCount(), agent);
    changed({QStringLiteral("NewAgent")}, "a new agent without Docker");
    EXPECT_EQ(walks(), 0);
    EXPECT_EQ(marathonProblems(), Agents / 5 + 1);

    agent.requirements.removeAt(1); // its master
    replace("NewAgent", agent);
    changed({QStringLiteral("NewAgent")}, "the new agent cut from the master");
    EXPECT_EQ(walks(), 0);
    EXPECT_EQ(marathonProblems(), Agents / 5);

    NodeTemplate retyped = node("MesosSlave_10");
    retyped.type = QStringLiteral("tosca.nodes.SoftwareComponent");
    replace("MesosSlave_10", retyped);
    changed({QStringLiteral("MesosSlave_10")}, "an agent that is no agent any more");
    EXPECT_EQ(walks(), 0);
    EXPECT_EQ(marathonProblems(), Agents / 5 - 1);

    topology().removeNodeAt(topology().indexOf(QStringLiteral("MesosSlave_15")));
    changed({QStringLiteral("MesosSlave_15")}, "an agent deleted");
    EXPECT_EQ(walks(), 0);
    EXPECT_EQ(marathonProblems(), Agents / 5 - 2);
    EXPECT_LE(evaluations(), Agents / 5);
}

TEST_F(IncrementalValidatorTest, EditsOfTheWayItselfWalkItAgain)
{
    NodeTemplate master = node("MesosMaster");
    master.name = QStringLiteral("Master");
    replace("MesosMaster", master);
    QSet<QString> names{QStringLiteral("MesosMaster"), QStringLiteral("Master")};
    for (NodeTemplate n : topology().nodes()) {
        bool pointed = false;
        for (RequirementAssignment &r : n.requirements) {
            if (r.node == QLatin1String("MesosMaster")) {
                r.node = QStringLiteral("Master");
                pointed = true;
            }
        }
        if (pointed) {
            names.insert(n.name);
            topology().replaceNode(topology().indexOf(n.name), n);
        }
    }
    changed(names, "the master renamed");
    EXPECT_EQ(walks(), 1);
    EXPECT_EQ(marathonProblems(), Agents / 5);

    NodeTemplate marathon = node("Marathon");
    marathon.requirements.clear();
    replace("Marathon", marathon);
    changed({QStringLiteral("Marathon")}, "the Marathon taken off its master");
    EXPECT_EQ(walks(), 1);
    EXPECT_EQ(marathonProblems(), 0);
}

namespace {

/// Counts how often the validator runs it; it reads the structure only.
class StructureCounter : public ValidationRule
{
public:
    explicit StructureCounter(int *runs)
        : m_runs(runs)
    {}
    QString id() const override { return QStringLiteral("structure-counter"); }
    bool readsStructureOnly() const override { return true; }
    void checkTopology(const ValidationContext &, Problems *) const override { ++*m_runs; }

private:
    int *m_runs;
};

} // namespace

TEST_F(IncrementalValidatorTest, RulesOfTheStructureRunOnlyWhenTheStructureChanges)
{
    int runs = 0;
    m_validator->addRule(std::make_unique<StructureCounter>(&runs));
    const auto runsAfterEdit = [&](const char *name, const NodeTemplate &edited) {
        replace(name, edited);
        const int before = runs;
        m_incremental->update(m_loaded.archive, *m_loaded.types, {QString::fromLatin1(name)});
        return runs - before;
    };
    // A property edit leaves types and requirements as they were: the rule's problems stand.
    NodeTemplate slave = node("MesosSlave_1");
    slave.properties.insert(QStringLiteral("port"), Value::scalar(QStringLiteral("5052")));
    EXPECT_EQ(runsAfterEdit("MesosSlave_1", slave), 0);
    // A requirement gone changes the structure; so does another type.
    slave.requirements.removeLast();
    EXPECT_EQ(runsAfterEdit("MesosSlave_1", slave), 1);
    NodeTemplate engine = node("DockerEngine_2");
    engine.type = QStringLiteral("tosca.nodes.SoftwareComponent");
    EXPECT_EQ(runsAfterEdit("DockerEngine_2", engine), 1);
    // And what the incremental validator keeps is still what a full validation finds.
    changed({}, "the edits above");
}

TEST_F(IncrementalValidatorTest, AnInstallOrderLoopMadeAndUndoneByEditsIsFoundAsAFullCheckFindsIt)
{
    // The engine depends on the agent that uses it: each waits for the other.
    NodeTemplate engine = node("DockerEngine_1");
    const NodeTemplate plain = engine;
    RequirementAssignment dependency;
    dependency.name = QStringLiteral("dependency");
    dependency.node = QStringLiteral("MesosSlave_1");
    engine.requirements.append(dependency);
    replace("DockerEngine_1", engine);
    changed({QStringLiteral("DockerEngine_1")}, "a loop made");
    bool loop = false;
    for (const Problem &p : m_incremental->problems())
        loop = loop || p.code == QLatin1String("TOPO-WF-001");
    EXPECT_TRUE(loop);
    replace("DockerEngine_1", plain);
    changed({QStringLiteral("DockerEngine_1")}, "the loop undone");
}
