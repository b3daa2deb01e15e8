// SPDX-License-Identifier: GPL-3.0-or-later
#include "properties/lazycombobox.h"

namespace Topologist {

LazyComboBox::LazyComboBox(QWidget *parent)
    : QComboBox(parent)
{}

void LazyComboBox::populate()
{
    if (m_populated)
        return;
    m_populated = true;
    emit populateRequested(this);
}

void LazyComboBox::showPopup()
{
    populate();
    QComboBox::showPopup();
}

void LazyComboBox::focusInEvent(QFocusEvent *event)
{
    // Keyboard users change the current item with the arrow keys without opening the popup.
    populate();
    QComboBox::focusInEvent(event);
}

} // namespace Topologist
