// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/workflowview.h"

#include "statuscolors.h"
#include "topologydocument.h"
#include "workflow/customworkflowreader.h"
#include "workflow/declarativeworkflows.h"
#include "workflow/workflowdiagram.h"
#include "workflow/workflowgenerator.h"
#include "workflow/workflowmachines.h"
#include "workflow/workfloworder.h"

#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Topologist {

WorkflowView::WorkflowView(QWidget *parent)
    : QWidget(parent)
    , m_chooser(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_scene(new QGraphicsScene(this))
    , m_view(new QGraphicsView(m_scene, this))
{
    setObjectName(QStringLiteral("workflowView"));
    m_chooser->setObjectName(QStringLiteral("workflowChooser"));
    m_chooser->setToolTip(tr("The workflow to show"));
    m_summary->setObjectName(QStringLiteral("workflowSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setObjectName(QStringLiteral("workflowGraphics"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);

    auto *top = new QHBoxLayout;
    top->addWidget(m_chooser);
    top->addWidget(m_summary, 1);
    top->addWidget(zoomButton(QStringLiteral("−"), tr("Zoom out"), 1 / 1.25));
    top->addWidget(zoomButton(QStringLiteral("+"), tr("Zoom in"), 1.25));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_chooser, &QComboBox::currentIndexChanged, this, [this] { drawChosen(); });
}

QToolButton *WorkflowView::zoomButton(const QString &text, const QString &toolTip, qreal factor)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    connect(button, &QToolButton::clicked, this, [this, factor] {
        const qreal scale = m_view->transform().m11() * factor;
        if (scale > 0.2 && scale < 3)
            m_view->scale(factor, factor);
    });
    return button;
}

void WorkflowView::setDocument(TopologyDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &TopologyDocument::editFinished, this, &WorkflowView::refresh);
        connect(document, &TopologyDocument::documentReset, this, &WorkflowView::refresh);
    }
    m_stale = true;
    refresh();
}

void WorkflowView::choose(int index)
{
    m_chooser->setCurrentIndex(index);
}

int WorkflowView::chosen() const
{
    return m_chooser->currentIndex();
}

void WorkflowView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Being shown is enough: the window may not have drawn it yet.
    if (m_stale) {
        m_stale = false;
        rebuild();
    }
}

bool WorkflowView::isSeen() const
{
    return isVisible() && !visibleRegion().isEmpty();
}

void WorkflowView::refresh()
{
    m_stale = true;
    catchUp();
}

void WorkflowView::catchUp()
{
    // A thousand-node topology has ten thousand steps: work them out only when they are seen.
    if (!m_stale || !isSeen())
        return;
    m_stale = false;
    rebuild();
}

void WorkflowView::rebuild()
{
    m_workflows.clear();
    if (m_document) {
        const WorkflowGenerator generator(m_document->topology(), m_document->types());
        m_workflows << generator.generate(DeclarativeWorkflows::install())
                    << generator.generate(DeclarativeWorkflows::uninstall())
                    << CustomWorkflowReader::read(m_document->topology().workflows);
    }
    fillChooser();
    drawChosen();
}

void WorkflowView::fillChooser()
{
    const QString before = m_chooser->currentText();
    const QSignalBlocker blocker(m_chooser);
    m_chooser->clear();
    for (const Workflow &workflow : std::as_const(m_workflows))
        m_chooser->addItem(titleOf(workflow));
    m_chooser->setCurrentIndex(std::max(0, m_chooser->findText(before)));
}

QString WorkflowView::titleOf(const Workflow &workflow) const
{
    return workflow.isGenerated() ? tr("%1 (generated)").arg(workflow.name())
                                  : tr("%1 (the topology's)").arg(workflow.name());
}

void WorkflowView::drawChosen()
{
    const int index = m_chooser->currentIndex();
    if (!m_document || index < 0 || index >= m_workflows.size()) {
        m_scene->clear();
        m_summary->clear();
        return;
    }
    const Workflow &workflow = m_workflows[index];
    const WorkflowOrder order(workflow);
    const WorkflowMachines machines(m_document->topology(), m_document->types());
    WorkflowDiagram(workflow, order, machines, m_document->topology()).draw(m_scene);
    const int never = workflow.stepCount() - int(order.order().size());
    QString summary = tr("%n step(s)", "", workflow.stepCount()) + QStringLiteral(", ")
                      + tr("%n machine(s)", "", int(machines.machinesOf(workflow).size()));
    if (never > 0)
        summary += QStringLiteral(" — ")
                   + tr("%n step(s) never run: they are in a loop or wait on one", "", never);
    m_summary->setText(summary);
    m_summary->setPalette(QPalette());
    if (never > 0)
        StatusColors::showAsError(m_summary);
}

} // namespace Topologist
