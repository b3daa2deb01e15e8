// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/tools/dropverdicts.h"

#include "canvas/topologyscene.h"
#include "exampledocument.h"
#include "selectionmodel.h"
#include "testhelpers.h"

#include <gtest/gtest.h>

using namespace Topologist;

namespace {

struct Scene
{
    std::unique_ptr<TopologyDocument> document
        = Topologist::Test::openExample(QStringLiteral("marathon"));
    SelectionModel selection;
    TopologyScene scene{Topologist::Test::bundledCatalog()};

    Scene() { scene.setDocument(document.get(), &selection); }
    NodeItem *node(const char *name) const { return scene.nodeItem(QString::fromLatin1(name)); }
};

} // namespace

TEST(DropVerdicts, ANodeIsJudgedOncePerDrag)
{
    Scene s;
    DropVerdicts verdicts(s.scene);
    int asked = 0;
    const auto judge = [&](const QString &node) {
        ++asked;
        return node == QLatin1String("Marathon") ? QStringLiteral("no") : QString();
    };
    EXPECT_EQ(verdicts.verdict(QStringLiteral("Marathon"), judge), QStringLiteral("no"));
    EXPECT_EQ(verdicts.verdict(QStringLiteral("Marathon"), judge), QStringLiteral("no"));
    EXPECT_EQ(verdicts.verdict(QStringLiteral("MesosMaster"), judge), QString());
    EXPECT_EQ(asked, 2);
    verdicts.reset(); // a new drag judges again
    verdicts.verdict(QStringLiteral("Marathon"), judge);
    EXPECT_EQ(asked, 3);
}

TEST(DropVerdicts, CandidatesShowOnlyWhenAsked)
{
    Scene s;
    DropVerdicts verdicts(s.scene);
    verdicts.record(QStringLiteral("Marathon"), QString());
    verdicts.record(QStringLiteral("MesosMaster"), QStringLiteral("full"));
    verdicts.markLikely(QStringLiteral("MesosDNS"));
    EXPECT_EQ(verdicts.restingState(QStringLiteral("Marathon")), NodeItem::DropState::None);
    verdicts.setShowsCandidates(true);
    EXPECT_EQ(verdicts.restingState(QStringLiteral("Marathon")), NodeItem::DropState::Candidate);
    EXPECT_EQ(verdicts.restingState(QStringLiteral("MesosMaster")), NodeItem::DropState::Dimmed);
    EXPECT_EQ(verdicts.restingState(QStringLiteral("MesosDNS")), NodeItem::DropState::Candidate);
    EXPECT_EQ(verdicts.restingState(QStringLiteral("MarathonLB")), NodeItem::DropState::None);
}

TEST(DropVerdicts, HoveringMovesTheHighlightAndResetTakesEveryOneOff)
{
    Scene s;
    DropVerdicts verdicts(s.scene);
    verdicts.setShowsCandidates(true);
    verdicts.record(QStringLiteral("Marathon"), QString());
    verdicts.rest(s.node("Marathon"));
    verdicts.hover(s.node("MesosMaster"), NodeItem::DropState::Refuse);
    EXPECT_EQ(s.node("MesosMaster")->dropState(), NodeItem::DropState::Refuse);
    verdicts.hover(s.node("Marathon"), NodeItem::DropState::Accept);
    EXPECT_EQ(s.node("MesosMaster")->dropState(), NodeItem::DropState::None);
    EXPECT_EQ(s.node("Marathon")->dropState(), NodeItem::DropState::Accept);
    verdicts.hover(nullptr, NodeItem::DropState::None);
    EXPECT_EQ(s.node("Marathon")->dropState(), NodeItem::DropState::Candidate);

    EXPECT_TRUE(verdicts.reset());
    EXPECT_EQ(s.node("Marathon")->dropState(), NodeItem::DropState::None);
    EXPECT_FALSE(verdicts.reset()); // nothing shown any more
}
