// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

#include "catalog/topologyloader.h"

namespace Topologist {

bool CliCommand::acceptsArguments(const QStringList &arguments, CliOutput &output) const
{
    Q_UNUSED(arguments)
    Q_UNUSED(output)
    return true;
}

std::optional<LoadedTopology>
CliCommand::loadReadable(const TypeCatalog &catalog, const QString &file, CliOutput &output)
{
    LoadedTopology loaded = TopologyLoader(catalog).loadFile(file, file);
    if (loaded.readable)
        return loaded;
    for (const Diagnostic &d : loaded.diagnostics)
        output.err << d.toString() << '\n';
    output.err.flush();
    return std::nullopt;
}

} // namespace Topologist
