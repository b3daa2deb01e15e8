// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/substitutiontyperule.h"

#include "model/substitutionmapping.h"
#include "types/typedefinition.h"
#include "types/typeregistry.h"
#include "validation/validationcontext.h"

#include <QCoreApplication>

namespace Topologist {

void SubstitutionTypeRule::checkTopology(const ValidationContext &context, Problems *problems) const
{
    const Value &written = context.topology().substitutionMappings;
    if (written.isNull())
        return;
    const SubstitutionMapping mapping = SubstitutionMapping::read(written);
    const SourceLocation where = mapping.nodeTypeLocation.isValid() ? mapping.nodeTypeLocation
                                 : mapping.location.isValid()       ? mapping.location
                                                                    : context.topology().location;
    const auto report = [&](const QString &code, const QString &message) {
        problems->append(Problem::make(
            Severity::Error, code, QString(), ProblemMember::substitutionType(), where, message));
    };
    if (mapping.nodeType.isEmpty()) {
        report(QStringLiteral("TOPO-SUBST-001"),
               QCoreApplication::translate("Validation",
                                           "the substitution mapping names no node_type: choose "
                                           "the type this topology stands for"));
        return;
    }
    const TypeDefinition *type = context.types().resolved(TypeKind::Node, mapping.nodeType);
    if (!type) {
        report(QStringLiteral("TOPO-SUBST-001"),
               QCoreApplication::translate("Validation",
                                           "the substitution mapping's node_type %1 is declared "
                                           "neither in this topology nor in its imports")
                   .arg(mapping.nodeType));
        return;
    }
    if (context.isPlainTosca())
        return;
    if (!type->abstract) {
        report(QStringLiteral("TOPO-SUBST-002"),
               QCoreApplication::translate("Validation",
                                           "the substituted type %1 is not abstract; Alien4Cloud "
                                           "lets a topology stand only for an abstract type")
                   .arg(mapping.nodeType));
    }
    if (!context.archive().types.isEmpty()) {
        report(QStringLiteral("TOPO-SUBST-003"),
               QCoreApplication::translate("Validation",
                                           "this file declares types and a substitution mapping; "
                                           "Alien4Cloud refuses substitution in an archive that "
                                           "declares types: move the types to an archive of "
                                           "their own"));
    }
}

} // namespace Topologist
