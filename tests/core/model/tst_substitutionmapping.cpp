// SPDX-License-Identifier: GPL-3.0-or-later
// The typed view of substitution_mappings: what it reads from Alien4Cloud's files, that putting
// an unchanged or edited view back keeps everything it does not model as written, and that a
// node renamed or deleted takes its mappings along.
#include "model/substitutionmapping.h"
#include "model/topologysections.h"
#include "testhelpers.h"
#include "testpaths.h"
#include "yaml/toscareader.h"
#include "yaml/toscawriter.h"

#include <QDirIterator>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;
using Side = SubstitutionMapping::Side;

namespace {

ToscaArchive read(const QByteArray &mapping)
{
    const QByteArray yaml = QByteArray("tosca_definitions_version: alien_dsl_1_4_0\n"
                                       "metadata:\n  template_name: t\n"
                                       "  template_version: 1.0.0-SNAPSHOT\n"
                                       "topology_template:\n  substitution_mappings:\n")
                            + mapping
                            + "  node_templates:\n"
                              "    Master:\n      type: org.alien4cloud.nodes.MesosMaster\n";
    Diagnostics diagnostics;
    ToscaArchive archive = ToscaReader().read(yaml, QStringLiteral("t.yml"), &diagnostics);
    EXPECT_FALSE(hasErrors(diagnostics)) << describe(diagnostics);
    EXPECT_TRUE(archive.topology.has_value());
    return archive;
}

Value mappingOf(const QByteArray &mapping)
{
    const ToscaArchive archive = read(mapping);
    return archive.topology ? archive.topology->substitutionMappings : Value();
}

SubstitutionTarget exposed(const QString &name, const QString &node, const QString &target)
{
    SubstitutionTarget t;
    t.name = name;
    t.node = node;
    t.target = target;
    return t;
}

QStringList names(const SubstitutionTargets &targets)
{
    QStringList list;
    for (const SubstitutionTarget &target : targets)
        list << target.name + QLatin1Char('=') + target.node + QLatin1Char('.') + target.target;
    return list;
}

} // namespace

TEST(SubstitutionMapping, readsTheAlien4CloudForm)
{
    const SubstitutionMapping mapping
        = SubstitutionMapping::read(mappingOf("    node_type: org.example.Service\n"
                                              "    capabilities:\n"
                                              "      http_endpoint: [ Grafana, http_endpoint ]\n"
                                              "      data: [ Graphite, data_endpoint ]\n"
                                              "    requirements:\n"
                                              "      network: [ Compute, network, "
                                              "org.example.ServiceLink ]\n"
                                              "    properties:\n"
                                              "      port: [ grafana_port ]\n"
                                              "      size: 3\n"));
    EXPECT_EQ(mapping.nodeType, QStringLiteral("org.example.Service"));
    EXPECT_GT(mapping.nodeTypeLocation.line, 0);
    EXPECT_EQ(names(mapping.capabilities),
              (QStringList{QStringLiteral("http_endpoint=Grafana.http_endpoint"),
                           QStringLiteral("data=Graphite.data_endpoint")}));
    ASSERT_EQ(mapping.requirements.size(), 1);
    EXPECT_EQ(mapping.requirements.front().relationship, QStringLiteral("org.example.ServiceLink"));
    EXPECT_TRUE(mapping.requirements.front().wellFormed);
    ASSERT_EQ(mapping.properties.size(), 2);
    EXPECT_EQ(mapping.properties[0].input, QStringLiteral("grafana_port"));
    EXPECT_FALSE(mapping.properties[1].isInputMapping()) << "a value, not an input";
    EXPECT_TRUE(mapping.extras.entries().empty());
    EXPECT_EQ(mapping.target(Side::Capabilities, QStringLiteral("data"))->node,
              QStringLiteral("Graphite"));
    EXPECT_EQ(mapping.target(Side::Requirements, QStringLiteral("data")), nullptr);
}

TEST(SubstitutionMapping, anEntryThatIsNoNodeAndNameIsKeptAsWrittenAndFlagged)
{
    const Value written = mappingOf("    node_type: org.example.Service\n"
                                    "    capabilities:\n"
                                    "      odd: Grafana\n"
                                    "      ok: [ Grafana, http ]\n");
    SubstitutionMapping mapping = SubstitutionMapping::read(written);
    ASSERT_EQ(mapping.capabilities.size(), 2);
    EXPECT_FALSE(mapping.capabilities[0].wellFormed);
    EXPECT_TRUE(mapping.capabilities[0].node.isEmpty());
    // Changing the other entry leaves it exactly as it was.
    mapping.capabilities[1].node = QStringLiteral("Other");
    const Value after = mapping.writtenOver(written);
    const Value *odd = after.value(QStringLiteral("capabilities")).find(QStringLiteral("odd"));
    ASSERT_NE(odd, nullptr);
    EXPECT_EQ(odd->text(), QStringLiteral("Grafana"));
    EXPECT_EQ(after.value(QStringLiteral("capabilities"))
                  .value(QStringLiteral("ok"))
                  .items()
                  .front()
                  .text(),
              QStringLiteral("Other"));
}

TEST(SubstitutionMapping, anUnchangedViewGivesTheSameSectionBack)
{
    const Value written = mappingOf("    requirements:\n"
                                    "      network: [ Compute, network ]\n"
                                    "    interfaces:\n"
                                    "      Standard: { create: install.sh }\n"
                                    "    node_type: org.example.Service\n");
    const Value back = SubstitutionMapping::read(written).writtenOver(written);
    EXPECT_EQ(back, written);
    EXPECT_EQ(back.keys(),
              (QStringList{QStringLiteral("requirements"),
                           QStringLiteral("interfaces"),
                           QStringLiteral("node_type")}));
}

TEST(SubstitutionMapping, anEditKeepsUnknownKeysAndTheOrderOfTheRest)
{
    const Value written = mappingOf("    requirements:\n"
                                    "      network: [ Compute, network ]\n"
                                    "    attributes:\n"
                                    "      ip: [ Compute, public_ip_address ]\n"
                                    "    node_type: org.example.Service\n");
    SubstitutionMapping mapping = SubstitutionMapping::read(written);
    EXPECT_EQ(mapping.extras.keys(), QStringList{QStringLiteral("attributes")});
    mapping.nodeType = QStringLiteral("org.example.Other");
    mapping.capabilities.append(
        exposed(QStringLiteral("api"), QStringLiteral("Web"), QStringLiteral("api")));
    const Value after = mapping.writtenOver(written);
    EXPECT_EQ(after.keys(),
              (QStringList{QStringLiteral("requirements"),
                           QStringLiteral("attributes"),
                           QStringLiteral("node_type"),
                           QStringLiteral("capabilities")}));
    EXPECT_EQ(after.value(QStringLiteral("attributes")),
              written.value(QStringLiteral("attributes")));
    EXPECT_EQ(after.value(QStringLiteral("node_type")).text(), QStringLiteral("org.example.Other"));
    EXPECT_EQ(SubstitutionMapping::read(after), mapping);
}

TEST(SubstitutionMapping, aMappingWithNothingLeftIsNoSection)
{
    const Value written = mappingOf("    node_type: org.example.Service\n"
                                    "    capabilities:\n      api: [ Web, api ]\n");
    SubstitutionMapping mapping = SubstitutionMapping::read(written);
    mapping.capabilities.clear();
    EXPECT_FALSE(mapping.writtenOver(written).contains(QStringLiteral("capabilities")));
    mapping.nodeType.clear();
    EXPECT_TRUE(mapping.isEmpty());
    EXPECT_TRUE(mapping.writtenOver(written).isNull());
    // And from nothing, a section is made.
    SubstitutionMapping made;
    made.nodeType = QStringLiteral("org.example.Service");
    const Value fresh = made.writtenOver(Value());
    EXPECT_EQ(fresh.value(QStringLiteral("node_type")).text(),
              QStringLiteral("org.example.Service"));
}

TEST(SubstitutionMapping, nodesAndInputsRenamedOrRemovedTakeTheirEntriesAlong)
{
    SubstitutionMapping mapping = SubstitutionMapping::read(
        mappingOf("    node_type: org.example.Service\n"
                  "    capabilities:\n      api: [ Web, api ]\n      admin: [ Db, admin ]\n"
                  "    requirements:\n      network: [ Web, network ]\n"
                  "    properties:\n      port: [ web_port ]\n"));
    EXPECT_TRUE(mapping.mentions(QStringLiteral("Web")));
    EXPECT_FALSE(mapping.mentions(QStringLiteral("Nope")));
    EXPECT_TRUE(mapping.renameNode(QStringLiteral("Web"), QStringLiteral("Front")));
    EXPECT_EQ(names(mapping.capabilities),
              (QStringList{QStringLiteral("api=Front.api"), QStringLiteral("admin=Db.admin")}));
    EXPECT_EQ(mapping.requirements.front().node, QStringLiteral("Front"));
    EXPECT_FALSE(mapping.renameNode(QStringLiteral("Web"), QStringLiteral("Again")));
    EXPECT_TRUE(mapping.removeNode(QStringLiteral("Front")));
    EXPECT_EQ(names(mapping.capabilities), QStringList{QStringLiteral("admin=Db.admin")});
    EXPECT_TRUE(mapping.requirements.isEmpty());
    EXPECT_TRUE(mapping.renameInput(QStringLiteral("web_port"), QStringLiteral("port")));
    EXPECT_EQ(mapping.properties.front().input, QStringLiteral("port"));
    EXPECT_TRUE(mapping.removeInput(QStringLiteral("port")));
    EXPECT_TRUE(mapping.properties.isEmpty());
}

TEST(SubstitutionMapping, topologySectionsCarryTheMappingThroughRenamesAndDeletes)
{
    ToscaArchive archive = read("    node_type: org.example.Service\n"
                                "    capabilities:\n      master: [ Master, master ]\n"
                                "      other: [ Elsewhere, x ]\n");
    TopologyTemplate &topology = *archive.topology;
    EXPECT_TRUE(TopologySections::mentionedIn(topology, QStringLiteral("Master")));
    TopologySections sections = TopologySections::of(topology);
    EXPECT_TRUE(sections.mentions(QStringLiteral("Master")));
    ASSERT_TRUE(sections.renameNode(QStringLiteral("Master"), QStringLiteral("Leader")));
    EXPECT_EQ(
        names(SubstitutionMapping::read(sections.substitutionMappings).capabilities),
        (QStringList{QStringLiteral("master=Leader.master"), QStringLiteral("other=Elsewhere.x")}));
    ASSERT_TRUE(sections.removeNode(QStringLiteral("Leader")));
    EXPECT_EQ(names(SubstitutionMapping::read(sections.substitutionMappings).capabilities),
              QStringList{QStringLiteral("other=Elsewhere.x")});
    EXPECT_NE(sections, TopologySections::of(topology));
    sections.applyTo(topology);
    EXPECT_EQ(topology.substitutionMappings, sections.substitutionMappings);
}

TEST(SubstitutionMapping, everyMappingOfTheCorpusReadsAndGoesBackUnchanged)
{
    const QString corpus = referencePath(QStringLiteral("../reference-corpus"));
    QDirIterator it(corpus,
                    {QStringLiteral("*.yml"), QStringLiteral("*.yaml")},
                    QDir::Files,
                    QDirIterator::Subdirectories);
    int seen = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = readAll(path);
        if (!bytes.contains("substitution_mappings"))
            continue;
        Diagnostics diagnostics;
        const ToscaArchive archive = ToscaReader().read(bytes, path, &diagnostics);
        ASSERT_TRUE(archive.topology.has_value()) << path.toStdString();
        const Value &written = archive.topology->substitutionMappings;
        const SubstitutionMapping mapping = SubstitutionMapping::read(written);
        EXPECT_FALSE(mapping.nodeType.isEmpty()) << path.toStdString();
        EXPECT_FALSE(mapping.capabilities.isEmpty()) << path.toStdString();
        for (const SubstitutionTarget &target : mapping.capabilities)
            EXPECT_TRUE(target.wellFormed) << path.toStdString();
        EXPECT_EQ(mapping.writtenOver(written), written) << path.toStdString();
        // Saved, the file says the same again, byte for byte when saved twice.
        const QByteArray once = ToscaWriter().write(archive);
        const ToscaArchive again = ToscaReader().read(once, path, &diagnostics);
        EXPECT_EQ(SubstitutionMapping::read(again.topology->substitutionMappings), mapping);
        EXPECT_EQ(ToscaWriter().write(again), once) << path.toStdString();
        ++seen;
    }
    EXPECT_GE(seen, 10) << "the corpus has eleven topologies with a substitution mapping";
}
