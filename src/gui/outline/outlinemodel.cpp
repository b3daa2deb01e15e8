// SPDX-License-Identifier: GPL-3.0-or-later
#include "outline/outlinemodel.h"

#include "icons.h"
#include "problems/severityicons.h"
#include "topologydocument.h"
#include "types/hosting.h"
#include "types/typenames.h"

#include <QCoreApplication>
#include <QIcon>
#include <QSet>

#include <algorithm>

namespace Topologist {

struct OutlineModel::Item
{
    QString name;
    QString type;
    QString shortType;
    QIcon icon;
    Item *parent = nullptr;
    /// Sorted by name (OutlineModel::lessThan).
    QList<Item *> children;
    bool linked = false;
    /// Where its row was last seen: rows move by a few when others come and go around them.
    mutable int rowHint = -1;
    int severity = -1;
    int problemCount = 0;

    int depth() const
    {
        int depth = 0;
        for (const Item *up = parent; up; up = up->parent)
            ++depth;
        return depth;
    }
};

OutlineModel::OutlineModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

OutlineModel::~OutlineModel()
{
    qDeleteAll(m_items);
}

TopologyDocument *OutlineModel::document() const
{
    return m_document;
}

void OutlineModel::setDocument(TopologyDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &TopologyDocument::nodeAdded, this, &OutlineModel::nodeAdded);
        connect(document, &TopologyDocument::nodeRemoved, this, &OutlineModel::nodeRemoved);
        connect(document, &TopologyDocument::nodeChanged, this, &OutlineModel::nodeChanged);
        connect(document, &TopologyDocument::nodeRenamed, this, &OutlineModel::nodeRenamed);
        connect(document, &TopologyDocument::documentReset, this, &OutlineModel::rebuild);
        connect(document, &TopologyDocument::problemsChanged, this, &OutlineModel::updateProblems);
    }
    rebuild();
}

QString OutlineModel::hostOf(const QString &name) const
{
    const NodeTemplate *node = m_document ? m_document->topology().node(name) : nullptr;
    return node ? Hosting(m_document->types(), &m_document->topology()).hostOf(*node) : QString();
}

// ---- Queries -------------------------------------------------------------------------------

QModelIndex OutlineModel::indexOf(const QString &node) const
{
    const Item *item = m_items.value(node);
    const int row = item ? rowOf(item) : -1;
    return row >= 0 ? index(row) : QModelIndex();
}

bool OutlineModel::isExpanded(const QString &node) const
{
    return m_items.contains(node) && !m_collapsed.contains(node);
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const Item *item = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return item->name;
    case TypeRole:
        return item->type;
    case ShortTypeRole:
        return item->shortType;
    case Qt::DecorationRole:
        return item->icon;
    case SeverityRole:
        return item->severity;
    case ProblemCountRole:
        return item->problemCount;
    case DepthRole:
        return item->depth();
    case HasChildrenRole:
        return !item->children.isEmpty();
    case ExpandedRole:
        return m_filter.isActive() || !m_collapsed.contains(item->name);
    case HostRole:
        return item->parent ? item->parent->name : QString();
    case Qt::ToolTipRole:
        break;
    default:
        return QVariant();
    }
    // The tooltip is built when asked: the node's problems are only read on hover.
    QString tip
        = QStringLiteral(
              "<p style='white-space:pre'><b>%1</b><br/><span style='color:gray'>%2</span></p>")
              .arg(item->name.toHtmlEscaped(), item->type.toHtmlEscaped());
    if (!m_document)
        return tip;
    const Problems problems = m_document->problemsAbout(item->name);
    for (int i = 0; i < problems.size() && i < 5; ++i)
        tip += QStringLiteral("<p>%1 %2</p>")
                   .arg(SeverityIcons::name(problems[i].severity).toHtmlEscaped(),
                        problems[i].message.toHtmlEscaped());
    if (problems.size() > 5)
        tip += QCoreApplication::translate("OutlineModel", "<p>... and %1 more</p>")
                   .arg(problems.size() - 5);
    return tip;
}

// ---- Whole-tree changes --------------------------------------------------------------------

void OutlineModel::clear()
{
    qDeleteAll(m_items);
    m_items.clear();
    m_roots.clear();
    m_rows.clear();
    m_hostOf.clear();
    m_waiting.clear();
    m_marks.clear();
}

void OutlineModel::rebuild()
{
    beginResetModel();
    clear();
    if (m_document) {
        const NodeList &nodes = m_document->topology().nodes();
        m_items.reserve(nodes.size());
        for (const NodeTemplate &node : nodes) {
            if (!m_items.contains(node.name))
                createItem(node.name);
        }
        const Hosting hosting(m_document->types(), &m_document->topology());
        // Linked in topology order (so that a hosting loop is cut where the outline always
        // cut it), then each list sorted once: inserting each in its place would move the
        // thousands of top-level rows of a large topology once per node.
        QSet<QString> done;
        for (const NodeTemplate &node : nodes) {
            if (done.contains(node.name))
                continue;
            done.insert(node.name);
            Item *item = m_items.value(node.name);
            const QString host = hosting.hostOf(node);
            m_hostOf.insert(node.name, host);
            if (!host.isEmpty() && !m_items.contains(host))
                m_waiting.insert(host, node.name);
            item->parent = hostItemFor(item, host);
            item->linked = true;
            siblingsOf(item->parent).append(item);
        }
        const auto order = [this](const Item *a, const Item *b) {
            return lessThan(a, b);
        };
        std::sort(m_roots.begin(), m_roots.end(), order);
        for (Item *item : std::as_const(m_items))
            std::sort(item->children.begin(), item->children.end(), order);
        for (Item *root : std::as_const(m_roots))
            collectRows(root, m_rows);
        noteRows(0);
    }
    endResetModel();
    updateProblems();
}

void OutlineModel::resetRows()
{
    beginResetModel();
    m_rows.clear();
    for (Item *root : std::as_const(m_roots))
        collectRows(root, m_rows);
    noteRows(0);
    endResetModel();
}

bool OutlineModel::collectRows(Item *item, QList<Item *> &rows) const
{
    const qsizetype at = rows.size();
    rows.append(item);
    if (!m_filter.isActive()) {
        if (!m_collapsed.contains(item->name)) {
            for (Item *child : std::as_const(item->children))
                collectRows(child, rows);
        }
        return true;
    }
    // A match keeps its hosts, so that it is found in its place.
    bool shown = m_filter.accepts(item->name, item->type);
    for (Item *child : std::as_const(item->children))
        shown = collectRows(child, rows) || shown;
    if (!shown)
        rows.resize(at);
    return shown;
}

void OutlineModel::setFilterText(const QString &text)
{
    if (m_filter.setText(text))
        resetRows();
}

void OutlineModel::expandAll()
{
    m_collapsed.clear();
    resetRows();
}

void OutlineModel::collapseAll()
{
    for (const Item *item : std::as_const(m_items)) {
        if (!item->children.isEmpty())
            m_collapsed.insert(item->name);
    }
    resetRows();
}

void OutlineModel::setExpanded(const QString &node, bool expanded)
{
    Item *item = m_items.value(node);
    if (!item || expanded == !m_collapsed.contains(node))
        return;
    if (expanded)
        m_collapsed.remove(node);
    else
        m_collapsed.insert(node);
    // Rows come and go only when it is shown as a tree (with a filter, every match is shown).
    if (!m_filter.isActive() && isShown(item)) {
        QList<Item *> rows; // what it hosts, as shown while it is unfolded
        for (Item *child : std::as_const(item->children))
            shownSubtree(child, rows);
        const int first = rowOf(item) + 1;
        if (expanded)
            insertRowsAt(first, rows);
        else
            removeRowsAt(first, int(rows.size()));
    }
    changed(item);
}

void OutlineModel::reveal(const QString &node)
{
    const Item *item = m_items.value(node);
    QList<const Item *> hosts;
    for (const Item *up = item ? item->parent : nullptr; up; up = up->parent)
        hosts.prepend(up);
    for (const Item *host : std::as_const(hosts))
        setExpanded(host->name, true);
}

// ---- Document signals ----------------------------------------------------------------------

OutlineModel::Item *OutlineModel::createItem(const QString &node)
{
    auto *item = new Item;
    item->name = node;
    updateItem(item);
    m_items.insert(node, item);
    return item;
}

bool OutlineModel::updateItem(Item *item)
{
    const NodeTemplate *node = m_document->topology().node(item->name);
    const QString type = node ? node->type : QString();
    if (item->type == type && !item->icon.isNull())
        return false;
    item->type = type;
    // Shared by the nodes of a type: a large topology has thousands of each.
    const auto known = m_shortTypes.constFind(type);
    item->shortType = known != m_shortTypes.constEnd()
                          ? *known
                          : *m_shortTypes.insert(type, TypeNames::shortName(type));
    item->icon = Icons::forNodeType(m_document->catalog(), m_document->types(), type);
    return true;
}

OutlineModel::Item *OutlineModel::hostItemFor(Item *item, const QString &host) const
{
    Item *hostItem = host.isEmpty() ? nullptr : m_items.value(host);
    // A hosting loop (an invalid topology can have one) would make the tree cyclic: such a
    // node stays at the top level, where the problem list explains it.
    for (const Item *up = hostItem; up; up = up->parent) {
        if (up == item)
            return nullptr;
    }
    return hostItem;
}

void OutlineModel::place(Item *item)
{
    const QString &name = item->name;
    const QString host = hostOf(name);
    const auto previous = m_hostOf.constFind(name);
    if (previous != m_hostOf.constEnd())
        m_waiting.remove(*previous, name);
    m_hostOf.insert(name, host);
    if (!host.isEmpty() && !m_items.contains(host))
        m_waiting.insert(host, name);
    Item *parent = hostItemFor(item, host);
    if (!item->linked) {
        link(item, parent);
        if (m_filter.isActive())
            resetRows();
        else if (isShown(item))
            insertRowsOf(item);
        changed(parent);
        return;
    }
    if (item->parent != parent)
        reparent(item, parent);
}

void OutlineModel::nodeAdded(const QString &node)
{
    if (m_items.contains(node)) {
        nodeChanged(node);
        return;
    }
    place(createItem(node));
    // Nodes that named this one as their host before it existed (a rename, an undo) move in.
    const QStringList waiting = m_waiting.values(node);
    for (const QString &child : waiting) {
        if (Item *childItem = m_items.value(child))
            place(childItem);
    }
}

void OutlineModel::nodeRemoved(const QString &node)
{
    Item *item = m_items.value(node);
    const auto host = m_hostOf.constFind(node);
    if (host != m_hostOf.constEnd()) {
        m_waiting.remove(*host, node);
        m_hostOf.erase(host);
    }
    m_marks.remove(node);
    if (!item)
        return;
    // Hosted nodes that outlive their host wait at the top level for it to come back.
    while (!item->children.isEmpty()) {
        Item *child = item->children.constLast();
        m_waiting.insert(node, child->name);
        reparent(child, nullptr);
    }
    const int row = rowOf(item);
    if (row >= 0)
        removeRowsAt(row, 1);
    Item *parent = item->parent;
    unlink(item);
    m_items.remove(node);
    delete item;
    changed(parent);
}

void OutlineModel::nodeRenamed(const QString &from, const QString &to)
{
    // The same row under another name: its place among its siblings may change, its hosted
    // nodes, folding and selection stay.
    Item *item = m_items.take(from);
    if (!item) {
        nodeAdded(to);
        return;
    }
    m_items.insert(to, item);
    const auto host = m_hostOf.constFind(from);
    if (host != m_hostOf.constEnd()) {
        const QString hostName = *host;
        m_hostOf.erase(host);
        m_hostOf.insert(to, hostName);
        if (m_waiting.remove(hostName, from) > 0)
            m_waiting.insert(hostName, to);
    }
    // Its hosted nodes now name `to` as their host (the edit retargeted them).
    for (const Item *child : std::as_const(item->children))
        m_hostOf.insert(child->name, to);
    if (m_marks.contains(from))
        m_marks.insert(to, m_marks.take(from));
    reparent(item, item->parent, &to);
    changed(item);
}

void OutlineModel::nodeChanged(const QString &node)
{
    Item *item = m_items.value(node);
    if (!item) {
        nodeAdded(node);
        return;
    }
    if (updateItem(item))
        changed(item);
    // Most edits (a property typed in) leave the hosting alone: no move, no signal.
    if (m_hostOf.value(node) != hostOf(node))
        place(item);
}

void OutlineModel::updateProblems()
{
    // After an edit only the nodes it touched can have other marks; otherwise every node that
    // has or had one.
    QSet<QString> nodes;
    if (m_document && !m_document->lastProblemChanges().all) {
        nodes = m_document->lastProblemChanges().nodes;
    } else {
        for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it)
            nodes.insert(it.key());
        if (m_document) {
            for (const Problem &problem : m_document->problems())
                nodes.insert(problem.node);
        }
    }
    for (const QString &node : std::as_const(nodes)) {
        if (!node.isEmpty())
            setMark(node, m_document ? markOf(m_document->problemsAbout(node)) : qMakePair(-1, 0));
    }
}

QPair<int, int> OutlineModel::markOf(const Problems &problems)
{
    QPair<int, int> mark{-1, 0};
    for (const Problem &problem : problems) {
        mark.first
            = mark.first < 0 ? int(problem.severity) : qMin(mark.first, int(problem.severity));
        ++mark.second;
    }
    return mark;
}

void OutlineModel::setMark(const QString &node, const QPair<int, int> &mark)
{
    if (m_marks.value(node, {-1, 0}) == mark)
        return;
    if (mark.second == 0)
        m_marks.remove(node);
    else
        m_marks.insert(node, mark);
    if (Item *item = m_items.value(node)) {
        item->severity = mark.first;
        item->problemCount = mark.second;
        changed(item);
    }
}

// ---- The tree and its rows -----------------------------------------------------------------

bool OutlineModel::lessThan(const Item *a, const Item *b) const
{
    const int order = m_collator.compare(a->name, b->name);
    return order != 0 ? order < 0 : a->name < b->name;
}

QList<OutlineModel::Item *> &OutlineModel::siblingsOf(Item *parent)
{
    return parent ? parent->children : m_roots;
}

void OutlineModel::link(Item *item, Item *parent)
{
    QList<Item *> &siblings = siblingsOf(parent);
    const auto at
        = std::upper_bound(siblings.begin(), siblings.end(), item, [this](Item *a, Item *b) {
              return lessThan(a, b);
          });
    siblings.insert(at, item);
    item->parent = parent;
    item->linked = true;
}

void OutlineModel::unlink(Item *item)
{
    if (!item->linked)
        return;
    QList<Item *> &siblings = siblingsOf(item->parent);
    // The list is sorted by the names as they were when linked: look there first.
    auto at = std::lower_bound(siblings.begin(), siblings.end(), item, [this](Item *a, Item *b) {
        return lessThan(a, b);
    });
    if (at == siblings.end() || *at != item)
        at = std::find(siblings.begin(), siblings.end(), item);
    if (at != siblings.end())
        siblings.erase(at);
    item->parent = nullptr;
    item->linked = false;
}

void OutlineModel::reparent(Item *item, Item *parent, const QString *newName)
{
    const int first = m_filter.isActive() ? -1 : rowOf(item);
    QList<Item *> block;
    if (first >= 0)
        shownSubtree(item, block);
    const int count = int(block.size());
    Item *oldParent = item->parent;
    unlink(item);
    if (newName) {
        // Its folding goes with it (by name, so that it also outlives an undo).
        const bool collapsed = m_collapsed.remove(item->name);
        item->name = *newName;
        if (collapsed)
            m_collapsed.insert(*newName);
    }
    link(item, parent);
    if (m_filter.isActive()) {
        resetRows();
        return;
    }
    const bool shown = isShown(item);
    if (first < 0 && shown) {
        insertRowsOf(item);
    } else if (first >= 0 && !shown) {
        removeRowsAt(first, count);
    } else if (first >= 0) {
        int to = insertionRow(item); // counted with the block still in place
        if (to > first)
            to -= count;
        if (to != first) {
            beginMoveRows(QModelIndex(),
                          first,
                          first + count - 1,
                          QModelIndex(),
                          to < first ? to : to + count);
            const auto begin = m_rows.begin();
            if (to < first)
                std::rotate(begin + to, begin + first, begin + first + count);
            else
                std::rotate(begin + first, begin + first + count, begin + to + count);
            endMoveRows();
        }
        if (oldParent != parent) // their depth changed
            emit dataChanged(index(to), index(to + count - 1));
    }
    if (oldParent != parent) {
        changed(oldParent);
        changed(parent);
    }
}

bool OutlineModel::isShown(const Item *item) const
{
    if (m_filter.isActive())
        return item->linked && rowOf(item) >= 0;
    for (const Item *up = item->parent; up; up = up->parent) {
        if (m_collapsed.contains(up->name))
            return false;
    }
    return item->linked;
}

int OutlineModel::rowOf(const Item *item) const
{
    // Rows move by the few inserted or removed before them, so the search starts where the row
    // was last seen and widens from there; nothing has to be kept current edit by edit.
    const int size = int(m_rows.size());
    const int hint = qBound(0, item->rowHint, qMax(0, size - 1));
    for (int distance = 0; distance < size; ++distance) {
        const int before = hint - distance;
        const int after = hint + distance;
        if (before < 0 && after >= size)
            break;
        if (after < size && m_rows[after] == item)
            return item->rowHint = after;
        if (before >= 0 && m_rows[before] == item)
            return item->rowHint = before;
    }
    return -1;
}

void OutlineModel::noteRows(int first)
{
    for (int row = first; row < m_rows.size(); ++row)
        m_rows[row]->rowHint = row;
}

void OutlineModel::shownSubtree(Item *item, QList<Item *> &rows) const
{
    rows.append(item);
    if (m_collapsed.contains(item->name))
        return;
    for (Item *child : std::as_const(item->children))
        shownSubtree(child, rows);
}

int OutlineModel::insertionRow(const Item *item) const
{
    // The next sibling of the item or of its nearest host that has one: shown, since the
    // item is shown and so are its hosts.
    for (const Item *at = item; at; at = at->parent) {
        const QList<Item *> &siblings = at->parent ? at->parent->children : m_roots;
        const qsizetype position = siblings.indexOf(const_cast<Item *>(at));
        if (position + 1 < siblings.size())
            return rowOf(siblings[position + 1]);
    }
    return int(m_rows.size());
}

void OutlineModel::insertRowsOf(Item *item)
{
    QList<Item *> rows;
    shownSubtree(item, rows);
    insertRowsAt(insertionRow(item), rows);
}

void OutlineModel::insertRowsAt(int first, const QList<Item *> &rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows(QModelIndex(), first, first + int(rows.size()) - 1);
    m_rows.insert(first, rows.size(), nullptr);
    std::copy(rows.cbegin(), rows.cend(), m_rows.begin() + first);
    for (int i = 0; i < rows.size(); ++i)
        rows[i]->rowHint = first + i;
    endInsertRows();
}

void OutlineModel::removeRowsAt(int first, int count)
{
    if (count == 0)
        return;
    beginRemoveRows(QModelIndex(), first, first + count - 1);
    m_rows.remove(first, count);
    endRemoveRows();
}

void OutlineModel::changed(const Item *item)
{
    // A node under a folded host has no row to look for.
    const int row = item && (m_filter.isActive() || isShown(item)) ? rowOf(item) : -1;
    if (row >= 0)
        emit dataChanged(index(row), index(row));
}

} // namespace Topologist
