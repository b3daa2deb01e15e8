// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Topologist {

/// Where a TopologyLoadJob is: its step, and within the step how far (done of total; 0 of 0
/// while a step cannot tell). Steps only ever move forward, and so does percent().
struct LoadProgress
{
    enum class Step { Reading, Parsing, ResolvingTypes, Validating, Finished };

    Step step = Step::Reading;
    qint64 done = 0;
    qint64 total = 0;

    /// The whole load as 0..100: validation, per node, is the part that grows with the
    /// topology, so it has most of the bar; Finished is 95 and what follows (installing the
    /// result) the rest.
    int percent() const
    {
        // Start of each step, and of the step after it. Finished stops short of the end: the
        // UI thread still has to show the result.
        static constexpr int starts[] = {0, 5, 30, 40, 95};
        const int index = int(step);
        if (step == Step::Finished)
            return starts[index];
        const int span = starts[index + 1] - starts[index];
        const int within = total > 0 ? int(span * qBound<qint64>(0, done, total) / total) : 0;
        return starts[index] + within;
    }
    bool operator==(const LoadProgress &o) const
    {
        return step == o.step && done == o.done && total == o.total;
    }
};

} // namespace Topologist
