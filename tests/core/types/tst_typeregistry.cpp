// SPDX-License-Identifier: GPL-3.0-or-later
// TypeRegistry: derived_from chains, what a type inherits and how overrides merge, and the
// diagnostics for unknown parents, cycles and redefinitions.
#include "testhelpers.h"
#include "testpaths.h"

#include "types/typeregistry.h"
#include "yaml/toscareader.h"

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

ToscaArchive readArchive(const QString &path)
{
    Diagnostics diagnostics;
    ToscaArchive archive = ToscaReader().readFile(path, &diagnostics);
    EXPECT_TRUE(diagnostics.isEmpty()) << path.toStdString() << describe(diagnostics);
    return archive;
}

/// The bundled normative, Docker and Mesos archives plus the test's own feature-types, resolved.
class Registry : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        registry = new TypeRegistry;
        Diagnostics diagnostics;
        for (const char *path : {":/types/tosca-normative-types/normative-types.yml",
                                 ":/types/docker-engine-type/docker-engine.yml",
                                 ":/types/mesos-types/mesos-types.yml"})
            registry->addArchive(readArchive(QLatin1String(path)), &diagnostics);
        registry->addArchive(
            readArchive(dataPath(QStringLiteral("valid/user-archive/feature-types.yml"))),
            &diagnostics);
        registry->resolve(&diagnostics);
        resolveDiagnostics = new Diagnostics(diagnostics);
    }
    static void TearDownTestSuite()
    {
        delete registry;
        registry = nullptr;
        delete resolveDiagnostics;
        resolveDiagnostics = nullptr;
    }

    static const TypeDefinition &resolved(TypeKind kind, const QString &name)
    {
        const TypeDefinition *type = registry->resolved(kind, name);
        EXPECT_NE(type, nullptr) << name.toStdString();
        static const TypeDefinition none;
        return type ? *type : none;
    }

    static QStringList names(const PropertyDefinitions &definitions)
    {
        QStringList result;
        for (const PropertyDefinition &d : definitions)
            result << d.name;
        return result;
    }

    static TypeRegistry *registry;
    static Diagnostics *resolveDiagnostics;
};

TypeRegistry *Registry::registry = nullptr;
Diagnostics *Registry::resolveDiagnostics = nullptr;

Diagnostics resolveText(const QByteArray &yaml, TypeRegistry *registry)
{
    Diagnostics diagnostics;
    registry->addArchive(
        readArchive(QStringLiteral(":/types/tosca-normative-types/normative-types.yml")),
        &diagnostics);
    const ToscaArchive archive
        = ToscaReader().read(yaml, QStringLiteral("types.yml"), &diagnostics);
    registry->addArchive(archive, &diagnostics);
    registry->resolve(&diagnostics);
    return diagnostics;
}

} // namespace

TEST_F(Registry, BundledArchivesResolveCleanly)
{
    EXPECT_TRUE(resolveDiagnostics->isEmpty()) << describe(*resolveDiagnostics);
    // Every declared type has a resolved form.
    for (TypeKind kind : {TypeKind::Data,
                          TypeKind::Artifact,
                          TypeKind::Capability,
                          TypeKind::Relationship,
                          TypeKind::Node}) {
        for (const TypeDefinition *type : registry->types(kind))
            EXPECT_NE(registry->resolved(kind, type->name), nullptr) << type->name.toStdString();
    }
}

TEST_F(Registry, MesosMasterInheritsComponentVersion)
{
    const TypeDefinition &master
        = resolved(TypeKind::Node, QStringLiteral("org.alien4cloud.nodes.MesosMaster"));
    const PropertyDefinition *version
        = findDefinition(master.properties, QStringLiteral("component_version"));
    ASSERT_NE(version, nullptr)
        << names(master.properties).join(QStringLiteral(", ")).toStdString();
    EXPECT_EQ(version->type, QStringLiteral("version"));
    EXPECT_FALSE(version->required);
    // The definition comes from SoftwareComponent's file, not MesosMaster's.
    EXPECT_TRUE(version->location.file.endsWith(QStringLiteral("normative-types.yml")));
    // Parent members first, then the type's own, in file order.
    const QStringList properties = names(master.properties);
    EXPECT_EQ(properties.first(), QStringLiteral("component_version"));
    EXPECT_EQ(properties.mid(1, 3),
              QStringList({QStringLiteral("firewall_rules"),
                           QStringLiteral("hooks"),
                           QStringLiteral("modules")}));
    // Attributes, requirements and capabilities are inherited from Root and SoftwareComponent too.
    EXPECT_NE(findDefinition(master.attributes, QStringLiteral("tosca_id")), nullptr);
    EXPECT_NE(findDefinition(master.attributes, QStringLiteral("external_url")), nullptr);
    EXPECT_EQ(
        registry->lineage(TypeKind::Node, QStringLiteral("org.alien4cloud.nodes.MesosMaster")),
        QStringList({QStringLiteral("org.alien4cloud.nodes.MesosMaster"),
                     QStringLiteral("tosca.nodes.SoftwareComponent"),
                     QStringLiteral("tosca.nodes.Root")}));
}

TEST_F(Registry, ChildRequirementOverridesInPlace)
{
    // SoftwareComponent declares `host`; MesosMaster redeclares it with a node_filter. The
    // override stays where the parent put it (after Root's `dependency`) and wins.
    const TypeDefinition &master
        = resolved(TypeKind::Node, QStringLiteral("org.alien4cloud.nodes.MesosMaster"));
    QStringList requirementNames;
    const RequirementDefinition *host = nullptr;
    for (const RequirementDefinition &r : master.requirements) {
        requirementNames << r.name;
        if (r.name == QLatin1String("host"))
            host = &r;
    }
    EXPECT_EQ(requirementNames.count(QStringLiteral("host")), 1);
    ASSERT_NE(host, nullptr);
    EXPECT_TRUE(host->nodeFilter.has_value());
    EXPECT_TRUE(host->location.file.endsWith(QStringLiteral("mesos-types.yml")));
    // Capabilities: Root's `feature` first, then the type's own.
    QStringList capabilityNames;
    for (const CapabilityDefinition &c : master.capabilities)
        capabilityNames << c.name;
    EXPECT_EQ(
        capabilityNames,
        QStringList({QStringLiteral("feature"), QStringLiteral("master"), QStringLiteral("host")}));
}

TEST_F(Registry, MesosMasterHostIsAContainer)
{
    const QString host = QStringLiteral("org.alien4cloud.capabilities.MesosMasterHost");
    EXPECT_TRUE(registry->derivesFrom(
        TypeKind::Capability, host, QStringLiteral("tosca.capabilities.Container")));
    EXPECT_TRUE(registry->derivesFrom(
        TypeKind::Capability, host, QStringLiteral("tosca.capabilities.Root")));
    EXPECT_TRUE(registry->derivesFrom(TypeKind::Capability, host, host));
    EXPECT_FALSE(registry->derivesFrom(
        TypeKind::Capability, host, QStringLiteral("tosca.capabilities.Endpoint")));
    EXPECT_FALSE(registry->derivesFrom(
        TypeKind::Capability, QStringLiteral("tosca.capabilities.Container"), host));
    // The same name in another family is another type.
    EXPECT_FALSE(registry->derivesFrom(
        TypeKind::Node, host, QStringLiteral("tosca.capabilities.Container")));
    EXPECT_EQ(registry->lineage(TypeKind::Capability, host),
              QStringList({host,
                           QStringLiteral("tosca.capabilities.Container"),
                           QStringLiteral("tosca.capabilities.Root")}));
    // A Container's properties are there.
    const TypeDefinition &resolvedHost = resolved(TypeKind::Capability, host);
    EXPECT_NE(findDefinition(resolvedHost.properties, QStringLiteral("num_cpus")), nullptr);
}

TEST_F(Registry, ShortNormativeNames)
{
    EXPECT_EQ(registry->canonicalName(TypeKind::Node, QStringLiteral("Compute")),
              QStringLiteral("tosca.nodes.Compute"));
    EXPECT_EQ(registry->canonicalName(TypeKind::Node, QStringLiteral("tosca:Compute")),
              QStringLiteral("tosca.nodes.Compute"));
    EXPECT_EQ(registry->canonicalName(TypeKind::Capability, QStringLiteral("Container")),
              QStringLiteral("tosca.capabilities.Container"));
    EXPECT_TRUE(registry->derivesFrom(TypeKind::Capability,
                                      QStringLiteral("org.alien4cloud.capabilities.DockerHost"),
                                      QStringLiteral("Container")));
    EXPECT_EQ(registry->canonicalName(TypeKind::Node, QStringLiteral("NoSuchThing")),
              QStringLiteral("NoSuchThing"));
    EXPECT_EQ(registry->resolved(TypeKind::Node, QStringLiteral("NoSuchThing")), nullptr);
    EXPECT_TRUE(registry->lineage(TypeKind::Node, QStringLiteral("NoSuchThing")).isEmpty());
}

TEST_F(Registry, EndpointAdminOverridesSecureDefault)
{
    const TypeDefinition &admin
        = resolved(TypeKind::Capability, QStringLiteral("tosca.capabilities.Endpoint.Admin"));
    const PropertyDefinition *secure = findDefinition(admin.properties, QStringLiteral("secure"));
    ASSERT_NE(secure, nullptr);
    EXPECT_EQ(secure->defaultValue.text(), QStringLiteral("true"));
    ASSERT_EQ(secure->constraints.size(), 1);
    EXPECT_EQ(secure->constraints[0].op, Constraint::Operator::Equal);
    // The parent keeps its own default.
    const TypeDefinition &endpoint
        = resolved(TypeKind::Capability, QStringLiteral("tosca.capabilities.Endpoint"));
    EXPECT_EQ(findDefinition(endpoint.properties, QStringLiteral("secure"))->defaultValue.text(),
              QStringLiteral("false"));
    // And the override keeps the parent's position: same member order as Endpoint.
    EXPECT_EQ(names(admin.properties), names(endpoint.properties));
}

TEST_F(Registry, OverrideKeepsParentMemberOrder)
{
    const TypeDefinition &child
        = resolved(TypeKind::Node, QStringLiteral("org.example.nodes.Child"));
    EXPECT_EQ(names(child.properties),
              QStringList({QStringLiteral("component_version"),
                           QStringLiteral("first"),
                           QStringLiteral("second"),
                           QStringLiteral("third"),
                           QStringLiteral("fourth")}));
    const PropertyDefinition *second = findDefinition(child.properties, QStringLiteral("second"));
    ASSERT_NE(second, nullptr);
    EXPECT_FALSE(second->required);
    EXPECT_EQ(second->defaultValue.text(), QStringLiteral("2"));
    // The parent is unchanged.
    const TypeDefinition &base = resolved(TypeKind::Node, QStringLiteral("org.example.nodes.Base"));
    EXPECT_TRUE(findDefinition(base.properties, QStringLiteral("second"))->required);
}

TEST_F(Registry, AbstractIsNotInherited)
{
    EXPECT_TRUE(resolved(TypeKind::Node, QStringLiteral("org.example.nodes.Base")).abstract);
    EXPECT_FALSE(resolved(TypeKind::Node, QStringLiteral("org.example.nodes.Child")).abstract);
    EXPECT_TRUE(resolved(TypeKind::Node, QStringLiteral("tosca.nodes.SoftwareComponent")).abstract);
    EXPECT_FALSE(
        resolved(TypeKind::Node, QStringLiteral("org.alien4cloud.nodes.MesosMaster")).abstract);
}

TEST_F(Registry, InterfacesWithLongAndShortNamesMerge)
{
    // Base writes tosca.interfaces.node.lifecycle.Standard, Child writes Standard.
    const TypeDefinition &child
        = resolved(TypeKind::Node, QStringLiteral("org.example.nodes.Child"));
    int standardCount = 0;
    const InterfaceDefinition *standard = nullptr;
    for (const InterfaceDefinition &i : child.interfaces) {
        if (InterfaceDefinition::canonicalName(i.name) == QLatin1String("Standard")) {
            ++standardCount;
            standard = &i;
        }
    }
    ASSERT_EQ(standardCount, 1);
    // Root's five operations, in Root's order; Base and Child implement some of them.
    QStringList operations;
    for (const OperationDefinition &op : standard->operations)
        operations << op.name + QLatin1Char('=') + op.implementation;
    EXPECT_EQ(operations,
              QStringList({QStringLiteral("create=scripts/base_create.sh"),
                           QStringLiteral("configure="),
                           QStringLiteral("start=scripts/child_start.sh"),
                           QStringLiteral("stop=scripts/child_stop.sh"),
                           QStringLiteral("delete=")}));

    // Relationships: Root's long-named Configure, Base's short one, Derived's long one again.
    const TypeDefinition &derived
        = resolved(TypeKind::Relationship, QStringLiteral("org.example.relationships.Derived"));
    ASSERT_EQ(derived.interfaces.size(), 1);
    QStringList implemented;
    for (const OperationDefinition &op : derived.interfaces[0].operations) {
        if (!op.implementation.isEmpty())
            implemented << op.name + QLatin1Char('=') + op.implementation;
    }
    EXPECT_EQ(implemented,
              QStringList({QStringLiteral("pre_configure_source=scripts/base_pre.sh"),
                           QStringLiteral("post_configure_source=scripts/derived_post.sh")}));
    EXPECT_EQ(derived.interfaces[0].operations.size(), 10);
}

TEST_F(Registry, ValidTargetTypesAreReplacedNotMerged)
{
    const TypeDefinition &base
        = resolved(TypeKind::Relationship, QStringLiteral("org.example.relationships.Base"));
    ASSERT_TRUE(base.validTargetTypes.has_value());
    EXPECT_EQ(*base.validTargetTypes, QStringList{QStringLiteral("tosca.capabilities.Endpoint")});
    const TypeDefinition &derived
        = resolved(TypeKind::Relationship, QStringLiteral("org.example.relationships.Derived"));
    ASSERT_TRUE(derived.validTargetTypes.has_value());
    EXPECT_EQ(*derived.validTargetTypes,
              QStringList{QStringLiteral("org.example.capabilities.Special")});
    // Not written: inherited from the nearest ancestor that writes it.
    const TypeDefinition &inheriting
        = resolved(TypeKind::Relationship, QStringLiteral("org.example.relationships.Inheriting"));
    ASSERT_TRUE(inheriting.validTargetTypes.has_value());
    EXPECT_EQ(*inheriting.validTargetTypes,
              QStringList{QStringLiteral("org.example.capabilities.Special")});
    // And the published relationship types.
    const TypeDefinition &marathonOnMaster
        = resolved(TypeKind::Relationship,
                   QStringLiteral("org.alien4cloud.relationships.MarathonHostedOnMaster"));
    EXPECT_EQ(*marathonOnMaster.validTargetTypes,
              QStringList{QStringLiteral("org.alien4cloud.nodes.MesosMaster")});
    EXPECT_TRUE(registry->derivesFrom(
        TypeKind::Relationship,
        QStringLiteral("org.alien4cloud.relationships.MarathonHostedOnMaster"),
        QStringLiteral("tosca.relationships.HostedOn")));
}

TEST_F(Registry, DataTypeDerivedFromPrimitive)
{
    EXPECT_TRUE(TypeRegistry::isPrimitiveType(QStringLiteral("scalar-unit.size")));
    EXPECT_FALSE(TypeRegistry::isPrimitiveType(QStringLiteral("tosca.datatypes.Credential")));
    const TypeDefinition &port
        = resolved(TypeKind::Data, QStringLiteral("org.example.datatypes.Port"));
    EXPECT_EQ(port.constraints.size(), 1);
    EXPECT_EQ(registry->lineage(TypeKind::Data, QStringLiteral("org.example.datatypes.Port")),
              QStringList{QStringLiteral("org.example.datatypes.Port")});
}

TEST_F(Registry, IconComesFromTheNearestAncestor)
{
    QString archive;
    QString path;
    ASSERT_TRUE(
        registry->icon(QStringLiteral("org.alien4cloud.nodes.MesosMaster"), &archive, &path));
    EXPECT_EQ(archive, QStringLiteral("mesos-types:1.4.0-SNAPSHOT"));
    EXPECT_EQ(path, QStringLiteral("/images/mesos_icon.png"));
    // MesosDNS has no icon of its own: SoftwareComponent's.
    ASSERT_TRUE(registry->icon(QStringLiteral("org.alien4cloud.nodes.MesosDNS"), &archive, &path));
    EXPECT_EQ(archive, QStringLiteral("tosca-normative-types:1.0.0-ALIEN14"));
    EXPECT_EQ(path, QStringLiteral("/images/software.png"));
}

TEST(TypeRegistry, UnknownParent)
{
    TypeRegistry registry;
    const QString path = dataPath(QStringLiteral("invalid/unknown-parent.yml"));
    Diagnostics diagnostics;
    registry.addArchive(
        readArchive(QStringLiteral(":/types/tosca-normative-types/normative-types.yml")),
        &diagnostics);
    registry.addArchive(ToscaReader().readFile(path, &diagnostics), &diagnostics);
    registry.resolve(&diagnostics);
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-TYPE-001"));
    EXPECT_EQ(diagnostics[0].location, (SourceLocation{path, 11, 3}));
    EXPECT_TRUE(diagnostics[0].message.contains(QStringLiteral("org.example.nodes.Missing")));
    EXPECT_EQ(registry.resolved(TypeKind::Node, QStringLiteral("org.example.nodes.Orphan")),
              nullptr);
    EXPECT_NE(registry.declared(TypeKind::Node, QStringLiteral("org.example.nodes.Orphan")),
              nullptr);
}

TEST(TypeRegistry, UnknownGrandparentIsReportedOnTheTypeThatNamesIt)
{
    TypeRegistry registry;
    const Diagnostics diagnostics = resolveText("tosca_definitions_version: alien_dsl_1_4_0\n"
                                                "node_types:\n"
                                                "  a.Child:\n"
                                                "    derived_from: a.Parent\n"
                                                "  a.Parent:\n"
                                                "    derived_from: a.Missing\n",
                                                &registry);
    // Once, on a.Parent; a.Child is unresolved too but has nothing to fix.
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-TYPE-001"));
    EXPECT_EQ(diagnostics[0].location, (SourceLocation{QStringLiteral("types.yml"), 5, 3}));
    EXPECT_EQ(registry.resolved(TypeKind::Node, QStringLiteral("a.Child")), nullptr);
    EXPECT_EQ(registry.resolved(TypeKind::Node, QStringLiteral("a.Parent")), nullptr);
}

TEST(TypeRegistry, DerivedFromCycle)
{
    TypeRegistry registry;
    const QString path = dataPath(QStringLiteral("invalid/derived-cycle.yml"));
    Diagnostics diagnostics;
    registry.addArchive(
        readArchive(QStringLiteral(":/types/tosca-normative-types/normative-types.yml")),
        &diagnostics);
    registry.addArchive(ToscaReader().readFile(path, &diagnostics), &diagnostics);
    registry.resolve(&diagnostics);
    ASSERT_EQ(diagnostics.size(), 2) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-TYPE-002"));
    EXPECT_EQ(diagnostics[0].location, (SourceLocation{path, 11, 3}));
    EXPECT_EQ(diagnostics[1].code, QStringLiteral("TOPO-TYPE-002"));
    EXPECT_EQ(diagnostics[1].location, (SourceLocation{path, 13, 3}));
    EXPECT_EQ(registry.resolved(TypeKind::Node, QStringLiteral("org.example.nodes.Egg")), nullptr);
    EXPECT_FALSE(registry.derivesFrom(TypeKind::Node,
                                      QStringLiteral("org.example.nodes.Egg"),
                                      QStringLiteral("org.example.nodes.Chicken")));
}

TEST(TypeRegistry, TypeDerivingFromACycleIsNotItselfACycle)
{
    TypeRegistry registry;
    const Diagnostics diagnostics = resolveText("tosca_definitions_version: alien_dsl_1_4_0\n"
                                                "node_types:\n"
                                                "  a.Outside:\n"
                                                "    derived_from: a.Egg\n"
                                                "  a.Egg:\n"
                                                "    derived_from: a.Chicken\n"
                                                "  a.Chicken:\n"
                                                "    derived_from: a.Egg\n",
                                                &registry);
    // The two members of the cycle say so; a.Outside is merely unresolved.
    ASSERT_EQ(diagnostics.size(), 2) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].location.line, 5);
    EXPECT_EQ(diagnostics[1].location.line, 7);
    EXPECT_EQ(registry.resolved(TypeKind::Node, QStringLiteral("a.Outside")), nullptr);
}

TEST(TypeRegistry, SelfDerivation)
{
    TypeRegistry registry;
    const Diagnostics diagnostics = resolveText("tosca_definitions_version: alien_dsl_1_4_0\n"
                                                "capability_types:\n"
                                                "  a.Loop:\n"
                                                "    derived_from: a.Loop\n",
                                                &registry);
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-TYPE-002"));
    EXPECT_EQ(diagnostics[0].location.line, 3);
}

TEST(TypeRegistry, TypeRedefinedByAnotherArchive)
{
    TypeRegistry registry;
    const Diagnostics diagnostics = resolveText("tosca_definitions_version: alien_dsl_1_4_0\n"
                                                "metadata:\n"
                                                "  template_name: thief\n"
                                                "  template_version: 1.0\n"
                                                "node_types:\n"
                                                "  tosca.nodes.Compute:\n"
                                                "    derived_from: tosca.nodes.Root\n",
                                                &registry);
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-TYPE-003"));
    EXPECT_EQ(diagnostics[0].location, (SourceLocation{QStringLiteral("types.yml"), 6, 3}));
    // The first declaration is kept.
    EXPECT_EQ(registry.declared(TypeKind::Node, QStringLiteral("tosca.nodes.Compute"))->archiveId,
              QStringLiteral("tosca-normative-types:1.0.0-ALIEN14"));
}

TEST(TypeRegistry, TheArchiveItselfShadowsAnImportedTypeWithAWarning)
{
    // Alien4Cloud's parser looks a type up in the archive being read before its imports; its
    // catalog then refuses the archive. Topologist reads it the parser's way and says so.
    TypeRegistry registry;
    Diagnostics diagnostics;
    registry.addArchive(
        readArchive(QStringLiteral(":/types/tosca-normative-types/normative-types.yml")),
        &diagnostics);
    const ToscaArchive own = ToscaReader().read("tosca_definitions_version: alien_dsl_1_4_0\n"
                                                "node_types:\n"
                                                "  tosca.nodes.Compute:\n"
                                                "    derived_from: tosca.nodes.Root\n"
                                                "    description: mine\n",
                                                QStringLiteral("types.yml"),
                                                &diagnostics);
    registry.addOwnArchive(own, &diagnostics);
    registry.resolve(&diagnostics);
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-TYPE-004"));
    EXPECT_EQ(diagnostics[0].severity, Severity::Warning);
    EXPECT_EQ(diagnostics[0].location, (SourceLocation{QStringLiteral("types.yml"), 3, 3}));
    EXPECT_EQ(registry.declared(TypeKind::Node, QStringLiteral("tosca.nodes.Compute"))->description,
              QStringLiteral("mine"));
}

TEST(TypeRegistry, AddingTheSameArchiveTwiceIsHarmless)
{
    // A file imported along two paths reaches the registry twice.
    TypeRegistry registry;
    Diagnostics diagnostics;
    const ToscaArchive normative
        = readArchive(QStringLiteral(":/types/tosca-normative-types/normative-types.yml"));
    registry.addArchive(normative, &diagnostics);
    registry.addArchive(normative, &diagnostics);
    registry.resolve(&diagnostics);
    EXPECT_TRUE(diagnostics.isEmpty()) << describe(diagnostics);
}
