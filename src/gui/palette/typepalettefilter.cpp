// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette/typepalettefilter.h"

#include "palette/typepalettemodel.h"

namespace Topologist {

TypePaletteFilter::TypePaletteFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // An archive row stays while one of its types is shown.
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void TypePaletteFilter::setQuery(const QString &query)
{
    const QString trimmed = query.trimmed();
    if (trimmed == m_query)
        return;
    m_query = trimmed;
    m_matcher = TypeMatcher(trimmed);
    // invalidate(), not invalidateFilter(): the order of matches depends on the query.
    invalidate();
}

void TypePaletteFilter::setAllowedTypes(const std::optional<QSet<QString>> &types)
{
    if (types == m_allowed)
        return;
    m_allowed = types;
    invalidateFilter();
}

int TypePaletteFilter::scoreOf(const QModelIndex &index) const
{
    return m_matcher.score(index.data(TypePaletteModel::ShortNameRole).toString(),
                           index.data(TypePaletteModel::TypeNameRole).toString(),
                           index.data(TypePaletteModel::DescriptionRole).toString());
}

bool TypePaletteFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!sourceParent.isValid())
        return false; // archive rows show through their types (recursive filtering)
    // Other versions of an archive than the one a drop would import stay out of sight.
    if (!sourceParent.data(TypePaletteModel::OfferedRole).toBool())
        return false;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_allowed && !m_allowed->contains(index.data(TypePaletteModel::TypeNameRole).toString()))
        return false;
    return m_matcher.isEmpty() || scoreOf(index) >= 0;
}

int TypePaletteFilter::archiveRank(const QModelIndex &archive)
{
    // The document's own archives first, where its types are; the normative types last: they
    // are all abstract, and a new user took them for the ones to use.
    if (archive.data(TypePaletteModel::NormativeRole).toBool())
        return 2;
    return archive.data(TypePaletteModel::ImportedRole).toBool() ? 0 : 1;
}

bool TypePaletteFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!left.parent().isValid()) {
        const int a = archiveRank(left);
        const int b = archiveRank(right);
        return a != b ? a < b : left.row() < right.row();
    }
    // A search ranks the types it finds; otherwise the concrete ones come before the abstract.
    if (!m_matcher.isEmpty()) {
        const int a = scoreOf(left);
        const int b = scoreOf(right);
        if (a != b)
            return a < b;
    } else {
        const bool a = left.data(TypePaletteModel::AbstractRole).toBool();
        const bool b = right.data(TypePaletteModel::AbstractRole).toBool();
        if (a != b)
            return b;
    }
    return left.row() < right.row();
}

} // namespace Topologist
