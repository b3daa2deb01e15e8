// SPDX-License-Identifier: GPL-3.0-or-later
// Changing a node's type keeps what the new type (with what it inherits) declares and drops the
// rest, on the bundled Marathon example and the bundled type library.
#include "catalog/topologyloader.h"
#include "model/noderetyping.h"
#include "model/topologytemplate.h"
#include "testhelpers.h"
#include "types/typeregistry.h"

#include <gtest/gtest.h>

using namespace Topologist;
using Topologist::Test::bundledCatalog;
using Topologist::Test::bundledExample;

namespace {

class NodeRetypingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_loaded
            = TopologyLoader(bundledCatalog()).loadFile(bundledExample(QStringLiteral("marathon")));
        ASSERT_TRUE(m_loaded.readable);
        ASSERT_TRUE(m_loaded.types);
    }

    const NodeTemplate &node(const char *name) const
    {
        return *m_loaded.archive.topology->node(QLatin1String(name));
    }
    NodeRetyping retype(const char *name, const char *type) const
    {
        return NodeRetyping(
            node(name), *m_loaded.types, QLatin1String(type), &*m_loaded.archive.topology);
    }

    LoadedTopology m_loaded;
};

QStringList list(std::initializer_list<const char *> names)
{
    QStringList result;
    for (const char *n : names)
        result << QString::fromUtf8(n);
    return result;
}

} // namespace

TEST_F(NodeRetypingTest, keepsTheSharedPropertiesAndRequirementsAndDropsTheOthers)
{
    const NodeRetyping r = retype("MesosDNS", "org.alien4cloud.nodes.MarathonLB");
    ASSERT_TRUE(r.isValid());
    EXPECT_EQ(r.result().type, QStringLiteral("org.alien4cloud.nodes.MarathonLB"));
    EXPECT_EQ(r.keptProperties(), list({"cpu_alloc", "mem_alloc"}));
    EXPECT_TRUE(r.droppedProperties().isEmpty());
    EXPECT_EQ(r.keptRequirements(), list({"host → MesosSlave_2"}));
    EXPECT_EQ(r.droppedRequirements(), list({"marathon → Marathon"}));
    ASSERT_EQ(r.result().requirements.size(), 1);
    const RequirementAssignment &host = r.result().requirements.first();
    EXPECT_EQ(host, node("MesosDNS").requirements[1]) << "kept with its relationship";
    EXPECT_EQ(r.result().properties.value(QStringLiteral("mem_alloc")).text(),
              QStringLiteral("512"));
    EXPECT_FALSE(r.dropsNothing());
    EXPECT_FALSE(r.fits());
    // MarathonLB is hosted on Marathon; a Mesos agent does not offer that.
    EXPECT_EQ(r.unfitRequirements(), list({"host → MesosSlave_2"}));
    EXPECT_TRUE(NodeRetyping(node("MesosDNS"),
                             *m_loaded.types,
                             QStringLiteral("org.alien4cloud.nodes.MarathonLB"))
                    .unfitRequirements()
                    .isEmpty())
        << "not known without the topology";
}

TEST_F(NodeRetypingTest, inheritedDefinitionsCount)
{
    // WebServer declares no requirement of its own: host comes from SoftwareComponent, through
    // the resolved type. None of the Mesos master's properties is declared on the way.
    const NodeRetyping r = retype("MesosMaster", "tosca.nodes.WebServer");
    ASSERT_TRUE(r.isValid());
    EXPECT_TRUE(r.keptProperties().isEmpty());
    EXPECT_EQ(r.droppedProperties(), list({"log_dir", "cluster_name", "port", "work_dir"}));
    EXPECT_EQ(r.keptRequirements(), list({"host → MasterCompute"}));
    EXPECT_FALSE(r.result().properties.contains(QStringLiteral("port")));

    // The agent's own requirements go to the master; what both inherit or declare stays.
    const NodeRetyping agent = retype("MesosSlave", "org.alien4cloud.nodes.MesosMaster");
    EXPECT_EQ(agent.keptProperties(), list({"log_dir", "port", "work_dir"}));
    EXPECT_EQ(agent.droppedProperties(), list({"isolation"}));
    EXPECT_EQ(agent.keptRequirements(), list({"host → SlaveCompute"}));
    EXPECT_TRUE(agent.unfitRequirements().isEmpty()) << "a master runs on a Compute too";
    EXPECT_EQ(agent.droppedRequirements(),
              list({"master → MesosMaster", "docker_cli → DockerEngine", "dns_server → MesosDNS"}));
}

TEST_F(NodeRetypingTest, capabilityAssignmentsTheNewTypeLacksAreDropped)
{
    const NodeRetyping r = retype("MasterCompute", "tosca.nodes.BlockStorage");
    ASSERT_TRUE(r.isValid());
    EXPECT_TRUE(r.keptCapabilities().isEmpty());
    EXPECT_EQ(r.droppedCapabilities(), list({"scalable", "endpoint", "os"}));
    EXPECT_TRUE(r.result().capabilities.isEmpty());
    EXPECT_EQ(r.missingProperties(), list({"size"}));

    const NodeRetyping same = retype("MasterCompute", "tosca.nodes.Compute");
    EXPECT_EQ(same.keptCapabilities(), list({"scalable", "endpoint", "os"}));
    EXPECT_TRUE(same.changesNothing());
    EXPECT_TRUE(same.fits());
}

TEST_F(NodeRetypingTest, everythingElseOfTheNodeStays)
{
    const NodeTemplate &before = node("MesosSlave");
    const NodeRetyping r = retype("MesosSlave", "org.alien4cloud.nodes.MesosMaster");
    EXPECT_EQ(r.result().name, before.name);
    EXPECT_EQ(r.result().interfaces, before.interfaces);
    EXPECT_EQ(r.result().artifacts, before.artifacts);
    EXPECT_EQ(r.result().position, before.position);
    EXPECT_EQ(r.result().comments, before.comments);
}

TEST_F(NodeRetypingTest, anUnknownTypeIsNoRetyping)
{
    const NodeRetyping r = retype("MesosSlave", "org.example.NoSuchType");
    EXPECT_FALSE(r.isValid());
    EXPECT_FALSE(r.fits());
    EXPECT_EQ(r.result(), node("MesosSlave")) << "nothing changed";
}
