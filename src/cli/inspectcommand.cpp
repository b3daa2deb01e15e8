// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectcommand.h"

#include "catalog/topologyloader.h"
#include "cliexitcode.h"
#include "validation/validationcontext.h"
#include "validation/validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Topologist {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

QString InspectCommand::name() const
{
    return QStringLiteral("inspect");
}

QString InspectCommand::synopsis() const
{
    return QStringLiteral("inspect FILE");
}

QString InspectCommand::summary() const
{
    return Tr::tr("Load a topology with its imports and print its node\n"
                  "templates, types and relationships.");
}

int InspectCommand::run(const QCommandLineParser &parser,
                        const TypeCatalog &catalog,
                        CliOutput &output) const
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        output.err << Tr::tr("topologist-cli: inspect takes exactly one file") << '\n';
        return Unreadable;
    }
    const QString &file = files.first();
    const LoadedTopology loaded = TopologyLoader(catalog).loadFile(file, file);
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
        output.err << d.toString() << '\n';
    output.err.flush();
    if (!loaded.readable || hasErrors(diagnostics))
        return Unreadable;

    const ToscaArchive &archive = loaded.archive;
    output.out << Tr::tr("%1: %2 (%3)").arg(file, archive.id(), archive.toscaDefinitionsVersion)
               << '\n';
    if (!archive.description.isEmpty())
        output.out << "  " << archive.description << '\n';
    QStringList imports;
    for (const ArchiveImport &import : archive.imports)
        imports << import.id();
    output.out << Tr::tr("imports: %1")
                      .arg(imports.isEmpty() ? Tr::tr("none") : imports.join(QStringLiteral(", ")))
               << '\n';
    if (!archive.topology) {
        output.out << Tr::tr("no topology_template: %1 types declared").arg(archive.types.size())
                   << '\n';
        return Success;
    }
    printNodes(loaded, output.out);
    printRelationships(loaded, output.out);
    return Success;
}

void InspectCommand::printNodes(const LoadedTopology &loaded, QTextStream &out)
{
    const TopologyTemplate &topology = *loaded.archive.topology;
    out << '\n' << Tr::tr("node templates (%1):").arg(topology.nodeCount()) << '\n';
    int width = 0;
    for (const NodeTemplate &node : topology.nodes())
        width = qMax(width, int(node.name.size()));
    for (const NodeTemplate &node : topology.nodes()) {
        QString line = QStringLiteral("  ") + node.name.leftJustified(width + 2) + node.type;
        const QStringList lineage = loaded.types->lineage(TypeKind::Node, node.type);
        if (lineage.size() > 1)
            line += QStringLiteral("  (") + lineage.mid(1).join(QStringLiteral(" < "))
                    + QLatin1Char(')');
        out << line << '\n';
    }
}

void InspectCommand::printRelationships(const LoadedTopology &loaded, QTextStream &out)
{
    const TopologyTemplate &topology = *loaded.archive.topology;
    const ValidationContext context(loaded.archive, topology, *loaded.types);
    int relationshipCount = 0;
    for (const NodeTemplate &node : topology.nodes())
        relationshipCount += int(node.requirements.size());
    out << '\n' << Tr::tr("relationships (%1):").arg(relationshipCount) << '\n';
    for (const NodeTemplate &node : topology.nodes()) {
        for (const RequirementAssignment &r : node.requirements) {
            const NodeTemplate *target = topology.node(r.node);
            const CapabilityDefinition *capability
                = target ? context.targetCapability(node, r, *target) : nullptr;
            out << "  " << node.name << "." << r.name << " -> " << r.node;
            if (capability)
                out << "." << capability->name << " (" << capability->type << ")";
            out << "  [" << context.relationshipType(node, r) << "]\n";
        }
    }
}

} // namespace Topologist
