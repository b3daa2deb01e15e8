// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffcommand.h"

#include "cliexitcode.h"
#include "diff/canonicaltopology.h"
#include "diff/diffhumanreport.h"
#include "diff/topologydiff.h"
#include "diffjsonreport.h"
#include "topologyinput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace Topologist {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString formatOption = QStringLiteral("format");
const QString ignoreLayoutOption = QStringLiteral("ignore-layout");
const QString textconvOption = QStringLiteral("textconv");

/// The file's bytes unchanged, for git to compare as text.
int printAsIs(const QByteArray &bytes, CliOutput &output)
{
    output.out.flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        return Unreadable;
    return Success;
}

} // namespace

QString DiffCommand::name() const
{
    return QStringLiteral("diff");
}

QString DiffCommand::synopsis() const
{
    return QStringLiteral("diff A B");
}

QString DiffCommand::summary() const
{
    return Tr::tr("Compare two topologies at the model level: nodes\n"
                  "added, removed, renamed or retyped, and each value,\n"
                  "requirement, artifact, input, output, group, policy\n"
                  "and import that changed. A and B are files, CSARs or\n"
                  "git:REV:PATH. Exit status 0 when equal, 1 if different.\n"
                  "diff --textconv FILE prints one topology as canonical\n"
                  "text, for git's diff.tosca.textconv.");
}

QList<QCommandLineOption> DiffCommand::options() const
{
    return {
        QCommandLineOption(formatOption,
                           Tr::tr("human (default): changed elements, then each change\n"
                                  "json: every change with its values"),
                           QStringLiteral("F"),
                           QStringLiteral("human")),
        QCommandLineOption(ignoreLayoutOption,
                           Tr::tr("Leave out nodes that only moved on the canvas.")),
        QCommandLineOption(textconvOption,
                           Tr::tr("Print the one FILE given in a canonical form, for\n"
                                  "git diff: sorted nodes and keys, no comments or\n"
                                  "quoting, canvas positions apart at the end (left out\n"
                                  "with --ignore-layout). Other files print unchanged.")),
    };
}

int DiffCommand::run(const QCommandLineParser &parser,
                     const TypeCatalog &catalog,
                     CliOutput &output) const
{
    if (parser.isSet(textconvOption))
        return textconv(parser, catalog, output);
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("human") && format != QLatin1String("json")) {
        output.err << Tr::tr("topologist-cli: --format must be human or json") << '\n';
        return Unreadable;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2) {
        output.err << Tr::tr("topologist-cli: diff takes exactly two topologies") << '\n';
        return Unreadable;
    }
    const std::optional<LoadedTopology> before = TopologyInput::load(files[0], catalog, output.err);
    const std::optional<LoadedTopology> after = TopologyInput::load(files[1], catalog, output.err);
    output.err.flush();
    if (!before || !after)
        return Unreadable;

    Changes changes = TopologyDiff::compare(before->archive, after->archive);
    if (parser.isSet(ignoreLayoutOption))
        changes = TopologyDiff::withoutLayout(changes);
    if (format == QLatin1String("json"))
        output.out << QString::fromUtf8(DiffJsonReport::write(files[0], files[1], changes));
    else
        DiffHumanReport::write(changes, output.out);
    output.out.flush();
    return changes.isEmpty() ? Success : Failure;
}

int DiffCommand::textconv(const QCommandLineParser &parser,
                          const TypeCatalog &catalog,
                          CliOutput &output)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        output.err << Tr::tr("topologist-cli: diff --textconv takes exactly one file") << '\n';
        return Unreadable;
    }
    const QString &path = files.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        output.err << Tr::tr("topologist-cli: %1: cannot be read").arg(path) << '\n';
        return Unreadable;
    }
    const QByteArray bytes = file.readAll();
    QString problems;
    QTextStream problemStream(&problems);
    const std::optional<LoadedTopology> loaded = TopologyInput::load(path, catalog, problemStream);
    if (loaded && !loaded->archive.toscaDefinitionsVersion.isEmpty()) {
        const CanonicalTopology::Layout layout = parser.isSet(ignoreLayoutOption)
                                                     ? CanonicalTopology::Layout::Drop
                                                     : CanonicalTopology::Layout::Separate;
        output.out << QString::fromUtf8(CanonicalTopology::text(loaded->archive, layout));
        output.out.flush();
        return Success;
    }
    // git converts every file the attribute names. Another YAML file is shown as it is, quietly;
    // a topology that cannot be read (broken mid-edit) too, rather than failing the whole diff,
    // but with its problems.
    problemStream.flush();
    if (bytes.contains("tosca_definitions_version"))
        output.err << problems;
    output.err.flush();
    return printAsIs(bytes, output);
}

} // namespace Topologist
