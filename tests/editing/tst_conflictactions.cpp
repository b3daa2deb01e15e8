// SPDX-License-Identifier: GPL-3.0-or-later
// Resolving a merged file's conflicts in the designer (issue 16, item 3): each choice is one
// undo step that changes the element and the record together, views hear of it through the
// usual typed signals, and the file saves as plain TOSCA once the last one is settled.
#include "conflictactions.h"
#include "conflictedexample.h"
#include "diff/conflictresolver.h"
#include "diff/mergeconflictrecord.h"
#include "diff/topologymerge.h"
#include "documentactions.h"
#include "testhelpers.h"
#include "topologydocument.h"
#include "yaml/toscareader.h"
#include "yaml/toscawriter.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

class ConflictActionsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        original = conflictedMarathon();
        Diagnostics diagnostics;
        document = TopologyDocument::fromBytes(
            original, QStringLiteral("merged.yml"), bundledCatalog(), &diagnostics);
        ASSERT_NE(document, nullptr) << describe(diagnostics);
    }

    /// The recorded conflict whose id ends with `suffix`.
    Conflict conflict(const QString &suffix) const
    {
        for (const Conflict &c : ConflictActions(document.get()).conflicts()) {
            if (c.id().endsWith(suffix))
                return c;
        }
        ADD_FAILURE() << "no conflict " << suffix.toStdString();
        return {};
    }

    QStringList recordedIds() const
    {
        QStringList ids;
        for (const Conflict &c : ConflictActions(document.get()).conflicts())
            ids << c.id();
        return ids;
    }

    QString port() const
    {
        return document->topology()
            .node(QStringLiteral("MesosMaster"))
            ->property(QStringLiteral("port"))
            .text();
    }

    QByteArray original;
    std::unique_ptr<TopologyDocument> document;
};

} // namespace

TEST_F(ConflictActionsTest, theFileOpensWithItsFourConflicts)
{
    EXPECT_EQ(recordedIds(),
              (QStringList{QStringLiteral("metadata/template_version"),
                           QStringLiteral("node_templates/MarathonLB"),
                           QStringLiteral("node_templates/MesosMaster/properties/port"),
                           QStringLiteral("node_templates/MesosDNS")}));
    EXPECT_EQ(port(), QStringLiteral("5051"));
}

TEST_F(ConflictActionsTest, takingTheirsIsOneStepThatUndoBringsBack)
{
    const QString id = QStringLiteral("node_templates/MesosMaster/properties/port");
    QSignalSpy changed(document.get(), &TopologyDocument::nodeChanged);
    ASSERT_TRUE(ConflictActions(document.get())
                    .resolve(conflict(QStringLiteral("/port")), MergeSide::Theirs));
    EXPECT_EQ(document->undoStack()->count(), 1);
    EXPECT_EQ(port(), QStringLiteral("5052"));
    EXPECT_FALSE(recordedIds().contains(id));
    EXPECT_EQ(recordedIds().size(), 3);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().first().toString(), QStringLiteral("MesosMaster"));

    document->undoStack()->undo();
    EXPECT_EQ(port(), QStringLiteral("5051"));
    EXPECT_TRUE(recordedIds().contains(id));
    EXPECT_EQ(document->serialize(), original);
    document->undoStack()->redo();
    EXPECT_EQ(port(), QStringLiteral("5052"));
    EXPECT_EQ(recordedIds().size(), 3);
}

TEST_F(ConflictActionsTest, takingOursKeepsTheValueAndDropsTheConflict)
{
    ASSERT_TRUE(ConflictActions(document.get())
                    .resolve(conflict(QStringLiteral("/port")), MergeSide::Ours));
    EXPECT_EQ(port(), QStringLiteral("5051"));
    EXPECT_EQ(recordedIds().size(), 3);
    document->undoStack()->undo();
    EXPECT_EQ(recordedIds().size(), 4);
}

TEST_F(ConflictActionsTest, aNodeDeletedByOursComesBackWithTheirEdit)
{
    QSignalSpy added(document.get(), &TopologyDocument::nodeAdded);
    ASSERT_FALSE(document->topology().contains(QStringLiteral("MesosDNS")));
    ASSERT_TRUE(ConflictActions(document.get())
                    .resolve(conflict(QStringLiteral("MesosDNS")), MergeSide::Theirs));
    ASSERT_EQ(added.count(), 1);
    const NodeTemplate *dns = document->topology().node(QStringLiteral("MesosDNS"));
    ASSERT_NE(dns, nullptr);
    EXPECT_EQ(dns->property(QStringLiteral("cpu_alloc")).text(), QStringLiteral("2.0"));
    EXPECT_EQ(dns->requirements.size(), 2);
    QSignalSpy removed(document.get(), &TopologyDocument::nodeRemoved);
    document->undoStack()->undo();
    EXPECT_EQ(removed.count(), 1);
    EXPECT_FALSE(document->topology().contains(QStringLiteral("MesosDNS")));
}

TEST_F(ConflictActionsTest, theirRenameIsARenameForTheViews)
{
    QSignalSpy renamed(document.get(), &TopologyDocument::nodeRenamed);
    QSignalSpy removed(document.get(), &TopologyDocument::nodeRemoved);
    const Conflict rename = conflict(QStringLiteral("MarathonLB"));
    EXPECT_EQ(ConflictResolver::nodeOf(rename), QStringLiteral("Balancer"));
    ASSERT_TRUE(ConflictActions(document.get()).resolve(rename, MergeSide::Theirs));
    ASSERT_EQ(renamed.count(), 1);
    EXPECT_EQ(renamed.first().at(0).toString(), QStringLiteral("Balancer"));
    EXPECT_EQ(renamed.first().at(1).toString(), QStringLiteral("LoadBalancer"));
    EXPECT_EQ(removed.count(), 0);
    EXPECT_TRUE(document->topology().contains(QStringLiteral("LoadBalancer")));
    document->undoStack()->undo();
    EXPECT_TRUE(document->topology().contains(QStringLiteral("Balancer")));
    EXPECT_EQ(document->serialize(), original);
}

TEST_F(ConflictActionsTest, theirVersionIsAHeaderChange)
{
    QSignalSpy header(document.get(), &TopologyDocument::headerChanged);
    ASSERT_TRUE(ConflictActions(document.get())
                    .resolve(conflict(QStringLiteral("template_version")), MergeSide::Theirs));
    EXPECT_EQ(document->archive().version, QStringLiteral("3.0.0"));
    EXPECT_GE(header.count(), 1);
}

TEST_F(ConflictActionsTest, theLastChoiceLeavesPlainToscaAndUndoingAllGivesTheFileBack)
{
    ConflictActions actions(document.get());
    for (Conflicts left = actions.conflicts(); !left.isEmpty(); left = actions.conflicts()) {
        QString error;
        ASSERT_TRUE(actions.resolve(left.first(), MergeSide::Theirs, &error))
            << left.first().id().toStdString() << ": " << error.toStdString();
    }
    EXPECT_EQ(document->undoStack()->count(), 4);
    const QByteArray settled = document->serialize();
    EXPECT_FALSE(settled.contains(MergeConflictRecord::metadataKey().toUtf8()));
    EXPECT_TRUE(settled.contains("LoadBalancer"));
    while (document->undoStack()->canUndo())
        document->undoStack()->undo();
    EXPECT_EQ(document->serialize(), original);
    EXPECT_EQ(actions.conflicts().size(), 4);
}

TEST_F(ConflictActionsTest, aConflictOnANodeDeletedSinceIsRefusedWithItsName)
{
    const Conflict portConflict = conflict(QStringLiteral("/port"));
    ASSERT_TRUE(document->actions().removeNodes({QStringLiteral("MesosMaster")}));
    const int steps = document->undoStack()->count();
    QString error;
    EXPECT_FALSE(ConflictActions(document.get()).resolve(portConflict, MergeSide::Theirs, &error));
    EXPECT_TRUE(error.contains(QLatin1String("MesosMaster"))) << error.toStdString();
    EXPECT_EQ(document->undoStack()->count(), steps);
}

TEST(ConflictActions, aConflictNoFinerCommandCoversReplacesTheArchiveAndUndoGivesItBack)
{
    // Both branches changed the same custom workflow step: only replacing the archive sets it.
    Diagnostics diagnostics;
    const ToscaArchive base = ToscaReader().read(
        readAll(bundledExample(QStringLiteral("marathon"))), QStringLiteral("m.yml"), &diagnostics);
    const auto workflow = [](const char *activity) {
        Value step = Value::map();
        step.insert(QStringLiteral("activity"), Value::scalar(QString::fromLatin1(activity)));
        Value steps = Value::map();
        steps.insert(QStringLiteral("first"), step);
        Value body = Value::map();
        body.insert(QStringLiteral("steps"), steps);
        Value workflows = Value::map();
        workflows.insert(QStringLiteral("upgrade"), body);
        return workflows;
    };
    ToscaArchive ours = base;
    ToscaArchive theirs = base;
    ours.topology->workflows = workflow("ours");
    theirs.topology->workflows = workflow("theirs");
    MergeResult result = TopologyMerge::merge(base, ours, theirs);
    ASSERT_EQ(result.conflicts.size(), 1);
    MergeConflictRecord::write(result.conflicts, &result.merged);
    const QByteArray original = ToscaWriter().write(result.merged);
    auto document = TopologyDocument::fromBytes(
        original, QStringLiteral("merged.yml"), bundledCatalog(), &diagnostics);
    ASSERT_NE(document, nullptr);
    QSignalSpy reset(document.get(), &TopologyDocument::documentReset);
    ConflictActions actions(document.get());
    ASSERT_EQ(actions.conflicts().size(), 1);
    QString error;
    ASSERT_TRUE(actions.resolve(actions.conflicts().first(), MergeSide::Theirs, &error))
        << error.toStdString();
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(document->topology().workflows, workflow("theirs"));
    EXPECT_TRUE(actions.conflicts().isEmpty());
    EXPECT_EQ(document->undoStack()->count(), 1);
    document->undoStack()->undo();
    EXPECT_EQ(document->serialize(), original);
    EXPECT_EQ(actions.conflicts().size(), 1);
}
