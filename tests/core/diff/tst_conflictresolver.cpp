// SPDX-License-Identifier: GPL-3.0-or-later
// Settling the conflicts a merge recorded, one at a time, from the merged file alone (issue 16,
// item 3): taking theirs of every conflict gives what the merge gives when told to take theirs,
// taking ours what it gives untold, and the record shrinks to nothing on the way.
#include "diff/conflictresolver.h"
#include "diff/elementreader.h"
#include "diff/elementvalues.h"
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

Value text(const char *s)
{
    return Value::scalar(QString::fromLatin1(s));
}

void setProperty(ToscaArchive &archive, const char *node, const char *key, const char *value)
{
    archive.topology->node(QString::fromLatin1(node))
        ->properties.insert(QString::fromLatin1(key), text(value));
}

PropertyDefinition zoneInput(const char *defaultValue, bool constrained)
{
    PropertyDefinition input;
    input.name = QStringLiteral("zone");
    input.type = QStringLiteral("string");
    input.defaultValue = text(defaultValue);
    if (constrained) {
        Constraint constraint;
        constraint.op = Constraint::Operator::ValidValues;
        constraint.argument = Value::list({text("eu"), text("us")});
        input.constraints.append(constraint);
    }
    return input;
}

/// Two branches of the marathon template that conflict in every way a merge knows: a
/// property and a capability value both changed, a node renamed differently by both (and a
/// property both added in it), a node deleted by each side and edited by the other, a
/// requirement both added differently, the version, an input, an output and a tag.
class ConflictResolution : public ::testing::Test
{
protected:
    void SetUp() override
    {
        base = exampleArchive(QStringLiteral("marathon"));
        ASSERT_TRUE(base.topology);
        ours = base;
        theirs = base;
        setProperty(ours, "MesosMaster", "port", "5051");
        setProperty(theirs, "MesosMaster", "port", "5052");
        ours.topology->node(QStringLiteral("MasterCompute"))
            ->capabilities[0]
            .properties.insert(QStringLiteral("max_instances"), text("7"));
        theirs.topology->node(QStringLiteral("MasterCompute"))
            ->capabilities[0]
            .properties.insert(QStringLiteral("max_instances"), text("9"));
        ASSERT_TRUE(QuickFixApplier::renameNode(
            &*ours.topology, QStringLiteral("MarathonLB"), QStringLiteral("Balancer")));
        ASSERT_TRUE(QuickFixApplier::renameNode(
            &*theirs.topology, QStringLiteral("MarathonLB"), QStringLiteral("LoadBalancer")));
        setProperty(ours, "Balancer", "mem_alloc", "1024");
        setProperty(theirs, "LoadBalancer", "mem_alloc", "2048");
        ours.topology->removeNodeAt(ours.topology->indexOf(QStringLiteral("MesosDNS")));
        setProperty(theirs, "MesosDNS", "cpu_alloc", "2.0");
        theirs.topology->removeNodeAt(theirs.topology->indexOf(QStringLiteral("MesosSlave")));
        setProperty(ours, "MesosSlave", "cpu_alloc", "4.0");
        ours.topology->appendNode(
            dockerEngineOn(QStringLiteral("NewDocker"), QStringLiteral("MasterCompute")));
        theirs.topology->appendNode(
            dockerEngineOn(QStringLiteral("NewDocker"), QStringLiteral("SlaveCompute")));
        ours.version = QStringLiteral("2.0.0");
        theirs.version = QStringLiteral("3.0.0");
        ours.topology->inputs.append(zoneInput("eu", false));
        theirs.topology->inputs.append(zoneInput("us", true));
        ours.topology->outputs[0].description = QStringLiteral("ours");
        theirs.topology->outputs[0].description = QStringLiteral("theirs");
        ours.metadataTags.append({QStringLiteral("owner"), QStringLiteral("ops")});
        theirs.metadataTags.append({QStringLiteral("owner"), QStringLiteral("dev")});

        MergeResult result = TopologyMerge::merge(base, ours, theirs);
        MergeConflictRecord::write(result.conflicts, &result.merged);
        // As the designer has it: the merged file written and read again.
        Diagnostics diagnostics;
        merged = ToscaReader().read(
            ToscaWriter().write(result.merged), QStringLiteral("merged.yml"), &diagnostics);
        ASSERT_TRUE(errorsOf(diagnostics).isEmpty()) << describe(diagnostics);
    }

    /// The merge with every conflict given to `side`, as the CLI would write it. Taking
    /// theirs of a rename gives the conflicts inside the node new ids: merged again until no
    /// conflict is left without a choice.
    ToscaArchive mergedTaking(MergeSide side) const
    {
        MergeChoices choices;
        for (;;) {
            const MergeResult result = TopologyMerge::merge(base, ours, theirs, choices);
            if (result.isClean())
                return result.merged;
            for (const Conflict &conflict : result.unresolved())
                choices.insert(conflict.id(), side);
        }
    }

    /// Settles the first recorded conflict until none is left; the record's size after each.
    QList<int> settleAll(ToscaArchive *archive, MergeSide side)
    {
        QList<int> sizes;
        for (Conflicts left = MergeConflictRecord::read(*archive); !left.isEmpty();
             left = MergeConflictRecord::read(*archive)) {
            QString error;
            const std::optional<ToscaArchive> next
                = ConflictResolver::resolve(*archive, left.first(), side, &error);
            EXPECT_TRUE(next) << left.first().id().toStdString() << ": " << error.toStdString();
            if (!next)
                break;
            *archive = *next;
            sizes.append(int(MergeConflictRecord::read(*archive).size()));
        }
        return sizes;
    }

    ToscaArchive base;
    ToscaArchive ours;
    ToscaArchive theirs;
    ToscaArchive merged;
};

QStringList kindsOf(const Conflicts &conflicts)
{
    QStringList kinds;
    for (const Conflict &conflict : conflicts)
        kinds << Conflict::kindName(conflict.kind) + QLatin1Char(' ') + conflict.id();
    kinds.sort();
    return kinds;
}

bool hasTag(const ToscaArchive &archive, const QString &key)
{
    for (const auto &tag : archive.metadataTags) {
        if (tag.first == key)
            return true;
    }
    return false;
}

} // namespace

TEST_F(ConflictResolution, theScenarioHasEveryKindOfConflict)
{
    QStringList expected{
        QStringLiteral("both-added inputs/zone"),
        QStringLiteral("both-added metadata/owner"),
        QStringLiteral("both-changed node_templates/Balancer/properties/mem_alloc"),
        QStringLiteral("both-added node_templates/NewDocker/requirements/host"),
        QStringLiteral("both-changed "
                       "node_templates/MasterCompute/capabilities/scalable/properties/"
                       "max_instances"),
        QStringLiteral("both-changed node_templates/MesosMaster/properties/port"),
        QStringLiteral("both-changed outputs/MesosMaster_external_url"),
        QStringLiteral("both-changed metadata/template_version"),
        QStringLiteral("both-renamed node_templates/MarathonLB"),
        QStringLiteral("deleted-by-ours node_templates/MesosDNS"),
        QStringLiteral("deleted-by-theirs node_templates/MesosSlave"),
    };
    expected.sort();
    EXPECT_EQ(kindsOf(MergeConflictRecord::read(merged)), expected);
}

TEST_F(ConflictResolution, takingTheirsOfEachGivesTheMergeThatTakesTheirs)
{
    ToscaArchive settled = merged;
    const QList<int> sizes = settleAll(&settled, MergeSide::Theirs);
    EXPECT_EQ(sizes, (QList<int>{10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0}));
    EXPECT_FALSE(hasTag(settled, MergeConflictRecord::metadataKey()));
    EXPECT_EQ(summary(TopologyDiff::withoutLayout(
                  TopologyDiff::compare(mergedTaking(MergeSide::Theirs), settled))),
              QStringList());
    const TopologyTemplate &topology = *settled.topology;
    EXPECT_TRUE(topology.contains(QStringLiteral("LoadBalancer")));
    EXPECT_FALSE(topology.contains(QStringLiteral("Balancer")));
    EXPECT_EQ(
        topology.node(QStringLiteral("LoadBalancer"))->property(QStringLiteral("mem_alloc")).text(),
        QStringLiteral("2048"));
    EXPECT_TRUE(topology.contains(QStringLiteral("MesosDNS")));
    EXPECT_FALSE(topology.contains(QStringLiteral("MesosSlave")));
    ASSERT_EQ(topology.inputs.size(), 1);
    EXPECT_EQ(topology.inputs.first().constraints.size(), 1);
    EXPECT_EQ(settled.version, QStringLiteral("3.0.0"));
}

TEST_F(ConflictResolution, takingOursOfEachKeepsTheFileAndDropsTheRecord)
{
    ToscaArchive settled = merged;
    settleAll(&settled, MergeSide::Ours);
    EXPECT_FALSE(hasTag(settled, MergeConflictRecord::metadataKey()));
    EXPECT_EQ(summary(TopologyDiff::compare(mergedTaking(MergeSide::Ours), settled)),
              QStringList());
    // Nothing but the record changed: the file is ours, as plain TOSCA.
    ToscaArchive withoutRecord = merged;
    MergeConflictRecord::clear(&withoutRecord);
    EXPECT_EQ(ToscaWriter().write(settled), ToscaWriter().write(withoutRecord));
}

TEST_F(ConflictResolution, renamingTheirWayCarriesTheOtherConflictsOfTheNode)
{
    const Conflicts recorded = MergeConflictRecord::read(merged);
    const auto renamed = std::find_if(recorded.cbegin(), recorded.cend(), [](const Conflict &c) {
        return c.kind == Conflict::Kind::BothRenamed;
    });
    ASSERT_NE(renamed, recorded.cend());
    EXPECT_EQ(ConflictResolver::nodeOf(*renamed), QStringLiteral("Balancer"));
    QString error;
    const std::optional<ToscaArchive> next
        = ConflictResolver::resolve(merged, *renamed, MergeSide::Theirs, &error);
    ASSERT_TRUE(next) << error.toStdString();
    QStringList onTheNode;
    for (const Conflict &conflict : MergeConflictRecord::read(*next)) {
        if (conflict.node.contains(QLatin1String("Balancer")))
            onTheNode << conflict.node + QLatin1Char(' ') + conflict.id();
    }
    EXPECT_EQ(onTheNode,
              QStringList{
                  QStringLiteral("LoadBalancer node_templates/LoadBalancer/properties/mem_alloc")});
}

TEST_F(ConflictResolution, aNodeDeletedSinceIsNamedInTheRefusal)
{
    ToscaArchive edited = merged;
    edited.topology->removeNodeAt(edited.topology->indexOf(QStringLiteral("MesosMaster")));
    Conflict port;
    for (const Conflict &conflict : MergeConflictRecord::read(merged)) {
        if (conflict.id().endsWith(QLatin1String("/port")))
            port = conflict;
    }
    QString error;
    EXPECT_FALSE(ConflictResolver::resolve(edited, port, MergeSide::Theirs, &error));
    EXPECT_TRUE(error.contains(QLatin1String("MesosMaster"))) << error.toStdString();
    // Ours needs no element: the record just lets the conflict go.
    EXPECT_TRUE(ConflictResolver::resolve(edited, port, MergeSide::Ours, &error));
}

TEST(ElementReader, readsBackWhatElementValuesWrites)
{
    const ToscaArchive archive = exampleArchive(QStringLiteral("marathon"));
    for (const NodeTemplate &node : archive.topology->nodes()) {
        const std::optional<NodeTemplate> read
            = ElementReader::node(node.name, ElementValues::node(node));
        ASSERT_TRUE(read) << node.name.toStdString();
        EXPECT_EQ(ElementValues::node(*read), ElementValues::node(node)) << node.name.toStdString();
    }
    const PropertyDefinition input = zoneInput("eu", true);
    const std::optional<PropertyDefinition> readInput
        = ElementReader::input(input.name, ElementValues::input(input));
    ASSERT_TRUE(readInput);
    EXPECT_EQ(ElementValues::input(*readInput), ElementValues::input(input));
    EXPECT_FALSE(ElementReader::node(QStringLiteral("X"), text("not a node")));
}
