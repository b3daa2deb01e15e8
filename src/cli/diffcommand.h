// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Topologist {

/// `diff A B`: what changed from topology A to topology B at the model level (TopologyDiff).
/// Exit status 0 when they are equal, 1 when they differ, 2 when one cannot be read.
///
/// `diff --textconv FILE` is what git's diff.tosca.textconv runs on each version of a file: the
/// topology as CanonicalTopology text, so that `git diff` shows model changes line by line.
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

private:
    static int
    textconv(const QCommandLineParser &parser, const TypeCatalog &catalog, CliOutput &output);
};

} // namespace Topologist
