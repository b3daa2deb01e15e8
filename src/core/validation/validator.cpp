// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/validator.h"

#include "validation/rules/capabilityoccurrencesrule.h"
#include "validation/rules/customworkflowrule.h"
#include "validation/rules/danglingreferencerule.h"
#include "validation/rules/duplicatenamerule.h"
#include "validation/rules/groupmembersrule.h"
#include "validation/rules/hostingcyclerule.h"
#include "validation/rules/inputreferencerule.h"
#include "validation/rules/installorderrule.h"
#include "validation/rules/missinghostrule.h"
#include "validation/rules/nodefilterrule.h"
#include "validation/rules/nodenamerule.h"
#include "validation/rules/outputreferencerule.h"
#include "validation/rules/policypropertiesrule.h"
#include "validation/rules/policytargetsrule.h"
#include "validation/rules/propertiesrule.h"
#include "validation/rules/relationshiptyperule.h"
#include "validation/rules/requirementoccurrencesrule.h"
#include "validation/rules/requirementtargetrule.h"
#include "validation/rules/scalablerule.h"
#include "validation/rules/substitutionpropertyrule.h"
#include "validation/rules/substitutiontargetrule.h"
#include "validation/rules/substitutiontyperule.h"
#include "validation/rules/undeclaredrequirementrule.h"
#include "validation/rules/unknowncapabilityrule.h"
#include "validation/rules/unknownnodetyperule.h"
#include "validation/rules/validtargettypesrule.h"
#include "validation/validationcontext.h"

#include <algorithm>

namespace Topologist {

Validator Validator::structural()
{
    Validator validator;
    validator.addRule(std::make_unique<UnknownNodeTypeRule>());
    validator.addRule(std::make_unique<DanglingReferenceRule>());
    return validator;
}

Validator Validator::standard()
{
    Validator validator = structural();
    validator.addRule(std::make_unique<NodeNameRule>());
    validator.addRule(std::make_unique<DuplicateNameRule>());
    validator.addRule(std::make_unique<UndeclaredRequirementRule>());
    validator.addRule(std::make_unique<RelationshipTypeRule>());
    validator.addRule(std::make_unique<RequirementTargetRule>());
    validator.addRule(std::make_unique<ValidTargetTypesRule>());
    validator.addRule(std::make_unique<RequirementOccurrencesRule>());
    validator.addRule(std::make_unique<CapabilityOccurrencesRule>());
    validator.addRule(std::make_unique<MissingHostRule>());
    validator.addRule(std::make_unique<HostingCycleRule>());
    validator.addRule(std::make_unique<UnknownCapabilityRule>());
    validator.addRule(std::make_unique<PropertiesRule>());
    validator.addRule(std::make_unique<ScalableRule>());
    validator.addRule(std::make_unique<NodeFilterRule>());
    validator.addRule(std::make_unique<InputReferenceRule>());
    validator.addRule(std::make_unique<OutputReferenceRule>());
    validator.addRule(std::make_unique<GroupMembersRule>());
    validator.addRule(std::make_unique<PolicyTargetsRule>());
    validator.addRule(std::make_unique<PolicyPropertiesRule>());
    validator.addRule(std::make_unique<SubstitutionTypeRule>());
    validator.addRule(std::make_unique<SubstitutionTargetRule>());
    validator.addRule(std::make_unique<SubstitutionPropertyRule>());
    validator.addRule(std::make_unique<InstallOrderRule>());
    validator.addRule(std::make_unique<CustomWorkflowRule>());
    return validator;
}

Problems Validator::validate(const ValidationContext &context) const
{
    Problems problems;
    for (const NodeTemplate &node : context.topology().nodes())
        checkNode(context, node, &problems);
    checkTopology(context, &problems);
    std::stable_sort(problems.begin(), problems.end());
    return problems;
}

void Validator::checkNode(const ValidationContext &context,
                          const NodeTemplate &node,
                          Problems *problems) const
{
    for (const auto &rule : m_rules)
        rule->checkNode(context, node, problems);
}

void Validator::checkTopology(const ValidationContext &context, Problems *problems) const
{
    for (const auto &rule : m_rules)
        rule->checkTopology(context, problems);
}

} // namespace Topologist
