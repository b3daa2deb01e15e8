// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Topologist {

/// Draws the palette: archive rows as section headers (name, version, type count), type rows
/// with a large icon, the short name (italic with an "abstract" tag for abstract types) and
/// the first sentence of the description below it.
class TypePaletteDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int IconSize = 32;

private:
    void paintArchive(QPainter *painter,
                      const QStyleOptionViewItem &option,
                      const QModelIndex &index) const;
    void paintType(QPainter *painter,
                   const QStyleOptionViewItem &option,
                   const QModelIndex &index) const;
};

} // namespace Topologist
