// SPDX-License-Identifier: GPL-3.0-or-later
// The normative names the code relies on are spelled once, in TypeNames: each must name a type
// of both bundled normative archives, or hosting, scaling and the palette's filter go quiet.
#include "testhelpers.h"

#include "catalog/typecatalog.h"
#include "types/typenames.h"

#include <gtest/gtest.h>

using namespace Topologist;

namespace {

bool declares(const CatalogEntry &entry, const QString &type)
{
    for (const TypeDefinition &definition : entry.archive.types) {
        if (definition.name == type)
            return true;
    }
    return false;
}

} // namespace

TEST(TypeNames, EveryNameIsANormativeType)
{
    const TypeCatalog &catalog = Topologist::Test::bundledCatalog();
    for (const char *version : {"1.0.0-ALIEN14", "1.0.0-ALIEN20"}) {
        const CatalogEntry *normative
            = catalog.find(TypeCatalog::defaultNormativeName(), QLatin1String(version));
        ASSERT_NE(normative, nullptr) << version;
        for (const QString &type : {TypeNames::compute,
                                    TypeNames::nodeCapability,
                                    TypeNames::scalableCapability,
                                    TypeNames::hostedOn,
                                    TypeNames::dependsOn})
            EXPECT_TRUE(declares(*normative, type)) << version << ' ' << type.toStdString();
    }
}

TEST(TypeNames, ShortNameIsTheLastPart)
{
    EXPECT_EQ(TypeNames::shortName(TypeNames::compute), QStringLiteral("Compute"));
    EXPECT_EQ(TypeNames::shortName(QStringLiteral("org.alien4cloud.nodes.mesos.MesosMaster")),
              QStringLiteral("MesosMaster"));
    EXPECT_EQ(TypeNames::shortName(QStringLiteral("Plain")), QStringLiteral("Plain"));
}
