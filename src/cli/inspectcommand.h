// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Topologist {

struct LoadedTopology;

/// `inspect FILE`: a topology's node templates with their type lineage, and its relationships.
class InspectCommand : public CliCommand
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QCommandLineParser &parser,
            const TypeCatalog &catalog,
            CliOutput &output) const override;

private:
    static void printNodes(const LoadedTopology &loaded, QTextStream &out);
    static void printRelationships(const LoadedTopology &loaded, QTextStream &out);
};

} // namespace Topologist
