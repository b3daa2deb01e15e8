// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/outputreferencerule.h"

#include "model/outputdefinition.h"
#include "model/topologytemplate.h"
#include "types/typedefinition.h"
#include "types/typeregistry.h"
#include "validation/validationcontext.h"

#include <QCoreApplication>

namespace Topologist {

void OutputReferenceRule::checkTopology(const ValidationContext &context, Problems *problems) const
{
    for (const OutputDefinition &output : context.topology().outputs)
        checkFunction(context, output, output.value, problems);
}

void OutputReferenceRule::checkFunction(const ValidationContext &context,
                                        const OutputDefinition &output,
                                        const Value &value,
                                        Problems *problems)
{
    const QString function = value.isFunction() ? value.functionName() : QString();
    const bool reads
        = function == QLatin1String("get_attribute") || function == QLatin1String("get_property");
    if (!reads) { // concat and the like: what their arguments read
        for (const Value &item : value.items())
            checkFunction(context, output, item, problems);
        return;
    }
    const std::vector<Value> &arguments = value.arguments();
    const QString nodeName = arguments.empty() ? QString() : arguments.front().text();
    if (nodeName.isEmpty())
        return;
    const NodeTemplate *node = context.topology().node(nodeName);
    if (!node) {
        problems->append(Problem::make(
            Severity::Error,
            QStringLiteral("TOPO-OUTPUT-001"),
            QString(),
            ProblemMember::output(output.name),
            value.location().isValid() ? value.location() : output.location,
            QCoreApplication::translate("Validation",
                                        "output '%1' reads %2 of '%3', which is not a node of "
                                        "this topology")
                .arg(output.name, function, nodeName)));
        return;
    }
    // [node, name]: a node's own attribute or property; longer forms go through a capability
    // or requirement, which the type alone does not settle.
    const TypeDefinition *type = context.types().resolved(TypeKind::Node, node->type);
    if (arguments.size() != 2 || !type)
        return;
    const QString name = arguments[1].text();
    const bool known
        = findDefinition(type->properties, name)
          || (function == QLatin1String("get_attribute") && findDefinition(type->attributes, name));
    if (known || name.isEmpty())
        return;
    problems->append(Problem::make(
        Severity::Warning,
        QStringLiteral("TOPO-OUTPUT-002"),
        QString(),
        ProblemMember::output(output.name),
        value.location().isValid() ? value.location() : output.location,
        QCoreApplication::translate("Validation",
                                    "output '%1' reads '%2' of %3, but its type %4 declares "
                                    "no such %5")
            .arg(output.name,
                 name,
                 nodeName,
                 node->type,
                 function == QLatin1String("get_attribute")
                     ? QCoreApplication::translate("Validation", "attribute or property")
                     : QCoreApplication::translate("Validation", "property"))));
}

} // namespace Topologist
