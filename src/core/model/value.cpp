// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/value.h"

namespace Topologist {

Value Value::scalar(const QString &text, bool quoted)
{
    Value v;
    v.m_kind = Kind::Scalar;
    v.m_text = text;
    v.m_quoted = quoted;
    return v;
}

Value Value::list(std::vector<Value> items)
{
    Value v;
    v.m_kind = Kind::List;
    if (!items.empty())
        v.ownChildren().items = std::move(items);
    return v;
}

Value Value::map(std::vector<Entry> entries)
{
    Value v;
    v.m_kind = Kind::Map;
    if (!entries.empty())
        v.ownChildren().entries = std::move(entries);
    return v;
}

Value Value::function(const QString &name, std::vector<Value> arguments)
{
    Value v;
    v.m_kind = Kind::Function;
    v.m_text = name;
    if (!arguments.empty())
        v.ownChildren().items = std::move(arguments);
    return v;
}

const std::vector<Value> &Value::noItems()
{
    static const std::vector<Value> none;
    return none;
}

const std::vector<Value::Entry> &Value::noEntries()
{
    static const std::vector<Entry> none;
    return none;
}

bool Value::isFunctionName(const QString &name)
{
    static const QStringList names = {
        QStringLiteral("get_input"),
        QStringLiteral("get_property"),
        QStringLiteral("get_attribute"),
        QStringLiteral("get_operation_output"),
        QStringLiteral("concat"),
        QStringLiteral("token"),
        QStringLiteral("get_nodes_of_type"),
        QStringLiteral("get_artifact"),
        QStringLiteral("get_input_artifact"),
        QStringLiteral("get_secret"),
        QStringLiteral("join"),
    };
    return names.contains(name);
}

bool Value::containsFunction() const
{
    switch (m_kind) {
    case Kind::Function:
        return true;
    case Kind::List:
        for (const Value &item : items()) {
            if (item.containsFunction())
                return true;
        }
        return false;
    case Kind::Map:
        for (const Entry &entry : entries()) {
            if (entry.value.containsFunction())
                return true;
        }
        return false;
    default:
        return false;
    }
}

static QString flowString(const Value &value, bool topLevel)
{
    switch (value.kind()) {
    case Value::Kind::Null:
        return topLevel ? QString() : QStringLiteral("null");
    case Value::Kind::Scalar:
        if (!topLevel
            && (value.isQuoted() || value.text().contains(QLatin1Char(','))
                || value.text().contains(QLatin1Char(':')) || value.text().isEmpty()))
            return QLatin1Char('"') + value.text() + QLatin1Char('"');
        return value.text();
    case Value::Kind::List: {
        QStringList parts;
        for (const Value &item : value.items())
            parts << flowString(item, false);
        return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    case Value::Kind::Map: {
        QStringList parts;
        for (const Value::Entry &entry : value.entries())
            parts << entry.key + QStringLiteral(": ") + flowString(entry.value, false);
        return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    case Value::Kind::Function: {
        QStringList parts;
        for (const Value &item : value.arguments())
            parts << flowString(item, false);
        return QStringLiteral("{ ") + value.functionName() + QStringLiteral(": [")
               + parts.join(QStringLiteral(", ")) + QStringLiteral("] }");
    }
    }
    return QString();
}

QString Value::toDisplayString() const
{
    return flowString(*this, true);
}

void Value::clearLocations()
{
    m_location = CompactLocation();
    if (!m_children)
        return;
    Children &children = ownChildren();
    for (Value &item : children.items)
        item.clearLocations();
    for (Entry &entry : children.entries) {
        entry.keyLocation = CompactLocation();
        entry.value.clearLocations();
    }
}

const Value *Value::find(const QString &key) const
{
    for (const Entry &entry : entries()) {
        if (entry.key == key)
            return &entry.value;
    }
    return nullptr;
}

Value *Value::find(const QString &key)
{
    // Only a key that is there makes the entries this value's own.
    if (!std::as_const(*this).find(key))
        return nullptr;
    for (Entry &entry : entries()) {
        if (entry.key == key)
            return &entry.value;
    }
    return nullptr;
}

Value Value::value(const QString &key) const
{
    const Value *found = find(key);
    return found ? *found : Value();
}

void Value::insert(const QString &key, const Value &value)
{
    if (m_kind == Kind::Null)
        m_kind = Kind::Map;
    if (Value *existing = find(key)) {
        *existing = value;
        return;
    }
    entries().push_back({key, value, CompactLocation()});
}

bool Value::remove(const QString &key)
{
    if (!contains(key))
        return false;
    std::vector<Entry> &own = entries();
    for (auto it = own.begin(); it != own.end(); ++it) {
        if (it->key == key) {
            own.erase(it);
            return true;
        }
    }
    return false;
}

QStringList Value::keys() const
{
    QStringList result;
    result.reserve(int(entries().size()));
    for (const Entry &entry : entries())
        result << entry.key;
    return result;
}

bool operator==(const Value &a, const Value &b)
{
    if (a.m_kind != b.m_kind)
        return false;
    switch (a.m_kind) {
    case Value::Kind::Null:
        return true;
    case Value::Kind::Scalar:
        return a.m_text == b.m_text;
    case Value::Kind::List:
        return a.m_children == b.m_children || a.items() == b.items();
    case Value::Kind::Function:
        return a.m_text == b.m_text && (a.m_children == b.m_children || a.items() == b.items());
    case Value::Kind::Map: {
        if (a.m_children == b.m_children)
            return true; // shared: the same entries
        const std::vector<Value::Entry> &left = a.entries();
        const std::vector<Value::Entry> &right = b.entries();
        if (left.size() != right.size())
            return false;
        for (size_t i = 0; i < left.size(); ++i) {
            if (left[i].key != right[i].key || left[i].value != right[i].value)
                return false;
        }
        return true;
    }
    }
    return false;
}

} // namespace Topologist
