// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/validator.h"

#include "validation/rules/danglingreferencerule.h"
#include "validation/rules/unknownnodetyperule.h"
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

Problems Validator::validate(const ValidationContext &context) const
{
    Problems problems;
    for (const NodeTemplate &node : context.topology().nodes())
        checkNode(context, node, &problems);
    checkTopology(context, &problems);
    std::stable_sort(problems.begin(), problems.end());
    return problems;
}

void Validator::checkNode(const ValidationContext &context, const NodeTemplate &node, Problems *problems) const
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
