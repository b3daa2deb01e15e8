// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/substitutionpropertyrule.h"

#include "types/typedefinition.h"
#include "types/typeregistry.h"
#include "validation/validationcontext.h"

#include <QCoreApplication>

namespace Topologist {

namespace {

SourceLocation firstValid(std::initializer_list<SourceLocation> locations)
{
    for (const SourceLocation &location : locations) {
        if (location.isValid())
            return location;
    }
    return SourceLocation();
}

} // namespace

void SubstitutionPropertyRule::checkTopology(const ValidationContext &context,
                                             Problems *problems) const
{
    const Value &written = context.topology().substitutionMappings;
    if (written.isNull())
        return;
    const SubstitutionMapping mapping = SubstitutionMapping::read(written);
    const TypeDefinition *substituted
        = mapping.nodeType.isEmpty() ? nullptr
                                     : context.types().resolved(TypeKind::Node, mapping.nodeType);
    if (substituted)
        checkRequired(context, mapping, *substituted, problems);
    for (const PropertyMapping &property : mapping.properties)
        checkMapping(context, property, mapping, substituted, problems);
}

void SubstitutionPropertyRule::checkRequired(const ValidationContext &context,
                                             const SubstitutionMapping &mapping,
                                             const TypeDefinition &substituted,
                                             Problems *problems)
{
    const PropertyDefinitions &inputs = context.topology().inputs;
    for (const PropertyDefinition &property : substituted.properties) {
        if (!property.required || property.hasDefault() || mapping.property(property.name)
            || findDefinition(inputs, property.name))
            continue;
        problems->append(Problem::make(
            Severity::Warning,
            QStringLiteral("TOPO-SUBST-007"),
            QString(),
            ProblemMember::substitutionProperty(property.name),
            firstValid({mapping.nodeTypeLocation, mapping.location, context.topology().location}),
            QCoreApplication::translate("Validation",
                                        "property '%1' of the substituted type %2 is required, "
                                        "but no input gives it, so the topology never reads what "
                                        "a user of the type sets: add an input called %1, or map "
                                        "the property onto an input")
                .arg(property.name, mapping.nodeType)));
    }
}

void SubstitutionPropertyRule::checkMapping(const ValidationContext &context,
                                            const PropertyMapping &property,
                                            const SubstitutionMapping &mapping,
                                            const TypeDefinition *substituted,
                                            Problems *problems)
{
    const auto report = [&](Severity severity, const QString &code, const QString &message) {
        problems->append(Problem::make(
            severity,
            code,
            QString(),
            ProblemMember::substitutionProperty(property.name),
            firstValid({property.location, mapping.location, context.topology().location}),
            message));
    };
    if (substituted && !findDefinition(substituted->properties, property.name)) {
        report(Severity::Warning,
               QStringLiteral("TOPO-SUBST-009"),
               QCoreApplication::translate("Validation",
                                           "substitution property '%1' is no property of the "
                                           "substituted type %2")
                   .arg(property.name, mapping.nodeType));
    }
    if (!property.isInputMapping())
        return;
    if (!findDefinition(context.topology().inputs, property.input)) {
        report(Severity::Error,
               QStringLiteral("TOPO-SUBST-008"),
               QCoreApplication::translate("Validation",
                                           "substitution property '%1' is given by input '%2', "
                                           "which is not an input of this topology")
                   .arg(property.name, property.input));
    } else if (!context.isPlainTosca() && property.input != property.name) {
        report(Severity::Warning,
               QStringLiteral("TOPO-SUBST-010"),
               QCoreApplication::translate("Validation",
                                           "substitution property '%1' is mapped onto input "
                                           "'%2', but Alien4Cloud ignores property mappings and "
                                           "makes input '%2' a property called %2: rename the "
                                           "input to %1")
                   .arg(property.name, property.input));
    }
}

} // namespace Topologist
