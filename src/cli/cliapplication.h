// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Topologist {

class TypeCatalog;

/// topologist-cli: the headless front end for CI pipelines. Parses the command line, builds the
/// type catalog (bundled library plus --types archives) and runs one sub-command.
///
/// Exit codes are part of the interface: 0 success, 1 the topology has errors or was refused,
/// 2 an input could not be read (or the network failed, for push).
class CliApplication
{
public:
    enum ExitCode { Success = 0, Failure = 1, Unreadable = 2 };

    CliApplication();
    int run(const QStringList &arguments);

private:
    int usage(int exitCode);
    bool buildCatalog(TypeCatalog *catalog, const QStringList &typePaths, bool quietLibraries);
    int listLibraries(const QStringList &arguments, const TypeCatalog &catalog);
    int inspect(const QStringList &files, const TypeCatalog &catalog);
    int validate(const QStringList &arguments, const TypeCatalog &catalog);
    int exportCsar(const QStringList &arguments, const TypeCatalog &catalog);
    int push(const QStringList &arguments, const TypeCatalog &catalog);
    bool readPassword(QString *password);

    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Topologist
