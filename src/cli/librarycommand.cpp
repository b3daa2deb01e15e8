// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarycommand.h"

#include "catalog/typecatalog.h"
#include "cliexitcode.h"
#include "libraryreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Topologist {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

QString LibraryCommand::name() const
{
    return QStringLiteral("library");
}

QString LibraryCommand::synopsis() const
{
    return QStringLiteral("library");
}

QString LibraryCommand::summary() const
{
    return Tr::tr("List the archives found in each --types folder, with\n"
                  "their versions, and the problems of each library.");
}

int LibraryCommand::run(const QCommandLineParser &parser,
                        const TypeCatalog &catalog,
                        CliOutput &output) const
{
    if (!parser.positionalArguments().isEmpty()) {
        output.err << Tr::tr("topologist-cli: library takes no argument; name the folders with "
                             "--types")
                   << '\n';
        return Unreadable;
    }
    LibraryReport::write(catalog, output.out);
    output.out.flush();
    return catalog.libraries().isEmpty() ? Unreadable : Success;
}

} // namespace Topologist
