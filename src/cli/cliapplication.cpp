// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"

#include "catalog/typecatalog.h"
#include "cliexitcode.h"
#include "clihelp.h"
#include "diffcommand.h"
#include "exportcommand.h"
#include "inspectcommand.h"
#include "librarycommand.h"
#include "libraryreport.h"
#include "mergecommand.h"
#include "pushcommand.h"
#include "validatecommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace Topologist {

namespace {

// lupdate names a context after the enclosing class, so the context is declared here
// rather than hidden in a helper function: strings land under "Cli" in the .ts too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString helpCommand = QStringLiteral("help");

QString optionText(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

} // namespace

CliApplication::CliApplication()
    : m_out(stdout)
    , m_err(stderr)
    , m_output{m_out, m_err}
    , m_typesOption(QStringLiteral("types"),
                    Tr::tr("Add a type library: a folder holding archives at any\n"
                           "depth (a git checkout of an archive repository), or a\n"
                           "single archive as a YAML file or a CSAR; may be repeated.\n"
                           "An archive of a library that cannot be used is a\n"
                           "warning; only the archives a topology imports matter."),
                    QStringLiteral("PATH"))
    , m_helpOption({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."))
    , m_versionOption({QStringLiteral("v"), QStringLiteral("version")}, Tr::tr("Show the version."))
{
    m_commands.push_back(std::make_unique<InspectCommand>());
    m_commands.push_back(std::make_unique<ValidateCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<PushCommand>());
    m_commands.push_back(std::make_unique<DiffCommand>());
    m_commands.push_back(std::make_unique<MergeCommand>());
    m_commands.push_back(std::make_unique<LibraryCommand>());
}

CliApplication::~CliApplication() = default;

QString CliApplication::helpText() const
{
    QString text = Tr::tr("Usage: topologist-cli [--types PATH]... COMMAND [OPTIONS] FILE...\n"
                          "\n"
                          "Headless Topologist: reads TOSCA topologies (YAML or CSAR) written for\n"
                          "Alien4Cloud, with the bundled Mesos type library.\n"
                          "\n"
                          "Commands:\n");
    for (const auto &command : m_commands)
        text += CliHelp::commandEntry(*command);
    text += CliHelp::item(
        QStringLiteral("help [COMMAND]"), Tr::tr("Show the options of COMMAND."), 2);
    text += QLatin1Char('\n') + Tr::tr("Options:") + QLatin1Char('\n')
            + CliHelp::options({m_typesOption, m_helpOption, m_versionOption}, 2);
    text += Tr::tr(
        "\n"
        "Options may come before or after FILE; after --, every argument is a FILE.\n"
        "Exit status: 0 success, 1 the topology has errors or the server refused it\n"
        "(or, for diff and merge, the topologies differ or conflict), 2 an input\n"
        "cannot be read, or the network or login failed (push).\n"
        "Diagnostics go to standard error as file:line:column: severity: message.\n"
        "Inside a CSAR, files are named ARCHIVE!PATH (marathon.csar!marathon.yml:12:3).\n");
    return text;
}

int CliApplication::usage(int exitCode)
{
    (exitCode == Success ? m_out : m_err) << helpText();
    return exitCode;
}

const CliCommand *CliApplication::command(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

bool CliApplication::parse(QCommandLineParser *parser,
                           const QStringList &arguments,
                           const QString &context)
{
    if (parser->parse(arguments))
        return true;
    const QStringList unknown = parser->unknownOptionNames();
    if (unknown.isEmpty())
        m_err << Tr::tr("topologist-cli: %1").arg(parser->errorText()) << '\n';
    else if (context.isEmpty())
        m_err << Tr::tr("topologist-cli: unknown option '%1'").arg(optionText(unknown.first()))
              << '\n';
    else
        m_err << Tr::tr("topologist-cli: unknown option '%1' for %2")
                     .arg(optionText(unknown.first()), context)
              << '\n';
    return false;
}

int CliApplication::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    // Options before the command are topologist-cli's own; the rest belongs to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOptions({m_typesOption, m_helpOption, m_versionOption});
    if (!parse(&parser, arguments, QString()))
        return usage(Unreadable);
    if (parser.isSet(m_helpOption))
        return usage(Success);
    if (parser.isSet(m_versionOption)) {
        m_out << "topologist-cli " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    QStringList rest = parser.positionalArguments();
    if (rest.isEmpty())
        return usage(Unreadable);
    const QString name = rest.takeFirst();
    if (name == helpCommand)
        return help(rest);
    const CliCommand *chosen = command(name);
    if (!chosen) {
        m_err << Tr::tr("topologist-cli: unknown command '%1'").arg(name) << '\n';
        return usage(Unreadable);
    }
    return runCommand(*chosen, rest, parser.values(m_typesOption));
}

int CliApplication::help(const QStringList &topics)
{
    if (topics.isEmpty())
        return usage(Success);
    const CliCommand *chosen = command(topics.first());
    if (topics.size() > 1 || !chosen) {
        m_err << Tr::tr("topologist-cli: unknown command '%1'").arg(topics.join(QLatin1Char(' ')))
              << '\n';
        return usage(Unreadable);
    }
    m_out << CliHelp::commandHelp(*chosen, m_helpOption);
    return Success;
}

int CliApplication::runCommand(const CliCommand &command,
                               const QStringList &arguments,
                               const QStringList &typePaths)
{
    if (!command.acceptsArguments(arguments, m_output))
        return Unreadable;
    QCommandLineParser parser;
    parser.addOptions(command.options());
    parser.addOption(m_helpOption);
    if (!parse(&parser, QStringList{command.name()} + arguments, command.name()))
        return Unreadable;
    if (parser.isSet(m_helpOption)) {
        m_out << CliHelp::commandHelp(command, m_helpOption);
        return Success;
    }
    TypeCatalog catalog;
    if (!buildCatalog(&catalog, typePaths, command.reportsLibraryProblems()))
        return Unreadable;
    return command.run(parser, catalog, m_output);
}

bool CliApplication::buildCatalog(TypeCatalog *catalog,
                                  const QStringList &typePaths,
                                  bool quietLibraries)
{
    catalog->addBundledLibrary();
    bool ok = true;
    for (const QString &path : typePaths) {
        Diagnostics diagnostics;
        if (!catalog->addPath(path, &diagnostics))
            ok = false;
        // A library's problems are about archives the topology may never import: one line
        // points at `library`, which lists them, instead of burying the topology's report.
        const TypeLibrary *library = catalog->library(path);
        for (const Diagnostic &d : std::as_const(diagnostics)) {
            if (!library || d.severity == Severity::Error)
                m_err << d.toString() << '\n';
        }
        if (library && !library->problems.isEmpty() && !quietLibraries)
            m_err << LibraryReport::summary(*library) << '\n';
    }
    m_err.flush();
    return ok;
}

} // namespace Topologist
