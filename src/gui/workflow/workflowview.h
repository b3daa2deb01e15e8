// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflow/workflow.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QToolButton;

namespace Topologist {

class TopologyDocument;

/// The Workflows panel: the install and uninstall Alien4Cloud would generate, and each of the
/// topology's own workflows, drawn step by step on the machines that run them (read only).
///
/// Everything shown is derived from the document again after each edit; only which workflow
/// is chosen is the panel's own. While hidden it only notes that it is out of date.
class WorkflowView : public QWidget
{
    Q_OBJECT

public:
    explicit WorkflowView(QWidget *parent = nullptr);

    void setDocument(TopologyDocument *document);

    /// The workflows on offer, in the order of the chooser.
    const Workflows &workflows() const { return m_workflows; }
    /// Chooses the workflow at `index` of workflows().
    void choose(int index);
    int chosen() const;
    QGraphicsScene *scene() const { return m_scene; }
    /// Derives the panel again if the document changed while it could not be seen and it can
    /// be now. A panel in a tab behind another is neither hidden nor shown when its tab comes
    /// to the front: the window calls this then.
    void catchUp();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    /// Shown and not covered (a tab behind another counts as visible to Qt).
    bool isSeen() const;
    void rebuild();
    void fillChooser();
    void drawChosen();
    QString titleOf(const Workflow &workflow) const;
    QToolButton *zoomButton(const QString &text, const QString &toolTip, qreal factor);

    QPointer<TopologyDocument> m_document;
    Workflows m_workflows;
    QComboBox *m_chooser;
    QLabel *m_summary;
    QGraphicsScene *m_scene;
    QGraphicsView *m_view;
    bool m_stale = false;
};

} // namespace Topologist
