// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"

#include "alien4cloud/alien4cloudpush.h"
#include "catalog/topologyloader.h"
#include "catalog/typecatalog.h"
#include "csar/csarexporter.h"
#include "filereport.h"
#include "jsonreport.h"
#include "libraryreport.h"
#include "sarifreport.h"
#include "validation/validationcontext.h"
#include "validation/validator.h"
#include "validation/validatorfactory.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <cstdio>

namespace Topologist {

namespace {

// lupdate names a context after the enclosing class, so the context is declared here
// rather than hidden in a helper function: strings land under "Cli" in the .ts too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString helpText()
{
    return Tr::tr(
        "Usage: topologist-cli [--types PATH]... COMMAND [OPTIONS] FILE...\n"
        "\n"
        "Headless Topologist: reads TOSCA topologies (YAML or CSAR) written for\n"
        "Alien4Cloud, with the bundled Mesos type library.\n"
        "\n"
        "Commands:\n"
        "  inspect FILE        Load a topology with its imports and print its node\n"
        "                      templates, types and relationships.\n"
        "  validate FILE...    Check topologies for every mistake Topologist knows\n"
        "                      (structure, properties, node filters, Mesos rules).\n"
        "      --format F      human (default): file:line:col: severity: [CODE] node: msg\n"
        "                      json: every field, quick fixes included\n"
        "                      sarif: SARIF 2.1.0 for CI code scanning\n"
        "      --werror        Treat warnings as errors.\n"
        "  export FILE [-o OUT.csar] [--self-contained] [--force]\n"
        "                      Write the topology as a CSAR for Alien4Cloud: TOSCA.meta,\n"
        "                      the YAML and every script, artifact and icon it refers to.\n"
        "                      OUT defaults to NAME-VERSION.csar in the current folder.\n"
        "      --self-contained  Also write each imported type archive as its own CSAR\n"
        "                      beside OUT, numbered in upload order\n"
        "                      (01-tosca-normative-types-1.0.0-ALIEN14.csar, ...).\n"
        "      --force         Export even when the topology has validation errors.\n"
        "  push FILE --server URL --user NAME --password-stdin [--application NAME]\n"
        "       [--ca-cert PEM] [--force] [--no-check]\n"
        "                      Upload the topology to Alien4Cloud, after the type archives\n"
        "                      it imports that the server lacks, and optionally create an\n"
        "                      application from it (its id: NAME with every character\n"
        "                      other than letters, digits and _ made _).\n"
        "      --password-stdin  Read the password from the first line of standard input\n"
        "                      (it is never taken from the command line or environment).\n"
        "      --ca-cert PEM   Trust this self-signed certificate for this server.\n"
        "      --no-check      Skip Alien4Cloud's check before the upload (3.0+).\n"
        "      --allow-insecure-http  Allow sending the password unencrypted to an\n"
        "                      http:// URL. A URL without a scheme is https://.\n"
        "  library             List the archives found in each --types folder, with\n"
        "                      their versions, and the problems of each library.\n"
        "\n"
        "Options:\n"
        "  --types PATH        Add a type library: a folder holding archives at any\n"
        "                      depth (a git checkout of an archive repository), or a\n"
        "                      single archive as a YAML file or a CSAR; may be repeated.\n"
        "                      An archive of a library that cannot be used is a\n"
        "                      warning; only the archives a topology imports matter.\n"
        "  -h, --help          Show this help.\n"
        "  -v, --version       Show the version.\n"
        "\n"
        "Exit status: 0 success, 1 the topology has errors or the server refused it,\n"
        "2 an input cannot be read, or the network or login failed (push).\n"
        "Diagnostics go to standard error as file:line:column: severity: message.\n"
        "Inside a CSAR, files are named ARCHIVE!PATH (marathon.csar!marathon.yml:12:3).\n");
}

} // namespace

CliApplication::CliApplication()
    : m_out(stdout)
    , m_err(stderr)
{}

int CliApplication::usage(int exitCode)
{
    (exitCode == Success ? m_out : m_err) << helpText();
    return exitCode;
}

int CliApplication::run(const QStringList &arguments)
{
    QStringList typePaths;
    QString command;
    QStringList rest;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (command.isEmpty()) {
            if (arg == QLatin1String("-h") || arg == QLatin1String("--help"))
                return usage(Success);
            if (arg == QLatin1String("-v") || arg == QLatin1String("--version")) {
                m_out << "topologist-cli " << QCoreApplication::applicationVersion() << '\n';
                return Success;
            }
            if (arg == QLatin1String("--types")) {
                if (i + 1 >= arguments.size()) {
                    m_err << Tr::tr("topologist-cli: --types needs a path") << '\n';
                    return usage(Unreadable);
                }
                typePaths << arguments[++i];
                continue;
            }
            if (arg.startsWith(QLatin1String("--types="))) {
                typePaths << arg.mid(8);
                continue;
            }
            if (arg.startsWith(QLatin1Char('-'))) {
                m_err << Tr::tr("topologist-cli: unknown option '%1'").arg(arg) << '\n';
                return usage(Unreadable);
            }
            command = arg;
            continue;
        }
        rest << arg;
    }
    if (command.isEmpty())
        return usage(Unreadable);

    TypeCatalog catalog;
    if (!buildCatalog(&catalog, typePaths, command == QLatin1String("library")))
        return Unreadable;

    if (command == QLatin1String("inspect"))
        return inspect(rest, catalog);
    if (command == QLatin1String("validate"))
        return validate(rest, catalog);
    if (command == QLatin1String("export"))
        return exportCsar(rest, catalog);
    if (command == QLatin1String("push"))
        return push(rest, catalog);
    if (command == QLatin1String("library"))
        return listLibraries(rest, catalog);
    m_err << Tr::tr("topologist-cli: unknown command '%1'").arg(command) << '\n';
    return usage(Unreadable);
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

int CliApplication::listLibraries(const QStringList &arguments, const TypeCatalog &catalog)
{
    if (!arguments.isEmpty()) {
        m_err << Tr::tr("topologist-cli: library takes no argument; name the folders with "
                        "--types")
              << '\n';
        return Unreadable;
    }
    LibraryReport::write(catalog, m_out);
    m_out.flush();
    return catalog.libraries().isEmpty() ? Unreadable : Success;
}

int CliApplication::inspect(const QStringList &files, const TypeCatalog &catalog)
{
    if (files.size() != 1) {
        m_err << Tr::tr("topologist-cli: inspect takes exactly one file") << '\n';
        return Unreadable;
    }
    const QString &file = files.first();
    TopologyLoader loader(catalog);
    const LoadedTopology loaded = loader.loadFile(file, file);
    Diagnostics diagnostics = loaded.diagnostics;
    if (loaded.readable && loaded.archive.topology) {
        const ValidationContext context(loaded.archive, *loaded.archive.topology, *loaded.types);
        for (const Problem &problem : Validator::structural().validate(context))
            diagnostics.append({problem.severity,
                                problem.code,
                                problem.location,
                                problem.node + QStringLiteral(": ") + problem.message});
    }
    for (const Diagnostic &d : std::as_const(diagnostics))
        m_err << d.toString() << '\n';
    m_err.flush();
    if (!loaded.readable || hasErrors(diagnostics))
        return Unreadable;

    const ToscaArchive &archive = loaded.archive;
    m_out << Tr::tr("%1: %2 (%3)").arg(file, archive.id(), archive.toscaDefinitionsVersion) << '\n';
    if (!archive.description.isEmpty())
        m_out << "  " << archive.description << '\n';
    QStringList imports;
    for (const ArchiveImport &import : archive.imports)
        imports << import.id();
    m_out << Tr::tr("imports: %1")
                 .arg(imports.isEmpty() ? Tr::tr("none") : imports.join(QStringLiteral(", ")))
          << '\n';
    if (!archive.topology) {
        m_out << Tr::tr("no topology_template: %1 types declared").arg(archive.types.size())
              << '\n';
        return Success;
    }
    const TopologyTemplate &topology = *archive.topology;
    const ValidationContext context(archive, topology, *loaded.types);
    m_out << '\n' << Tr::tr("node templates (%1):").arg(topology.nodeCount()) << '\n';
    int width = 0;
    for (const NodeTemplate &node : topology.nodes())
        width = qMax(width, int(node.name.size()));
    for (const NodeTemplate &node : topology.nodes()) {
        QString line = QStringLiteral("  ") + node.name.leftJustified(width + 2) + node.type;
        const QStringList lineage = loaded.types->lineage(TypeKind::Node, node.type);
        if (lineage.size() > 1)
            line += QStringLiteral("  (") + lineage.mid(1).join(QStringLiteral(" < "))
                    + QLatin1Char(')');
        m_out << line << '\n';
    }
    int relationshipCount = 0;
    for (const NodeTemplate &node : topology.nodes())
        relationshipCount += int(node.requirements.size());
    m_out << '\n' << Tr::tr("relationships (%1):").arg(relationshipCount) << '\n';
    for (const NodeTemplate &node : topology.nodes()) {
        for (const RequirementAssignment &r : node.requirements) {
            const NodeTemplate *target = topology.node(r.node);
            const CapabilityDefinition *capability
                = target ? context.targetCapability(node, r, *target) : nullptr;
            m_out << "  " << node.name << "." << r.name << " -> " << r.node;
            if (capability)
                m_out << "." << capability->name << " (" << capability->type << ")";
            m_out << "  [" << context.relationshipType(node, r) << "]\n";
        }
    }
    return Success;
}

int CliApplication::validate(const QStringList &arguments, const TypeCatalog &catalog)
{
    QString format = QStringLiteral("human");
    bool warningsAreErrors = false;
    QStringList files;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == QLatin1String("--werror")) {
            warningsAreErrors = true;
        } else if (arg == QLatin1String("--format") && i + 1 < arguments.size()) {
            format = arguments[++i];
        } else if (arg.startsWith(QLatin1String("--format="))) {
            format = arg.mid(9);
        } else if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
            m_err << Tr::tr("topologist-cli: unknown option '%1' for validate").arg(arg) << '\n';
            return Unreadable;
        } else {
            files << arg;
        }
    }
    if (format != QLatin1String("human") && format != QLatin1String("json")
        && format != QLatin1String("sarif")) {
        m_err << Tr::tr("topologist-cli: --format must be human, json or sarif") << '\n';
        return Unreadable;
    }
    if (files.isEmpty()) {
        m_err << Tr::tr("topologist-cli: validate needs at least one file") << '\n';
        return Unreadable;
    }

    QList<FileReport> reports;
    bool anyUnreadable = false;
    bool anyFailure = false;
    const TopologyLoader loader(catalog);
    for (const QString &file : std::as_const(files)) {
        FileReport report;
        report.file = file;
        const LoadedTopology loaded = loader.loadFile(file, file);
        for (const Diagnostic &d : loaded.diagnostics)
            report.problems.append(Problem::fromDiagnostic(d));
        report.readable = loaded.readable;
        // Why a file (a hostile or broken CSAR, say) cannot be read goes to standard error in
        // every format, as the help promises; the human report then leaves it out.
        if (!loaded.readable) {
            for (const Diagnostic &d : loaded.diagnostics)
                m_err << d.toString() << '\n';
        }
        if (loaded.readable && loaded.archive.topology) {
            Diagnostics ruleDiagnostics;
            const auto validator = ValidatorFactory::create(
                loaded.dependencies, &ruleDiagnostics, loaded.types.get());
            for (const Diagnostic &d : std::as_const(ruleDiagnostics))
                report.problems.append(Problem::fromDiagnostic(d));
            const ValidationContext context(
                loaded.archive, *loaded.archive.topology, *loaded.types);
            report.problems += validator->validate(context);
        }
        std::stable_sort(report.problems.begin(), report.problems.end());
        anyUnreadable |= !report.readable;
        for (const Problem &problem : std::as_const(report.problems)) {
            if (problem.severity == Severity::Error
                || (warningsAreErrors && problem.severity == Severity::Warning))
                anyFailure = true;
        }
        reports.append(report);
    }

    if (format == QLatin1String("json")) {
        m_out << QString::fromUtf8(JsonReport::write(reports));
    } else if (format == QLatin1String("sarif")) {
        m_out << QString::fromUtf8(SarifReport::write(reports));
    } else {
        int errors = 0;
        int warnings = 0;
        for (const FileReport &report : std::as_const(reports)) {
            for (const Problem &problem : report.problems) {
                if (report.readable) {
                    m_out << problem.toString() << '\n';
                    for (const QuickFix &fix : problem.fixes)
                        m_out << "    " << Tr::tr("fix: %1").arg(fix.description) << '\n';
                }
                errors += problem.severity == Severity::Error ? 1 : 0;
                warnings += problem.severity == Severity::Warning ? 1 : 0;
            }
        }
        const auto count = [](int n, const QString &one, const QString &many) {
            return n == 1 ? one : many.arg(n);
        };
        m_err << count(int(reports.size()), Tr::tr("1 file checked"), Tr::tr("%1 files checked"))
              << ", " << count(errors, Tr::tr("1 error"), Tr::tr("%1 errors")) << ", "
              << count(warnings, Tr::tr("1 warning"), Tr::tr("%1 warnings")) << '\n';
    }
    m_out.flush();
    m_err.flush();
    if (anyUnreadable)
        return Unreadable;
    return anyFailure ? Failure : Success;
}

int CliApplication::exportCsar(const QStringList &arguments, const TypeCatalog &catalog)
{
    QString output;
    CsarExporter::Options options;
    QStringList files;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if ((arg == QLatin1String("-o") || arg == QLatin1String("--output"))
            && i + 1 < arguments.size()) {
            output = arguments[++i];
        } else if (arg.startsWith(QLatin1String("--output="))) {
            output = arg.mid(9);
        } else if (arg == QLatin1String("--self-contained")) {
            options.selfContained = true;
        } else if (arg == QLatin1String("--force")) {
            options.force = true;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            m_err << Tr::tr("topologist-cli: unknown option '%1' for export").arg(arg) << '\n';
            return Unreadable;
        } else {
            files << arg;
        }
    }
    if (files.size() != 1) {
        m_err << Tr::tr("topologist-cli: export takes exactly one file") << '\n';
        return Unreadable;
    }
    const QString &file = files.first();
    const LoadedTopology loaded = TopologyLoader(catalog).loadFile(file, file);
    if (!loaded.readable) {
        for (const Diagnostic &d : loaded.diagnostics)
            m_err << d.toString() << '\n';
        m_err.flush();
        return Unreadable;
    }
    if (output.isEmpty())
        output = CsarExporter::defaultFileName(loaded.archive.name, loaded.archive.version);

    const CsarExporter::Result result
        = CsarExporter::exportTopology(CsarExporter::Source::fromLoaded(loaded), output, options);
    // Validation errors as `validate` prints them, then the exporter's own messages.
    for (const Problem &problem : result.errors)
        m_err << problem.toString() << '\n';
    for (const Diagnostic &d : result.diagnostics)
        m_err << d.toString() << '\n';
    if (result.ok())
        m_out << result.summary() << '\n';
    else
        m_err << Tr::tr("topologist-cli: %1").arg(result.summary().section(QLatin1Char('\n'), 0, 0))
              << '\n';
    m_out.flush();
    m_err.flush();
    switch (result.refusal) {
    case CsarExporter::Refusal::None:
        return Success;
    case CsarExporter::Refusal::ValidationErrors:
    case CsarExporter::Refusal::MissingNameOrVersion:
    case CsarExporter::Refusal::Unsafe:
        return Failure;
    case CsarExporter::Refusal::MissingFiles:
    case CsarExporter::Refusal::WriteFailed:
        return Unreadable;
    }
    return Unreadable;
}

bool CliApplication::readPassword(QString *password)
{
    // One line of standard input, as `docker login --password-stdin` reads it; the password
    // is never echoed, logged or put in a message.
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return false;
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    *password = QString::fromUtf8(line);
    line.fill('\0');
    return !password->isEmpty();
}

int CliApplication::push(const QStringList &arguments, const TypeCatalog &catalog)
{
    Alien4CloudServer server;
    QString serverText;
    bool passwordFromStdin = false;
    Alien4CloudPush::Options options;
    QStringList files;
    const auto value = [&](int *i, const QString &arg, const QString &name, QString *target) {
        if (arg == name && *i + 1 < arguments.size()) {
            *target = arguments[++*i];
            return true;
        }
        if (arg.startsWith(name + QLatin1Char('='))) {
            *target = arg.mid(name.size() + 1);
            return true;
        }
        return false;
    };
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (value(&i, arg, QStringLiteral("--server"), &serverText)
            || value(&i, arg, QStringLiteral("--user"), &server.userName)
            || value(&i, arg, QStringLiteral("--application"), &options.applicationName)
            || value(&i, arg, QStringLiteral("--ca-cert"), &server.trustedCertificatePath))
            continue;
        if (arg == QLatin1String("--password-stdin")) {
            passwordFromStdin = true;
        } else if (arg == QLatin1String("--force")) {
            options.force = true;
        } else if (arg == QLatin1String("--no-check")) {
            options.checkBeforeUpload = false;
        } else if (arg == QLatin1String("--allow-insecure-http")) {
            server.allowInsecureHttp = true;
        } else if (arg == QLatin1String("--password")
                   || arg.startsWith(QLatin1String("--password="))) {
            m_err << Tr::tr("topologist-cli: the password is never taken from the command line, "
                            "where other users and the shell history see it; pipe it in with "
                            "--password-stdin")
                  << '\n';
            return Unreadable;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            m_err << Tr::tr("topologist-cli: unknown option '%1' for push").arg(arg) << '\n';
            return Unreadable;
        } else {
            files << arg;
        }
    }
    if (files.size() != 1) {
        m_err << Tr::tr("topologist-cli: push takes exactly one file") << '\n';
        return Unreadable;
    }
    if (serverText.isEmpty() || server.userName.isEmpty() || !passwordFromStdin) {
        m_err << Tr::tr("topologist-cli: push needs --server URL, --user NAME and --password-stdin")
              << '\n';
        return Unreadable;
    }
    server.baseUrl = Alien4CloudServer::urlFromText(serverText);
    const QString profileProblem = server.problem();
    if (!profileProblem.isEmpty()) {
        m_err << Tr::tr("topologist-cli: %1").arg(profileProblem) << '\n';
        return Unreadable;
    }
    if (!server.isHttps() && !server.allowInsecureHttp) {
        m_err << Tr::tr("topologist-cli: %1 is plain http://, which would send the password "
                        "unencrypted; use its https:// address, or pass --allow-insecure-http "
                        "to accept that")
                     .arg(server.displayUrl())
              << '\n';
        return Unreadable;
    }

    const QString &file = files.first();
    const LoadedTopology loaded = TopologyLoader(catalog).loadFile(file, file);
    if (!loaded.readable) {
        for (const Diagnostic &d : loaded.diagnostics)
            m_err << d.toString() << '\n';
        m_err.flush();
        return Unreadable;
    }
    QString password;
    if (!readPassword(&password)) {
        m_err << Tr::tr("topologist-cli: no password on standard input (--password-stdin reads its "
                        "first line)")
              << '\n';
        return Unreadable;
    }

    Alien4CloudPush pushing(server);
    QObject::connect(&pushing, &Alien4CloudPush::stepAdded, &pushing, [this, &pushing](int index) {
        m_err << Tr::tr("topologist-cli: %1").arg(pushing.steps().at(index).label) << '\n';
        m_err.flush();
    });
    const Alien4CloudPush::Result result
        = pushing.run(CsarExporter::Source::fromLoaded(loaded), password, options);
    password.fill(QLatin1Char('\0'));

    for (const Problem &problem : result.problems)
        m_err << problem.toString() << '\n';
    if (result.succeeded()) {
        m_out << result.message << '\n';
        for (const QString &notice : result.notices)
            m_out << Tr::tr("note: %1").arg(notice) << '\n';
        if (!result.applicationUrl.isEmpty())
            m_out
                << Tr::tr("application: %1").arg(result.applicationUrl.toString(QUrl::FullyEncoded))
                << '\n';
    } else {
        m_err << Tr::tr("topologist-cli: %1").arg(result.message) << '\n';
    }
    m_out.flush();
    m_err.flush();
    switch (result.outcome) {
    case Alien4CloudPush::Outcome::Succeeded:
        return Success;
    case Alien4CloudPush::Outcome::RejectedByServer:
        return Failure;
    case Alien4CloudPush::Outcome::RefusedLocally:
        return result.exportRefusal == CsarExporter::Refusal::ValidationErrors
                       || result.exportRefusal == CsarExporter::Refusal::MissingNameOrVersion
                   ? Failure
                   : Unreadable;
    case Alien4CloudPush::Outcome::Failed:
    case Alien4CloudPush::Outcome::Canceled:
        return Unreadable;
    }
    return Unreadable;
}

} // namespace Topologist
