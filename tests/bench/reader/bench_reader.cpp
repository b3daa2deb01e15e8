// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: the whole `topologist-cli validate` of a generated 20,000-node standard TOSCA
// topology against yaml-cpp's own event parse of the same file (a handler that does nothing).
// Target: validate within 1.5x of the event parse. Prints the medians and their ratios:
//   build-bench/tests/bench_reader/bench_reader --benchmark_repetitions=5
//
// Two pairs, since a process start is not negligible here (the CLI links Qt and reads the
// bundled type library, some 50 ms):
//  - processes: BM_CliValidate runs topologist-cli validate FILE (start, type library, reading,
//    resolving, validating, printing, exit); BM_YamlCppEventParseProcess runs yaml_event_parse
//    FILE, the null handler in a process of its own;
//  - in this process: BM_InProcessValidate runs what the CLI's validate command runs;
//    BM_YamlCppEventParse the null handler.
// On a busy machine wall times include waiting for a core, so the CPU times (cpu_ms for the
// processes) are printed and compared too.
#include "catalog/topologyloader.h"
#include "catalog/typecatalog.h"
#include "nullyamlhandler.h"
#include "standardtoscagenerator.h"
#include "testhelpers.h"
#include "testpaths.h"
#include "validation/validationcontext.h"
#include "validation/validator.h"
#include "validation/validatorfactory.h"
#include "yaml/toscareader.h"
#include "yaml/yamlvaluereader.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <yaml-cpp/yaml.h>

#include <sys/resource.h>

#include <fstream>
#include <iostream>
#include <map>

using namespace Topologist;

namespace {

constexpr int Nodes = 20000;

/// The generated file, written once per run.
const QString &topologyFile()
{
    static QTemporaryDir folder;
    static const QString path = [] {
        const QString file = folder.filePath(QStringLiteral("shops-%1.yml").arg(Nodes));
        return Test::writeFile(file, Test::StandardToscaGenerator(Nodes).yaml()) ? file : QString();
    }();
    return path;
}

QByteArray topologyBytes()
{
    QFile file(topologyFile());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// CPU seconds (user and system) of the children this process has waited for.
double childCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + t.tv_usec / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

/// Runs @p program on each iteration; its standard error when it failed, else empty.
QByteArray
runEachIteration(benchmark::State &state, const QString &program, const QStringList &arguments)
{
    const double cpuBefore = childCpuSeconds();
    for (auto _ : state) {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(600 * 1000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0)
            return "failed: " + process.readAllStandardError().left(400);
        const QByteArray err = process.readAllStandardError();
        if (!err.isEmpty() && !err.contains(" 0 errors, 0 warnings"))
            return "not clean: " + err.left(400);
    }
    state.counters["cpu_ms"] = benchmark::Counter((childCpuSeconds() - cpuBefore) * 1000,
                                                  benchmark::Counter::kAvgIterations);
    return QByteArray();
}

/// yaml-cpp's event parse of the file as yaml-cpp is meant to be used: a parser over an
/// std::ifstream, and a handler that does nothing.
void BM_YamlCppEventParse(benchmark::State &state)
{
    long events = 0;
    for (auto _ : state) {
        std::ifstream stream(topologyFile().toStdString(), std::ios::binary);
        YAML::Parser parser(stream);
        Test::NullYamlHandler handler;
        while (parser.HandleNextDocument(handler)) {
        }
        events = handler.events;
    }
    state.counters["yaml_values"] = double(events);
}
BENCHMARK(BM_YamlCppEventParse)->Unit(benchmark::kMillisecond)->UseRealTime();

/// The same in a process of its own.
void BM_YamlCppEventParseProcess(benchmark::State &state)
{
    const QByteArray failure = runEachIteration(
        state, QStringLiteral(TOPOLOGIST_YAML_EVENT_PARSE_PATH), {topologyFile()});
    if (!failure.isEmpty())
        state.SkipWithError(failure.constData());
}
BENCHMARK(BM_YamlCppEventParseProcess)->Unit(benchmark::kMillisecond)->UseRealTime();

/// The whole `topologist-cli validate FILE`, as a user runs it; it must find no problem.
void BM_CliValidate(benchmark::State &state)
{
    const QByteArray failure
        = runEachIteration(state, Test::cliPath(), {QStringLiteral("validate"), topologyFile()});
    if (!failure.isEmpty())
        state.SkipWithError(failure.constData());
}
BENCHMARK(BM_CliValidate)->Unit(benchmark::kMillisecond)->UseRealTime();

/// What the CLI's validate command runs, in this process: the bundled type library, loading
/// and resolving the file, validating it.
void BM_InProcessValidate(benchmark::State &state)
{
    size_t problems = 0;
    for (auto _ : state) {
        TypeCatalog catalog;
        catalog.addBundledLibrary();
        const LoadedTopology loaded = TopologyLoader(catalog).loadFile(topologyFile());
        if (!loaded.archive.topology) {
            state.SkipWithError("the topology did not load");
            return;
        }
        Diagnostics ruleDiagnostics;
        const auto validator
            = ValidatorFactory::create(loaded.dependencies, &ruleDiagnostics, loaded.types.get());
        const ValidationContext context(loaded.archive, *loaded.archive.topology, *loaded.types);
        problems = loaded.diagnostics.size() + validator->validate(context).size();
    }
    state.counters["problems"] = double(problems);
}
BENCHMARK(BM_InProcessValidate)->Unit(benchmark::kMillisecond)->UseRealTime();

/// The steps of validate, alone: the YAML reader (value tree with every position) ...
void BM_YamlValueReader(benchmark::State &state)
{
    const QByteArray bytes = topologyBytes();
    for (auto _ : state) {
        Diagnostics diagnostics;
        const Value root = YamlValueReader().read(bytes, topologyFile(), &diagnostics);
        if (root.isNull() || !diagnostics.isEmpty())
            state.SkipWithError("the file was not read");
    }
}
BENCHMARK(BM_YamlValueReader)->Unit(benchmark::kMillisecond)->UseRealTime();

/// ... and the TOSCA reader on top of it (archive, topology, comments).
void BM_ToscaReader(benchmark::State &state)
{
    const QByteArray bytes = topologyBytes();
    for (auto _ : state) {
        Diagnostics diagnostics;
        const ToscaArchive archive = ToscaReader().read(bytes, topologyFile(), &diagnostics);
        if (!archive.topology || !diagnostics.isEmpty())
            state.SkipWithError("the file was not read");
    }
}
BENCHMARK(BM_ToscaReader)->Unit(benchmark::kMillisecond)->UseRealTime();

/// The console output, plus each benchmark's median (or its single run) wall and CPU time.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run &run : runs) {
            if (run.error_occurred)
                continue;
            const std::string name = run.run_name.function_name;
            const bool median = run.run_type == Run::RT_Aggregate && run.aggregate_name == "median";
            if (!median && (run.run_type != Run::RT_Iteration || m_times.count(name)))
                continue;
            Times &times = m_times[name];
            times.wall = run.GetAdjustedRealTime();
            const auto cpu = run.counters.find("cpu_ms");
            times.cpu = cpu != run.counters.end() ? double(cpu->second) : run.GetAdjustedCPUTime();
        }
    }

    void printRatios() const
    {
        printRatio("BM_CliValidate", "BM_YamlCppEventParseProcess");
        printRatio("BM_InProcessValidate", "BM_YamlCppEventParse");
    }

private:
    struct Times
    {
        double wall = 0;
        double cpu = 0;
    };

    void printRatio(const std::string &validate, const std::string &parse) const
    {
        const auto v = m_times.find(validate);
        const auto p = m_times.find(parse);
        if (v == m_times.end() || p == m_times.end())
            return;
        std::cout << validate << " / " << parse << ": wall " << v->second.wall << " / "
                  << p->second.wall << " ms = " << v->second.wall / p->second.wall << "x; cpu "
                  << v->second.cpu << " / " << p->second.cpu
                  << " ms = " << v->second.cpu / p->second.cpu << "x\n";
    }

    std::map<std::string, Times> m_times;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (topologyFile().isEmpty()) {
        std::cerr << "cannot write the generated topology\n";
        return 1;
    }
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printRatios();
    benchmark::Shutdown();
    return 0;
}
