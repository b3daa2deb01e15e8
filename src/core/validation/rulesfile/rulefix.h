// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"
#include "validation/quickfix.h"
#include "validation/rulesfile/rulepath.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Topologist {

class RuleCheck;
class RuleSyntax;
class ValidationContext;
struct NodeTemplate;

/// One `fix:` entry of a declarative rule: how to repair the node a problem is reported on.
///
/// `set` and `remove` write given values and work with every check. The others compute their
/// values from what the check found, so each belongs to one check: `nearest_odd` (odd),
/// `pin_to` (odd_range), `closest` (one_of) and `connect` (requires); the check builds their
/// edits. The rule keeps only the fixes that, applied, satisfy its check.
class RuleFix
{
public:
    enum class Kind { Set, Remove, NearestOdd, PinTo, Closest, Connect };
    /// Which nodes `connect` may point the requirement to.
    enum class Scope { SameCompute, Any };

    /// Parses one fix (a keyword or a single-key mapping, plus an optional `description`).
    static std::optional<RuleFix> parse(const Value &value, RuleSyntax &syntax);
    static QString kindName(Kind kind);

    Kind kind() const { return m_kind; }
    /// The description template given in the rule (same placeholders as the message), or empty.
    const QString &description() const { return m_description; }
    const QList<std::pair<RulePath, Value>> &assignments() const { return m_assignments; }
    const QList<RulePath> &removals() const { return m_removals; }
    /// `nearest_odd` bounds, `pin_to` path.
    const std::optional<RulePath> &minPath() const { return m_min; }
    const std::optional<RulePath> &maxPath() const { return m_max; }
    const std::optional<RulePath> &pinPath() const { return m_pin; }
    Scope scope() const { return m_scope; }

    /// The quick fixes this entry proposes for `subject`, with generated descriptions; empty
    /// when it has nothing to change there.
    QuickFixes build(const RuleCheck &check,
                     const ValidationContext &context,
                     const NodeTemplate &subject) const;
    /// "On Master_Compute: set scalable.default_instances to 3"
    static QString describe(const QString &node, const QList<QuickFixEdit> &edits);

private:
    /// Reads what follows the keyword into this fix of kind m_kind; false when it cannot be.
    bool readArgument(const Value &argument, RuleSyntax &syntax);

    Kind m_kind = Kind::Set;
    QString m_description;
    QList<std::pair<RulePath, Value>> m_assignments;
    QList<RulePath> m_removals;
    std::optional<RulePath> m_min;
    std::optional<RulePath> m_max;
    std::optional<RulePath> m_pin;
    Scope m_scope = Scope::SameCompute;
};

} // namespace Topologist
