// SPDX-License-Identifier: GPL-3.0-or-later
// What a problem is about, as a typed value: each kind keeps the text users and reports have
// always seen, and the designer asks it questions instead of parsing that text.
#include "catalog/topologyloader.h"
#include "testhelpers.h"
#include "validation/problemmember.h"
#include "validation/validationcontext.h"
#include "validation/validator.h"

#include <QSet>

#include <gtest/gtest.h>

#include <ostream>

namespace Topologist {
// Readable failures: gtest finds this through the argument's namespace.
void PrintTo(const ProblemMember &member, std::ostream *out)
{
    *out << '"' << member.toString().toStdString() << "\" (kind " << int(member.kind()) << ')';
}
} // namespace Topologist

using namespace Topologist;
using Kind = ProblemMember::Kind;

namespace {

struct Spelling
{
    ProblemMember member;
    Kind kind;
    const char *text;
};

/// One of each kind, with the text the JSON/SARIF reports and the problem list have shown.
QList<Spelling> spellings()
{
    return {
        {ProblemMember(), Kind::None, ""},
        {ProblemMember::nodeType(), Kind::NodeType, "type"},
        {ProblemMember::nodeName(), Kind::NodeName, "name"},
        {ProblemMember::property(QStringLiteral("port")), Kind::Property, "property port"},
        {ProblemMember::capability(QStringLiteral("scalable")),
         Kind::Capability,
         "capability scalable"},
        {ProblemMember::capabilityProperty(QStringLiteral("scalable"),
                                           QStringLiteral("default_instances")),
         Kind::CapabilityProperty,
         "capability scalable.default_instances"},
        {ProblemMember::requirement(QStringLiteral("host")), Kind::Requirement, "requirement host"},
        {ProblemMember::requirementProperty(QStringLiteral("host"), QStringLiteral("weight")),
         Kind::RequirementProperty,
         "requirement host property weight"},
        {ProblemMember::substitutionType(), Kind::SubstitutionType, "substitution type"},
        {ProblemMember::substitutionCapability(QStringLiteral("host")),
         Kind::SubstitutionCapability,
         "substitution capability host"},
        {ProblemMember::substitutionRequirement(QStringLiteral("host")),
         Kind::SubstitutionRequirement,
         "substitution requirement host"},
        {ProblemMember::substitutionProperty(QStringLiteral("port")),
         Kind::SubstitutionProperty,
         "substitution property port"},
    };
}

} // namespace

TEST(ProblemMember, EachKindKeepsItsLegacySpelling)
{
    for (const Spelling &s : spellings()) {
        EXPECT_EQ(s.member.kind(), s.kind) << s.text;
        EXPECT_EQ(s.member.toString(), QString::fromLatin1(s.text));
        EXPECT_EQ(s.member.isEmpty(), s.kind == Kind::None) << s.text;
    }
}

TEST(ProblemMember, EqualOnlyToTheSameKindAndNames)
{
    const QList<Spelling> all = spellings();
    for (int i = 0; i < all.size(); ++i) {
        for (int j = 0; j < all.size(); ++j)
            EXPECT_EQ(all[i].member == all[j].member, i == j)
                << all[i].text << " / " << all[j].text;
    }
    EXPECT_EQ(ProblemMember::property(QStringLiteral("port")),
              ProblemMember::property(QStringLiteral("port")));
    EXPECT_NE(ProblemMember::property(QStringLiteral("port")),
              ProblemMember::property(QStringLiteral("host")));
    // Same owner name, different kinds.
    EXPECT_NE(ProblemMember::capability(QStringLiteral("host")),
              ProblemMember::requirement(QStringLiteral("host")));
}

TEST(ProblemMember, PartsStayApartWhereTheTextIsAmbiguous)
{
    // Both read "capability a.b.c"; only the typed value knows where the capability ends.
    const ProblemMember first
        = ProblemMember::capabilityProperty(QStringLiteral("a.b"), QStringLiteral("c"));
    const ProblemMember second
        = ProblemMember::capabilityProperty(QStringLiteral("a"), QStringLiteral("b.c"));
    EXPECT_EQ(first.toString(), second.toString());
    EXPECT_NE(first, second);
    EXPECT_EQ(first.capabilityName(), QStringLiteral("a.b"));
    EXPECT_EQ(second.capabilityName(), QStringLiteral("a"));
}

TEST(ProblemMember, NamesEachKindCarries)
{
    const ProblemMember capabilityProperty
        = ProblemMember::capabilityProperty(QStringLiteral("scalable"), QStringLiteral("min"));
    EXPECT_EQ(capabilityProperty.capabilityName(), QStringLiteral("scalable"));
    EXPECT_EQ(capabilityProperty.propertyName(), QStringLiteral("min"));
    EXPECT_TRUE(capabilityProperty.requirementName().isEmpty());

    const ProblemMember requirementProperty
        = ProblemMember::requirementProperty(QStringLiteral("host"), QStringLiteral("weight"));
    EXPECT_EQ(requirementProperty.requirementName(), QStringLiteral("host"));
    EXPECT_EQ(requirementProperty.propertyName(), QStringLiteral("weight"));
    EXPECT_TRUE(requirementProperty.capabilityName().isEmpty());

    const ProblemMember property = ProblemMember::property(QStringLiteral("port"));
    EXPECT_EQ(property.propertyName(), QStringLiteral("port"));
    EXPECT_TRUE(property.capabilityName().isEmpty());
    EXPECT_TRUE(property.requirementName().isEmpty());

    EXPECT_EQ(ProblemMember::capability(QStringLiteral("os")).capabilityName(),
              QStringLiteral("os"));
    EXPECT_EQ(ProblemMember::requirement(QStringLiteral("host")).requirementName(),
              QStringLiteral("host"));
    EXPECT_TRUE(ProblemMember::nodeType().capabilityName().isEmpty());
    EXPECT_TRUE(ProblemMember::nodeName().requirementName().isEmpty());
}

TEST(ProblemMember, AboutCapabilityCoversTheCapabilityAndItsPropertiesOnly)
{
    const QString scalable = QStringLiteral("scalable");
    EXPECT_TRUE(ProblemMember::capability(scalable).isAboutCapability(scalable));
    EXPECT_TRUE(ProblemMember::capabilityProperty(scalable, QStringLiteral("min_instances"))
                    .isAboutCapability(scalable));
    // A longer name with the same start is another capability.
    EXPECT_FALSE(
        ProblemMember::capability(QStringLiteral("scalable2")).isAboutCapability(scalable));
    EXPECT_FALSE(
        ProblemMember::capabilityProperty(QStringLiteral("scalable.x"), QStringLiteral("y"))
            .isAboutCapability(scalable));
    EXPECT_FALSE(ProblemMember::requirement(scalable).isAboutCapability(scalable));
    EXPECT_FALSE(ProblemMember::property(scalable).isAboutCapability(scalable));
    EXPECT_FALSE(ProblemMember().isAboutCapability(QString()));
}

TEST(ProblemMember, AboutRequirementCoversTheRequirementAndItsPropertiesOnly)
{
    const QString host = QStringLiteral("host");
    EXPECT_TRUE(ProblemMember::requirement(host).isAboutRequirement(host));
    EXPECT_TRUE(ProblemMember::requirementProperty(host, QStringLiteral("weight"))
                    .isAboutRequirement(host));
    EXPECT_FALSE(ProblemMember::requirement(QStringLiteral("hosted")).isAboutRequirement(host));
    // A name with a space stays whole.
    EXPECT_FALSE(ProblemMember::requirement(QStringLiteral("host db")).isAboutRequirement(host));
    EXPECT_TRUE(ProblemMember::requirement(QStringLiteral("host db"))
                    .isAboutRequirement(QStringLiteral("host db")));
    EXPECT_FALSE(ProblemMember::capability(host).isAboutRequirement(host));
    EXPECT_FALSE(ProblemMember().isAboutRequirement(QString()));
}

TEST(ProblemMember, HashesAsItCompares)
{
    QSet<ProblemMember> set;
    for (const Spelling &s : spellings())
        set.insert(s.member);
    EXPECT_EQ(set.size(), spellings().size());
    EXPECT_TRUE(set.contains(ProblemMember::capabilityProperty(
        QStringLiteral("scalable"), QStringLiteral("default_instances"))));
    EXPECT_FALSE(set.contains(ProblemMember::capability(QStringLiteral("host"))));
}

// The rules build members through the named constructors; these are the kinds no other test
// pins down by their text.
TEST(ProblemMember, RulesNameTypeNameAndRelationshipProperties)
{
    const QByteArray yaml
        = "tosca_definitions_version: alien_dsl_1_4_0\n"
          "metadata:\n  template_name: t\n  template_version: 1.0.0-SNAPSHOT\n"
          "imports:\n  - tosca-normative-types:1.0.0-ALIEN14\n"
          "topology_template:\n  node_templates:\n"
          "    Server:\n      type: tosca.nodes.Compute\n"
          "    My App:\n      type: tosca.nodes.SoftwareComponent\n"
          "      requirements:\n"
          "        - host:\n            node: Server\n            properties: {bogus: 1}\n"
          "    Ghost:\n      type: my.nodes.Missing\n";
    const LoadedTopology loaded = TopologyLoader(Topologist::Test::bundledCatalog())
                                      .loadBytes(yaml, QStringLiteral("t.yml"));
    ASSERT_TRUE(loaded.archive.topology);
    const ValidationContext context(loaded.archive, *loaded.archive.topology, *loaded.types);
    const Problems problems = Validator::standard().validate(context);
    const auto memberOf = [&](const QString &code, const QString &node) {
        for (const Problem &p : problems) {
            if (p.code == code && p.node == node)
                return p.member;
        }
        return ProblemMember::property(QStringLiteral("<no such problem>"));
    };
    const ProblemMember typeMember
        = memberOf(QStringLiteral("TOPO-NODE-001"), QStringLiteral("Ghost"));
    EXPECT_EQ(typeMember, ProblemMember::nodeType());
    EXPECT_EQ(typeMember.toString(), QStringLiteral("type"));
    const ProblemMember nameMember
        = memberOf(QStringLiteral("TOPO-NAME-001"), QStringLiteral("My App"));
    EXPECT_EQ(nameMember, ProblemMember::nodeName());
    EXPECT_EQ(nameMember.toString(), QStringLiteral("name"));
    const ProblemMember relationshipMember
        = memberOf(QStringLiteral("TOPO-PROP-001"), QStringLiteral("My App"));
    EXPECT_EQ(relationshipMember,
              ProblemMember::requirementProperty(QStringLiteral("host"), QStringLiteral("bogus")));
    EXPECT_EQ(relationshipMember.toString(), QStringLiteral("requirement host property bogus"));
}

TEST(ProblemMember, AWorkflowIsATargetOfItsOwn)
{
    const ProblemMember member = ProblemMember::workflow(QStringLiteral("repair"));
    EXPECT_EQ(member.kind(), ProblemMember::Kind::Workflow);
    EXPECT_EQ(member.workflowName(), QStringLiteral("repair"));
    EXPECT_EQ(member.toString(), QStringLiteral("workflow repair"));
    EXPECT_TRUE(member.requirementName().isEmpty());
    EXPECT_NE(member, ProblemMember::requirement(QStringLiteral("repair")));
    EXPECT_TRUE(ProblemMember::requirement(QStringLiteral("repair")).workflowName().isEmpty());
}

TEST(ProblemMember, SubstitutionKindsNameTheExposedEntryAndNothingOfANode)
{
    const ProblemMember capability = ProblemMember::substitutionCapability(QStringLiteral("host"));
    EXPECT_TRUE(capability.isAboutSubstitution());
    EXPECT_EQ(capability.substitutionName(), QStringLiteral("host"));
    EXPECT_TRUE(capability.capabilityName().isEmpty()) << "no capability of a node";
    EXPECT_FALSE(capability.isAboutCapability(QStringLiteral("host")));
    EXPECT_NE(capability, ProblemMember::capability(QStringLiteral("host")));
    EXPECT_NE(capability, ProblemMember::substitutionRequirement(QStringLiteral("host")));
    EXPECT_TRUE(ProblemMember::substitutionType().isAboutSubstitution());
    EXPECT_TRUE(ProblemMember::substitutionType().substitutionName().isEmpty());
    EXPECT_FALSE(ProblemMember::capability(QStringLiteral("host")).isAboutSubstitution());
    EXPECT_TRUE(ProblemMember::capability(QStringLiteral("host")).substitutionName().isEmpty());
    QSet<ProblemMember> set{capability,
                            ProblemMember::substitutionRequirement(QStringLiteral("host"))};
    EXPECT_EQ(set.size(), 2);
}

TEST(ProblemMember, GroupsAndPoliciesAreTargetsOfTheirOwn)
{
    const ProblemMember group = ProblemMember::group(QStringLiteral("Agents"));
    EXPECT_EQ(group.kind(), ProblemMember::Kind::Group);
    EXPECT_EQ(group.groupName(), QStringLiteral("Agents"));
    EXPECT_TRUE(group.policyName().isEmpty());
    EXPECT_EQ(group.toString(), QStringLiteral("group Agents"));
    const ProblemMember policy = ProblemMember::policy(QStringLiteral("Agents"));
    EXPECT_EQ(policy.policyName(), QStringLiteral("Agents"));
    EXPECT_TRUE(policy.groupName().isEmpty());
    EXPECT_EQ(policy.toString(), QStringLiteral("policy Agents"));
    EXPECT_NE(group, policy) << "the same name, another section";
    EXPECT_NE(qHash(group), qHash(policy));
}
