// SPDX-License-Identifier: GPL-3.0-or-later
// Which parts of a node an edit changed: what the document reports to its views.
#include "model/nodeparts.h"
#include "model/nodetemplate.h"

#include <gtest/gtest.h>

using namespace Topologist;

namespace {

NodeTemplate machine()
{
    NodeTemplate node;
    node.name = QStringLiteral("Machine");
    node.type = QStringLiteral("tosca.nodes.Compute");
    node.properties = Value::map();
    node.properties.insert(QStringLiteral("port"), Value::scalar(QStringLiteral("80")));
    return node;
}

} // namespace

TEST(NodeParts, EqualNodesDifferInNothing)
{
    EXPECT_EQ(differingParts(machine(), machine()), NodeParts());
}

TEST(NodeParts, TheNameIsNotAPart)
{
    NodeTemplate renamed = machine();
    renamed.name = QStringLiteral("Other");
    EXPECT_EQ(differingParts(machine(), renamed), NodeParts());
}

TEST(NodeParts, EachFieldReportsItsOwnPart)
{
    NodeTemplate retyped = machine();
    retyped.type = QStringLiteral("tosca.nodes.Root");
    EXPECT_EQ(differingParts(machine(), retyped), NodeParts(NodePart::Type));

    NodeTemplate edited = machine();
    edited.properties.insert(QStringLiteral("port"), Value::scalar(QStringLiteral("8080")));
    EXPECT_EQ(differingParts(machine(), edited), NodeParts(NodePart::Properties));

    NodeTemplate connected = machine();
    RequirementAssignment host;
    host.name = QStringLiteral("dependency");
    host.node = QStringLiteral("Db");
    connected.requirements.append(host);
    EXPECT_EQ(differingParts(machine(), connected), NodeParts(NodePart::Requirements));

    NodeTemplate scaled = machine();
    CapabilityAssignment scalable;
    scalable.name = QStringLiteral("scalable");
    scaled.capabilities.append(scalable);
    EXPECT_EQ(differingParts(machine(), scaled), NodeParts(NodePart::Capabilities));

    NodeTemplate moved = machine();
    moved.position = QPointF(10, 20);
    EXPECT_EQ(differingParts(machine(), moved), NodeParts(NodePart::Position));

    NodeTemplate described = machine();
    described.description = QStringLiteral("the web server");
    EXPECT_EQ(differingParts(machine(), described), NodeParts(NodePart::Other));
}

TEST(NodeParts, SeveralChangesAddUp)
{
    NodeTemplate changed = machine();
    changed.type = QStringLiteral("tosca.nodes.Root");
    changed.position = QPointF(1, 1);
    EXPECT_EQ(differingParts(machine(), changed), NodePart::Type | NodePart::Position);
}
