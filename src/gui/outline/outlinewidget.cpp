// SPDX-License-Identifier: GPL-3.0-or-later
#include "outline/outlinewidget.h"

#include "icons.h"
#include "outline/outlinedelegate.h"
#include "outline/outlinefilter.h"
#include "outline/outlinemodel.h"
#include "selectionmodel.h"
#include "topologydocument.h"

#include <QItemSelection>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

namespace Topologist {

OutlineWidget::OutlineWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new OutlineModel(this))
    , m_filter(new OutlineFilter(this))
    , m_view(new QTreeView(this))
    , m_search(new QLineEdit(this))
{
    m_filter->setSourceModel(m_model);
    setUpSearch();
    setUpView();
    followRowChanges();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *top = new QVBoxLayout;
    top->setContentsMargins(6, 6, 6, 4);
    top->addWidget(m_search);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
}

void OutlineWidget::setUpSearch()
{
    m_search->setObjectName(QStringLiteral("outlineFilter"));
    m_search->setPlaceholderText(tr("Filter nodes"));
    m_search->setToolTip(tr("Filter by node name or type"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        m_view->expandAll();
        selectFromModel();
    });
}

void OutlineWidget::setUpView()
{
    m_view->setObjectName(QStringLiteral("outlineView"));
    m_view->setModel(m_filter);
    m_view->setHeaderHidden(true);
    m_view->setSortingEnabled(false);
    m_filter->sort(0);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setIndentation(16);
    m_view->setItemDelegate(new OutlineDelegate(m_view));
    m_view->installEventFilter(this);

    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString node = nodeAt(index);
        if (!node.isEmpty())
            emit revealNode(node);
    });
    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &OutlineWidget::selectFromView);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        // The node clicked last is the one the property editor shows.
        if (!m_syncing && !m_mutating
            && m_view->selectionModel()->isSelected(m_view->currentIndex()))
            selectFromView();
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        std::unique_ptr<QMenu> menu(createContextMenu(index));
        if (menu && !menu->isEmpty())
            menu->exec(m_view->viewport()->mapToGlobal(pos));
    });
}

void OutlineWidget::followRowChanges()
{
    // Rows that come and go with the document are not the user's selecting.
    const auto hold = [this] {
        m_mutating = true;
    };
    const auto release = [this] {
        m_mutating = false;
    };
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeRemoved, this, hold);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, release);
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, hold);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, release);
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeMoved, this, hold);
    connect(m_filter, &QAbstractItemModel::rowsMoved, this, release);
    connect(m_filter, &QAbstractItemModel::layoutAboutToBeChanged, this, hold);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, release);
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this, hold);
    connect(m_filter, &QAbstractItemModel::modelReset, this, release);
    // New rows open so a hosted node is never hidden under a folded host it just moved to.
    connect(m_filter,
            &QAbstractItemModel::rowsInserted,
            this,
            [this](const QModelIndex &host, int first, int last) {
                if (host.isValid())
                    m_view->expand(host);
                bool selected = false;
                for (int row = first; row <= last; ++row) {
                    const QModelIndex index = m_filter->index(row, 0, host);
                    m_view->expandRecursively(index);
                    selected = selected || containsSelected(index);
                }
                // A selected node that comes back (undo, rename, a move) is selected again.
                if (selected && !m_syncing)
                    selectFromModel(false);
            });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        selectFromModel();
    });
}

OutlineWidget::~OutlineWidget() = default;

void OutlineWidget::detach()
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
}

void OutlineWidget::setDocument(TopologyDocument *document, SelectionModel *selection)
{
    detach();
    m_document = document;
    m_selection = selection;
    m_syncing = true;
    m_model->setDocument(document);
    m_syncing = false;
    m_view->expandAll();
    if (selection && document)
        selection->followRenames(document);
    if (selection)
        connect(selection, &SelectionModel::selectionChanged, this, [this] { selectFromModel(); });
    selectFromModel();
}

QString OutlineWidget::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? index.siblingAtColumn(0).data(OutlineModel::NameRole).toString()
                           : QString();
}

QString OutlineWidget::currentNode() const
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_view->selectionModel()->isSelected(current))
        return nodeAt(current);
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : nodeAt(rows.last());
}

bool OutlineWidget::containsSelected(const QModelIndex &index) const
{
    if (!m_selection || m_selection->selectedNodes().isEmpty())
        return false;
    if (m_selection->isSelected(nodeAt(index)))
        return true;
    for (int row = 0; row < m_filter->rowCount(index); ++row) {
        if (containsSelected(m_filter->index(row, 0, index)))
            return true;
    }
    return false;
}

void OutlineWidget::selectFromModel(bool scroll)
{
    if (m_syncing)
        return;
    m_syncing = true;
    QItemSelection selection;
    QModelIndex last;
    const QStringList nodes = m_selection ? m_selection->selectedNodes() : QStringList();
    for (const QString &node : nodes) {
        QStandardItem *item = m_model->itemOf(node);
        const QModelIndex index = item ? m_filter->mapFromSource(item->index()) : QModelIndex();
        if (!index.isValid())
            continue;
        selection.select(index, index);
        last = index;
        for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
            m_view->expand(up);
    }
    QItemSelectionModel *model = m_view->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (last.isValid()) {
        model->setCurrentIndex(last, QItemSelectionModel::NoUpdate);
        if (scroll)
            m_view->scrollTo(last);
    }
    m_syncing = false;
}

void OutlineWidget::selectFromView()
{
    if (m_syncing || m_mutating || !m_selection)
        return;
    QStringList nodes;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        nodes << nodeAt(index);
    // Keep the order the window knows (the last one is the property editor's), then what was
    // added, with the node just clicked last.
    QStringList ordered;
    for (const QString &node : m_selection->selectedNodes()) {
        if (nodes.contains(node))
            ordered << node;
    }
    for (const QString &node : std::as_const(nodes)) {
        if (!ordered.contains(node))
            ordered << node;
    }
    const QString current = currentNode();
    if (!current.isEmpty() && ordered.contains(current) && ordered.last() != current) {
        ordered.removeAll(current);
        ordered << current;
    }
    m_syncing = true;
    m_selection->setSelectedNodes(ordered);
    m_syncing = false;
}

QMenu *OutlineWidget::createContextMenu(const QModelIndex &index)
{
    auto *menu = new QMenu(this);
    const QString node = nodeAt(index);
    if (!node.isEmpty()) {
        QAction *rename = menu->addAction(Icons::rename(), tr("Rename %1...").arg(node));
        rename->setObjectName(QStringLiteral("renameNode"));
        rename->setShortcut(QKeySequence(Qt::Key_F2));
        connect(rename, &QAction::triggered, this, [this, node] { emit renameRequested(node); });
        QAction *reveal = menu->addAction(tr("Show on Canvas"));
        reveal->setObjectName(QStringLiteral("revealNode"));
        connect(reveal, &QAction::triggered, this, [this, node] { emit revealNode(node); });
        menu->addSeparator();
    }
    QAction *expand = menu->addAction(tr("Expand All"));
    connect(expand, &QAction::triggered, m_view, &QTreeView::expandAll);
    QAction *collapse = menu->addAction(tr("Collapse All"));
    connect(collapse, &QAction::triggered, m_view, &QTreeView::collapseAll);
    return menu;
}

bool OutlineWidget::eventFilter(QObject *watched, QEvent *event)
{
    const bool key = event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride;
    if (!key)
        return QWidget::eventFilter(watched, event);
    auto *keyEvent = static_cast<QKeyEvent *>(event);
    if (watched == m_view && keyEvent->key() == Qt::Key_F2
        && keyEvent->modifiers() == Qt::NoModifier) {
        // Claim F2 before a window-wide Rename shortcut does: here it renames this row.
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept();
            return true;
        }
        const QString node = nodeAt(m_view->currentIndex());
        if (!node.isEmpty())
            emit renameRequested(node);
        return true;
    }
    if (watched == m_view && event->type() == QEvent::KeyPress
        && (keyEvent->key() == Qt::Key_Return || keyEvent->key() == Qt::Key_Enter)) {
        const QString node = nodeAt(m_view->currentIndex());
        if (!node.isEmpty())
            emit revealNode(node);
        return true;
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        if (keyEvent->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        if (keyEvent->key() == Qt::Key_Down) {
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
                m_view->setCurrentIndex(m_filter->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Topologist
