// SPDX-License-Identifier: GPL-3.0-or-later
#include "problems/problemfilter.h"

#include "problems/problemmodel.h"

namespace Topologist {

ProblemFilter::ProblemFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void ProblemFilter::setSeverityShown(Severity severity, bool shown)
{
    if (m_shown[int(severity)] == shown)
        return;
    m_shown[int(severity)] = shown;
    invalidateFilter();
}

void ProblemFilter::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool ProblemFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // Severity and node rows show through their problems (recursive filtering).
    if (index.data(ProblemModel::KindRole).toInt() != ProblemModel::ProblemRow)
        return false;
    if (!m_shown[index.data(ProblemModel::SeverityRole).toInt()])
        return false;
    return m_text.isEmpty()
           || index.data(ProblemModel::SearchTextRole)
                  .toString()
                  .contains(m_text, Qt::CaseInsensitive);
}

} // namespace Topologist
