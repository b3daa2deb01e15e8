// SPDX-License-Identifier: GPL-3.0-or-later
// A one-line flow list of 60k, 120k and 240k integers: the time per run must roughly double with
// the input (it grew fourfold while each value's column was counted from the line's start).
// Run with --benchmark_repetitions=5.
#include "support/diagnostic.h"
#include "yaml/yamlvaluereader.h"

#include <QByteArray>

#include <benchmark/benchmark.h>

using namespace Topologist;

namespace {

QByteArray longFlowList(int count)
{
    QByteArray yaml = "[";
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            yaml += ", ";
        yaml += QByteArray::number(i);
    }
    return yaml + "]\n";
}

void BM_LongFlowList(benchmark::State &state)
{
    const QByteArray yaml = longFlowList(int(state.range(0)));
    for (auto _ : state) {
        Diagnostics diagnostics;
        const Value root = YamlValueReader().read(yaml, QStringLiteral("flow.yml"), &diagnostics);
        if (!diagnostics.isEmpty() || root.items().size() != size_t(state.range(0)))
            state.SkipWithError("the list was not read");
        benchmark::DoNotOptimize(root);
    }
    state.SetBytesProcessed(state.iterations() * yaml.size());
}

} // namespace

BENCHMARK(BM_LongFlowList)->Arg(60000)->Arg(120000)->Arg(240000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
