// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types/requirementdefinition.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>
#include <utility>

class QLabel;
class QLineEdit;
class QScrollArea;
class QStackedLayout;
class QVBoxLayout;

namespace Topologist {

class CollapsibleSection;
class DocumentActions;
class PropertyRow;
class QuickFixMenu;
class RequirementGroup;
class SelectionModel;
class TopologyDocument;
class Value;
struct NodeTemplate;
struct PropertyDefinition;
struct PropertyTarget;

/// Properties, capability properties and requirements of the selected node template, each
/// with an editor fitting its TOSCA type and constraints.
///
/// It shows SelectionModel::currentNode() and follows the document: the node's own changes
/// (including undo of the user's edits) update the fields in place, without recreating them,
/// so focus and cursor stay put while typing; changes of other nodes are ignored; problems
/// appear inline on the rows they concern. Every change goes through DocumentActions as one
/// undo step (successive edits of one field merge).
class PropertyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PropertyEditor(QWidget *parent = nullptr);
    ~PropertyEditor() override;
    void setDocument(TopologyDocument *document, SelectionModel *selection);

    /// The node template shown, or empty.
    QString node() const { return m_node; }

    // The parts of the editor, for tests, the main window and keyboard navigation.
    QLineEdit *nameEdit() const { return m_nameEdit; }
    /// Why the typed name is refused, or empty.
    QString nameMessage() const;
    /// A problem of the node as a whole (unknown type, invalid name, ...), or empty.
    QString nodeMessage() const;
    QString typeText() const;
    /// The row of a property of the node, or null.
    PropertyRow *propertyRow(const QString &property) const;
    /// The row of a property of one of the node's capabilities, or null.
    PropertyRow *capabilityRow(const QString &capability, const QString &property) const;
    RequirementGroup *requirementGroup(const QString &requirement) const;
    CollapsibleSection *capabilitySection(const QString &capability) const;
    CollapsibleSection *propertiesSection() const { return m_propertiesSection; }
    CollapsibleSection *capabilitiesSection() const { return m_capabilitiesSection; }
    CollapsibleSection *requirementsSection() const { return m_requirementsSection; }
    CollapsibleSection *attributesSection() const { return m_attributesSection; }
    /// The attribute rows' texts (name → expression or type), in type order.
    QList<QPair<QString, QString>> attributes() const;
    /// How many times the rows were built from scratch (a new node, a reset document); edits
    /// of the shown node update them in place instead.
    int buildCount() const { return m_buildCount; }

    /// Focuses the name field with its text selected, for a Rename action (no shortcut of its
    /// own, so it cannot clash with the main window's F2).
    void startRename();

signals:
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// "This node has 1 error, 2 warnings, marked on the fields below.": the header's first line,
    /// from the problems per severity and how many of them no field shows.
    static QString problemSummary(const std::array<int, 3> &counts, qsizetype unplaced);
    /// The quick fixes of `row`'s problems, under its bulb.
    void showFixes(PropertyRow *row);
    void showNode(const QString &name);
    void clear();
    void followRename(const QString &from, const QString &to);
    void build();
    void buildHeader(const NodeTemplate &node);
    void buildProperties(const NodeTemplate &node);
    void buildCapabilities(const NodeTemplate &node);
    using NamedRequirement = std::pair<QString, std::optional<RequirementDefinition>>;
    QList<NamedRequirement> requirementsOf(const NodeTemplate &node) const;
    /// The relationship types a requirement may use instead of `base`: it and its concrete
    /// descendants.
    QStringList concreteRelationshipTypes(const QString &base) const;
    void
    connectRequirementGroup(RequirementGroup *group, const QString &name, bool expandedByDefault);
    void buildRequirements(const NodeTemplate &node);
    void buildAttributes(const NodeTemplate &node);
    void alignLabels();
    PropertyRow *addRow(CollapsibleSection *section,
                        const PropertyDefinition &definition,
                        const PropertyTarget &target,
                        const Value &defaultValue,
                        int *gridRow);
    void refreshValues();
    void refreshProblems();
    void updateSelectionNote();
    QString requirementsSignature(const NodeTemplate &node) const;
    QString undeclaredSignature(const NodeTemplate &node) const;
    void checkName(const QString &text);
    void commitName();
    void connectRequirement(const QString &requirement, const QString &target);
    QStringList connectCandidates(const QString &requirement) const;
    void invalidateCandidates();

    /// The document's actions, or null without a document.
    DocumentActions *documentActions() const;

    QPointer<TopologyDocument> m_document;
    QuickFixMenu *m_quickFixes;
    QPointer<SelectionModel> m_selection;
    QString m_node;
    QString m_builtType;
    QString m_requirementsSignature;
    QString m_undeclaredSignature;
    bool m_renaming = false;
    int m_buildCount = 0;

    QStackedLayout *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_page = nullptr;
    QLabel *m_icon = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_nameMessage = nullptr;
    QLabel *m_typeLabel = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLabel *m_nodeMessage = nullptr;
    QLabel *m_selectionNote = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;

    CollapsibleSection *m_propertiesSection = nullptr;
    CollapsibleSection *m_capabilitiesSection = nullptr;
    CollapsibleSection *m_requirementsSection = nullptr;
    CollapsibleSection *m_attributesSection = nullptr;
    QWidget *m_requirementsBody = nullptr;
    QVBoxLayout *m_requirementsLayout = nullptr;
    QList<PropertyRow *> m_rows; // top-level rows (node and capability properties)
    QHash<QString, PropertyRow *> m_rowsByKey;
    QHash<QString, CollapsibleSection *> m_capabilitySections;
    QList<RequirementGroup *> m_requirementGroups;
    QList<QPair<QString, QString>> m_attributes;
    /// Sections the user folded or unfolded, by key, kept from node to node.
    QHash<QString, bool> m_expanded;
};

} // namespace Topologist
