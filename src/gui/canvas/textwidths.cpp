// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/textwidths.h"

namespace Topologist {

TextWidths::TextWidths(const QFont &font)
    : m_metrics(font)
{}

qreal TextWidths::width(const QString &text)
{
    const auto found = m_widths.constFind(text);
    if (found != m_widths.constEnd())
        return *found;
    if (m_widths.size() >= Capacity)
        m_widths.clear();
    const qreal measured = m_metrics.horizontalAdvance(text);
    m_widths.insert(text, measured);
    return measured;
}

} // namespace Topologist
