// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/diagnostic.h"
#include "validation/problem.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Topologist {
class TypeCatalog;
}

namespace Topologist::Test {

/// A catalog with the bundled type library, built once per test executable (reading the five
/// bundled archives takes longer than most tests).
const TypeCatalog &bundledCatalog();
/// The same library in a catalog of its own that a test may change (a MainWindow adds the
/// archives the user adds to its catalog), also built once per test executable.
TypeCatalog &changeableBundledCatalog();

/// The first diagnostic with `code`, or null.
const Diagnostic *findDiagnostic(const Diagnostics &diagnostics, const QString &code);
/// Only the errors.
Diagnostics errorsOf(const Diagnostics &diagnostics);
/// One diagnostic per line, for assertion messages.
std::string describe(const Diagnostics &diagnostics);
/// One problem per line, for assertion messages.
std::string describe(const Problems &problems);

/// The whole content of a file (a Qt resource path works too); empty when it cannot be read.
QByteArray readAll(const QString &path);
/// Writes `bytes` to `path`, making its folder first; false on failure.
bool writeFile(const QString &path, const QByteArray &bytes);
/// Every file and folder under `folder`, relative, sorted (hidden ones included).
QStringList everythingUnder(const QString &folder);

/// The outermost key or list item starting on each line of a YAML document, as a path such as
/// "/topology_template/node_templates/App" or ".../requirements/[1]": where comments belong.
QMap<int, QString> elementStarts(const QByteArray &yaml);

/// Keeps this process's QSettings in a temporary folder of its own, removed at exit: CTest runs
/// the cases of one test binary as parallel processes, and a shared settings file lets one case
/// see another's libraries. False when the folder cannot be made.
bool useOwnSettingsFolder();
/// The folder useOwnSettingsFolder() keeps the settings in.
QString ownSettingsFolder();

/// The four topologies of the Mesos blueprints, by short name (see publishedTopology()).
QStringList topologyNames();
/// The bundled copy of a published topology, as a Qt resource path.
QString bundledExample(const QString &shortName);

} // namespace Topologist::Test
