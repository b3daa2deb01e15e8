// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/sectionreferences.h"

#include "types/typeregistry.h"
#include "validation/validationcontext.h"

#include <QCoreApplication>

namespace Topologist {

bool SectionReferences::isOfAny(const ValidationContext &context,
                                TypeKind kind,
                                const QString &type,
                                const QStringList &admitted)
{
    for (const QString &ancestor : admitted) {
        if (context.types().derivesFrom(kind, type, ancestor))
            return true;
    }
    return false;
}

QuickFix
SectionReferences::removeFix(QuickFixEdit::Kind kind, const QString &owner, const QString &name)
{
    QuickFixEdit edit;
    edit.kind = kind;
    edit.owner = owner;
    edit.node = name;
    QuickFix fix;
    fix.description
        = kind == QuickFixEdit::Kind::RemoveGroupMember
              ? QCoreApplication::translate("Validation", "Remove %1 from group %2")
                    .arg(name, owner)
              : QCoreApplication::translate("Validation", "Remove %1 from the targets of policy %2")
                    .arg(name, owner);
    fix.edits = {edit};
    return fix;
}

} // namespace Topologist
