// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/renameeditor.h"

#include <QKeyEvent>

namespace Topologist {

RenameEditor::RenameEditor(const QString &node, QWidget *parent)
    : QLineEdit(node, parent)
    , m_node(node)
{
    setFrame(true);
    setToolTip(tr("Letters, digits and underscores. Enter renames, Escape cancels."));
}

void RenameEditor::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit commitRequested(text(), false);
        event->accept();
        return;
    case Qt::Key_Escape:
        emit cancelRequested();
        event->accept();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void RenameEditor::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // A popup (the input method, a context menu) is not leaving.
    if (event->reason() != Qt::PopupFocusReason)
        emit commitRequested(text(), true);
}

} // namespace Topologist
