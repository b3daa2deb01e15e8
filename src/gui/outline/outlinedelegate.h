// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Topologist {

/// An outline row: indented by its depth in the hosting, a folding arrow when nodes are hosted
/// on it, type icon, node name, the type's short name in grey, and at the right the marker of
/// the node's worst problem with their number.
class OutlineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Where the folding arrow of a row at `depth` is drawn (and clicked).
    static QRect arrowRect(const QRect &row, int depth);
};

} // namespace Topologist
