// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologygenerator.h"

#include <array>

namespace Topologist::Test {

namespace {

struct Requirement
{
    const char *name;
    int target; // index inside the group
    const char *capability;
    const char *relationship;
};

struct NodeShape
{
    const char *prefix;
    const char *type;
    const char *body; // properties/capabilities block, already indented for a node template
    std::array<Requirement, 4> requirements;
};

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

const std::array<NodeShape, TopologyGenerator::GroupSize> &shapes()
{
    static const std::array<NodeShape, TopologyGenerator::GroupSize> groups = {{
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

QByteArray nodeName(int group, int index)
{
    return QByteArray(shapes()[size_t(index)].prefix) + '_' + QByteArray::number(group);
}

} // namespace

TopologyGenerator::TopologyGenerator(int nodeCount)
    : m_nodeCount(qMax(0, nodeCount))
{}

int TopologyGenerator::relationshipCount() const
{
    int count = 0;
    for (int i = 0; i < m_nodeCount; ++i) {
        const int group = i / GroupSize;
        const int inGroupCount = qMin(GroupSize, m_nodeCount - group * GroupSize);
        for (const Requirement &r : shapes()[size_t(i % GroupSize)].requirements) {
            if (r.name && r.target < inGroupCount)
                ++count;
        }
    }
    return count;
}

QStringList TopologyGenerator::nodeNames() const
{
    QStringList names;
    names.reserve(m_nodeCount);
    for (int i = 0; i < m_nodeCount; ++i)
        names << QString::fromLatin1(nodeName(i / GroupSize, i % GroupSize));
    return names;
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
    if (m_withLayout) {
        // The same `name x y;...` form ToscaWriter saves: ten columns per group, one row each.
        out += "  topologist_layout: \"";
        for (int i = 0; i < m_nodeCount; ++i) {
            if (i > 0)
                out += ';';
            out += nodeName(i / GroupSize, i % GroupSize) + ' '
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
    for (int i = 0; i < m_nodeCount; ++i) {
        const int group = i / GroupSize;
        const int inGroupCount = qMin(GroupSize, m_nodeCount - group * GroupSize);
        const NodeShape &shape = shapes()[size_t(i % GroupSize)];
        out += "    " + nodeName(group, i % GroupSize) + ":\n";
        out += QByteArray("      type: ") + shape.type + '\n';
        out += shape.body;
        bool first = true;
        for (const Requirement &r : shape.requirements) {
            if (!r.name || r.target >= inGroupCount)
                continue;
            if (first)
                out += "      requirements:\n";
            first = false;
            out += QByteArray("        - ") + r.name + ":\n";
            out += "            node: " + nodeName(group, r.target) + '\n';
            out += QByteArray("            capability: ") + r.capability + '\n';
            out += QByteArray("            relationship: ") + r.relationship + '\n';
        }
    }
    return out;
}

} // namespace Topologist::Test
