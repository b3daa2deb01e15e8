// SPDX-License-Identifier: GPL-3.0-or-later
#include "problems/problemfilter.h"

#include "problems/problemmodel.h"

#include <algorithm>

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
    const auto *model = static_cast<const ProblemModel *>(sourceModel());
    const QModelIndex index = model->index(sourceRow, 0, sourceParent);
    switch (index.data(ProblemModel::KindRole).toInt()) {
    case ProblemModel::SeverityRow: // shown through its rows (recursive filtering)
        return false;
    case ProblemModel::NodeRow: { // shown while one of its problems is, folded or not
        const Problems problems = model->problemsOfGroup(index);
        return std::any_of(problems.cbegin(), problems.cend(), [this](const Problem &problem) {
            return accepts(problem);
        });
    }
    default: {
        const Problem *problem = model->problemAt(index);
        return problem && accepts(*problem);
    }
    }
}

bool ProblemFilter::accepts(const Problem &problem) const
{
    if (!m_shown[int(problem.severity)])
        return false;
    return m_text.isEmpty()
           || ProblemModel::searchText(problem).contains(m_text, Qt::CaseInsensitive);
}

} // namespace Topologist
