// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"

#include <QString>

namespace Topologist {

/// A value as YAML-like lines for reading side by side (`key: value`, nested maps indented,
/// lists as `- item`): what a change or a conflict had on each side. Nothing for null.
class ValueText
{
public:
    static QString block(const Value &value);

private:
    static void append(const Value &value, int indent, QStringList *lines);
    static bool isInline(const Value &value);
};

} // namespace Topologist
