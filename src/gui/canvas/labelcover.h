// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Topologist {

/// How much of a spot for an arrow label lies on cards and on other labels (areas in scene
/// units; overlaps among the obstacles count twice).
struct LabelCover
{
    qreal cards = 0;
    qreal labels = 0;

    bool isClear() const { return cards <= 0 && labels <= 0; }
    /// The order in which a label prefers spots: off every card first (a label must not hide
    /// a node), then under the least of other labels.
    friend bool operator<(const LabelCover &a, const LabelCover &b)
    {
        return a.cards < b.cards || (a.cards == b.cards && a.labels < b.labels);
    }
};

} // namespace Topologist
