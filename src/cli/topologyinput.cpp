// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologyinput.h"

#include "catalog/gitrevision.h"
#include "catalog/topologyloader.h"

#include <QCoreApplication>

namespace Topologist {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString gitPrefix = QStringLiteral("git:");

} // namespace

bool TopologyInput::isGitRevision(const QString &spec)
{
    return spec.startsWith(gitPrefix) && spec.indexOf(QLatin1Char(':'), gitPrefix.size()) > 0;
}

std::optional<LoadedTopology>
TopologyInput::load(const QString &spec, const TypeCatalog &catalog, QTextStream &err)
{
    if (isGitRevision(spec))
        return loadRevision(spec, catalog, err);
    LoadedTopology loaded = TopologyLoader(catalog).loadFile(spec, spec);
    if (!loaded.readable) {
        for (const Diagnostic &d : std::as_const(loaded.diagnostics))
            err << d.toString() << '\n';
        if (loaded.diagnostics.isEmpty())
            err << Tr::tr("topologist-cli: %1: cannot be read").arg(spec) << '\n';
        return std::nullopt;
    }
    return loaded;
}

std::optional<LoadedTopology>
TopologyInput::loadRevision(const QString &spec, const TypeCatalog &catalog, QTextStream &err)
{
    QString error;
    std::optional<LoadedTopology> loaded
        = GitRevision::load(spec.mid(gitPrefix.size()), QString(), spec, catalog, &error);
    if (!loaded) {
        err << Tr::tr("topologist-cli: %1: %2").arg(spec, error) << '\n';
        return std::nullopt;
    }
    if (!loaded->readable) {
        for (const Diagnostic &d : std::as_const(loaded->diagnostics))
            err << d.toString() << '\n';
        return std::nullopt;
    }
    return loaded;
}

} // namespace Topologist
