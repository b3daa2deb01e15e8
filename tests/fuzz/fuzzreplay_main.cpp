// SPDX-License-Identifier: GPL-3.0-or-later
// The regular test suite's driver for a fuzz target: runs every file of the given folders
// through LLVMFuzzerTestOneInput, so that the seed corpus and every crash ever found keep
// passing in a build without libFuzzer. A crash, a sanitizer report or a hang of an input fails
// the CTest test; so does a required folder without files, so the test always asserts something.
//
// Usage: fuzzreplay_<target> CORPUS_DIR... [--optional DIR...]
#include "fuzzsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

#include <cstdio>

namespace {

/// Files under @p folder at any depth, sorted so runs are reproducible.
QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

bool runFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return false;
    }
    const QByteArray bytes = file.readAll();
    std::fprintf(stderr,
                 "running %s (%lld bytes)\n",
                 qPrintable(path),
                 static_cast<long long>(bytes.size()));
    const int result = LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                              static_cast<size_t>(bytes.size()));
    if (result != 0) {
        std::fprintf(stderr, "%s: the target returned %d\n", qPrintable(path), result);
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    bool optional = false;
    int failures = 0;
    int executed = 0;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument == QLatin1String("--optional")) {
            optional = true;
            continue;
        }
        const QStringList files = filesUnder(argument);
        if (files.isEmpty() && !optional) {
            std::fprintf(stderr, "FAIL: no input files in %s\n", qPrintable(argument));
            ++failures;
        }
        for (const QString &file : files) {
            ++executed;
            if (!runFile(file))
                ++failures;
        }
    }
    std::fprintf(stderr, "%d inputs run, %d failures\n", executed, failures);
    return failures == 0 && executed > 0 ? 0 : 1;
}
