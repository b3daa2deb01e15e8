// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/problemmember.h"

#include <QHashFunctions>

namespace Topologist {

ProblemMember::ProblemMember(Kind kind, const QString &owner, const QString &property)
    : m_kind(kind)
    , m_owner(owner)
    , m_property(property)
{}

ProblemMember ProblemMember::nodeType()
{
    return ProblemMember(Kind::NodeType, QString(), QString());
}

ProblemMember ProblemMember::nodeName()
{
    return ProblemMember(Kind::NodeName, QString(), QString());
}

ProblemMember ProblemMember::property(const QString &property)
{
    return ProblemMember(Kind::Property, QString(), property);
}

ProblemMember ProblemMember::capability(const QString &capability)
{
    return ProblemMember(Kind::Capability, capability, QString());
}

ProblemMember ProblemMember::capabilityProperty(const QString &capability, const QString &property)
{
    return ProblemMember(Kind::CapabilityProperty, capability, property);
}

ProblemMember ProblemMember::requirement(const QString &requirement)
{
    return ProblemMember(Kind::Requirement, requirement, QString());
}

ProblemMember ProblemMember::requirementProperty(const QString &requirement,
                                                 const QString &property)
{
    return ProblemMember(Kind::RequirementProperty, requirement, property);
}

ProblemMember ProblemMember::input(const QString &input)
{
    return ProblemMember(Kind::Input, input, QString());
}

ProblemMember ProblemMember::output(const QString &output)
{
    return ProblemMember(Kind::Output, output, QString());
}

ProblemMember ProblemMember::workflow(const QString &workflow)
{
    return ProblemMember(Kind::Workflow, workflow, QString());
}

ProblemMember ProblemMember::group(const QString &group)
{
    return ProblemMember(Kind::Group, group, QString());
}

ProblemMember ProblemMember::policy(const QString &policy)
{
    return ProblemMember(Kind::Policy, policy, QString());
}

ProblemMember ProblemMember::substitutionType()
{
    return ProblemMember(Kind::SubstitutionType, QString(), QString());
}

ProblemMember ProblemMember::substitutionCapability(const QString &name)
{
    return ProblemMember(Kind::SubstitutionCapability, name, QString());
}

ProblemMember ProblemMember::substitutionRequirement(const QString &name)
{
    return ProblemMember(Kind::SubstitutionRequirement, name, QString());
}

ProblemMember ProblemMember::substitutionProperty(const QString &name)
{
    return ProblemMember(Kind::SubstitutionProperty, name, QString());
}

QString ProblemMember::capabilityName() const
{
    return m_kind == Kind::Capability || m_kind == Kind::CapabilityProperty ? m_owner : QString();
}

QString ProblemMember::requirementName() const
{
    return m_kind == Kind::Requirement || m_kind == Kind::RequirementProperty ? m_owner : QString();
}

bool ProblemMember::isAboutSubstitution() const
{
    return m_kind == Kind::SubstitutionType || m_kind == Kind::SubstitutionCapability
           || m_kind == Kind::SubstitutionRequirement || m_kind == Kind::SubstitutionProperty;
}

QString ProblemMember::substitutionName() const
{
    return isAboutSubstitution() ? m_owner : QString();
}

bool ProblemMember::isAboutCapability(const QString &name) const
{
    return (m_kind == Kind::Capability || m_kind == Kind::CapabilityProperty) && m_owner == name;
}

bool ProblemMember::isAboutRequirement(const QString &name) const
{
    return (m_kind == Kind::Requirement || m_kind == Kind::RequirementProperty) && m_owner == name;
}

QString ProblemMember::toString() const
{
    // These spellings are public: the JSON and SARIF reports and the problem list show them.
    switch (m_kind) {
    case Kind::None:
        return QString();
    case Kind::NodeType:
        return QStringLiteral("type");
    case Kind::NodeName:
        return QStringLiteral("name");
    case Kind::Property:
        return QStringLiteral("property ") + m_property;
    case Kind::Capability:
        return QStringLiteral("capability ") + m_owner;
    case Kind::CapabilityProperty:
        return QStringLiteral("capability ") + m_owner + QLatin1Char('.') + m_property;
    case Kind::Requirement:
        return QStringLiteral("requirement ") + m_owner;
    case Kind::RequirementProperty:
        return QStringLiteral("requirement ") + m_owner + QStringLiteral(" property ") + m_property;
    case Kind::Input:
        return QStringLiteral("input ") + m_owner;
    case Kind::Output:
        return QStringLiteral("output ") + m_owner;
    case Kind::Workflow:
        return QStringLiteral("workflow ") + m_owner;
    case Kind::Group:
        return QStringLiteral("group ") + m_owner;
    case Kind::Policy:
        return QStringLiteral("policy ") + m_owner;
    case Kind::SubstitutionType:
        return QStringLiteral("substitution type");
    case Kind::SubstitutionCapability:
        return QStringLiteral("substitution capability ") + m_owner;
    case Kind::SubstitutionRequirement:
        return QStringLiteral("substitution requirement ") + m_owner;
    case Kind::SubstitutionProperty:
        return QStringLiteral("substitution property ") + m_owner;
    }
    return QString();
}

size_t qHash(const ProblemMember &member, size_t seed)
{
    return qHashMulti(seed,
                      int(member.kind()),
                      member.capabilityName(),
                      member.requirementName(),
                      member.inputName(),
                      member.outputName(),
                      member.workflowName(),
                      member.groupName(),
                      member.policyName(),
                      member.substitutionName(),
                      member.propertyName());
}

} // namespace Topologist
