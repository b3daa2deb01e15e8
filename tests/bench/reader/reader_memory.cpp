// SPDX-License-Identifier: GPL-3.0-or-later
// Memory per node (issue 13), not a timed test: for generated standard TOSCA topologies of
// 1,000, 10,000 and 20,000 nodes (or the sizes given as arguments) prints
//  - the peak RSS of `topologist-cli validate FILE` (as /usr/bin/time -f %M reports it) and,
//    per node, its growth over the same command on a 10-node file;
//  - the heap the loaded model keeps (LoadedTopology, as the designer holds it), per node.
//   build-bench/tests/bench_reader/reader_memory [NODES...]
#include "catalog/topologyloader.h"
#include "catalog/typecatalog.h"
#include "standardtoscagenerator.h"
#include "testhelpers.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <fcntl.h>
#include <malloc.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <cstdio>
#include <optional>

extern char **environ;

using namespace Topologist;

namespace {

QString writeTopology(const QTemporaryDir &folder, int nodes)
{
    const QString path = folder.filePath(QStringLiteral("shops-%1.yml").arg(nodes));
    return Test::writeFile(path, Test::StandardToscaGenerator(nodes).yaml()) ? path : QString();
}

/// Peak resident memory in KiB of `topologist-cli validate path`, or -1.
long cliPeakKiB(const QString &path)
{
    const QByteArray cli = Test::cliPath().toLocal8Bit();
    const QByteArray file = path.toLocal8Bit();
    char validate[] = "validate";
    char *argv[] = {const_cast<char *>(cli.constData()),
                    validate,
                    const_cast<char *>(file.constData()),
                    nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return -1;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1;
    return usage.ru_maxrss;
}

/// Heap bytes a loaded topology keeps, or nothing when it does not load.
std::optional<size_t> modelBytes(const TypeCatalog &catalog, const QString &path)
{
    malloc_trim(0);
    const size_t before = mallinfo2().uordblks;
    const LoadedTopology loaded = TopologyLoader(catalog).loadFile(path);
    if (!loaded.archive.topology)
        return std::nullopt;
    const size_t after = mallinfo2().uordblks;
    return after - before;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes << QByteArray(argv[i]).toInt();
    if (sizes.isEmpty())
        sizes = {1000, 10000, 20000};
    QTemporaryDir folder;
    const int smallNodes = 10;
    const long smallKiB = cliPeakKiB(writeTopology(folder, smallNodes));
    TypeCatalog catalog;
    catalog.addBundledLibrary();
    std::printf("validate of %d nodes: peak RSS %ld KiB\n", smallNodes, smallKiB);
    std::printf("%8s %12s %16s %16s %18s %18s\n",
                "nodes",
                "file bytes",
                "peak RSS KiB",
                "RSS bytes/node",
                "model heap bytes",
                "model bytes/node");
    for (const int nodes : std::as_const(sizes)) {
        const QString path = writeTopology(folder, nodes);
        const long peakKiB = cliPeakKiB(path);
        const std::optional<size_t> model = modelBytes(catalog, path);
        if (path.isEmpty() || peakKiB < 0 || smallKiB < 0 || !model) {
            std::fprintf(stderr, "the %d-node topology could not be validated\n", nodes);
            return 1;
        }
        const double rssPerNode = double(peakKiB - smallKiB) * 1024 / (nodes - smallNodes);
        std::printf("%8d %12lld %16ld %16.0f %18zu %18.0f\n",
                    nodes,
                    QFileInfo(path).size(),
                    peakKiB,
                    rssPerNode,
                    *model,
                    double(*model) / nodes);
    }
    return 0;
}
