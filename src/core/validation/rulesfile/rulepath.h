// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"
#include "support/sourcelocation.h"
#include "validation/problemmember.h"
#include "validation/quickfixedit.h"

#include <QString>

#include <optional>

namespace Topologist {

class ValidationContext;
struct NodeTemplate;

/// A value a declarative rule reads from a node template: `properties.<name>` or
/// `capabilities.<capability name or type>.<property>`.
///
/// Rules see the value the orchestrator will see (the template's, else the type's default), so
/// a rule about `default_instances` holds for a Compute that never sets it. Whether the value is
/// written in the template matters for where a problem points and for what a fix can remove.
class RulePath
{
public:
    /// What a path reads on one node.
    struct Resolved
    {
        /// The effective value; null when neither the template nor the type gives one.
        Value value;
        /// True when the template itself writes the value (so it has a source line).
        bool setInTemplate = false;
        /// The node's capability the path reached (by name or type); empty for properties and
        /// when the node has no such capability.
        QString capabilityName;
        /// The declared TOSCA type of the property ("version", "integer", ...), empty if unknown.
        QString propertyType;
        /// Where the value is written, when it is.
        SourceLocation location;
    };

    /// Parses `text`; on failure returns nullopt and says why in `error`.
    static std::optional<RulePath> parse(const QString &text, QString *error);

    const QString &text() const { return m_text; }
    bool isCapability() const { return !m_capability.isEmpty(); }
    const QString &property() const { return m_property; }

    Resolved resolve(const ValidationContext &context, const NodeTemplate &node) const;
    /// What a Problem about this path is about: the property, or the capability's property
    /// (named as the node names the capability when it has it).
    ProblemMember member(const Resolved &resolved) const;
    /// The short name used in fix descriptions: "component_version", "os.version".
    QString shortName(const Resolved &resolved) const;

    /// The edit that sets this path on `node`; nullopt when the node has no such capability.
    std::optional<QuickFixEdit>
    setEdit(const NodeTemplate &node, const Resolved &resolved, const Value &value) const;
    /// The edit that removes the template's value, leaving the type's default; nullopt when the
    /// template does not write it.
    std::optional<QuickFixEdit> removeEdit(const NodeTemplate &node,
                                           const Resolved &resolved) const;

private:
    /// The node's name for the capability, else the name or type the rule wrote.
    QString capabilityName(const Resolved &resolved) const;

    QString m_text;
    QString m_capability;
    QString m_property;
};

} // namespace Topologist
