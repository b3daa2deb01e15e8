// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

namespace Topologist {

/// Lets one thread ask a long job running on another to stop. The job polls isCancelled() in
/// its long loops and returns without a result; nothing is interrupted mid-way, so what the job
/// shares (the catalog, the file) is never left half-changed.
class CancelToken
{
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    /// Whether @p token (which may be null: nobody can cancel) asks to stop.
    static bool isCancelled(const CancelToken *token) { return token && token->isCancelled(); }

private:
    std::atomic<bool> m_cancelled{false};
};

} // namespace Topologist
