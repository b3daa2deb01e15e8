// SPDX-License-Identifier: GPL-3.0-or-later
// What the document tells its views about an edit: typed changes (added, removed, renamed,
// which parts of a node changed), then the problems, then the end of the edit.
#include "documentactions.h"
#include "exampledocument.h"
#include "topologydocument.h"
#include "topologyedit.h"

#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace Topologist;

namespace {

std::unique_ptr<TopologyDocument> marathon()
{
    return Test::openExample(QStringLiteral("marathon"));
}

QString partsText(NodeParts parts)
{
    QStringList names;
    const QList<QPair<NodePart, QString>> all
        = {{NodePart::Type, QStringLiteral("type")},
           {NodePart::Properties, QStringLiteral("properties")},
           {NodePart::Capabilities, QStringLiteral("capabilities")},
           {NodePart::Requirements, QStringLiteral("requirements")},
           {NodePart::Artifacts, QStringLiteral("artifacts")},
           {NodePart::Interfaces, QStringLiteral("interfaces")},
           {NodePart::Position, QStringLiteral("position")},
           {NodePart::Other, QStringLiteral("other")}};
    for (const auto &[part, name] : all) {
        if (parts.testFlag(part))
            names << name;
    }
    return names.join(QLatin1Char('+'));
}

/// Every signal of one document, as text, in the order it came.
class ChangeLog
{
public:
    explicit ChangeLog(TopologyDocument *document)
    {
        QObject::connect(document, &TopologyDocument::nodeAdded, document, [this](auto name) {
            m_log << QStringLiteral("added ") + name;
        });
        QObject::connect(document, &TopologyDocument::nodeRemoved, document, [this](auto name) {
            m_log << QStringLiteral("removed ") + name;
        });
        QObject::connect(
            document, &TopologyDocument::nodeRenamed, document, [this](auto from, auto to) {
                m_log << QStringLiteral("renamed %1 to %2").arg(from, to);
            });
        QObject::connect(
            document, &TopologyDocument::nodeChanged, document, [this](auto name, auto parts) {
                m_log << QStringLiteral("changed %1 %2").arg(name, partsText(parts));
            });
        QObject::connect(document, &TopologyDocument::nodesMoved, document, [this](auto names) {
            m_log << QStringLiteral("moved ") + names.join(QLatin1Char(','));
        });
        QObject::connect(document, &TopologyDocument::problemsChanged, document, [this] {
            m_log << QStringLiteral("problems");
        });
        QObject::connect(document, &TopologyDocument::editFinished, document, [this] {
            m_log << QStringLiteral("finished");
        });
    }
    /// The log so far, emptied. Node signals come in no fixed order among themselves: sorted.
    QStringList take()
    {
        QStringList log = std::exchange(m_log, {});
        const auto nodeSignals = std::partition(log.begin(), log.end(), [](const QString &s) {
            return s != QLatin1String("problems") && s != QLatin1String("finished");
        });
        std::sort(log.begin(), nodeSignals);
        return log;
    }

private:
    QStringList m_log;
};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

TEST(DocumentChanges, ARenameIsOneRenamedChangeAndItsSourcesChangeTheirRequirements)
{
    auto document = marathon();
    const QStringList sources = document->topology().sourcesOf(QStringLiteral("MasterCompute"));
    ASSERT_FALSE(sources.isEmpty());
    ChangeLog log(document.get());
    ASSERT_TRUE(DocumentActions(document.get())
                    .renameNode(QStringLiteral("MasterCompute"), QStringLiteral("Controller")));

    QStringList expected;
    for (const QString &source : sources)
        expected << QStringLiteral("changed %1 requirements").arg(source);
    expected << QStringLiteral("renamed MasterCompute to Controller");
    expected = sorted(expected);
    expected << QStringLiteral("problems") << QStringLiteral("finished");
    EXPECT_EQ(log.take(), expected);

    document->undoStack()->undo();
    QStringList back;
    for (const QString &source : sources)
        back << QStringLiteral("changed %1 requirements").arg(source);
    back << QStringLiteral("renamed Controller to MasterCompute");
    back = sorted(back);
    back << QStringLiteral("problems") << QStringLiteral("finished");
    EXPECT_EQ(log.take(), back);
}

TEST(DocumentChanges, AValueEditSaysWhichPartChanged)
{
    auto document = marathon();
    ChangeLog log(document.get());
    DocumentActions actions(document.get());
    ASSERT_TRUE(actions.setCapabilityProperty(QStringLiteral("MasterCompute"),
                                              QStringLiteral("os"),
                                              QStringLiteral("distribution"),
                                              Value::scalar(QStringLiteral("fedora"))));
    EXPECT_EQ(log.take(),
              QStringList({QStringLiteral("changed MasterCompute capabilities"),
                           QStringLiteral("problems"),
                           QStringLiteral("finished")}));
}

TEST(DocumentChanges, AddingAndRemovingAreAddedAndRemoved)
{
    auto document = marathon();
    DocumentActions actions(document.get());
    ChangeLog log(document.get());
    const QString added = actions.addNode(QStringLiteral("tosca.nodes.Compute"), QPointF(0, 0));
    ASSERT_FALSE(added.isEmpty());
    EXPECT_EQ(log.take(),
              QStringList({QStringLiteral("added ") + added,
                           QStringLiteral("problems"),
                           QStringLiteral("finished")}));
    ASSERT_TRUE(actions.removeNodes({added}));
    EXPECT_EQ(log.take(),
              QStringList({QStringLiteral("removed ") + added,
                           QStringLiteral("problems"),
                           QStringLiteral("finished")}));
}

TEST(DocumentChanges, EveryKindOfEditEndsWithEditFinished)
{
    auto document = marathon();
    ChangeLog log(document.get());
    document->setNodePositions({{QStringLiteral("MasterCompute"), QPointF(5, 5)}});
    EXPECT_EQ(log.take(),
              QStringList({QStringLiteral("moved MasterCompute"), QStringLiteral("finished")}));
    document->setHeader(QStringLiteral("n"), QStringLiteral("1.0.0"), QString(), QString());
    EXPECT_EQ(log.take(), QStringList({QStringLiteral("finished")}));
    document->reset(document->archive());
    EXPECT_EQ(log.take(), QStringList({QStringLiteral("problems"), QStringLiteral("finished")}));
}

TEST(DocumentChanges, ANodeRenamedTwiceInOneEditIsRenamedOnce)
{
    auto document = marathon();
    TopologyEdit edit(*document);
    ASSERT_TRUE(edit.renameNode(QStringLiteral("MasterCompute"), QStringLiteral("A")));
    ASSERT_TRUE(edit.renameNode(QStringLiteral("A"), QStringLiteral("B")));
    EXPECT_EQ(edit.renames(),
              NodeRenames({{QStringLiteral("MasterCompute"), QStringLiteral("B")}}));

    TopologyEdit back(*document);
    ASSERT_TRUE(back.renameNode(QStringLiteral("MasterCompute"), QStringLiteral("A")));
    ASSERT_TRUE(back.renameNode(QStringLiteral("A"), QStringLiteral("MasterCompute")));
    EXPECT_TRUE(back.renames().isEmpty());
}

TEST(DocumentChanges, ANodeAddedAndRenamedInOneEditIsOnlyAdded)
{
    auto document = marathon();
    TopologyEdit edit(*document);
    NodeTemplate node;
    node.name = QStringLiteral("Fresh");
    node.type = QStringLiteral("tosca.nodes.Compute");
    ASSERT_TRUE(edit.addNode(node));
    ASSERT_TRUE(edit.renameNode(QStringLiteral("Fresh"), QStringLiteral("Fresher")));
    EXPECT_TRUE(edit.renames().isEmpty());
    ChangeLog log(document.get());
    document->undoStack()->push(edit.createCommand(document.get(), QStringLiteral("Add")));
    EXPECT_EQ(log.take(),
              QStringList({QStringLiteral("added Fresher"),
                           QStringLiteral("problems"),
                           QStringLiteral("finished")}));
}

TEST(DocumentChanges, TheDocumentOwnsTheOneActionsObjectThatEditsIt)
{
    auto document = marathon();
    DocumentActions &actions = document->actions();
    EXPECT_EQ(&actions, &document->actions());
    ChangeLog log(document.get());
    ASSERT_TRUE(actions.removeNodes({QStringLiteral("MarathonLB")}));
    EXPECT_FALSE(document->topology().contains(QStringLiteral("MarathonLB")));
    EXPECT_TRUE(log.take().contains(QStringLiteral("removed MarathonLB")));
}
