// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/archiveimport.h"
#include "model/capabilityassignment.h"
#include "model/groupdefinition.h"
#include "model/nodetemplate.h"
#include "model/outputdefinition.h"
#include "model/policydefinition.h"
#include "model/repositorydefinition.h"
#include "model/requirementassignment.h"
#include "model/value.h"
#include "types/artifactdefinition.h"
#include "types/propertydefinition.h"

#include <QHash>
#include <QString>

namespace Topologist {

/// The model's elements as plain values with the YAML's key names, so that one comparison
/// (and one report) serves every kind of element. Empty fields are left out: a file that
/// writes `description: ""` and one that has none say the same.
///
/// `renamed` maps old node names to new ones: comparing a requirement of an older version with
/// its newer self through it, a target that was only renamed is no change.
class ElementValues
{
public:
    using Renames = QHash<QString, QString>;

    static Value requirement(const RequirementAssignment &r, const Renames &renamed = {});
    static Value capability(const CapabilityAssignment &c);
    static Value artifact(const ArtifactDefinition &a);
    static Value input(const PropertyDefinition &p);
    static Value output(const OutputDefinition &o);
    static Value group(const GroupDefinition &g, const Renames &renamed = {});
    static Value policy(const PolicyDefinition &p, const Renames &renamed = {});
    static Value repository(const RepositoryDefinition &r);

    /// Requirements by key: the requirement's name, and name#2, name#3 for repeats of a name,
    /// so that re-ordering differently named requirements changes nothing.
    static Value requirements(const RequirementAssignments &list, const Renames &renamed = {});
    static Value capabilities(const CapabilityAssignments &list);
    static Value artifacts(const ArtifactDefinitions &list);
    /// Everything a node template deploys, without its name, canvas position or comments.
    static Value node(const NodeTemplate &node, const Renames &renamed = {});

    /// The key requirements() gives the requirement at `index`.
    static QString requirementKey(const RequirementAssignments &list, int index);
};

} // namespace Topologist
