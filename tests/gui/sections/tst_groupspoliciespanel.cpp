// SPDX-License-Identifier: GPL-3.0-or-later
// The Groups and Policies panel through its real widgets: the group dialog makes a group of the
// selected nodes and the policy dialog a policy on it, each one undo step; refused values keep a
// dialog open with the reason; a group or policy the validator faults is marked until fixed.
#include "exampledocument.h"
#include "groupactions.h"
#include "policyactions.h"
#include "sections/groupdialog.h"
#include "sections/groupspoliciespanel.h"
#include "sections/namechecklist.h"
#include "sections/policydialog.h"
#include "sectiontesthelpers.h"
#include "selectionmodel.h"
#include "topologydocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Topologist;
using Topologist::Test::openExample;
using namespace Topologist::Test;

namespace {

NameChecklist *checklist(const QDialog &dialog, const char *name)
{
    return dialog.findChild<NameChecklist *>(QLatin1String(name));
}

void tick(NameChecklist *list, const QString &name, bool ticked)
{
    const QList<QListWidgetItem *> found = list->list()->findItems(name, Qt::MatchExactly);
    ASSERT_EQ(found.size(), 1) << name.toStdString();
    found.front()->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
}

} // namespace

TEST(GroupsPoliciesPanel, theGroupDialogGroupsTheSelectedNodesAsOneUndoStep)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    SelectionModel selection;
    GroupsPoliciesPanel panel;
    panel.show(); // a hidden panel reads the document when shown
    panel.setDocument(document.get(), &selection);
    const QByteArray before = document->serialize();
    GroupDialog dialog(document.get(),
                       QString(),
                       {QStringLiteral("MasterCompute"), QStringLiteral("SlaveCompute")});
    EXPECT_EQ(dialog.findChild<QLineEdit *>(QStringLiteral("name"))->text(),
              QStringLiteral("Group1"));
    EXPECT_EQ(checklist(dialog, "members")->checkedNames(),
              (QStringList{QStringLiteral("MasterCompute"), QStringLiteral("SlaveCompute")}));
    setText(dialog, "name", QStringLiteral("MesosMaster"));
    pressOk(dialog);
    EXPECT_EQ(dialog.result(), QDialog::Rejected) << "a node's name";
    EXPECT_TRUE(errorOf(dialog).contains(QStringLiteral("node"))) << errorOf(dialog).toStdString();

    setText(dialog, "name", QStringLiteral("Machines"));
    pressOk(dialog);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(column(panel.groupList(), 0), QStringList{QStringLiteral("Machines")});
    EXPECT_EQ(column(panel.groupList(), 1),
              QStringList{QStringLiteral("MasterCompute, SlaveCompute")});
    document->undoStack()->undo();
    EXPECT_EQ(panel.groupList()->topLevelItemCount(), 0);
    EXPECT_EQ(document->serialize(), before);
    document->undoStack()->redo();
    EXPECT_EQ(column(panel.groupList(), 0), QStringList{QStringLiteral("Machines")});

    // Editing without a change makes no undo step; dropping a member makes one.
    GroupDialog same(document.get(), QStringLiteral("Machines"), {});
    pressOk(same);
    EXPECT_EQ(same.result(), QDialog::Accepted);
    EXPECT_EQ(document->undoStack()->count(), 1);
    GroupDialog fewer(document.get(), QStringLiteral("Machines"), {});
    tick(checklist(fewer, "members"), QStringLiteral("MasterCompute"), false);
    pressOk(fewer);
    EXPECT_EQ(column(panel.groupList(), 1), QStringList{QStringLiteral("SlaveCompute")});
    EXPECT_EQ(document->undoStack()->count(), 2);
}

TEST(GroupsPoliciesPanel, thePolicyDialogTargetsAGroupAndRefusesPropertiesThatAreNoMapping)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    GroupsPoliciesPanel panel;
    panel.show(); // a hidden panel reads the document when shown
    panel.setDocument(document.get(), nullptr);
    const QString group = GroupActions(document.get()).groupNodes({QStringLiteral("SlaveCompute")});
    PolicyDialog dialog(document.get(), QString());
    auto *type = dialog.findChild<QComboBox *>(QStringLiteral("type"));
    ASSERT_GE(type->findText(QStringLiteral("tosca.policies.Placement")), 0)
        << "the normative policy types are offered";
    type->setCurrentText(QStringLiteral("tosca.policies.Placement"));
    EXPECT_EQ(dialog.findChild<QLineEdit *>(QStringLiteral("name"))->text(),
              QStringLiteral("Placement"))
        << "named after its type";
    tick(checklist(dialog, "targets"), group, true);
    setText(dialog, "properties", QStringLiteral("[unclosed"));
    pressOk(dialog);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(errorOf(dialog).contains(QStringLiteral("not YAML")));
    setText(dialog, "properties", QStringLiteral("[ host ]"));
    pressOk(dialog);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(errorOf(dialog).contains(QStringLiteral("mapping")));
    setText(dialog, "properties", QString());
    pressOk(dialog);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(column(panel.policyList(), 0), QStringList{QStringLiteral("Placement")});
    EXPECT_EQ(column(panel.policyList(), 2), QStringList{group});
    EXPECT_TRUE(panel.policyList()->topLevelItem(0)->icon(0).isNull()) << "nothing wrong";
    document->undoStack()->undo();
    EXPECT_EQ(panel.policyList()->topLevelItemCount(), 0);
}

TEST(GroupsPoliciesPanel, aPolicyOnAMissingNodeIsMarkedUntilItsTargetIsUnticked)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    GroupsPoliciesPanel panel;
    panel.show(); // a hidden panel reads the document when shown
    panel.setDocument(document.get(), nullptr);
    PolicyDefinition policy;
    policy.name = QStringLiteral("Spread");
    policy.type = QStringLiteral("tosca.policies.Placement");
    policy.targets = {QStringLiteral("SlaveCompute"), QStringLiteral("SlaveComptue")};
    ASSERT_TRUE(PolicyActions(document.get()).addPolicy(policy));
    QTreeWidgetItem *row = panel.policyList()->topLevelItem(0);
    ASSERT_NE(row, nullptr);
    EXPECT_FALSE(row->icon(0).isNull()) << "marked";
    EXPECT_TRUE(row->toolTip(0).contains(QStringLiteral("SlaveComptue")));

    // The stale target is listed, ticked, so that it can be unticked.
    PolicyDialog edit(document.get(), QStringLiteral("Spread"));
    EXPECT_EQ(checklist(edit, "targets")->checkedNames(), policy.targets);
    tick(checklist(edit, "targets"), QStringLiteral("SlaveComptue"), false);
    pressOk(edit);
    ASSERT_EQ(edit.result(), QDialog::Accepted);
    EXPECT_TRUE(panel.policyList()->topLevelItem(0)->icon(0).isNull()) << "fixed";
    document->undoStack()->undo();
    EXPECT_FALSE(panel.policyList()->topLevelItem(0)->icon(0).isNull()) << "faulty again";
}

TEST(GroupsPoliciesPanel, aPanelBehindAnotherTabReadsTheDocumentWhenItComesToTheFront)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    GroupsPoliciesPanel panel;
    panel.setDocument(document.get(), nullptr);
    ASSERT_FALSE(GroupActions(document.get()).groupNodes({QStringLiteral("MesosDNS")}).isEmpty());
    EXPECT_EQ(panel.groupList()->topLevelItemCount(), 0) << "not read while hidden";
    panel.show();
    EXPECT_EQ(column(panel.groupList(), 0), QStringList{QStringLiteral("Group1")});
    panel.hide();
    document->undoStack()->undo();
    panel.show();
    EXPECT_EQ(panel.groupList()->topLevelItemCount(), 0) << "read again when shown";
}
