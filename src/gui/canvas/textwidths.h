// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFontMetricsF>
#include <QHash>
#include <QString>

namespace Topologist {

/// Widths of texts in one font, remembered.
///
/// Cards and arrows are sized by their texts, and most of those texts repeat: a 10,000-node
/// topology has a handful of type names, port names and relationship labels. Measuring a text
/// shapes it (some microseconds); looking it up here does not.
class TextWidths
{
public:
    /// Texts kept at most; past it the table starts again, so unique texts (node names)
    /// cannot grow it without bound.
    static constexpr qsizetype Capacity = 4096;

    explicit TextWidths(const QFont &font);

    qreal width(const QString &text);
    const QFontMetricsF &metrics() const { return m_metrics; }
    qsizetype size() const { return m_widths.size(); }

private:
    QFontMetricsF m_metrics;
    QHash<QString, qreal> m_widths;
};

} // namespace Topologist
