// SPDX-License-Identifier: GPL-3.0-or-later
#include "properties/propertyeditor.h"

#include "plaintext.h"
#include "properties/elidedlabel.h"

#include "documentactions.h"
#include "icons.h"
#include "problems/quickfixmenu.h"
#include "properties/collapsiblesection.h"
#include "properties/propertyrow.h"
#include "properties/propertytarget.h"
#include "properties/requirementgroup.h"
#include "sectionactions.h"
#include "selectionmodel.h"
#include "statuscolors.h"
#include "topologydocument.h"
#include "types/typenames.h"

#include <QCursor>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedLayout>
#include <QToolButton>
#include <QVBoxLayout>

#include <array>

namespace Topologist {

namespace {

void setMessage(QLabel *label, const QString &text, bool error)
{
    if (text.isEmpty()) {
        label->clear();
        label->hide();
        return;
    }
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, error ? StatusColors::error() : StatusColors::warning());
    label->setPalette(palette);
    label->setText(text);
    label->show();
}

QLabel *makeMessageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    // Wrapped labels take the panel's width: their own hint would make it scroll sideways.
    label->setMinimumWidth(1);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

} // namespace

PropertyEditor::PropertyEditor(QWidget *parent)
    : QWidget(parent)
    , m_quickFixes(new QuickFixMenu(this))
{
    connect(m_quickFixes, &QuickFixMenu::statusMessage, this, &PropertyEditor::statusMessage);
    m_stack = new QStackedLayout(this);

    m_placeholder = new QLabel(tr("Select a node template to see and edit its properties."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMinimumWidth(1);
    m_placeholder->setMargin(24);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);

    m_page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(m_page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);

    auto *header = new QWidget(m_page);
    auto *headerGrid = new QGridLayout(header);
    headerGrid->setContentsMargins(10, 8, 10, 8);
    headerGrid->setHorizontalSpacing(8);
    headerGrid->setVerticalSpacing(2);
    m_icon = new QLabel(header);
    m_icon->setFixedSize(32, 32);
    m_icon->setScaledContents(false);
    m_nameEdit = new QLineEdit(header);
    m_nameEdit->setToolTip(
        tr("Node template name: letters, digits and underscores (Alien4Cloud's rule)"));
    QFont nameFont = m_nameEdit->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    m_nameEdit->setFont(nameFont);
    m_nameEdit->installEventFilter(this);
    connect(m_nameEdit, &QLineEdit::textEdited, this, &PropertyEditor::checkName);
    connect(m_nameEdit, &QLineEdit::editingFinished, this, &PropertyEditor::commitName);
    m_nameMessage = makeMessageLabel(header);
    m_typeLabel = new QLabel(header);
    m_typeLabel->setTextFormat(Qt::PlainText);
    m_typeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_typeLabel->setForegroundRole(QPalette::PlaceholderText);
    m_typeLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_descriptionLabel = new QLabel(header);
    m_descriptionLabel->setObjectName(QStringLiteral("typeDescription"));
    // Descriptions come from type archives, which anyone can write.
    m_descriptionLabel->setTextFormat(Qt::PlainText);
    m_descriptionLabel->setWordWrap(true);
    m_descriptionLabel->setMinimumWidth(1);
    m_descriptionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nodeMessage = makeMessageLabel(header);
    m_selectionNote = new QLabel(header);
    m_selectionNote->setForegroundRole(QPalette::PlaceholderText);
    m_selectionNote->hide();
    headerGrid->addWidget(m_icon, 0, 0, 2, 1, Qt::AlignTop);
    headerGrid->addWidget(m_nameEdit, 0, 1);
    headerGrid->addWidget(m_nameMessage, 1, 1);
    headerGrid->addWidget(m_typeLabel, 2, 1);
    headerGrid->addWidget(m_descriptionLabel, 3, 0, 1, 2);
    headerGrid->addWidget(m_nodeMessage, 4, 0, 1, 2);
    headerGrid->addWidget(m_selectionNote, 5, 0, 1, 2);
    headerGrid->setColumnStretch(1, 1);
    pageLayout->addWidget(header);

    auto *line = new QFrame(m_page);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    pageLayout->addWidget(line);

    m_scroll = new QScrollArea(m_page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scroll->viewport()->installEventFilter(this);
    pageLayout->addWidget(m_scroll, 1);
    m_stack->addWidget(m_page);
    m_stack->setCurrentWidget(m_placeholder);
}

PropertyEditor::~PropertyEditor() = default;

void PropertyEditor::setDocument(TopologyDocument *document, SelectionModel *selection)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    clear();
    m_document = document;
    m_selection = selection;
    m_quickFixes->setDocument(document);
    if (!document || !selection)
        return;

    selection->followRenames(document);
    connect(document, &TopologyDocument::nodeChanged, this, [this](const QString &name) {
        invalidateCandidates();
        // Only the node shown matters; edits elsewhere never rebuild this editor.
        if (name == m_node)
            refreshValues();
    });
    connect(document, &TopologyDocument::nodeRenamed, this, &PropertyEditor::followRename);
    connect(document, &TopologyDocument::nodeAdded, this, [this](const QString &name) {
        invalidateCandidates();
        // Undoing a deletion brings back the node the selection still names.
        if (!m_renaming && m_node.isEmpty() && m_selection && m_selection->currentNode() == name)
            showNode(name);
    });
    connect(document, &TopologyDocument::nodeRemoved, this, [this](const QString &name) {
        invalidateCandidates();
        if (name == m_node)
            clear();
    });
    connect(document, &TopologyDocument::documentReset, this, [this] {
        const QString name = m_node.isEmpty() && m_selection ? m_selection->currentNode() : m_node;
        m_node.clear();
        showNode(name);
    });
    connect(document, &TopologyDocument::problemsChanged, this, &PropertyEditor::refreshProblems);
    connect(selection, &SelectionModel::selectionChanged, this, [this] {
        if (m_renaming)
            return; // the selection follows the rename once it is done
        updateSelectionNote();
        const QString current = m_selection->currentNode();
        if (current != m_node)
            showNode(current);
    });
    showNode(selection->currentNode());
}

void PropertyEditor::followRename(const QString &from, const QString &to)
{
    invalidateCandidates();
    if (from != m_node)
        return;
    // The same node under another name: the editor stays as it is, fields and focus included.
    m_node = to;
    if (m_content)
        m_content->setProperty("node", m_node);
    refreshValues();
}

void PropertyEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Messages, function values and wrong fields keep the StatusColors they were given, and
    // those follow the palette: on a theme switch the shown node's fields are built again.
    if (event->type() == QEvent::PaletteChange && !m_node.isEmpty()) {
        const QString node = m_node;
        showNode(QString()); // keeps what was typed, then clears
        showNode(node);
    }
}

void PropertyEditor::clear()
{
    m_node.clear();
    m_builtType.clear();
    m_rows.clear();
    m_rowsByKey.clear();
    m_capabilitySections.clear();
    m_requirementGroups.clear();
    m_attributes.clear();
    m_propertiesSection = nullptr;
    m_capabilitiesSection = nullptr;
    m_requirementsSection = nullptr;
    m_attributesSection = nullptr;
    m_requirementsBody = nullptr;
    if (QWidget *old = m_scroll->takeWidget()) {
        // Deferred: the clear may come from a signal of a widget inside.
        old->hide();
        old->deleteLater();
    }
    m_content = nullptr;
    m_stack->setCurrentWidget(m_placeholder);
}

void PropertyEditor::showNode(const QString &name)
{
    // What the user typed in the previous node's fields belongs to that node.
    const std::function<void(PropertyRow *)> flush = [&flush](PropertyRow *row) {
        for (PropertyRow *child : row->children())
            flush(child);
        row->flush();
    };
    const QList<PropertyRow *> rows = m_rows; // a commit may rebuild the rows
    for (PropertyRow *row : rows) {
        if (m_rows.contains(row))
            flush(row);
    }

    if (name.isEmpty() || !m_document || !m_document->topology().contains(name)) {
        clear();
        return;
    }
    m_node = name;
    build();
    updateSelectionNote();
    m_stack->setCurrentWidget(m_page);
}

void PropertyEditor::build()
{
    const NodeTemplate *node = m_document->topology().node(m_node);
    if (!node) {
        clear();
        return;
    }
    ++m_buildCount;
    const bool sameNode = m_content && m_builtType == node->type
                          && m_content->property("node").toString() == m_node;
    const int scroll = sameNode ? m_scroll->verticalScrollBar()->value() : 0;

    m_rows.clear();
    m_rowsByKey.clear();
    m_capabilitySections.clear();
    m_requirementGroups.clear();
    m_attributes.clear();
    m_requirementsBody = nullptr;
    if (QWidget *old = m_scroll->takeWidget()) {
        old->hide();
        old->deleteLater();
    }

    m_content = new QWidget;
    m_content->setProperty("node", m_node);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    const auto addSection = [&](const QString &title, const QString &key, bool expanded) {
        auto *section = new CollapsibleSection(title, CollapsibleSection::Level::Top, m_content);
        section->setExpanded(m_expanded.value(key, expanded));
        connect(section, &CollapsibleSection::expandedChanged, this, [this, key](bool on) {
            m_expanded.insert(key, on);
        });
        layout->addWidget(section);
        return section;
    };
    m_propertiesSection = addSection(tr("Properties"), QStringLiteral("properties"), true);
    m_capabilitiesSection = addSection(tr("Capabilities"), QStringLiteral("capabilities"), true);
    m_requirementsSection = addSection(tr("Requirements"), QStringLiteral("requirements"), true);
    m_attributesSection = addSection(tr("Attributes"), QStringLiteral("attributes"), false);
    layout->addStretch(1);

    m_builtType = node->type;
    buildHeader(*node);
    buildProperties(*node);
    buildCapabilities(*node);
    buildRequirements(*node);
    buildAttributes(*node);
    alignLabels();

    m_scroll->setWidget(m_content);
    if (sameNode)
        m_scroll->verticalScrollBar()->setValue(scroll);
    refreshValues();
    refreshProblems();
}

void PropertyEditor::buildHeader(const NodeTemplate &node)
{
    const TypeRegistry &types = m_document->types();
    const TypeDefinition *type = types.resolved(TypeKind::Node, node.type);
    if (m_nameEdit->text() != node.name)
        m_nameEdit->setText(node.name);
    setMessage(m_nameMessage, QString(), false);
    m_nameEdit->setPalette(QPalette());

    const QIcon icon = Icons::forNodeType(m_document->catalog(), types, node.type);
    m_icon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(32, 32));
    m_icon->setVisible(!icon.isNull());

    QString typeText = node.type;
    if (type && type->abstract)
        typeText += tr("  (abstract)");
    if (!type)
        typeText += tr("  (unknown type)");
    m_typeLabel->setText(typeText);
    const QStringList lineage = types.lineage(TypeKind::Node, node.type);
    QStringList chain;
    for (int i = 0; i < lineage.size(); ++i)
        chain << (i == 0
                      ? lineage[i]
                      : QStringLiteral("%1↳ %2").arg(QString(i * 2, QLatin1Char(' ')), lineage[i]));
    m_typeLabel->setToolTip(PlainText::toHtml(
        chain.isEmpty() ? node.type : tr("Derived from:\n%1").arg(chain.join(QLatin1Char('\n')))));
    const QString description = type ? type->description.simplified() : QString();
    m_descriptionLabel->setText(description);
    m_descriptionLabel->setVisible(!description.isEmpty());
}

PropertyRow *PropertyEditor::addRow(CollapsibleSection *section,
                                    const PropertyDefinition &definition,
                                    const PropertyTarget &target,
                                    const Value &defaultValue,
                                    int *gridRow)
{
    auto *row = new PropertyRow(definition,
                                target,
                                defaultValue,
                                m_document->types(),
                                section->grid(),
                                gridRow,
                                0,
                                m_content);
    row->setInputsProvider([this] {
        QList<QPair<QString, QString>> inputs;
        if (m_document) {
            for (const PropertyDefinition &input : m_document->topology().inputs)
                inputs.append({input.name, input.type});
        }
        return inputs;
    });
    // Rows of a discarded build live on until deleteLater: they must not write to the node
    // shown now.
    connect(row, &PropertyRow::commitRequested, this, [this, row, target](const Value &value) {
        if (!documentActions() || m_node.isEmpty() || !m_rows.contains(row))
            return;
        if (target.capability.isEmpty())
            documentActions()->setProperty(m_node, target.property, value);
        else
            documentActions()->setCapabilityProperty(
                m_node, target.capability, target.property, value);
    });
    connect(row, &PropertyRow::setAsInputRequested, this, [this, row, target] {
        if (!m_document || m_node.isEmpty() || !m_rows.contains(row))
            return;
        SectionActions inputs(m_document);
        inputs.setPropertyAsInput(
            m_node, target.property, inputs.freeInputName(m_node, target.property));
    });
    connect(row, &PropertyRow::unsetInputRequested, this, [this, row, target] {
        if (m_document && !m_node.isEmpty() && m_rows.contains(row))
            SectionActions(m_document).unsetInput(m_node, target.property);
    });
    connect(row, &PropertyRow::fixesRequested, this, [this, row] {
        if (m_rows.contains(row))
            showFixes(row);
    });
    connect(row, &PropertyRow::resetRequested, this, [this, row, target] {
        if (!documentActions() || m_node.isEmpty() || !m_rows.contains(row))
            return;
        if (target.capability.isEmpty())
            documentActions()->removeProperty(m_node, target.property);
        else
            documentActions()->removeCapabilityProperty(m_node, target.capability, target.property);
    });
    m_rows.append(row);
    m_rowsByKey.insert(target.key(), row);
    return row;
}

void PropertyEditor::buildProperties(const NodeTemplate &node)
{
    const TypeDefinition *type = m_document->types().resolved(TypeKind::Node, node.type);
    int gridRow = 0;
    QStringList declared;
    if (type) {
        for (const PropertyDefinition &definition : type->properties) {
            addRow(m_propertiesSection,
                   definition,
                   PropertyTarget{QString(), definition.name, {}},
                   definition.defaultValue,
                   &gridRow);
            declared << definition.name;
        }
    }
    // Values the type does not declare: shown (the validator flags them) so they can be
    // corrected or removed.
    for (const Value::Entry &entry : node.properties.entries()) {
        if (declared.contains(entry.key))
            continue;
        PropertyDefinition undeclared;
        undeclared.name = entry.key;
        undeclared.required = false;
        addRow(m_propertiesSection,
               undeclared,
               PropertyTarget{QString(), entry.key, {}},
               Value(),
               &gridRow);
    }
    m_undeclaredSignature = undeclaredSignature(node);
    if (gridRow == 0) {
        auto *none = new QLabel(tr("This type has no properties."), m_propertiesSection->body());
        none->setForegroundRole(QPalette::PlaceholderText);
        none->setWordWrap(true);
        none->setMinimumWidth(1);
        m_propertiesSection->grid()->addWidget(none, 0, 0, 1, 4);
    }
    m_propertiesSection->setSubtitle(QString::number(m_rows.size()));
}

void PropertyEditor::buildCapabilities(const NodeTemplate &node)
{
    const TypeRegistry &types = m_document->types();
    const TypeDefinition *type = types.resolved(TypeKind::Node, node.type);
    const Problems problems = m_document->problemsAbout(node.name);
    int gridRow = 0;
    int count = 0;
    for (const CapabilityDefinition &capability :
         type ? type->capabilities : CapabilityDefinitions()) {
        const TypeDefinition *capabilityType
            = types.resolved(TypeKind::Capability, capability.type);
        if (!capabilityType || capabilityType->properties.isEmpty())
            continue;
        ++count;
        auto *section = new CollapsibleSection(
            capability.name, CollapsibleSection::Level::Sub, m_capabilitiesSection->body());
        section->setSubtitle(TypeNames::shortName(capability.type));
        section->setTitleToolTip(capabilityType->description.isEmpty()
                                     ? capability.type
                                     : capability.type + QLatin1Char('\n')
                                           + capabilityType->description.simplified());
        m_capabilitiesSection->grid()->addWidget(section, gridRow++, 0, 1, 4);
        int subRow = 0;
        for (const PropertyDefinition &definition : capabilityType->properties) {
            // A value the node type presets on its capability is the default here.
            const Value *preset = capability.properties.isMap()
                                      ? capability.properties.find(definition.name)
                                      : nullptr;
            addRow(section,
                   definition,
                   PropertyTarget{capability.name, definition.name, {}},
                   preset ? *preset : definition.defaultValue,
                   &subRow);
        }
        // Open what the node sets or what has a problem; fold the rest of a long list.
        const CapabilityAssignment *assignment = node.capability(capability.name);
        bool interesting = assignment && assignment->properties.isMap()
                           && !assignment->properties.entries().empty();
        for (const Problem &p : problems)
            interesting = interesting || p.member.isAboutCapability(capability.name);
        const QString key = QStringLiteral("capability/") + capability.name;
        section->setExpanded(m_expanded.value(key, interesting));
        connect(section, &CollapsibleSection::expandedChanged, this, [this, key](bool on) {
            m_expanded.insert(key, on);
        });
        m_capabilitySections.insert(capability.name, section);
    }
    m_capabilitiesSection->setVisible(count > 0);
    m_capabilitiesSection->setSubtitle(QString::number(count));
}

QString PropertyEditor::requirementsSignature(const NodeTemplate &node) const
{
    QStringList parts;
    for (const RequirementAssignment &r : node.requirements)
        parts << r.name + QLatin1Char('\x1f') + r.node + QLatin1Char('\x1f') + r.capability
                     + QLatin1Char('\x1f') + r.relationship;
    return parts.join(QLatin1Char('\x1e'));
}

QString PropertyEditor::undeclaredSignature(const NodeTemplate &node) const
{
    const TypeDefinition *type = m_document->types().resolved(TypeKind::Node, node.type);
    QStringList undeclared;
    for (const Value::Entry &entry : node.properties.entries()) {
        if (!type || !findDefinition(type->properties, entry.key))
            undeclared << entry.key;
    }
    return undeclared.join(QLatin1Char('\x1f'));
}

void PropertyEditor::buildRequirements(const NodeTemplate &node)
{
    if (m_requirementsBody) {
        m_requirementsBody->hide();
        m_requirementsBody->deleteLater();
    }
    m_requirementGroups.clear();
    m_requirementsBody = new QWidget(m_requirementsSection->body());
    auto *layout = new QVBoxLayout(m_requirementsBody);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_requirementsSection->grid()->addWidget(m_requirementsBody, 0, 0, 1, 4);

    const QList<NamedRequirement> requirements = requirementsOf(node);
    QHash<QString, QStringList> relationshipTypes; // by the definition's relationship
    for (const auto &[name, definition] : requirements) {
        QList<RequirementGroup::Relationship> relationships;
        for (int i = 0; i < int(node.requirements.size()); ++i) {
            if (node.requirements[i].name == name)
                relationships.append({i, node.requirements[i]});
        }
        const QString base = definition ? definition->relationship : QString();
        if (!relationshipTypes.contains(base))
            relationshipTypes.insert(base, concreteRelationshipTypes(base));
        auto *group = new RequirementGroup(name,
                                           definition,
                                           relationships,
                                           relationshipTypes.value(base),
                                           m_requirementsBody,
                                           m_requirementsBody);
        // Open what is connected or must be; an optional, unused one (Root's dependency)
        // stays folded.
        const bool needed
            = !relationships.isEmpty() || !definition || definition->occurrences.lower > 0;
        connectRequirementGroup(group, name, needed);
        layout->addWidget(group->section());
        m_requirementGroups.append(group);
    }
    if (requirements.isEmpty()) {
        auto *none = new QLabel(tr("This type has no requirements."), m_requirementsBody);
        none->setForegroundRole(QPalette::PlaceholderText);
        none->setWordWrap(true);
        none->setMinimumWidth(1);
        layout->addWidget(none);
    }
    m_requirementsSection->setSubtitle(QString::number(requirements.size()));
    m_requirementsSignature = requirementsSignature(node);
}

QList<PropertyEditor::NamedRequirement>
PropertyEditor::requirementsOf(const NodeTemplate &node) const
{
    // The type's requirements in its order, then those only the node names.
    const TypeDefinition *type = m_document->types().resolved(TypeKind::Node, node.type);
    QList<NamedRequirement> requirements;
    for (const RequirementDefinition &definition :
         type ? type->requirements : RequirementDefinitions())
        requirements.append({definition.name, definition});
    for (const RequirementAssignment &r : node.requirements) {
        bool known = false;
        for (const auto &[name, definition] : std::as_const(requirements))
            known = known || name == r.name;
        if (!known)
            requirements.append({r.name, std::nullopt});
    }
    return requirements;
}

QStringList PropertyEditor::concreteRelationshipTypes(const QString &base) const
{
    QStringList allowed;
    if (base.isEmpty())
        return allowed;
    const TypeRegistry &types = m_document->types();
    for (const TypeDefinition *candidate : types.types(TypeKind::Relationship)) {
        if (!candidate->abstract
            && types.derivesFrom(TypeKind::Relationship, candidate->name, base))
            allowed << candidate->name;
    }
    return allowed;
}

void PropertyEditor::connectRequirementGroup(RequirementGroup *group,
                                             const QString &name,
                                             bool expandedByDefault)
{
    const QString key = QStringLiteral("requirement/") + name;
    group->section()->setExpanded(m_expanded.value(key, expandedByDefault));
    connect(group->section(), &CollapsibleSection::expandedChanged, this, [this, key](bool on) {
        m_expanded.insert(key, on);
    });
    group->setCandidatesProvider([this, name] { return connectCandidates(name); });
    connect(group, &RequirementGroup::connectRequested, this, &PropertyEditor::connectRequirement);
    connect(group, &RequirementGroup::disconnectRequested, this, [this](int index) {
        if (documentActions() && !documentActions()->disconnect(m_node, index))
            emit statusMessage(tr("Nothing to disconnect"));
    });
    connect(group,
            &RequirementGroup::relationshipTypeRequested,
            this,
            [this](int index, const QString &relationship) {
                if (documentActions())
                    documentActions()->setRelationshipType(m_node, index, relationship);
            });
    connect(group, &RequirementGroup::nodeActivated, this, [this](const QString &target) {
        if (m_selection && m_document && m_document->topology().contains(target))
            m_selection->setSelectedNodes({target});
    });
}

void PropertyEditor::buildAttributes(const NodeTemplate &node)
{
    const TypeDefinition *type = m_document->types().resolved(TypeKind::Node, node.type);
    QGridLayout *grid = m_attributesSection->grid();
    QWidget *body = m_attributesSection->body();
    int row = 0;
    for (const PropertyDefinition &attribute : type ? type->attributes : PropertyDefinitions()) {
        auto *name = new ElidedLabel(attribute.name, body);
        auto *value = new QLabel(body);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QString text;
        if (!attribute.expression.isNull()) {
            text = attribute.expression.toDisplayString();
            QPalette palette = value->palette();
            palette.setColor(QPalette::WindowText, StatusColors::function());
            value->setPalette(palette);
            value->setWordWrap(true);
            value->setMinimumWidth(1);
        } else {
            text = attribute.type;
            value->setForegroundRole(QPalette::PlaceholderText);
        }
        value->setText(text);
        const QString description = attribute.description.simplified();
        name->setToolTip(PlainText::toHtml(description.isEmpty() ? attribute.name : description));
        value->setToolTip(name->toolTip());
        grid->addWidget(name, row, 0);
        grid->addWidget(value, row, 1, 1, 3);
        m_attributes.append({attribute.name, text});
        ++row;
    }
    m_attributesSection->setSubtitle(QString::number(row));
    m_attributesSection->setVisible(row > 0);
}

void PropertyEditor::alignLabels()
{
    // One label column for every section, nested ones included, so fields line up.
    int width = 0;
    for (PropertyRow *row : std::as_const(m_rows)) {
        const bool nested = !row->target().capability.isEmpty();
        width
            = qMax(width, row->labelWidthHint() + (nested ? CollapsibleSection::SubRowOffset : 0));
    }
    for (RequirementGroup *group : std::as_const(m_requirementGroups)) {
        QGridLayout *grid = group->section()->grid();
        for (int i = 0; i < grid->count(); ++i) {
            int r = 0, c = 0, rs = 0, cs = 0;
            grid->getItemPosition(i, &r, &c, &rs, &cs);
            if (c == 0 && cs == 1 && grid->itemAt(i)->widget())
                width = qMax(width,
                             grid->itemAt(i)->widget()->sizeHint().width()
                                 + CollapsibleSection::SubRowOffset);
        }
    }
    if (m_attributesSection) {
        QGridLayout *grid = m_attributesSection->grid();
        for (int i = 0; i < grid->count(); ++i) {
            int r = 0, c = 0, rs = 0, cs = 0;
            grid->getItemPosition(i, &r, &c, &rs, &cs);
            if (c == 0 && grid->itemAt(i)->widget())
                width = qMax(width, grid->itemAt(i)->widget()->sizeHint().width());
        }
    }
    // Long names elide rather than push the fields out of a narrow panel.
    const int share = m_scroll ? int(m_scroll->viewport()->width() * 0.3) : 220;
    width = qMin(width, qBound(70, share, 220));
    m_propertiesSection->grid()->setColumnMinimumWidth(0, width);
    m_attributesSection->grid()->setColumnMinimumWidth(0, width);
    for (CollapsibleSection *section : std::as_const(m_capabilitySections))
        section->grid()->setColumnMinimumWidth(0, width - CollapsibleSection::SubRowOffset);
    for (RequirementGroup *group : std::as_const(m_requirementGroups))
        group->section()->grid()->setColumnMinimumWidth(0,
                                                        width - CollapsibleSection::SubRowOffset);
}

void PropertyEditor::refreshValues()
{
    if (!m_document)
        return;
    const NodeTemplate *node = m_document->topology().node(m_node);
    if (!node) {
        clear();
        return;
    }
    if (node->type != m_builtType || undeclaredSignature(*node) != m_undeclaredSignature) {
        build(); // a different set of rows
        return;
    }
    for (PropertyRow *row : std::as_const(m_rows)) {
        const PropertyTarget &target = row->target();
        row->setValue(target.capability.isEmpty()
                          ? node->property(target.property)
                          : node->capabilityProperty(target.capability, target.property));
    }
    if (requirementsSignature(*node) != m_requirementsSignature) {
        buildRequirements(*node);
        alignLabels();
        refreshProblems();
    }
    if (!m_nameEdit->hasFocus() && m_nameEdit->text() != m_node)
        m_nameEdit->setText(m_node);
}

void PropertyEditor::refreshProblems()
{
    if (!m_document || m_node.isEmpty() || !m_content)
        return;
    QHash<ProblemMember, QList<QPair<Severity, QString>>> byMember;
    QHash<QString, QList<QPair<Severity, QString>>> byCapability;
    QHash<QString, QList<std::tuple<int, Severity, QString>>> byRequirement;
    QStringList other;
    bool anyError = false;
    std::array<int, 3> counts{};
    QSet<ProblemMember> rowMembers;
    QSet<ProblemMember> fixable;
    for (PropertyRow *row : std::as_const(m_rows))
        rowMembers.insert(row->target().member());
    for (const Problem &p : m_document->problemsAbout(m_node)) {
        ++counts[size_t(p.severity)];
        anyError = anyError || p.severity == Severity::Error;
        if (rowMembers.contains(p.member)) {
            if (!p.fixes.isEmpty())
                fixable.insert(p.member);
            byMember[p.member].append({p.severity, p.message});
            continue;
        }
        const QString capability = p.member.capabilityName();
        if (!capability.isEmpty() && m_capabilitySections.contains(capability)) {
            byCapability[capability].append({p.severity, p.message});
            continue;
        }
        const QString requirement = p.member.requirementName();
        if (!requirement.isEmpty() && requirementGroup(requirement)) {
            byRequirement[requirement].append({p.requirementIndex, p.severity, p.message});
            continue;
        }
        other << p.message;
    }
    for (PropertyRow *row : std::as_const(m_rows)) {
        row->setProblems(byMember.value(row->target().member()));
        row->setFixable(fixable.contains(row->target().member()));
    }
    for (auto it = m_capabilitySections.cbegin(); it != m_capabilitySections.cend(); ++it) {
        QStringList lines;
        bool error = false;
        for (const auto &[severity, text] : byCapability.value(it.key())) {
            lines << text;
            error = error || severity == Severity::Error;
        }
        it.value()->setMessage(lines.join(QLatin1Char('\n')), error);
    }
    for (RequirementGroup *group : std::as_const(m_requirementGroups))
        group->setProblems(byRequirement.value(group->name()));
    other.removeDuplicates();
    const QString summary = problemSummary(counts, other.size());
    if (!summary.isEmpty())
        other.prepend(summary);
    setMessage(m_nodeMessage, other.join(QLatin1Char('\n')), anyError);
}

void PropertyEditor::showFixes(PropertyRow *row)
{
    if (!m_document || m_node.isEmpty())
        return;
    Problems problems;
    for (const Problem &p : m_document->problemsAbout(m_node)) {
        if (p.member == row->target().member())
            problems << p;
    }
    QMenu *menu = m_quickFixes->createMenu(problems, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QWidget *button = row->fixButton();
    menu->popup(button ? button->mapToGlobal(QPoint(0, button->height())) : QCursor::pos());
}

QString PropertyEditor::problemSummary(const std::array<int, 3> &counts, qsizetype unplaced)
{
    // The header says how the node stands even when every problem is marked on a field further
    // down, perhaps out of view.
    QStringList parts;
    if (counts[size_t(Severity::Error)] > 0)
        parts << tr("%n errors", nullptr, counts[size_t(Severity::Error)]);
    if (counts[size_t(Severity::Warning)] > 0)
        parts << tr("%n warnings", nullptr, counts[size_t(Severity::Warning)]);
    if (counts[size_t(Severity::Info)] > 0)
        parts << tr("%n notes", nullptr, counts[size_t(Severity::Info)]);
    if (parts.isEmpty())
        return {};
    const int total = counts[0] + counts[1] + counts[2];
    if (unplaced >= total)
        return tr("This node has %1:").arg(parts.join(QLatin1String(", ")));
    return unplaced == 0 ? tr("This node has %1, marked on the fields below.")
                               .arg(parts.join(QLatin1String(", ")))
                         : tr("This node has %1, some marked on the fields below:")
                               .arg(parts.join(QLatin1String(", ")));
}

void PropertyEditor::updateSelectionNote()
{
    const int count = m_selection ? int(m_selection->selectedNodes().size()) : 0;
    if (count > 1 && !m_node.isEmpty()) {
        m_selectionNote->setText(tr("%n nodes selected; showing the last one.", nullptr, count));
        m_selectionNote->show();
    } else {
        m_selectionNote->hide();
    }
}

QString PropertyEditor::nameMessage() const
{
    return m_nameMessage->isHidden() ? QString() : m_nameMessage->text();
}

QString PropertyEditor::nodeMessage() const
{
    return m_nodeMessage->isHidden() ? QString() : m_nodeMessage->text();
}

QString PropertyEditor::typeText() const
{
    return m_typeLabel->text();
}

PropertyRow *PropertyEditor::propertyRow(const QString &property) const
{
    return m_rowsByKey.value(PropertyTarget{QString(), property, {}}.key());
}

PropertyRow *PropertyEditor::capabilityRow(const QString &capability, const QString &property) const
{
    return m_rowsByKey.value(PropertyTarget{capability, property, {}}.key());
}

RequirementGroup *PropertyEditor::requirementGroup(const QString &requirement) const
{
    for (RequirementGroup *group : m_requirementGroups) {
        if (group->name() == requirement)
            return group;
    }
    return nullptr;
}

CollapsibleSection *PropertyEditor::capabilitySection(const QString &capability) const
{
    return m_capabilitySections.value(capability);
}

QList<QPair<QString, QString>> PropertyEditor::attributes() const
{
    return m_attributes;
}

void PropertyEditor::startRename()
{
    if (m_node.isEmpty())
        return;
    m_nameEdit->setFocus(Qt::ShortcutFocusReason);
    m_nameEdit->selectAll();
}

void PropertyEditor::checkName(const QString &text)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_]+$"));
    QString why;
    if (text != m_node && m_document) {
        if (text.isEmpty())
            why = tr("A node template needs a name.");
        else if (!valid.match(text).hasMatch())
            why = tr("'%1' is not a name Alien4Cloud accepts: use letters, digits and underscores")
                      .arg(text);
        else if (m_document->topology().contains(text))
            why = tr("a node called '%1' already exists").arg(text);
    }
    setMessage(m_nameMessage, why, true);
    QPalette palette;
    if (!why.isEmpty())
        palette.setColor(QPalette::Base, StatusColors::errorBackground());
    m_nameEdit->setPalette(why.isEmpty() ? QPalette() : palette);
}

void PropertyEditor::commitName()
{
    if (!documentActions() || m_node.isEmpty())
        return;
    const QString name = m_nameEdit->text().trimmed();
    if (name == m_node) {
        checkName(name);
        return;
    }
    const QString from = m_node;
    QString error;
    // The edit renames the node on show (see followRename); the selection follows the document.
    m_renaming = true;
    const bool renamed = documentActions()->renameNode(from, name, &error);
    m_renaming = false;
    if (!renamed) {
        setMessage(m_nameMessage, error, true);
        QPalette palette;
        palette.setColor(QPalette::Base, StatusColors::errorBackground());
        m_nameEdit->setPalette(palette);
        return;
    }
    checkName(name);
    if (m_selection && !m_selection->isSelected(name))
        m_selection->setSelectedNodes({name});
    emit statusMessage(tr("Renamed %1 to %2").arg(from, name));
}

bool PropertyEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_nameEdit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_nameEdit->setText(m_node);
        checkName(m_node);
        return true;
    }
    if (m_scroll && watched == m_scroll->viewport() && event->type() == QEvent::Resize
        && m_propertiesSection)
        alignLabels(); // the label column's share follows the panel's width
    return QWidget::eventFilter(watched, event);
}

QStringList PropertyEditor::connectCandidates(const QString &requirement) const
{
    // One pass over the topology: canConnect per node would be quadratic.
    return documentActions() ? documentActions()->connectableTargets(m_node, requirement)
                             : QStringList();
}

void PropertyEditor::connectRequirement(const QString &requirement, const QString &target)
{
    if (!documentActions())
        return;
    QString error;
    if (!documentActions()->connect(m_node, requirement, target, &error))
        emit statusMessage(
            tr("Cannot connect %1.%2 to %3: %4").arg(m_node, requirement, target, error));
}

void PropertyEditor::invalidateCandidates()
{
    for (RequirementGroup *group : std::as_const(m_requirementGroups))
        group->invalidateCandidates();
}

DocumentActions *PropertyEditor::documentActions() const
{
    return m_document ? &m_document->actions() : nullptr;
}

} // namespace Topologist
