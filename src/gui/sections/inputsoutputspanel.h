// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sections/sectionpanel.h"

#include <QPointer>

class QTreeWidget;

namespace Topologist {

class ProblemMember;
class SectionList;
class TopologyDocument;

/// The Inputs and Outputs panel: the topology's inputs (name, type, required, default,
/// constraints, description) and outputs (value, description), as Alien4Cloud's editor shows them.
/// Add, edit (double-click or Enter) and remove them; every change is an undo step through
/// SectionActions. Problems the validator finds in an output mark its row. The lists are the
/// document's, read again whenever it says its sections or problems changed.
class InputsOutputsPanel : public SectionPanel
{
    Q_OBJECT

public:
    explicit InputsOutputsPanel(QWidget *parent = nullptr);

    void setDocument(TopologyDocument *document);
    QTreeWidget *inputList() const;
    QTreeWidget *outputList() const;

    /// Shows the row `member` names (a group or policy; an input or output); false when none.
    bool select(const ProblemMember &member);

public slots:
    void addInput();
    void addOutput();

private:
    void refresh() override;
    void editInput();
    void removeInput();
    void editOutput();
    void removeOutput();

    QPointer<TopologyDocument> m_document;
    SectionList *m_inputs;
    SectionList *m_outputs;
};

} // namespace Topologist
