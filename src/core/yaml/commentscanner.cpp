// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/commentscanner.h"

#include <QString>

namespace Topologist {

namespace {

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

int leadingSpaces(QStringView line)
{
    int n = 0;
    while (n < line.size() && line[n] == QLatin1Char(' '))
        ++n;
    return n;
}

/// The lexical state that carries from one line to the next: an open quoted scalar, open flow
/// collections, and the block scalar whose content lines must not be read as comments.
class Lexer
{
public:
    QList<CommentScanner::Block> blocks;

    void line(QStringView text, int number)
    {
        const int indent = leadingSpaces(text);
        const bool blank = text.trimmed().isEmpty();
        if (inBlockScalar(blank, indent))
            return;
        if (m_quote == 0 && m_flowDepth == 0)
            m_scalarStart = true;
        if (m_quote == 0 && !blank && text.at(indent) == QLatin1Char('#')) {
            if (m_pending.isEmpty() || m_pending.constLast().lastLine != number - 1)
                m_pending.append(CommentScanner::Block{{}, {}, number, number, 0, false});
            m_pending.last().lines << text.mid(indent).trimmed().toString();
            m_pending.last().indentedLines << text.left(indent) + text.mid(indent).trimmed();
            m_pending.last().lastLine = number;
            return;
        }
        if (blank)
            return;
        flushPending(number);
        content(text, indent, number);
    }

    void finish() { flushPending(0); }

private:
    void flushPending(int nextLine)
    {
        for (CommentScanner::Block &block : m_pending) {
            block.nextLine = nextLine;
            blocks << block;
        }
        m_pending.clear();
    }

    /// Block scalar content: lines indented deeper than the key that owns the scalar (the first
    /// content line fixes the indentation) and blank lines.
    bool inBlockScalar(bool blank, int indent)
    {
        if (m_blockOwnerIndent < 0)
            return false;
        if (blank)
            return true;
        if (m_blockIndent < 0 && indent > m_blockOwnerIndent) {
            m_blockIndent = indent;
            return true;
        }
        if (m_blockIndent >= 0 && indent >= m_blockIndent)
            return true;
        m_blockOwnerIndent = -1;
        m_blockIndent = -1;
        return false;
    }

    /// The indentation of the node a block scalar header on `text` belongs to: the key before
    /// it, or the list item when the item itself is the scalar.
    static int blockOwnerIndent(QStringView text, int indent)
    {
        int column = indent;
        int lastDash = indent - 1;
        while (column + 1 < text.size() && text[column] == QLatin1Char('-')
               && isSpace(text[column + 1])) {
            lastDash = column;
            column += 2;
            while (column < text.size() && isSpace(text[column]))
                ++column;
        }
        const QChar first = column < text.size() ? text[column] : QChar();
        return first == QLatin1Char('|') || first == QLatin1Char('>') ? lastDash : column;
    }

    void content(QStringView text, int indent, int number)
    {
        for (int i = indent; i < text.size(); ++i) {
            const QChar c = text[i];
            const QChar next = i + 1 < text.size() ? text[i + 1] : QChar(QLatin1Char(' '));
            if (m_quote != 0) {
                i += quoted(c, next);
                continue;
            }
            if (isSpace(c))
                continue;
            if (c == QLatin1Char('#') && (i == 0 || isSpace(text[i - 1]))) {
                const QString comment = text.mid(i).trimmed().toString();
                blocks << CommentScanner::Block{{comment}, {comment}, number, number, number, true};
                return;
            }
            if (m_scalarStart && scalarStart(text, indent, &i, c, next))
                continue;
            plain(c, next);
        }
    }

    /// Inside a quoted scalar; returns how many extra characters the escape consumed.
    int quoted(QChar c, QChar next)
    {
        if (m_quote == '\'' && c == QLatin1Char('\'')) {
            if (next == QLatin1Char('\''))
                return 1;
            m_quote = 0;
        } else if (m_quote == '"' && c == QLatin1Char('\\')) {
            return 1;
        } else if (m_quote == '"' && c == QLatin1Char('"')) {
            m_quote = 0;
        }
        return 0;
    }

    /// Where a node may begin: quotes, block scalar headers, indicators, tags and anchors.
    /// Returns false when a plain scalar begins at `c`.
    bool scalarStart(QStringView text, int indent, int *i, QChar c, QChar next)
    {
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            m_quote = c.toLatin1();
            m_scalarStart = false;
        } else if ((c == QLatin1Char('|') || c == QLatin1Char('>')) && m_flowDepth == 0) {
            m_blockOwnerIndent = blockOwnerIndent(text, indent);
            m_scalarStart = false;
        } else if ((c == QLatin1Char('-') || c == QLatin1Char('?')) && isSpace(next)) {
        } else if (c == QLatin1Char('[') || c == QLatin1Char('{')) {
            ++m_flowDepth;
        } else if (c == QLatin1Char('!') || c == QLatin1Char('&') || c == QLatin1Char('*')) {
            while (*i + 1 < text.size() && !isSpace(text[*i + 1]))
                ++*i;
        } else {
            m_scalarStart = false;
            return false;
        }
        return true;
    }

    void plain(QChar c, QChar next)
    {
        const bool flowIndicatorNext
            = m_flowDepth > 0
              && (next == QLatin1Char(',') || next == QLatin1Char('[') || next == QLatin1Char(']')
                  || next == QLatin1Char('{') || next == QLatin1Char('}'));
        if (c == QLatin1Char(':') && (isSpace(next) || flowIndicatorNext)) {
            m_scalarStart = true;
        } else if (m_flowDepth > 0 && (c == QLatin1Char(',') || c == QLatin1Char('['))) {
            m_flowDepth += c == QLatin1Char('[') ? 1 : 0;
            m_scalarStart = true;
        } else if (m_flowDepth > 0 && c == QLatin1Char('{')) {
            ++m_flowDepth;
            m_scalarStart = true;
        } else if (m_flowDepth > 0 && (c == QLatin1Char(']') || c == QLatin1Char('}'))) {
            --m_flowDepth;
        }
    }

    char m_quote = 0;
    bool m_scalarStart = true;
    int m_flowDepth = 0;
    int m_blockOwnerIndent = -1;
    int m_blockIndent = -1;
    QList<CommentScanner::Block> m_pending;
};

} // namespace

QList<CommentScanner::Block> CommentScanner::scan(const QByteArray &yaml)
{
    // Most generated files (and many large ones) hold no comment at all: without a `#` there is
    // nothing to find, and the lexing below costs as much as a tenth of reading the file.
    if (!yaml.contains('#'))
        return {};
    const QString decoded = QString::fromUtf8(yaml);
    QStringView text = decoded;
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    Lexer lexer;
    int number = 0;
    for (QStringView line : text.tokenize(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        lexer.line(line, ++number);
    }
    lexer.finish();
    return lexer.blocks;
}

} // namespace Topologist
