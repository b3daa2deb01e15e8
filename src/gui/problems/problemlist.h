// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Topologist {

class SelectionModel;
class TopologyDocument;

/// The live list of the topology's problems, grouped by severity and node, with quick fixes.
class ProblemList : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemList(QWidget *parent = nullptr);
    ~ProblemList() override;
    void setDocument(TopologyDocument *document, SelectionModel *selection);

signals:
    /// The user wants to see this node (double-click on a problem).
    void revealNode(const QString &node);
    void statusMessage(const QString &message);
};

} // namespace Topologist
