// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/sectionpanel.h"

namespace Topologist {

void SectionPanel::documentChanged()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    refresh();
}

void SectionPanel::catchUp()
{
    if (m_stale) {
        m_stale = false;
        refresh();
    }
}

void SectionPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        documentChanged();
}

} // namespace Topologist
