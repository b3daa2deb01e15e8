// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/substitutiontargetrule.h"

#include "model/byname.h"
#include "types/typedefinition.h"
#include "types/typeregistry.h"
#include "validation/validationcontext.h"

#include <QCoreApplication>

#include <algorithm>

namespace Topologist {

namespace {

using Side = SubstitutionMapping::Side;

/// The capability type a capability definition offers, or a requirement definition needs.
QString capabilityTypeOf(const TypeDefinition &type, Side side, const QString &name)
{
    if (side == Side::Capabilities) {
        const CapabilityDefinition *capability = findByName(type.capabilities, name);
        return capability ? capability->type : QString();
    }
    const RequirementDefinition *requirement = findByName(type.requirements, name);
    return requirement ? requirement->capability : QString();
}

bool declares(const TypeDefinition &type, Side side, const QString &name)
{
    return side == Side::Capabilities ? indexByName(type.capabilities, name) >= 0
                                      : indexByName(type.requirements, name) >= 0;
}

} // namespace

void SubstitutionTargetRule::checkTopology(const ValidationContext &context,
                                           Problems *problems) const
{
    const Value &written = context.topology().substitutionMappings;
    if (written.isNull())
        return;
    const SubstitutionMapping mapping = SubstitutionMapping::read(written);
    const TypeDefinition *substituted
        = mapping.nodeType.isEmpty() ? nullptr
                                     : context.types().resolved(TypeKind::Node, mapping.nodeType);
    for (const SubstitutionTarget &target : mapping.capabilities)
        check(context, Side::Capabilities, target, substituted, problems);
    for (const SubstitutionTarget &target : mapping.requirements)
        check(context, Side::Requirements, target, substituted, problems);
}

void SubstitutionTargetRule::check(const ValidationContext &context,
                                   Side side,
                                   const SubstitutionTarget &target,
                                   const TypeDefinition *substituted,
                                   Problems *problems)
{
    const bool capability = side == Side::Capabilities;
    const auto report = [&](const QString &code, const QString &message) {
        problems->append(
            Problem::make(Severity::Error,
                          code,
                          QString(),
                          capability ? ProblemMember::substitutionCapability(target.name)
                                     : ProblemMember::substitutionRequirement(target.name),
                          target.location.isValid() ? target.location : context.topology().location,
                          message));
    };
    if (!target.wellFormed) {
        report(
            QStringLiteral("TOPO-SUBST-004"),
            (capability ? QCoreApplication::translate(
                 "Validation", "substitution capability '%1' is not written [ node, capability ]")
                        : QCoreApplication::translate("Validation",
                                                      "substitution requirement '%1' is not "
                                                      "written [ node, requirement ]"))
                .arg(target.name));
        return;
    }
    const NodeTemplate *node = context.topology().node(target.node);
    if (!node) {
        report(QStringLiteral("TOPO-SUBST-004"),
               (capability ? QCoreApplication::translate("Validation",
                                                         "substitution capability '%1' maps onto "
                                                         "node '%2', which is not a node of this "
                                                         "topology")
                           : QCoreApplication::translate("Validation",
                                                         "substitution requirement '%1' maps onto "
                                                         "node '%2', which is not a node of this "
                                                         "topology"))
                   .arg(target.name, target.node));
        return;
    }
    const TypeDefinition *type = context.nodeType(*node);
    if (!type) // an unknown node type is TOPO-NODE-001's
        return;
    if (!declares(*type, side, target.target)) {
        report(QStringLiteral("TOPO-SUBST-005"),
               (capability ? QCoreApplication::translate("Validation",
                                                         "substitution capability '%1' maps onto "
                                                         "capability '%2' of %3, but its type %4 "
                                                         "has no such capability")
                           : QCoreApplication::translate("Validation",
                                                         "substitution requirement '%1' maps onto "
                                                         "requirement '%2' of %3, but its type %4 "
                                                         "has no such requirement"))
                   .arg(target.name, target.target, target.node, node->type));
        return;
    }
    const QString expected
        = substituted ? capabilityTypeOf(*substituted, side, target.name) : QString();
    const QString mapped = capabilityTypeOf(*type, side, target.target);
    if (expected.isEmpty() || mapped.isEmpty())
        return;
    const TypeRegistry &types = context.types();
    const bool fits = capability ? types.derivesFrom(TypeKind::Capability, mapped, expected)
                                 : types.derivesFrom(TypeKind::Capability, expected, mapped);
    if (fits)
        return;
    report(QStringLiteral("TOPO-SUBST-006"),
           (capability ? QCoreApplication::translate("Validation",
                                                     "substitution capability '%1' maps onto "
                                                     "%2.%3, of type %4, but capability '%1' of "
                                                     "%5 is of type %6, which whatever connects "
                                                     "to the service expects")
                       : QCoreApplication::translate("Validation",
                                                     "substitution requirement '%1' maps onto "
                                                     "%2.%3, which needs %4, but requirement '%1' "
                                                     "of %5 may be connected to any %6"))
               .arg(target.name, target.node, target.target, mapped, substituted->name, expected));
}

} // namespace Topologist
