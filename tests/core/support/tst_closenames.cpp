// SPDX-License-Identifier: GPL-3.0-or-later
// "Did you mean": which known names a misspelt one was probably meant to be.
#include "support/closenames.h"

#include <gtest/gtest.h>

using namespace Topologist;

namespace {

const QStringList known{QStringLiteral("tosca.nodes.Compute"),
                        QStringLiteral("tosca.nodes.Root"),
                        QStringLiteral("tosca.nodes.SoftwareComponent"),
                        QStringLiteral("org.alien4cloud.nodes.Marathon"),
                        QStringLiteral("org.alien4cloud.nodes.MarathonLB"),
                        QStringLiteral("org.alien4cloud.nodes.MesosMaster"),
                        QStringLiteral("org.alien4cloud.nodes.MesosSlave")};

} // namespace

TEST(CloseNames, distanceCountsEditsIgnoringCase)
{
    EXPECT_EQ(CloseNames::distance(QStringLiteral("Compute"), QStringLiteral("compute")), 0);
    EXPECT_EQ(CloseNames::distance(QStringLiteral("Comptue"), QStringLiteral("Compute")), 2);
    EXPECT_EQ(CloseNames::distance(QString(), QStringLiteral("abc")), 3);
    EXPECT_EQ(CloseNames::distance(QStringLiteral("kitten"), QStringLiteral("sitting")), 3);
}

TEST(CloseNames, aTypoInATypeNameFindsTheType)
{
    EXPECT_EQ(CloseNames::typesLike(QStringLiteral("tosca.nodes.Comptue"), known),
              QStringList{QStringLiteral("tosca.nodes.Compute")});
    EXPECT_EQ(CloseNames::typesLike(QStringLiteral("tosca.nodes.compute"), known),
              QStringList{QStringLiteral("tosca.nodes.Compute")});
}

TEST(CloseNames, theSameLastSegmentInAnotherNamespaceFindsTheType)
{
    const QStringList close = CloseNames::typesLike(QStringLiteral("alien.nodes.Marathon"), known);
    ASSERT_FALSE(close.isEmpty());
    EXPECT_EQ(close.first(), QStringLiteral("org.alien4cloud.nodes.Marathon"));
    // The nearer last segment comes first; MarathonLB is two edits from Marathon.
    EXPECT_EQ(close,
              (QStringList{QStringLiteral("org.alien4cloud.nodes.Marathon"),
                           QStringLiteral("org.alien4cloud.nodes.MarathonLB")}));
}

TEST(CloseNames, unrelatedNamesFindNothingAndTheLimitHolds)
{
    EXPECT_TRUE(CloseNames::typesLike(QStringLiteral("tosca.nodes.Nothing.Like.Any.Type"), known)
                    .isEmpty());
    EXPECT_TRUE(CloseNames::typesLike(QStringLiteral("x"), known).isEmpty());
    EXPECT_EQ(
        CloseNames::typesLike(QStringLiteral("org.alien4cloud.nodes.MarathonL"), known, 1).size(),
        1);
}
