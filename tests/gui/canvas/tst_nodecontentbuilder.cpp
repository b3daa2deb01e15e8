// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/nodecontentbuilder.h"

#include "exampledocument.h"
#include "testhelpers.h"
#include "validation/validationcontext.h"

#include <gtest/gtest.h>

using namespace Topologist;
using Topologist::Test::bundledCatalog;

namespace {

struct Built
{
    std::unique_ptr<TopologyDocument> document
        = Topologist::Test::openExample(QStringLiteral("marathon"));
    NodeContentBuilder builder{bundledCatalog()};

    NodeContent of(const NodeTemplate &node)
    {
        const ValidationContext context(
            document->archive(), document->topology(), document->types());
        return builder.build(node, context, document->types());
    }
    NodeContent of(const QString &name) { return of(*document->topology().node(name)); }

    QString tooltip(const NodeTemplate &node, const QString &port = QString())
    {
        const ValidationContext context(
            document->archive(), document->topology(), document->types());
        return builder.tooltip(of(node), node, context, port);
    }
    QString tooltip(const QString &name, const QString &port = QString())
    {
        return tooltip(*document->topology().node(name), port);
    }
};

} // namespace

TEST(NodeContentBuilder, AScalableComputeIsAMachineWithItsInstanceCounts)
{
    Built built;
    const NodeContent content = built.of(QStringLiteral("SlaveCompute"));
    EXPECT_EQ(content.kind, NodeKind::Machine);
    EXPECT_TRUE(content.scalable);
    EXPECT_EQ(content.minInstances, QStringLiteral("1"));
    EXPECT_EQ(content.defaultInstances, QStringLiteral("5"));
    EXPECT_EQ(content.maxInstances, QStringLiteral("100"));
    EXPECT_EQ(content.instances, 5);
    EXPECT_TRUE(built.tooltip(QStringLiteral("SlaveCompute"))
                    .contains(QStringLiteral("min 1, default 5, max 100")));
    EXPECT_FALSE(content.icon.isNull());
}

TEST(NodeContentBuilder, SoftwareShowsItsRequirementsButNotItsHost)
{
    Built built;
    const NodeContent content = built.of(QStringLiteral("MesosSlave_2"));
    EXPECT_EQ(content.kind, NodeKind::Software);
    EXPECT_EQ(content.typeLabel, QStringLiteral("MesosSlave"));
    QStringList names;
    for (const NodeContent::Requirement &r : content.requirements) {
        names << r.name;
        if (r.name == QLatin1String("master")) {
            EXPECT_TRUE(r.connected);
        }
    }
    EXPECT_FALSE(names.contains(QStringLiteral("host")));
    EXPECT_TRUE(names.contains(QStringLiteral("master")));
}

TEST(NodeContentBuilder, AnUnknownTypeIsDrawnAsUnknownAndSaysSo)
{
    Built built;
    NodeTemplate node;
    node.name = QStringLiteral("Mystery");
    node.type = QStringLiteral("acme.nodes.Nowhere");
    const NodeContent content = built.of(node);
    EXPECT_EQ(content.kind, NodeKind::Unknown);
    EXPECT_TRUE(built.tooltip(node).contains(QStringLiteral("Unknown type acme.nodes.Nowhere")));
    EXPECT_TRUE(content.requirements.isEmpty());
}

TEST(NodeContentBuilder, TheSameNodeBuildsEqualContent)
{
    // The scene leaves a card alone when its content compares equal: icons must be reused.
    Built built;
    EXPECT_TRUE(built.of(QStringLiteral("Marathon")) == built.of(QStringLiteral("Marathon")));
}

TEST(NodeContentBuilder, APortTellsItsRequirementAndTheCardItsNode)
{
    Built built;
    const QString port = built.tooltip(QStringLiteral("MesosSlave_2"), QStringLiteral("master"));
    EXPECT_TRUE(port.startsWith(QStringLiteral("Requirement master: "))) << port.toStdString();
    const QString card = built.tooltip(QStringLiteral("MesosSlave_2"));
    EXPECT_TRUE(card.startsWith(QStringLiteral("MesosSlave_2\n"))) << card.toStdString();
    // A name that is no requirement of the type: the card's own.
    EXPECT_EQ(built.tooltip(QStringLiteral("MesosSlave_2"), QStringLiteral("nothing")), card);
}

TEST(NodeContentBuilder, ADescriptionShowsInTheTooltipButLeavesTheCardAlone)
{
    // The card draws no description: a new one must not make the scene redraw and re-lay it
    // out, yet the tooltip, made when asked, shows it.
    Built built;
    NodeTemplate node = *built.document->topology().node(QStringLiteral("Marathon"));
    const NodeContent before = built.of(node);
    node.description = QStringLiteral("Runs the long-lived services");
    EXPECT_TRUE(built.of(node) == before);
    EXPECT_TRUE(built.tooltip(node).contains(QStringLiteral("Runs the long-lived services")));
}
