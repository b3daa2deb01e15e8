// SPDX-License-Identifier: GPL-3.0-or-later
// The Inputs and Outputs panel through its real widgets: it lists the REX-Ray template's input
// and outputs, its dialogs add and change them as undo steps, a refused value keeps the dialog
// open with the reason, and an output the validator faults is marked until it is fixed.
#include "exampledocument.h"
#include "properties/editors/valueeditor.h"
#include "sections/inputdialog.h"
#include "sections/inputsoutputspanel.h"
#include "sections/outputdialog.h"
#include "sectiontesthelpers.h"
#include "topologydocument.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Topologist;
using Topologist::Test::openExample;
using namespace Topologist::Test;

TEST(InputsOutputsPanel, listsTheRexRayTemplatesInputAndOutputs)
{
    auto document = openExample(QStringLiteral("marathon-rexray"));
    ASSERT_NE(document, nullptr);
    InputsOutputsPanel panel;
    panel.show(); // a hidden panel reads the document when shown
    panel.setDocument(document.get());
    EXPECT_EQ(column(panel.inputList(), 0), QStringList{QStringLiteral("storage_provider")});
    EXPECT_EQ(column(panel.outputList(), 0),
              (QStringList{QStringLiteral("MesosMaster_external_url"),
                           QStringLiteral("Marathon_external_url")}));
    EXPECT_EQ(column(panel.outputList(), 1).first(),
              QStringLiteral("{ get_attribute: [MesosMaster, external_url] }"));
}

TEST(InputsOutputsPanel, theInputDialogAddsAnInputAsOneUndoStepAndRefusesBadDefaults)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    InputsOutputsPanel panel;
    panel.show(); // a hidden panel reads the document when shown
    panel.setDocument(document.get());
    const QByteArray before = document->serialize();
    InputDialog dialog(document.get(), QString());
    setText(dialog, "name", QStringLiteral("agents"));
    auto *type = dialog.findChild<QComboBox *>(QStringLiteral("type"));
    type->setCurrentText(QStringLiteral("list")); // a list's default is YAML text
    EXPECT_EQ(dialog.defaultEditor(), nullptr);
    setText(dialog, "defaultValue", QStringLiteral("[unclosed"));
    pressOk(dialog);
    EXPECT_EQ(dialog.result(), QDialog::Rejected) << "still open";
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(QStringLiteral("not YAML"))) << error->text().toStdString();
    EXPECT_TRUE(document->topology().inputs.isEmpty());

    // An integer's default gets the property editor's spin box.
    type->setCurrentText(QStringLiteral("integer"));
    ASSERT_NE(dialog.defaultEditor(), nullptr);
    EXPECT_TRUE(dialog.findChild<QLineEdit *>(QStringLiteral("defaultValue"))->isHidden());
    auto *spin = qobject_cast<QSpinBox *>(dialog.defaultEditor()->focusWidget());
    ASSERT_NE(spin, nullptr);
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("3"));
    pressOk(dialog);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(column(panel.inputList(), 0), QStringList{QStringLiteral("agents")});
    EXPECT_EQ(column(panel.inputList(), 1), QStringList{QStringLiteral("integer")});
    EXPECT_EQ(column(panel.inputList(), 3), QStringList{QStringLiteral("3")});
    document->undoStack()->undo();
    EXPECT_EQ(panel.inputList()->topLevelItemCount(), 0);
    EXPECT_EQ(document->serialize(), before);
    document->undoStack()->redo();
    EXPECT_EQ(panel.inputList()->topLevelItemCount(), 1);

    // The same name again is refused, with the reason.
    InputDialog again(document.get(), QString());
    setText(again, "name", QStringLiteral("agents"));
    pressOk(again);
    EXPECT_EQ(again.result(), QDialog::Rejected);
    EXPECT_TRUE(again.findChild<QLabel *>(QStringLiteral("error"))
                    ->text()
                    .contains(QStringLiteral("already")));
}

TEST(InputsOutputsPanel, anOutputReadingAMissingNodeIsMarkedUntilTheDialogFixesIt)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    InputsOutputsPanel panel;
    panel.show(); // a hidden panel reads the document when shown
    panel.setDocument(document.get());
    OutputDialog add(document.get(), QString());
    setText(add, "name", QStringLiteral("agent_ip"));
    setText(add, "value", QStringLiteral("{ get_attribute: [ SlaveComptue, public_ip_address ] }"));
    pressOk(add);
    ASSERT_EQ(add.result(), QDialog::Accepted);
    QTreeWidgetItem *row = panel.outputList()->topLevelItem(2);
    ASSERT_NE(row, nullptr);
    EXPECT_EQ(row->text(0), QStringLiteral("agent_ip"));
    EXPECT_FALSE(row->icon(0).isNull()) << "marked";
    EXPECT_TRUE(row->toolTip(0).contains(QStringLiteral("SlaveComptue")));

    OutputDialog edit(document.get(), QStringLiteral("agent_ip"));
    EXPECT_EQ(edit.findChild<QLineEdit *>(QStringLiteral("value"))->text(),
              QStringLiteral("{ get_attribute: [SlaveComptue, public_ip_address] }"));
    setText(
        edit, "value", QStringLiteral("{ get_attribute: [ SlaveCompute, public_ip_address ] }"));
    pressOk(edit);
    ASSERT_EQ(edit.result(), QDialog::Accepted);
    row = panel.outputList()->topLevelItem(2);
    EXPECT_TRUE(row->icon(0).isNull()) << "fixed";
    document->undoStack()->undo();
    EXPECT_FALSE(panel.outputList()->topLevelItem(2)->icon(0).isNull()) << "faulty again";
}

TEST(InputsOutputsPanel, anInputsConstraintsShapeItsDefaultsEditorAndBindTheDefault)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    InputsOutputsPanel panel;
    panel.show(); // a hidden panel reads the document when shown
    panel.setDocument(document.get());
    InputDialog dialog(document.get(), QString());
    setText(dialog, "name", QStringLiteral("masters"));
    dialog.findChild<QComboBox *>(QStringLiteral("type"))
        ->setCurrentText(QStringLiteral("integer"));
    auto *constraints = dialog.findChild<QLineEdit *>(QStringLiteral("constraints"));
    setText(dialog, "constraints", QStringLiteral("[ { in_rnage: [1, 7] } ]"));
    pressOk(dialog);
    EXPECT_EQ(dialog.result(), QDialog::Rejected) << "no such operator";
    EXPECT_TRUE(errorOf(dialog).contains(QStringLiteral("in_rnage")))
        << errorOf(dialog).toStdString();

    // The range reaches the default's spin box when the field is left.
    setText(dialog, "constraints", QStringLiteral("[ { in_range: [1, 7] } ]"));
    emit constraints->editingFinished();
    QCoreApplication::processEvents(); // the editor follows once focus has moved
    ASSERT_NE(dialog.defaultEditor(), nullptr);
    auto *spin = qobject_cast<QSpinBox *>(dialog.defaultEditor()->focusWidget());
    ASSERT_NE(spin, nullptr);
    EXPECT_EQ(spin->maximum(), 7);
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("3"));
    pressOk(dialog);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_EQ(document->topology().inputs.size(), 1);
    EXPECT_EQ(document->topology().inputs.front().constraints.size(), 1);
    EXPECT_EQ(column(panel.inputList(), 4), QStringList{QStringLiteral("in_range: [1, 7]")});
    EXPECT_TRUE(document->serialize().contains("in_range")) << "saved with the input";

    // Opened again, the dialog shows the constraints as they were typed.
    InputDialog again(document.get(), QStringLiteral("masters"));
    const QString shown = again.findChild<QLineEdit *>(QStringLiteral("constraints"))->text();
    EXPECT_TRUE(shown.contains(QStringLiteral("in_range"))
                && shown.contains(QStringLiteral("[1, 7]")))
        << shown.toStdString();
    pressOk(again);
    EXPECT_EQ(again.result(), QDialog::Accepted);
    EXPECT_EQ(document->undoStack()->count(), 1) << "shown as read, accepted unchanged";
}

TEST(InputsOutputsPanel, aDefaultThatBreaksAConstraintIsRefusedWithTheReason)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    InputDialog dialog(document.get(), QString());
    setText(dialog, "name", QStringLiteral("cluster"));
    dialog.findChild<QComboBox *>(QStringLiteral("type"))->setCurrentText(QStringLiteral("string"));
    setText(dialog, "constraints", QStringLiteral("[ { pattern: \"[a-z]+\" } ]"));
    emit dialog.findChild<QLineEdit *>(QStringLiteral("constraints"))->editingFinished();
    QCoreApplication::processEvents();
    ASSERT_NE(dialog.defaultEditor(), nullptr);
    auto *text = qobject_cast<QLineEdit *>(dialog.defaultEditor()->focusWidget());
    ASSERT_NE(text, nullptr);
    QTest::keyClicks(text, QStringLiteral("Mesos"));
    pressOk(dialog);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(errorOf(dialog).contains(QStringLiteral("default")))
        << errorOf(dialog).toStdString();
    EXPECT_TRUE(document->topology().inputs.isEmpty());
    text->clear();
    QTest::keyClicks(text, QStringLiteral("mesos"));
    pressOk(dialog);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(document->topology().inputs.front().defaultValue.text(), QStringLiteral("mesos"));
}

TEST(InputsOutputsPanel, leavingTheConstraintsForTheDefaultKeepsTheDialogAlive)
{
    // Shift+Tab from the constraints to the default's spin box replaced that box while focus
    // was moving to it, and the designer crashed.
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    InputDialog dialog(document.get(), QString());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    dialog.findChild<QComboBox *>(QStringLiteral("type"))
        ->setCurrentText(QStringLiteral("integer"));
    QCoreApplication::processEvents(); // the spin box shows
    auto *constraints = dialog.findChild<QLineEdit *>(QStringLiteral("constraints"));
    constraints->setFocus();
    QTest::keyClicks(constraints, QStringLiteral("[ { in_range: [1, 7] } ]"));
    QTest::keyClick(constraints, Qt::Key_Backtab, Qt::ShiftModifier);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    ASSERT_NE(dialog.defaultEditor(), nullptr);
    auto *spin = qobject_cast<QSpinBox *>(dialog.defaultEditor()->focusWidget());
    ASSERT_NE(spin, nullptr);
    EXPECT_EQ(spin->maximum(), 7);
    EXPECT_TRUE(spin->hasFocus()) << "focus is where the user sent it; it is on "
                                  << (QApplication::focusWidget()
                                          ? QApplication::focusWidget()->metaObject()->className()
                                          : "nothing");
}
