// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs and outputs edited through SectionActions: each edit one undo step that gives the file
// back byte for byte, views told through sectionsChanged(), and the validator following.
#include "documentactions.h"
#include "exampledocument.h"
#include "sectionactions.h"
#include "topologydocument.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Topologist;
using Topologist::Test::openExample;

namespace {

bool hasProblem(const TopologyDocument &document, const QString &code)
{
    for (const Problem &p : document.problems()) {
        if (p.code == code)
            return true;
    }
    return false;
}

const Value *propertyOf(const TopologyDocument &document, const QString &node, const QString &name)
{
    const NodeTemplate *n = document.topology().node(node);
    return n ? n->properties.find(name) : nullptr;
}

} // namespace

TEST(SectionActions, theRexRayTemplatesInputAndOutputsAreInTheModel)
{
    auto document = openExample(QStringLiteral("marathon-rexray"));
    ASSERT_NE(document, nullptr);
    QStringList inputs;
    for (const PropertyDefinition &input : document->topology().inputs)
        inputs << input.name;
    EXPECT_EQ(inputs, QStringList{QStringLiteral("storage_provider")});
    QStringList outputs;
    for (const OutputDefinition &output : document->topology().outputs)
        outputs << output.name;
    EXPECT_EQ(outputs,
              (QStringList{QStringLiteral("MesosMaster_external_url"),
                           QStringLiteral("Marathon_external_url")}));
}

TEST(SectionActions, setAsInputAndBackIsByteIdenticalAfterUndo)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    SectionActions actions(document.get());
    const QByteArray before = document->serialize();
    QSignalSpy sections(document.get(), &TopologyDocument::sectionsChanged);
    const QString input
        = actions.freeInputName(QStringLiteral("MesosMaster"), QStringLiteral("port"));
    EXPECT_EQ(input, QStringLiteral("port"));
    ASSERT_TRUE(
        actions.setPropertyAsInput(QStringLiteral("MesosMaster"), QStringLiteral("port"), input));
    EXPECT_EQ(sections.count(), 1);
    // The input is typed as the property, its default the value the property had.
    ASSERT_EQ(document->topology().inputs.size(), 1);
    const PropertyDefinition &created = document->topology().inputs.front();
    EXPECT_EQ(created.type, QStringLiteral("integer"));
    EXPECT_EQ(created.defaultValue.text(), QStringLiteral("5050"));
    EXPECT_EQ(actions.inputOf(QStringLiteral("MesosMaster"), QStringLiteral("port")), input);
    const QByteArray asInput = document->serialize();
    EXPECT_TRUE(asInput.contains("port: { get_input: port }")
                || asInput.contains("get_input: port"))
        << asInput.toStdString();
    EXPECT_FALSE(hasProblem(*document, QStringLiteral("TOPO-INPUT-001")));

    document->undoStack()->undo();
    EXPECT_EQ(document->serialize(), before);
    EXPECT_TRUE(document->topology().inputs.isEmpty());
    document->undoStack()->redo();
    EXPECT_EQ(document->serialize(), asInput);

    // Unset: the property gets the input's default, and the unused input goes.
    ASSERT_TRUE(actions.unsetInput(QStringLiteral("MesosMaster"), QStringLiteral("port")));
    EXPECT_TRUE(document->topology().inputs.isEmpty());
    ASSERT_NE(propertyOf(*document, QStringLiteral("MesosMaster"), QStringLiteral("port")),
              nullptr);
    EXPECT_EQ(propertyOf(*document, QStringLiteral("MesosMaster"), QStringLiteral("port"))->text(),
              QStringLiteral("5050"));
    document->undoStack()->undo();
    EXPECT_EQ(document->serialize(), asInput);
}

TEST(SectionActions, renamingAnInputCarriesTheNewNameIntoItsUsesAndRemovingOneIsFlagged)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    SectionActions actions(document.get());
    ASSERT_TRUE(actions.setPropertyAsInput(
        QStringLiteral("MesosMaster"), QStringLiteral("port"), QStringLiteral("p")));
    PropertyDefinition renamed = document->topology().inputs.front();
    renamed.name = QStringLiteral("master_port");
    ASSERT_TRUE(actions.changeInput(QStringLiteral("p"), renamed));
    EXPECT_EQ(actions.inputOf(QStringLiteral("MesosMaster"), QStringLiteral("port")),
              QStringLiteral("master_port"));
    EXPECT_FALSE(hasProblem(*document, QStringLiteral("TOPO-INPUT-001")));
    // A name already taken is refused.
    ASSERT_TRUE(
        actions.addInput(PropertyDefinition{QStringLiteral("other"), QStringLiteral("string")}));
    renamed.name = QStringLiteral("other");
    EXPECT_FALSE(actions.changeInput(QStringLiteral("master_port"), renamed));
    // An input of the wrong type is a problem until the type is right again.
    PropertyDefinition wrongType = document->topology().inputs.front();
    wrongType.type = QStringLiteral("string");
    ASSERT_TRUE(actions.changeInput(QStringLiteral("master_port"), wrongType));
    EXPECT_TRUE(hasProblem(*document, QStringLiteral("TOPO-INPUT-002")));
    document->undoStack()->undo();
    EXPECT_FALSE(hasProblem(*document, QStringLiteral("TOPO-INPUT-002")));
    // Removing the input gives its users the default back.
    ASSERT_TRUE(actions.removeInput(QStringLiteral("master_port")));
    EXPECT_EQ(propertyOf(*document, QStringLiteral("MesosMaster"), QStringLiteral("port"))->text(),
              QStringLiteral("5050"));
}

TEST(SectionActions, anOutputOfAMissingNodeIsAProblemUntilItIsFixed)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    SectionActions actions(document.get());
    const QByteArray before = document->serialize();
    OutputDefinition output;
    output.name = QStringLiteral("agent_ip");
    output.value = Value::function(QStringLiteral("get_attribute"),
                                   {Value::scalar(QStringLiteral("SlaveComptue")),
                                    Value::scalar(QStringLiteral("public_ip_address"))});
    ASSERT_TRUE(actions.addOutput(output));
    EXPECT_TRUE(hasProblem(*document, QStringLiteral("TOPO-OUTPUT-001")));
    EXPECT_FALSE(actions.addOutput(output)) << "the name is taken";
    OutputDefinition fixed = output;
    fixed.value = Value::function(QStringLiteral("get_attribute"),
                                  {Value::scalar(QStringLiteral("SlaveCompute")),
                                   Value::scalar(QStringLiteral("public_ip_address"))});
    ASSERT_TRUE(actions.changeOutput(QStringLiteral("agent_ip"), fixed));
    EXPECT_FALSE(hasProblem(*document, QStringLiteral("TOPO-OUTPUT-001")));
    ASSERT_TRUE(actions.removeOutput(QStringLiteral("agent_ip")));
    EXPECT_EQ(document->serialize(), before);
    document->undoStack()->undo();
    document->undoStack()->undo();
    EXPECT_TRUE(hasProblem(*document, QStringLiteral("TOPO-OUTPUT-001")));
    document->undoStack()->undo();
    EXPECT_EQ(document->serialize(), before);
}

TEST(SectionActions, outputsFollowARenamedNodeAndGoWithADeletedOne)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    const QByteArray before = document->serialize();
    ASSERT_TRUE(
        document->actions().renameNode(QStringLiteral("MesosMaster"), QStringLiteral("Master")));
    const Value &read = document->topology().outputs.front().value;
    ASSERT_TRUE(read.isFunction());
    EXPECT_EQ(read.arguments().front().text(), QStringLiteral("Master"));
    EXPECT_FALSE(hasProblem(*document, QStringLiteral("TOPO-OUTPUT-001")));
    document->undoStack()->undo();
    EXPECT_EQ(document->serialize(), before);

    // Alien4Cloud drops the outputs of a deleted node; undo brings them back.
    ASSERT_TRUE(document->actions().removeNodes(
        {QStringLiteral("MarathonLB"), QStringLiteral("Marathon")}));
    QStringList outputs;
    for (const OutputDefinition &output : document->topology().outputs)
        outputs << output.name;
    EXPECT_EQ(outputs, QStringList{QStringLiteral("MesosMaster_external_url")});
    EXPECT_FALSE(hasProblem(*document, QStringLiteral("TOPO-OUTPUT-001")));
    document->undoStack()->undo();
    EXPECT_EQ(document->serialize(), before);
}
