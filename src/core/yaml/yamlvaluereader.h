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
    /// YAML values a document may hold whatever its size, estimated before parsing and
    /// counted, with aliases expanded, while parsing; and the most its flow collections
    /// (`[...]`, `{...}`) may hold, since yaml-cpp keeps a whole flow collection in memory as
    /// tokens of some 300 bytes before parsing it. A million values take yaml-cpp a second or
    /// two and the model about a hundred MB.
    static constexpr qsizetype MaxValueNodes = 1000 * 1000;
    /// A larger document may hold one value per this many bytes of its text: a 50,000-node
    /// topology (some two million values, 15 to 20 bytes each) is read, while a list of
    /// 12 million one-letter items in 48 MB is refused before parsing.
    static constexpr qsizetype BytesPerValue = 8;
    /// The values a document of @p bytes may hold (see MaxValueNodes and BytesPerValue).
    static constexpr qsizetype valueLimit(qsizetype bytes)
    {
        return bytes / BytesPerValue > MaxValueNodes ? bytes / BytesPerValue : MaxValueNodes;
    }
    /// Values aliases may add to a small document beyond what its text holds; a larger
    /// document may add in proportion to its size (see read()).
    static constexpr qsizetype MinValueBudget = 10 * 1000;
    /// Nesting the builder accepts; yaml-cpp's parser stops documents at 500 levels, so only
    /// aliases of deep collections inside deep collections get here.
    static constexpr int MaxDepth = 2000;

    /// Reads `filePath`; diagnostics name it as `displayPath` (defaults to the path itself).
    /// With @p bytes, also hands back the file's content (empty when it could not be read).
    Value readFile(const QString &filePath,
                   Diagnostics *diagnostics,
                   const QString &displayPath = QString(),
                   QByteArray *bytes = nullptr);
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
