// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"
#include "standard/droppedkey.h"
#include "types/typekind.h"

#include <QSet>
#include <QString>

namespace Topologist {

/// The keys TOSCA Simple Profile 1.2 gives each element that a Topologist model keeps as
/// written (type definitions, and the `extras` of templates), so that a standard export leaves
/// out what only Alien4Cloud reads (`tags`, `abstract`, `workflows`...). The sets are also what
/// OpenStack's tosca-parser 2.6.0 accepts: where it is stricter than the standard (no
/// `metadata` on relationship types), the stricter set is used, since the export must pass it.
class StandardKeys
{
public:
    static const QSet<QString> &typeKeys(TypeKind kind);
    static const QSet<QString> &propertyDefinitionKeys();
    static const QSet<QString> &attributeDefinitionKeys();
    static const QSet<QString> &requirementDefinitionKeys();
    static const QSet<QString> &capabilityDefinitionKeys();
    static const QSet<QString> &artifactDefinitionKeys();

    /// Keys of templates the model keeps in `extras` and the standard defines too.
    static const QSet<QString> &fileExtraKeys();
    static const QSet<QString> &topologyExtraKeys();
    static const QSet<QString> &nodeTemplateExtraKeys();
    static const QSet<QString> &requirementExtraKeys();
    static const QSet<QString> &capabilityExtraKeys();
    static const QSet<QString> &parameterExtraKeys();
    static const QSet<QString> &groupExtraKeys();
    static const QSet<QString> &policyExtraKeys();

    /// @p map with only the keys in @p allowed; each key left out is added to @p dropped as a
    /// key of @p element. A value that is no map is returned as it is.
    static Value keepOnly(const Value &map,
                          const QSet<QString> &allowed,
                          const QString &element,
                          DroppedKeys *dropped);
};

} // namespace Topologist
