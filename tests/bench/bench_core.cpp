// SPDX-License-Identifier: GPL-3.0-or-later
// Core benchmarks: read + resolve (TopologyLoader) and write (ToscaWriter) of the bundled
// Marathon example and of a generated 1,000-node topology, plus what the loaded 1,000-node model
// costs in memory. Run with --benchmark_repetitions=5 for mean and stddev.
#include "testhelpers.h"
#include "topologygenerator.h"

#include "catalog/topologyloader.h"
#include "catalog/typecatalog.h"
#include "yaml/toscareader.h"
#include "yaml/toscawriter.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <malloc.h>
#include <sys/resource.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

QByteArray marathonBytes()
{
    static const QByteArray bytes = readAll(bundledExample(QStringLiteral("marathon")));
    return bytes;
}

QByteArray generatedBytes(int nodes)
{
    return TopologyGenerator(nodes).yaml();
}

LoadedTopology loadChecked(const QByteArray &bytes, benchmark::State &state)
{
    LoadedTopology loaded
        = TopologyLoader(bundledCatalog()).loadBytes(bytes, QStringLiteral("bench.yml"));
    if (hasErrors(loaded.diagnostics))
        state.SkipWithError("the benchmark input does not load cleanly");
    return loaded;
}

void BM_LoadMarathon(benchmark::State &state)
{
    const QByteArray bytes = marathonBytes();
    for (auto _ : state) {
        LoadedTopology loaded = loadChecked(bytes, state);
        benchmark::DoNotOptimize(loaded);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes.size());
    state.counters["nodes"] = 11;
}

void BM_LoadGenerated(benchmark::State &state)
{
    const int nodes = int(state.range(0));
    const QByteArray bytes = generatedBytes(nodes);
    for (auto _ : state) {
        LoadedTopology loaded = loadChecked(bytes, state);
        benchmark::DoNotOptimize(loaded);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes.size());
    state.counters["nodes"] = nodes;
    state.counters["relationships"] = TopologyGenerator(nodes).relationshipCount();
    state.counters["yaml_bytes"] = double(bytes.size());
}

void BM_WriteMarathon(benchmark::State &state)
{
    LoadedTopology loaded = loadChecked(marathonBytes(), state);
    int64_t written = 0;
    for (auto _ : state) {
        const QByteArray bytes = ToscaWriter().write(loaded.archive);
        written += bytes.size();
        benchmark::DoNotOptimize(bytes.constData());
    }
    state.SetBytesProcessed(written);
}

void BM_WriteGenerated(benchmark::State &state)
{
    LoadedTopology loaded = loadChecked(generatedBytes(int(state.range(0))), state);
    int64_t written = 0;
    for (auto _ : state) {
        const QByteArray bytes = ToscaWriter().write(loaded.archive);
        written += bytes.size();
        benchmark::DoNotOptimize(bytes.constData());
    }
    state.SetBytesProcessed(written);
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

/// Heap in use (glibc's allocator statistics), after giving free memory back.
double heapInUse()
{
    malloc_trim(0);
    return double(mallinfo2().uordblks);
}

/// What a loaded 1,000-node topology keeps on the heap, i.e. what the designer pays per open
/// topology: archive_bytes for the model alone (ToscaReader), loaded_bytes for the model plus
/// its resolved TypeRegistry (TopologyLoader). peak_rss is the process's high-water mark, for
/// orientation only: it includes Qt, the catalog and the other benchmarks of the run.
void BM_MemoryGenerated(benchmark::State &state)
{
    const QByteArray bytes = generatedBytes(int(state.range(0)));
    (void)bundledCatalog(); // built once, not part of the measure
    double archiveBytes = 0;
    double loadedBytes = 0;
    for (auto _ : state) {
        double before = heapInUse();
        {
            Diagnostics diagnostics;
            const ToscaArchive archive
                = ToscaReader().read(bytes, QStringLiteral("bench.yml"), &diagnostics);
            archiveBytes = heapInUse() - before;
            benchmark::DoNotOptimize(archive);
        }
        before = heapInUse();
        {
            const LoadedTopology loaded = loadChecked(bytes, state);
            loadedBytes = heapInUse() - before;
            benchmark::DoNotOptimize(loaded);
        }
    }
    state.counters["archive_bytes"] = benchmark::Counter(
        archiveBytes, benchmark::Counter::kDefaults, benchmark::Counter::kIs1024);
    state.counters["loaded_bytes"] = benchmark::Counter(
        loadedBytes, benchmark::Counter::kDefaults, benchmark::Counter::kIs1024);
    state.counters["peak_rss"] = benchmark::Counter(
        double(peakRssKiB()) * 1024.0, benchmark::Counter::kDefaults, benchmark::Counter::kIs1024);
}

} // namespace

BENCHMARK(BM_LoadMarathon)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_LoadGenerated)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WriteMarathon)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_WriteGenerated)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MemoryGenerated)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(1);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
