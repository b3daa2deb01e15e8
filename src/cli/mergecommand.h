// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Topologist {

struct ToscaArchive;

/// `merge BASE OURS THEIRS -o OUT`: the three-way merge of two topologies made from BASE
/// (TopologyMerge), usable as git's merge driver. Conflicts are reported on standard error and
/// recorded in OUT's metadata, which holds our side of each; exit status 1 then.
class MergeCommand : public CliCommand
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
    static bool save(const ToscaArchive &archive, const QString &target, CliOutput &output);
};

} // namespace Topologist
