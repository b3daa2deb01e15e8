// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "catalog/topologyloader.h"
#include "cliexitcode.h"
#include "csar/csarexporter.h"
#include "standard/standardcodes.h"
#include "standard/standardtoscaexporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

namespace Topologist {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString outputOption = QStringLiteral("output");
const QString selfContainedOption = QStringLiteral("self-contained");
const QString forceOption = QStringLiteral("force");
const QString standardOption = QStringLiteral("standard");

int exitCodeFor(CsarExporter::Refusal refusal)
{
    switch (refusal) {
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

bool findCode(const Diagnostics &diagnostics, QLatin1String code)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(), [code](const Diagnostic &d) {
        return d.code == code;
    });
}

/// `export --standard`: no validation (other tools judge standard TOSCA themselves), and no
/// dependency archives (the types are in the file).
/// The exporter's summary: all of it on success, its first line as the error otherwise.
void printSummary(bool ok, const QString &summary, CliOutput &output)
{
    if (ok)
        output.out << summary << '\n';
    else
        output.err << Tr::tr("topologist-cli: %1").arg(summary.section(QLatin1Char('\n'), 0, 0))
                   << '\n';
    output.out.flush();
    output.err.flush();
}

int runStandard(const QCommandLineParser &parser,
                const QString &file,
                const TypeCatalog &catalog,
                CliOutput &output)
{
    if (parser.isSet(selfContainedOption) || parser.isSet(forceOption)) {
        output.err << Tr::tr("topologist-cli: --standard takes neither --self-contained nor "
                             "--force: the types are in the file, and nothing is validated")
                   << '\n';
        return Unreadable;
    }
    const std::optional<LoadedTopology> read = CliCommand::loadReadable(catalog, file, output);
    if (!read)
        return Unreadable;
    const LoadedTopology &loaded = *read;
    QString target = parser.value(outputOption);
    if (target.isEmpty())
        target = CsarExporter::safeFileName(loaded.archive.name + QLatin1Char('-')
                                            + loaded.archive.version)
                 + QStringLiteral("-standard.csar");
    const StandardToscaExporter::Result result
        = StandardToscaExporter::exportTopology(CsarExporter::Source::fromLoaded(loaded), target);
    for (const Diagnostic &d : result.diagnostics) {
        if (d.severity == Severity::Error)
            output.err << d.toString() << '\n';
    }
    printSummary(result.ok, result.summary(), output);
    // As for the Alien4Cloud export: a refusal is 1, a file that cannot be read or written 2.
    if (result.ok)
        return Success;
    const bool io = findCode(result.diagnostics, StandardCode::MissingFile)
                    || findCode(result.diagnostics, StandardCode::WriteFailed);
    return io ? Unreadable : Failure;
}

} // namespace

QString ExportCommand::name() const
{
    return QStringLiteral("export");
}

QString ExportCommand::synopsis() const
{
    return QStringLiteral("export FILE [-o OUT.csar] [--self-contained] [--force] [--standard]");
}

QString ExportCommand::summary() const
{
    return Tr::tr("Write the topology as a CSAR for Alien4Cloud: TOSCA.meta,\n"
                  "the YAML and every script, artifact and icon it refers to.\n"
                  "OUT defaults to NAME-VERSION.csar in the current folder.");
}

QList<QCommandLineOption> ExportCommand::options() const
{
    return {
        QCommandLineOption({QStringLiteral("o"), outputOption},
                           Tr::tr("Where to write the CSAR."),
                           QStringLiteral("OUT.csar")),
        QCommandLineOption(selfContainedOption,
                           Tr::tr("Also write each imported type archive as its own CSAR\n"
                                  "beside OUT, numbered in upload order\n"
                                  "(01-tosca-normative-types-1.0.0-ALIEN14.csar, ...).")),
        QCommandLineOption(forceOption,
                           Tr::tr("Export even when the topology has validation errors.")),
        QCommandLineOption(standardOption,
                           Tr::tr("Write standard TOSCA (tosca_simple_yaml_1_2) for other\n"
                                  "TOSCA tools instead: the types it uses copied in, keys\n"
                                  "only Alien4Cloud reads left out and listed. A CSAR when\n"
                                  "OUT ends in .csar or .zip, else a YAML file; OUT\n"
                                  "defaults to NAME-VERSION-standard.csar.")),
    };
}

int ExportCommand::run(const QCommandLineParser &parser,
                       const TypeCatalog &catalog,
                       CliOutput &output) const
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        output.err << Tr::tr("topologist-cli: export takes exactly one file") << '\n';
        return Unreadable;
    }
    if (parser.isSet(standardOption))
        return runStandard(parser, files.first(), catalog, output);
    CsarExporter::Options options;
    options.selfContained = parser.isSet(selfContainedOption);
    options.force = parser.isSet(forceOption);
    const QString &file = files.first();
    const std::optional<LoadedTopology> read = CliCommand::loadReadable(catalog, file, output);
    if (!read)
        return Unreadable;
    const LoadedTopology &loaded = *read;
    QString target = parser.value(outputOption);
    if (target.isEmpty())
        target = CsarExporter::defaultFileName(loaded.archive.name, loaded.archive.version);

    const CsarExporter::Result result
        = CsarExporter::exportTopology(CsarExporter::Source::fromLoaded(loaded), target, options);
    // Validation errors as `validate` prints them, then the exporter's own messages.
    for (const Problem &problem : result.errors)
        output.err << problem.toString() << '\n';
    for (const Diagnostic &d : result.diagnostics)
        output.err << d.toString() << '\n';
    printSummary(result.ok(), result.summary(), output);
    return exitCodeFor(result.refusal);
}

} // namespace Topologist
