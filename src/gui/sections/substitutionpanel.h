// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/substitutionmapping.h"
#include "sections/sectionpanel.h"
#include "validation/problem.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QToolButton;
class QTreeWidget;

namespace Topologist {

class SectionList;
class TopologyDocument;

/// The Substitution panel: the topology as a node type. Choose the type it stands for (from
/// the type registry; on alien_dsl the abstract types, as Alien4Cloud wants), the capabilities
/// and requirements of its nodes it exposes as the type's, and the inputs that give the type's
/// properties. Every change is an undo step through SubstitutionActions; problems the
/// validator finds in the mapping mark the type or the entry's row. What it shows is the
/// document's, read again whenever the document says its sections or problems changed.
class SubstitutionPanel : public SectionPanel
{
    Q_OBJECT

public:
    explicit SubstitutionPanel(QWidget *parent = nullptr);

    void setDocument(TopologyDocument *document);
    QComboBox *typeBox() const { return m_type; }
    QTreeWidget *capabilityList() const;
    QTreeWidget *requirementList() const;
    QTreeWidget *propertyList() const;
    /// Shows what `member` names: the type box, or the row of an exposed capability,
    /// requirement or property; false when there is no such row.
    bool select(const ProblemMember &member);

public slots:
    void addCapability();
    void addRequirement();
    void addProperty();

private:
    void applyType();
    void refresh() override;
    void refreshType(const SubstitutionMapping &mapping);
    void fillTargets(SubstitutionMapping::Side side, const SubstitutionMapping &mapping);
    void fillProperties(const SubstitutionMapping &mapping);
    void markProblems();
    void markType(const Problems &problems);
    static QString typeHelp();
    void editTarget(SubstitutionMapping::Side side);
    void removeTarget(SubstitutionMapping::Side side);
    void editProperty();
    void removeProperty();
    SectionList *section(SubstitutionMapping::Side side) const;

    QPointer<TopologyDocument> m_document;
    QComboBox *m_type;
    QLabel *m_typeProblem;
    QToolButton *m_remove;
    QLabel *m_hint;
    SectionList *m_capabilities;
    SectionList *m_requirements;
    SectionList *m_properties;
    QStringList m_offeredTypes;
    QString m_shownType;
};

} // namespace Topologist
