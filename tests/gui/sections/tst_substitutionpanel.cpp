// SPDX-License-Identifier: GPL-3.0-or-later
// The Substitution panel through its real widgets: the type box makes the topology a type, its
// dialogs expose capabilities and requirements and map properties as undo steps, a refused
// entry keeps the dialog open with the reason, and an entry or type the validator faults is
// marked until it is put right.
#include "exampledocument.h"
#include "qtprinters.h"
#include "sectionactions.h"
#include "sections/inputsoutputspanel.h"
#include "sections/propertymappingdialog.h"
#include "sections/substitutionpanel.h"
#include "sections/substitutiontargetdialog.h"
#include "sectiontesthelpers.h"
#include "substitutionactions.h"
#include "topologydocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Topologist;
using Topologist::Test::openExample;
using namespace Topologist::Test;
using Side = SubstitutionMapping::Side;

namespace {

QStringList row(const QTreeWidget *list, int index)
{
    QStringList texts;
    const QTreeWidgetItem *item = list->topLevelItem(index);
    for (int column = 0; item && column < item->columnCount(); ++column)
        texts << item->text(column);
    return texts;
}

QComboBox *combo(QDialog &dialog, const char *name)
{
    auto *box = dialog.findChild<QComboBox *>(QLatin1String(name));
    EXPECT_NE(box, nullptr) << name;
    return box;
}

QStringList items(const QComboBox *box)
{
    QStringList texts;
    for (int i = 0; i < box->count(); ++i)
        texts << box->itemText(i);
    return texts;
}

void chooseType(SubstitutionPanel &panel, const QString &type)
{
    QLineEdit *edit = panel.typeBox()->lineEdit();
    edit->setText(type);
    QTest::keyClick(edit, Qt::Key_Return);
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

TEST(SubstitutionPanel, theTypeBoxMakesTheTopologyATypeAsOneUndoStep)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    SubstitutionPanel panel;
    panel.show(); // a hidden panel reads the document when shown
    panel.setDocument(document.get());
    auto *hint = panel.findChild<QLabel *>(QStringLiteral("substitutionHint"));
    ASSERT_NE(hint, nullptr);
    EXPECT_FALSE(hint->isHidden()) << "no mapping yet";
    EXPECT_FALSE(panel.capabilityList()->isEnabled());
    EXPECT_TRUE(items(panel.typeBox()).contains(softwareComponent));
    const QByteArray before = document->serialize();

    chooseType(panel, softwareComponent);
    EXPECT_EQ(SubstitutionActions(document.get()).mapping().nodeType, softwareComponent);
    EXPECT_EQ(document->undoStack()->count(), 1);
    EXPECT_TRUE(hint->isHidden());
    EXPECT_TRUE(panel.capabilityList()->isEnabled());

    document->undoStack()->undo();
    EXPECT_EQ(document->serialize(), before);
    EXPECT_TRUE(panel.typeBox()->currentText().isEmpty());
    EXPECT_FALSE(hint->isHidden());
    document->undoStack()->redo();
    EXPECT_EQ(panel.typeBox()->currentText(), softwareComponent);

    // The remove button takes the whole mapping away, as one step too.
    panel.findChild<QToolButton *>(QStringLiteral("removeSubstitution"))->click();
    EXPECT_EQ(document->serialize(), before);
    EXPECT_TRUE(panel.typeBox()->currentText().isEmpty());
    document->undoStack()->undo();
    EXPECT_EQ(panel.typeBox()->currentText(), softwareComponent);
}

TEST(SubstitutionPanel, aConcreteTypeIsMarkedUntilAnAbstractOneIsChosen)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    SubstitutionPanel panel;
    panel.show(); // a hidden panel reads the document when shown
    panel.setDocument(document.get());
    auto *problem = panel.findChild<QLabel *>(QStringLiteral("typeProblem"));
    ASSERT_NE(problem, nullptr);
    EXPECT_TRUE(problem->isHidden());
    chooseType(panel, QStringLiteral("org.alien4cloud.nodes.MesosMaster"));
    EXPECT_FALSE(problem->isHidden());
    EXPECT_TRUE(problem->toolTip().contains(QStringLiteral("not abstract")))
        << problem->toolTip().toStdString();
    chooseType(panel, softwareComponent);
    EXPECT_TRUE(problem->isHidden());
    document->undoStack()->undo();
    EXPECT_FALSE(problem->isHidden()) << "faulty again";
}

TEST(SubstitutionPanel, theCapabilityDialogOffersTheNodesCapabilitiesAndAddsAnEntry)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    SubstitutionPanel panel;
    panel.show(); // a hidden panel reads the document when shown
    panel.setDocument(document.get());
    chooseType(panel, softwareComponent);
    const QByteArray typed = document->serialize();

    SubstitutionTargetDialog add(document.get(), Side::Capabilities, QString());
    EXPECT_TRUE(items(combo(add, "name")).contains(QStringLiteral("feature")))
        << "the substituted type's names are offered";
    combo(add, "node")->setCurrentText(QStringLiteral("Marathon"));
    EXPECT_EQ(items(combo(add, "target")),
              (QStringList{
                  QStringLiteral("feature"), QStringLiteral("marathon"), QStringLiteral("host")}));
    combo(add, "target")->setCurrentText(QStringLiteral("marathon"));
    pressOk(add);
    ASSERT_EQ(add.result(), QDialog::Accepted) << errorOf(add).toStdString();
    EXPECT_EQ(row(panel.capabilityList(), 0),
              (QStringList{QStringLiteral("marathon"),
                           QStringLiteral("Marathon"),
                           QStringLiteral("marathon")}))
        << "unnamed, it is exposed under its own name";
    const QByteArray added = document->serialize();
    document->undoStack()->undo();
    EXPECT_EQ(panel.capabilityList()->topLevelItemCount(), 0);
    EXPECT_EQ(document->serialize(), typed);
    document->undoStack()->redo();
    EXPECT_EQ(document->serialize(), added);

    // Edited: renamed; a name taken is refused with the reason.
    SubstitutionTargetDialog again(document.get(), Side::Capabilities, QString());
    combo(again, "name")->setCurrentText(QStringLiteral("marathon"));
    combo(again, "node")->setCurrentText(QStringLiteral("MesosMaster"));
    combo(again, "target")->setCurrentText(QStringLiteral("master"));
    pressOk(again);
    EXPECT_EQ(again.result(), QDialog::Rejected);
    EXPECT_TRUE(errorOf(again).contains(QStringLiteral("already"))) << errorOf(again).toStdString();
    combo(again, "name")->setCurrentText(QStringLiteral("master"));
    pressOk(again);
    ASSERT_EQ(again.result(), QDialog::Accepted);

    SubstitutionTargetDialog edit(document.get(), Side::Capabilities, QStringLiteral("marathon"));
    EXPECT_EQ(combo(edit, "node")->currentText(), QStringLiteral("Marathon"));
    EXPECT_EQ(combo(edit, "target")->currentText(), QStringLiteral("marathon"));
    combo(edit, "name")->setCurrentText(QStringLiteral("scheduler"));
    pressOk(edit);
    ASSERT_EQ(edit.result(), QDialog::Accepted);
    EXPECT_EQ(row(panel.capabilityList(), 0).first(), QStringLiteral("scheduler"));
    EXPECT_EQ(row(panel.capabilityList(), 1).first(), QStringLiteral("master"));
    document->undoStack()->undo();
    EXPECT_EQ(row(panel.capabilityList(), 0).first(), QStringLiteral("marathon"));
}

TEST(SubstitutionPanel, aRequirementOfAnotherKindIsMarkedUntilTheDialogFixesIt)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    SubstitutionPanel panel;
    panel.show(); // a hidden panel reads the document when shown
    panel.setDocument(document.get());
    chooseType(panel, softwareComponent);
    // A SoftwareComponent may be hosted on any container; Marathon only on a Mesos master.
    SubstitutionTargetDialog add(document.get(), Side::Requirements, QString());
    combo(add, "name")->setCurrentText(QStringLiteral("host"));
    combo(add, "node")->setCurrentText(QStringLiteral("Marathon"));
    combo(add, "target")->setCurrentText(QStringLiteral("host"));
    pressOk(add);
    ASSERT_EQ(add.result(), QDialog::Accepted);
    QTreeWidgetItem *entry = panel.requirementList()->topLevelItem(0);
    ASSERT_NE(entry, nullptr);
    EXPECT_FALSE(entry->icon(0).isNull()) << "marked";
    EXPECT_TRUE(entry->toolTip(0).contains(QStringLiteral("Marathon.host")))
        << entry->toolTip(0).toStdString();

    SubstitutionTargetDialog edit(document.get(), Side::Requirements, QStringLiteral("host"));
    combo(edit, "node")->setCurrentText(QStringLiteral("MesosMaster"));
    EXPECT_EQ(combo(edit, "target")->currentText(), QStringLiteral("host"))
        << "the other node has a host requirement too: it stays chosen";
    pressOk(edit);
    ASSERT_EQ(edit.result(), QDialog::Accepted);
    EXPECT_TRUE(panel.requirementList()->topLevelItem(0)->icon(0).isNull()) << "fixed";
    document->undoStack()->undo();
    EXPECT_FALSE(panel.requirementList()->topLevelItem(0)->icon(0).isNull()) << "faulty again";
}

TEST(SubstitutionPanel, thePropertyDialogMapsAPropertyOntoAnInput)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    SubstitutionPanel panel;
    panel.show(); // a hidden panel reads the document when shown
    panel.setDocument(document.get());
    chooseType(panel, QStringLiteral("tosca.nodes.Database"));
    // Database's name is required and no input gives it.
    EXPECT_EQ(panel.propertyList()->topLevelItemCount(), 0);
    PropertyMappingDialog none(document.get(), QString());
    combo(none, "property")->setCurrentText(QStringLiteral("name"));
    pressOk(none);
    EXPECT_EQ(none.result(), QDialog::Rejected);
    EXPECT_TRUE(errorOf(none).contains(QStringLiteral("no input"))) << errorOf(none).toStdString();

    ASSERT_TRUE(SectionActions(document.get())
                    .addInput(input(QStringLiteral("database_name"), QStringLiteral("string"))));
    PropertyMappingDialog add(document.get(), QString());
    EXPECT_TRUE(items(combo(add, "property")).contains(QStringLiteral("name")));
    EXPECT_EQ(items(combo(add, "input")), QStringList{QStringLiteral("database_name")});
    combo(add, "property")->setCurrentText(QStringLiteral("name"));
    pressOk(add);
    ASSERT_EQ(add.result(), QDialog::Accepted) << errorOf(add).toStdString();
    EXPECT_EQ(row(panel.propertyList(), 0),
              (QStringList{QStringLiteral("name"), QStringLiteral("database_name")}));
    // Alien4Cloud would expose the input under its own name: a warning on the row.
    EXPECT_FALSE(panel.propertyList()->topLevelItem(0)->icon(0).isNull());
    document->undoStack()->undo();
    EXPECT_EQ(panel.propertyList()->topLevelItemCount(), 0);
    document->undoStack()->redo();
    EXPECT_EQ(panel.propertyList()->topLevelItemCount(), 1);
    // A double-clicked problem of the entry leads to its row.
    EXPECT_TRUE(panel.select(ProblemMember::substitutionProperty(QStringLiteral("name"))));
    ASSERT_NE(panel.propertyList()->currentItem(), nullptr);
    EXPECT_EQ(panel.propertyList()->currentItem()->text(0), QStringLiteral("name"));
    EXPECT_FALSE(panel.select(ProblemMember::substitutionProperty(QStringLiteral("nope"))));
}

TEST(SubstitutionPanel, isNoWiderAtLeastThanTheInputsAndOutputsPanelItSharesAColumnWith)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    SubstitutionPanel panel;
    panel.show(); // a hidden panel reads the document when shown
    panel.setDocument(document.get());
    InputsOutputsPanel inputs;
    inputs.setDocument(document.get());
    // It shares the column with the property editor: at its narrowest it must not widen it.
    EXPECT_LE(panel.minimumSizeHint().width(), inputs.minimumSizeHint().width());
}

TEST(SubstitutionPanel, whatTheUserTypesSurvivesARefreshUntilTheTypeChanges)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    SubstitutionPanel panel;
    panel.show(); // a hidden panel reads the document when shown
    panel.setDocument(document.get());
    chooseType(panel, softwareComponent);
    panel.typeBox()->lineEdit()->setText(QStringLiteral("tosca.nodes.Da"));
    // Another edit makes the panel read the document again.
    ASSERT_TRUE(SectionActions(document.get())
                    .addInput(input(QStringLiteral("x"), QStringLiteral("string"))));
    EXPECT_EQ(panel.typeBox()->currentText(), QStringLiteral("tosca.nodes.Da"));
    // Undoing the type is a change of it: the box shows it.
    document->undoStack()->undo();
    document->undoStack()->undo();
    EXPECT_TRUE(panel.typeBox()->currentText().isEmpty());
}
