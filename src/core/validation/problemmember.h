// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Topologist {

/// What inside a node template a Problem is about: the node's type or name, one of its
/// properties, a capability or one of its properties, a requirement or one of its properties;
/// or, for a problem of no node, an input, an output, a workflow, a group, a policy or the
/// substitution mapping of the topology (its type, or one of the capabilities, requirements or
/// properties it exposes).
///
/// Kept as parts rather than text so that the designer can ask "is this about capability X?"
/// without parsing, and so that names holding a dot or a space stay whole. toString() gives
/// the text users and reports have always seen ("property port",
/// "capability scalable.default_instances", "requirement host property weight").
class ProblemMember
{
public:
    enum class Kind {
        None,                    ///< the node itself (or the topology) is at fault
        NodeType,                ///< "type"
        NodeName,                ///< "name"
        Property,                ///< "property <property>"
        Capability,              ///< "capability <capability>"
        CapabilityProperty,      ///< "capability <capability>.<property>"
        Requirement,             ///< "requirement <requirement>"
        RequirementProperty,     ///< "requirement <requirement> property <property>"
        Input,                   ///< "input <input>" (of the topology; no node)
        Output,                  ///< "output <output>" (of the topology; no node)
        Workflow,                ///< "workflow <workflow>" (of the topology; no node)
        Group,                   ///< "group <group>" (of the topology; no node)
        Policy,                  ///< "policy <policy>" (of the topology; no node)
        SubstitutionType,        ///< "substitution type" (of the topology; no node)
        SubstitutionCapability,  ///< "substitution capability <name>" (no node)
        SubstitutionRequirement, ///< "substitution requirement <name>" (no node)
        SubstitutionProperty     ///< "substitution property <name>" (no node)
    };

    ProblemMember() = default;

    static ProblemMember nodeType();
    static ProblemMember nodeName();
    static ProblemMember property(const QString &property);
    static ProblemMember capability(const QString &capability);
    static ProblemMember capabilityProperty(const QString &capability, const QString &property);
    static ProblemMember requirement(const QString &requirement);
    static ProblemMember requirementProperty(const QString &requirement, const QString &property);
    static ProblemMember input(const QString &input);
    static ProblemMember output(const QString &output);
    static ProblemMember workflow(const QString &workflow);
    static ProblemMember group(const QString &group);
    static ProblemMember policy(const QString &policy);
    static ProblemMember substitutionType();
    static ProblemMember substitutionCapability(const QString &name);
    static ProblemMember substitutionRequirement(const QString &name);
    static ProblemMember substitutionProperty(const QString &name);

    Kind kind() const { return m_kind; }
    bool isEmpty() const { return m_kind == Kind::None; }
    /// The capability concerned, whole or through one of its properties; empty otherwise.
    QString capabilityName() const;
    /// The requirement concerned, whole or through one of its properties; empty otherwise.
    QString requirementName() const;
    /// The topology input concerned; empty otherwise.
    QString inputName() const { return m_kind == Kind::Input ? m_owner : QString(); }
    /// The topology output concerned; empty otherwise.
    QString outputName() const { return m_kind == Kind::Output ? m_owner : QString(); }
    /// The workflow concerned; empty otherwise.
    QString workflowName() const { return m_kind == Kind::Workflow ? m_owner : QString(); }
    /// The group a problem of a group is about, or empty.
    QString groupName() const { return m_kind == Kind::Group ? m_owner : QString(); }
    /// The policy a problem of a policy is about, or empty.
    QString policyName() const { return m_kind == Kind::Policy ? m_owner : QString(); }
    /// True for the substitution mapping's type and each of its entries.
    bool isAboutSubstitution() const;
    /// The exposed capability, requirement or property concerned; empty otherwise.
    QString substitutionName() const;
    /// The property concerned (of the node, a capability or a requirement); empty otherwise.
    const QString &propertyName() const { return m_property; }

    /// True for capability @p name as a whole and for each of its properties.
    bool isAboutCapability(const QString &name) const;
    /// True for requirement @p name as a whole and for each of its properties.
    bool isAboutRequirement(const QString &name) const;

    /// The display and report form; empty for Kind::None.
    QString toString() const;

    friend bool operator==(const ProblemMember &a, const ProblemMember &b)
    {
        return a.m_kind == b.m_kind && a.m_owner == b.m_owner && a.m_property == b.m_property;
    }
    friend bool operator!=(const ProblemMember &a, const ProblemMember &b) { return !(a == b); }

private:
    ProblemMember(Kind kind, const QString &owner, const QString &property);

    Kind m_kind = Kind::None;
    QString m_owner; // the capability, requirement or workflow name
    QString m_property;
};

/// Lets ProblemMember key a QHash or fill a QSet.
size_t qHash(const ProblemMember &member, size_t seed = 0);

} // namespace Topologist
