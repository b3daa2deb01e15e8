// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/valuejson.h"

#include "model/value.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Topologist {

namespace {

QJsonArray array(const std::vector<Value> &items)
{
    QJsonArray result;
    for (const Value &item : items)
        result.append(ValueJson::toJson(item));
    return result;
}

} // namespace

QJsonValue ValueJson::toJson(const Value &value)
{
    switch (value.kind()) {
    case Value::Kind::Null:
        return QJsonValue();
    case Value::Kind::Scalar:
        return value.text();
    case Value::Kind::List:
        return array(value.items());
    case Value::Kind::Function:
        return QJsonObject{{value.functionName(), array(value.arguments())}};
    case Value::Kind::Map: {
        QJsonObject object;
        for (const Value::Entry &entry : value.entries())
            object.insert(entry.key, toJson(entry.value));
        return object;
    }
    }
    return QJsonValue();
}

Value ValueJson::fromJson(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::String:
        return Value::scalar(json.toString());
    case QJsonValue::Bool:
        return Value::scalar(json.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    case QJsonValue::Double:
        return Value::scalar(QString::number(json.toDouble()));
    case QJsonValue::Array: {
        Value list = Value::list();
        for (const QJsonValue &item : json.toArray())
            list.append(fromJson(item));
        return list;
    }
    case QJsonValue::Object: {
        const QJsonObject object = json.toObject();
        if (object.size() == 1 && Value::isFunctionName(object.begin().key())
            && object.begin().value().isArray()) {
            std::vector<Value> arguments;
            for (const QJsonValue &item : object.begin().value().toArray())
                arguments.push_back(fromJson(item));
            return Value::function(object.begin().key(), std::move(arguments));
        }
        Value map = Value::map();
        for (auto it = object.begin(); it != object.end(); ++it)
            map.insert(it.key(), fromJson(it.value()));
        return map;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return Value();
}

} // namespace Topologist
