// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"
#include "support/diagnostic.h"

#include <QByteArray>
#include <QString>

namespace Topologist {

/// Turns YAML text into a Value tree that remembers the line and column of every node.
///
/// This is the only place that talks to yaml-cpp's parser. Everything that can go wrong with
/// untrusted bytes is caught here and becomes a Diagnostic: invalid UTF-8, syntax errors,
/// duplicated keys, nesting deep enough to exhaust the stack, and alias bombs that would expand
/// to gigabytes. No yaml-cpp exception escapes.
class YamlValueReader
{
public:
    /// Files larger than this are refused outright; real TOSCA files are a few hundred KB.
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;
    /// Value nodes produced in total (guards against alias expansion).
    static constexpr int MaxValueNodes = 4 * 1000 * 1000;

    /// Reads `filePath`; diagnostics name it as `displayPath` (defaults to the path itself).
    Value readFile(const QString &filePath, Diagnostics *diagnostics, const QString &displayPath = QString());
    /// Parses `bytes`, naming them `fileName` in diagnostics.
    Value read(const QByteArray &bytes, const QString &fileName, Diagnostics *diagnostics);
};

} // namespace Topologist
