// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Topologist {

namespace {

QJsonValue valueToJson(const Value &value)
{
    switch (value.kind()) {
    case Value::Kind::Null:
        return QJsonValue::Null;
    case Value::Kind::Scalar:
        return value.text();
    case Value::Kind::List: {
        QJsonArray array;
        for (const Value &item : value.items())
            array.append(valueToJson(item));
        return array;
    }
    case Value::Kind::Map: {
        QJsonObject object;
        for (const Value::Entry &entry : value.entries())
            object.insert(entry.key, valueToJson(entry.value));
        return object;
    }
    case Value::Kind::Function: {
        QJsonArray arguments;
        for (const Value &item : value.arguments())
            arguments.append(valueToJson(item));
        return QJsonObject{{value.functionName(), arguments}};
    }
    }
    return QJsonValue::Null;
}

QString editKindName(QuickFixEdit::Kind kind)
{
    switch (kind) {
    case QuickFixEdit::Kind::SetProperty:
        return QStringLiteral("set_property");
    case QuickFixEdit::Kind::SetCapabilityProperty:
        return QStringLiteral("set_capability_property");
    case QuickFixEdit::Kind::RemoveProperty:
        return QStringLiteral("remove_property");
    case QuickFixEdit::Kind::RemoveCapabilityProperty:
        return QStringLiteral("remove_capability_property");
    case QuickFixEdit::Kind::AddRequirement:
        return QStringLiteral("add_requirement");
    case QuickFixEdit::Kind::SetRequirement:
        return QStringLiteral("set_requirement");
    case QuickFixEdit::Kind::RemoveRequirement:
        return QStringLiteral("remove_requirement");
    case QuickFixEdit::Kind::RenameNode:
        return QStringLiteral("rename_node");
    case QuickFixEdit::Kind::SetNodeType:
        return QStringLiteral("set_node_type");
    case QuickFixEdit::Kind::RemoveGroupMember:
        return QStringLiteral("remove_group_member");
    case QuickFixEdit::Kind::RemovePolicyTarget:
        return QStringLiteral("remove_policy_target");
    }
    return QString();
}

} // namespace

QJsonObject JsonReport::fixToJson(const QuickFix &fix)
{
    QJsonArray edits;
    for (const QuickFixEdit &edit : fix.edits) {
        QJsonObject object{{QStringLiteral("kind"), editKindName(edit.kind)},
                           {QStringLiteral("node"), edit.node}};
        if (!edit.capability.isEmpty())
            object.insert(QStringLiteral("capability"), edit.capability);
        if (!edit.property.isEmpty())
            object.insert(QStringLiteral("property"), edit.property);
        if (edit.kind == QuickFixEdit::Kind::SetProperty
            || edit.kind == QuickFixEdit::Kind::SetCapabilityProperty)
            object.insert(QStringLiteral("value"), valueToJson(edit.value));
        if (edit.requirementIndex >= 0)
            object.insert(QStringLiteral("requirement_index"), edit.requirementIndex);
        if (edit.kind == QuickFixEdit::Kind::AddRequirement
            || edit.kind == QuickFixEdit::Kind::SetRequirement) {
            object.insert(
                QStringLiteral("requirement"),
                QJsonObject{{QStringLiteral("name"), edit.requirement.name},
                            {QStringLiteral("node"), edit.requirement.node},
                            {QStringLiteral("capability"), edit.requirement.capability},
                            {QStringLiteral("relationship"), edit.requirement.relationship}});
        }
        if (!edit.newName.isEmpty())
            object.insert(QStringLiteral("new_name"), edit.newName);
        if (edit.kind == QuickFixEdit::Kind::RemoveGroupMember)
            object.insert(QStringLiteral("group"), edit.owner);
        if (edit.kind == QuickFixEdit::Kind::RemovePolicyTarget)
            object.insert(QStringLiteral("policy"), edit.owner);
        edits.append(object);
    }
    return {{QStringLiteral("description"), fix.description}, {QStringLiteral("edits"), edits}};
}

QJsonObject JsonReport::problemToJson(const Problem &problem)
{
    QJsonArray fixes;
    for (const QuickFix &fix : problem.fixes)
        fixes.append(fixToJson(fix));
    QJsonObject object{
        {QStringLiteral("severity"), severityName(problem.severity)},
        {QStringLiteral("code"), problem.code},
        {QStringLiteral("node"), problem.node},
        {QStringLiteral("member"), problem.member.toString()},
        {QStringLiteral("file"), problem.location.file},
        {QStringLiteral("line"), problem.location.line},
        {QStringLiteral("column"), problem.location.column},
        {QStringLiteral("message"), problem.message},
        {QStringLiteral("fixes"), fixes},
    };
    if (problem.requirementIndex >= 0)
        object.insert(QStringLiteral("requirement_index"), problem.requirementIndex);
    return object;
}

QByteArray JsonReport::write(const QList<FileReport> &reports)
{
    QJsonArray files;
    int counts[3] = {0, 0, 0};
    for (const FileReport &report : reports) {
        QJsonArray problems;
        for (const Problem &problem : report.problems) {
            problems.append(problemToJson(problem));
            ++counts[int(problem.severity)];
        }
        files.append(QJsonObject{{QStringLiteral("file"), report.file},
                                 {QStringLiteral("readable"), report.readable},
                                 {QStringLiteral("problems"), problems}});
    }
    const QJsonObject root{
        {QStringLiteral("tool"), QStringLiteral("topologist-cli")},
        {QStringLiteral("version"), QCoreApplication::applicationVersion()},
        {QStringLiteral("files"), files},
        {QStringLiteral("summary"),
         QJsonObject{{QStringLiteral("errors"), counts[int(Severity::Error)]},
                     {QStringLiteral("warnings"), counts[int(Severity::Warning)]},
                     {QStringLiteral("infos"), counts[int(Severity::Info)]}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Topologist
