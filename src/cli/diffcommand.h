// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Topologist {

/// `diff A B`: what changed from topology A to topology B at the model level (TopologyDiff).
/// Exit status 0 when they are equal, 1 when they differ, 2 when one cannot be read.
class DiffCommand : public CliCommand
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser,
            const TypeCatalog &catalog,
            CliOutput &output) const override;
};

} // namespace Topologist
