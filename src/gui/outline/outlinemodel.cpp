// SPDX-License-Identifier: GPL-3.0-or-later
#include "outline/outlinemodel.h"

#include "icons.h"
#include "problems/severityicons.h"
#include "topologydocument.h"
#include "types/hosting.h"
#include "types/typenames.h"

#include <QCoreApplication>
#include <QSet>

namespace Topologist {

namespace {

/// A row that builds its tooltip when asked: the node's problems are only read on hover.
class OutlineItem : public QStandardItem
{
public:
    using QStandardItem::QStandardItem;

    int type() const override { return UserType + 1; }

    QVariant data(int role) const override
    {
        if (role != Qt::ToolTipRole)
            return QStandardItem::data(role);
        auto *outline = static_cast<OutlineModel *>(model());
        TopologyDocument *document = outline ? outline->document() : nullptr;
        const QString name = QStandardItem::data(OutlineModel::NameRole).toString();
        QString tip
            = QStringLiteral(
                  "<p style='white-space:pre'><b>%1</b><br/><span style='color:gray'>%2</span></p>")
                  .arg(name.toHtmlEscaped(),
                       QStandardItem::data(OutlineModel::TypeRole).toString().toHtmlEscaped());
        if (!document)
            return tip;
        const Problems problems = document->problemsAbout(name);
        for (int i = 0; i < problems.size() && i < 5; ++i)
            tip += QStringLiteral("<p>%1 %2</p>")
                       .arg(SeverityIcons::name(problems[i].severity).toHtmlEscaped(),
                            problems[i].message.toHtmlEscaped());
        if (problems.size() > 5)
            tip += QCoreApplication::translate("OutlineModel", "<p>... and %1 more</p>")
                       .arg(problems.size() - 5);
        return tip;
    }
};

} // namespace

OutlineModel::OutlineModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setColumnCount(1);
}

OutlineModel::~OutlineModel() = default;

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

QStandardItem *OutlineModel::createItem(const QString &node)
{
    auto *item = new OutlineItem;
    item->setEditable(false);
    item->setDragEnabled(false);
    item->setDropEnabled(false);
    item->setData(node, NameRole);
    item->setData(node, Qt::DisplayRole);
    item->setData(-1, SeverityRole);
    item->setData(0, ProblemCountRole);
    updateItem(item);
    m_items.insert(node, item);
    return item;
}

void OutlineModel::updateItem(QStandardItem *item)
{
    const QString name = item->data(NameRole).toString();
    const NodeTemplate *node = m_document->topology().node(name);
    const QString type = node ? node->type : QString();
    if (item->data(TypeRole).toString() == type && item->data(TypeRole).isValid())
        return;
    item->setData(type, TypeRole);
    item->setData(TypeNames::shortName(type), ShortTypeRole);
    item->setData(Icons::forNodeType(m_document->catalog(), m_document->types(), type),
                  Qt::DecorationRole);
}

QStandardItem *OutlineModel::hostItemFor(QStandardItem *item, const QString &host) const
{
    QStandardItem *hostItem = host.isEmpty() ? nullptr : m_items.value(host);
    // A hosting loop (an invalid topology can have one) would make the tree cyclic: such a
    // node stays at the top level, where the problem list explains it.
    for (QStandardItem *up = hostItem; up; up = up->parent()) {
        if (up == item)
            return nullptr;
    }
    return hostItem;
}

void OutlineModel::place(QStandardItem *item, bool detachFirst)
{
    const QString name = item->data(NameRole).toString();
    const QString host = hostOf(name);
    const auto previous = m_hostOf.constFind(name);
    if (previous != m_hostOf.constEnd())
        m_waiting.remove(*previous, name);
    m_hostOf.insert(name, host);
    QStandardItem *target = hostItemFor(item, host);
    if (!host.isEmpty() && !m_items.contains(host))
        m_waiting.insert(host, name);
    QStandardItem *parent = target ? target : invisibleRootItem();
    if (detachFirst) {
        QStandardItem *current = item->parent() ? item->parent() : invisibleRootItem();
        if (current == parent)
            return;
        const QList<QStandardItem *> row = current->takeRow(item->row());
        Q_ASSERT(row.size() == 1 && row.first() == item);
    }
    parent->appendRow(item);
}

void OutlineModel::rebuild()
{
    // One reset for the whole tree, with the per-row signals of building it silenced: a
    // thousand-node topology would otherwise emit a thousand insertions into the views.
    // (QStandardItem::appendRows() would be the batch call, but it does not hand the model
    // to grandchildren of the rows it inserts.)
    beginResetModel();
    {
        const QSignalBlocker blocker(this);
        removeRows(0, rowCount());
        m_items.clear();
        m_hostOf.clear();
        m_waiting.clear();
        m_marks.clear();
        if (m_document) {
            const QList<NodeTemplate> &nodes = m_document->topology().nodes();
            for (const NodeTemplate &node : nodes) {
                if (!m_items.contains(node.name))
                    createItem(node.name);
            }
            QList<QStandardItem *> roots;
            QSet<QString> done;
            for (const NodeTemplate &node : nodes) {
                if (done.contains(node.name))
                    continue;
                done.insert(node.name);
                QStandardItem *item = m_items.value(node.name);
                const QString host = hostOf(node.name);
                m_hostOf.insert(node.name, host);
                if (!host.isEmpty() && !m_items.contains(host))
                    m_waiting.insert(host, node.name);
                if (QStandardItem *hostItem = hostItemFor(item, host))
                    hostItem->appendRow(item);
                else
                    roots.append(item);
            }
            for (QStandardItem *root : std::as_const(roots))
                invisibleRootItem()->appendRow(root);
        }
    }
    endResetModel();
    updateProblems();
}

void OutlineModel::nodeAdded(const QString &node)
{
    if (m_items.contains(node)) {
        nodeChanged(node);
        return;
    }
    QStandardItem *item = createItem(node);
    place(item, false);
    // Nodes that named this one as their host before it existed (a rename, an undo) move in.
    const QStringList waiting = m_waiting.values(node);
    for (const QString &child : waiting) {
        if (QStandardItem *childItem = m_items.value(child))
            place(childItem, true);
    }
}

void OutlineModel::nodeRemoved(const QString &node)
{
    QStandardItem *item = m_items.take(node);
    const auto host = m_hostOf.constFind(node);
    if (host != m_hostOf.constEnd()) {
        m_waiting.remove(*host, node);
        m_hostOf.erase(host);
    }
    m_marks.remove(node);
    if (!item)
        return;
    // Hosted nodes that outlive their host wait at the top level for it to come back.
    while (item->rowCount() > 0) {
        const QList<QStandardItem *> row = item->takeRow(0);
        m_waiting.insert(node, row.first()->data(NameRole).toString());
        invisibleRootItem()->appendRow(row);
    }
    QStandardItem *parent = item->parent() ? item->parent() : invisibleRootItem();
    parent->removeRow(item->row());
}

void OutlineModel::nodeRenamed(const QString &from, const QString &to)
{
    // The same row under another name: its place, its children, and the view's expansion and
    // selection of it all stay.
    QStandardItem *item = m_items.take(from);
    if (!item) {
        nodeAdded(to);
        return;
    }
    m_items.insert(to, item);
    // Both roles in one change: the sorting filter above re-sorts once, not twice (each time
    // among all the top-level rows).
    setItemData(item->index(), {{NameRole, to}, {Qt::DisplayRole, to}});
    const auto host = m_hostOf.constFind(from);
    if (host != m_hostOf.constEnd()) {
        const QString hostName = *host;
        m_hostOf.erase(host);
        m_hostOf.insert(to, hostName);
        if (m_waiting.remove(hostName, from) > 0)
            m_waiting.insert(hostName, to);
    }
    // Its hosted nodes now name `to` as their host (the edit retargeted them).
    for (auto it = m_hostOf.begin(); it != m_hostOf.end(); ++it) {
        if (it.value() == from)
            it.value() = to;
    }
    if (m_marks.contains(from))
        m_marks.insert(to, m_marks.take(from));
}

void OutlineModel::nodeChanged(const QString &node)
{
    QStandardItem *item = m_items.value(node);
    if (!item) {
        nodeAdded(node);
        return;
    }
    updateItem(item);
    // Most edits (a property typed in) leave the hosting alone: no move, no signal.
    if (m_hostOf.value(node) != hostOf(node))
        place(item, true);
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
    if (QStandardItem *item = m_items.value(node)) {
        item->setData(mark.first, SeverityRole);
        item->setData(mark.second, ProblemCountRole);
    }
}

} // namespace Topologist
