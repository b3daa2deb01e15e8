// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"

#include <QString>

namespace Topologist {

/// How the property editor turns what users type into TOSCA values and back.
class ValueText
{
public:
    /// Parses YAML flow text (`[a, b]`, `{k: v}`, `{ get_input: port }`, `5050`) into a value;
    /// empty text gives a null value. False with the reader's message when it is not YAML.
    static bool parse(const QString &text, Value *value, QString *error);
    /// The YAML flow text users see and edit: Value::toDisplayString(), except that a
    /// get_input (get_secret, get_input_artifact) of one name reads `{ get_input: port }`, as
    /// the file has it, instead of `{ get_input: [port] }`.
    static QString flowText(const Value &value);
    /// True when YAML readers (Alien4Cloud's SnakeYAML is YAML 1.1) would not read `text` back
    /// as a string unless it is quoted: numbers, booleans (also yes/no/on/off), null, dates.
    static bool looksLikeNonString(const QString &text);
    /// A scalar for a string-like property (string, version): quoted when it would otherwise be
    /// read as a number or boolean, so the YAML keeps the string type.
    static Value stringScalar(const QString &text, bool alreadyQuoted = false);
    /// `value` with unquoted scalars that are meant as strings quoted (see stringScalar), for a
    /// property whose primitive type is `primitive`.
    static Value normalized(const Value &value, const QString &primitive);
};

} // namespace Topologist
