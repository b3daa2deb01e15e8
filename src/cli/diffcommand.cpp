// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffcommand.h"

#include "cliexitcode.h"
#include "diff/diffhumanreport.h"
#include "diff/topologydiff.h"
#include "diffjsonreport.h"
#include "topologyinput.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Topologist {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString formatOption = QStringLiteral("format");
const QString ignoreLayoutOption = QStringLiteral("ignore-layout");

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
                  "git:REV:PATH. Exit status 0 when equal, 1 if different.");
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
    };
}

int DiffCommand::run(const QCommandLineParser &parser,
                     const TypeCatalog &catalog,
                     CliOutput &output) const
{
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

} // namespace Topologist
