// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/nodefilterrule.h"

#include "types/valuechecker.h"
#include "validation/rules/filterclause.h"
#include "validation/validationcontext.h"

#include <QCoreApplication>

namespace Topologist {

namespace {

// lupdate names a context after the enclosing class, so the context is declared here
// rather than hidden in a helper function: strings land under "Validation" in the .ts too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

QString definitionType(const PropertyDefinitions &definitions, const QString &name)
{
    const PropertyDefinition *definition = findDefinition(definitions, name);
    return definition ? definition->type : QStringLiteral("string");
}

/// The node that has the filtered capability: the target, else the first host down its hosting
/// chain that has it; null when none has.
const NodeTemplate *capabilityOwner(const ValidationContext &context,
                                    const NodeTemplate &target,
                                    const QString &capability,
                                    QString *capabilityName)
{
    *capabilityName = context.capabilityNamed(target, capability);
    if (!capabilityName->isEmpty())
        return &target;
    for (const QString &hostName : context.hostingChain(target.name)) {
        const NodeTemplate *host = context.topology().node(hostName);
        *capabilityName = host ? context.capabilityNamed(*host, capability) : QString();
        if (!capabilityName->isEmpty())
            return host;
    }
    return nullptr;
}

const TypeDefinition *capabilityType(const ValidationContext &context,
                                     const NodeTemplate &owner,
                                     const QString &capabilityName)
{
    const TypeDefinition *type = nullptr;
    for (const CapabilityDefinition &c : context.nodeType(owner)->capabilities) {
        if (c.name == capabilityName)
            type = context.types().resolved(TypeKind::Capability, c.type);
    }
    return type;
}

void checkPropertyFilters(const ValidationContext &context,
                          const NodeFilter &nodeFilter,
                          const NodeTemplate &target,
                          const TypeDefinition &targetType,
                          FilterClause *clause)
{
    for (const PropertyFilter &filter : nodeFilter.properties) {
        QuickFixEdit edit;
        edit.kind = QuickFixEdit::Kind::SetProperty;
        edit.node = target.name;
        edit.property = filter.property;
        clause->check(context.effectiveProperty(target, filter.property),
                      filter,
                      definitionType(targetType.properties, filter.property),
                      filter.property,
                      edit);
    }
}

void checkCapabilityFilter(const ValidationContext &context,
                           const QString &nodeName,
                           const NodeTemplate &target,
                           const CapabilityFilter &filter,
                           FilterClause *clause,
                           Problems *problems)
{
    QString capabilityName;
    const NodeTemplate *owner
        = capabilityOwner(context, target, filter.capability, &capabilityName);
    if (!owner) {
        problems->append(
            clause->problem(QStringLiteral("TOPO-FILTER-003"),
                            Tr::tr("%1 needs %2 to have a %3 capability, and neither it "
                                   "nor its hosts have one")
                                .arg(nodeName, target.name, filter.capability)));
        return;
    }
    const TypeDefinition *type = capabilityType(context, *owner, capabilityName);
    for (const PropertyFilter &propertyFilter : filter.properties) {
        QuickFixEdit edit;
        edit.kind = QuickFixEdit::Kind::SetCapabilityProperty;
        edit.node = owner->name;
        edit.capability = capabilityName;
        edit.property = propertyFilter.property;
        clause->check(
            context.effectiveCapabilityProperty(*owner, capabilityName, propertyFilter.property),
            propertyFilter,
            type ? definitionType(type->properties, propertyFilter.property)
                 : QStringLiteral("string"),
            capabilityName + QLatin1Char('.') + propertyFilter.property,
            edit);
    }
    clause->flush(QStringLiteral("TOPO-FILTER-002"), owner->name, problems);
}

} // namespace

void NodeFilterRule::checkNode(const ValidationContext &context,
                               const NodeTemplate &node,
                               Problems *problems) const
{
    const TypeDefinition *sourceType = context.nodeType(node);
    if (!sourceType || sourceType->abstract)
        return;
    const ValueChecker checker(context.types());
    for (int i = 0; i < int(node.requirements.size()); ++i) {
        const RequirementAssignment &requirement = node.requirements[i];
        const RequirementDefinition *definition
            = context.requirementDefinition(node, requirement.name);
        const NodeTemplate *target = context.topology().node(requirement.node);
        if (!definition || !definition->nodeFilter || !target)
            continue;
        const TypeDefinition *targetType = context.nodeType(*target);
        if (!targetType)
            continue;
        FilterClause clause(checker,
                            node.name,
                            ProblemMember::requirement(requirement.name),
                            requirement.nodeLocation.isValid() ? requirement.nodeLocation
                                                               : requirement.location,
                            i);
        checkPropertyFilters(context, *definition->nodeFilter, *target, *targetType, &clause);
        clause.flush(QStringLiteral("TOPO-FILTER-001"), target->name, problems);
        for (const CapabilityFilter &filter : definition->nodeFilter->capabilities)
            checkCapabilityFilter(context, node.name, *target, filter, &clause, problems);
    }
}

} // namespace Topologist
