// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"
#include "clioutput.h"

#include <QCommandLineOption>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

class QCommandLineParser;

namespace Topologist {

class TypeCatalog;

/// topologist-cli: the headless front end for CI pipelines, in the manner of git: global
/// options, then a command with its own options (`topologist-cli help COMMAND` lists them).
/// It builds the type catalog (bundled library plus --types archives) and runs the command.
/// Exit codes are in cliexitcode.h.
class CliApplication
{
public:
    CliApplication();
    ~CliApplication();
    int run(const QStringList &arguments);

private:
    int usage(int exitCode);
    int help(const QStringList &topics);
    int runCommand(const CliCommand &command,
                   const QStringList &arguments,
                   const QStringList &typePaths);
    bool parse(QCommandLineParser *parser, const QStringList &arguments, const QString &context);
    const CliCommand *command(const QString &name) const;
    QString helpText() const;
    bool buildCatalog(TypeCatalog *catalog, const QStringList &typePaths, bool quietLibraries);

    QTextStream m_out;
    QTextStream m_err;
    CliOutput m_output;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
    const QCommandLineOption m_typesOption;
    const QCommandLineOption m_helpOption;
    const QCommandLineOption m_versionOption;
};

} // namespace Topologist
