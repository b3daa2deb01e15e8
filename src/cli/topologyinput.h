// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/loadedtopology.h"

#include <QString>
#include <QTextStream>

#include <optional>

namespace Topologist {

class TypeCatalog;

/// A topology named on the command line of diff and merge: a YAML file, a CSAR, or
/// `git:REV:PATH`, the file as revision REV of the repository of the current folder has it
/// (what `git show REV:PATH` prints). Loaded as validate and export load files.
class TopologyInput
{
public:
    static bool isGitRevision(const QString &spec);
    /// The topology, or nothing after telling `err` why it cannot be read (git failed, the
    /// file is missing or not TOSCA).
    static std::optional<LoadedTopology>
    load(const QString &spec, const TypeCatalog &catalog, QTextStream &err);

private:
    static std::optional<LoadedTopology>
    loadRevision(const QString &spec, const TypeCatalog &catalog, QTextStream &err);
};

} // namespace Topologist
