// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"
#include "filereport.h"

namespace Topologist {

class TopologyLoader;

/// `validate FILE...`: every problem Topologist knows, as human lines, JSON or SARIF.
class ValidateCommand : public CliCommand
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
    static FileReport check(const QString &file, const TopologyLoader &loader, QTextStream &err);
    static void printHuman(const QList<FileReport> &reports, CliOutput &output);
};

} // namespace Topologist
