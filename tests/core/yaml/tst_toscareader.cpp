// SPDX-License-Identifier: GPL-3.0-or-later
// ToscaReader: from a parsed document to the model. Every TOSCA construct the model knows is read
// into its field; everything else is kept for saving; shape errors are diagnostics with a place.
#include "testhelpers.h"
#include "testpaths.h"

#include "yaml/toscareader.h"
#include "yaml/yamlvaluereader.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

ToscaArchive readData(const QString &relative, Diagnostics *diagnostics)
{
    return ToscaReader().readFile(dataPath(relative), diagnostics);
}

ToscaArchive readText(const QByteArray &yaml, Diagnostics *diagnostics)
{
    return ToscaReader().read(yaml, QStringLiteral("inline.yml"), diagnostics);
}

const TypeDefinition *typeNamed(const ToscaArchive &archive, const QString &name)
{
    for (const TypeDefinition &type : archive.types) {
        if (type.name == name)
            return &type;
    }
    return nullptr;
}

const RequirementDefinition *requirementNamed(const TypeDefinition &type, const QString &name)
{
    for (const RequirementDefinition &r : type.requirements) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

const CapabilityDefinition *capabilityNamed(const TypeDefinition &type, const QString &name)
{
    for (const CapabilityDefinition &c : type.capabilities) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

class FeatureTypes : public ::testing::Test
{
protected:
    void SetUp() override
    {
        archive = readData(QStringLiteral("valid/user-archive/feature-types.yml"), &diagnostics);
        ASSERT_TRUE(diagnostics.isEmpty()) << describe(diagnostics);
        constrained = typeNamed(archive, QStringLiteral("org.example.nodes.Constrained"));
        ASSERT_NE(constrained, nullptr);
    }

    const PropertyDefinition &property(const QString &name) const
    {
        const PropertyDefinition *definition = findDefinition(constrained->properties, name);
        EXPECT_NE(definition, nullptr) << name.toStdString();
        static const PropertyDefinition none;
        return definition ? *definition : none;
    }

    Diagnostics diagnostics;
    ToscaArchive archive;
    const TypeDefinition *constrained = nullptr;
};

} // namespace

TEST(ToscaReader, FromValueLeavesTheDocumentAsItWas)
{
    // Reading takes the node templates of a document it owns apart as it goes (issue 13); a
    // document the caller keeps must come out unchanged.
    const QByteArray yaml = "tosca_definitions_version: tosca_simple_yaml_1_0\n"
                            "topology_template:\n"
                            "  node_templates:\n"
                            "    A:\n"
                            "      type: tosca.nodes.Compute\n"
                            "    B:\n"
                            "      type: tosca.nodes.SoftwareComponent\n"
                            "      requirements:\n"
                            "        - host: A\n";
    Diagnostics diagnostics;
    const Value document = YamlValueReader().read(yaml, QStringLiteral("t.yml"), &diagnostics);
    // Read again rather than copied: a copy would share, and change along with the document.
    const Value before = YamlValueReader().read(yaml, QStringLiteral("t.yml"), &diagnostics);
    const ToscaArchive archive
        = ToscaReader().fromValue(document, QStringLiteral("t.yml"), &diagnostics);
    ASSERT_TRUE(diagnostics.isEmpty()) << describe(diagnostics);
    ASSERT_TRUE(archive.topology.has_value());
    EXPECT_EQ(archive.topology->nodeNames(),
              (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    EXPECT_EQ(document, before);
    const Value nodes = document.value(QStringLiteral("topology_template"))
                            .value(QStringLiteral("node_templates"));
    ASSERT_EQ(nodes.entries().size(), 2u);
    EXPECT_EQ(nodes.entries()[1].value.value(QStringLiteral("type")).text(),
              QStringLiteral("tosca.nodes.SoftwareComponent"));
    EXPECT_EQ(nodes.entries()[1].keyLocation.line, 6);
}

TEST(ToscaReader, HeaderUnderMetadata)
{
    Diagnostics diagnostics;
    const ToscaArchive archive
        = ToscaReader().readFile(bundledExample(QStringLiteral("marathon")), &diagnostics);
    ASSERT_TRUE(diagnostics.isEmpty()) << describe(diagnostics);
    EXPECT_EQ(archive.toscaDefinitionsVersion, QStringLiteral("alien_dsl_1_4_0"));
    EXPECT_EQ(archive.name, QStringLiteral("marathon-topology"));
    EXPECT_EQ(archive.version, QStringLiteral("1.4.0-SNAPSHOT"));
    EXPECT_EQ(archive.author, QStringLiteral("alien4cloud"));
    EXPECT_TRUE(archive.headerInMetadata);
    EXPECT_TRUE(archive.isSnapshot());
    EXPECT_EQ(archive.id(), QStringLiteral("marathon-topology:1.4.0-SNAPSHOT"));
}

TEST(ToscaReader, HeaderAtTopLevel)
{
    Diagnostics diagnostics;
    const ToscaArchive archive = readData(QStringLiteral("valid/features.yml"), &diagnostics);
    ASSERT_TRUE(errorsOf(diagnostics).isEmpty()) << describe(diagnostics);
    EXPECT_EQ(archive.name, QStringLiteral("features-topology"));
    EXPECT_EQ(archive.version, QStringLiteral("2.1.0-SNAPSHOT"));
    EXPECT_EQ(archive.author, QStringLiteral("topologist-tests"));
    EXPECT_FALSE(archive.headerInMetadata);
    EXPECT_EQ(archive.description,
              QStringLiteral(
                  "Exercises every part of a topology the reader models, and some it does not."));
}

TEST(ToscaReader, OtherMetadataEntriesAreTags)
{
    Diagnostics diagnostics;
    const ToscaArchive archive = readText("tosca_definitions_version: alien_dsl_1_4_0\n"
                                          "metadata:\n"
                                          "  template_name: t\n"
                                          "  template_version: 1.0\n"
                                          "  owner: ops\n"
                                          "  tier: gold\n",
                                          &diagnostics);
    ASSERT_TRUE(diagnostics.isEmpty()) << describe(diagnostics);
    EXPECT_EQ(archive.version, QStringLiteral("1.0"));
    const QList<std::pair<QString, QString>> expected
        = {{QStringLiteral("owner"), QStringLiteral("ops")},
           {QStringLiteral("tier"), QStringLiteral("gold")}};
    EXPECT_EQ(archive.metadataTags, expected);
}

TEST(ToscaReader, ImportsAsNameAndVersion)
{
    Diagnostics diagnostics;
    const ToscaArchive archive = readData(QStringLiteral("valid/features.yml"), &diagnostics);
    ASSERT_EQ(archive.imports.size(), 3);
    EXPECT_EQ(archive.imports[0].name, QStringLiteral("tosca-normative-types"));
    EXPECT_EQ(archive.imports[0].version, QStringLiteral("1.0.0-ALIEN14"));
    EXPECT_TRUE(archive.imports[0].isCatalogImport());
    EXPECT_EQ(archive.imports[2].id(), QStringLiteral("mesos-types:1.4.0-SNAPSHOT"));
    EXPECT_EQ(archive.imports[2].location.line, 12);
    EXPECT_EQ(archive.imports[2].location.column, 5);
}

TEST(ToscaReader, ImportsOfFiles)
{
    Diagnostics diagnostics;
    const ToscaArchive archive = readText("tosca_definitions_version: tosca_simple_yaml_1_0\n"
                                          "imports:\n"
                                          "  - types/local.yaml\n"
                                          "  - named: other.yml\n"
                                          "  - file: third.yml\n"
                                          "  - fourth: { file: fourth.yml, repository: r }\n",
                                          &diagnostics);
    ASSERT_TRUE(diagnostics.isEmpty()) << describe(diagnostics);
    ASSERT_EQ(archive.imports.size(), 4);
    const QStringList expected = {QStringLiteral("types/local.yaml"),
                                  QStringLiteral("other.yml"),
                                  QStringLiteral("third.yml"),
                                  QStringLiteral("fourth.yml")};
    for (int i = 0; i < 4; ++i) {
        EXPECT_FALSE(archive.imports[i].isCatalogImport()) << i;
        EXPECT_EQ(archive.imports[i].file, expected[i]);
    }
}

TEST(ToscaReader, WrongDefinitionsVersion)
{
    Diagnostics diagnostics;
    const QString path = dataPath(QStringLiteral("invalid/wrong-version.yml"));
    const ToscaArchive archive = ToscaReader().readFile(path, &diagnostics);
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-DEF-002"));
    EXPECT_EQ(diagnostics[0].location, (SourceLocation{path, 2, 28}));
    EXPECT_TRUE(diagnostics[0].message.contains(QStringLiteral("alien_dsl_9_9_9")));
    // Still read, so the user sees the rest.
    ASSERT_TRUE(archive.topology.has_value());
    EXPECT_EQ(archive.topology->nodeCount(), 1);
}

TEST(ToscaReader, MissingDefinitionsVersion)
{
    Diagnostics diagnostics;
    readText("description: no version\n", &diagnostics);
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-DEF-001"));
    EXPECT_EQ(diagnostics[0].location, (SourceLocation{QStringLiteral("inline.yml"), 1, 1}));
}

TEST(ToscaReader, EveryKnownDialectIsAccepted)
{
    for (const char *dialect : {"alien_dsl_1_2_0",
                                "alien_dsl_1_3_0",
                                "alien_dsl_1_4_0",
                                "alien_dsl_2_0_0",
                                "alien_dsl_3_0_0",
                                "tosca_simple_yaml_1_0",
                                "tosca_simple_yaml_1_1",
                                "tosca_simple_yaml_1_2",
                                "tosca_simple_yaml_1_3"}) {
        Diagnostics diagnostics;
        const ToscaArchive archive
            = readText(QByteArray("tosca_definitions_version: ") + dialect + '\n', &diagnostics);
        EXPECT_TRUE(diagnostics.isEmpty()) << dialect << describe(diagnostics);
        EXPECT_EQ(archive.toscaDefinitionsVersion, QLatin1String(dialect));
    }
}

TEST(ToscaReader, DocumentThatIsNotAMapping)
{
    Diagnostics diagnostics;
    readText("- just\n- a list\n", &diagnostics);
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-DEF-003"));
    EXPECT_EQ(diagnostics[0].location.line, 1);
}

TEST(ToscaReader, FileWithOnlyCommentsSaysWhy)
{
    Diagnostics diagnostics;
    const QString path = dataPath(QStringLiteral("invalid/comments-only.yml"));
    ToscaReader().readFile(path, &diagnostics);
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].location.file, path);
    EXPECT_EQ(diagnostics[0].location.line, 1);
}

TEST_F(FeatureTypes, PropertyDefinitionsRequiredDefaultAndType)
{
    EXPECT_TRUE(property(QStringLiteral("required_by_default")).required);
    EXPECT_FALSE(property(QStringLiteral("optional")).required);
    EXPECT_FALSE(property(QStringLiteral("optional")).hasDefault());
    const PropertyDefinition &withDefault = property(QStringLiteral("with_default"));
    EXPECT_EQ(withDefault.type, QStringLiteral("integer"));
    EXPECT_TRUE(withDefault.hasDefault());
    EXPECT_EQ(withDefault.defaultValue.text(), QStringLiteral("42"));
    EXPECT_EQ(withDefault.location.line, 105);
    EXPECT_EQ(property(QStringLiteral("port")).type, QStringLiteral("org.example.datatypes.Port"));
    // The order of the file, which the property editor shows.
    QStringList names;
    for (const PropertyDefinition &p : constrained->properties)
        names << p.name;
    EXPECT_EQ(names.first(), QStringLiteral("eq"));
    EXPECT_EQ(names.last(), QStringLiteral("port"));
}

TEST_F(FeatureTypes, EveryConstraintOperator)
{
    struct Expected
    {
        const char *property;
        Constraint::Operator op;
        const char *argument;
    };
    const Expected expected[] = {
        {"eq", Constraint::Operator::Equal, "fixed"},
        {"gt", Constraint::Operator::GreaterThan, "0"},
        {"ge", Constraint::Operator::GreaterOrEqual, "1"},
        {"lt", Constraint::Operator::LessThan, "100"},
        {"le", Constraint::Operator::LessOrEqual, "99"},
        {"range", Constraint::Operator::InRange, "[1 GB, 16 GB]"},
        {"valid", Constraint::Operator::ValidValues, "[ubuntu, centos, \"debian\"]"},
        {"len", Constraint::Operator::Length, "8"},
        {"bounded_length", Constraint::Operator::MinLength, "2"},
        {"pat", Constraint::Operator::Pattern, "^[a-z][a-z0-9-]*$"},
    };
    QSet<Constraint::Operator> seen;
    for (const Expected &e : expected) {
        const PropertyDefinition &p = property(QLatin1String(e.property));
        ASSERT_FALSE(p.constraints.isEmpty()) << e.property;
        EXPECT_EQ(p.constraints[0].op, e.op) << e.property;
        EXPECT_EQ(p.constraints[0].argument.toDisplayString(), QLatin1String(e.argument))
            << e.property;
        seen.insert(p.constraints[0].op);
    }
    const PropertyDefinition &bounded = property(QStringLiteral("bounded_length"));
    ASSERT_EQ(bounded.constraints.size(), 2);
    EXPECT_EQ(bounded.constraints[1].op, Constraint::Operator::MaxLength);
    EXPECT_EQ(bounded.constraints[1].argument.text(), QStringLiteral("16"));
    seen.insert(bounded.constraints[1].op);
    EXPECT_EQ(seen.size(), 11); // all of TOSCA's operators

    const PropertyDefinition &range = property(QStringLiteral("range"));
    ASSERT_TRUE(range.constraints[0].argument.isList());
    EXPECT_EQ(range.constraints[0].argument.items().size(), 2u);
    EXPECT_EQ(range.constraints[0].location.line, 82);
}

TEST_F(FeatureTypes, EntrySchema)
{
    const PropertyDefinition &names = property(QStringLiteral("names"));
    EXPECT_EQ(names.type, QStringLiteral("list"));
    EXPECT_EQ(names.entrySchemaType, QStringLiteral("string"));
    ASSERT_EQ(names.entrySchemaConstraints.size(), 1);
    EXPECT_EQ(names.entrySchemaConstraints[0].op, Constraint::Operator::MinLength);
    // The short form: `entry_schema: string`.
    const PropertyDefinition &labels = property(QStringLiteral("labels"));
    EXPECT_EQ(labels.type, QStringLiteral("map"));
    EXPECT_EQ(labels.entrySchemaType, QStringLiteral("string"));
    EXPECT_TRUE(labels.entrySchemaConstraints.isEmpty());
}

TEST_F(FeatureTypes, DataTypeDerivedFromPrimitiveKeepsItsConstraints)
{
    const TypeDefinition *port = typeNamed(archive, QStringLiteral("org.example.datatypes.Port"));
    ASSERT_NE(port, nullptr);
    EXPECT_EQ(port->kind, TypeKind::Data);
    EXPECT_EQ(port->derivedFrom, QStringLiteral("integer"));
    ASSERT_EQ(port->constraints.size(), 1);
    EXPECT_EQ(port->constraints[0].op, Constraint::Operator::InRange);
}

TEST_F(FeatureTypes, RequirementOccurrences)
{
    const RequirementDefinition *byDefault
        = requirementNamed(*constrained, QStringLiteral("default_occurrences"));
    ASSERT_NE(byDefault, nullptr);
    EXPECT_EQ(byDefault->occurrences, (Occurrences{1, 1}));
    const RequirementDefinition *lower
        = requirementNamed(*constrained, QStringLiteral("lower_unbounded"));
    ASSERT_NE(lower, nullptr);
    EXPECT_EQ(lower->occurrences.lower, 0);
    EXPECT_TRUE(lower->occurrences.isUnbounded());
    EXPECT_EQ(lower->occurrences.toString(), QStringLiteral("[0, unbounded]"));
    const RequirementDefinition *upper
        = requirementNamed(*constrained, QStringLiteral("upper_unbounded"));
    ASSERT_NE(upper, nullptr);
    EXPECT_EQ(upper->occurrences.lower, 1);
    EXPECT_TRUE(upper->occurrences.isUnbounded());
}

TEST(ToscaReader, BadOccurrencesAreReportedWhereWritten)
{
    Diagnostics diagnostics;
    const ToscaArchive archive = readText("tosca_definitions_version: alien_dsl_1_4_0\n"
                                          "node_types:\n"
                                          "  a.B:\n"
                                          "    requirements:\n"
                                          "      - one: { capability: c.D, occurrences: [2, 1] }\n"
                                          "      - two: { capability: c.D, occurrences: [x, 1] }\n"
                                          "      - three: { capability: c.D, occurrences: [1] }\n",
                                          &diagnostics);
    ASSERT_EQ(diagnostics.size(), 3) << describe(diagnostics);
    for (const Diagnostic &d : diagnostics)
        EXPECT_EQ(d.code, QStringLiteral("TOPO-DEF-003"));
    EXPECT_EQ(diagnostics[0].location, (SourceLocation{QStringLiteral("inline.yml"), 5, 50}));
    EXPECT_EQ(diagnostics[1].location, (SourceLocation{QStringLiteral("inline.yml"), 6, 47}));
    EXPECT_EQ(diagnostics[2].location.line, 7);
    // Each falls back to the default.
    for (const RequirementDefinition &r : archive.types[0].requirements)
        EXPECT_EQ(r.occurrences, (Occurrences{1, 1})) << r.name.toStdString();
}

TEST_F(FeatureTypes, RequirementWithNodeFilter)
{
    const RequirementDefinition *filtered
        = requirementNamed(*constrained, QStringLiteral("filtered"));
    ASSERT_NE(filtered, nullptr);
    EXPECT_EQ(filtered->capability, QStringLiteral("tosca.capabilities.Container"));
    EXPECT_EQ(filtered->node, QStringLiteral("tosca.nodes.Compute"));
    EXPECT_EQ(filtered->relationship, QStringLiteral("tosca.relationships.HostedOn"));
    ASSERT_TRUE(filtered->nodeFilter.has_value());
    const NodeFilter &filter = *filtered->nodeFilter;

    ASSERT_EQ(filter.properties.size(), 1);
    EXPECT_EQ(filter.properties[0].property, QStringLiteral("component_version"));
    ASSERT_EQ(filter.properties[0].constraints.size(), 1);
    EXPECT_EQ(filter.properties[0].constraints[0].op, Constraint::Operator::GreaterOrEqual);
    EXPECT_EQ(filter.properties[0].constraints[0].argument.text(), QStringLiteral("1.0"));

    ASSERT_EQ(filter.capabilities.size(), 2);
    // By capability name...
    EXPECT_EQ(filter.capabilities[0].capability, QStringLiteral("os"));
    ASSERT_EQ(filter.capabilities[0].properties.size(), 2);
    EXPECT_EQ(filter.capabilities[0].properties[0].property, QStringLiteral("type"));
    EXPECT_EQ(filter.capabilities[0].properties[0].constraints[0].op, Constraint::Operator::Equal);
    EXPECT_EQ(filter.capabilities[0].properties[1].constraints[0].op,
              Constraint::Operator::ValidValues);
    // ...and by capability type.
    EXPECT_EQ(filter.capabilities[1].capability, QStringLiteral("tosca.capabilities.Scalable"));
    ASSERT_EQ(filter.capabilities[1].properties.size(), 1);
    EXPECT_EQ(filter.capabilities[1].properties[0].constraints[0].op,
              Constraint::Operator::LessOrEqual);
    EXPECT_EQ(filter.capabilities[1].properties[0].constraints[0].argument.text(),
              QStringLiteral("10"));
}

TEST(ToscaReader, BundledNodeFiltersAsShipped)
{
    // mesos-types' MesosMaster: node_filter on the OperatingSystem capability, by type.
    Diagnostics diagnostics;
    const ToscaArchive archive = ToscaReader().readFile(
        QStringLiteral(":/types/mesos-types/mesos-types.yml"), &diagnostics);
    ASSERT_TRUE(diagnostics.isEmpty()) << describe(diagnostics);
    const TypeDefinition *master
        = typeNamed(archive, QStringLiteral("org.alien4cloud.nodes.MesosMaster"));
    ASSERT_NE(master, nullptr);
    const RequirementDefinition *host = requirementNamed(*master, QStringLiteral("host"));
    ASSERT_NE(host, nullptr);
    ASSERT_TRUE(host->nodeFilter.has_value());
    ASSERT_EQ(host->nodeFilter->capabilities.size(), 1);
    const CapabilityFilter &os = host->nodeFilter->capabilities[0];
    EXPECT_EQ(os.capability, QStringLiteral("tosca.capabilities.OperatingSystem"));
    ASSERT_EQ(os.properties.size(), 3);
    EXPECT_EQ(os.properties[2].property, QStringLiteral("distribution"));
    // The published four systems, now that the bundled scripts install Mesos on each of them;
    // Ubuntu first, as the node-filter quick fix proposes the first value.
    EXPECT_EQ(os.properties[2].constraints[0].argument.toDisplayString(),
              QStringLiteral("[ubuntu, centos, debian, rhel]"));
    // MesosSlave's dns_server: the lowercase `unbounded` of the published archive.
    const TypeDefinition *slave
        = typeNamed(archive, QStringLiteral("org.alien4cloud.nodes.MesosSlave"));
    ASSERT_NE(slave, nullptr);
    const RequirementDefinition *dns = requirementNamed(*slave, QStringLiteral("dns_server"));
    ASSERT_NE(dns, nullptr);
    EXPECT_EQ(dns->occurrences.lower, 0);
    EXPECT_TRUE(dns->occurrences.isUnbounded());
    const RequirementDefinition *docker = requirementNamed(*slave, QStringLiteral("docker_cli"));
    ASSERT_NE(docker, nullptr);
    EXPECT_EQ(docker->occurrences, (Occurrences{0, 1}));
}

TEST_F(FeatureTypes, CapabilityDefinitionsShortAndLongForm)
{
    const CapabilityDefinition *shortForm
        = capabilityNamed(*constrained, QStringLiteral("short_form"));
    ASSERT_NE(shortForm, nullptr);
    EXPECT_EQ(shortForm->type, QStringLiteral("tosca.capabilities.Node"));
    EXPECT_EQ(shortForm->occurrences.lower, 1);
    EXPECT_TRUE(shortForm->occurrences.isUnbounded()); // Alien4Cloud's default for capabilities
    const CapabilityDefinition *longForm
        = capabilityNamed(*constrained, QStringLiteral("long_form"));
    ASSERT_NE(longForm, nullptr);
    EXPECT_EQ(longForm->type, QStringLiteral("tosca.capabilities.Endpoint"));
    EXPECT_EQ(longForm->occurrences, (Occurrences{0, 3}));
    EXPECT_EQ(longForm->validSourceTypes,
              QStringList{QStringLiteral("tosca.nodes.SoftwareComponent")});
}

TEST_F(FeatureTypes, CapabilityDefinitionsListForm)
{
    const TypeDefinition *listed
        = typeNamed(archive, QStringLiteral("org.example.nodes.ListCapabilities"));
    ASSERT_NE(listed, nullptr);
    ASSERT_EQ(listed->capabilities.size(), 2);
    EXPECT_EQ(listed->capabilities[0].name, QStringLiteral("first_cap"));
    EXPECT_EQ(listed->capabilities[0].type, QStringLiteral("tosca.capabilities.Node"));
    EXPECT_EQ(listed->capabilities[1].name, QStringLiteral("second_cap"));
    EXPECT_EQ(listed->capabilities[1].type, QStringLiteral("org.example.capabilities.Special"));
}

TEST(ToscaReader, RexrayServerCapabilitiesInListForm)
{
    Diagnostics diagnostics;
    const ToscaArchive archive = ToscaReader().readFile(
        QStringLiteral(":/types/mesos-types/mesos-types.yml"), &diagnostics);
    const TypeDefinition *server
        = typeNamed(archive, QStringLiteral("org.alien4cloud.nodes.RexrayServer"));
    ASSERT_NE(server, nullptr);
    ASSERT_EQ(server->capabilities.size(), 1);
    EXPECT_EQ(server->capabilities[0].name, QStringLiteral("libstorage_server"));
    EXPECT_EQ(server->capabilities[0].type,
              QStringLiteral("org.alien4cloud.capabilities.LibStorageServer"));
    // And its artifact without a file, in list form too.
    ASSERT_EQ(server->artifacts.size(), 1);
    EXPECT_EQ(server->artifacts[0].name, QStringLiteral("rexray_config"));
    EXPECT_TRUE(server->artifacts[0].file.isNull());
}

TEST(ToscaReader, NodeTemplatesAndRequirementForms)
{
    Diagnostics diagnostics;
    const QString path = dataPath(QStringLiteral("valid/features.yml"));
    const ToscaArchive archive = ToscaReader().readFile(path, &diagnostics);
    ASSERT_TRUE(archive.topology.has_value());
    const TopologyTemplate &topology = *archive.topology;
    EXPECT_EQ(
        topology.nodeNames(),
        QStringList(
            {QStringLiteral("Compute"), QStringLiteral("MesosMaster"), QStringLiteral("Docker")}));

    const NodeTemplate *master = topology.node(QStringLiteral("MesosMaster"));
    ASSERT_NE(master, nullptr);
    EXPECT_EQ(master->type, QStringLiteral("org.alien4cloud.nodes.MesosMaster"));
    EXPECT_EQ(master->location, (SourceLocation{path, 53, 5}));
    EXPECT_EQ(master->typeLocation, (SourceLocation{path, 54, 13}));
    // Short form: `- host: Compute`.
    ASSERT_EQ(master->requirements.size(), 1);
    const RequirementAssignment &shortForm = master->requirements[0];
    EXPECT_TRUE(shortForm.shortForm);
    EXPECT_EQ(shortForm.name, QStringLiteral("host"));
    EXPECT_EQ(shortForm.node, QStringLiteral("Compute"));
    EXPECT_TRUE(shortForm.capability.isEmpty());
    EXPECT_TRUE(shortForm.relationship.isEmpty());
    EXPECT_EQ(shortForm.nodeLocation, (SourceLocation{path, 61, 17}));

    // Long form.
    const NodeTemplate *docker = topology.node(QStringLiteral("Docker"));
    ASSERT_NE(docker, nullptr);
    ASSERT_EQ(docker->requirements.size(), 1);
    const RequirementAssignment &longForm = docker->requirements[0];
    EXPECT_FALSE(longForm.shortForm);
    EXPECT_EQ(longForm.name, QStringLiteral("host"));
    EXPECT_EQ(longForm.node, QStringLiteral("Compute"));
    EXPECT_EQ(longForm.capability, QStringLiteral("tosca.capabilities.Container"));
    EXPECT_EQ(longForm.relationship, QStringLiteral("tosca.relationships.HostedOn"));
    EXPECT_EQ(longForm.nodeLocation.line, 72);
    ASSERT_EQ(docker->artifacts.size(), 1);
    EXPECT_EQ(docker->artifacts[0].filePath(), QStringLiteral("config/daemon.json"));
    EXPECT_EQ(docker->artifacts[0].type, QStringLiteral("tosca.artifacts.File"));

    // Capability properties.
    const NodeTemplate *compute = topology.node(QStringLiteral("Compute"));
    ASSERT_NE(compute, nullptr);
    EXPECT_EQ(compute->capabilityProperty(QStringLiteral("os"), QStringLiteral("version")).text(),
              QStringLiteral("14.04"));
    EXPECT_EQ(
        compute->capabilityProperty(QStringLiteral("scalable"), QStringLiteral("max_instances"))
            .text(),
        QStringLiteral("3"));

    // Inputs and outputs.
    ASSERT_EQ(topology.inputs.size(), 2);
    EXPECT_EQ(topology.inputs[0].name, QStringLiteral("master_port"));
    EXPECT_FALSE(topology.inputs[0].required);
    EXPECT_EQ(topology.inputs[0].defaultValue.text(), QStringLiteral("5050"));
    EXPECT_EQ(topology.inputs[0].constraints[0].op, Constraint::Operator::InRange);
    EXPECT_TRUE(topology.inputs[1].required);
    ASSERT_EQ(topology.outputs.size(), 1);
    EXPECT_EQ(topology.outputs[0].description, QStringLiteral("Where the Mesos UI answers."));
    EXPECT_EQ(topology.outputs[0].value.functionName(), QStringLiteral("get_attribute"));
}

TEST(ToscaReader, FunctionsKeepTheirArguments)
{
    Diagnostics diagnostics;
    const ToscaArchive archive = readData(QStringLiteral("valid/features.yml"), &diagnostics);
    const NodeTemplate *master = archive.topology->node(QStringLiteral("MesosMaster"));
    ASSERT_NE(master, nullptr);

    const Value port = master->property(QStringLiteral("port"));
    ASSERT_EQ(port.kind(), Value::Kind::Function);
    EXPECT_EQ(port.functionName(), QStringLiteral("get_input"));
    ASSERT_EQ(port.arguments().size(), 1u);
    EXPECT_EQ(port.arguments()[0].text(), QStringLiteral("master_port"));

    // concat with nested get_input and get_attribute.
    const Value name = master->property(QStringLiteral("cluster_name"));
    ASSERT_EQ(name.kind(), Value::Kind::Function);
    EXPECT_EQ(name.functionName(), QStringLiteral("concat"));
    ASSERT_EQ(name.arguments().size(), 4u);
    EXPECT_EQ(name.arguments()[0].text(), QStringLiteral("cluster-"));
    EXPECT_EQ(name.arguments()[1].functionName(), QStringLiteral("get_input"));
    EXPECT_EQ(name.arguments()[3].functionName(), QStringLiteral("get_attribute"));
    EXPECT_EQ(name.arguments()[3].arguments().size(), 2u);
    EXPECT_EQ(name.arguments()[3].arguments()[1].text(), QStringLiteral("ip_address"));
    EXPECT_TRUE(name.containsFunction());
    EXPECT_EQ(name.toDisplayString(),
              QStringLiteral("{ concat: [\"cluster-\", { get_input: [cluster] }, \"-\", "
                             "{ get_attribute: [Compute, ip_address] }] }"));

    // In operation inputs: get_operation_output with four arguments, get_property.
    const Value inputs = master->interfaces.value(QStringLiteral("Standard"))
                             .value(QStringLiteral("configure"))
                             .value(QStringLiteral("inputs"));
    const Value zk = inputs.value(QStringLiteral("ZK"));
    ASSERT_EQ(zk.kind(), Value::Kind::Function);
    EXPECT_EQ(zk.functionName(), QStringLiteral("get_operation_output"));
    ASSERT_EQ(zk.arguments().size(), 4u);
    EXPECT_EQ(zk.arguments()[3].text(), QStringLiteral("zk_endpoints"));
    const Value portInput = inputs.value(QStringLiteral("PORT"));
    EXPECT_EQ(portInput.functionName(), QStringLiteral("get_property"));
    EXPECT_EQ(portInput.arguments()[0].text(), QStringLiteral("SELF"));

    // A quoted number stays a string, quoted.
    EXPECT_TRUE(master->property(QStringLiteral("component_version")).isQuoted());
}

TEST(ToscaReader, UnknownKeysAreKept)
{
    Diagnostics diagnostics;
    const QString path = dataPath(QStringLiteral("valid/features.yml"));
    const ToscaArchive archive = ToscaReader().readFile(path, &diagnostics);
    // The unknown node template key is worth a warning (Alien4Cloud ignores it), nothing else.
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].severity, Severity::Warning);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-DEF-006"));
    EXPECT_EQ(diagnostics[0].location, (SourceLocation{path, 39, 7}));

    EXPECT_EQ(archive.extras.keys(), QStringList{QStringLiteral("x_unknown_top_level")});
    EXPECT_EQ(archive.extras.value(QStringLiteral("x_unknown_top_level"))
                  .value(QStringLiteral("owner"))
                  .text(),
              QStringLiteral("platform-team"));
    // substitution_mappings is a section of the model now, not an unknown key.
    EXPECT_TRUE(archive.topology->extras.entries().empty());
    EXPECT_TRUE(archive.topology->substitutionMappings.isMap());
    const NodeTemplate *compute = archive.topology->node(QStringLiteral("Compute"));
    EXPECT_EQ(compute->extras.keys(), QStringList{QStringLiteral("x_unknown_node_key")});
}

TEST(ToscaReader, AlienDsl2NamesRelationships)
{
    Diagnostics diagnostics;
    const ToscaArchive archive = readData(QStringLiteral("valid/alien-dsl-2.yml"), &diagnostics);
    ASSERT_TRUE(diagnostics.isEmpty()) << describe(diagnostics);
    const NodeTemplate *docker = archive.topology->node(QStringLiteral("Docker"));
    ASSERT_NE(docker, nullptr);
    ASSERT_EQ(docker->requirements.size(), 1);
    EXPECT_EQ(docker->requirements[0].name, QStringLiteral("host"));
    EXPECT_EQ(docker->requirements[0].relationshipName, QStringLiteral("dockerHostedOnCompute"));
    EXPECT_EQ(docker->requirements[0].node, QStringLiteral("Compute"));
    EXPECT_TRUE(docker->requirements[0].extras.entries().empty());
}

TEST(ToscaReader, LayoutPositions)
{
    Diagnostics diagnostics;
    const ToscaArchive archive = readData(QStringLiteral("valid/layout.yml"), &diagnostics);
    ASSERT_TRUE(diagnostics.isEmpty()) << describe(diagnostics);
    const TopologyTemplate &topology = *archive.topology;
    ASSERT_TRUE(topology.node(QStringLiteral("Compute"))->position.has_value());
    EXPECT_EQ(*topology.node(QStringLiteral("Compute"))->position, QPointF(40, 80));
    EXPECT_EQ(*topology.node(QStringLiteral("Docker"))->position, QPointF(260, -120));
    // A malformed entry is ignored rather than guessed.
    EXPECT_FALSE(topology.node(QStringLiteral("Unplaced"))->position.has_value());
    // The layout is not an archive tag.
    EXPECT_TRUE(archive.metadataTags.isEmpty());
}

TEST(ToscaReader, NodeTemplateWithoutType)
{
    Diagnostics diagnostics;
    readText("tosca_definitions_version: alien_dsl_1_4_0\n"
             "topology_template:\n"
             "  node_templates:\n"
             "    Lonely:\n"
             "      properties: {a: 1}\n",
             &diagnostics);
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-DEF-007"));
    EXPECT_EQ(diagnostics[0].location, (SourceLocation{QStringLiteral("inline.yml"), 4, 5}));
}

TEST(ToscaReader, ShapeErrorsNameTheirPlace)
{
    Diagnostics diagnostics;
    const ToscaArchive archive = readText("tosca_definitions_version: alien_dsl_1_4_0\n"
                                          "imports: tosca-normative-types:1.0.0-ALIEN14\n"
                                          "topology_template:\n"
                                          "  node_templates:\n"
                                          "    A:\n"
                                          "      type: [not, a, name]\n"
                                          "      requirements:\n"
                                          "        - host: [x]\n"
                                          "    B: just a string\n",
                                          &diagnostics);
    QList<int> lines;
    for (const Diagnostic &d : errorsOf(diagnostics)) {
        EXPECT_EQ(d.location.file, QStringLiteral("inline.yml"));
        lines << d.location.line;
    }
    // imports not a list; type not a name (then: no type); requirement neither; B not a mapping.
    EXPECT_TRUE(lines.contains(2)) << describe(diagnostics);
    EXPECT_TRUE(lines.contains(6)) << describe(diagnostics);
    EXPECT_TRUE(lines.contains(8)) << describe(diagnostics);
    EXPECT_TRUE(lines.contains(9)) << describe(diagnostics);
    // Both nodes are still there for the user to fix.
    EXPECT_EQ(archive.topology->nodeCount(), 2);
}

TEST(ToscaReader, UnknownConstraintOperatorIsAWarning)
{
    Diagnostics diagnostics;
    const ToscaArchive archive = readText("tosca_definitions_version: alien_dsl_1_4_0\n"
                                          "node_types:\n"
                                          "  a.B:\n"
                                          "    properties:\n"
                                          "      p:\n"
                                          "        type: string\n"
                                          "        constraints:\n"
                                          "          - roughly: 3\n"
                                          "          - pattern: \"([a-z\"\n",
                                          &diagnostics);
    ASSERT_EQ(diagnostics.size(), 2) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].severity, Severity::Warning);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-DEF-004"));
    EXPECT_EQ(diagnostics[0].location.line, 8);
    EXPECT_EQ(diagnostics[1].severity, Severity::Error);
    EXPECT_EQ(diagnostics[1].location.line, 9);
    EXPECT_TRUE(archive.types[0].properties[0].constraints.isEmpty());
}

namespace {

/// valid/alien-dsl-sections.yml: every alien_dsl 2/3 section the public files use.
class AlienDslSections : public ::testing::Test
{
protected:
    void SetUp() override
    {
        archive = readData(QStringLiteral("valid/alien-dsl-sections.yml"), &diagnostics);
        ASSERT_TRUE(archive.topology.has_value());
    }
    const TopologyTemplate &topology() const { return *archive.topology; }

    Diagnostics diagnostics;
    ToscaArchive archive;
};

} // namespace

TEST_F(AlienDslSections, ReadWithoutAnyDiagnostic)
{
    // No warning either: metadata on nodes, inputs and policies, directives and node filters of
    // node templates are all valid Alien4Cloud.
    EXPECT_TRUE(diagnostics.isEmpty()) << describe(diagnostics);
    EXPECT_TRUE(archive.extras.entries().empty());
    EXPECT_TRUE(topology().extras.entries().empty());
}

TEST_F(AlienDslSections, RepositoriesLongShortAndWithCredential)
{
    ASSERT_EQ(archive.repositories.size(), 3);
    const RepositoryDefinition &docker = archive.repositories[0];
    EXPECT_EQ(docker.name, QStringLiteral("docker"));
    EXPECT_EQ(docker.url, QStringLiteral("https://hub.docker.com/"));
    EXPECT_EQ(docker.type, QStringLiteral("http"));
    EXPECT_EQ(docker.location.line, 14);
    const RepositoryDefinition &nexus = archive.repositories[1];
    EXPECT_EQ(nexus.type, QStringLiteral("maven"));
    EXPECT_EQ(nexus.description, QStringLiteral("Artifacts of the release builds"));
    ASSERT_TRUE(nexus.credential.isFunction());
    EXPECT_EQ(nexus.credential.functionName(), QStringLiteral("get_secret"));
    EXPECT_EQ(nexus.credential.arguments().size(), 2u);
    const RepositoryDefinition &github = archive.repositories[2];
    EXPECT_TRUE(github.shortForm);
    EXPECT_EQ(github.url, QStringLiteral("https://github.com/alien4cloud/samples.git"));
    EXPECT_TRUE(github.type.isEmpty());
}

TEST_F(AlienDslSections, ArtifactNamesItsRepository)
{
    const NodeTemplate *web = topology().node(QStringLiteral("Web"));
    ASSERT_NE(web, nullptr);
    ASSERT_EQ(web->artifacts.size(), 1);
    EXPECT_EQ(web->artifacts[0].repository, QStringLiteral("docker"));
    EXPECT_EQ(web->artifacts[0].filePath(), QStringLiteral("library/nginx:latest"));
}

TEST_F(AlienDslSections, DataTypesWithNestedProperties)
{
    const TypeDefinition *endpoint
        = typeNamed(archive, QStringLiteral("org.example.datatypes.Endpoint"));
    ASSERT_NE(endpoint, nullptr);
    EXPECT_EQ(endpoint->kind, TypeKind::Data);
    ASSERT_EQ(endpoint->properties.size(), 2);
    EXPECT_EQ(endpoint->properties[1].entrySchemaType,
              QStringLiteral("org.example.datatypes.Port"));
    const TypeDefinition *port = typeNamed(archive, QStringLiteral("org.example.datatypes.Port"));
    ASSERT_NE(port, nullptr);
    ASSERT_EQ(port->properties.size(), 1);
    EXPECT_EQ(port->properties[0].constraints.size(), 1);
    EXPECT_TRUE(archive.typeSections.contains(QStringLiteral("data_types")));
}

TEST_F(AlienDslSections, InputArtifactsGetInputArtifactAndGetSecret)
{
    EXPECT_TRUE(topology().inputArtifacts.contains(QStringLiteral("distribution")));
    ASSERT_EQ(topology().inputs.size(), 1);
    EXPECT_TRUE(topology().inputs[0].extras.contains(QStringLiteral("metadata")));
    const NodeTemplate *web = topology().node(QStringLiteral("Web"));
    const Value package = web->property(QStringLiteral("package"));
    ASSERT_TRUE(package.isFunction());
    EXPECT_EQ(package.functionName(), QStringLiteral("get_input_artifact"));
    EXPECT_EQ(package.arguments().front().text(), QStringLiteral("distribution"));
    const Value password = web->property(QStringLiteral("password"));
    ASSERT_TRUE(password.isFunction());
    EXPECT_EQ(password.functionName(), QStringLiteral("get_secret"));
    EXPECT_EQ(password.arguments().size(), 2u);
}

TEST_F(AlienDslSections, NodeMetadataDirectivesAndNodeFilterAreKept)
{
    const NodeTemplate *database = topology().node(QStringLiteral("Database"));
    ASSERT_NE(database, nullptr);
    EXPECT_EQ(database->extras.keys(),
              (QStringList{QStringLiteral("directives"), QStringLiteral("node_filter")}));
    const NodeTemplate *web = topology().node(QStringLiteral("Web"));
    EXPECT_EQ(web->extras.keys(), QStringList{QStringLiteral("metadata")});
}

TEST_F(AlienDslSections, GroupsWithMembersAndPolicies)
{
    ASSERT_EQ(topology().groups.size(), 1);
    const GroupDefinition &group = topology().groups[0];
    EXPECT_EQ(group.name, QStringLiteral("web_tier"));
    EXPECT_EQ(group.members, QStringList{QStringLiteral("Web")});
    ASSERT_TRUE(group.policies.isList());
    EXPECT_EQ(group.policies.items().size(), 1u);
    EXPECT_EQ(group.location.line, 88);
}

TEST_F(AlienDslSections, PoliciesWithTargetsInListForm)
{
    EXPECT_FALSE(topology().policiesAsMap);
    ASSERT_EQ(topology().policies.size(), 2);
    const PolicyDefinition &antiAffinity = topology().policies[0];
    EXPECT_EQ(antiAffinity.name, QStringLiteral("AntiAffinity"));
    EXPECT_EQ(antiAffinity.type, QStringLiteral("org.alien4cloud.policies.AntiAffinity"));
    EXPECT_EQ(antiAffinity.description, QStringLiteral("Web and Database on different hosts"));
    EXPECT_EQ(antiAffinity.targets,
              (QStringList{QStringLiteral("Web"), QStringLiteral("Database")}));
    EXPECT_EQ(antiAffinity.properties.value(QStringLiteral("level")).text(),
              QStringLiteral("host"));
    EXPECT_EQ(antiAffinity.extras.keys(), QStringList{QStringLiteral("metadata")});
    EXPECT_EQ(topology().policies[1].targets, QStringList{QStringLiteral("web_tier")});
}

TEST(ToscaReader, PoliciesInMapForm)
{
    Diagnostics diagnostics;
    const ToscaArchive archive = readText("tosca_definitions_version: tosca_simple_yaml_1_3\n"
                                          "topology_template:\n"
                                          "  node_templates: {A: {type: t.A}}\n"
                                          "  policies:\n"
                                          "    scale: {type: tosca.policies.Scaling, targets: A}\n",
                                          &diagnostics);
    ASSERT_TRUE(diagnostics.isEmpty()) << describe(diagnostics);
    EXPECT_TRUE(archive.topology->policiesAsMap);
    ASSERT_EQ(archive.topology->policies.size(), 1);
    EXPECT_EQ(archive.topology->policies[0].targets, QStringList{QStringLiteral("A")});
}

TEST(ToscaReader, BadPolicyAndGroupShapesAreReportedWhereWritten)
{
    Diagnostics diagnostics;
    readText("tosca_definitions_version: alien_dsl_2_0_0\n"
             "topology_template:\n"
             "  node_templates: {A: {type: t.A}}\n"
             "  groups:\n"
             "    g: [A]\n"
             "  policies:\n"
             "    - p: {targets: {A: 1}}\n",
             &diagnostics);
    ASSERT_EQ(diagnostics.size(), 2) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-DEF-003"));
    EXPECT_EQ(diagnostics[0].location.line, 5);
    EXPECT_EQ(diagnostics[1].location.line, 7);
}

TEST_F(AlienDslSections, SubstitutionMappingsAndWorkflowsAsWritten)
{
    EXPECT_EQ(topology().substitutionMappings.value(QStringLiteral("node_type")).text(),
              QStringLiteral("org.example.nodes.Service"));
    EXPECT_TRUE(topology().substitutionMappings.value(QStringLiteral("requirements")).isMap());
    const Value steps
        = topology().workflows.value(QStringLiteral("install")).value(QStringLiteral("steps"));
    EXPECT_EQ(steps.keys(),
              (QStringList{QStringLiteral("Web_created"), QStringLiteral("Web_started")}));
}

// A node template defined twice is what Alien4Cloud reads as one node: the later definition.
TEST(ToscaReader, RepeatedNodeTemplateKeepsTheLaterDefinition)
{
    Diagnostics diagnostics;
    const ToscaArchive archive = readText("tosca_definitions_version: alien_dsl_2_0_0\n"
                                          "topology_template:\n"
                                          "  node_templates:\n"
                                          "    Web:\n"
                                          "      type: t.Old\n"
                                          "    Db:\n"
                                          "      type: t.Db\n"
                                          "    Web:\n"
                                          "      type: t.New\n",
                                          &diagnostics);
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-YAML-002"));
    EXPECT_EQ(diagnostics[0].severity, Severity::Warning);
    EXPECT_TRUE(diagnostics[0].message.contains(QStringLiteral("lines 4 and 8")));
    EXPECT_EQ(archive.topology->nodeNames(),
              (QStringList{QStringLiteral("Web"), QStringLiteral("Db")}));
    EXPECT_EQ(archive.topology->node(QStringLiteral("Web"))->type, QStringLiteral("t.New"));
    EXPECT_EQ(archive.topology->node(QStringLiteral("Web"))->location.line, 8);
}
