// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/inputreferencerule.h"

#include "validation/validationcontext.h"

#include <QCoreApplication>

#include <functional>

namespace Topologist {

void InputReferenceRule::checkNode(const ValidationContext &context,
                                   const NodeTemplate &node,
                                   Problems *problems) const
{
    const PropertyDefinitions &inputs = context.topology().inputs;
    const std::function<void(const Value &, const ProblemMember &)> visit
        = [&](const Value &value, const ProblemMember &member) {
              if (value.isFunction() && value.functionName() == QLatin1String("get_input")) {
                  const QString input
                      = value.arguments().empty() ? QString() : value.arguments().front().text();
                  if (!input.isEmpty() && !findDefinition(inputs, input))
                      problems->append(
                          Problem::make(Severity::Error,
                                        QStringLiteral("TOPO-INPUT-001"),
                                        node.name,
                                        member,
                                        value.location(),
                                        QCoreApplication::translate(
                                            "Validation",
                                            "get_input refers to '%1', which is not an input of "
                                            "this topology")
                                            .arg(input)));
                  return;
              }
              for (const Value &item : value.items())
                  visit(item, member);
              for (const Value::Entry &entry : value.entries())
                  visit(entry.value, member);
          };
    for (const Value::Entry &entry : node.properties.entries())
        visit(entry.value, ProblemMember::property(entry.key));
    for (const CapabilityAssignment &capability : node.capabilities) {
        for (const Value::Entry &entry : capability.properties.entries())
            visit(entry.value, ProblemMember::capabilityProperty(capability.name, entry.key));
    }
    for (const RequirementAssignment &requirement : node.requirements)
        // The whole requirement, not one of its properties: what the reports have always said.
        visit(requirement.properties, ProblemMember::requirement(requirement.name));
}

} // namespace Topologist
