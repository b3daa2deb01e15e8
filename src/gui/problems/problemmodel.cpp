// SPDX-License-Identifier: GPL-3.0-or-later
#include "problems/problemmodel.h"
#include "plaintext.h"

#include "icons.h"
#include "problems/severityicons.h"
#include "topologydocument.h"

#include <QApplication>
#include <QFileInfo>
#include <QFont>
#include <QHash>
#include <QStyle>

#include <algorithm>
#include <array>

namespace Topologist {

struct ProblemModel::NodeGroup
{
    SeverityGroup *parent = nullptr;
    /// Its place among the node groups of its severity.
    int row = 0;
    /// The row of its header among the rows of its severity; its problems follow it.
    int firstRow = 0;
    bool folded = false;
    QString node;
    Problems problems;

    int rowCount() const { return 1 + (folded ? 0 : int(problems.size())); }
};

struct ProblemModel::SeverityGroup
{
    Severity severity = Severity::Error;
    int row = 0;
    int count = 0;
    /// Headers and problem rows of all its node groups.
    int rowCount = 0;
    std::vector<std::unique_ptr<NodeGroup>> nodes;
    /// The node groups the user folded, by node name (they may come and go with edits).
    QSet<QString> folded;

    /// The row where the node group at `index` starts: after the rows of those before it.
    int rowsBefore(size_t index) const
    {
        return index == 0 ? 0 : nodes[index - 1]->firstRow + nodes[index - 1]->rowCount();
    }

    void renumber(size_t from)
    {
        int next = rowsBefore(from);
        for (size_t i = from; i < nodes.size(); ++i) {
            nodes[i]->row = int(i);
            nodes[i]->firstRow = next;
            next += nodes[i]->rowCount();
        }
        rowCount = next;
    }

    /// The node group whose header or problem is at `row`.
    NodeGroup *groupAt(int row) const
    {
        const auto after
            = std::upper_bound(nodes.begin(), nodes.end(), row, [](int wanted, const auto &group) {
                  return wanted < group->firstRow;
              });
        return after == nodes.begin() ? nullptr : std::prev(after)->get();
    }
};

namespace {

constexpr std::array<Severity, 3> severities = {Severity::Error, Severity::Warning, Severity::Info};

/// Topology-wide problems first, then nodes by name as people read them.
bool nodeLess(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() && !b.isEmpty();
    const int order = a.compare(b, Qt::CaseInsensitive);
    return order != 0 ? order < 0 : a < b;
}

/// In node groups sorted by nodeLess, the first that does not come before `node`.
template<typename NodeGroups>
auto firstGroupNotBefore(NodeGroups &groups, const QString &node)
{
    return std::lower_bound(
        groups.begin(), groups.end(), node, [](const auto &nodeGroup, const QString &name) {
            return nodeLess(nodeGroup->node, name);
        });
}

bool sameFixes(const QuickFixes &a, const QuickFixes &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].description != b[i].description)
            return false;
    }
    return true;
}

/// Same as far as the row shows (and its context menu offers).
bool sameProblem(const Problem &a, const Problem &b)
{
    return a.severity == b.severity && a.code == b.code && a.node == b.node && a.member == b.member
           && a.requirementIndex == b.requirementIndex && a.message == b.message
           && a.location == b.location && sameFixes(a.fixes, b.fixes);
}

QString locationLabel(const SourceLocation &location)
{
    if (!location.isValid())
        return QString();
    const QString file = QFileInfo(location.file).fileName();
    return location.line > 0 ? file + QLatin1Char(':') + QString::number(location.line) : file;
}

/// Structural changes beyond which a model reset is cheaper than row-by-row signals (each
/// insertion or removal renumbers the rows after it).
constexpr int maxIncrementalChanges = 64;

} // namespace

ProblemModel::ProblemModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    for (Severity severity : severities) {
        auto group = std::make_unique<SeverityGroup>();
        group->severity = severity;
        group->row = int(m_severities.size());
        m_severities.push_back(std::move(group));
    }
}

ProblemModel::~ProblemModel() = default;

void ProblemModel::setDocument(TopologyDocument *document)
{
    beginResetModel();
    m_document = document;
    for (auto &severity : m_severities) {
        severity->nodes.clear();
        severity->count = 0;
        severity->rowCount = 0;
    }
    endResetModel();
    refresh();
}

int ProblemModel::refresh()
{
    if (m_document && !m_document->lastProblemChanges().all)
        return refreshNodes(m_document->lastProblemChanges().nodes);
    static const Problems none;
    const Problems &all = m_document ? m_document->problems() : none;
    std::array<QHash<QString, Problems>, 3> buckets;
    for (const Problem &problem : all)
        buckets[size_t(problem.severity)][problem.node].append(problem);

    std::array<std::vector<std::pair<QString, Problems>>, 3> fresh;
    int structural = 0;
    for (size_t s = 0; s < severities.size(); ++s) {
        fresh[s].reserve(size_t(buckets[s].size()));
        for (auto it = buckets[s].begin(); it != buckets[s].end(); ++it)
            fresh[s].emplace_back(it.key(), std::move(it.value()));
        std::sort(fresh[s].begin(), fresh[s].end(), [](const auto &a, const auto &b) {
            return nodeLess(a.first, b.first);
        });
        // Count the node rows that would appear or disappear.
        const auto &old = m_severities[s]->nodes;
        size_t i = 0;
        size_t j = 0;
        while (i < old.size() || j < fresh[s].size()) {
            if (j == fresh[s].size()
                || (i < old.size() && nodeLess(old[i]->node, fresh[s][j].first))) {
                ++structural;
                ++i;
            } else if (i == old.size() || nodeLess(fresh[s][j].first, old[i]->node)) {
                ++structural;
                ++j;
            } else {
                ++i;
                ++j;
            }
        }
    }

    if (structural > maxIncrementalChanges) {
        beginResetModel();
        for (size_t s = 0; s < severities.size(); ++s) {
            SeverityGroup &group = *m_severities[s];
            group.nodes.clear();
            group.count = 0;
            for (auto &[node, problems] : fresh[s]) {
                auto nodeGroup = std::make_unique<NodeGroup>();
                nodeGroup->parent = &group;
                nodeGroup->node = node;
                nodeGroup->folded = group.folded.contains(node);
                nodeGroup->problems = std::move(problems);
                group.count += int(nodeGroup->problems.size());
                group.nodes.push_back(std::move(nodeGroup));
            }
            group.renumber(0);
        }
        endResetModel();
        return structural;
    }

    int changed = 0;
    for (size_t s = 0; s < severities.size(); ++s) {
        const int before = m_severities[s]->count;
        const size_t groupsBefore = m_severities[s]->nodes.size();
        diffSeverity(int(s), fresh[s]);
        int count = 0;
        for (const auto &nodeGroup : m_severities[s]->nodes)
            count += int(nodeGroup->problems.size());
        m_severities[s]->count = count;
        if (count != before || groupsBefore != m_severities[s]->nodes.size()) {
            const QModelIndex row = index(int(s), 0);
            emit dataChanged(row, row.siblingAtColumn(ColumnCount - 1));
            ++changed;
        }
    }
    return changed;
}

int ProblemModel::refreshNodes(const QSet<QString> &nodes)
{
    QStringList names(nodes.cbegin(), nodes.cend());
    std::sort(names.begin(), names.end(), nodeLess);
    std::array<std::vector<std::pair<QString, Problems>>, 3> fresh;
    for (const QString &name : std::as_const(names)) {
        std::array<Problems, 3> bySeverity;
        for (const Problem &problem : m_document->problemsAbout(name))
            bySeverity[size_t(problem.severity)].append(problem);
        for (size_t s = 0; s < severities.size(); ++s)
            fresh[s].emplace_back(name, std::move(bySeverity[s]));
    }
    int changed = 0;
    for (size_t s = 0; s < severities.size(); ++s) {
        const int before = m_severities[s]->count;
        const size_t groupsBefore = m_severities[s]->nodes.size();
        patchSeverity(int(s), fresh[s]);
        if (m_severities[s]->count != before || groupsBefore != m_severities[s]->nodes.size()) {
            const QModelIndex row = index(int(s), 0);
            emit dataChanged(row, row.siblingAtColumn(ColumnCount - 1));
            ++changed;
        }
    }
    return changed;
}

void ProblemModel::patchSeverity(int severityRow, std::vector<std::pair<QString, Problems>> &fresh)
{
    SeverityGroup &group = *m_severities[size_t(severityRow)];
    const QModelIndex parentIndex = index(severityRow, 0);
    for (auto &[node, problems] : fresh) {
        const auto at = firstGroupNotBefore(group.nodes, node);
        const int i = int(at - group.nodes.begin());
        const bool shown = at != group.nodes.end() && (*at)->node == node;
        if (shown && problems.isEmpty()) {
            group.count -= int((*at)->problems.size());
            removeNodeGroup(group, parentIndex, i);
        } else if (shown) {
            group.count += int(problems.size()) - int((*at)->problems.size());
            replaceProblems(**at, problems);
        } else if (!problems.isEmpty()) {
            group.count += int(problems.size());
            insertNodeGroup(group, parentIndex, i, node, std::move(problems));
        }
    }
}

void ProblemModel::removeNodeGroup(SeverityGroup &group, const QModelIndex &parent, int row)
{
    const NodeGroup &nodeGroup = *group.nodes[size_t(row)];
    beginRemoveRows(parent, nodeGroup.firstRow, nodeGroup.firstRow + nodeGroup.rowCount() - 1);
    group.nodes.erase(group.nodes.begin() + row);
    group.renumber(size_t(row));
    endRemoveRows();
}

void ProblemModel::insertNodeGroup(SeverityGroup &group,
                                   const QModelIndex &parent,
                                   int row,
                                   const QString &node,
                                   Problems &&problems)
{
    auto nodeGroup = std::make_unique<NodeGroup>();
    nodeGroup->parent = &group;
    nodeGroup->node = node;
    nodeGroup->folded = group.folded.contains(node);
    nodeGroup->problems = std::move(problems);
    const int first = group.rowsBefore(size_t(row));
    beginInsertRows(parent, first, first + nodeGroup->rowCount() - 1);
    group.nodes.insert(group.nodes.begin() + row, std::move(nodeGroup));
    group.renumber(size_t(row));
    endInsertRows();
}

void ProblemModel::diffSeverity(int severityRow, std::vector<std::pair<QString, Problems>> &fresh)
{
    SeverityGroup &group = *m_severities[size_t(severityRow)];
    const QModelIndex parentIndex = index(severityRow, 0);
    size_t i = 0;
    size_t j = 0;
    while (i < group.nodes.size() || j < fresh.size()) {
        if (j == fresh.size()
            || (i < group.nodes.size() && nodeLess(group.nodes[i]->node, fresh[j].first))) {
            removeNodeGroup(group, parentIndex, int(i));
        } else if (i == group.nodes.size() || nodeLess(fresh[j].first, group.nodes[i]->node)) {
            insertNodeGroup(group, parentIndex, int(i), fresh[j].first, std::move(fresh[j].second));
            ++i;
            ++j;
        } else {
            replaceProblems(*group.nodes[i], fresh[j].second);
            ++i;
            ++j;
        }
    }
}

void ProblemModel::replaceProblems(NodeGroup &group, Problems &fresh)
{
    Problems &old = group.problems;
    const int n = int(old.size());
    const int m = int(fresh.size());
    // Keep the common head and tail where they are; the middle is replaced in place, then
    // grown or shrunk at its end.
    int head = 0;
    while (head < n && head < m && sameProblem(old[head], fresh[head]))
        ++head;
    if (head == n && n == m) {
        old = std::move(fresh); // same rows; take the new copies (fix edits may differ)
        return;
    }
    int tail = 0;
    while (tail < n - head && tail < m - head
           && sameProblem(old[n - 1 - tail], fresh[m - 1 - tail]))
        ++tail;
    SeverityGroup &severity = *group.parent;
    const QModelIndex severityIndex = index(severity.row, 0);
    // A folded group shows no problem rows: only its header's count changes.
    const int rows = group.folded ? 0 : 1;
    const int oldMiddle = n - head - tail;
    const int newMiddle = m - head - tail;
    const int common = qMin(oldMiddle, newMiddle);
    for (int k = 0; k < common; ++k)
        old[head + k] = fresh[head + k];
    const int first = group.firstRow + 1 + head;
    if (common > 0 && rows) {
        emit dataChanged(index(first, 0, severityIndex),
                         index(first + common - 1, ColumnCount - 1, severityIndex));
    }
    if (newMiddle > oldMiddle) {
        const int at = first + common;
        if (rows)
            beginInsertRows(severityIndex, at, at + newMiddle - oldMiddle - 1);
        for (int k = common; k < newMiddle; ++k)
            old.insert(head + k, fresh[head + k]);
        severity.renumber(size_t(group.row));
        if (rows)
            endInsertRows();
    } else if (newMiddle < oldMiddle) {
        const int at = first + common;
        if (rows)
            beginRemoveRows(severityIndex, at, at + oldMiddle - newMiddle - 1);
        old.remove(head + common, oldMiddle - newMiddle);
        severity.renumber(size_t(group.row));
        if (rows)
            endRemoveRows();
    }
    // Refresh the copies of the unchanged rows too (quick fix edits are not compared).
    old = std::move(fresh);
    const QModelIndex header = index(group.firstRow, 0, severityIndex);
    emit dataChanged(header, header.siblingAtColumn(ColumnCount - 1));
}

void ProblemModel::setFolded(const QModelIndex &header, bool folded)
{
    NodeGroup *group = nodeGroupAt(header);
    if (!group || group->folded == folded)
        return;
    SeverityGroup &severity = *group->parent;
    if (folded)
        severity.folded.insert(group->node);
    else
        severity.folded.remove(group->node);
    const QModelIndex severityIndex = index(severity.row, 0);
    const int first = group->firstRow + 1;
    const int count = int(group->problems.size());
    if (count > 0) {
        if (folded)
            beginRemoveRows(severityIndex, first, first + count - 1);
        else
            beginInsertRows(severityIndex, first, first + count - 1);
    }
    group->folded = folded;
    severity.renumber(size_t(group->row));
    if (count > 0) {
        if (folded)
            endRemoveRows();
        else
            endInsertRows();
    }
    const QModelIndex row = index(group->firstRow, 0, severityIndex);
    emit dataChanged(row, row.siblingAtColumn(ColumnCount - 1));
}

bool ProblemModel::isFolded(const QModelIndex &header) const
{
    const NodeGroup *group = nodeGroupAt(header);
    return group && group->folded;
}

void ProblemModel::setAllFolded(bool folded)
{
    beginResetModel();
    for (auto &severity : m_severities) {
        severity->folded.clear();
        for (auto &group : severity->nodes) {
            group->folded = folded;
            if (folded)
                severity->folded.insert(group->node);
        }
        severity->renumber(0);
    }
    endResetModel();
}

Problems ProblemModel::problemsOfGroup(const QModelIndex &index) const
{
    if (const NodeGroup *group = nodeGroupAt(index))
        return group->problems;
    if (const Problem *problem = problemAt(index))
        return {*problem};
    Problems problems;
    if (index.isValid() && !index.internalPointer()) {
        for (const auto &group : m_severities[size_t(index.row())]->nodes)
            problems += group->problems;
    }
    return problems;
}

ProblemModel::NodeGroup *ProblemModel::nodeGroupAt(const QModelIndex &index) const
{
    if (!index.isValid() || !index.internalPointer())
        return nullptr;
    auto *severity = static_cast<SeverityGroup *>(index.internalPointer());
    NodeGroup *group = severity->groupAt(index.row());
    return group && group->firstRow == index.row() ? group : nullptr;
}

const Problem *ProblemModel::problemAt(const QModelIndex &index) const
{
    if (!index.isValid() || !index.internalPointer())
        return nullptr;
    auto *severity = static_cast<SeverityGroup *>(index.internalPointer());
    const NodeGroup *group = severity->groupAt(index.row());
    const int problem = group ? index.row() - group->firstRow - 1 : -1;
    return group && !group->folded && problem >= 0 && problem < group->problems.size()
               ? &group->problems[problem]
               : nullptr;
}

int ProblemModel::count(Severity severity) const
{
    return m_severities[size_t(severity)]->count;
}

QModelIndex ProblemModel::nodeIndex(Severity severity, const QString &node) const
{
    const SeverityGroup &group = *m_severities[size_t(severity)];
    const auto it = firstGroupNotBefore(group.nodes, node);
    if (it == group.nodes.end() || (*it)->node != node)
        return QModelIndex();
    return createIndex((*it)->firstRow, 0, const_cast<SeverityGroup *>(&group));
}

QModelIndex ProblemModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return QModelIndex();
    if (!parent.isValid())
        return row < int(m_severities.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.column() != 0 || parent.internalPointer())
        return QModelIndex();
    SeverityGroup *group = m_severities[size_t(parent.row())].get();
    return row < group->rowCount ? createIndex(row, column, group) : QModelIndex();
}

QModelIndex ProblemModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalPointer())
        return QModelIndex();
    return createIndex(static_cast<SeverityGroup *>(child.internalPointer())->row, 0, nullptr);
}

int ProblemModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_severities.size());
    if (parent.column() != 0 || parent.internalPointer())
        return 0;
    return m_severities[size_t(parent.row())]->rowCount;
}

int ProblemModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ProblemModel::fileLabel() const
{
    return m_document ? m_document->displayName() : tr("Topology");
}

QVariant ProblemModel::severityData(const SeverityGroup &group, int column, int role) const
{
    if (column != DescriptionColumn) {
        return role == KindRole       ? QVariant(int(SeverityRow))
               : role == SeverityRole ? QVariant(int(group.severity))
                                      : QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 (%2)")
            .arg(SeverityIcons::plural(group.severity))
            .arg(group.count);
    case Qt::DecorationRole:
        return SeverityIcons::forSeverity(group.severity);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case KindRole:
        return int(SeverityRow);
    case SeverityRole:
        return int(group.severity);
    default:
        return QVariant();
    }
}

QVariant ProblemModel::nodeData(const NodeGroup &group, int column, int role) const
{
    if (role == KindRole)
        return int(NodeRow);
    if (role == FoldedRole)
        return group.folded;
    if (role == SeverityRole)
        return int(group.parent->severity);
    if (role == NodeRole)
        return group.node;
    if (column != DescriptionColumn)
        return QVariant();
    const NodeTemplate *node
        = m_document && !group.node.isEmpty() ? m_document->topology().node(group.node) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 (%2)")
            .arg(group.node.isEmpty() ? fileLabel() : group.node)
            .arg(group.problems.size());
    case Qt::DecorationRole:
        if (group.node.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
        if (node)
            return Icons::forNodeType(m_document->catalog(), m_document->types(), node->type);
        return Icons::nodeGeneric();
    case Qt::ToolTipRole:
        if (group.node.isEmpty())
            return tr("Problems of the topology as a whole");
        return PlainText::toHtml(node ? QStringLiteral("%1 (%2)").arg(group.node, node->type)
                                      : group.node);
    default:
        return QVariant();
    }
}

QVariant ProblemModel::problemData(const Problem &problem, int column, int role) const
{
    switch (role) {
    case KindRole:
        return int(ProblemRow);
    case SeverityRole:
        return int(problem.severity);
    case NodeRole:
        return problem.node;
    case FoldedRole:
        return false;
    case FixCountRole:
        return int(problem.fixes.size());
    case FromServerRole:
        return TopologyDocument::isServerProblem(problem);
    case SearchTextRole:
        return searchText(problem);
    case Qt::ToolTipRole:
        return toolTip(problem);
    default:
        return columnData(problem, column, role);
    }
}

QString ProblemModel::searchText(const Problem &problem)
{
    QStringList text({problem.message,
                      problem.code,
                      problem.node,
                      problem.member.toString(),
                      locationLabel(problem.location)});
    if (TopologyDocument::isServerProblem(problem))
        text << QStringLiteral("Alien4Cloud");
    return text.join(QLatin1Char('\n'));
}

QString ProblemModel::toolTip(const Problem &problem) const
{
    const bool fromServer = TopologyDocument::isServerProblem(problem);
    QString tip = QStringLiteral("<p><b>%1</b> %2</p>")
                      .arg(problem.code.toHtmlEscaped(), problem.message.toHtmlEscaped());
    if (!problem.node.isEmpty()) {
        tip += QStringLiteral("<p>%1</p>")
                   .arg(problem.member.isEmpty()
                            ? problem.node.toHtmlEscaped()
                            : QStringLiteral("%1 &mdash; %2")
                                  .arg(problem.node.toHtmlEscaped(),
                                       problem.member.toString().toHtmlEscaped()));
    }
    if (problem.location.isValid())
        tip += QStringLiteral("<p style='color:gray'>%1</p>")
                   .arg(problem.location.toString().toHtmlEscaped());
    if (fromServer) {
        const QString server = m_document ? m_document->serverProblemsSource() : QString();
        tip += tr("<p><i>Reported by Alien4Cloud%1 on the last push; it stays until the next "
                  "push or until you clear it.</i></p>")
                   .arg(server.isEmpty() ? QString()
                                         : QStringLiteral(" (%1)").arg(server.toHtmlEscaped()));
    }
    if (!problem.fixes.isEmpty()) {
        QStringList fixes;
        for (const QuickFix &fix : problem.fixes)
            fixes << fix.description.toHtmlEscaped();
        tip += tr("<p>Quick fixes (context menu):<br/>&bull; %1</p>")
                   .arg(fixes.join(QStringLiteral("<br/>&bull; ")));
    }
    return tip;
}

QVariant ProblemModel::columnData(const Problem &problem, int column, int role) const
{
    const bool fromServer = TopologyDocument::isServerProblem(problem);
    switch (column) {
    case DescriptionColumn:
        if (role == Qt::DisplayRole)
            return problem.message;
        if (role == Qt::DecorationRole)
            return SeverityIcons::forSeverity(problem.severity);
        break;
    case CodeColumn:
        if (role == Qt::DisplayRole)
            return problem.code;
        if (role == Qt::DecorationRole && !problem.fixes.isEmpty())
            return SeverityIcons::quickFix();
        // The validator's and the server's problems sit side by side; the icon tells them apart.
        if (role == Qt::DecorationRole && fromServer)
            return QApplication::style()->standardIcon(QStyle::SP_DriveNetIcon);
        break;
    case MemberColumn:
        if (role == Qt::DisplayRole)
            return problem.member.toString();
        break;
    case LocationColumn:
        if (role == Qt::DisplayRole && fromServer) {
            const QString where = locationLabel(problem.location);
            return where.isEmpty() ? tr("Alien4Cloud") : tr("Alien4Cloud · %1").arg(where);
        }
        if (role == Qt::DisplayRole)
            return locationLabel(problem.location);
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant ProblemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    auto *severity = static_cast<SeverityGroup *>(index.internalPointer());
    if (!severity)
        return severityData(*m_severities[size_t(index.row())], index.column(), role);
    const NodeGroup *group = severity->groupAt(index.row());
    if (!group)
        return QVariant();
    if (group->firstRow == index.row())
        return nodeData(*group, index.column(), role);
    const int problem = index.row() - group->firstRow - 1;
    return problem < group->problems.size()
               ? problemData(group->problems[problem], index.column(), role)
               : QVariant();
}

QVariant ProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case DescriptionColumn:
        return tr("Problem");
    case CodeColumn:
        return tr("Code");
    case MemberColumn:
        return tr("Member");
    case LocationColumn:
        return tr("Location");
    default:
        return QVariant();
    }
}

Qt::ItemFlags ProblemModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalPointer())
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

} // namespace Topologist
