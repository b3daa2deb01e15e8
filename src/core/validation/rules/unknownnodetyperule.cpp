// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/unknownnodetyperule.h"

#include "support/closenames.h"
#include "validation/validationcontext.h"

#include <QCoreApplication>

#include <algorithm>

namespace Topologist {

namespace {

/// Whether `node` reads as a node of `type`: every property, capability and requirement it
/// writes is one the type declares, and every property the type requires is there. Changing
/// the type to one that fits adds no problem of its own.
bool fits(const NodeTemplate &node, const TypeDefinition &type)
{
    const auto declaresProperty = [&](const QString &name) {
        return std::any_of(type.properties.cbegin(),
                           type.properties.cend(),
                           [&](const PropertyDefinition &p) { return p.name == name; });
    };
    if (node.properties.isMap()) {
        for (const Value::Entry &entry : node.properties.entries()) {
            if (!declaresProperty(entry.key))
                return false;
        }
    }
    for (const PropertyDefinition &p : type.properties) {
        if (p.required && !p.hasDefault() && !node.properties.contains(p.name))
            return false;
    }
    for (const CapabilityAssignment &c : node.capabilities) {
        if (std::none_of(type.capabilities.cbegin(),
                         type.capabilities.cend(),
                         [&](const CapabilityDefinition &d) { return d.name == c.name; }))
            return false;
    }
    for (const RequirementAssignment &r : node.requirements) {
        if (std::none_of(type.requirements.cbegin(),
                         type.requirements.cend(),
                         [&](const RequirementDefinition &d) { return d.name == r.name; }))
            return false;
    }
    return true;
}

} // namespace

void UnknownNodeTypeRule::checkNode(const ValidationContext &context,
                                    const NodeTemplate &node,
                                    Problems *problems) const
{
    if (node.type.isEmpty() || context.types().contains(TypeKind::Node, node.type))
        return;
    Problem problem;
    problem.severity = Severity::Error;
    problem.code = QStringLiteral("TOPO-NODE-001");
    problem.node = node.name;
    problem.member = ProblemMember::nodeType();
    problem.location = node.typeLocation.isValid() ? node.typeLocation : node.location;
    problem.message = QCoreApplication::translate("Validation",
                                                  "unknown node type '%1': it is not declared in "
                                                  "this topology or in its imports (%2)")
                          .arg(
                              node.type,
                              context.archive().imports.isEmpty()
                                  ? QCoreApplication::translate("Validation", "none")
                                  : [&] {
                                        QStringList ids;
                                        for (const ArchiveImport &i : context.archive().imports)
                                            ids << i.id();
                                        return ids.join(QStringLiteral(", "));
                                    }());
    // Abstract types included: Alien4Cloud topologies use them (a location substitutes them).
    QStringList known;
    for (const TypeDefinition *type : context.types().types(TypeKind::Node))
        known << type->name;
    const QStringList close = CloseNames::typesLike(node.type, known);
    if (!close.isEmpty()) {
        problem.message
            += QCoreApplication::translate("Validation", "; did you mean '%1'?").arg(close.first());
    }
    for (const QString &name : close) {
        const TypeDefinition *type = context.types().resolved(TypeKind::Node, name);
        if (!type || !fits(node, *type))
            continue;
        QuickFix fix;
        fix.description
            = QCoreApplication::translate("Validation", "Change the type to '%1'").arg(name);
        QuickFixEdit edit;
        edit.kind = QuickFixEdit::Kind::SetNodeType;
        edit.node = node.name;
        edit.newName = name;
        fix.edits = {edit};
        problem.fixes.append(fix);
    }
    problems->append(problem);
}

} // namespace Topologist
