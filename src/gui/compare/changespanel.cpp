// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/changespanel.h"

#include "compare/changetext.h"
#include "compare/sidebyside.h"
#include "compare/valuetext.h"
#include "comparison.h"
#include "selectionmodel.h"
#include "statuscolors.h"
#include "topologydocument.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Topologist {

namespace {

QColor colourOf(Change::Kind kind)
{
    switch (kind) {
    case Change::Kind::Added:
        return StatusColors::added();
    case Change::Kind::Removed:
        return StatusColors::removed();
    case Change::Kind::Modified:
    case Change::Kind::Renamed:
    case Change::Kind::Retyped:
        break;
    }
    return StatusColors::changed();
}

QToolButton *toolButton(const QString &name, const QString &text, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

ChangesPanel::ChangesPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createBar());
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_list = new QTreeWidget(split);
    m_list->setObjectName(QStringLiteral("changeList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Element"), tr("Change")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    split->addWidget(m_list);
    split->addWidget(createDetails());
    // Proportions (setSizes scales them): the list wide enough for its descriptions.
    split->setSizes({400, 600});
    layout->addWidget(split, 1);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        showDetails();
        selectCurrentNode();
        updateButtons();
    });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &ChangesPanel::endRequested);
    refresh();
}

QWidget *ChangesPanel::createBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(bar);
    m_title->setObjectName(QStringLiteral("changesTitle"));
    row->addWidget(m_title, 1);
    m_previous = toolButton(QStringLiteral("previousChange"), tr("Previous"), bar);
    m_previous->setArrowType(Qt::UpArrow);
    connect(m_previous, &QToolButton::clicked, this, &ChangesPanel::previousChange);
    m_next = toolButton(QStringLiteral("nextChange"), tr("Next"), bar);
    m_next->setArrowType(Qt::DownArrow);
    connect(m_next, &QToolButton::clicked, this, &ChangesPanel::nextChange);
    auto *end = toolButton(QStringLiteral("endComparison"), tr("End Comparison"), bar);
    end->setToolTip(tr("Stop comparing and clear the marks (Esc)"));
    end->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    connect(end, &QToolButton::clicked, this, &ChangesPanel::endRequested);
    row->addWidget(m_previous);
    row->addWidget(m_next);
    row->addWidget(end);
    return bar;
}

QWidget *ChangesPanel::createDetails()
{
    auto *details = new SideBySide(2, this);
    m_beforeTitle = details->title(0);
    m_before = details->text(0);
    m_after = details->text(1);
    details->title(1)->setText(tr("This document"));
    return details;
}

void ChangesPanel::setComparison(Comparison *comparison, SelectionModel *selection)
{
    if (m_comparison)
        disconnect(m_comparison, nullptr, this, nullptr);
    m_comparison = comparison;
    m_selection = selection;
    if (comparison)
        connect(comparison, &Comparison::changed, this, &ChangesPanel::refresh);
    m_list->clear();
    refresh();
    if (changeCount() > 0)
        setCurrentChange(0);
}

void ChangesPanel::changeEvent(QEvent *event)
{
    // The rows' colours are the palette's (StatusColors): a theme switch needs them again.
    if (event->type() == QEvent::PaletteChange)
        fillList();
    QWidget::changeEvent(event);
}

void ChangesPanel::refresh()
{
    const int count = m_comparison ? int(m_comparison->changes().size()) : 0;
    if (!m_comparison)
        m_title->setText(tr("Nothing compared: File > Compare With shows what changed."));
    else if (count == 0)
        m_title->setText(tr("No change since %1").arg(m_comparison->otherName()));
    else if (count == 1)
        m_title->setText(tr("1 change since %1").arg(m_comparison->otherName()));
    else // plural forms written out: untranslated, %n(s) would show "(s)"
        m_title->setText(tr("%1 changes since %2").arg(count).arg(m_comparison->otherName()));
    m_beforeTitle->setText(m_comparison ? m_comparison->otherName() : tr("Before"));
    fillList();
    showDetails();
    updateButtons();
}

void ChangesPanel::fillList()
{
    // The list is made again; the current change stays current where it still is, else its
    // row does, so stepping goes on after an edit.
    const int row = currentChange();
    const QString current = row >= 0 ? changeText(row) : QString();
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    if (!m_comparison)
        return;
    QTreeWidgetItem *again = nullptr;
    for (const Change &change : m_comparison->changes()) {
        auto *item = new QTreeWidgetItem(
            m_list, {ChangeText::subject(change), ChangeText::description(change)});
        item->setForeground(1, colourOf(change.kind));
        item->setToolTip(1, change.pathText());
        if (!again && changeText(m_list->indexOfTopLevelItem(item)) == current)
            again = item;
    }
    if (!again && row >= 0)
        again = m_list->topLevelItem(qMin(row, m_list->topLevelItemCount() - 1));
    m_list->setCurrentItem(again);
}

void ChangesPanel::showDetails()
{
    const int row = currentChange();
    if (!m_comparison || row < 0 || row >= m_comparison->changes().size()) {
        m_before->clear();
        m_after->clear();
        return;
    }
    const Change &change = m_comparison->changes()[row];
    m_before->setPlainText(SideBySide::shown(ValueText::block(change.before)));
    m_after->setPlainText(SideBySide::shown(ValueText::block(change.after)));
}

void ChangesPanel::selectCurrentNode()
{
    const int row = currentChange();
    if (!m_comparison || !m_selection || row < 0 || row >= m_comparison->changes().size())
        return;
    const QString node = nodeOf(m_comparison->changes()[row]);
    if (node.isEmpty())
        return;
    m_selection->setSelectedNodes({node});
    emit revealNode(node);
}

QString ChangesPanel::nodeOf(const Change &change) const
{
    if (change.area == Change::Area::Node && change.kind == Change::Kind::Removed)
        return QString();
    TopologyDocument *document = m_comparison ? m_comparison->document() : nullptr;
    if (!document || !document->topology().contains(change.node))
        return QString();
    return change.node;
}

void ChangesPanel::updateButtons()
{
    const int row = currentChange();
    m_previous->setEnabled(row > 0);
    m_next->setEnabled(row + 1 < changeCount());
}

int ChangesPanel::changeCount() const
{
    return m_list->topLevelItemCount();
}

int ChangesPanel::currentChange() const
{
    return m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
}

void ChangesPanel::setCurrentChange(int row)
{
    if (row >= 0 && row < changeCount())
        m_list->setCurrentItem(m_list->topLevelItem(row));
}

QString ChangesPanel::changeText(int row) const
{
    const QTreeWidgetItem *item = m_list->topLevelItem(row);
    return item ? item->text(0) + QStringLiteral(": ") + item->text(1) : QString();
}

QString ChangesPanel::beforeText() const
{
    return m_before->toPlainText();
}

QString ChangesPanel::afterText() const
{
    return m_after->toPlainText();
}

void ChangesPanel::nextChange()
{
    setCurrentChange(currentChange() + 1);
}

void ChangesPanel::previousChange()
{
    setCurrentChange(currentChange() - 1);
}

} // namespace Topologist
