// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: what opening a topology file does, on arbitrary bytes. The TOSCA reader turns
// them into an archive, the loader resolves its imports against the bundled type catalog, and
// the validator (built-in and declarative rules of the imported archives) checks the topology,
// as `topologist-cli validate` does.
//
// File imports are confined to an empty private folder, so an input naming /etc/passwd or
// ../../x reads nothing of the machine's and every run is deterministic.
#include "fuzzsupport.h"

#include "catalog/topologyloader.h"
#include "catalog/typecatalog.h"
#include "validation/validationcontext.h"
#include "validation/validator.h"
#include "validation/validatorfactory.h"
#include "yaml/toscareader.h"

#include <QDir>
#include <QHash>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

using namespace Topologist;

namespace {

const TypeCatalog &catalog()
{
    static const TypeCatalog *instance = [] {
        auto *c = new TypeCatalog;
        c->addBundledLibrary();
        return c;
    }();
    return *instance;
}

/// An empty folder the input "lives" in; never written to, removed when the process ends.
const QString &sandbox()
{
    static QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/topologist-fuzz-XXXXXX"));
    static const QString path = QDir(folder.path()).canonicalPath();
    return path;
}

/// Validators by the archives they were made for: making one reads the archives' rules files,
/// which would cost far more than the input does.
std::shared_ptr<Validator> validatorFor(const LoadedTopology &loaded)
{
    static QHash<QString, std::shared_ptr<Validator>> cache;
    QString key;
    for (const CatalogEntry *entry : loaded.dependencies)
        key += entry->id() + QLatin1Char('\n');
    auto it = cache.find(key);
    if (it == cache.end()) {
        Diagnostics ignored;
        it = cache.insert(key, ValidatorFactory::create(loaded.dependencies, &ignored));
    }
    return it.value();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QString fileName = sandbox() + QStringLiteral("/topology.yml");
    Diagnostics diagnostics;
    ToscaReader reader;
    ToscaArchive archive = reader.read(Fuzz::bytesOf(data, size), fileName, &diagnostics);
    const TopologyLoader loader(catalog());
    const LoadedTopology loaded = loader.resolve(std::move(archive), diagnostics, sandbox());
    for (const Diagnostic &d : loaded.diagnostics) {
        if (d.code.isEmpty() || d.message.isEmpty())
            std::abort();
    }
    if (!loaded.readable || !loaded.archive.topology || !loaded.types)
        return 0;
    const ValidationContext context(loaded.archive, *loaded.archive.topology, *loaded.types);
    for (const Problem &problem : validatorFor(loaded)->validate(context)) {
        if (problem.code.isEmpty() || problem.message.isEmpty())
            std::abort();
    }
    return 0;
}
