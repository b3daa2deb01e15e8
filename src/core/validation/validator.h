// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/problem.h"
#include "validation/validationrule.h"

#include <memory>
#include <vector>

namespace Topologist {

class ValidationContext;

/// Runs a set of rules over a topology.
class Validator
{
public:
    /// A validator with no rules; add them with addRule.
    Validator() = default;
    /// The rules that find what makes a topology unreadable for Alien4Cloud: unknown types and
    /// requirements pointing to missing nodes.
    static Validator structural();
    /// Every built-in rule: structure, properties, scaling, node filters, names, inputs.
    static Validator standard();

    void addRule(std::unique_ptr<ValidationRule> rule) { m_rules.push_back(std::move(rule)); }
    const std::vector<std::unique_ptr<ValidationRule>> &rules() const { return m_rules; }

    /// Checks every node and the topology as a whole; the result is sorted by position.
    Problems validate(const ValidationContext &context) const;
    /// Checks one node with every per-node rule.
    void
    checkNode(const ValidationContext &context, const NodeTemplate &node, Problems *problems) const;
    /// Runs every topology-wide rule.
    void checkTopology(const ValidationContext &context, Problems *problems) const;

private:
    std::vector<std::unique_ptr<ValidationRule>> m_rules;
};

} // namespace Topologist
