// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Topologist {

class Hosting;
class TopologyTemplate;

/// Who points at whom in a topology, by node name: the targets of each node's requirements,
/// the node it is hosted on, and the reverse of both; and which nodes have which type.
///
/// Built once for a topology and then kept current edit by edit (update() with the names an
/// edit touched), so that a designer edit costs what it touches, not a pass over every node.
/// Reverse lists are kept in topology order, which the rules rely on (capability occurrences
/// count the users in node order).
class TopologyRelations
{
public:
    TopologyRelations() = default;
    TopologyRelations(const TopologyTemplate &topology, const Hosting &hosting);

    /// Re-reads the nodes called `changed` (edited, added, removed or renamed: pass both names)
    /// from `topology`, which must already hold the edit.
    void
    update(const TopologyTemplate &topology, const Hosting &hosting, const QSet<QString> &changed);

    /// The nodes `name`'s requirements point at, each once, in requirement order.
    QStringList targetsOf(const QString &name) const { return m_out.value(name).targets; }
    /// The node `name` is hosted on (named by its hosting requirement, existing or not), or empty.
    QString hostOf(const QString &name) const { return m_out.value(name).host; }
    /// The nodes whose requirements point at `name`, in topology order (also when no node is
    /// called `name`: what pointed at a removed node must be checked again).
    QStringList sourcesOf(const QString &name) const { return m_sources.value(name); }
    /// The nodes directly hosted on `name`, in topology order.
    QStringList hostedOn(const QString &name) const { return m_hosted.value(name); }
    /// The node types the topology uses, each once, in no particular order.
    QStringList nodeTypes() const { return m_byType.keys(); }
    /// The nodes of exactly `type` (not of derived types), in topology order.
    QStringList nodesOfType(const QString &type) const { return m_byType.value(type); }

    friend bool operator==(const TopologyRelations &a, const TopologyRelations &b);

private:
    struct Out
    {
        QStringList targets;
        QString host;
        friend bool operator==(const Out &a, const Out &b)
        {
            return a.targets == b.targets && a.host == b.host;
        }
    };

    void read(const TopologyTemplate &topology, const Hosting &hosting, const QString &name);
    void forget(const QString &name);
    void readType(const TopologyTemplate &topology, const QString &name);
    void forgetType(const QString &name);
    static void
    insertInOrder(const TopologyTemplate &topology, QStringList &list, const QString &name);
    static void
    removeFrom(QHash<QString, QStringList> &lists, const QString &key, const QString &name);

    QHash<QString, Out> m_out;
    QHash<QString, QStringList> m_sources;
    QHash<QString, QStringList> m_hosted;
    QHash<QString, QString> m_typeOf;
    QHash<QString, QStringList> m_byType;
};

} // namespace Topologist
