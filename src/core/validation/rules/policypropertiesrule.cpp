// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/policypropertiesrule.h"

#include "model/policydefinition.h"
#include "model/topologytemplate.h"
#include "types/typedefinition.h"
#include "types/typeregistry.h"
#include "types/valuechecker.h"
#include "validation/validationcontext.h"

#include <QCoreApplication>

namespace Topologist {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

Problem policyProblem(const QString &code,
                      const PolicyDefinition &policy,
                      const SourceLocation &location,
                      const QString &message)
{
    return Problem::make(Severity::Error,
                         code,
                         QString(),
                         ProblemMember::policy(policy.name),
                         location.isValid() ? location : policy.location,
                         message);
}

} // namespace

void PolicyPropertiesRule::checkTopology(const ValidationContext &context, Problems *problems) const
{
    for (const PolicyDefinition &policy : context.topology().policies) {
        const TypeDefinition *type = context.types().resolved(TypeKind::Policy, policy.type);
        if (!type) // TOPO-POLICY-001 says so; nothing to check against
            continue;
        checkValues(context, policy, *type, problems);
        checkRequired(policy, *type, problems);
    }
}

void PolicyPropertiesRule::checkValues(const ValidationContext &context,
                                       const PolicyDefinition &policy,
                                       const TypeDefinition &type,
                                       Problems *problems)
{
    const ValueChecker checker(context.types());
    for (const Value::Entry &entry : policy.properties.entries()) {
        const PropertyDefinition *definition = findDefinition(type.properties, entry.key);
        if (!definition) {
            problems->append(
                policyProblem(QStringLiteral("TOPO-POLICY-004"),
                              policy,
                              entry.value.location(),
                              Tr::tr("policy '%1' sets '%2', which its type %3 does not declare")
                                  .arg(policy.name, entry.key, policy.type)));
            continue;
        }
        for (const ValueChecker::Violation &violation : checker.check(entry.value, *definition)) {
            problems->append(policyProblem(QStringLiteral("TOPO-POLICY-005"),
                                           policy,
                                           violation.location,
                                           Tr::tr("policy '%1', property '%2': %3")
                                               .arg(policy.name, entry.key, violation.message)));
        }
    }
}

void PolicyPropertiesRule::checkRequired(const PolicyDefinition &policy,
                                         const TypeDefinition &type,
                                         Problems *problems)
{
    for (const PropertyDefinition &definition : type.properties) {
        if (!definition.required || !definition.defaultValue.isNull()
            || policy.properties.contains(definition.name))
            continue;
        problems->append(policyProblem(QStringLiteral("TOPO-POLICY-006"),
                                       policy,
                                       SourceLocation(),
                                       Tr::tr("policy '%1' leaves the required property '%2' "
                                              "unset")
                                           .arg(policy.name, definition.name)));
    }
}

} // namespace Topologist
