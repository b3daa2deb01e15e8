// SPDX-License-Identifier: GPL-3.0-or-later
// The Workflows panel: the generated install of the Marathon example drawn in order on its
// machines, following edits, undo and redo, and marking the steps a loop keeps from running.
#include "catalog/typecatalog.h"
#include "documentactions.h"
#include "exampledocument.h"
#include "testhelpers.h"
#include "topologydocument.h"
#include "workflow/workflowarrowitem.h"
#include "workflow/workflowstepitem.h"
#include "workflow/workflowview.h"

#include <QComboBox>
#include <QGraphicsScene>
#include <QLabel>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace Topologist;

namespace {

struct Fixture
{
    Fixture()
        : document(Topologist::Test::openExample(QStringLiteral("marathon")))
    {
        view.resize(900, 600);
        view.show();
        view.setDocument(document.get());
    }

    QHash<QString, WorkflowStepItem *> steps() const
    {
        QHash<QString, WorkflowStepItem *> result;
        for (QGraphicsItem *item : view.scene()->items()) {
            if (auto *step = dynamic_cast<WorkflowStepItem *>(item))
                result.insert(step->stepName(), step);
        }
        return result;
    }
    /// Where step `name` is drawn; a test failure when it is not.
    QPointF at(const QString &name) const
    {
        WorkflowStepItem *step = steps().value(name);
        EXPECT_NE(step, nullptr) << "no step " << name.toStdString();
        return step ? step->pos() : QPointF(-1, -1);
    }
    bool above(const QString &first, const QString &second) const
    {
        return at(first).y() < at(second).y();
    }
    bool hasArrow(const QString &from, const QString &to) const
    {
        for (QGraphicsItem *item : view.scene()->items()) {
            auto *arrow = dynamic_cast<WorkflowArrowItem *>(item);
            if (arrow && arrow->from() == from && arrow->to() == to)
                return true;
        }
        return false;
    }
    QString summary() const
    {
        return view.findChild<QLabel *>(QStringLiteral("workflowSummary"))->text();
    }
    int troubled() const
    {
        int count = 0;
        for (WorkflowStepItem *step : steps())
            count += step->trouble() != WorkflowStepItem::Trouble::None;
        return count;
    }

    std::unique_ptr<TopologyDocument> document;
    WorkflowView view;
};

} // namespace

TEST(WorkflowView, OffersTheGeneratedWorkflows)
{
    Fixture f;
    auto *chooser = f.view.findChild<QComboBox *>(QStringLiteral("workflowChooser"));
    ASSERT_NE(chooser, nullptr);
    ASSERT_EQ(chooser->count(), 2);
    EXPECT_EQ(chooser->itemText(0), QStringLiteral("install (generated)"));
    EXPECT_EQ(chooser->itemText(1), QStringLiteral("uninstall (generated)"));
    EXPECT_EQ(f.steps().size(), f.view.workflows().first().stepCount());
    // The tests run untranslated: the plural forms come from the English translation.
    const QString count = QString::number(f.view.workflows().first().stepCount());
    EXPECT_TRUE(f.summary().startsWith(count + QStringLiteral(" step")))
        << f.summary().toStdString();
    EXPECT_TRUE(f.summary().contains(QStringLiteral(", 3 machine"))) << f.summary().toStdString();
}

TEST(WorkflowView, DrawsMarathonsInstallTopDownOnItsMachines)
{
    Fixture f;
    EXPECT_TRUE(
        f.above(QStringLiteral("SlaveCompute_install"), QStringLiteral("DockerEngine_create")));
    EXPECT_TRUE(
        f.above(QStringLiteral("MesosMaster_started"), QStringLiteral("MesosSlave_configure")));
    EXPECT_TRUE(
        f.above(QStringLiteral("MesosMaster_initial"), QStringLiteral("MesosMaster_create")));
    EXPECT_TRUE(
        f.above(QStringLiteral("DockerEngine_started"), QStringLiteral("MesosSlave_initial")));
    // One lane per machine, in the file's order: what a machine hosts is drawn in its lane.
    const qreal master = f.at(QStringLiteral("MasterCompute_install")).x();
    const qreal slave = f.at(QStringLiteral("SlaveCompute_install")).x();
    const qreal slave2 = f.at(QStringLiteral("SlaveCompute_2_install")).x();
    EXPECT_LT(master, slave);
    EXPECT_LT(slave, slave2);
    for (const char *node : {"DockerEngine_create", "MesosSlave_start"}) {
        EXPECT_GT(f.at(QLatin1String(node)).x(), slave) << node;
        EXPECT_LT(f.at(QLatin1String(node)).x(), slave2) << node;
    }
    EXPECT_GT(f.at(QStringLiteral("MarathonLB_start")).x(), master);
    EXPECT_LT(f.at(QStringLiteral("MarathonLB_start")).x(), slave);
    // Each step of a node in one column.
    EXPECT_EQ(f.at(QStringLiteral("MesosMaster_initial")).x(),
              f.at(QStringLiteral("MesosMaster_started")).x());
    EXPECT_TRUE(
        f.hasArrow(QStringLiteral("MesosMaster_started"), QStringLiteral("MesosSlave_initial")));
    EXPECT_EQ(f.troubled(), 0);
}

TEST(WorkflowView, UninstallIsDrawnTheOtherWayRound)
{
    Fixture f;
    f.view.choose(1);
    EXPECT_EQ(f.steps().size(), f.view.workflows()[1].stepCount());
    EXPECT_TRUE(
        f.above(QStringLiteral("MesosSlave_deleted"), QStringLiteral("MesosMaster_stopping")));
    EXPECT_TRUE(
        f.above(QStringLiteral("DockerEngine_deleted"), QStringLiteral("SlaveCompute_uninstall")));
}

TEST(WorkflowView, ANewRelationshipChangesTheOrderAndUndoRestoresIt)
{
    Fixture f;
    const int before = int(f.steps().size());
    EXPECT_FALSE(
        f.hasArrow(QStringLiteral("DockerEngine_started"), QStringLiteral("Marathon_initial")));
    QString error;
    ASSERT_TRUE(f.document->actions().connect(QStringLiteral("Marathon"),
                                              QStringLiteral("dependency"),
                                              QStringLiteral("DockerEngine"),
                                              &error))
        << error.toStdString();
    EXPECT_TRUE(
        f.hasArrow(QStringLiteral("DockerEngine_started"), QStringLiteral("Marathon_initial")));
    EXPECT_TRUE(
        f.above(QStringLiteral("DockerEngine_started"), QStringLiteral("Marathon_initial")));
    EXPECT_GT(int(f.steps().size()), before);
    EXPECT_TRUE(f.steps().contains(QStringLiteral("Marathon_dependency_add_target")));

    f.document->undoStack()->undo();
    EXPECT_FALSE(
        f.hasArrow(QStringLiteral("DockerEngine_started"), QStringLiteral("Marathon_initial")));
    EXPECT_EQ(int(f.steps().size()), before);
    f.document->undoStack()->redo();
    EXPECT_TRUE(
        f.hasArrow(QStringLiteral("DockerEngine_started"), QStringLiteral("Marathon_initial")));
}

TEST(WorkflowView, ALoopIsMarkedAndGoesWithUndo)
{
    Fixture f;
    // MarathonLB runs on Marathon on MesosMaster: the master waiting for it closes a loop.
    QString error;
    ASSERT_TRUE(f.document->actions().connect(QStringLiteral("MesosMaster"),
                                              QStringLiteral("dependency"),
                                              QStringLiteral("MarathonLB"),
                                              &error))
        << error.toStdString();
    const auto steps = f.steps();
    EXPECT_EQ(steps.value(QStringLiteral("MesosMaster_initial"))->trouble(),
              WorkflowStepItem::Trouble::InLoop);
    EXPECT_EQ(steps.value(QStringLiteral("MarathonLB_started"))->trouble(),
              WorkflowStepItem::Trouble::InLoop);
    // The agents wait for their master: they never run either.
    EXPECT_EQ(steps.value(QStringLiteral("MesosSlave_initial"))->trouble(),
              WorkflowStepItem::Trouble::WaitsOnLoop);
    EXPECT_EQ(steps.value(QStringLiteral("DockerEngine_initial"))->trouble(),
              WorkflowStepItem::Trouble::None);
    EXPECT_TRUE(f.summary().contains(QStringLiteral("never run"))) << f.summary().toStdString();
    const bool reported
        = std::any_of(f.document->problems().cbegin(),
                      f.document->problems().cend(),
                      [](const Problem &p) { return p.code == QLatin1String("TOPO-WF-001"); });
    EXPECT_TRUE(reported);

    f.document->undoStack()->undo();
    EXPECT_EQ(f.troubled(), 0);
    EXPECT_FALSE(f.summary().contains(QStringLiteral("never run")));
    for (const Problem &problem : f.document->problems())
        EXPECT_FALSE(problem.code.startsWith(QLatin1String("TOPO-WF-")))
            << problem.code.toStdString();
}

TEST(WorkflowView, AHiddenPanelWaitsUntilItIsShown)
{
    auto document = Topologist::Test::openExample(QStringLiteral("marathon"));
    WorkflowView view;
    view.setDocument(document.get());
    EXPECT_TRUE(view.scene()->items().isEmpty());
    view.show();
    EXPECT_FALSE(view.scene()->items().isEmpty());
    EXPECT_EQ(view.workflows().size(), 2);
}

TEST(WorkflowView, ATopologysOwnWorkflowsAreOfferedAndDrawn)
{
    Diagnostics diagnostics;
    auto document = TopologyDocument::fromBytes(
        "tosca_definitions_version: alien_dsl_2_0_0\n"
        "metadata:\n  template_name: t\n  template_version: 1.0.0\n"
        "imports:\n  - tosca-normative-types:1.0.0-ALIEN20\n"
        "topology_template:\n  node_templates:\n"
        "    Machine:\n      type: tosca.nodes.Compute\n"
        "  workflows:\n"
        "    restart:\n"
        "      steps:\n"
        "        stop:\n"
        "          target: Machine\n"
        "          activities:\n            - call_operation: Standard.stop\n"
        "          on_success: [start]\n"
        "        start:\n"
        "          target: Machine\n"
        "          activities:\n            - call_operation: Standard.start\n",
        QStringLiteral("t.yml"),
        Topologist::Test::bundledCatalog(),
        &diagnostics);
    ASSERT_NE(document, nullptr);
    WorkflowView view;
    view.show();
    view.setDocument(document.get());
    auto *chooser = view.findChild<QComboBox *>(QStringLiteral("workflowChooser"));
    ASSERT_EQ(chooser->count(), 3);
    EXPECT_EQ(chooser->itemText(2), QStringLiteral("restart (the topology's)"));
    view.choose(2);
    QHash<QString, QPointF> at;
    for (QGraphicsItem *item : view.scene()->items()) {
        if (auto *step = dynamic_cast<WorkflowStepItem *>(item))
            at.insert(step->stepName(), step->pos());
    }
    ASSERT_EQ(at.size(), 2);
    EXPECT_LT(at.value(QStringLiteral("stop")).y(), at.value(QStringLiteral("start")).y());
}
