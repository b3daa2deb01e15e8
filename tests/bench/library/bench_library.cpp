// SPDX-License-Identifier: GPL-3.0-or-later
// Type libraries at the size users have them: the five Alien4Cloud repositories of
// ../shared/reference-corpus (about 370 archives) loaded as libraries, and one topology opened
// against them (load, resolve, validate). Run with --benchmark_repetitions=5.
#include "testpaths.h"

#include "catalog/topologyloader.h"
#include "catalog/typecatalog.h"
#include "support/diagnostic.h"
#include "validation/validationcontext.h"
#include "validation/validator.h"
#include "validation/validatorfactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <benchmark/benchmark.h>

#include <malloc.h>
#include <sys/resource.h>

#include <memory>

using namespace Topologist;

namespace {

QString corpus()
{
    return Test::referencePath(QStringLiteral("../reference-corpus"));
}

const QStringList &repositories()
{
    static const QStringList names{QStringLiteral("samples"),
                                   QStringLiteral("csar-public-library"),
                                   QStringLiteral("alien4cloud-extended-types-2.2.0"),
                                   QStringLiteral("alien4cloud-extended-types-3.0.0"),
                                   QStringLiteral("alien4cloud-kubernetes-plugin")};
    return names;
}

/// A sample with a deep import chain: petclinic on Tomcat, Java, PostgreSQL.
QString topology()
{
    return QDir(corpus()).filePath(
        QStringLiteral("samples/org/alien4cloud/doc/kube/kcontainers/51-Petclinic/topology/"
                       "types.yml"));
}

std::unique_ptr<TypeCatalog> loadLibraries()
{
    auto catalog = std::make_unique<TypeCatalog>();
    catalog->addBundledLibrary();
    for (const QString &repository : repositories()) {
        Diagnostics diagnostics;
        catalog->addLibrary(QDir(corpus()).filePath(repository), &diagnostics);
    }
    return catalog;
}

double heapInUse()
{
    malloc_trim(0);
    return double(mallinfo2().uordblks);
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

void BM_LoadLibraries(benchmark::State &state)
{
    if (!QFileInfo(corpus()).isDir()) {
        state.SkipWithError("no reference corpus");
        return;
    }
    int archives = 0;
    double bytes = 0;
    for (auto _ : state) {
        const double before = heapInUse();
        std::unique_ptr<TypeCatalog> catalog = loadLibraries();
        state.PauseTiming();
        bytes = heapInUse() - before;
        archives = int(catalog->entries().size());
        catalog.reset();
        state.ResumeTiming();
    }
    state.counters["archives"] = archives;
    state.counters["catalog_bytes"]
        = benchmark::Counter(bytes, benchmark::Counter::kDefaults, benchmark::Counter::kIs1024);
    state.counters["peak_rss"] = benchmark::Counter(
        double(peakRssKiB()) * 1024.0, benchmark::Counter::kDefaults, benchmark::Counter::kIs1024);
}

void BM_OpenTopologyAgainstLibraries(benchmark::State &state)
{
    if (!QFileInfo(topology()).isFile()) {
        state.SkipWithError("no reference corpus");
        return;
    }
    static const std::unique_ptr<TypeCatalog> catalog = loadLibraries();
    const TopologyLoader loader(*catalog);
    int problems = 0;
    for (auto _ : state) {
        const LoadedTopology loaded = loader.loadFile(topology());
        if (hasErrors(loaded.diagnostics) || !loaded.archive.topology) {
            state.SkipWithError("the topology does not load cleanly");
            return;
        }
        Diagnostics ruleDiagnostics;
        const auto validator
            = ValidatorFactory::create(loaded.dependencies, &ruleDiagnostics, loaded.types.get());
        const ValidationContext context(loaded.archive, *loaded.archive.topology, *loaded.types);
        problems = int(validator->validate(context).size());
        state.counters["dependencies"] = double(loaded.dependencies.size());
    }
    state.counters["problems"] = problems;
}

} // namespace

BENCHMARK(BM_LoadLibraries)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenTopologyAgainstLibraries)->Unit(benchmark::kMillisecond);

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
