// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergecommand.h"

#include "cliexitcode.h"
#include "diff/mergeconflictrecord.h"
#include "diff/topologymerge.h"
#include "mergereport.h"
#include "topologyinput.h"
#include "yaml/toscawriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>

namespace Topologist {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString outputOption = QStringLiteral("output");

} // namespace

QString MergeCommand::name() const
{
    return QStringLiteral("merge");
}

QString MergeCommand::synopsis() const
{
    return QStringLiteral("merge BASE OURS THEIRS [-o OUT]");
}

QString MergeCommand::summary() const
{
    return Tr::tr("Merge the changes OURS and THEIRS made to BASE, node by\n"
                  "node and value by value. Conflicts are listed and kept\n"
                  "in OUT's metadata (OUT holds our side); exit status 1.\n"
                  "As git's merge driver: merge %O %A %B -o %A");
}

QList<QCommandLineOption> MergeCommand::options() const
{
    return {
        QCommandLineOption({QStringLiteral("o"), outputOption},
                           Tr::tr("Where to write the merged topology (default: standard\n"
                                  "output)."),
                           QStringLiteral("OUT")),
    };
}

bool MergeCommand::save(const ToscaArchive &archive, const QString &target, CliOutput &output)
{
    const QByteArray text = ToscaWriter().write(archive);
    if (target.isEmpty()) {
        output.out << QString::fromUtf8(text);
        output.out.flush();
        return true;
    }
    // OUT is often OURS itself (git's %A): it is replaced whole or not at all.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        output.err << Tr::tr("topologist-cli: cannot write %1: %2").arg(target, file.errorString())
                   << '\n';
        return false;
    }
    return true;
}

int MergeCommand::run(const QCommandLineParser &parser,
                      const TypeCatalog &catalog,
                      CliOutput &output) const
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 3) {
        output.err << Tr::tr("topologist-cli: merge takes three topologies: BASE OURS THEIRS")
                   << '\n';
        return Unreadable;
    }
    const std::optional<LoadedTopology> base = TopologyInput::load(files[0], catalog, output.err);
    const std::optional<LoadedTopology> ours = TopologyInput::load(files[1], catalog, output.err);
    const std::optional<LoadedTopology> theirs = TopologyInput::load(files[2], catalog, output.err);
    if (!base || !ours || !theirs) {
        output.err.flush();
        return Unreadable;
    }

    MergeResult result = TopologyMerge::merge(base->archive, ours->archive, theirs->archive);
    const Conflicts unresolved = result.unresolved();
    MergeConflictRecord::write(unresolved, &result.merged);
    const QString target = parser.value(outputOption);
    if (!save(result.merged, target, output)) {
        output.err.flush();
        return Unreadable;
    }
    MergeReport::write(unresolved, output.err);
    if (!unresolved.isEmpty())
        output.err << Tr::tr("topologist-cli: %1 conflicts, kept under metadata/%2 in the merged "
                             "topology, which holds our side of each")
                          .arg(unresolved.size())
                          .arg(MergeConflictRecord::metadataKey())
                   << '\n';
    output.err.flush();
    return unresolved.isEmpty() ? Success : Failure;
}

} // namespace Topologist
