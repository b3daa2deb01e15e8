// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologygenerator.h"

#include "groupednodes.h"

namespace Topologist::Test {

namespace {

using Requirement = GeneratedRequirement;
using NodeShape = GeneratedNodeShape;

const char computeBody[] = "      capabilities:\n"
                           "        scalable:\n"
                           "          properties:\n"
                           "            min_instances: 1\n"
                           "            max_instances: 5\n"
                           "            default_instances: 1\n"
                           "        os:\n"
                           "          properties:\n"
                           "            type: linux\n"
                           "            distribution: ubuntu\n"
                           "            version: 14.04\n"
                           "            architecture: x86_64\n";
const char masterBody[] = "      properties:\n"
                          "        log_dir: /var/log/mesos\n"
                          "        cluster_name: Mesos with A4C\n"
                          "        port: 5050\n"
                          "        work_dir: /var/lib/mesos\n";
const char slaveBody[] = "      properties:\n"
                         "        log_dir: /var/log/mesos\n"
                         "        port: 5051\n"
                         "        work_dir: /var/lib/mesos\n"
                         "        isolation: 'posix/cpu,posix/mem'\n";
const char dnsBody[] = "      properties:\n"
                       "        cpu_alloc: 1.0\n"
                       "        mem_alloc: 512\n";

const char hostedOn[] = "tosca.relationships.HostedOn";
const char container[] = "tosca.capabilities.Container";

// Indices inside a group.
enum {
    MasterCompute,
    MesosMaster,
    Marathon,
    SlaveCompute,
    Docker,
    Slave,
    SlaveComputeB,
    DockerB,
    SlaveB,
    Dns
};

const GroupedNodes::Shapes &shapes()
{
    static const GroupedNodes::Shapes groups = {{
        {"MasterCompute", "tosca.nodes.Compute", computeBody, {}},
        {"MesosMaster",
         "org.alien4cloud.nodes.MesosMaster",
         masterBody,
         {{{"host", MasterCompute, container, hostedOn}}}},
        {"Marathon",
         "org.alien4cloud.nodes.Marathon",
         "",
         {{{"host", MesosMaster, "org.alien4cloud.capabilities.MesosMasterHost", hostedOn}}}},
        {"SlaveCompute", "tosca.nodes.Compute", computeBody, {}},
        {"DockerEngine",
         "org.alien4cloud.nodes.DockerEngine",
         "",
         {{{"host", SlaveCompute, container, hostedOn}}}},
        {"MesosSlave",
         "org.alien4cloud.nodes.MesosSlave",
         slaveBody,
         {{{"host", SlaveCompute, container, hostedOn},
           {"master",
            MesosMaster,
            "org.alien4cloud.capabilities.MesosMaster",
            "org.alien4cloud.relationships.MesosSlaveConnectsToMaster"},
           {"docker_cli",
            Docker,
            "org.alien4cloud.capabilities.DockerCLI",
            "org.alien4cloud.relationships.MesosSlaveDependsOnDocker"},
           {"dns_server",
            Dns,
            "org.alien4cloud.capabilities.MesosDNS",
            "org.alien4cloud.relationships.MesosSlaveConnectsToDNS"}}}},
        {"SlaveComputeB", "tosca.nodes.Compute", computeBody, {}},
        {"DockerEngineB",
         "org.alien4cloud.nodes.DockerEngine",
         "",
         {{{"host", SlaveComputeB, container, hostedOn}}}},
        {"MesosSlaveB",
         "org.alien4cloud.nodes.MesosSlave",
         slaveBody,
         {{{"host", SlaveComputeB, container, hostedOn},
           {"master",
            MesosMaster,
            "org.alien4cloud.capabilities.MesosMaster",
            "org.alien4cloud.relationships.MesosSlaveConnectsToMaster"},
           {"docker_cli",
            DockerB,
            "org.alien4cloud.capabilities.DockerCLI",
            "org.alien4cloud.relationships.MesosSlaveDependsOnDocker"}}}},
        {"MesosDNS",
         "org.alien4cloud.nodes.MesosDNS",
         dnsBody,
         {{{"host", SlaveB, "org.alien4cloud.capabilities.MesosSlaveHost", hostedOn},
           {"marathon",
            Marathon,
            "org.alien4cloud.capabilities.MarathonMaster",
            "org.alien4cloud.relationships.MesosDNSConnectsToMaster"}}}},
    }};
    return groups;
}

} // namespace

TopologyGenerator::TopologyGenerator(int nodeCount)
    : m_nodeCount(qMax(0, nodeCount))
{}

int TopologyGenerator::relationshipCount() const
{
    return GroupedNodes(shapes(), m_nodeCount).relationshipCount();
}

QStringList TopologyGenerator::nodeNames() const
{
    return GroupedNodes(shapes(), m_nodeCount).nodeNames();
}

QByteArray TopologyGenerator::yaml() const
{
    QByteArray out;
    out.reserve(m_nodeCount * 700 + 1024);
    out += "tosca_definitions_version: alien_dsl_1_4_0\n\n"
           "metadata:\n"
           "  template_name: generated-topology\n"
           "  template_version: 1.0.0-SNAPSHOT\n"
           "  template_author: topologist-tests\n";
    const GroupedNodes nodes(shapes(), m_nodeCount);
    if (m_withLayout) {
        // The same `name x y;...` form ToscaWriter saves: ten columns per group, one row each.
        out += "  topologist_layout: \"";
        for (int i = 0; i < m_nodeCount; ++i) {
            if (i > 0)
                out += ';';
            out += nodes.nodeName(i / GroupSize, i % GroupSize) + ' '
                   + QByteArray::number((i % GroupSize) * 180) + ' '
                   + QByteArray::number((i / GroupSize) * 120);
        }
        out += "\"\n";
    }
    out += "\ndescription: \"Generated Mesos topology of " + QByteArray::number(m_nodeCount)
           + " node templates.\"\n\n"
             "imports:\n"
             "  - tosca-normative-types:1.0.0-ALIEN14\n"
             "  - docker-engine-type:1.4.0-SNAPSHOT\n"
             "  - mesos-types:1.4.0-SNAPSHOT\n\n"
             "topology_template:\n"
             "  node_templates:\n";
    nodes.appendNodeTemplates(&out);
    return out;
}

} // namespace Topologist::Test
