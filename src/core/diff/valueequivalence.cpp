// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/valueequivalence.h"

#include "model/value.h"

namespace Topologist {

namespace {

bool sameItems(const std::vector<Value> &a, const std::vector<Value> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (!equivalent(a[i], b[i]))
            return false;
    }
    return true;
}

bool sameEntries(const Value &a, const Value &b)
{
    if (a.entries().size() != b.entries().size())
        return false;
    for (const Value::Entry &entry : a.entries()) {
        const Value *other = b.find(entry.key);
        if (!other || !equivalent(entry.value, *other))
            return false;
    }
    return true;
}

} // namespace

bool equivalent(const Value &a, const Value &b)
{
    if (a.kind() != b.kind())
        return false;
    switch (a.kind()) {
    case Value::Kind::Null:
        return true;
    case Value::Kind::Scalar:
        return a.text() == b.text();
    case Value::Kind::List:
        return sameItems(a.items(), b.items());
    case Value::Kind::Function:
        return a.functionName() == b.functionName() && sameItems(a.arguments(), b.arguments());
    case Value::Kind::Map:
        return sameEntries(a, b);
    }
    return false;
}

} // namespace Topologist
