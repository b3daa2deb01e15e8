// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>

namespace Topologist {

class Value;

/// Values as JSON, for reports and for the merge conflicts a file records: scalars are
/// strings (their text as written), lists arrays, maps objects, and a function call an object
/// of one key, its name, as in YAML. Reading it back gives an equivalent value.
class ValueJson
{
public:
    static QJsonValue toJson(const Value &value);
    static Value fromJson(const QJsonValue &json);
};

} // namespace Topologist
