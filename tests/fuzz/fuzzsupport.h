// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

// Shared by the fuzz targets (tests/fuzz/fuzz_*.cpp): libFuzzer links each of them with its own
// main, the regular test suite with fuzzreplay_main.cpp.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace Topologist::Fuzz {

/// Some Qt classes (translations, QTemporaryDir's names, resources) want an application
/// object. Created once, on first use, and kept for the life of the process.
inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "topologist-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *application = new QCoreApplication(argc, argv);
    (void)application;
}

/// The input as bytes Qt owns (a deep copy: libFuzzer's buffer is only valid for one call).
inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

} // namespace Topologist::Fuzz
