// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/inputreferencerule.h"

#include "types/typedefinition.h"
#include "types/typeregistry.h"
#include "validation/validationcontext.h"

#include <QCoreApplication>

#include <functional>

namespace Topologist {

void InputReferenceRule::checkNode(const ValidationContext &context,
                                   const NodeTemplate &node,
                                   Problems *problems) const
{
    const PropertyDefinitions &inputs = context.topology().inputs;
    const TypeDefinition *type = context.types().resolved(TypeKind::Node, node.type);
    const std::function<void(const Value &, const ProblemMember &, const PropertyDefinition *)>
        visit
        = [&](const Value &value, const ProblemMember &member, const PropertyDefinition *property) {
              if (value.isFunction() && value.functionName() == QLatin1String("get_input")) {
                  const QString name
                      = value.arguments().empty() ? QString() : value.arguments().front().text();
                  if (name.isEmpty())
                      return;
                  if (const PropertyDefinition *input = findDefinition(inputs, name))
                      checkType(context, node, member, value, *input, property, problems);
                  else
                      problems->append(Problem::make(
                          Severity::Error,
                          QStringLiteral("TOPO-INPUT-001"),
                          node.name,
                          member,
                          value.location(),
                          QCoreApplication::translate("Validation",
                                                      "get_input refers to '%1', which is not an "
                                                      "input of this topology")
                              .arg(name)));
                  return;
              }
              // Inside a list or map the property's own type no longer applies.
              for (const Value &item : value.items())
                  visit(item, member, nullptr);
              for (const Value::Entry &entry : value.entries())
                  visit(entry.value, member, nullptr);
          };
    for (const Value::Entry &entry : node.properties.entries())
        visit(entry.value,
              ProblemMember::property(entry.key),
              type ? findDefinition(type->properties, entry.key) : nullptr);
    for (const CapabilityAssignment &capability : node.capabilities) {
        for (const Value::Entry &entry : capability.properties.entries())
            visit(entry.value,
                  ProblemMember::capabilityProperty(capability.name, entry.key),
                  nullptr);
    }
    for (const RequirementAssignment &requirement : node.requirements)
        // The whole requirement, not one of its properties: what the reports have always said.
        visit(requirement.properties, ProblemMember::requirement(requirement.name), nullptr);
}

void InputReferenceRule::checkType(const ValidationContext &context,
                                   const NodeTemplate &node,
                                   const ProblemMember &member,
                                   const Value &value,
                                   const PropertyDefinition &input,
                                   const PropertyDefinition *property,
                                   Problems *problems)
{
    if (!property || input.type.isEmpty() || property->type.isEmpty()
        || input.type == property->type
        || context.types().derivesFrom(TypeKind::Data, input.type, property->type))
        return;
    problems->append(
        Problem::make(Severity::Error,
                      QStringLiteral("TOPO-INPUT-002"),
                      node.name,
                      member,
                      value.location(),
                      QCoreApplication::translate(
                          "Validation", "input '%1' is of type %2, but property '%3' takes %4")
                          .arg(input.name, input.type, property->name, property->type)));
}

} // namespace Topologist
