// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/sourcelocation.h"

#include <QList>
#include <QString>

namespace Topologist {

/// A capability or requirement the topology exposes as one of the substitute type's:
/// `name: [ node, target ]` maps it onto capability or requirement `target` of node template
/// `node`. Alien4Cloud's alien_dsl_1_4_0 allows a third item, the relationship type a service
/// uses for it.
struct SubstitutionTarget
{
    QString name;
    QString node;
    QString target;
    QString relationship;
    /// False when the entry is not a list of two (or three) names; it is then kept as written.
    bool wellFormed = true;
    SourceLocation location;

    friend bool operator==(const SubstitutionTarget &a, const SubstitutionTarget &b)
    {
        return a.name == b.name && a.node == b.node && a.target == b.target
               && a.relationship == b.relationship && a.wellFormed == b.wellFormed;
    }
    friend bool operator!=(const SubstitutionTarget &a, const SubstitutionTarget &b)
    {
        return !(a == b);
    }
};

using SubstitutionTargets = QList<SubstitutionTarget>;

} // namespace Topologist
