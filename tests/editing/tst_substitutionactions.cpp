// SPDX-License-Identifier: GPL-3.0-or-later
// The substitution mapping edited through SubstitutionActions: each edit one undo step that
// gives the file back byte for byte, views told through sectionsChanged(), the validator
// following, and node and input renames and deletes carried into the mapping.
#include "documentactions.h"
#include "exampledocument.h"
#include "sectionactions.h"
#include "substitutionactions.h"
#include "testhelpers.h"
#include "testpaths.h"
#include "topologydocument.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;
using Side = SubstitutionMapping::Side;

namespace {

bool hasProblem(const TopologyDocument &document, const QString &code)
{
    for (const Problem &p : document.problems()) {
        if (p.code == code)
            return true;
    }
    return false;
}

SubstitutionTarget exposed(const QString &name, const QString &node, const QString &target)
{
    SubstitutionTarget t;
    t.name = name;
    t.node = node;
    t.target = target;
    return t;
}

PropertyMapping mapped(const QString &property, const QString &input)
{
    PropertyMapping m;
    m.name = property;
    m.input = input;
    return m;
}

PropertyDefinition input(const QString &name, const QString &type)
{
    PropertyDefinition definition;
    definition.name = name;
    definition.type = type;
    return definition;
}

const QString softwareComponent = QStringLiteral("tosca.nodes.SoftwareComponent");

} // namespace

TEST(SubstitutionActions, eachEditIsOneUndoStepThatGivesTheFileBackByteForByte)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    SubstitutionActions actions(document.get());
    const QByteArray before = document->serialize();
    QSignalSpy sections(document.get(), &TopologyDocument::sectionsChanged);

    ASSERT_TRUE(actions.setNodeType(softwareComponent));
    EXPECT_EQ(sections.count(), 1);
    ASSERT_TRUE(actions.addTarget(Side::Capabilities,
                                  exposed(QStringLiteral("marathon"),
                                          QStringLiteral("Marathon"),
                                          QStringLiteral("marathon"))));
    ASSERT_TRUE(actions.addTarget(
        Side::Requirements,
        exposed(QStringLiteral("host"), QStringLiteral("MesosMaster"), QStringLiteral("host"))));
    EXPECT_EQ(document->undoStack()->count(), 3);
    const QByteArray mapped = document->serialize();
    EXPECT_TRUE(
        mapped.contains("substitution_mappings:\n    node_type: tosca.nodes.SoftwareComponent"))
        << mapped.toStdString();
    EXPECT_EQ(actions.mapping().capabilities.front().node, QStringLiteral("Marathon"));
    for (const Problem &p : document->problems())
        EXPECT_FALSE(p.code.startsWith(QLatin1String("TOPO-SUBST"))) << p.toString().toStdString();

    document->undoStack()->undo();
    document->undoStack()->undo();
    document->undoStack()->undo();
    EXPECT_EQ(document->serialize(), before);
    EXPECT_TRUE(document->topology().substitutionMappings.isNull());
    for (int i = 0; i < 3; ++i)
        document->undoStack()->redo();
    EXPECT_EQ(document->serialize(), mapped);

    // Removing the mapping is one step too.
    ASSERT_TRUE(actions.removeMapping());
    EXPECT_EQ(document->serialize(), before);
    document->undoStack()->undo();
    EXPECT_EQ(document->serialize(), mapped);
}

TEST(SubstitutionActions, namesAreUniqueAndAnEditThatChangesNothingIsRefused)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    SubstitutionActions actions(document.get());
    ASSERT_TRUE(actions.setNodeType(softwareComponent));
    EXPECT_FALSE(actions.setNodeType(softwareComponent)) << "nothing changes";
    const SubstitutionTarget marathon
        = exposed(QStringLiteral("api"), QStringLiteral("Marathon"), QStringLiteral("marathon"));
    ASSERT_TRUE(actions.addTarget(Side::Capabilities, marathon));
    EXPECT_FALSE(actions.addTarget(Side::Capabilities, marathon)) << "api is taken";
    EXPECT_TRUE(actions.addTarget(
        Side::Requirements,
        exposed(QStringLiteral("api"), QStringLiteral("MesosMaster"), QStringLiteral("host"))))
        << "the other side has its own names";
    ASSERT_TRUE(actions.addTarget(Side::Capabilities,
                                  exposed(QStringLiteral("master"),
                                          QStringLiteral("MesosMaster"),
                                          QStringLiteral("master"))));
    SubstitutionTarget renamed = marathon;
    renamed.name = QStringLiteral("master");
    EXPECT_FALSE(actions.changeTarget(Side::Capabilities, QStringLiteral("api"), renamed));
    renamed.name = QStringLiteral("marathon_api");
    ASSERT_TRUE(actions.changeTarget(Side::Capabilities, QStringLiteral("api"), renamed));
    EXPECT_EQ(actions.mapping().capabilities.front().name, QStringLiteral("marathon_api"));
    EXPECT_FALSE(actions.changeTarget(Side::Capabilities, QStringLiteral("api"), renamed))
        << "no api any more";
    ASSERT_TRUE(actions.removeTarget(Side::Capabilities, QStringLiteral("marathon_api")));
    EXPECT_FALSE(actions.removeTarget(Side::Capabilities, QStringLiteral("marathon_api")));
    EXPECT_EQ(actions.mapping().capabilities.size(), 1);
}

TEST(SubstitutionActions, aFaultyEntryIsAProblemUntilItIsPutRight)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    SubstitutionActions actions(document.get());
    ASSERT_TRUE(actions.setNodeType(QStringLiteral("org.alien4cloud.nodes.MesosMaster")));
    EXPECT_TRUE(hasProblem(*document, QStringLiteral("TOPO-SUBST-002"))) << "not abstract";
    ASSERT_TRUE(actions.setNodeType(softwareComponent));
    EXPECT_FALSE(hasProblem(*document, QStringLiteral("TOPO-SUBST-002")));

    ASSERT_TRUE(actions.addTarget(
        Side::Capabilities,
        exposed(QStringLiteral("api"), QStringLiteral("Marathon"), QStringLiteral("api"))));
    EXPECT_TRUE(hasProblem(*document, QStringLiteral("TOPO-SUBST-005")));
    ASSERT_TRUE(actions.changeTarget(
        Side::Capabilities,
        QStringLiteral("api"),
        exposed(QStringLiteral("api"), QStringLiteral("Marathon"), QStringLiteral("marathon"))));
    EXPECT_FALSE(hasProblem(*document, QStringLiteral("TOPO-SUBST-005")));
    document->undoStack()->undo();
    EXPECT_TRUE(hasProblem(*document, QStringLiteral("TOPO-SUBST-005")));
    document->undoStack()->redo();
    EXPECT_FALSE(hasProblem(*document, QStringLiteral("TOPO-SUBST-005")));
}

TEST(SubstitutionActions, renamingOrDeletingANodeCarriesIntoTheMappingAsOneStep)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    SubstitutionActions actions(document.get());
    ASSERT_TRUE(actions.setNodeType(softwareComponent));
    ASSERT_TRUE(actions.addTarget(
        Side::Capabilities,
        exposed(QStringLiteral("api"), QStringLiteral("Marathon"), QStringLiteral("marathon"))));
    const QByteArray mapped = document->serialize();
    DocumentActions nodes(document.get());
    ASSERT_TRUE(nodes.renameNode(QStringLiteral("Marathon"), QStringLiteral("Scheduler")));
    EXPECT_EQ(actions.mapping().capabilities.front().node, QStringLiteral("Scheduler"));
    EXPECT_FALSE(hasProblem(*document, QStringLiteral("TOPO-SUBST-004")));
    document->undoStack()->undo();
    EXPECT_EQ(document->serialize(), mapped);

    ASSERT_TRUE(nodes.removeNodes({QStringLiteral("Marathon")}));
    EXPECT_TRUE(actions.mapping().capabilities.isEmpty()) << "gone with its node";
    EXPECT_FALSE(hasProblem(*document, QStringLiteral("TOPO-SUBST-004")));
    document->undoStack()->undo();
    EXPECT_EQ(document->serialize(), mapped);
}

TEST(SubstitutionActions, propertiesFollowTheirInputAndAMissingOneIsFlagged)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    SubstitutionActions actions(document.get());
    SectionActions inputs(document.get());
    ASSERT_TRUE(actions.setNodeType(softwareComponent));
    ASSERT_TRUE(inputs.addInput(input(QStringLiteral("version"), QStringLiteral("version"))));
    EXPECT_FALSE(actions.addProperty(mapped(QStringLiteral("component_version"), QString())))
        << "a mapping onto no input";
    ASSERT_TRUE(actions.addProperty(
        mapped(QStringLiteral("component_version"), QStringLiteral("version"))));
    EXPECT_FALSE(hasProblem(*document, QStringLiteral("TOPO-SUBST-008")));
    EXPECT_TRUE(hasProblem(*document, QStringLiteral("TOPO-SUBST-010"))) << "another name";

    PropertyDefinition renamed = document->topology().inputs.front();
    renamed.name = QStringLiteral("component_version");
    ASSERT_TRUE(inputs.changeInput(QStringLiteral("version"), renamed));
    EXPECT_EQ(actions.mapping().properties.front().input, QStringLiteral("component_version"));
    EXPECT_FALSE(hasProblem(*document, QStringLiteral("TOPO-SUBST-010")));

    ASSERT_TRUE(actions.changeProperty(
        QStringLiteral("component_version"),
        mapped(QStringLiteral("component_version"), QStringLiteral("nothing"))));
    EXPECT_TRUE(hasProblem(*document, QStringLiteral("TOPO-SUBST-008")));
    document->undoStack()->undo();
    EXPECT_FALSE(hasProblem(*document, QStringLiteral("TOPO-SUBST-008")));

    ASSERT_TRUE(inputs.removeInput(QStringLiteral("component_version")));
    EXPECT_TRUE(actions.mapping().properties.isEmpty());
    document->undoStack()->undo();
    ASSERT_EQ(actions.mapping().properties.size(), 1);
    ASSERT_TRUE(actions.removeProperty(QStringLiteral("component_version")));
    EXPECT_TRUE(actions.mapping().properties.isEmpty());
}

TEST(SubstitutionActions, aSavedFileWithAMappingOpensAndSavesUnchanged)
{
    const QByteArray golden = readAll(dataPath(QStringLiteral("golden/features.yml")));
    ASSERT_FALSE(golden.isEmpty());
    Diagnostics diagnostics;
    auto document = TopologyDocument::fromBytes(
        golden, QStringLiteral("features.yml"), bundledCatalog(), &diagnostics);
    ASSERT_NE(document, nullptr);
    EXPECT_EQ(document->serialize(), golden);
    // An edit elsewhere in the mapping leaves the rest of it as written.
    SubstitutionActions actions(document.get());
    ASSERT_TRUE(actions.removeTarget(Side::Requirements, QStringLiteral("network")));
    const QByteArray edited = document->serialize();
    EXPECT_TRUE(edited.contains("    capabilities:\n      master:\n        - MesosMaster\n"))
        << edited.toStdString();
    EXPECT_FALSE(edited.contains("network:\n        - Compute")) << edited.toStdString();
    document->undoStack()->undo();
    EXPECT_EQ(document->serialize(), golden);
}

TEST(SubstitutionActions, offersTheTypesAndNamesTheModelHas)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    SubstitutionActions actions(document.get());
    const QStringList types = actions.substitutableTypes();
    EXPECT_TRUE(types.contains(softwareComponent));
    EXPECT_FALSE(types.contains(QStringLiteral("org.alien4cloud.nodes.MesosMaster")))
        << "alien_dsl: abstract types only";
    EXPECT_EQ(actions.targetsOf(Side::Capabilities, QStringLiteral("Marathon")),
              (QStringList{
                  QStringLiteral("feature"), QStringLiteral("marathon"), QStringLiteral("host")}));
    EXPECT_TRUE(actions.targetsOf(Side::Requirements, QStringLiteral("Marathon"))
                    .contains(QStringLiteral("host")));
    EXPECT_TRUE(actions.targetsOf(Side::Capabilities, QStringLiteral("Nobody")).isEmpty());
    EXPECT_TRUE(actions.substitutedTargets(Side::Capabilities).isEmpty()) << "no type yet";
    ASSERT_TRUE(actions.setNodeType(QStringLiteral("tosca.nodes.Database")));
    EXPECT_EQ(actions.substitutedTargets(Side::Capabilities),
              (QStringList{QStringLiteral("feature"), QStringLiteral("database_endpoint")}));
    EXPECT_TRUE(actions.substitutedProperties().contains(QStringLiteral("name")));
}
