// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/conflictspanel.h"

#include "compare/changetext.h"
#include "compare/sidebyside.h"
#include "compare/valuetext.h"
#include "conflictactions.h"
#include "diff/conflictresolver.h"
#include "selectionmodel.h"
#include "topologydocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Topologist {

namespace {

enum Pane { BasePane, OursPane, TheirsPane };

QToolButton *
arrowButton(const QString &name, const QString &text, Qt::ArrowType arrow, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    button->setArrowType(arrow);
    return button;
}

} // namespace

ConflictsPanel::ConflictsPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createBar());
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_list = new QTreeWidget(split);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Element"), tr("Conflict")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_values = new SideBySide(3, split);
    m_values->title(BasePane)->setText(tr("Base"));
    m_values->title(OursPane)->setText(tr("Ours (this file)"));
    m_values->title(TheirsPane)->setText(tr("Theirs"));
    split->addWidget(m_list);
    split->addWidget(m_values);
    // Proportions (setSizes scales them): the list wide enough for its descriptions.
    split->setSizes({400, 600});
    layout->addWidget(split, 1);
    layout->addWidget(createButtons());
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        showDetails();
        selectCurrentNode();
        updateButtons();
    });
    refresh();
}

QWidget *ConflictsPanel::createBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(bar);
    m_title->setObjectName(QStringLiteral("conflictsTitle"));
    row->addWidget(m_title, 1);
    m_previous = arrowButton(QStringLiteral("previousConflict"), tr("Previous"), Qt::UpArrow, bar);
    connect(m_previous, &QToolButton::clicked, this, &ConflictsPanel::previousConflict);
    m_next = arrowButton(QStringLiteral("nextConflict"), tr("Next"), Qt::DownArrow, bar);
    connect(m_next, &QToolButton::clicked, this, &ConflictsPanel::nextConflict);
    row->addWidget(m_previous);
    row->addWidget(m_next);
    return bar;
}

QWidget *ConflictsPanel::createButtons()
{
    auto *buttons = new QWidget(this);
    auto *row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 0, 0, 0);
    row->addStretch(1);
    m_takeOurs = new QPushButton(tr("Take &Ours"), buttons);
    m_takeOurs->setObjectName(QStringLiteral("takeOurs"));
    m_takeOurs->setToolTip(tr("Keep this file's version of the element (undoable)"));
    connect(m_takeOurs, &QPushButton::clicked, this, &ConflictsPanel::takeOurs);
    m_takeTheirs = new QPushButton(tr("Take &Theirs"), buttons);
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    m_takeTheirs->setToolTip(tr("Replace the element by their version (undoable)"));
    connect(m_takeTheirs, &QPushButton::clicked, this, &ConflictsPanel::takeTheirs);
    row->addWidget(m_takeOurs);
    row->addWidget(m_takeTheirs);
    return buttons;
}

void ConflictsPanel::setDocument(TopologyDocument *document, SelectionModel *selection)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_selection = selection;
    if (document)
        connect(document, &TopologyDocument::editFinished, this, &ConflictsPanel::refresh);
    m_list->clear();
    refresh();
}

void ConflictsPanel::refresh()
{
    const int before = int(m_shown.size());
    const int row = currentConflict();
    m_shown = m_document ? ConflictActions(m_document).conflicts() : Conflicts();
    {
        // Made again after every edit: the row stays where it was, which after a choice is the
        // next conflict. The node is only selected when the user moves.
        const QSignalBlocker quiet(m_list);
        m_list->clear();
        for (const Conflict &conflict : std::as_const(m_shown)) {
            auto *item = new QTreeWidgetItem(
                m_list, {ChangeText::subject(conflict), ChangeText::description(conflict)});
            item->setToolTip(1, conflict.id());
        }
        if (!m_shown.isEmpty())
            m_list->setCurrentItem(m_list->topLevelItem(qBound(0, row, conflictCount() - 1)));
    }
    const int count = int(m_shown.size());
    if (count == 1)
        m_title->setText(tr("1 merge conflict to resolve"));
    else if (count > 1) // plural forms written out: untranslated, %n(s) would show "(s)"
        m_title->setText(tr("%1 merge conflicts to resolve").arg(count));
    else if (m_document)
        m_title->setText(tr("No merge conflicts: the file is plain TOSCA."));
    else
        m_title->clear();
    showDetails();
    updateButtons();
    if (count != before)
        emit conflictCountChanged(count);
}

void ConflictsPanel::showDetails()
{
    const int row = currentConflict();
    const bool shown = row >= 0 && row < m_shown.size();
    const Conflict conflict = shown ? m_shown[row] : Conflict();
    const Value *values[] = {&conflict.base, &conflict.ours, &conflict.theirs};
    for (int pane : {BasePane, OursPane, TheirsPane}) {
        QPlainTextEdit *text = m_values->text(pane);
        if (shown)
            text->setPlainText(SideBySide::shown(ValueText::block(*values[pane])));
        else
            text->clear();
    }
}

void ConflictsPanel::selectCurrentNode()
{
    const int row = currentConflict();
    if (!m_document || !m_selection || row < 0 || row >= m_shown.size())
        return;
    const QString node = ConflictResolver::nodeOf(m_shown[row]);
    if (node.isEmpty() || !m_document->topology().contains(node))
        return;
    m_selection->setSelectedNodes({node});
    emit revealNode(node);
}

void ConflictsPanel::updateButtons()
{
    const int row = currentConflict();
    m_previous->setEnabled(row > 0);
    m_next->setEnabled(row + 1 < conflictCount());
    m_takeOurs->setEnabled(row >= 0);
    m_takeTheirs->setEnabled(row >= 0);
}

bool ConflictsPanel::take(MergeSide side)
{
    const int row = currentConflict();
    if (!m_document || row < 0 || row >= m_shown.size())
        return false;
    const Conflict conflict = m_shown[row];
    QString error;
    if (!ConflictActions(m_document).resolve(conflict, side, &error)) {
        emit statusMessage(tr("Cannot settle %1: %2").arg(conflict.id(), error));
        return false;
    }
    // The list was made again; the conflict now current is the next one.
    selectCurrentNode();
    return true;
}

bool ConflictsPanel::takeOurs()
{
    return take(MergeSide::Ours);
}

bool ConflictsPanel::takeTheirs()
{
    return take(MergeSide::Theirs);
}

int ConflictsPanel::conflictCount() const
{
    return m_list->topLevelItemCount();
}

int ConflictsPanel::currentConflict() const
{
    return m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
}

void ConflictsPanel::setCurrentConflict(int row)
{
    if (row >= 0 && row < conflictCount())
        m_list->setCurrentItem(m_list->topLevelItem(row));
}

QString ConflictsPanel::conflictText(int row) const
{
    const QTreeWidgetItem *item = m_list->topLevelItem(row);
    return item ? item->text(0) + QStringLiteral(": ") + item->text(1) : QString();
}

QString ConflictsPanel::valueText(MergeSide side) const
{
    return m_values->text(side == MergeSide::Ours ? OursPane : TheirsPane)->toPlainText();
}

QString ConflictsPanel::baseText() const
{
    return m_values->text(BasePane)->toPlainText();
}

void ConflictsPanel::nextConflict()
{
    setCurrentConflict(currentConflict() + 1);
}

void ConflictsPanel::previousConflict()
{
    setCurrentConflict(currentConflict() - 1);
}

} // namespace Topologist
