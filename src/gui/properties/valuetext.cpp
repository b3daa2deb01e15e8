// SPDX-License-Identifier: GPL-3.0-or-later
#include "properties/valuetext.h"

#include "yaml/yamlvaluereader.h"

#include <QRegularExpression>

namespace Topologist {

bool ValueText::parse(const QString &text, Value *value, QString *error)
{
    if (text.trimmed().isEmpty()) {
        *value = Value();
        return true;
    }
    Diagnostics diagnostics;
    const Value parsed
        = YamlValueReader().read(text.toUtf8(), QStringLiteral("value"), &diagnostics);
    for (const Diagnostic &d : std::as_const(diagnostics)) {
        if (d.severity == Severity::Error) {
            if (error)
                *error = d.message;
            return false;
        }
    }
    *value = parsed;
    return true;
}

QString ValueText::flowText(const Value &value)
{
    if (value.isFunction() && value.arguments().size() == 1 && value.arguments().front().isScalar()
        && (value.functionName() == QLatin1String("get_input")
            || value.functionName() == QLatin1String("get_secret")
            || value.functionName() == QLatin1String("get_input_artifact"))) {
        Value argument = value.arguments().front();
        return QStringLiteral("{ %1: %2 }")
            .arg(value.functionName(), Value::list({argument}).toDisplayString().mid(1).chopped(1));
    }
    return value.toDisplayString();
}

bool ValueText::looksLikeNonString(const QString &text)
{
    // YAML 1.1 (SnakeYAML, hence Alien4Cloud) resolves more plain scalars than YAML 1.2 does:
    // yes/no/on/off, sexagesimal numbers, underscores in numbers, timestamps.
    static const QRegularExpression pattern(
        QStringLiteral("^(?:"
                       "[-+]?(?:0|[1-9][0-9_]*)"                               // decimal integer
                       "|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?0b[01_]+"     // octal, hex, binary
                       "|[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?" // float
                       "|[-+]?[0-9][0-9_]*(?:[eE][-+]?[0-9]+)"                 // 1e3
                       "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?"    // sexagesimal
                       "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)"
                       "|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE"
                       "|on|On|ON|off|Off|OFF|null|Null|NULL|~"
                       "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?" // timestamp
                       ")$"));
    return text.isEmpty() || pattern.match(text).hasMatch();
}

Value ValueText::stringScalar(const QString &text, bool alreadyQuoted)
{
    return Value::scalar(text, alreadyQuoted || looksLikeNonString(text));
}

Value ValueText::normalized(const Value &value, const QString &primitive)
{
    const bool stringLike
        = primitive == QLatin1String("string") || primitive == QLatin1String("version");
    if (value.isScalar() && stringLike && !value.isQuoted() && looksLikeNonString(value.text()))
        return Value::scalar(value.text(), true);
    return value;
}

} // namespace Topologist
