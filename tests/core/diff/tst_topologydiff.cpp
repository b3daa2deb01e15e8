// SPDX-License-Identifier: GPL-3.0-or-later
// The model-level diff on pairs made from the four bundled templates: each kind of change is
// found, and nothing else is (issue 16, item 1).
#include "diff/topologydiff.h"
#include "diffexamples.h"
#include "qtprinters.h"
#include "testhelpers.h"
#include "validation/quickfixapplier.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

class TemplateDiff : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        before = exampleArchive(GetParam());
        ASSERT_TRUE(before.topology);
        after = before;
        master = firstOfType(after, "org.alien4cloud.nodes.MesosMaster");
        compute = firstOfType(after, "tosca.nodes.Compute");
        ASSERT_TRUE(master && compute);
    }

    QStringList changes() const { return summary(TopologyDiff::compare(before, after)); }
    QString masterPath(const char *rest = "") const
    {
        return QStringLiteral("node_templates/") + master->name + QString::fromLatin1(rest);
    }

    ToscaArchive before;
    ToscaArchive after;
    NodeTemplate *master = nullptr;
    NodeTemplate *compute = nullptr;
};

std::string testName(const ::testing::TestParamInfo<QString> &info)
{
    return QString(info.param).replace(QLatin1Char('-'), QLatin1Char('_')).toStdString();
}

/// The same topology written differently: nodes, properties and requirements in reverse
/// order, through the writer (other quoting and indentation, no comments).
ToscaArchive reformatted(const ToscaArchive &archive)
{
    ToscaArchive result = archive;
    TopologyTemplate &topology = *result.topology;
    QList<NodeTemplate> nodes;
    for (const NodeTemplate &node : topology.nodes())
        nodes.prepend(node);
    while (topology.nodeCount() > 0)
        topology.removeNodeAt(0);
    for (NodeTemplate node : nodes) {
        std::reverse(node.properties.entries().begin(), node.properties.entries().end());
        std::reverse(node.requirements.begin(), node.requirements.end());
        node.comments = CommentMap();
        topology.appendNode(node);
    }
    result.comments = CommentMap();
    return rewritten(result);
}

} // namespace

TEST_P(TemplateDiff, SameFileIsEqual)
{
    EXPECT_EQ(changes(), QStringList());
}

TEST_P(TemplateDiff, ReformattedFileIsEqual)
{
    const ToscaArchive other = reformatted(before);
    ASSERT_TRUE(other.topology);
    ASSERT_EQ(other.topology->nodeCount(), before.topology->nodeCount());
    // The text did change: the reversed order is in the file.
    ASSERT_NE(other.topology->nodeAt(0).name, before.topology->nodeAt(0).name);
    EXPECT_EQ(summary(TopologyDiff::compare(before, other)), QStringList());
}

TEST_P(TemplateDiff, AddedNodeIsTheOnlyChange)
{
    after.topology->appendNode(dockerEngineOn(QStringLiteral("ExtraDocker"), compute->name));
    EXPECT_EQ(changes(), QStringList{QStringLiteral("added node node_templates/ExtraDocker")});
}

TEST_P(TemplateDiff, RemovedNodeIsTheOnlyChange)
{
    before.topology->appendNode(dockerEngineOn(QStringLiteral("OldDocker"), compute->name));
    EXPECT_EQ(changes(), QStringList{QStringLiteral("removed node node_templates/OldDocker")});
}

TEST_P(TemplateDiff, RenameWithEditsIsARename)
{
    const QString oldName = master->name;
    ASSERT_TRUE(QuickFixApplier::renameNode(&*after.topology, oldName, QStringLiteral("Leader")));
    master = after.topology->node(QStringLiteral("Leader"));
    master->properties.insert(QStringLiteral("work_dir"), Value::scalar(QStringLiteral("/srv")));

    const Changes found = TopologyDiff::compare(before, after);
    // The requirements that follow the rename in other nodes are no change.
    EXPECT_EQ(summary(found),
              (QStringList{
                  QStringLiteral("renamed node node_templates/Leader"),
                  QStringLiteral("modified property node_templates/Leader/properties/work_dir")}));
    ASSERT_FALSE(found.isEmpty());
    EXPECT_EQ(found.first().before.text(), oldName);
    EXPECT_EQ(found.first().after.text(), QStringLiteral("Leader"));
}

TEST_P(TemplateDiff, RetypedNode)
{
    master->type = QStringLiteral("org.example.nodes.MesosMaster");
    EXPECT_EQ(changes(), QStringList{QStringLiteral("retyped node ") + masterPath("/type")});
}

TEST_P(TemplateDiff, PropertyChangedAddedAndRemoved)
{
    ASSERT_FALSE(master->properties.entries().empty());
    const QString first = master->properties.entries().front().key;
    master->properties.insert(first, Value::scalar(QStringLiteral("changed")));
    master->properties.insert(QStringLiteral("new_one"), Value::scalar(QStringLiteral("1")));
    before.topology->node(master->name)
        ->properties.insert(QStringLiteral("old_one"), Value::scalar(QStringLiteral("2")));
    EXPECT_EQ(
        changes(),
        (QStringList{QStringLiteral("modified property ") + masterPath("/properties/") + first,
                     QStringLiteral("removed property ") + masterPath("/properties/old_one"),
                     QStringLiteral("added property ") + masterPath("/properties/new_one")}));
}

TEST_P(TemplateDiff, CapabilityValueChanged)
{
    CapabilityAssignment *scalable = compute->capability(QStringLiteral("scalable"));
    if (!scalable) {
        CapabilityAssignment added;
        added.name = QStringLiteral("scalable");
        added.properties = Value::map();
        compute->capabilities.append(added);
        scalable = compute->capability(QStringLiteral("scalable"));
    }
    scalable->properties.insert(QStringLiteral("max_instances"),
                                Value::scalar(QStringLiteral("42")));
    const QStringList found = changes();
    ASSERT_EQ(found.size(), 1) << found.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(
        found.first().endsWith(QStringLiteral(" capability node_templates/") + compute->name
                               + QStringLiteral("/capabilities/scalable/properties/max_instances"))
        || found.first().startsWith(QStringLiteral("added capability")))
        << found.first().toStdString();
}

TEST_P(TemplateDiff, RequirementRetargetedAndAdded)
{
    ASSERT_FALSE(master->requirements.isEmpty());
    const QString name = master->requirements.first().name;
    master->requirements.first().node = QStringLiteral("ElsewhereCompute");
    RequirementAssignment extra = master->requirements.first();
    extra.name = QStringLiteral("dependency");
    master->requirements.append(extra);
    EXPECT_EQ(changes(),
              (QStringList{QStringLiteral("modified requirement ") + masterPath("/requirements/")
                               + name + QStringLiteral("/node"),
                           QStringLiteral("added requirement ")
                               + masterPath("/requirements/dependency")}));
}

TEST_P(TemplateDiff, ArtifactAndInterfaceChanged)
{
    ArtifactDefinition artifact;
    artifact.name = QStringLiteral("config");
    artifact.type = QStringLiteral("tosca.artifacts.File");
    artifact.file = Value::scalar(QStringLiteral("config/master.conf"));
    master->artifacts.append(artifact);
    Value standard = Value::map();
    standard.insert(QStringLiteral("create"), Value::scalar(QStringLiteral("scripts/create.sh")));
    master->interfaces.insert(QStringLiteral("Standard"), standard);
    EXPECT_EQ(
        changes(),
        (QStringList{QStringLiteral("added artifact ") + masterPath("/artifacts/config"),
                     QStringLiteral("added interface ") + masterPath("/interfaces/Standard")}));
}

TEST_P(TemplateDiff, InputsOutputsGroupsAndPolicies)
{
    TopologyTemplate &topology = *after.topology;
    PropertyDefinition input;
    input.name = QStringLiteral("zone");
    input.type = QStringLiteral("string");
    topology.inputs.append(input);
    OutputDefinition output;
    output.name = QStringLiteral("master_port");
    output.value = Value::scalar(QStringLiteral("5050"));
    topology.outputs.append(output);
    GroupDefinition group;
    group.name = QStringLiteral("masters");
    group.members = QStringList{master->name};
    topology.groups.append(group);
    PolicyDefinition policy;
    policy.name = QStringLiteral("spread");
    policy.type = QStringLiteral("org.alien4cloud.policies.AntiAffinity");
    policy.targets = QStringList{compute->name};
    topology.policies.append(policy);
    EXPECT_EQ(changes(),
              (QStringList{QStringLiteral("added input inputs/zone"),
                           QStringLiteral("added output outputs/master_port"),
                           QStringLiteral("added group groups/masters"),
                           QStringLiteral("added policy policies/spread")}));

    before = after;
    topology.groups.last().members.append(compute->name);
    topology.policies.last().type = QStringLiteral("org.alien4cloud.policies.Affinity");
    topology.inputs.last().required = false;
    topology.outputs.removeLast();
    EXPECT_EQ(changes(),
              (QStringList{QStringLiteral("added input inputs/zone/required"),
                           QStringLiteral("removed output outputs/master_port"),
                           QStringLiteral("modified group groups/masters/members"),
                           QStringLiteral("modified policy policies/spread/type")}));
}

TEST_P(TemplateDiff, ImportsAndHeader)
{
    after.version = QStringLiteral("2.0.0");
    after.imports.removeLast();
    ArchiveImport import;
    import.name = QStringLiteral("extra-types");
    import.version = QStringLiteral("1.0.0");
    after.imports.append(import);
    const QString removed = before.imports.last().id();
    EXPECT_EQ(changes(),
              (QStringList{QStringLiteral("modified header metadata/template_version"),
                           QStringLiteral("removed import imports/") + removed,
                           QStringLiteral("added import imports/extra-types:1.0.0")}));
}

TEST_P(TemplateDiff, LayoutOnlyIsReportedApart)
{
    master->position = QPointF(120, 80);
    const Changes found = TopologyDiff::compare(before, after);
    EXPECT_EQ(summary(found),
              QStringList{QStringLiteral("modified layout ") + masterPath("/position")});
    EXPECT_TRUE(TopologyDiff::withoutLayout(found).isEmpty());
    // Through the file too: the layout lives in the metadata the reader turns into positions.
    EXPECT_EQ(summary(TopologyDiff::compare(before, rewritten(after))), summary(found));
}

INSTANTIATE_TEST_SUITE_P(Templates, TemplateDiff, ::testing::ValuesIn(topologyNames()), testName);

TEST(TopologyDiff, NodeOfAnotherTypeIsNoRename)
{
    ToscaArchive before = exampleArchive(QStringLiteral("marathon"));
    ToscaArchive after = before;
    after.topology->removeNodeAt(after.topology->indexOf(QStringLiteral("MarathonLB")));
    after.topology->appendNode(
        dockerEngineOn(QStringLiteral("Docker3"), QStringLiteral("SlaveCompute")));
    EXPECT_EQ(summary(TopologyDiff::compare(before, after)),
              (QStringList{QStringLiteral("added node node_templates/Docker3"),
                           QStringLiteral("removed node node_templates/MarathonLB")}));
}

TEST(TopologyDiff, RenamesAmongManyNodesOfOneTypeFollowTheirContent)
{
    // Marathon has two DockerEngines and two MesosSlaves; renaming both slaves must pair each
    // with its own content, not by position.
    ToscaArchive before = exampleArchive(QStringLiteral("marathon"));
    ToscaArchive after = before;
    ASSERT_TRUE(QuickFixApplier::renameNode(
        &*after.topology, QStringLiteral("MesosSlave"), QStringLiteral("AgentA")));
    ASSERT_TRUE(QuickFixApplier::renameNode(
        &*after.topology, QStringLiteral("MesosSlave_2"), QStringLiteral("AgentB")));
    const QHash<QString, QString> renamed
        = TopologyDiff::renamedNodes(*before.topology, *after.topology);
    EXPECT_EQ(renamed.value(QStringLiteral("MesosSlave")), QStringLiteral("AgentA"));
    EXPECT_EQ(renamed.value(QStringLiteral("MesosSlave_2")), QStringLiteral("AgentB"));
    EXPECT_EQ(summary(TopologyDiff::compare(before, after)),
              (QStringList{QStringLiteral("renamed node node_templates/AgentB"),
                           QStringLiteral("renamed node node_templates/AgentA")}));
}

TEST(TopologyDiff, ChangesCarryTheirValues)
{
    ToscaArchive before = exampleArchive(QStringLiteral("marathon"));
    ToscaArchive after = before;
    after.topology->node(QStringLiteral("MesosMaster"))
        ->properties.insert(QStringLiteral("port"), Value::scalar(QStringLiteral("5151")));
    const Changes found = TopologyDiff::compare(before, after);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().node, QStringLiteral("MesosMaster"));
    EXPECT_EQ(found.first().before.text(), QStringLiteral("5050"));
    EXPECT_EQ(found.first().after.text(), QStringLiteral("5151"));
}

TEST(TopologyDiff, WholesaleRenamesAreNotSearchedPairByPair)
{
    // 600 renamed nodes of one type are 360,000 pairs, past RenameMatcher::MaxPairs: they show
    // as removed and added, and the diff stays fast.
    ToscaArchive before = exampleArchive(QStringLiteral("marathon"));
    ToscaArchive after = before;
    for (int i = 0; i < 600; ++i) {
        before.topology->appendNode(
            dockerEngineOn(QStringLiteral("Old%1").arg(i), QStringLiteral("SlaveCompute")));
        after.topology->appendNode(
            dockerEngineOn(QStringLiteral("New%1").arg(i), QStringLiteral("SlaveCompute")));
    }
    const Changes found = TopologyDiff::compare(before, after);
    int added = 0;
    int removed = 0;
    for (const Change &change : found) {
        added += change.kind == Change::Kind::Added ? 1 : 0;
        removed += change.kind == Change::Kind::Removed ? 1 : 0;
    }
    EXPECT_EQ(added, 600);
    EXPECT_EQ(removed, 600);
    EXPECT_EQ(found.size(), 1200);
}
