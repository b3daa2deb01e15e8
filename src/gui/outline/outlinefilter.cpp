// SPDX-License-Identifier: GPL-3.0-or-later
#include "outline/outlinefilter.h"

#include "outline/outlinemodel.h"
#include "palette/typematcher.h"

namespace Topologist {

OutlineFilter::OutlineFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
    setSortRole(OutlineModel::NameRole);
}

void OutlineFilter::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_words = trimmed.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool OutlineFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString name = index.data(OutlineModel::NameRole).toString();
    const QString type = index.data(OutlineModel::TypeRole).toString();
    for (const QString &word : m_words) {
        if (!name.contains(word, Qt::CaseInsensitive) && !type.contains(word, Qt::CaseInsensitive)
            && !TypeMatcher::matchesHumps(word, name))
            return false;
    }
    return true;
}

bool OutlineFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int order = m_collator.compare(left.data(OutlineModel::NameRole).toString(),
                                         right.data(OutlineModel::NameRole).toString());
    return order != 0 ? order < 0 : left.row() < right.row();
}

} // namespace Topologist
