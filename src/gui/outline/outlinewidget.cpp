// SPDX-License-Identifier: GPL-3.0-or-later
#include "outline/outlinewidget.h"

#include "icons.h"
#include "outline/outlinedelegate.h"
#include "outline/outlinemodel.h"
#include "selectionmodel.h"
#include "topologydocument.h"

#include <QItemSelection>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMouseEvent>
#include <QVBoxLayout>

#include <memory>

namespace Topologist {

OutlineWidget::OutlineWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new OutlineModel(this))
    , m_view(new QListView(this))
    , m_search(new QLineEdit(this))
{
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
        m_model->setFilterText(text);
        selectFromModel();
    });
}

void OutlineWidget::setUpView()
{
    m_view->setObjectName(QStringLiteral("outlineView"));
    m_view->setModel(m_model);
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setItemDelegate(new OutlineDelegate(m_view));
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);

    connect(m_view, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
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
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, hold);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, release);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, hold);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, release);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeMoved, this, hold);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, release);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, hold);
    connect(m_model, &QAbstractItemModel::modelReset, this, release);
    // A selected node that comes back (undo, a move, unfolding) is selected again.
    connect(m_model,
            &QAbstractItemModel::rowsInserted,
            this,
            [this](const QModelIndex &, int first, int last) {
                if (!m_syncing && containsSelected(first, last))
                    selectFromModel(false);
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { selectFromModel(); });
}

bool OutlineWidget::toggle(const QModelIndex &index)
{
    if (!index.data(OutlineModel::HasChildrenRole).toBool())
        return false;
    m_model->setExpanded(nodeAt(index), !index.data(OutlineModel::ExpandedRole).toBool());
    return true;
}

bool OutlineWidget::treeKey(int key)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return false;
    const bool hasChildren = current.data(OutlineModel::HasChildrenRole).toBool();
    const bool expanded = current.data(OutlineModel::ExpandedRole).toBool();
    if (key == Qt::Key_Left) {
        if (hasChildren && expanded)
            return toggle(current);
        const QModelIndex host = m_model->indexOf(current.data(OutlineModel::HostRole).toString());
        if (host.isValid())
            m_view->setCurrentIndex(host);
        return true;
    }
    if (hasChildren && !expanded)
        return toggle(current);
    const QModelIndex next = current.siblingAtRow(current.row() + 1);
    if (hasChildren && next.isValid())
        m_view->setCurrentIndex(next);
    return true;
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
    if (selection && document)
        selection->followRenames(document);
    if (selection)
        connect(selection, &SelectionModel::selectionChanged, this, [this] {
            selectFromModel(true, true);
        });
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

bool OutlineWidget::containsSelected(int first, int last) const
{
    if (!m_selection || m_selection->selectedNodes().isEmpty())
        return false;
    for (int row = first; row <= last; ++row) {
        if (m_selection->isSelected(nodeAt(m_model->index(row))))
            return true;
    }
    return false;
}

void OutlineWidget::selectFromModel(bool scroll, bool reveal)
{
    if (m_syncing)
        return;
    m_syncing = true;
    const QStringList nodes = m_selection ? m_selection->selectedNodes() : QStringList();
    // Unfold the hosts of what is selected first: that adds rows.
    for (const QString &node : nodes) {
        if (reveal)
            m_model->reveal(node);
    }
    QItemSelection selection;
    QModelIndex last;
    for (const QString &node : nodes) {
        const QModelIndex index = m_model->indexOf(node);
        if (!index.isValid())
            continue;
        selection.select(index, index);
        last = index;
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
        QAction *changeType = menu->addAction(tr("Change Type of %1…").arg(node));
        changeType->setObjectName(QStringLiteral("changeNodeType"));
        connect(changeType, &QAction::triggered, this, [this, node] {
            emit changeTypeRequested(node);
        });
        QAction *reveal = menu->addAction(tr("Show on Canvas"));
        reveal->setObjectName(QStringLiteral("revealNode"));
        connect(reveal, &QAction::triggered, this, [this, node] { emit revealNode(node); });
        menu->addSeparator();
    }
    QAction *expand = menu->addAction(tr("Expand All"));
    expand->setObjectName(QStringLiteral("expandAll"));
    connect(expand, &QAction::triggered, m_model, &OutlineModel::expandAll);
    QAction *collapse = menu->addAction(tr("Collapse All"));
    collapse->setObjectName(QStringLiteral("collapseAll"));
    connect(collapse, &QAction::triggered, m_model, &OutlineModel::collapseAll);
    return menu;
}

bool OutlineWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonPress) {
        // A click on a row's arrow folds or unfolds it, as in a tree.
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QModelIndex index = m_view->indexAt(mouse->position().toPoint());
        if (mouse->button() == Qt::LeftButton && index.isValid()
            && OutlineDelegate::arrowRect(m_view->visualRect(index),
                                          index.data(OutlineModel::DepthRole).toInt())
                   .contains(mouse->position().toPoint())
            && toggle(index))
            return true;
    }
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
        && (keyEvent->key() == Qt::Key_Left || keyEvent->key() == Qt::Key_Right)
        && keyEvent->modifiers() == Qt::NoModifier && treeKey(keyEvent->key()))
        return true;
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
            if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
                m_view->setCurrentIndex(m_model->index(0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Topologist
