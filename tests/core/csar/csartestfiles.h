// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/diagnostic.h"

#include <QByteArray>
#include <QString>

#include <string>

/// Small file and diagnostic helpers shared by the CSAR tests.
namespace Topologist::Test {

bool writeFile(const QString &path, const QByteArray &bytes);
/// The file's bytes, or empty when it cannot be read.
QByteArray readFile(const QString &path);
/// The first diagnostic with @p code, or null.
const Diagnostic *findCode(const Diagnostics &diagnostics, const QString &code);
/// One diagnostic per line, for failure messages.
std::string dump(const Diagnostics &diagnostics);

} // namespace Topologist::Test
