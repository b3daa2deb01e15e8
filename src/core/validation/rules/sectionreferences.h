// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types/typekind.h"
#include "validation/quickfix.h"

#include <QString>
#include <QStringList>

namespace Topologist {

class ValidationContext;

/// What the group and policy rules share: whether a type is one of those a group or policy
/// type admits, and the quick fix that takes a name out of a group's members or a policy's
/// targets.
class SectionReferences
{
public:
    /// Whether `type` (of `kind`) is or derives from one of `admitted`.
    static bool isOfAny(const ValidationContext &context,
                        TypeKind kind,
                        const QString &type,
                        const QStringList &admitted);
    /// "Remove `name` from `owner`": `kind` is RemoveGroupMember or RemovePolicyTarget.
    static QuickFix removeFix(QuickFixEdit::Kind kind, const QString &owner, const QString &name);
};

} // namespace Topologist
