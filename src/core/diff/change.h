// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Topologist {

/// One difference between two versions of a topology, at the model level: what kind of element
/// changed, where (a path of YAML keys in the newer version's naming, e.g.
/// node_templates/MesosMaster/properties/port), and its values before and after (null when the
/// element is absent on that side). A renamed node has its old and new names as values.
struct Change
{
    enum class Kind { Added, Removed, Modified, Renamed, Retyped };
    enum class Area {
        Header,
        Import,
        Repository,
        Input,
        Output,
        Group,
        Policy,
        Node,
        Property,
        Capability,
        Requirement,
        Artifact,
        Interface,
        /// Other sections (workflows, substitution mappings, descriptions, keys the model
        /// keeps as written).
        Other,
        /// Canvas positions only: nothing Alien4Cloud deploys differs.
        Layout,
    };

    Kind kind = Kind::Modified;
    Area area = Area::Other;
    /// The node template the change is in (its newer name), empty for the topology's sections.
    QString node;
    QStringList path;
    Value before;
    Value after;

    bool isLayout() const { return area == Area::Layout; }
    QString pathText() const { return path.join(QLatin1Char('/')); }

    static QString kindName(Kind kind);
    static QString areaName(Area area);

    friend bool operator==(const Change &a, const Change &b)
    {
        return a.kind == b.kind && a.area == b.area && a.node == b.node && a.path == b.path
               && a.before == b.before && a.after == b.after;
    }
};

using Changes = QList<Change>;

} // namespace Topologist
