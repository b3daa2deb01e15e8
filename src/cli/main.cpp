// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"
#include "support/hugepageheap.h"
#include "support/translations.h"

#include <QCoreApplication>
#include <QTranslator>

#ifdef __GLIBC__
#include <malloc.h>
#endif

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // A run reads a topology and exits. What it frees halfway (the parsed document, once the
    // model is built) is kept for the next allocations instead of going back to the kernel to
    // be faulted in again: about 5% of `validate` on a 20,000-node topology.
    constexpr int keep = 256 * 1024 * 1024;
    mallopt(M_MMAP_THRESHOLD, keep);
    mallopt(M_TRIM_THRESHOLD, keep);
    mallopt(M_TOP_PAD, 16 * 1024 * 1024);
    // The heap this leaves for the topology is backed by huge pages (HugePageHeap).
    Topologist::HugePageHeap::reserve(128 * 1024 * 1024);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("topologist-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Topologist"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOPOLOGIST_VERSION));
    QTranslator translator;
    if (Topologist::loadTopologistTranslation(translator))
        QCoreApplication::installTranslator(&translator);
    Topologist::CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
