// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace Topologist {

/// Sorts the outline by node name (numbers in order: MesosSlave_2 before MesosSlave_10) and
/// filters it by name or type; the hosts of a match stay visible so it keeps its place.
class OutlineFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OutlineFilter(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QStringList m_words; ///< lower case
    QCollator m_collator;
};

} // namespace Topologist
