// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QList>

namespace Topologist {

class NodeItem;
class TopologyScene;
class ValidationContext;

/// Builds every item of a TopologyScene for its document, a slice at a time.
///
/// At once, the cards, arrows and layout of a 10,000-node topology hold the UI thread for a
/// fifth of a second or more (tests/bench/open); run in slices between events, the window keeps
/// repainting and answering while the canvas shows how far the drawing got. The stages are
/// those of a whole build: cards, their hosts, arrows, used capabilities, the host trees, the
/// placement of top-level cards, their positions and arrows, then labels, badges and selection.
///
/// The build reads the document as it is at each slice, so it must not change in between: the
/// scene drops the build on any change and builds again, at once, when the edit is finished.
class SceneBuild
{
public:
    explicit SceneBuild(TopologyScene &scene);

    /// Builds until done, or until @p deadline has passed after the least useful step; true
    /// when the scene is complete.
    bool run(const QDeadlineTimer &deadline);
    /// How far the build got, 0 to 100.
    int percent() const;
    /// Whether the cards are placed where they will be drawn.
    bool cardsPlaced() const { return m_stage > Stage::Placement; }

private:
    enum class Stage { Cards, Hosts, Arrows, Capabilities, Trees, Placement, Roots, Finish, Done };

    /// Runs the current stage for as long as the deadline allows; true when it is complete.
    bool runStage(const ValidationContext &context, const QDeadlineTimer &deadline);
    /// Calls @p step for the stage's items from where it left off; true when it got to the end.
    template<typename Step>
    bool forEach(qsizetype count, const QDeadlineTimer &deadline, Step &&step);
    /// Enters the next stage, with the items it works on.
    void advance();

    TopologyScene &m_scene;
    Stage m_stage = Stage::Cards;
    qsizetype m_next = 0;
    QList<NodeItem *> m_items;
};

} // namespace Topologist
