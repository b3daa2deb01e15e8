// SPDX-License-Identifier: GPL-3.0-or-later
#include "standard/standardtoscaconverter.h"

#include "catalog/typecatalog.h"
#include "csar/csarexporter.h"
#include "standard/standardkeys.h"
#include "standard/standardtopologycleaner.h"
#include "standard/standardtypecleaner.h"
#include "standard/typefilerelocator.h"
#include "standard/usedtypes.h"
#include "yaml/toscareader.h"

#include <QDir>

#include <algorithm>

namespace Topologist {

namespace {

QSet<QString> declaredNames(const ToscaArchive &archive)
{
    QSet<QString> names;
    for (const Value::Entry &section : archive.typeSections.entries()) {
        for (const Value::Entry &type : section.value.entries())
            names.insert(type.key);
    }
    return names;
}

/// Every type name the topology itself writes, which UsedTypes starts from.
void useTopologyTypes(const TopologyTemplate &topology, UsedTypes *types)
{
    for (const PropertyDefinition &input : topology.inputs) {
        types->use(input.type);
        types->use(input.entrySchemaType);
    }
    for (const NodeTemplate &node : topology.nodes()) {
        types->use(node.type);
        for (const RequirementAssignment &requirement : node.requirements) {
            types->use(requirement.capability);
            types->use(requirement.relationship);
            types->useNamesIn(requirement.extras);
        }
        for (const ArtifactDefinition &artifact : node.artifacts)
            types->use(artifact.type);
        types->useNamesIn(node.interfaces);
    }
    for (const GroupDefinition &group : topology.groups)
        types->use(group.type);
    for (const PolicyDefinition &policy : topology.policies)
        types->use(policy.type);
    types->useNamesIn(topology.extras);
    types->useNamesIn(topology.substitutionMappings);
}

} // namespace

const QSet<QString> &StandardToscaConverter::standardTypeNames()
{
    static const QSet<QString> names = [] {
        Diagnostics ignored;
        return declaredNames(ToscaReader().readFile(
            TypeCatalog::bundledRoot()
                + QStringLiteral("/tosca-simple-profile/tosca-simple-profile.yml"),
            &ignored));
    }();
    return names;
}

StandardToscaConverter::Result StandardToscaConverter::convert(const ToscaArchive &archive) const
{
    Result result;
    ToscaArchive &out = result.archive;
    out = archive;
    out.toscaDefinitionsVersion = dialect();
    out.headerInMetadata = true;
    out.imports.clear();
    out.types.clear();
    out.typeSections = typeSections(archive, &result);
    for (RepositoryDefinition &repository : out.repositories) {
        // Alien4Cloud's repository types (http, maven, docker) are not in TOSCA 1.2.
        if (!repository.type.isEmpty())
            result.dropped.append(
                {QStringLiteral("repositories/") + repository.name, QStringLiteral("type"), {}});
        repository.type.clear();
    }
    out.extras = StandardKeys::keepOnly(
        archive.extras, StandardKeys::fileExtraKeys(), QStringLiteral("/"), &result.dropped);
    if (archive.topology)
        out.topology
            = StandardTopologyCleaner(m_types.get(), &result.dropped).clean(*archive.topology);
    return result;
}

Value StandardToscaConverter::typeSections(const ToscaArchive &archive, Result *result) const
{
    UsedTypes types;
    types.setProvided(standardTypeNames());
    // The topology's own types come first: it may redefine one of its imports (see
    // TypeRegistry::addOwnArchive), and all of them go into the file.
    types.addArchive(archive);
    for (const CatalogEntry *entry : m_dependencies)
        types.addArchive(entry->archive, entry->id());
    for (const QString &own : declaredNames(archive))
        types.use(own);
    if (archive.topology)
        useTopologyTypes(*archive.topology, &types);

    const StandardTypeCleaner cleaner(&result->dropped);
    Value sections = Value::map();
    for (const UsedTypes::Type &type : types.used()) {
        const QString section = typeSectionName(type.kind);
        Value definitions = sections.value(section);
        if (definitions.isNull())
            definitions = Value::map();
        definitions.insert(type.name, cleaner.clean(type.kind, type.name, relocated(type, result)));
        sections.insert(section, definitions);
    }
    return sections;
}

Value StandardToscaConverter::relocated(const UsedTypes::Type &type, Result *result) const
{
    const auto entry = std::find_if(m_dependencies.cbegin(),
                                    m_dependencies.cend(),
                                    [&](const CatalogEntry *e) { return e->id() == type.origin; });
    // The topology's own types name files of its own folder, where they stay.
    if (type.origin.isEmpty() || entry == m_dependencies.cend())
        return type.definition;
    QList<TypeFileRelocator::File> files;
    const Value definition = TypeFileRelocator(CsarExporter::safeFileName((*entry)->name))
                                 .relocate(type.definition, type.name, &files);
    for (const TypeFileRelocator::File &file : std::as_const(files)) {
        result->typeFiles.append(
            {QDir((*entry)->rootPath).filePath(file.path), file.relocated, file.owner});
    }
    return definition;
}

} // namespace Topologist
