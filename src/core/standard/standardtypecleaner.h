// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"
#include "standard/droppedkey.h"
#include "types/typekind.h"

#include <QSet>
#include <QString>

namespace Topologist {

/// Turns one type definition as an Alien4Cloud archive writes it into standard TOSCA: keys
/// only Alien4Cloud reads are left out (and noted), `tags` become `metadata` where the family
/// has metadata, and the property, attribute, requirement, capability and artifact
/// definitions inside keep their standard keys only.
class StandardTypeCleaner
{
public:
    explicit StandardTypeCleaner(DroppedKeys *dropped)
        : m_dropped(dropped)
    {}

    Value clean(TypeKind kind, const QString &name, const Value &definition) const;

private:
    Value tagsAsMetadata(const Value &definition, const QString &element) const;
    /// A map of named definitions (`properties:`), each with only @p allowed keys.
    Value definitions(const Value &map, const QSet<QString> &allowed, const QString &element) const;
    /// A list of single-entry maps (`requirements:`), each with only @p allowed keys.
    Value
    definitionList(const Value &list, const QSet<QString> &allowed, const QString &element) const;
    /// Drops a `version` default that only Alien4Cloud's looser version type takes.
    void dropNonStandardVersion(Value *definition, const QString &element) const;
    /// Keeps the sub-definitions of @p key in @p definition to their standard keys.
    void cleanMember(Value *definition,
                     const QString &key,
                     const QSet<QString> &allowed,
                     const QString &element) const;

    DroppedKeys *m_dropped;
};

} // namespace Topologist
