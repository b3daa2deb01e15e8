// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QPointer>
#include <QString>

namespace Topologist {

class NodeItem;
class RelationshipItem;
class TopologyDocument;

/// Where top-level cards are drawn. A node with a saved position is drawn there. The others
/// (a file that was never laid out, a node just taken off its host) get an automatic position,
/// which lives only here until the user moves something or lays out: then the positions of
/// every top-level node are saved together, so the file shows what the canvas showed.
class RootPlacement
{
public:
    void setDocument(const TopologyDocument *document);
    /// Forgets every automatic position.
    void clear() { m_automatic.clear(); }

    bool isSaved(const QString &name) const;
    /// The saved position, else the automatic one.
    QPointF position(const QString &name) const;
    /// Keeps `at` as the automatic position of `name`, unless it has a saved one.
    void keep(const QString &name, const QPointF &at);
    /// A renamed node stays where it was (the old name's spot is kept too, for an undo).
    void rename(const QString &from, const QString &to);
    /// Gives `root` an automatic position if it has none: to the right of everything placed.
    void placeIfNew(const NodeItem *root, const QHash<QString, NodeItem *> &nodes);
    /// Gives every root without a position one: all laid out together when none is saved yet
    /// and `everything` is true, else each to the right of the others.
    void placeNew(const QList<NodeItem *> &roots,
                  const QList<RelationshipItem *> &relationships,
                  const QHash<QString, NodeItem *> &nodes,
                  bool everything);

    /// A position as saved: whole pixels, so files do not fill with fractions.
    static QPointF rounded(const QPointF &point);
    /// Positions of `roots` by the automatic layout (CanvasLayout), keeping clear of arrows.
    static QHash<QString, QPointF> arrange(const QList<NodeItem *> &roots,
                                           const QList<RelationshipItem *> &relationships);

private:
    bool isPlaced(const QString &name) const;
    QPointF freeSpot(const QHash<QString, NodeItem *> &nodes) const;

    QPointer<const TopologyDocument> m_document;
    QHash<QString, QPointF> m_automatic;
};

} // namespace Topologist
