// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette/typepaletteview.h"

#include "palette/typepalettedelegate.h"
#include "palette/typepalettemodel.h"

#include <QDrag>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>

namespace Topologist {

TypePaletteView::TypePaletteView(QWidget *parent)
    : QTreeView(parent)
{
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(0);
    setUniformRowHeights(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setExpandsOnDoubleClick(false);
    setItemsExpandable(true);
    setAnimated(false);
    setMouseTracking(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    setFrameShape(QFrame::NoFrame);
    setItemDelegate(new TypePaletteDelegate(this));
}

void TypePaletteView::setEmptyText(const QString &text)
{
    if (text == m_emptyText)
        return;
    m_emptyText = text;
    viewport()->update();
}

QModelIndex TypePaletteView::firstType() const
{
    if (!model())
        return QModelIndex();
    for (int a = 0; a < model()->rowCount(); ++a) {
        const QModelIndex archive = model()->index(a, 0);
        if (isExpanded(archive) && model()->rowCount(archive) > 0)
            return model()->index(0, 0, archive);
    }
    return QModelIndex();
}

void TypePaletteView::focusFirstType()
{
    setFocus(Qt::TabFocusReason);
    const QModelIndex first = firstType();
    if (first.isValid()) {
        setCurrentIndex(first);
        scrollTo(first);
    }
}

void TypePaletteView::startDrag(Qt::DropActions)
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || current.data(TypePaletteModel::IsArchiveRole).toBool())
        return;
    QMimeData *data = model()->mimeData({current});
    if (!data)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(data);
    // The type's own icon under the cursor, as Alien4Cloud's palette does.
    const QIcon icon = qvariant_cast<QIcon>(current.data(Qt::DecorationRole));
    const qreal dpr = devicePixelRatioF();
    const QPixmap pixmap = icon.pixmap(QSize(40, 40), dpr);
    if (!pixmap.isNull()) {
        drag->setPixmap(pixmap);
        drag->setHotSpot(QPoint(20, 20));
    }
    drag->exec(Qt::CopyAction, Qt::CopyAction);
}

void TypePaletteView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Up && event->modifiers() == Qt::NoModifier
        && currentIndex().isValid() && currentIndex() == firstType()) {
        emit leaveTop();
        event->accept();
        return;
    }
    // Space and Enter fold an archive header (Left/Right do, as in any tree); on a type, they
    // add a node of it, as do Insert and the Menu key: the palette works without a mouse.
    const QModelIndex current = currentIndex();
    const int key = event->key();
    const bool enter = key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter;
    if (current.isValid() && current.data(TypePaletteModel::IsArchiveRole).toBool() && enter) {
        setExpanded(current, !isExpanded(current));
        event->accept();
        return;
    }
    if (current.isValid() && !current.data(TypePaletteModel::IsArchiveRole).toBool()
        && (enter || key == Qt::Key_Insert || key == Qt::Key_Menu)
        && event->modifiers() == Qt::NoModifier) {
        emit typeActivated(current);
        event->accept();
        return;
    }
    QTreeView::keyPressEvent(event);
}

void TypePaletteView::mousePressEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && index.isValid()
        && index.data(TypePaletteModel::IsArchiveRole).toBool()) {
        // The whole header folds, not just a small arrow.
        setExpanded(index, !isExpanded(index));
        event->accept();
        return;
    }
    QTreeView::mousePressEvent(event);
}

void TypePaletteView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (model() && model()->rowCount() == 0 && !m_emptyText.isEmpty()) {
        QPainter painter(viewport());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(16, 24, -16, -16),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         m_emptyText);
    }
}

} // namespace Topologist
