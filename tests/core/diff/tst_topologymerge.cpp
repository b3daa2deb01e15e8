// SPDX-License-Identifier: GPL-3.0-or-later
// Three-way merge of topologies (issue 16, item 2): independent edits merge into the expected
// model, each kind of conflict is reported per element, and the conflicts survive a save.
#include "diff/mergeconflictrecord.h"
#include "diff/topologydiff.h"
#include "diff/topologymerge.h"
#include "diffexamples.h"
#include "qtprinters.h"
#include "testhelpers.h"
#include "validation/quickfixapplier.h"
#include "yaml/toscareader.h"
#include "yaml/toscawriter.h"

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

class TemplateMerge : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        base = exampleArchive(GetParam());
        ASSERT_TRUE(base.topology);
        ours = base;
        theirs = base;
        const NodeTemplate *compute = firstOfType(base, "tosca.nodes.Compute");
        const NodeTemplate *master = firstOfType(base, "org.alien4cloud.nodes.MesosMaster");
        ASSERT_TRUE(compute && master);
        computeName = compute->name;
        masterName = master->name;
    }

    NodeTemplate &node(ToscaArchive &archive, const QString &name)
    {
        return *archive.topology->node(name);
    }

    /// The merged model against what both edits applied one after the other give.
    void expectMergedEquals(const MergeResult &result, const ToscaArchive &expected)
    {
        EXPECT_TRUE(result.isClean());
        EXPECT_EQ(summary(TopologyDiff::compare(expected, result.merged)), QStringList());
    }

    ToscaArchive base;
    ToscaArchive ours;
    ToscaArchive theirs;
    QString computeName;
    QString masterName;
};

std::string testName(const ::testing::TestParamInfo<QString> &info)
{
    return QString(info.param).replace(QLatin1Char('-'), QLatin1Char('_')).toStdString();
}

QStringList conflictIds(const Conflicts &conflicts)
{
    QStringList ids;
    for (const Conflict &c : conflicts)
        ids << Conflict::kindName(c.kind) + QLatin1Char(' ') + c.id();
    return ids;
}

} // namespace

TEST_P(TemplateMerge, BothSidesAddANodeToTheSameMachine)
{
    ours.topology->appendNode(dockerEngineOn(QStringLiteral("OurDocker"), computeName));
    theirs.topology->appendNode(dockerEngineOn(QStringLiteral("TheirDocker"), computeName));
    const MergeResult result = TopologyMerge::merge(base, ours, theirs);
    EXPECT_TRUE(result.conflicts.isEmpty())
        << conflictIds(result.conflicts).join(' ').toStdString();
    ToscaArchive expected = ours;
    expected.topology->appendNode(dockerEngineOn(QStringLiteral("TheirDocker"), computeName));
    expectMergedEquals(result, expected);
    // Ours keeps its place; theirs comes after.
    EXPECT_EQ(result.merged.topology->nodeNames().last(), QStringLiteral("TheirDocker"));
}

TEST_P(TemplateMerge, IndependentEditsOfOneNodeMerge)
{
    node(ours, masterName)
        .properties.insert(QStringLiteral("work_dir"), Value::scalar(QStringLiteral("/srv/ours")));
    node(theirs, masterName)
        .properties.insert(QStringLiteral("log_dir"), Value::scalar(QStringLiteral("/srv/log")));
    node(theirs, masterName).position = QPointF(10, 20);
    theirs.version = QStringLiteral("9.9.9");
    const MergeResult result = TopologyMerge::merge(base, ours, theirs);
    ToscaArchive expected = ours;
    node(expected, masterName)
        .properties.insert(QStringLiteral("log_dir"), Value::scalar(QStringLiteral("/srv/log")));
    node(expected, masterName).position = QPointF(10, 20);
    expected.version = QStringLiteral("9.9.9");
    expectMergedEquals(result, expected);
}

TEST_P(TemplateMerge, SamePropertySetToTwoValuesConflicts)
{
    node(ours, masterName)
        .properties.insert(QStringLiteral("work_dir"), Value::scalar(QStringLiteral("/ours")));
    node(theirs, masterName)
        .properties.insert(QStringLiteral("work_dir"), Value::scalar(QStringLiteral("/theirs")));
    const MergeResult result = TopologyMerge::merge(base, ours, theirs);
    const QString id
        = QStringLiteral("node_templates/") + masterName + QStringLiteral("/properties/work_dir");
    EXPECT_EQ(conflictIds(result.conflicts), QStringList{QStringLiteral("both-changed ") + id});
    EXPECT_FALSE(result.isClean());
    ASSERT_EQ(result.conflicts.size(), 1);
    EXPECT_EQ(result.conflicts.first().node, masterName);
    EXPECT_EQ(node(const_cast<ToscaArchive &>(result.merged), masterName)
                  .property(QStringLiteral("work_dir"))
                  .text(),
              QStringLiteral("/ours"));

    const MergeResult picked = TopologyMerge::merge(base, ours, theirs, {{id, MergeSide::Theirs}});
    EXPECT_TRUE(picked.isClean());
    EXPECT_EQ(picked.merged.topology->node(masterName)->property(QStringLiteral("work_dir")).text(),
              QStringLiteral("/theirs"));
}

TEST_P(TemplateMerge, DeletedOnOneSideEditedOnTheOtherConflicts)
{
    ours.topology->removeNodeAt(ours.topology->indexOf(masterName));
    node(theirs, masterName)
        .properties.insert(QStringLiteral("work_dir"), Value::scalar(QStringLiteral("/edited")));
    const MergeResult result = TopologyMerge::merge(base, ours, theirs);
    EXPECT_EQ(conflictIds(result.conflicts),
              QStringList{QStringLiteral("deleted-by-ours node_templates/") + masterName});
    EXPECT_FALSE(result.merged.topology->contains(masterName));

    const MergeResult reversed = TopologyMerge::merge(base, theirs, ours);
    EXPECT_EQ(conflictIds(reversed.conflicts),
              QStringList{QStringLiteral("deleted-by-theirs node_templates/") + masterName});
    EXPECT_TRUE(reversed.merged.topology->contains(masterName));
}

TEST_P(TemplateMerge, DeletedOnOneSideMovedOnTheOtherIsDeleted)
{
    ours.topology->removeNodeAt(ours.topology->indexOf(masterName));
    node(theirs, masterName).position = QPointF(300, 40);
    const MergeResult result = TopologyMerge::merge(base, ours, theirs);
    EXPECT_TRUE(result.conflicts.isEmpty());
    EXPECT_FALSE(result.merged.topology->contains(masterName));
}

TEST_P(TemplateMerge, RenameOnOneSideEditOnTheOther)
{
    ASSERT_TRUE(QuickFixApplier::renameNode(&*ours.topology, masterName, QStringLiteral("Leader")));
    node(theirs, masterName)
        .properties.insert(QStringLiteral("work_dir"), Value::scalar(QStringLiteral("/theirs")));
    theirs.topology->appendNode(dockerEngineOn(QStringLiteral("TheirDocker"), computeName));
    const MergeResult result = TopologyMerge::merge(base, ours, theirs);
    EXPECT_TRUE(result.conflicts.isEmpty())
        << conflictIds(result.conflicts).join(' ').toStdString();
    const NodeTemplate *leader = result.merged.topology->node(QStringLiteral("Leader"));
    ASSERT_TRUE(leader);
    EXPECT_FALSE(result.merged.topology->contains(masterName));
    EXPECT_EQ(leader->property(QStringLiteral("work_dir")).text(), QStringLiteral("/theirs"));
    EXPECT_TRUE(result.merged.topology->contains(QStringLiteral("TheirDocker")));
}

TEST_P(TemplateMerge, BothAddedTheSameNameDifferently)
{
    ours.topology->appendNode(dockerEngineOn(QStringLiteral("NewDocker"), computeName));
    theirs.topology->appendNode(
        dockerEngineOn(QStringLiteral("NewDocker"), QStringLiteral("Other")));
    const MergeResult result = TopologyMerge::merge(base, ours, theirs);
    EXPECT_EQ(conflictIds(result.conflicts),
              QStringList{QStringLiteral("both-added node_templates/NewDocker/requirements/host")});
}

INSTANTIATE_TEST_SUITE_P(Templates, TemplateMerge, ::testing::ValuesIn(topologyNames()), testName);

TEST(TopologyMerge, BothRenamedDifferentlyConflicts)
{
    const ToscaArchive base = exampleArchive(QStringLiteral("marathon"));
    ToscaArchive ours = base;
    ToscaArchive theirs = base;
    ASSERT_TRUE(QuickFixApplier::renameNode(
        &*ours.topology, QStringLiteral("MarathonLB"), QStringLiteral("Balancer")));
    ASSERT_TRUE(QuickFixApplier::renameNode(
        &*theirs.topology, QStringLiteral("MarathonLB"), QStringLiteral("LoadBalancer")));
    const MergeResult result = TopologyMerge::merge(base, ours, theirs);
    ASSERT_EQ(conflictIds(result.conflicts),
              QStringList{QStringLiteral("both-renamed node_templates/MarathonLB")});
    EXPECT_EQ(result.conflicts.first().theirs.text(), QStringLiteral("LoadBalancer"));
    EXPECT_TRUE(result.merged.topology->contains(QStringLiteral("Balancer")));
}

TEST(TopologyMerge, ImportsAndInputsMergeAsSets)
{
    const ToscaArchive base = exampleArchive(QStringLiteral("marathon-rexray"));
    ToscaArchive ours = base;
    ToscaArchive theirs = base;
    ArchiveImport import;
    import.name = QStringLiteral("extra-types");
    import.version = QStringLiteral("1.0.0");
    ours.imports.append(import);
    theirs.imports.removeFirst();
    PropertyDefinition input;
    input.name = QStringLiteral("zone");
    input.type = QStringLiteral("string");
    theirs.topology->inputs.append(input);
    const MergeResult result = TopologyMerge::merge(base, ours, theirs);
    EXPECT_TRUE(result.conflicts.isEmpty());
    QStringList ids;
    for (const ArchiveImport &i : result.merged.imports)
        ids << i.id();
    EXPECT_EQ(ids,
              (QStringList{QStringLiteral("docker-engine-type:1.4.0-SNAPSHOT"),
                           QStringLiteral("mesos-types:1.4.0-SNAPSHOT"),
                           QStringLiteral("extra-types:1.0.0")}));
    ASSERT_EQ(result.merged.topology->inputs.size(), 2);
    EXPECT_EQ(result.merged.topology->inputs.last().name, QStringLiteral("zone"));
}

TEST(TopologyMerge, ConflictsAreKeptInTheSavedFile)
{
    const ToscaArchive base = exampleArchive(QStringLiteral("marathon"));
    ToscaArchive ours = base;
    ToscaArchive theirs = base;
    ours.topology->node(QStringLiteral("MesosMaster"))
        ->properties.insert(QStringLiteral("port"), Value::scalar(QStringLiteral("5051")));
    theirs.topology->node(QStringLiteral("MesosMaster"))
        ->properties.insert(QStringLiteral("port"), Value::scalar(QStringLiteral("5052")));
    MergeResult result = TopologyMerge::merge(base, ours, theirs);
    ASSERT_EQ(result.conflicts.size(), 1);
    MergeConflictRecord::write(result.unresolved(), &result.merged);

    const QByteArray text = ToscaWriter().write(result.merged);
    Diagnostics diagnostics;
    const ToscaArchive reread
        = ToscaReader().read(text, QStringLiteral("merged.yml"), &diagnostics);
    EXPECT_TRUE(errorsOf(diagnostics).isEmpty()) << describe(diagnostics);
    // Ours is in the model, both values in the record.
    EXPECT_EQ(reread.topology->node(QStringLiteral("MesosMaster"))
                  ->property(QStringLiteral("port"))
                  .text(),
              QStringLiteral("5051"));
    const Conflicts recorded = MergeConflictRecord::read(reread);
    ASSERT_EQ(recorded.size(), 1);
    EXPECT_EQ(recorded.first().id(), QStringLiteral("node_templates/MesosMaster/properties/port"));
    EXPECT_EQ(recorded.first().kind, Conflict::Kind::BothChanged);
    EXPECT_EQ(recorded.first().base.text(), QStringLiteral("5050"));
    EXPECT_EQ(recorded.first().theirs.text(), QStringLiteral("5052"));
    // The file keeps the original's comments and the writer's form: only the record and the
    // port differ from ours written the same way.
    const QByteArray oursText = ToscaWriter().write(ours);
    EXPECT_EQ(text.count('\n'), oursText.count('\n') + 1);

    // Merging again (the file is ours now) is not disturbed by the old record.
    const MergeResult again = TopologyMerge::merge(base, reread, theirs);
    EXPECT_EQ(again.conflicts.size(), 1);
    MergeConflictRecord::write({}, &result.merged);
    EXPECT_TRUE(MergeConflictRecord::read(result.merged).isEmpty());
}
