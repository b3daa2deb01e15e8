// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled normative type archives (1.0.0-ALIEN14 and 1.0.0-ALIEN20) against the archives
// Alien4Cloud publishes, type by type: everything a topology or Alien4Cloud depends on must be
// identical; only the descriptions are our own words. And both versions living in one catalog,
// each topology getting the version its imports name.
#include "qtprinters.h"
#include "testhelpers.h"
#include "testpaths.h"

#include "catalog/topologyloader.h"
#include "catalog/typecatalog.h"
#include "types/typekind.h"
#include "validation/validationcontext.h"
#include "validation/validator.h"
#include "yaml/toscareader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringList>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

struct NormativeCase
{
    const char *version;
    const char *bundled;   // Qt resource path of our definitions
    const char *published; // relative to the reference archives
};

void PrintTo(const NormativeCase &c, std::ostream *out)
{
    *out << c.version;
}

const NormativeCase alien14{"1.0.0-ALIEN14",
                            ":/types/tosca-normative-types/normative-types.yml",
                            "tosca-normative-types-1.0.0-ALIEN14/normative-types.yml"};
const NormativeCase alien20{"1.0.0-ALIEN20",
                            ":/types/tosca-normative-types-alien20/normative-types.yml",
                            "tosca-normative-types-1.0.0-ALIEN20/normative-types.yml"};

ToscaArchive readArchive(const QString &path)
{
    Diagnostics diagnostics;
    ToscaArchive archive = ToscaReader().readFile(path, &diagnostics);
    EXPECT_TRUE(diagnostics.isEmpty()) << path.toStdString() << describe(diagnostics);
    return archive;
}

QString key(const TypeDefinition &type)
{
    return typeSectionName(type.kind) + QLatin1Char(' ') + type.name;
}

QHash<QString, TypeDefinition> byKey(const ToscaArchive &archive)
{
    QHash<QString, TypeDefinition> types;
    for (const TypeDefinition &type : archive.types)
        types.insert(key(type), type);
    return types;
}

QString constraintsText(const Constraints &constraints)
{
    QStringList clauses;
    for (const Constraint &constraint : constraints)
        clauses << constraint.toString();
    return QLatin1Char('[') + clauses.join(QStringLiteral(", ")) + QLatin1Char(']');
}

/// What a property definition means to a topology, without its description.
QString propertyText(const PropertyDefinition &p)
{
    return QStringLiteral("%1: type=%2 required=%3 default=%4 constraints=%5 entry_schema=%6 %7 "
                          "value=%8 other=%9")
        .arg(p.name,
             p.type,
             p.required ? QStringLiteral("true") : QStringLiteral("false"),
             p.hasDefault() ? p.defaultValue.toDisplayString() : QStringLiteral("(none)"),
             constraintsText(p.constraints),
             p.entrySchemaType,
             constraintsText(p.entrySchemaConstraints),
             p.expression.toDisplayString(),
             p.extras.toDisplayString());
}

QStringList propertiesText(const PropertyDefinitions &definitions)
{
    QStringList lines;
    for (const PropertyDefinition &p : definitions)
        lines << propertyText(p);
    return lines;
}

QString filterText(const std::optional<NodeFilter> &filter)
{
    if (!filter)
        return QStringLiteral("-");
    QStringList parts;
    for (const PropertyFilter &p : filter->properties)
        parts << p.property + constraintsText(p.constraints);
    for (const CapabilityFilter &c : filter->capabilities) {
        for (const PropertyFilter &p : c.properties)
            parts << c.capability + QLatin1Char('.') + p.property + constraintsText(p.constraints);
    }
    return parts.join(QStringLiteral(", "));
}

QStringList capabilitiesText(const CapabilityDefinitions &capabilities)
{
    QStringList lines;
    for (const CapabilityDefinition &c : capabilities)
        lines << QStringLiteral("%1: type=%2 occurrences=%3 valid_source_types=%4 values=%5")
                     .arg(c.name,
                          c.type,
                          c.occurrences.toString(),
                          c.validSourceTypes.join(QLatin1Char(',')),
                          c.properties.toDisplayString());
    return lines;
}

QStringList requirementsText(const RequirementDefinitions &requirements)
{
    QStringList lines;
    for (const RequirementDefinition &r : requirements)
        lines << QStringLiteral("%1: capability=%2 node=%3 relationship=%4 capability_name=%5 "
                                "occurrences=%6 node_filter=%7")
                     .arg(r.name,
                          r.capability,
                          r.node,
                          r.relationship,
                          r.capabilityName,
                          r.occurrences.toString(),
                          filterText(r.nodeFilter));
    return lines;
}

QStringList interfacesText(const InterfaceDefinitions &interfaces)
{
    QStringList lines;
    for (const InterfaceDefinition &i : interfaces) {
        lines << i.name + QStringLiteral(": type=") + i.type;
        for (const OperationDefinition &o : i.operations)
            lines << QStringLiteral("  %1: implementation=%2 inputs=%3")
                         .arg(o.name, o.implementation, o.inputs.toDisplayString());
    }
    return lines;
}

QStringList artifactsText(const ArtifactDefinitions &artifacts)
{
    QStringList lines;
    for (const ArtifactDefinition &a : artifacts)
        lines << QStringLiteral("%1: type=%2 file=%3 repository=%4 deploy_path=%5 other=%6")
                     .arg(a.name,
                          a.type,
                          a.file.toDisplayString(),
                          a.repository,
                          a.deployPath,
                          a.extras.toDisplayString());
    return lines;
}

QStringList tagsText(const TypeDefinition &type)
{
    QStringList lines;
    for (const auto &[name, value] : type.tags)
        lines << name + QLatin1Char('=') + value;
    return lines;
}

/// Every member of the two definitions of one type, side by side; descriptions excepted.
void expectSameType(const TypeDefinition &ours, const TypeDefinition &published)
{
    SCOPED_TRACE(key(published).toStdString());
    EXPECT_EQ(ours.derivedFrom, published.derivedFrom);
    EXPECT_EQ(ours.abstract, published.abstract);
    EXPECT_EQ(tagsText(ours), tagsText(published)) << "metadata / tags (icons)";
    EXPECT_EQ(propertiesText(ours.properties), propertiesText(published.properties));
    EXPECT_EQ(propertiesText(ours.attributes), propertiesText(published.attributes))
        << "attributes";
    EXPECT_EQ(capabilitiesText(ours.capabilities), capabilitiesText(published.capabilities));
    EXPECT_EQ(requirementsText(ours.requirements), requirementsText(published.requirements));
    EXPECT_EQ(interfacesText(ours.interfaces), interfacesText(published.interfaces));
    EXPECT_EQ(artifactsText(ours.artifacts), artifactsText(published.artifacts));
    EXPECT_EQ(ours.validTargetTypes.has_value(), published.validTargetTypes.has_value());
    EXPECT_EQ(ours.validTargetTypes.value_or(QStringList()),
              published.validTargetTypes.value_or(QStringList()));
    EXPECT_EQ(ours.validSourceTypes, published.validSourceTypes);
    EXPECT_EQ(constraintsText(ours.constraints), constraintsText(published.constraints));
    EXPECT_EQ(ours.mimeType, published.mimeType);
    EXPECT_EQ(ours.fileExtensions, published.fileExtensions);
}

} // namespace

// A QStringList prints one line per item (QString's printer is in qtprinters.h).
QT_BEGIN_NAMESPACE
inline void PrintTo(const QStringList &lines, std::ostream *out)
{
    *out << "\n    " << lines.join(QStringLiteral("\n    ")).toStdString() << "\n";
}
QT_END_NAMESPACE

class BundledNormativeTypes : public ::testing::TestWithParam<NormativeCase>
{
};

TEST_P(BundledNormativeTypes, matchThePublishedArchiveTypeByType)
{
    const NormativeCase &c = GetParam();
    const QString publishedPath = referencePath(QLatin1String(c.published));
    if (!QFile::exists(publishedPath))
        GTEST_SKIP() << "the published archive is not on this machine ("
                     << publishedPath.toStdString()
                     << "); the shared reference archives are needed for this comparison";
    const ToscaArchive ours = readArchive(QLatin1String(c.bundled));
    const ToscaArchive published = readArchive(publishedPath);

    EXPECT_EQ(ours.toscaDefinitionsVersion, published.toscaDefinitionsVersion);
    EXPECT_EQ(ours.name, published.name);
    EXPECT_EQ(ours.version, QString::fromLatin1(c.version));
    EXPECT_EQ(ours.version, published.version);
    EXPECT_EQ(ours.author, published.author);
    EXPECT_EQ(ours.imports, published.imports);

    const QHash<QString, TypeDefinition> ourTypes = byKey(ours);
    const QHash<QString, TypeDefinition> publishedTypes = byKey(published);
    QStringList ourKeys = ourTypes.keys();
    QStringList publishedKeys = publishedTypes.keys();
    ourKeys.sort();
    publishedKeys.sort();
    EXPECT_EQ(ourKeys, publishedKeys) << "the same types of every family";
    for (const QString &name : std::as_const(publishedKeys)) {
        if (ourTypes.contains(name))
            expectSameType(ourTypes.value(name), publishedTypes.value(name));
    }
}

TEST_P(BundledNormativeTypes, shipEveryIconTheirTypesName)
{
    const NormativeCase &c = GetParam();
    const ToscaArchive ours = readArchive(QLatin1String(c.bundled));
    const QString root = QFileInfo(QLatin1String(c.bundled)).path();
    int icons = 0;
    for (const TypeDefinition &type : ours.types) {
        const QString icon = type.tag(QStringLiteral("icon"));
        if (icon.isEmpty())
            continue;
        ++icons;
        EXPECT_TRUE(QFile::exists(root + icon))
            << type.name.toStdString() << ": " << icon.toStdString();
    }
    EXPECT_GE(icons, 9) << "every concrete node family has its icon";
}

std::string versionName(const ::testing::TestParamInfo<NormativeCase> &param)
{
    return QString::fromLatin1(param.param.version)
        .replace(QLatin1Char('.'), QLatin1Char('_'))
        .replace(QLatin1Char('-'), QLatin1Char('_'))
        .toStdString();
}

INSTANTIATE_TEST_SUITE_P(Versions,
                         BundledNormativeTypes,
                         ::testing::Values(alien14, alien20),
                         versionName);

namespace {

LoadedTopology loadImporting(const char *version)
{
    const QByteArray yaml = QByteArray("tosca_definitions_version: alien_dsl_2_0_0\n"
                                       "metadata:\n  template_name: t\n"
                                       "  template_version: 1.0.0-SNAPSHOT\n"
                                       "imports:\n  - tosca-normative-types:")
                            + version
                            + "\ntopology_template:\n  node_templates:\n"
                              "    Server:\n      type: tosca.nodes.Compute\n";
    return TopologyLoader(bundledCatalog()).loadBytes(yaml, QStringLiteral("t.yml"));
}

} // namespace

TEST(NormativeTypeVersions, eachTopologyGetsTheVersionItImportsFromTheSameCatalog)
{
    ASSERT_NE(bundledCatalog().find(QStringLiteral("tosca-normative-types:1.0.0-ALIEN14")),
              nullptr);
    ASSERT_NE(bundledCatalog().find(QStringLiteral("tosca-normative-types:1.0.0-ALIEN20")),
              nullptr);
    EXPECT_EQ(bundledCatalog().versionsOf(QStringLiteral("tosca-normative-types")).size(), 2);

    const LoadedTopology on20 = loadImporting("1.0.0-ALIEN20");
    const LoadedTopology on14 = loadImporting("1.0.0-ALIEN14");
    for (const LoadedTopology *loaded : {&on20, &on14}) {
        EXPECT_TRUE(loaded->diagnostics.isEmpty()) << describe(loaded->diagnostics);
        ASSERT_EQ(loaded->dependencies.size(), 1);
        const ValidationContext context(loaded->archive, *loaded->archive.topology, *loaded->types);
        EXPECT_TRUE(Validator::standard().validate(context).isEmpty())
            << "a Compute alone is a valid topology with either version";
    }
    EXPECT_EQ(on20.dependencies.first()->id(),
              QStringLiteral("tosca-normative-types:1.0.0-ALIEN20"));
    EXPECT_EQ(on14.dependencies.first()->id(),
              QStringLiteral("tosca-normative-types:1.0.0-ALIEN14"));

    // The policy types are where the versions differ: abstract, with an icon, only in ALIEN20.
    const QString scaling = QStringLiteral("tosca.policies.Scaling");
    const TypeDefinition *policy20 = on20.types->resolved(TypeKind::Policy, scaling);
    const TypeDefinition *policy14 = on14.types->resolved(TypeKind::Policy, scaling);
    ASSERT_NE(policy20, nullptr);
    ASSERT_NE(policy14, nullptr);
    EXPECT_TRUE(policy20->abstract);
    EXPECT_EQ(policy20->tag(QStringLiteral("icon")), QStringLiteral("/images/policy_scaling.png"));
    EXPECT_EQ(policy20->archiveId, QStringLiteral("tosca-normative-types:1.0.0-ALIEN20"));
    EXPECT_FALSE(policy14->abstract);
    EXPECT_TRUE(policy14->tag(QStringLiteral("icon")).isEmpty());
    EXPECT_EQ(policy14->archiveId, QStringLiteral("tosca-normative-types:1.0.0-ALIEN14"));
    // The node types come from the imported archive too.
    EXPECT_EQ(
        on20.types->resolved(TypeKind::Node, QStringLiteral("tosca.nodes.Compute"))->archiveId,
        QStringLiteral("tosca-normative-types:1.0.0-ALIEN20"));
    EXPECT_EQ(
        on14.types->resolved(TypeKind::Node, QStringLiteral("tosca.nodes.Compute"))->archiveId,
        QStringLiteral("tosca-normative-types:1.0.0-ALIEN14"));
}
