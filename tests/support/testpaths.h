// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Topologist::Test {

/// tests/data/<relative>
QString dataPath(const QString &relative);
/// ../shared/reference-archives/<relative>: the published Mesos blueprints, read-only.
QString referencePath(const QString &relative);
/// The four published topology templates, by short name: mesos-ha, aurora, marathon,
/// marathon-rexray.
QString publishedTopology(const QString &shortName);
/// The topologist-cli executable built with the tests.
QString cliPath();
/// The project's source tree.
QString sourcePath(const QString &relative);

} // namespace Topologist::Test
