// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/loadedtopology.h"
#include "clioutput.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Topologist {

class TypeCatalog;

/// One sub-command of topologist-cli. It declares its options and help; CliApplication parses
/// the command line with them and runs the command on the type catalog.
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    /// The command's line in the help, e.g. "validate FILE...".
    virtual QString synopsis() const = 0;
    /// What the command does, already broken into lines of at most 56 characters.
    virtual QString summary() const = 0;
    virtual QList<QCommandLineOption> options() const { return {}; }
    /// `library` reports the libraries' problems itself; the other commands get one line each.
    virtual bool reportsLibraryProblems() const { return false; }
    /// A look at the raw arguments before parsing, for what must be refused even when it
    /// would parse (a password on the command line): prints why and returns false.
    virtual bool acceptsArguments(const QStringList &arguments, CliOutput &output) const;

    virtual int
    run(const QCommandLineParser &parser, const TypeCatalog &catalog, CliOutput &output) const = 0;

    /// `file` read through the catalog; nothing, once the reasons are printed, when it cannot
    /// be read.
    static std::optional<LoadedTopology>
    loadReadable(const TypeCatalog &catalog, const QString &file, CliOutput &output);
};

} // namespace Topologist
