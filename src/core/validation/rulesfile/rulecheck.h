// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"
#include "validation/quickfixedit.h"
#include "validation/rulesfile/rulefinding.h"
#include "validation/rulesfile/rulefix.h"
#include "validation/rulesfile/rulepath.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Topologist {

class RuleSyntax;
class ValidationContext;
struct NodeTemplate;

/// The condition a declarative rule demands of each node it reaches (`check:` in a rules
/// file). One subclass per kind: odd, odd_range, one_of, version, requires.
///
/// A check is undecided, and reports nothing, when a value it reads is a TOSCA function
/// (get_input ...) or is not of the shape it compares (a non-integer count, a malformed
/// version): Alien4Cloud resolves functions at deployment, and the property rules report
/// malformed values. What an unset value means is each check's own answer (documented in
/// resources/types/README.md).
class RuleCheck
{
public:
    virtual ~RuleCheck() = default;

    /// Parses the `check:` mapping; null (with diagnostics) when it is unknown or malformed.
    static std::unique_ptr<RuleCheck> parse(const Value &check, RuleSyntax &syntax);

    /// The keyword of the check in rules files ("odd").
    virtual QString name() const = 0;
    /// What is wrong with `subject`, or nullopt when it satisfies the check or is undecided.
    virtual std::optional<RuleFinding> evaluate(const ValidationContext &context,
                                                const NodeTemplate &subject) const = 0;
    /// True when this check computes the edits of fixes of `kind` (set and remove need no check).
    virtual bool computes(RuleFix::Kind kind) const
    {
        Q_UNUSED(kind)
        return false;
    }
    /// The edits of a computed fix, one list per quick fix offered (best first).
    virtual QList<QList<QuickFixEdit>> computeFix(const RuleFix &fix,
                                                  const ValidationContext &context,
                                                  const NodeTemplate &subject) const
    {
        Q_UNUSED(fix)
        Q_UNUSED(context)
        Q_UNUSED(subject)
        return {};
    }

protected:
    /// The integer a plain value holds, or nullopt.
    static std::optional<qint64> integer(const Value &value);
    /// The value as shown in messages; "unset" when null.
    static QString display(const Value &value);
};

} // namespace Topologist
