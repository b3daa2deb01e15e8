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

#include <QString>

#include <optional>

namespace Topologist {

/// The inverse of ElementValues: a model element from its value (as a diff or a merge conflict
/// records it). Each value is put back into the shape a TOSCA file gives it and read by
/// ToscaReader, so an element comes back as reading the file would have made it. Nothing when
/// the value does not make the element (not a mapping where one is needed).
class ElementReader
{
public:
    static std::optional<NodeTemplate> node(const QString &name, const Value &value);
    /// `key` as ElementValues::requirements() makes it: the name, or name#2 for a repeat.
    static std::optional<RequirementAssignment> requirement(const QString &key, const Value &value);
    static std::optional<CapabilityAssignment> capability(const QString &name, const Value &value);
    static std::optional<ArtifactDefinition> artifact(const QString &name, const Value &value);
    static std::optional<PropertyDefinition> input(const QString &name, const Value &value);
    static std::optional<OutputDefinition> output(const QString &name, const Value &value);
    static std::optional<GroupDefinition> group(const QString &name, const Value &value);
    static std::optional<PolicyDefinition> policy(const QString &name, const Value &value);
    static std::optional<RepositoryDefinition> repository(const QString &name, const Value &value);
    /// `id` as ArchiveImport::id() gives it; the value is the id or a file import's other keys.
    static std::optional<ArchiveImport> import(const QString &id, const Value &value);
};

} // namespace Topologist
