// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Topologist {

/// `library`: the archives found in each --types library, with their problems.
class LibraryCommand : public CliCommand
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    bool reportsLibraryProblems() const override { return true; }
    int run(const QCommandLineParser &parser,
            const TypeCatalog &catalog,
            CliOutput &output) const override;
};

} // namespace Topologist
