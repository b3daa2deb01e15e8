// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: the whole `topologist-cli validate` of a generated 20,000-node standard TOSCA
// topology against yaml-cpp's own event parse of the same bytes (a handler that does nothing).
// Target: validate within 1.5x of the event parse. Prints the medians and their ratio:
//   build-bench/tests/bench_reader/bench_reader --benchmark_repetitions=5
// BM_CliValidate runs the real executable (process start, bundled type library, reading,
// resolving, validating, printing); BM_InProcessValidate is the same path without the process,
// to tell the two apart.
#include "catalog/topologyloader.h"
#include "catalog/typecatalog.h"
#include "standardtoscagenerator.h"
#include "testpaths.h"
#include "validation/validationcontext.h"
#include "validation/validator.h"
#include "validation/validatorfactory.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <sys/resource.h>

#include <iostream>
#include <map>
#include <sstream>

using namespace Topologist;

namespace {

constexpr int Nodes = 20000;

/// The generated file, written once per run.
const QString &topologyFile()
{
    static QTemporaryDir folder;
    static const QString path = [] {
        const QString file = folder.filePath(QStringLiteral("shops-%1.yml").arg(Nodes));
        QFile out(file);
        const QByteArray yaml = Test::StandardToscaGenerator(Nodes).yaml();
        if (!out.open(QIODevice::WriteOnly) || out.write(yaml) != yaml.size())
            return QString();
        return file;
    }();
    return path;
}

QByteArray topologyBytes()
{
    QFile file(topologyFile());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class NullHandler : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override { ++events; }
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override { ++events; }
    void
    OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override
    {
        ++events;
    }
    void OnSequenceStart(const YAML::Mark &,
                         const std::string &,
                         YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {
        ++events;
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &,
                    const std::string &,
                    YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {
        ++events;
    }
    void OnMapEnd() override {}

    long events = 0;
};

/// yaml-cpp's parse of the file, as the reader would start it: read the file, then parse.
void BM_YamlCppEventParse(benchmark::State &state)
{
    long events = 0;
    for (auto _ : state) {
        const QByteArray bytes = topologyBytes();
        std::istringstream stream(std::string(bytes.constData(), size_t(bytes.size())));
        YAML::Parser parser(stream);
        NullHandler handler;
        while (parser.HandleNextDocument(handler)) {
        }
        events = handler.events;
    }
    state.counters["yaml_values"] = double(events);
}
BENCHMARK(BM_YamlCppEventParse)->Unit(benchmark::kMillisecond)->UseRealTime();

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

/// The whole `topologist-cli validate FILE`, as a user runs it. On a busy machine the wall time
/// includes waiting for a core; cli_cpu_ms is the process's own CPU time.
void BM_CliValidate(benchmark::State &state)
{
    int errors = -1;
    const double cpuBefore = childCpuSeconds();
    for (auto _ : state) {
        QProcess cli;
        cli.start(Test::cliPath(), {QStringLiteral("validate"), topologyFile()});
        if (!cli.waitForFinished(600 * 1000)) {
            state.SkipWithError("topologist-cli did not finish");
            return;
        }
        const QByteArray summary = cli.readAllStandardError();
        errors = cli.exitCode() == 0 && summary.contains(" 0 errors, 0 warnings") ? 0 : 1;
        if (errors != 0) {
            const QByteArray why = "the topology is not clean: " + summary.left(400);
            state.SkipWithError(why.constData());
            return;
        }
    }
    state.counters["problems"] = errors;
    state.counters["cli_cpu_ms"] = benchmark::Counter((childCpuSeconds() - cpuBefore) * 1000,
                                                      benchmark::Counter::kAvgIterations);
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

/// The console output, plus each benchmark's median (or its single run), for the ratio.
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
            if (median || (run.run_type == Run::RT_Iteration && !m_medians.count(name)))
                m_medians[name] = run.GetAdjustedRealTime();
        }
    }

    void printRatios() const
    {
        const auto parse = m_medians.find("BM_YamlCppEventParse");
        if (parse == m_medians.end())
            return;
        for (const char *name : {"BM_CliValidate", "BM_InProcessValidate"}) {
            const auto validate = m_medians.find(name);
            if (validate == m_medians.end())
                continue;
            std::cout << name << " / BM_YamlCppEventParse = " << validate->second << " ms / "
                      << parse->second << " ms = " << validate->second / parse->second << "x\n";
        }
    }

private:
    std::map<std::string, double> m_medians;
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
