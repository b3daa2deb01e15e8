// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudproblemmapper.h"

#include "yaml/toscareader.h"

#include <QCoreApplication>

namespace Topologist {

namespace {

/// Indentation of every line, 1-based (index 0 unused); -1 for lines that never end a block:
/// blank ones and comments.
QList<int> indentsOf(const QByteArray &yaml)
{
    QList<int> indents{-1};
    const QList<QByteArray> lines = yaml.split('\n');
    for (const QByteArray &line : lines) {
        int indent = 0;
        while (indent < line.size() && line.at(indent) == ' ')
            ++indent;
        const QByteArray rest = line.mid(indent).trimmed();
        indents.append(rest.isEmpty() || rest.startsWith('#') ? -1 : indent);
    }
    return indents;
}

} // namespace

Alien4CloudProblemMapper::Alien4CloudProblemMapper(const QByteArray &uploadedYaml,
                                                   const QString &uploadedName,
                                                   const ToscaArchive &userArchive,
                                                   const QByteArray &userFileBytes)
    : m_uploadedName(uploadedName)
    , m_userArchive(userArchive)
    , m_sameLines(!userFileBytes.isEmpty() && userFileBytes == uploadedYaml)
    , m_indents(indentsOf(uploadedYaml))
{
    // The model of the uploaded bytes carries their positions; the user's model carries the
    // positions the problems list must point at. Names tie the two together.
    Diagnostics ignored;
    const ToscaArchive uploaded = ToscaReader().read(uploadedYaml, uploadedName, &ignored);
    if (!uploaded.topology)
        return;
    for (const NodeTemplate &node : uploaded.topology->nodes()) {
        NodeSpan span;
        span.name = node.name;
        span.span = blockAt(node.location);
        for (int i = 0; i < node.requirements.size(); ++i) {
            MemberSpan member;
            member.span = blockAt(node.requirements.at(i).location);
            member.member = ProblemMember::requirement(node.requirements.at(i).name);
            member.requirementIndex = i;
            span.members.append(member);
        }
        for (const CapabilityAssignment &capability : node.capabilities) {
            MemberSpan member;
            member.span = blockAt(capability.location);
            member.member = ProblemMember::capability(capability.name);
            span.members.append(member);
        }
        if (node.properties.isMap()) {
            for (const Value::Entry &property : node.properties.entries()) {
                MemberSpan member;
                member.span = blockAt(property.keyLocation);
                member.member = ProblemMember::property(property.key);
                span.members.append(member);
            }
        }
        m_nodes.append(span);
    }
}

Alien4CloudProblemMapper::Span
Alien4CloudProblemMapper::blockAt(const SourceLocation &location) const
{
    // A key's block is its line plus every following line indented deeper than the key (or
    // than the "- " of a list item: both sit left of the content lines). This is how block-style
    // YAML, which ToscaWriter writes, nests.
    Span span;
    if (location.line <= 0 || location.line >= m_indents.size())
        return span;
    span.first = location.line;
    span.last = location.line;
    const int keyIndent = qMax(0, location.column - 1);
    int ownIndent = m_indents.at(location.line);
    if (ownIndent < 0 || ownIndent > keyIndent)
        ownIndent = keyIndent;
    for (int line = location.line + 1; line < m_indents.size(); ++line) {
        const int indent = m_indents.at(line);
        if (indent < 0)
            continue;
        if (indent <= ownIndent)
            break;
        span.last = line;
    }
    return span;
}

QString Alien4CloudProblemMapper::nodeAt(int line) const
{
    for (const NodeSpan &node : m_nodes) {
        if (node.span.contains(line))
            return node.name;
    }
    return QString();
}

SourceLocation Alien4CloudProblemMapper::userLocation(const NodeSpan &node,
                                                      const MemberSpan *member) const
{
    const NodeTemplate *userNode
        = m_userArchive.topology ? m_userArchive.topology->node(node.name) : nullptr;
    if (!userNode)
        return m_userArchive.location;
    if (member) {
        switch (member->member.kind()) {
        case ProblemMember::Kind::Requirement:
            if (member->requirementIndex < userNode->requirements.size()
                && userNode->requirements.at(member->requirementIndex).location.isValid())
                return userNode->requirements.at(member->requirementIndex).location;
            break;
        case ProblemMember::Kind::Capability:
            if (const CapabilityAssignment *capability
                = userNode->capability(member->member.capabilityName())) {
                if (capability->location.isValid())
                    return capability->location;
            }
            break;
        case ProblemMember::Kind::Property:
            if (userNode->properties.isMap()) {
                for (const Value::Entry &property : userNode->properties.entries()) {
                    if (property.key == member->member.propertyName()
                        && property.keyLocation.isValid())
                        return property.keyLocation;
                }
            }
            break;
        default: // the mapper makes no other kind
            break;
        }
    }
    return userNode->location;
}

QString Alien4CloudProblemMapper::codeOf(const Alien4CloudParsingError &error)
{
    return QStringLiteral("A4C-")
           + (error.errorCode.isEmpty() ? QStringLiteral("UNKNOWN") : error.errorCode);
}

QString Alien4CloudProblemMapper::describe(const Alien4CloudParsingError &error)
{
    QString text = error.problem.isEmpty() ? error.context : error.problem;
    if (text.isEmpty())
        text = QCoreApplication::translate("Alien4Cloud", "Alien4Cloud gave no details");
    if (!error.note.isEmpty())
        text += QStringLiteral(" (") + error.note + QLatin1Char(')');
    return text;
}

QString Alien4CloudProblemMapper::uploadedPosition(const Alien4CloudParsingError &error) const
{
    return SourceLocation{error.fileName.isEmpty() ? m_uploadedName : error.fileName,
                          error.startLine,
                          error.startColumn}
        .toString();
}

Problem Alien4CloudProblemMapper::map(const Alien4CloudParsingError &error) const
{
    Problem problem;
    problem.severity = error.level;
    problem.code = codeOf(error);
    const bool inDefinitions = error.fileName.isEmpty() || error.fileName == m_uploadedName;
    problem.message = QCoreApplication::translate("Alien4Cloud",
                                                  "%1 [Alien4Cloud, at %2 of the uploaded "
                                                  "archive]")
                          .arg(describe(error), uploadedPosition(error));

    if (inDefinitions && error.startLine > 0) {
        for (const NodeSpan &node : m_nodes) {
            if (!node.span.contains(error.startLine))
                continue;
            problem.node = node.name;
            // The innermost member: members never nest within one node, so the first will do.
            const MemberSpan *found = nullptr;
            for (const MemberSpan &member : node.members) {
                if (member.span.contains(error.startLine)) {
                    found = &member;
                    break;
                }
            }
            if (found) {
                problem.member = found->member;
                problem.requirementIndex = found->requirementIndex;
            }
            problem.location = userLocation(node, found);
            return problem;
        }
    }
    problem.location = SourceLocation{m_userArchive.location.file, 0, 0};
    if (inDefinitions && m_sameLines) {
        problem.location.line = error.startLine;
        problem.location.column = error.startColumn;
    }
    return problem;
}

Problems Alien4CloudProblemMapper::map(const QList<Alien4CloudParsingError> &errors) const
{
    Problems problems;
    for (const Alien4CloudParsingError &error : errors)
        problems.append(map(error));
    return problems;
}

Problem Alien4CloudProblemMapper::mapVerbatim(const Alien4CloudParsingError &error,
                                              const QString &file)
{
    Problem problem;
    problem.severity = error.level;
    problem.code = codeOf(error);
    problem.location = SourceLocation{file, error.startLine, error.startColumn};
    problem.message = describe(error);
    return problem;
}

} // namespace Topologist
