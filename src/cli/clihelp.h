// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace Topologist {

class CliCommand;

/// The help text of topologist-cli, built from the commands' own synopses, summaries and
/// option declarations so that what the help says and what the parser accepts never drift.
class CliHelp
{
public:
    /// `label` indented, then `text` from the description column; further lines of `text`
    /// below it on that column.
    static QString item(const QString &label, const QString &text, int indent);
    /// "  -o, --output OUT   what it does", descriptions aligned on one column.
    static QString options(const QList<QCommandLineOption> &options, int indent);
    /// A command's entry in the overall help: its synopsis, summary and options.
    static QString commandEntry(const CliCommand &command);
    /// `topologist-cli help COMMAND`: the usage line, the summary and every option.
    static QString commandHelp(const CliCommand &command, const QCommandLineOption &help);

private:
    static QString optionLabel(const QCommandLineOption &option);
};

} // namespace Topologist
