// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFontMetrics>
#include <QSize>

namespace Topologist {

/// The least size of a number field given `full`, Qt's own: that makes room for the whole
/// range (an int's "-2147483648", a double's more), which widened the Properties panel past a
/// small screen. Seven digits are kept; a longer number scrolls in its field.
inline QSize compactSpinSize(const QSize &full, const QFontMetrics &metrics)
{
    // The frame and the up/down buttons around the text (Fusion's, with room to spare).
    constexpr int around = 36;
    return QSize(qMin(full.width(), metrics.horizontalAdvance(QStringLiteral("0000000")) + around),
                 full.height());
}

} // namespace Topologist
