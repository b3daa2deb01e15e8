// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardtoscagenerator.h"

#include "groupednodes.h"

namespace Topologist::Test {

namespace {

using Requirement = GeneratedRequirement;
using NodeShape = GeneratedNodeShape;

// Indices inside a group.
enum { WebHost, WebServer, WebApp, Monitor, Volume, DbHost, Dbms, Database, Files, Balancer };

const char webHostBody[] = "      capabilities:\n"
                           "        host:\n"
                           "          properties:\n"
                           "            num_cpus: 2\n"
                           "            mem_size: 4 GB\n"
                           "            disk_size: 20 GB\n"
                           "        os:\n"
                           "          properties:\n"
                           "            architecture: x86_64\n"
                           "            type: linux\n"
                           "            distribution: ubuntu\n"
                           "            version: 22.04\n"
                           "        scalable:\n"
                           "          properties:\n"
                           "            min_instances: 1\n"
                           "            max_instances: 3\n"
                           "            default_instances: 1\n";
const char dbHostBody[] = "      capabilities:\n"
                          "        host:\n"
                          "          properties:\n"
                          "            num_cpus: 4\n"
                          "            mem_size: 16 GB\n"
                          "            disk_size: 100 GB\n"
                          "        os:\n"
                          "          properties:\n"
                          "            architecture: x86_64\n"
                          "            type: linux\n"
                          "            distribution: rhel\n"
                          "            version: 9.2\n";
const char webServerBody[] = "      properties:\n"
                             "        component_version: 2.4.57\n";
const char webAppBody[] = "      properties:\n"
                          "        context_root: /shop-@\n";
const char monitorBody[] = "      description: Collects the web server's metrics.\n"
                           "      properties:\n"
                           "        component_version: 1.6\n"
                           "        admin_credential:\n"
                           "          user: monitor\n"
                           "          token: { get_input: monitor_token }\n";
const char volumeBody[] = "      properties:\n"
                          "        size: 10 GB\n";
const char dbmsBody[] = "      properties:\n"
                        "        component_version: 8.0\n"
                        "        root_password: { get_input: db_root_password }\n"
                        "        port: 3306\n";
const char databaseBody[] = "      properties:\n"
                            "        name: shop_@\n"
                            "        user: shop\n"
                            "        password: { get_input: db_password }\n"
                            "        port: { get_property: [ DBMS_@, port ] }\n";
const char filesBody[] = "      properties:\n"
                         "        name: shop-files-@\n"
                         "        size: 1 GB\n"
                         "        maxsize: 10 GB\n";
const char balancerBody[] = "      properties:\n"
                            "        algorithm: round_robin\n";

const char container[] = "tosca.capabilities.Container";
const char hostedOn[] = "tosca.relationships.HostedOn";
const char attachesTo[] = "\n"
                          "              type: tosca.relationships.AttachesTo\n"
                          "              properties:\n"
                          "                location: /var/lib/shop\n";

const GroupedNodes::Shapes &shapes()
{
    static const GroupedNodes::Shapes group = {{
        {"WebHost",
         "tosca.nodes.Compute",
         webHostBody,
         {{{"local_storage", Volume, "tosca.capabilities.Attachment", attachesTo}}}},
        {"WebServer",
         "tosca.nodes.WebServer",
         webServerBody,
         {{{"host", WebHost, container, hostedOn}}}},
        {"WebApp",
         "tosca.nodes.WebApplication",
         webAppBody,
         {{{"host", WebServer, container, hostedOn},
           {"dependency", Database, "tosca.capabilities.Node", "tosca.relationships.DependsOn"}}}},
        {"Monitor",
         "tosca.nodes.SoftwareComponent",
         monitorBody,
         {{{"host", WebHost, container, hostedOn},
           {"dependency", WebServer, "tosca.capabilities.Node", "tosca.relationships.DependsOn"}}}},
        {"Volume", "tosca.nodes.BlockStorage", volumeBody, {}},
        {"DbHost", "tosca.nodes.Compute", dbHostBody, {}},
        {"DBMS", "tosca.nodes.DBMS", dbmsBody, {{{"host", DbHost, container, hostedOn}}}},
        {"Database", "tosca.nodes.Database", databaseBody, {{{"host", Dbms, container, hostedOn}}}},
        {"Files", "tosca.nodes.ObjectStorage", filesBody, {}},
        {"Balancer",
         "tosca.nodes.LoadBalancer",
         balancerBody,
         {{{"application",
            WebApp,
            "tosca.capabilities.Endpoint",
            "tosca.relationships.RoutesTo"}}}},
    }};
    return group;
}

} // namespace

StandardToscaGenerator::StandardToscaGenerator(int nodeCount)
    : m_nodeCount(qMax(0, nodeCount))
{}

int StandardToscaGenerator::relationshipCount() const
{
    return GroupedNodes(shapes(), m_nodeCount).relationshipCount();
}

QStringList StandardToscaGenerator::nodeNames() const
{
    return GroupedNodes(shapes(), m_nodeCount).nodeNames();
}

QByteArray StandardToscaGenerator::yaml() const
{
    QByteArray out;
    out.reserve(m_nodeCount * 400 + 2048);
    out += "tosca_definitions_version: tosca_simple_yaml_1_0\n\n"
           "description: Generated three-tier web shops, "
           + QByteArray::number(m_nodeCount)
           + " node templates of the TOSCA normative types.\n\n"
             "metadata:\n"
             "  template_name: generated-shops\n"
             "  template_version: 1.0.0\n"
             "  template_author: topologist-tests\n\n"
             "topology_template:\n"
             "  inputs:\n"
             "    db_root_password:\n"
             "      type: string\n"
             "      description: Administrator password of every database server.\n"
             "      default: change-me\n"
             "    db_password:\n"
             "      type: string\n"
             "      default: shop-secret\n"
             "    monitor_token:\n"
             "      type: string\n"
             "      default: monitor-secret\n\n"
             "  node_templates:\n";
    GroupedNodes(shapes(), m_nodeCount).appendNodeTemplates(&out);
    if (m_nodeCount > DbHost) {
        out += "\n  outputs:\n"
               "    web_address:\n"
               "      description: Public address of the first web host.\n"
               "      value: { get_attribute: [ WebHost_0, public_address ] }\n"
               "    database_address:\n"
               "      value: { get_attribute: [ DbHost_0, private_address ] }\n";
    }
    return out;
}

} // namespace Topologist::Test
