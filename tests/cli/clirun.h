// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qtprinters.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Topologist::Test {

/// What one run of topologist-cli gave.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    bool finished = false;
};

/// Runs the topologist-cli built with the tests, feeding @p input on its standard input, with
/// @p environment added to the test's own. The calling thread's event loop runs meanwhile, so a
/// fake server living in the test answers.
CliRun runCli(const QStringList &arguments,
              const QByteArray &input = QByteArray(),
              const QStringList &environment = QStringList());

} // namespace Topologist::Test
