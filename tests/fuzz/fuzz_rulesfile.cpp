// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a rules file (`rules/*.yml` of a type archive) read by RulesFile, and the rules it
// yields run over the bundled example topologies, which use the Mesos and Aurora types those
// rules are written for. Reading must turn any bytes into rules and diagnostics; running the
// rules must turn them into problems, whatever paths, values and messages they hold.
#include "fuzzsupport.h"

#include "catalog/topologyloader.h"
#include "catalog/typecatalog.h"
#include "validation/rulesfile/rulesfile.h"
#include "validation/validationcontext.h"
#include "validation/validator.h"

#include <cstdlib>
#include <vector>

using namespace Topologist;

namespace {

/// The four example topologies, loaded once (they hold pointers into the catalog).
const std::vector<LoadedTopology> &examples()
{
    static TypeCatalog *catalog = nullptr;
    static const std::vector<LoadedTopology> *loaded = [] {
        catalog = new TypeCatalog;
        catalog->addBundledLibrary();
        const TopologyLoader loader(*catalog);
        auto *topologies = new std::vector<LoadedTopology>;
        for (const char *name : {"aurora", "marathon", "marathon-rexray", "mesos-ha"}) {
            const QString file = QStringLiteral(":/examples/%1/%1.yml").arg(QLatin1String(name));
            LoadedTopology topology = loader.loadFile(file);
            if (!topology.readable || !topology.archive.topology || !topology.types)
                std::abort();
            topologies->push_back(std::move(topology));
        }
        return topologies;
    }();
    return *loaded;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QString fileName = QStringLiteral("fuzz-rules.yml");
    Diagnostics diagnostics;
    RulesFile::Rules rules
        = RulesFile::loadBytes(Fuzz::bytesOf(data, size), fileName, &diagnostics);
    for (const Diagnostic &d : diagnostics) {
        if (d.code.isEmpty() || d.message.isEmpty())
            std::abort();
    }
    if (rules.empty())
        return 0;
    Validator validator;
    for (auto &rule : rules)
        validator.addRule(std::move(rule));
    for (const LoadedTopology &topology : examples()) {
        const ValidationContext context(
            topology.archive, *topology.archive.topology, *topology.types);
        for (const Problem &problem : validator.validate(context)) {
            if (problem.code.isEmpty())
                std::abort();
        }
    }
    return 0;
}
