// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/hugepageheap.h"

#include <QFile>

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Topologist;

namespace {

constexpr std::size_t MB = 1024 * 1024;

bool kernelHasHugePages()
{
    return QFile::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
}

struct FreeDeleter
{
    void operator()(void *p) const { std::free(p); }
};

} // namespace

TEST(HugePageHeapTest, heapIsNotAdvisedUnlessReserved)
{
    if (!kernelHasHugePages())
        GTEST_SKIP() << "no transparent huge pages on this machine";
    const std::unique_ptr<char, FreeDeleter> small(static_cast<char *>(std::malloc(64)));
    EXPECT_FALSE(HugePageHeap::isAdvised(small.get()));
}

TEST(HugePageHeapTest, laterAllocationsLandInTheAdvisedHeap)
{
#ifndef __GLIBC__
    GTEST_SKIP() << "huge pages are asked of glibc's heap only";
#else
    if (!kernelHasHugePages())
        GTEST_SKIP() << "no transparent huge pages on this machine";
    // As the CLI does: large blocks stay in the heap, and what is freed is kept.
    mallopt(M_MMAP_THRESHOLD, int(256 * MB));
    mallopt(M_TRIM_THRESHOLD, int(256 * MB));
    ASSERT_TRUE(HugePageHeap::reserve(64 * MB));

    // The topology's allocations come from the freed reservation; the middle of a block that
    // spans several huge pages is in the advised part.
    const std::unique_ptr<char, FreeDeleter> model(static_cast<char *>(std::malloc(16 * MB)));
    ASSERT_TRUE(model);
    EXPECT_TRUE(HugePageHeap::isAdvised(model.get() + 8 * MB));
#endif
}

TEST(HugePageHeapTest, tooSmallAReservationIsRefused)
{
    EXPECT_FALSE(HugePageHeap::reserve(1 * MB));
}

TEST(HugePageHeapTest, addressesOutsideAnyMappingAreNotAdvised)
{
    EXPECT_FALSE(HugePageHeap::isAdvised(reinterpret_cast<const void *>(std::uintptr_t(16))));
}
