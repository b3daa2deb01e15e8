// SPDX-License-Identifier: GPL-3.0-or-later
#include "validatecommand.h"

#include "keptuntilexit.h"

#include "catalog/topologyloader.h"
#include "cliexitcode.h"
#include "jsonreport.h"
#include "sarifreport.h"
#include "validation/validationcontext.h"
#include "validation/validator.h"
#include "validation/validatorfactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Topologist {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString formatOption = QStringLiteral("format");
const QString werrorOption = QStringLiteral("werror");

bool fails(const FileReport &report, bool warningsAreErrors)
{
    for (const Problem &problem : report.problems) {
        if (problem.severity == Severity::Error
            || (warningsAreErrors && problem.severity == Severity::Warning))
            return true;
    }
    return false;
}

} // namespace

QString ValidateCommand::name() const
{
    return QStringLiteral("validate");
}

QString ValidateCommand::synopsis() const
{
    return QStringLiteral("validate FILE...");
}

QString ValidateCommand::summary() const
{
    return Tr::tr("Check topologies for every mistake Topologist knows\n"
                  "(structure, properties, node filters, Mesos rules).");
}

QList<QCommandLineOption> ValidateCommand::options() const
{
    return {
        QCommandLineOption(formatOption,
                           Tr::tr("human (default): file:line:col: severity: [CODE] node: msg\n"
                                  "json: every field, quick fixes included\n"
                                  "sarif: SARIF 2.1.0 for CI code scanning"),
                           QStringLiteral("F"),
                           QStringLiteral("human")),
        QCommandLineOption(werrorOption, Tr::tr("Treat warnings as errors.")),
    };
}

int ValidateCommand::run(const QCommandLineParser &parser,
                         const TypeCatalog &catalog,
                         CliOutput &output) const
{
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("human") && format != QLatin1String("json")
        && format != QLatin1String("sarif")) {
        output.err << Tr::tr("topologist-cli: --format must be human, json or sarif") << '\n';
        return Unreadable;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        output.err << Tr::tr("topologist-cli: validate needs at least one file") << '\n';
        return Unreadable;
    }

    QList<FileReport> reports;
    const TopologyLoader loader(catalog);
    for (const QString &file : files)
        reports.append(check(file, loader, output.err));

    if (format == QLatin1String("json"))
        output.out << QString::fromUtf8(JsonReport::write(reports));
    else if (format == QLatin1String("sarif"))
        output.out << QString::fromUtf8(SarifReport::write(reports));
    else
        printHuman(reports, output);
    output.out.flush();
    output.err.flush();

    bool anyFailure = false;
    for (const FileReport &report : std::as_const(reports)) {
        if (!report.readable)
            return Unreadable;
        anyFailure |= fails(report, parser.isSet(werrorOption));
    }
    return anyFailure ? Failure : Success;
}

FileReport
ValidateCommand::check(const QString &file, const TopologyLoader &loader, QTextStream &err)
{
    FileReport report;
    report.file = file;
    LoadedTopology loaded = loader.loadFile(file, file);
    for (const Diagnostic &d : loaded.diagnostics)
        report.problems.append(Problem::fromDiagnostic(d));
    report.readable = loaded.readable;
    // Why a file (a hostile or broken CSAR, say) cannot be read goes to standard error in
    // every format, as the help promises; the human report then leaves it out.
    if (!loaded.readable) {
        for (const Diagnostic &d : loaded.diagnostics)
            err << d.toString() << '\n';
    }
    if (loaded.readable && loaded.archive.topology) {
        Diagnostics ruleDiagnostics;
        const auto validator
            = ValidatorFactory::create(loaded.dependencies, &ruleDiagnostics, loaded.types.get());
        for (const Diagnostic &d : std::as_const(ruleDiagnostics))
            report.problems.append(Problem::fromDiagnostic(d));
        const ValidationContext context(loaded.archive, *loaded.archive.topology, *loaded.types);
        report.problems += validator->validate(context);
    }
    std::stable_sort(report.problems.begin(), report.problems.end());
    // The model is pure memory; an unpacked CSAR's folder (loaded.csar) is removed as usual.
    keepUntilExit(std::move(loaded.archive));
    return report;
}

void ValidateCommand::printHuman(const QList<FileReport> &reports, CliOutput &output)
{
    int errors = 0;
    int warnings = 0;
    for (const FileReport &report : reports) {
        for (const Problem &problem : report.problems) {
            if (report.readable) {
                output.out << problem.toString() << '\n';
                for (const QuickFix &fix : problem.fixes)
                    output.out << "    " << Tr::tr("fix: %1").arg(fix.description) << '\n';
            }
            errors += problem.severity == Severity::Error ? 1 : 0;
            warnings += problem.severity == Severity::Warning ? 1 : 0;
        }
    }
    const auto count = [](int n, const QString &one, const QString &many) {
        return n == 1 ? one : many.arg(n);
    };
    output.err << count(int(reports.size()), Tr::tr("1 file checked"), Tr::tr("%1 files checked"))
               << ", " << count(errors, Tr::tr("1 error"), Tr::tr("%1 errors")) << ", "
               << count(warnings, Tr::tr("1 warning"), Tr::tr("%1 warnings")) << '\n';
}

} // namespace Topologist
