// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "palette/typematcher.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace Topologist {

/// What the palette shows of its model: types matching the search (best matches first within
/// each archive) and, with "Fits selection" on, only the types fitting the selected node.
/// Archives left without a type are hidden.
class TypePaletteFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TypePaletteFilter(QObject *parent = nullptr);

    void setQuery(const QString &query);
    QString query() const { return m_query; }
    /// Only these type names (nullopt: no restriction).
    void setAllowedTypes(const std::optional<QSet<QString>> &types);
    bool isRestricted() const { return m_allowed.has_value(); }
    /// Filters again after the model changed which archive versions it offers.
    void archivesChanged() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int scoreOf(const QModelIndex &sourceIndex) const;
    /// Where an archive row goes: the document's archives, the others, the normative types.
    static int archiveRank(const QModelIndex &archive);

    QString m_query;
    TypeMatcher m_matcher;
    std::optional<QSet<QString>> m_allowed;
};

} // namespace Topologist
