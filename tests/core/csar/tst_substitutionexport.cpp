// SPDX-License-Identifier: GPL-3.0-or-later
// A topology with a substitution mapping exports as a CSAR Alien4Cloud imports as a type: the
// mapping as edited, under the archive's name and version, with no types of its own beside it
// (Alien4Cloud refuses both in one archive) and the substituted type's archive among its
// imports; and a mapping Alien4Cloud would refuse keeps the export from being written.
#include "catalog/topologyloader.h"
#include "csar/csarexporter.h"
#include "csar/toscametadata.h"
#include "exporttestsupport.h"
#include "model/substitutionmapping.h"
#include "testpaths.h"
#include "types/typedefinition.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

SubstitutionTarget exposed(const QString &name, const QString &node, const QString &target)
{
    SubstitutionTarget t;
    t.name = name;
    t.node = node;
    t.target = target;
    return t;
}

/// The Marathon example, standing for `type` and exposing Marathon's API.
LoadedTopology marathonAs(const QString &type)
{
    LoadedTopology loaded
        = TopologyLoader(bundledCatalog()).loadFile(bundledExample(QStringLiteral("marathon")));
    EXPECT_TRUE(loaded.readable) << describe(loaded.diagnostics);
    SubstitutionMapping mapping;
    mapping.nodeType = type;
    mapping.capabilities.append(
        exposed(QStringLiteral("api"), QStringLiteral("Marathon"), QStringLiteral("marathon")));
    mapping.requirements.append(
        exposed(QStringLiteral("host"), QStringLiteral("MesosMaster"), QStringLiteral("host")));
    Value &written = loaded.archive.topology->substitutionMappings;
    written = mapping.writtenOver(written);
    return loaded;
}

} // namespace

TEST(SubstitutionExport, aMappedTopologyExportsAsAnArchiveAlien4CloudImportsAsAType)
{
    const LoadedTopology loaded = marathonAs(QStringLiteral("tosca.nodes.SoftwareComponent"));
    QTemporaryDir out;
    const QString csar = out.filePath(QStringLiteral("marathon-service.csar"));
    const CsarExporter::Result result
        = CsarExporter::exportTopology(CsarExporter::Source::fromLoaded(loaded), csar);
    ASSERT_TRUE(result.ok()) << result.summary().toStdString() << describe(result.errors);

    // Alien4Cloud names the new type after the archive: TOSCA.meta and the definitions agree.
    const QMap<QString, QByteArray> files = zipFiles(csar);
    Diagnostics diagnostics;
    const ToscaMetadata meta
        = ToscaMetadata::parse(files.value(ToscaMetadata::filePath()), csar, &diagnostics);
    EXPECT_EQ(meta.name(), loaded.archive.name);
    EXPECT_EQ(meta.csarVersion(), loaded.archive.version);
    const QByteArray definitions = files.value(result.entryDefinitions);
    EXPECT_TRUE(definitions.contains("substitution_mappings:\n    node_type: "
                                     "tosca.nodes.SoftwareComponent\n"))
        << definitions.toStdString();

    const LoadedTopology back = TopologyLoader(bundledCatalog()).loadCsar(csar);
    ASSERT_TRUE(back.readable) << describe(back.diagnostics);
    EXPECT_FALSE(hasErrors(back.diagnostics)) << describe(back.diagnostics);
    EXPECT_EQ(SubstitutionMapping::read(back.archive.topology->substitutionMappings),
              SubstitutionMapping::read(loaded.archive.topology->substitutionMappings));
    EXPECT_TRUE(back.archive.types.isEmpty()) << "no types beside a substitution";
    // The substituted type comes from an archive the topology imports.
    const TypeDefinition *type
        = back.types->declared(TypeKind::Node, QStringLiteral("tosca.nodes.SoftwareComponent"));
    ASSERT_NE(type, nullptr);
    QStringList imported;
    for (const CatalogEntry *entry : back.dependencies)
        imported << entry->id();
    EXPECT_TRUE(imported.contains(type->archiveId)) << type->archiveId.toStdString();
    EXPECT_TRUE(type->abstract);
}

TEST(SubstitutionExport, aMappingAlien4CloudWouldRefuseIsNotExported)
{
    const LoadedTopology loaded = marathonAs(QStringLiteral("org.alien4cloud.nodes.MesosMaster"));
    QTemporaryDir out;
    const QString csar = out.filePath(QStringLiteral("marathon-service.csar"));
    const CsarExporter::Result result
        = CsarExporter::exportTopology(CsarExporter::Source::fromLoaded(loaded), csar);
    ASSERT_EQ(result.refusal, CsarExporter::Refusal::ValidationErrors);
    QStringList codes;
    for (const Problem &problem : result.errors)
        codes << problem.code;
    EXPECT_EQ(codes, QStringList{QStringLiteral("TOPO-SUBST-002")}) << describe(result.errors);
    EXPECT_FALSE(QFile::exists(csar));
}
