// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/hugepageheap.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <cstdint>
#include <cstdlib>

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#define TOPOLOGIST_HUGE_PAGES 1
#endif

namespace Topologist {

namespace {

constexpr std::uintptr_t hugePage = std::uintptr_t(2) << 20;

} // namespace

bool HugePageHeap::reserve(std::size_t bytes)
{
#ifdef TOPOLOGIST_HUGE_PAGES
    if (bytes < 2 * hugePage)
        return false;
    void *block = std::malloc(bytes);
    if (!block)
        return false;
    const auto start = reinterpret_cast<std::uintptr_t>(block);
    const std::uintptr_t begin = (start + hugePage - 1) & ~(hugePage - 1);
    const std::uintptr_t end = (start + bytes) & ~(hugePage - 1);
    const bool advised
        = end > begin && madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE) == 0;
    std::free(block);
    return advised;
#else
    Q_UNUSED(bytes);
    return false;
#endif
}

bool HugePageHeap::isAdvised(const void *address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return false;
    const auto at = reinterpret_cast<std::uintptr_t>(address);
    bool inside = false;
    // Read whole: /proc files report no size, and a mapping's lines follow its header.
    const QList<QByteArray> lines = smaps.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype dash = line.indexOf('-');
        const qsizetype space = line.indexOf(' ');
        // A mapping's header ("begin-end perms ..."), not one of its "Key: value" lines.
        if (dash > 0 && space > dash && line.at(space - 1) != ':') {
            bool okBegin = false;
            bool okEnd = false;
            const auto begin = line.left(dash).toULongLong(&okBegin, 16);
            const auto end = line.mid(dash + 1, space - dash - 1).toULongLong(&okEnd, 16);
            inside = okBegin && okEnd && begin <= at && at < end;
        } else if (inside && line.startsWith("VmFlags:")) {
            return line.split(' ').contains("hg");
        }
    }
    return false;
}

} // namespace Topologist
