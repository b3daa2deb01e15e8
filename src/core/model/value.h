// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/compactlocation.h"
#include "support/sourcelocation.h"

#include <QSharedData>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace Topologist {

/// A TOSCA value as written in YAML: null, a scalar, a list, an ordered map, or a TOSCA function
/// call (get_input, get_property, get_attribute, get_operation_output, concat, ...).
///
/// Scalars keep their text exactly as written and whether they were quoted, so that `14.04`
/// stays `14.04` (not 14.0399...) and a quoted "5050" is written back quoted. Functions are
/// kept as calls with their arguments, never flattened to strings, so the designer can show and
/// edit them and the validator can skip them where Alien4Cloud does.
///
/// A Value is small (48 bytes) and cheap to copy: the items and entries of lists, maps and
/// function calls are shared between copies until one of them is changed (copy on write, like
/// Qt's containers), so the model can hold the pieces of a parsed document without copying them.
/// As with Qt's containers, a reference obtained from items() or entries() must not be used to
/// change the value after the value was copied.
class Value
{
public:
    enum class Kind : quint8 { Null, Scalar, List, Map, Function };

    struct Entry;

    Value() = default;
    static Value scalar(const QString &text, bool quoted = false);
    static Value list(std::vector<Value> items = {});
    static Value map(std::vector<Entry> entries = {});
    static Value function(const QString &name, std::vector<Value> arguments);

    /// The function names TOSCA and Alien4Cloud define; a single-key map with one of these keys
    /// is read as a function call.
    static bool isFunctionName(const QString &name);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isScalar() const { return m_kind == Kind::Scalar; }
    bool isList() const { return m_kind == Kind::List; }
    bool isMap() const { return m_kind == Kind::Map; }
    bool isFunction() const { return m_kind == Kind::Function; }
    /// True when this value or anything inside it is a function call.
    bool containsFunction() const;

    // Scalars
    const QString &text() const { return m_text; }
    bool isQuoted() const { return m_quoted; }
    /// The scalar as a display string; lists, maps and functions in a compact YAML flow form.
    QString toDisplayString() const;

    // Lists and function arguments
    inline const std::vector<Value> &items() const;
    inline std::vector<Value> &items();
    inline void append(const Value &item);
    inline void append(Value &&item);

    // Functions
    const QString &functionName() const { return m_text; }
    const std::vector<Value> &arguments() const { return items(); }

    // Maps (insertion ordered; keys are unique in a well-formed model)
    inline const std::vector<Entry> &entries() const;
    inline std::vector<Entry> &entries();
    const Value *find(const QString &key) const;
    Value *find(const QString &key);
    bool contains(const QString &key) const { return find(key) != nullptr; }
    /// Value of `key`, or a null value when absent.
    Value value(const QString &key) const;
    /// Sets `key`, keeping its position when it exists, appending otherwise. Turns a null value
    /// into an empty map first.
    void insert(const QString &key, const Value &value);
    bool remove(const QString &key);
    QStringList keys() const;

    SourceLocation location() const { return m_location; }
    void setLocation(const SourceLocation &location) { m_location = CompactLocation(location); }
    void setLocation(const CompactLocation &location) { m_location = location; }
    /// 1-based line where the value starts, 0 when unknown (cheaper than location().line).
    int line() const { return m_location.line; }
    /// Forgets where this value and everything inside it came from (for values pasted or made
    /// in the editor, whose old file positions would mislead).
    void clearLocations();

    /// Structural equality; source locations and quoting of non-string-like scalars are ignored.
    friend bool operator==(const Value &a, const Value &b);
    friend bool operator!=(const Value &a, const Value &b) { return !(a == b); }

private:
    struct Children;
    static const std::vector<Value> &noItems();
    static const std::vector<Entry> &noEntries();
    /// The children, made for this value alone (copied when shared) so they can be changed.
    inline Children &ownChildren();

    QString m_text;                                    // scalar text, or function name
    QExplicitlySharedDataPointer<Children> m_children; // null when there are none
    CompactLocation m_location;
    Kind m_kind = Kind::Null;
    bool m_quoted = false;
};

struct Value::Entry
{
    QString key;
    Value value;
    CompactLocation keyLocation;
};

/// What a list, map or function call holds: items for lists and calls, entries for maps.
struct Value::Children : QSharedData
{
    std::vector<Value> items;
    std::vector<Entry> entries;
};

Value::Children &Value::ownChildren()
{
    if (!m_children)
        m_children = new Children;
    else
        m_children.detach();
    return *m_children;
}

const std::vector<Value> &Value::items() const
{
    return m_children ? m_children->items : noItems();
}

std::vector<Value> &Value::items()
{
    return ownChildren().items;
}

void Value::append(const Value &item)
{
    ownChildren().items.push_back(item);
}

void Value::append(Value &&item)
{
    ownChildren().items.push_back(std::move(item));
}

const std::vector<Value::Entry> &Value::entries() const
{
    return m_children ? m_children->entries : noEntries();
}

std::vector<Value::Entry> &Value::entries()
{
    return ownChildren().entries;
}

} // namespace Topologist
