// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/substitutionmapping.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace Topologist {

class TopologyDocument;

/// The edits of a topology's substitution mapping, each one undo step, the way the
/// Substitution panel asks for them; and the choices it offers (which types the topology may
/// stand for, what of a node can be exposed). The names the mapping exposes are unique per
/// side: an edit that would repeat one, or that changes nothing, is refused (false).
class SubstitutionActions
{
public:
    using Side = SubstitutionMapping::Side;

    explicit SubstitutionActions(TopologyDocument *document);

    SubstitutionMapping mapping() const;

    /// Makes the topology stand for node type `type` (a mapping is made when there is none).
    bool setNodeType(const QString &type);
    /// Removes the whole substitution mapping: the topology is no type any more.
    bool removeMapping();

    bool addTarget(Side side, const SubstitutionTarget &target);
    /// Replaces the entry exposed as `name` by `target` (which may rename it).
    bool changeTarget(Side side, const QString &name, const SubstitutionTarget &target);
    bool removeTarget(Side side, const QString &name);

    bool addProperty(const PropertyMapping &property);
    bool changeProperty(const QString &name, const PropertyMapping &property);
    bool removeProperty(const QString &name);

    /// Node types the topology may stand for, by name: on alien_dsl the abstract ones only
    /// (Alien4Cloud refuses a concrete one), on plain TOSCA every one.
    QStringList substitutableTypes() const;
    /// The capabilities (or requirements) the type of node `node` declares, by name.
    QStringList targetsOf(Side side, const QString &node) const;
    /// The capabilities (or requirements) of the substituted type, by name.
    QStringList substitutedTargets(Side side) const;
    /// The properties of the substituted type, by name.
    QStringList substitutedProperties() const;

private:
    /// Applies `change` to the mapping as one undo step called `text`; false when `change`
    /// refuses or changes nothing.
    bool edit(const QString &text, const std::function<bool(SubstitutionMapping &)> &change);

    TopologyDocument *m_document;
};

} // namespace Topologist
