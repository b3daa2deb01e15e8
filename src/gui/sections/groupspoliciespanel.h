// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sections/sectionpanel.h"

#include <QPointer>

class QTreeWidget;

namespace Topologist {

class ProblemMember;
class SectionList;
class SelectionModel;
class TopologyDocument;

/// The Groups and Policies panel: the topology's groups (members, type) and policies (type,
/// targets, properties), as Alien4Cloud's editor shows them. Add (a new group starts with the
/// nodes selected on the canvas), edit (double-click or Enter) and remove them; every change
/// is an undo step through GroupActions and PolicyActions. Problems the validator finds in a
/// group or policy mark its row. The lists are the document's, read again when it says its
/// sections or problems changed.
class GroupsPoliciesPanel : public SectionPanel
{
    Q_OBJECT

public:
    explicit GroupsPoliciesPanel(QWidget *parent = nullptr);

    void setDocument(TopologyDocument *document, SelectionModel *selection);
    QTreeWidget *groupList() const;
    QTreeWidget *policyList() const;

    /// Shows the row `member` names (a group or policy; an input or output); false when none.
    bool select(const ProblemMember &member);

public slots:
    void addGroup();
    void addPolicy();

private:
    void refresh() override;
    void editGroup();
    void removeGroup();
    void editPolicy();
    void removePolicy();

    QPointer<TopologyDocument> m_document;
    QPointer<SelectionModel> m_selection;
    SectionList *m_groups;
    SectionList *m_policies;
};

} // namespace Topologist
