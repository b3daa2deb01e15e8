// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Topologist {

class SelectionModel;
class TopologyDocument;

/// The node templates as a filterable list (hosting shown as a tree), for finding a node in a
/// large topology.
class OutlineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit OutlineWidget(QWidget *parent = nullptr);
    ~OutlineWidget() override;
    void setDocument(TopologyDocument *document, SelectionModel *selection);

signals:
    void revealNode(const QString &node);
    void renameRequested(const QString &node);
};

} // namespace Topologist
