// SPDX-License-Identifier: GPL-3.0-or-later
#include "properties/requirementgroup.h"
#include "plaintext.h"

#include "icons.h"
#include "properties/collapsiblesection.h"
#include "properties/lazycombobox.h"
#include "statuscolors.h"
#include "types/typenames.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>

namespace Topologist {

RequirementGroup::RequirementGroup(const QString &name,
                                   const std::optional<RequirementDefinition> &definition,
                                   const QList<Relationship> &relationships,
                                   const QStringList &relationshipTypes,
                                   QWidget *parentWidget,
                                   QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_definition(definition)
{
    for (const Relationship &r : relationships)
        m_used += r.assignment.node.isEmpty() ? 0 : 1;
    createSection(parentWidget);
    QGridLayout *grid = m_section->grid();
    int gridRow = 0;
    for (const Relationship &r : relationships) {
        Row row = createRow(r, relationshipTypes, gridRow);
        grid->addWidget(row.target, gridRow, 0);
        grid->addWidget(row.relationship, gridRow, 1);
        grid->addWidget(row.disconnect, gridRow, 3);
        gridRow += 2;
        m_rows.append(row);
    }
    if (acceptsMore()) {
        QLabel *label = createConnectField();
        grid->addWidget(label, gridRow, 0);
        grid->addWidget(m_connect, gridRow, 1);
        gridRow += 2;
    }
    if (relationships.isEmpty() && !acceptsMore()) {
        auto *none = new QLabel(tr("no relationship"), m_section->body());
        none->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(none, gridRow, 0, 1, 2);
    }
}

void RequirementGroup::createSection(QWidget *parentWidget)
{
    m_section = new CollapsibleSection(m_name, CollapsibleSection::Level::Sub, parentWidget);
    QStringList subtitle;
    QStringList tip;
    if (m_definition) {
        if (!m_definition->capability.isEmpty()) {
            subtitle << TypeNames::shortName(m_definition->capability);
            tip << tr("Needs capability %1").arg(m_definition->capability);
        }
        if (!m_definition->node.isEmpty())
            tip << tr("on a node of type %1").arg(m_definition->node);
        if (!m_definition->relationship.isEmpty())
            tip << tr("through %1").arg(m_definition->relationship);
        if (!m_definition->description.isEmpty())
            tip << m_definition->description;
        tip << tr("Occurrences %1").arg(m_definition->occurrences.toString());
    } else {
        subtitle << tr("not declared by the type");
    }
    subtitle << occurrencesText();
    m_section->setSubtitle(subtitle.join(QStringLiteral(" · ")));
    m_section->setTitleToolTip(tip.join(QLatin1Char('\n')));
}

RequirementGroup::Row RequirementGroup::createRow(const Relationship &r,
                                                  const QStringList &relationshipTypes,
                                                  int gridRow)
{
    QWidget *body = m_section->body();
    Row row;
    row.index = r.index;
    row.gridRow = gridRow;
    row.target = new QLabel(body);
    const QString targetName = r.assignment.node.isEmpty() ? tr("(no target)") : r.assignment.node;
    row.target->setText(QStringLiteral("<a href=\"%1\">%1</a>").arg(targetName.toHtmlEscaped()));
    row.target->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    row.target->setToolTip(PlainText::toHtml(
        r.assignment.capability.isEmpty()
            ? tr("Select %1").arg(targetName)
            : tr("Select %1 (capability %2)").arg(targetName, r.assignment.capability)));
    connect(row.target, &QLabel::linkActivated, this, [this](const QString &node) {
        emit nodeActivated(node);
    });

    row.relationship = new QComboBox(body);
    row.relationship->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    row.relationship->setMinimumContentsLength(6);
    const QString current = r.assignment.relationship.isEmpty() && m_definition
                                ? m_definition->relationship
                                : r.assignment.relationship;
    QStringList types = relationshipTypes;
    if (!current.isEmpty() && !types.contains(current))
        types.prepend(current);
    for (const QString &type : std::as_const(types)) {
        row.relationship->addItem(TypeNames::shortName(type), type);
        row.relationship->setItemData(
            row.relationship->count() - 1, PlainText::toHtml(type), Qt::ToolTipRole);
    }
    row.relationship->setCurrentIndex(int(types.indexOf(current)));
    row.relationship->setToolTip(PlainText::toHtml(
        tr("Relationship type: %1\nCapability: %2").arg(current, r.assignment.capability)));
    const int index = r.index;
    connect(row.relationship,
            &QComboBox::activated,
            this,
            [this, index, combo = row.relationship](int item) {
                emit relationshipTypeRequested(index, combo->itemData(item).toString());
            });

    row.disconnect = new QToolButton(body);
    const QIcon remove = Icons::remove();
    if (remove.isNull())
        row.disconnect->setText(QStringLiteral("✕"));
    else
        row.disconnect->setIcon(remove);
    row.disconnect->setAutoRaise(true);
    row.disconnect->setFocusPolicy(Qt::NoFocus);
    row.disconnect->setToolTip(
        PlainText::toHtml(tr("Disconnect %1 from %2").arg(m_name, targetName)));
    connect(row.disconnect, &QToolButton::clicked, this, [this, index] {
        emit disconnectRequested(index);
    });

    return row;
}

QLabel *RequirementGroup::createConnectField()
{
    QWidget *body = m_section->body();
    auto *label = new QLabel(m_used == 0 ? tr("target") : tr("add"), body);
    label->setForegroundRole(QPalette::PlaceholderText);
    m_connect = new LazyComboBox(body);
    m_connect->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_connect->setMinimumContentsLength(6);
    m_connect->setPlaceholderText(tr("Connect to…"));
    m_connect->setCurrentIndex(-1);
    m_connect->setToolTip(PlainText::toHtml(tr("Nodes that can satisfy %1").arg(m_name)));
    label->setBuddy(m_connect);
    connect(m_connect, &LazyComboBox::populateRequested, this, [this](QComboBox *combo) {
        combo->clear();
        const QStringList candidates = m_candidates ? m_candidates() : QStringList();
        for (const QString &candidate : candidates)
            combo->addItem(candidate);
        if (candidates.isEmpty()) {
            combo->addItem(tr("No compatible node"));
            combo->setItemData(0, 0, Qt::UserRole - 1); // disabled
        }
        combo->setCurrentIndex(-1);
    });
    connect(m_connect, &QComboBox::activated, this, [this](int item) {
        const QString target = m_connect->itemText(item);
        m_connect->setCurrentIndex(-1);
        chooseTarget(target);
    });
    return label;
}

QString RequirementGroup::occurrencesText() const
{
    const QString bounds
        = m_definition ? m_definition->occurrences.toString() : QStringLiteral("[0, unbounded]");
    return tr("%1 of %2").arg(m_used).arg(bounds);
}

bool RequirementGroup::acceptsMore() const
{
    if (!m_definition)
        return false;
    return !m_definition->occurrences.isFull(m_used);
}

void RequirementGroup::invalidateCandidates()
{
    if (m_connect)
        m_connect->invalidate();
}

void RequirementGroup::chooseTarget(const QString &target)
{
    if (!target.isEmpty())
        emit connectRequested(m_name, target);
}

QLabel *RequirementGroup::messageLabel(Row &row)
{
    if (!row.message) {
        row.message = new QLabel(m_section->body());
        row.message->setTextFormat(Qt::PlainText);
        row.message->setWordWrap(true);
        row.message->setMinimumWidth(1);
        row.message->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_section->grid()->addWidget(row.message, row.gridRow + 1, 0, 1, 4);
    }
    return row.message;
}

void RequirementGroup::setProblems(const QList<std::tuple<int, Severity, QString>> &problems)
{
    QStringList groupLines;
    bool groupError = false;
    for (Row &row : m_rows) {
        QStringList lines;
        bool error = false;
        for (const auto &[index, severity, text] : problems) {
            if (index == row.index) {
                lines << text;
                error = error || severity == Severity::Error;
            }
        }
        if (lines.isEmpty()) {
            if (row.message)
                row.message->hide();
            continue;
        }
        QLabel *label = messageLabel(row);
        if (error)
            StatusColors::showAsError(label);
        else
            StatusColors::showAsWarning(label);
        label->setText(lines.join(QLatin1Char('\n')));
        label->show();
    }
    for (const auto &[index, severity, text] : problems) {
        bool matched = false;
        for (const Row &row : std::as_const(m_rows))
            matched = matched || row.index == index;
        if (!matched) {
            groupLines << text;
            groupError = groupError || severity == Severity::Error;
        }
    }
    groupLines.removeDuplicates();
    m_section->setMessage(groupLines.join(QLatin1Char('\n')), groupError);
}

QString RequirementGroup::message(int relationshipIndex) const
{
    if (relationshipIndex < 0)
        return m_section->message();
    for (const Row &row : m_rows) {
        if (row.index == relationshipIndex)
            return row.message && !row.message->isHidden() ? row.message->text() : QString();
    }
    return QString();
}

QComboBox *RequirementGroup::relationshipCombo(int relationshipIndex) const
{
    for (const Row &row : m_rows) {
        if (row.index == relationshipIndex)
            return row.relationship;
    }
    return nullptr;
}

QToolButton *RequirementGroup::disconnectButton(int relationshipIndex) const
{
    for (const Row &row : m_rows) {
        if (row.index == relationshipIndex)
            return row.disconnect;
    }
    return nullptr;
}

QLabel *RequirementGroup::targetLabel(int relationshipIndex) const
{
    for (const Row &row : m_rows) {
        if (row.index == relationshipIndex)
            return row.target;
    }
    return nullptr;
}

} // namespace Topologist
