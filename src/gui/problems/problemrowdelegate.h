// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Topologist {

/// The first column of the problem list: a node row with the arrow that folds its problems,
/// and problem rows indented under it (they are its siblings in the model, see ProblemModel).
class ProblemRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Where a node row's folding arrow is drawn (and clicked), in the cell `cell`.
    static QRect arrowRect(const QRect &cell);
    /// How far the content of a row of `kind` (ProblemModel::RowKind) is moved right.
    static int indentOf(int kind);
};

} // namespace Topologist
