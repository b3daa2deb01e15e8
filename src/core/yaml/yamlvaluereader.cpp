// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/yamlvaluereader.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstring>
#include <istream>
#include <memory>
#include <streambuf>
#include <string>
#include <unordered_map>
#include <vector>

namespace Topologist {

namespace {

// lupdate names a context after the enclosing class, so the context is declared here
// rather than hidden in a helper function: strings land under "YamlReader" in the .ts too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(YamlReader)
};

/// Length of the valid UTF-8 character at @p i (never NUL, overlong or a surrogate), or 0.
int utf8Length(const unsigned char *data, qsizetype size, qsizetype i)
{
    const unsigned char c = data[i];
    int length = 0;
    unsigned int codePoint = 0;
    if (c < 0x80)
        return c == 0 ? 0 : 1;
    if ((c & 0xE0) == 0xC0) {
        length = 2;
        codePoint = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        length = 3;
        codePoint = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        length = 4;
        codePoint = c & 0x07;
    } else {
        return 0;
    }
    if (i + length > size)
        return 0;
    for (int k = 1; k < length; ++k) {
        if ((data[i + k] & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (data[i + k] & 0x3F);
    }
    const bool overlong = (length == 2 && codePoint < 0x80) || (length == 3 && codePoint < 0x800)
                          || (length == 4 && codePoint < 0x10000);
    const bool surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
    return overlong || surrogate || codePoint > 0x10FFFF ? 0 : length;
}

/// Eight bytes of ASCII without NUL: nothing to check in them.
bool plainAscii(const unsigned char *data)
{
    quint64 word = 0;
    std::memcpy(&word, data, sizeof word);
    constexpr quint64 high = 0x8080808080808080ull;
    const bool hasZero = ((word - 0x0101010101010101ull) & ~word & high) != 0;
    return (word & high) == 0 && !hasZero;
}

/// Finds the first byte that is not valid UTF-8 and reports its line and column, so a user with
/// a Latin-1 file learns where the offending character is. ASCII goes eight bytes at a time;
/// lines and columns are only counted once a bad byte is found.
bool findInvalidUtf8(const QByteArray &bytes, int *line, int *column)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype bad = -1;
    for (qsizetype i = 0; i < size;) {
        if (i + 8 <= size && plainAscii(data + i)) {
            i += 8;
            continue;
        }
        const int length = utf8Length(data, size, i);
        if (length == 0) {
            bad = i;
            break;
        }
        i += length;
    }
    if (bad < 0)
        return false;
    *line = 1;
    *column = 1;
    for (qsizetype i = 0; i < bad; ++i) {
        if (data[i] == '\n') {
            ++*line;
            *column = 1;
        } else if ((data[i] & 0xC0) != 0x80) {
            ++*column;
        }
    }
    return true;
}

/// Where a yaml-cpp mark is, as a 1-based line and column. yaml-cpp counts columns in bytes;
/// diagnostics count characters (as the UTF-8 check does, and as editors show), so a line with
/// accented names before the mark is counted again from its start.
SourceLocation
markLocation(const QString &fileName, const QByteArray &bytes, const YAML::Mark &mark)
{
    if (mark.is_null())
        return {fileName, 0, 0};
    const qsizetype end = qMin<qsizetype>(mark.pos, bytes.size());
    const qsizetype lineStart = qMax<qsizetype>(0, end - mark.column);
    int column = 1;
    for (qsizetype i = lineStart; i < end; ++i) {
        if ((uchar(bytes[i]) & 0xC0) != 0x80)
            ++column;
    }
    // Past the end of the input (yaml-cpp's end-of-file marks) keep yaml-cpp's count.
    if (mark.pos > bytes.size())
        column += mark.pos - int(bytes.size());
    return {fileName, mark.line + 1, column};
}

/// Character columns for yaml-cpp's marks, at a cost linear in the input however many marks a
/// line holds (a one-line flow list of 480,000 values took a minute when every mark counted
/// its line from the start).
///
/// Columns count characters, so the UTF-8 continuation bytes before a mark on its line are
/// subtracted from yaml-cpp's byte column. Their running count is kept every `Block` bytes, and
/// the last place asked for is remembered: marks mostly come in order, so each byte is looked
/// at about once, and a mark out of order costs at most a block.
class CharacterColumns
{
public:
    CharacterColumns(const QString &fileName, const QByteArray &bytes, qsizetype *examined)
        : m_file(CompactLocation(SourceLocation{fileName, 0, 0}))
        , m_bytes(bytes)
        , m_examined(examined)
    {
        qsizetype continuations = 0;
        m_blocks.reserve(size_t(bytes.size() / Block + 2));
        const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
        for (qsizetype start = 0; start < bytes.size(); start += Block) {
            m_blocks.push_back(continuations);
            const qsizetype end = qMin(bytes.size(), start + Block);
            int inBlock = 0; // a loop the compiler can vectorize
            for (qsizetype i = start; i < end; ++i)
                inBlock += (data[i] & 0xC0) == 0x80 ? 1 : 0;
            continuations += inBlock;
        }
        m_blocks.push_back(continuations);
        *m_examined += bytes.size();
    }

    CompactLocation location(const YAML::Mark &mark)
    {
        if (mark.is_null())
            return m_file;
        // Most files are ASCII: then a character is a byte, and yaml-cpp's column is right.
        if (m_blocks.back() == 0 && mark.pos <= m_bytes.size())
            return m_file.withPosition(mark.line + 1, mark.column + 1);
        const qsizetype size = m_bytes.size();
        const qsizetype end = qMin<qsizetype>(mark.pos, size);
        const qsizetype lineStart = qMax<qsizetype>(0, end - mark.column);
        if (lineStart != m_lineStart) {
            m_lineStart = lineStart;
            m_lineStartContinuations = continuationsBefore(lineStart);
        }
        qsizetype column
            = 1 + (end - lineStart) - (continuationsBefore(end) - m_lineStartContinuations);
        // Past the end of the input (yaml-cpp's end-of-file marks) keep yaml-cpp's count.
        if (mark.pos > size)
            column += mark.pos - size;
        return m_file.withPosition(mark.line + 1, int(column));
    }

private:
    static constexpr qsizetype Block = 64;

    bool isContinuation(qsizetype i) const { return (uchar(m_bytes[i]) & 0xC0) == 0x80; }

    /// UTF-8 continuation bytes in [0, pos).
    qsizetype continuationsBefore(qsizetype pos)
    {
        qsizetype from = pos - pos % Block;
        qsizetype count = m_blocks[size_t(pos / Block)];
        if (m_cursor <= pos && m_cursor > from) {
            from = m_cursor;
            count = m_cursorContinuations;
        }
        for (qsizetype i = from; i < pos; ++i)
            count += isContinuation(i) ? 1 : 0;
        *m_examined += pos - from;
        m_cursor = pos;
        m_cursorContinuations = count;
        return count;
    }

    CompactLocation m_file; // line 0, column 0
    const QByteArray &m_bytes;
    qsizetype *m_examined;
    std::vector<qsizetype> m_blocks; // continuation bytes before each block
    qsizetype m_cursor = 0;
    qsizetype m_cursorContinuations = 0;
    qsizetype m_lineStart = -1;
    qsizetype m_lineStartContinuations = 0;
};

/// A quick pass over the bytes before yaml-cpp sees them.
///
/// yaml-cpp takes several microseconds per node, and holds a whole flow collection
/// (`[a, b, ...]`) in memory as tokens of some 300 bytes before it parses any of it, so a large
/// document must be refused before it is parsed, not after: an 8 MB flow list alone would take
/// over a gigabyte.
/// The pass counts what can start a node (line breaks, `,`, `[`, `{`, and `:`, `-`, `?` before a
/// blank) outside quotes and comments, an estimate within a small factor of the nodes yaml-cpp
/// would build. It also remembers where flow nesting first got deep, because yaml-cpp reports
/// too deep a flow collection at the end of the file, after its look-ahead.
///
/// The pass does not know block scalars, so it may count a little too much; it is only used to
/// refuse documents far beyond any TOSCA file and to place a diagnostic, never to read values.
/// What flow collections hold is counted apart too, against its own, fixed limit.
class ByteScan
{
public:
    static constexpr int TrackedDepth = 1024;

    ByteScan(const QByteArray &bytes, qsizetype limit, qsizetype flowLimit)
    {
        const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
        const qsizetype size = bytes.size();
        enum class State { Plain, Double, Single, Comment } state = State::Plain;
        int line = 1;
        int column = 0;
        unsigned char previous = '\n';
        int depth = 0;
        const auto blankAt = [&](qsizetype i) {
            return i >= size || data[i] == ' ' || data[i] == '\t' || data[i] == '\n'
                   || data[i] == '\r';
        };
        for (qsizetype i = 0; i < size; ++i) {
            const unsigned char c = data[i];
            if ((c & 0xC0) != 0x80) // count characters, not UTF-8 continuation bytes
                ++column;
            if (c == '\n') {
                if (state == State::Comment)
                    state = State::Plain;
                if (state == State::Plain)
                    ++m_estimate;
                ++line;
                column = 0;
                previous = c;
            } else if (state == State::Comment) {
                continue;
            } else if (state == State::Double) {
                if (c == '\\' && i + 1 < size && data[i + 1] != '\n') {
                    ++i;
                    if ((data[i] & 0xC0) != 0x80)
                        ++column;
                } else if (c == '"') {
                    state = State::Plain;
                }
                continue;
            } else if (state == State::Single) {
                if (c == '\'') {
                    if (i + 1 < size && data[i + 1] == '\'') {
                        ++i;
                        ++column;
                    } else {
                        state = State::Plain;
                    }
                }
                continue;
            } else {
                const bool afterBlank
                    = previous == ' ' || previous == '\t' || previous == '\n' || previous == '\r';
                switch (c) {
                case '#':
                    if (afterBlank)
                        state = State::Comment;
                    break;
                case '"':
                case '\'':
                    if (afterBlank || previous == '[' || previous == '{' || previous == ','
                        || previous == ':' || previous == '-' || previous == '?')
                        state = c == '"' ? State::Double : State::Single;
                    break;
                case '[':
                case '{':
                    ++m_estimate;
                    ++m_flowEstimate;
                    if (++depth > m_maxFlowDepth) {
                        m_maxFlowDepth = depth;
                        if (depth <= TrackedDepth)
                            m_deepest.append({line, column});
                    }
                    break;
                case ']':
                case '}':
                    depth = qMax(0, depth - 1);
                    break;
                case ',':
                    ++m_estimate;
                    m_flowEstimate += depth > 0 ? 1 : 0;
                    break;
                case ':':
                case '-':
                case '?':
                    if (blankAt(i + 1)) {
                        ++m_estimate;
                        m_flowEstimate += depth > 0 ? 1 : 0;
                    }
                    break;
                default:
                    break;
                }
                previous = c;
            }
            if (m_estimate > limit || m_flowEstimate > flowLimit) {
                m_overFlowLimit = m_flowEstimate > flowLimit;
                m_overLimitLine = line;
                m_overLimitColumn = qMax(1, column);
                return;
            }
        }
    }

    qsizetype estimate() const { return m_estimate; }
    bool overLimit() const { return m_overLimitLine > 0; }
    /// Over the limit for flow collections, rather than for the whole document.
    bool overFlowLimit() const { return m_overFlowLimit; }
    int overLimitLine() const { return m_overLimitLine; }
    int overLimitColumn() const { return m_overLimitColumn; }
    int maxFlowDepth() const { return m_maxFlowDepth; }
    /// Line and column of the bracket that first opened flow level `depth` (1-based).
    std::pair<int, int> flowLevel(int depth) const
    {
        if (m_deepest.isEmpty())
            return {0, 0};
        return m_deepest.at(qBound(1, depth, int(m_deepest.size())) - 1);
    }

private:
    qsizetype m_estimate = 0;
    qsizetype m_flowEstimate = 0;
    bool m_overFlowLimit = false;
    int m_overLimitLine = 0;
    int m_overLimitColumn = 0;
    int m_maxFlowDepth = 0;
    QList<std::pair<int, int>> m_deepest;
};

/// yaml-cpp 0.7 accepts a quoted scalar that runs to the end of the file when a line break
/// comes before the end (`description: "oops` then swallows the whole rest of the topology
/// into one string, silently). Tells whether the quoted scalar of a node starting at `pos`
/// (after any anchor or tag) is closed.
bool quotedScalarIsClosed(const QByteArray &bytes, qsizetype pos)
{
    const qsizetype size = bytes.size();
    // Skip `&anchor` and `!tag` properties written before the scalar.
    while (pos < size && (bytes[pos] == '&' || bytes[pos] == '!')) {
        while (pos < size && bytes[pos] != ' ' && bytes[pos] != '\t' && bytes[pos] != '\n')
            ++pos;
        while (pos < size && (bytes[pos] == ' ' || bytes[pos] == '\t' || bytes[pos] == '\n'))
            ++pos;
    }
    if (pos >= size || (bytes[pos] != '"' && bytes[pos] != '\''))
        return true; // a block scalar, or something this check does not know: trust yaml-cpp
    const char quote = bytes[pos];
    for (qsizetype i = pos + 1; i < size; ++i) {
        if (quote == '"' && bytes[i] == '\\') {
            ++i;
        } else if (bytes[i] == quote) {
            if (quote == '\'' && i + 1 < size && bytes[i + 1] == '\'')
                ++i;
            else
                return true;
        }
    }
    return false;
}

/// Builds the Value tree straight from yaml-cpp's parse events.
///
/// YAML::Load would first build yaml-cpp's own node tree (about half a kilobyte per node), and
/// YAML::LoadAll, the only public way to see what follows the first document, loops forever on
/// a stray `,` at the top level. Events let us read one document, notice anything after it,
/// count values as they come and stop the parser the moment a limit is reached, and expand an
/// alias only after checking what it would cost.
///
/// Building costs little beside yaml-cpp's own parse (issue 13): the items and entries of the
/// open collections wait on two stacks and each collection gets a vector of exactly its size
/// when it closes; short texts are decoded once per document and shared (a key read 20,000
/// times is one string); a map looks for repeated keys among its own entries, through an index
/// only once it is large.
class ValueBuilder : public YAML::EventHandler
{
public:
    /// Thrown through yaml-cpp to stop parsing once a diagnostic has been reported.
    struct Abort
    {
    };
    /// Thrown through yaml-cpp when the CancelToken asks to stop: no diagnostic, no result.
    struct Cancelled
    {
    };
    /// Values between two looks at the CancelToken: a few microseconds of parsing.
    static constexpr qsizetype CancelPollInterval = 1024;
    /// Texts up to this many bytes are shared; longer ones (descriptions, scripts) seldom repeat.
    static constexpr size_t SharedTextBytes = 64;
    /// Entries of the cache of short texts.
    static constexpr size_t SharedTexts = 2048;
    /// Entries a map searches one by one for a repeated key before it keeps an index.
    static constexpr qsizetype IndexedMapSize = 16;

    ValueBuilder(const QString &fileName,
                 const QByteArray &bytes,
                 qsizetype budget,
                 Diagnostics *diagnostics,
                 qsizetype *examined,
                 const CancelToken *cancel)
        : m_bytes(bytes)
        , m_budget(budget)
        , m_diagnostics(diagnostics)
        , m_columns(fileName, bytes, examined)
        , m_cancel(cancel)
    {}

    /// The first document's root; null when the input holds no document.
    const Value &root() const { return m_root; }
    int documents() const { return m_documents; }

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        // yaml-cpp restarts on a token it cannot use (a top-level `,`) without consuming it,
        // which would give empty documents forever.
        if (m_documents > 0 && mark.pos == m_lastDocumentStart)
            fail(QStringLiteral("TOPO-YAML-001"),
                 mark,
                 Tr::tr("YAML syntax error: unexpected character"));
        m_lastDocumentStart = mark.pos;
        ++m_documents;
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        if (m_stack.empty() && m_documents > 1)
            return; // an empty document after the first: harmless
        count(mark, 1);
        Value value;
        value.setLocation(location(mark));
        complete(std::move(value), mark, anchor, 1, 1);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const auto found = m_anchors.find(anchor);
        if (found == m_anchors.end())
            fail(QStringLiteral("TOPO-YAML-001"),
                 mark,
                 Tr::tr("YAML syntax error: this alias refers to a collection that contains it"));
        beginNode(mark);
        const Anchored &anchored = found->second;
        // What the copy holds is counted, and refused, before it is made: the copy itself is
        // shared, but whoever walks the tree walks every value of it.
        m_aliasValues += anchored.size;
        count(mark, anchored.size);
        if (int(m_stack.size()) + anchored.height > YamlValueReader::MaxDepth)
            fail(QStringLiteral("TOPO-YAML-004"),
                 mark,
                 Tr::tr("aliases nest the YAML deeper than %1 levels; this is not a TOSCA file")
                     .arg(YamlValueReader::MaxDepth));
        complete(Value(anchored.value), mark, YAML::NullAnchor, anchored.size, anchored.height);
    }

    void OnScalar(const YAML::Mark &mark,
                  const std::string &tag,
                  YAML::anchor_t anchor,
                  const std::string &text) override
    {
        // yaml-cpp tags plain scalars "?" and quoted ones "!"; explicit tags such as !!str
        // also mean "this is a string", so everything but "?" counts as quoted.
        beginNode(mark);
        count(mark, 1);
        const bool quoted = tag != "?";
        if (quoted && !quotedScalarIsClosed(m_bytes, mark.pos))
            fail(QStringLiteral("TOPO-YAML-001"),
                 mark,
                 Tr::tr(
                     "YAML syntax error: this quoted string is never closed; it would swallow the "
                     "rest of the file"));
        Value value = Value::scalar(shared(text), quoted);
        value.setLocation(location(mark));
        complete(std::move(value), mark, anchor, 1, 1);
    }

    void OnSequenceStart(const YAML::Mark &mark,
                         const std::string &,
                         YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(Value::Kind::List, mark, anchor);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark,
                    const std::string &,
                    YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(Value::Kind::Map, mark, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct Anchored
    {
        Value value;
        qsizetype size;
        int height;
    };

    /// A list or map being built; its items or entries so far are on m_items or m_entries.
    struct Frame
    {
        Value::Kind kind = Value::Kind::Map;
        CompactLocation location;
        YAML::Mark mark;
        YAML::anchor_t anchor = YAML::NullAnchor;
        size_t first = 0;   // where its items or entries start
        qsizetype size = 1; // values in it, itself included
        int height = 1;     // levels in it, itself included
        // Maps alternate keys and values.
        bool expectingKey = true;
        bool dropValue = false;   // its key was refused
        size_t replacing = 0;     // with repeatedKey: the entry the value replaces
        bool repeatedKey = false; // its key was seen before: the value replaces the earlier one
        QString key;
        CompactLocation keyLocation;
        /// Key -> entry, once the map is large.
        std::unique_ptr<QHash<QString, size_t>> index;
        /// Where a repeated key was first written, since its entry takes the later position.
        std::unique_ptr<QHash<QString, SourceLocation>> firstSeen;
    };

    /// Anything but null at the top of a document after the first is content yaml-cpp would
    /// have ignored silently.
    void beginNode(const YAML::Mark &mark)
    {
        if (m_stack.empty() && m_documents > 1)
            fail(
                QStringLiteral("TOPO-YAML-008"),
                mark,
                Tr::tr(
                    "content after the end of the YAML document; a TOSCA file holds one document"));
    }

    void count(const YAML::Mark &mark, qsizetype values)
    {
        if (m_count / CancelPollInterval != (m_count + values) / CancelPollInterval
            && CancelToken::isCancelled(m_cancel))
            throw Cancelled();
        m_count += values;
        if (m_count <= m_budget)
            return;
        if (m_aliasValues > 0)
            fail(
                QStringLiteral("TOPO-YAML-005"),
                mark,
                Tr::tr("aliases expand the document to more than %1 values, far more than it holds "
                       "as written; aliases that repeat each other are not accepted")
                    .arg(m_budget));
        fail(QStringLiteral("TOPO-YAML-005"),
             mark,
             Tr::tr("the document holds more than %1 YAML values; no TOSCA topology is that large")
                 .arg(m_budget));
    }

    /// The text as a QString, shared with the last occurrence of the same short text.
    ///
    /// A small direct-mapped cache rather than a table of every text: keys and type names
    /// recur within a few lines, so they stay in it, while the unique names (one per node) only
    /// replace one entry each instead of growing a table that no longer fits in the cache.
    QString shared(const std::string &text)
    {
        if (text.size() > SharedTextBytes)
            return QString::fromStdString(text);
        quint32 hash = 2166136261u; // FNV-1a
        for (const char c : text)
            hash = (hash ^ quint8(c)) * 16777619u;
        SharedText &slot = m_texts[hash % m_texts.size()];
        if (slot.hash != hash || slot.utf8 != text) {
            slot.hash = hash;
            slot.utf8 = text;
            slot.text = QString::fromStdString(text);
        }
        return slot.text;
    }

    void open(Value::Kind kind, const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        beginNode(mark);
        count(mark, 1);
        Frame frame;
        frame.kind = kind;
        frame.location = location(mark);
        frame.mark = mark;
        frame.anchor = anchor;
        frame.first = kind == Value::Kind::List ? m_items.size() : m_entries.size();
        m_stack.push_back(std::move(frame));
    }

    void close()
    {
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        Value value;
        if (frame.kind == Value::Kind::List) {
            const auto first = m_items.begin() + qsizetype(frame.first);
            value = Value::list(std::vector<Value>(std::make_move_iterator(first),
                                                   std::make_move_iterator(m_items.end())));
            m_items.erase(first, m_items.end());
        } else {
            const auto first = m_entries.begin() + qsizetype(frame.first);
            value = mapOrCall(std::vector<Value::Entry>(std::make_move_iterator(first),
                                                        std::make_move_iterator(m_entries.end())));
            m_entries.erase(first, m_entries.end());
        }
        value.setLocation(frame.location);
        complete(std::move(value), frame.mark, frame.anchor, frame.size, frame.height);
    }

    /// A single-key map whose key names a TOSCA function is that function's call.
    static Value mapOrCall(std::vector<Value::Entry> entries)
    {
        if (entries.size() == 1) {
            Value::Entry &only = entries.front();
            // token, join and concat take a list; `token: abc` is a Credential field, not a
            // call.
            const bool takesList = only.key == QLatin1String("token")
                                   || only.key == QLatin1String("join")
                                   || only.key == QLatin1String("concat");
            if (Value::isFunctionName(only.key) && (!takesList || only.value.isList())) {
                std::vector<Value> arguments;
                // Moved, not copied: the map is replaced by the call.
                if (only.value.isList())
                    arguments = std::move(only.value.items());
                else
                    arguments.push_back(std::move(only.value));
                return Value::function(only.key, std::move(arguments));
            }
        }
        return Value::map(std::move(entries));
    }

    /// A value is finished (and counted): remember it under its anchor, hand it to its parent.
    void
    complete(Value value, const YAML::Mark &mark, YAML::anchor_t anchor, qsizetype size, int height)
    {
        if (anchor != YAML::NullAnchor)
            m_anchors[anchor] = Anchored{value, size, height};
        if (m_stack.empty()) {
            m_root = std::move(value);
            return;
        }
        Frame &parent = m_stack.back();
        parent.size += size;
        parent.height = qMax(parent.height, height + 1);
        if (parent.kind == Value::Kind::List) {
            m_items.push_back(std::move(value));
            return;
        }
        if (parent.expectingKey) {
            takeKey(parent, value, mark);
            return;
        }
        parent.expectingKey = true;
        if (parent.dropValue)
            return;
        if (parent.repeatedKey) {
            Value::Entry &earlier = m_entries[parent.replacing];
            earlier.value = std::move(value);
            earlier.keyLocation = parent.keyLocation;
            return;
        }
        m_entries.push_back({parent.key, std::move(value), parent.keyLocation});
        indexLastEntry(parent);
    }

    void takeKey(Frame &parent, const Value &key, const YAML::Mark &mark)
    {
        parent.expectingKey = false;
        parent.dropValue = false;
        parent.repeatedKey = false;
        parent.keyLocation = location(mark);
        if (!key.isScalar()) {
            report(QStringLiteral("TOPO-YAML-006"),
                   mark,
                   Tr::tr("a mapping key must be a plain value, not a list or a mapping"));
            parent.dropValue = true;
            return;
        }
        parent.key = key.text();
        parent.repeatedKey = findEntry(parent, parent.key, &parent.replacing);
        if (parent.repeatedKey)
            reportRepeatedKey(parent.key, firstSeen(parent), mark);
    }

    bool findEntry(const Frame &frame, const QString &key, size_t *found) const
    {
        if (frame.index) {
            const auto it = frame.index->constFind(key);
            if (it == frame.index->constEnd())
                return false;
            *found = *it;
            return true;
        }
        for (size_t i = frame.first; i < m_entries.size(); ++i) {
            if (m_entries[i].key == key) {
                *found = i;
                return true;
            }
        }
        return false;
    }

    void indexLastEntry(Frame &frame)
    {
        const size_t last = m_entries.size() - 1;
        if (frame.index) {
            frame.index->insert(m_entries[last].key, last);
        } else if (qsizetype(last + 1 - frame.first) == IndexedMapSize) {
            frame.index = std::make_unique<QHash<QString, size_t>>();
            frame.index->reserve(4 * IndexedMapSize);
            for (size_t i = frame.first; i <= last; ++i)
                frame.index->insert(m_entries[i].key, i);
        }
    }

    /// Where the repeated key of @p frame was first written.
    static SourceLocation firstSeenAt(const Frame &frame, const Value::Entry &entry)
    {
        if (frame.firstSeen) {
            const auto it = frame.firstSeen->constFind(entry.key);
            if (it != frame.firstSeen->constEnd())
                return *it;
        }
        return entry.keyLocation;
    }

    SourceLocation firstSeen(Frame &frame)
    {
        const SourceLocation first = firstSeenAt(frame, m_entries[frame.replacing]);
        if (!frame.firstSeen)
            frame.firstSeen = std::make_unique<QHash<QString, SourceLocation>>();
        frame.firstSeen->insert(frame.key, first);
        return first;
    }

    /// Alien4Cloud's parser (SnakeYAML) keeps the last value of a repeated key, so the file
    /// means what Alien4Cloud reads: a warning, never a refusal. The later value takes the
    /// earlier one's place, as in the ordered map SnakeYAML builds.
    void reportRepeatedKey(const QString &key, const SourceLocation &first, const YAML::Mark &mark)
    {
        const SourceLocation here = location(mark);
        m_diagnostics->append(Diagnostic::warning(
            QStringLiteral("TOPO-YAML-002"),
            here,
            Tr::tr("key '%1' is repeated (lines %2 and %3); the value at line %3 replaces the one "
                   "at line %2, as in Alien4Cloud")
                .arg(key, QString::number(first.line), QString::number(here.line))));
    }

    CompactLocation location(const YAML::Mark &mark) { return m_columns.location(mark); }

    void report(const QString &code, const YAML::Mark &mark, const QString &message)
    {
        m_diagnostics->append(Diagnostic::error(code, location(mark), message));
    }

    [[noreturn]] void fail(const QString &code, const YAML::Mark &mark, const QString &message)
    {
        report(code, mark, message);
        throw Abort();
    }

    const QByteArray &m_bytes;
    qsizetype m_budget;
    Diagnostics *m_diagnostics;
    CharacterColumns m_columns;
    const CancelToken *m_cancel;
    std::vector<Frame> m_stack;
    std::vector<Value> m_items;          // of the open lists, innermost last
    std::vector<Value::Entry> m_entries; // of the open maps, innermost last
    struct SharedText
    {
        quint32 hash = 0;
        std::string utf8;
        QString text;
    };
    std::vector<SharedText> m_texts = std::vector<SharedText>(SharedTexts);
    std::unordered_map<YAML::anchor_t, Anchored> m_anchors;
    Value m_root;
    qsizetype m_count = 0;
    qsizetype m_aliasValues = 0;
    int m_documents = 0;
    int m_lastDocumentStart = -1;
};

/// The bytes as the stream yaml-cpp reads, without the two copies an istringstream makes.
class BytesBuffer : public std::streambuf
{
public:
    explicit BytesBuffer(const QByteArray &bytes)
    {
        // std::streambuf wants char *, but a get area is only read.
        char *begin = const_cast<char *>(bytes.constData());
        setg(begin, begin, begin + bytes.size());
    }
};

/// Refuses an empty file and one that is not UTF-8, before yaml-cpp sees it.
bool hasUtf8Content(const QByteArray &bytes, const QString &fileName, Diagnostics *diagnostics)
{
    // Looked at in place: trimmed() would copy a large file only to find it is not empty.
    const bool blank = std::all_of(bytes.cbegin(), bytes.cend(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
    });
    if (blank) {
        diagnostics->append(Diagnostic::error(
            QStringLiteral("TOPO-YAML-007"), {fileName, 1, 1}, Tr::tr("the file is empty")));
        return false;
    }
    int line = 0;
    int column = 0;
    if (findInvalidUtf8(bytes, &line, &column)) {
        diagnostics->append(Diagnostic::error(
            QStringLiteral("TOPO-YAML-003"),
            {fileName, line, column},
            Tr::tr("the file is not valid UTF-8 text (first bad byte here); save it as UTF-8")));
        return false;
    }
    return true;
}

Diagnostic tooDeep(const QString &fileName,
                   const QByteArray &bytes,
                   const ByteScan &scan,
                   const YAML::DeepRecursion &e)
{
    SourceLocation where = markLocation(fileName, bytes, e.mark);
    // In a flow collection yaml-cpp's position is past its look-ahead, often the end of the
    // file: point at the bracket that went too deep instead.
    if (scan.maxFlowDepth() * 2 >= e.depth()) {
        const auto [bracketLine, bracketColumn]
            = scan.flowLevel(qMin(e.depth(), scan.maxFlowDepth()));
        where = {fileName, bracketLine, bracketColumn};
    }
    return Diagnostic::error(
        QStringLiteral("TOPO-YAML-004"),
        where,
        Tr::tr("the YAML is nested deeper than %1 levels; this is not a TOSCA file")
            .arg(e.depth()));
}

} // namespace

Value YamlValueReader::readFile(const QString &filePath,
                                Diagnostics *diagnostics,
                                const QString &displayPath,
                                QByteArray *bytes)
{
    const QString name = displayPath.isEmpty() ? filePath : displayPath;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics->append(
            Diagnostic::error(QStringLiteral("TOPO-FILE-001"),
                              {name, 0, 0},
                              Tr::tr("cannot open the file: %1").arg(file.errorString())));
        return Value();
    }
    if (file.size() > MaxFileBytes) {
        // Line 1, column 1 like every other diagnostic about content, so that tools which
        // expect file:line:column (editors, CI annotations) pick it up.
        diagnostics->append(Diagnostic::error(
            QStringLiteral("TOPO-FILE-002"),
            {name, 1, 1},
            Tr::tr("the file is %1 MB; TOSCA definitions larger than %2 MB are not read")
                .arg(file.size() / (1024 * 1024))
                .arg(MaxFileBytes / (1024 * 1024))));
        return Value();
    }
    const QByteArray content = file.readAll();
    if (bytes)
        *bytes = content;
    return read(content, name, diagnostics);
}

Value YamlValueReader::read(const QByteArray &input,
                            const QString &fileName,
                            Diagnostics *diagnostics)
{
    m_columnBytesExamined = 0;
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (!hasUtf8Content(bytes, fileName, diagnostics))
        return Value();

    const qsizetype limit = valueLimit(bytes.size());
    const ByteScan scan(bytes, limit, MaxValueNodes);
    if (scan.overLimit()) {
        const SourceLocation where{fileName, scan.overLimitLine(), scan.overLimitColumn()};
        diagnostics->append(Diagnostic::error(
            QStringLiteral("TOPO-YAML-005"),
            where,
            scan.overFlowLimit()
                ? Tr::tr("the flow collections ([...], {...}) hold more than %1 YAML values by "
                         "here; yaml-cpp would hold them all in memory at once")
                      .arg(MaxValueNodes)
                : Tr::tr("the document holds more than %1 YAML values by here; no TOSCA topology "
                         "is that large, and reading it would exhaust memory")
                      .arg(limit)));
        return Value();
    }

    // As many values as the text can hold without aliases (ByteScan's estimate bounds them
    // within a factor of two), plus room for a modest use of aliases.
    const qsizetype budget = qMin<qsizetype>(limit, 2 * scan.estimate() + MinValueBudget);
    try {
        BytesBuffer buffer(bytes);
        std::istream stream(&buffer);
        YAML::Parser parser(stream);
        ValueBuilder builder(
            fileName, bytes, budget, diagnostics, &m_columnBytesExamined, m_cancel);
        // Every document after the first is parsed too, only to find out whether it has content.
        while (parser.HandleNextDocument(builder)) {
        }
        if (builder.documents() == 0 || builder.root().isNull()) {
            // Only comments, or an empty document.
            diagnostics->append(Diagnostic::error(QStringLiteral("TOPO-YAML-007"),
                                                  {fileName, 1, 1},
                                                  Tr::tr("the file holds no YAML content, only "
                                                         "comments or an empty document")));
            return Value();
        }
        return builder.root();
    } catch (const ValueBuilder::Abort &) {
        // The builder has reported why.
    } catch (const ValueBuilder::Cancelled &) {
        // Whoever cancelled knows why.
    } catch (const YAML::DeepRecursion &e) {
        diagnostics->append(tooDeep(fileName, bytes, scan, e));
    } catch (const YAML::Exception &e) {
        const SourceLocation where = markLocation(fileName, bytes, e.mark);
        diagnostics->append(
            Diagnostic::error(QStringLiteral("TOPO-YAML-001"),
                              where,
                              Tr::tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg))));
    } catch (const std::exception &e) {
        diagnostics->append(Diagnostic::error(
            QStringLiteral("TOPO-YAML-001"),
            {fileName, 0, 0},
            Tr::tr("the YAML could not be read: %1").arg(QString::fromLocal8Bit(e.what()))));
    }
    return Value();
}

} // namespace Topologist
