// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/propertymapping.h"
#include "model/substitutiontarget.h"
#include "model/value.h"
#include "support/sourcelocation.h"

#include <QString>

namespace Topologist {

/// What a topology's `substitution_mappings` says, typed: the node type the topology stands
/// for, the capabilities and requirements it exposes as that type's, and the inputs that give
/// the type's properties. Alien4Cloud then imports the topology as a type of its own (named
/// after the archive, derived from `nodeType`).
///
/// The topology keeps the section as written (a Value), which stays the truth: read() makes
/// this view of it, and writtenOver() puts an edited view back so that whatever the edit did
/// not touch (keys this model does not know, entries in forms it does not edit, their order)
/// is kept as it was.
struct SubstitutionMapping
{
    enum class Side { Capabilities, Requirements };

    QString nodeType;
    SourceLocation nodeTypeLocation;
    SubstitutionTargets capabilities;
    SubstitutionTargets requirements;
    PropertyMappings properties;
    /// Keys besides node_type, capabilities, requirements and properties (attributes,
    /// interfaces, substitution_filter...), as written.
    Value extras;
    SourceLocation location;

    static SubstitutionMapping read(const Value &written);
    /// `written` saying what this mapping says; a mapping with nothing in it is no section.
    Value writtenOver(const Value &written) const;

    bool isEmpty() const;
    SubstitutionTargets &targets(Side side);
    const SubstitutionTargets &targets(Side side) const;
    /// The capability or requirement exposed as `name`, or null.
    const SubstitutionTarget *target(Side side, const QString &name) const;
    const PropertyMapping *property(const QString &name) const;

    /// Node `from` is now `to`: the entries that map onto it follow. True when any did.
    bool renameNode(const QString &from, const QString &to);
    /// Node `name` is gone, and so are the entries that mapped onto it (as in Alien4Cloud's
    /// editor). True when any went.
    bool removeNode(const QString &name);
    bool mentions(const QString &node) const;
    /// Input `from` is now `to`: the properties it gives follow.
    bool renameInput(const QString &from, const QString &to);
    /// Input `name` is gone, and so are the property mappings onto it.
    bool removeInput(const QString &name);

    friend bool operator==(const SubstitutionMapping &a, const SubstitutionMapping &b)
    {
        return a.nodeType == b.nodeType && a.capabilities == b.capabilities
               && a.requirements == b.requirements && a.properties == b.properties
               && a.extras == b.extras;
    }
    friend bool operator!=(const SubstitutionMapping &a, const SubstitutionMapping &b)
    {
        return !(a == b);
    }
};

} // namespace Topologist
