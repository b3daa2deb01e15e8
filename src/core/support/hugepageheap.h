// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

namespace Topologist {

/// Asks the kernel to back the first part of the heap with huge pages, for a process that
/// reads one large file and exits (the CLI).
///
/// Reading a 20,000-node topology touches some 60 MB of fresh heap. In 4 KB pages that is
/// 15,000 page faults, a tenth of `topologist-cli validate` (tests/bench/reader); in 2 MB pages
/// it is a few dozen. glibc does this itself only when told by an environment variable
/// (`glibc.malloc.hugetlb`), which a program cannot set for itself once started.
///
/// The heap is grown by `bytes` and released again, advised for huge pages: malloc keeps the
/// freed top of the heap and later allocations reuse it. Nothing is touched, so an unused
/// reservation costs no memory. The caller first raises M_MMAP_THRESHOLD and M_TRIM_THRESHOLD
/// above `bytes` (mallopt), or the block would be a mapping of its own, unmapped when freed.
class HugePageHeap
{
public:
    /// Whether the advice was taken: false where the kernel or C library cannot (no
    /// transparent huge pages, not glibc), which only costs the speed-up.
    static bool reserve(std::size_t bytes);

    /// Whether the memory at `address` is advised for huge pages (Linux: its mapping's
    /// VmFlags in /proc/self/smaps say `hg`).
    static bool isAdvised(const void *address);
};

} // namespace Topologist
