// SPDX-License-Identifier: GPL-3.0-or-later
// The canonical text git's diff.tosca.textconv compares (issue 16): what the model-level diff
// ignores leaves it unchanged, a change of value changes one line, and positions are apart.
#include "diff/canonicaltopology.h"
#include "diff/topologydiff.h"
#include "diffexamples.h"
#include "qtprinters.h"
#include "yaml/toscareader.h"

#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

using Layout = CanonicalTopology::Layout;

class CanonicalText : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        archive = exampleArchive(GetParam());
        ASSERT_TRUE(archive.topology);
        master = firstOfType(archive, "org.alien4cloud.nodes.MesosMaster");
        ASSERT_NE(master, nullptr);
    }

    ToscaArchive archive;
    NodeTemplate *master = nullptr;
};

std::string testName(const ::testing::TestParamInfo<QString> &info)
{
    return QString(info.param).replace(QLatin1Char('-'), QLatin1Char('_')).toStdString();
}

QList<QByteArray> linesOf(const QByteArray &text)
{
    return text.split('\n');
}

/// The lines of `b` that `a` lacks, and those of `a` that `b` lacks: what a line diff shows.
std::pair<QList<QByteArray>, QList<QByteArray>> lineChanges(const QByteArray &a,
                                                            const QByteArray &b)
{
    const QList<QByteArray> before = linesOf(a);
    const QList<QByteArray> after = linesOf(b);
    QList<QByteArray> removed;
    QList<QByteArray> added;
    for (const QByteArray &line : before) {
        if (!after.contains(line))
            removed << line;
    }
    for (const QByteArray &line : after) {
        if (!before.contains(line))
            added << line;
    }
    return {removed, added};
}

/// The same topology written otherwise: nodes, properties and requirements in reverse order,
/// every scalar property quoted, comments gone, read back from the writer's text.
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
        for (Value::Entry &entry : node.properties.entries()) {
            if (entry.value.isScalar())
                entry.value = Value::scalar(entry.value.text(), true);
        }
        std::stable_sort(node.requirements.begin(),
                         node.requirements.end(),
                         [](const auto &a, const auto &b) { return a.name > b.name; });
        node.comments = CommentMap();
        topology.appendNode(node);
    }
    std::reverse(result.imports.begin(), result.imports.end());
    result.comments = CommentMap();
    return rewritten(result);
}

} // namespace

TEST_P(CanonicalText, ReformattingChangesNothing)
{
    const ToscaArchive other = reformatted(archive);
    ASSERT_NE(other.topology->nodeAt(0).name, archive.topology->nodeAt(0).name);
    const QByteArray text = CanonicalTopology::text(archive);
    EXPECT_EQ(CanonicalTopology::text(other), text);
    // Nor does writing it again: the form is a fixed point.
    Diagnostics diagnostics;
    const ToscaArchive reread = ToscaReader().read(text, QStringLiteral("c.yml"), &diagnostics);
    EXPECT_EQ(CanonicalTopology::text(reread, Layout::Drop),
              CanonicalTopology::text(archive, Layout::Drop));
}

TEST_P(CanonicalText, ItIsTheSameModel)
{
    Diagnostics diagnostics;
    const ToscaArchive reread = ToscaReader().read(
        CanonicalTopology::text(archive), QStringLiteral("c.yml"), &diagnostics);
    EXPECT_EQ(summary(TopologyDiff::withoutLayout(TopologyDiff::compare(archive, reread))),
              QStringList());
}

TEST_P(CanonicalText, AChangedPropertyIsOneChangedLine)
{
    const QByteArray before = CanonicalTopology::text(archive);
    ToscaArchive edited = archive;
    NodeTemplate *node = edited.topology->node(master->name);
    node->properties.insert(QStringLiteral("port"), Value::scalar(QStringLiteral("6060")));
    const auto [removed, added] = lineChanges(before, CanonicalTopology::text(edited));
    ASSERT_EQ(added.size(), 1) << QByteArrayList(added).join('\n').toStdString();
    EXPECT_EQ(added.first().trimmed(), QByteArray("port: 6060"));
    EXPECT_LE(removed.size(), 1);
}

TEST_P(CanonicalText, NodesAreInNameOrder)
{
    QStringList written;
    bool inNodes = false;
    for (const QByteArray &line : linesOf(CanonicalTopology::text(archive))) {
        if (line == "  node_templates:")
            inNodes = true;
        else if (inNodes && line.startsWith("    ") && !line.startsWith("     ")
                 && line.endsWith(':'))
            written << QString::fromUtf8(line.trimmed().chopped(1));
        else if (inNodes && !line.startsWith("    "))
            inNodes = false;
    }
    ASSERT_EQ(written.size(), archive.topology->nodeCount());
    QStringList sorted = written;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(written, sorted);
}

TEST_P(CanonicalText, AMoveChangesOneCommentLineApart)
{
    master->position = QPointF(40, 80);
    const QByteArray before = CanonicalTopology::text(archive);
    EXPECT_FALSE(before.contains("topologist_layout"));
    const QByteArray line = "#   " + master->name.toUtf8() + " 40 80";
    EXPECT_TRUE(linesOf(before).contains(line)) << before.toStdString();
    // After the YAML: the model's lines stay as they are.
    EXPECT_GT(before.indexOf("# Canvas layout"), before.indexOf("node_templates:"));

    master->position = QPointF(120, 80);
    const QByteArray after = CanonicalTopology::text(archive);
    const auto [removed, added] = lineChanges(before, after);
    EXPECT_EQ(removed, QList<QByteArray>{line});
    EXPECT_EQ(added, QList<QByteArray>{"#   " + master->name.toUtf8() + " 120 80"});

    // Dropped, a move changes nothing.
    const QByteArray dropped = CanonicalTopology::text(archive, Layout::Drop);
    EXPECT_FALSE(dropped.contains("# Canvas layout"));
    master->position = QPointF(40, 80);
    EXPECT_EQ(CanonicalTopology::text(archive, Layout::Drop), dropped);
}

INSTANTIATE_TEST_SUITE_P(BundledTemplates,
                         CanonicalText,
                         ::testing::Values(QStringLiteral("mesos-ha"),
                                           QStringLiteral("aurora"),
                                           QStringLiteral("marathon"),
                                           QStringLiteral("marathon-rexray")),
                         testName);

TEST(CanonicalValue, KeysAreSortedAtEveryDepthAndScalarsUnquoted)
{
    Value inner = Value::map();
    inner.insert(QStringLiteral("z"), Value::scalar(QStringLiteral("1"), true));
    inner.insert(QStringLiteral("a"), Value::scalar(QStringLiteral("2")));
    Value list = Value::list({Value::scalar(QStringLiteral("b"), true), inner});
    Value outer = Value::map();
    outer.insert(QStringLiteral("y"), list);
    outer.insert(QStringLiteral("b"), inner);

    const Value result = CanonicalTopology::canonical(outer);
    EXPECT_EQ(result.keys(), (QStringList{QStringLiteral("b"), QStringLiteral("y")}));
    EXPECT_EQ(result.value(QStringLiteral("b")).keys(),
              (QStringList{QStringLiteral("a"), QStringLiteral("z")}));
    EXPECT_FALSE(result.value(QStringLiteral("b")).value(QStringLiteral("z")).isQuoted());
    const Value &items = *result.find(QStringLiteral("y"));
    ASSERT_EQ(items.items().size(), 2u);
    // A list's order is data: it stays.
    EXPECT_EQ(items.items()[0].text(), QStringLiteral("b"));
    EXPECT_FALSE(items.items()[0].isQuoted());
    EXPECT_EQ(items.items()[1].keys(), (QStringList{QStringLiteral("a"), QStringLiteral("z")}));
}
