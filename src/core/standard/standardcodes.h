// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>

/// Stable Diagnostic codes of the standard TOSCA export; never renumber one, only add.
namespace Topologist::StandardCode {

/// The output would replace the file the topology is read from.
constexpr QLatin1String OntoInput("TOPO-STD-001");
/// A file the node templates refer to is not there to go into the CSAR.
constexpr QLatin1String MissingFile("TOPO-STD-002");
/// The disk said no.
constexpr QLatin1String WriteFailed("TOPO-STD-003");
/// Keys only Alien4Cloud reads were left out (a note, one per export).
constexpr QLatin1String DroppedKeys("TOPO-STD-004");

} // namespace Topologist::StandardCode
