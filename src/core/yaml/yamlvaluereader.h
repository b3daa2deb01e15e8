// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"
#include "support/canceltoken.h"
#include "support/diagnostic.h"

#include <QByteArray>
#include <QString>

namespace Topologist {

/// Turns YAML text into a Value tree that remembers the line and column of every node.
///
/// This is the only place that talks to yaml-cpp's parser. Everything that can go wrong with
/// untrusted bytes is caught here and becomes a Diagnostic: invalid UTF-8, syntax errors,
/// repeated keys (a warning: the later value wins, as in Alien4Cloud), nesting deep enough to
/// exhaust the stack, and alias bombs that would expand to gigabytes, and what yaml-cpp itself lets
/// through: unterminated quotes, content after the document, documents too large to parse. No
/// yaml-cpp exception escapes.
class YamlValueReader
{
public:
    /// Files larger than this are refused outright; real TOSCA files are a few hundred KB.
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;
    /// YAML values in a document, estimated before parsing and counted, with aliases expanded,
    /// while parsing. A million is far beyond any topology (the generated 1,000-node benchmark
    /// topology has about 15,000); a document at the limit costs yaml-cpp a few seconds and a
    /// few hundred MB, the most a file may cost.
    static constexpr qsizetype MaxValueNodes = 1000 * 1000;
    /// Values aliases may add to a small document beyond what its text holds; a larger
    /// document may add in proportion to its size (see read()).
    static constexpr qsizetype MinValueBudget = 10 * 1000;
    /// Nesting the builder accepts; yaml-cpp's parser stops documents at 500 levels, so only
    /// aliases of deep collections inside deep collections get here.
    static constexpr int MaxDepth = 2000;

    /// Reads `filePath`; diagnostics name it as `displayPath` (defaults to the path itself).
    Value readFile(const QString &filePath,
                   Diagnostics *diagnostics,
                   const QString &displayPath = QString());
    /// Parses `bytes`, naming them `fileName` in diagnostics.
    Value read(const QByteArray &bytes, const QString &fileName, Diagnostics *diagnostics);

    /// Parsing stops soon after @p token is cancelled; read() then returns a null Value with no
    /// diagnostic. Null (the default): it runs to the end.
    void setCancelToken(const CancelToken *token) { m_cancel = token; }

    /// Bytes the last read() examined to turn yaml-cpp's byte columns into character columns.
    /// Exposed so tests can check that placing values costs in proportion to the input.
    qsizetype columnBytesExamined() const { return m_columnBytesExamined; }

private:
    qsizetype m_columnBytesExamined = 0;
    const CancelToken *m_cancel = nullptr;
};

} // namespace Topologist
