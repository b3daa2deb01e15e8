// SPDX-License-Identifier: GPL-3.0-or-later
#include "csar/toscametadata.h"

#include "csar/csarcodes.h"
#include "csar/csartr.h"

#include <QDir>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace Topologist {

namespace {

QStringList knownKeys()
{
    return {ToscaMetadata::metaFileVersionKey(),
            ToscaMetadata::csarVersionKey(),
            ToscaMetadata::createdByKey(),
            ToscaMetadata::entryDefinitionsKey(),
            ToscaMetadata::nameKey(),
            ToscaMetadata::contentTypeKey()};
}

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

/// The character a one-letter YAML escape such as \\n stands for.
std::optional<QChar> simpleEscape(char e)
{
    switch (e) {
    case '0':
        return QChar(0);
    case 'a':
        return QChar(7);
    case 'b':
        return QChar(8);
    case 't':
        return QLatin1Char('\t');
    case 'n':
        return QLatin1Char('\n');
    case 'v':
        return QChar(11);
    case 'f':
        return QChar(12);
    case 'r':
        return QLatin1Char('\r');
    case 'e':
        return QChar(27);
    case ' ':
        return QLatin1Char(' ');
    case '"':
        return QLatin1Char('"');
    case '/':
        return QLatin1Char('/');
    case '\\':
        return QLatin1Char('\\');
    default:
        return std::nullopt;
    }
}

int hexEscapeDigits(char e)
{
    switch (e) {
    case 'x':
        return 2;
    case 'u':
        return 4;
    case 'U':
        return 8;
    default:
        return 0;
    }
}

/// Reads the escape whose letter is text[*i], just past a backslash, onto *out; *i ends past it.
bool readEscape(const QString &text, int *i, QString *out, QString *error)
{
    const char e = text.at(*i).toLatin1();
    ++*i;
    if (const std::optional<QChar> c = simpleEscape(e)) {
        out->append(*c);
        return true;
    }
    const int hexDigits = hexEscapeDigits(e);
    if (hexDigits == 0) {
        *error = CsarTr::tr("unknown escape \"\\%1\"").arg(text.at(*i - 1));
        return false;
    }
    bool ok = false;
    const uint code = text.mid(*i, hexDigits).toUInt(&ok, 16);
    if (!ok || *i + hexDigits > text.size() || code > 0x10FFFF) {
        *error = CsarTr::tr("bad \"\\%1\" escape").arg(QLatin1Char(e));
        return false;
    }
    const char32_t c32 = code;
    out->append(QString::fromUcs4(&c32, 1));
    *i += hexDigits;
    return true;
}

/// Reads a YAML quoted scalar starting at text[*pos] (the quote). On success *pos is just past
/// the closing quote; on failure *error says why.
bool readQuoted(const QString &text, int *pos, QString *out, QString *error)
{
    const QChar quote = text.at(*pos);
    int i = *pos + 1;
    out->clear();
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (quote == QLatin1Char('\'')) {
            if (c == QLatin1Char('\'')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\'')) {
                    out->append(c);
                    i += 2;
                    continue;
                }
                *pos = i + 1;
                return true;
            }
            out->append(c);
            ++i;
            continue;
        }
        if (c == QLatin1Char('"')) {
            *pos = i + 1;
            return true;
        }
        if (c != QLatin1Char('\\')) {
            out->append(c);
            ++i;
            continue;
        }
        if (i + 1 >= text.size())
            break;
        ++i;
        if (!readEscape(text, &i, out, error))
            return false;
    }
    *error = CsarTr::tr("the closing %1 is missing").arg(quote);
    return false;
}

QString doubleQuoted(const QString &value)
{
    QString out = QStringLiteral("\"");
    for (const char32_t c : value.toUcs4()) {
        switch (c) {
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        default:
            if (QChar::category(c) == QChar::Other_Control)
                out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
            else
                out += QString::fromUcs4(&c, 1);
        }
    }
    return out + QLatin1Char('"');
}

/// The key of a `Key: value` line; *colon ends at the colon that follows it.
bool readKey(const QString &line, QString *key, int *colon, QString *problem)
{
    int pos = 0;
    QString error;
    if (line.at(0) == QLatin1Char('"') || line.at(0) == QLatin1Char('\'')) {
        if (!readQuoted(line, &pos, key, &error)) {
            *problem = CsarTr::tr("Line ignored: %1.").arg(error);
            return false;
        }
        while (pos < line.size() && isBlank(line.at(pos)))
            ++pos;
        if (pos >= line.size() || line.at(pos) != QLatin1Char(':')) {
            *problem = CsarTr::tr("Line ignored: it is not a `Key: value` line.");
            return false;
        }
        *colon = pos;
        return true;
    }
    // As in YAML, a colon only separates when a blank or the line end follows it, so
    // "Entry-Definitions:a.yml" is one plain word, not a key.
    for (int i = 0; i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char(':') && (i + 1 == line.size() || isBlank(line.at(i + 1)))) {
            *key = line.left(i).trimmed();
            *colon = i;
            return true;
        }
    }
    *problem = CsarTr::tr("Line ignored: it is not a `Key: value` line.");
    return false;
}

/// The value after the colon of a line whose key is @p key: quoted, or plain up to a comment.
bool readValue(const QString &afterColon, const QString &key, QString *value, QString *problem)
{
    QString rest = afterColon.trimmed();
    if (rest.startsWith(QLatin1Char('"')) || rest.startsWith(QLatin1Char('\''))) {
        int valuePos = 0;
        QString error;
        if (!readQuoted(rest, &valuePos, value, &error)) {
            *problem = CsarTr::tr("Line ignored: %1.").arg(error);
            return false;
        }
        const QString after = rest.mid(valuePos).trimmed();
        if (!after.isEmpty() && !after.startsWith(QLatin1Char('#'))) {
            *problem
                = CsarTr::tr("Line ignored: text follows the quoted value of \"%1\".").arg(key);
            return false;
        }
    } else {
        for (int i = 1; i < rest.size(); ++i) {
            if (rest.at(i) == QLatin1Char('#') && isBlank(rest.at(i - 1))) {
                rest.truncate(i);
                break;
            }
        }
        *value = rest.startsWith(QLatin1Char('#')) ? QString() : rest.trimmed();
    }
    if (value->isNull())
        *value = QLatin1String("");
    return true;
}

bool isPlainKey(const QString &key)
{
    if (key.isEmpty())
        return false;
    return std::all_of(key.cbegin(), key.cend(), [](QChar c) {
        return (c.unicode() < 0x80 && c.isLetterOrNumber()) || c == QLatin1Char('-')
               || c == QLatin1Char('_') || c == QLatin1Char('.');
    });
}

} // namespace

bool ToscaMetadata::isKnownKey(const QString &key)
{
    return knownKeys().contains(key);
}

QString ToscaMetadata::value(const QString &key) const
{
    for (const auto &entry : m_entries) {
        if (entry.first == key)
            return entry.second;
    }
    return QString();
}

bool ToscaMetadata::contains(const QString &key) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const auto &entry) {
        return entry.first == key;
    });
}

void ToscaMetadata::setValue(const QString &key, const QString &value)
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->first == key) {
            if (value.isNull())
                m_entries.erase(it);
            else
                it->second = value;
            return;
        }
    }
    if (!value.isNull())
        m_entries.append({key, value});
}

QString ToscaMetadata::entryDefinitionsPath() const
{
    const QString declared = entryDefinitions().trimmed();
    if (declared.isEmpty())
        return QString();
    QString path = QDir::cleanPath(declared);
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path == QLatin1String(".") || path == QLatin1String("..")
        || path.startsWith(QLatin1String("../")))
        return QString();
    return path;
}

QList<std::pair<QString, QString>> ToscaMetadata::otherEntries() const
{
    QList<std::pair<QString, QString>> others;
    for (const auto &entry : m_entries) {
        if (!isKnownKey(entry.first))
            others.append(entry);
    }
    return others;
}

ToscaMetadata
ToscaMetadata::parse(const QByteArray &content, const QString &sourceFile, Diagnostics *diagnostics)
{
    ToscaMetadata metadata;
    QHash<QString, int> firstLine;
    const auto warn = [&](int line, const QString &message) {
        if (diagnostics) {
            diagnostics->append(Diagnostic::warning(
                CsarCode::MetadataLine, SourceLocation{sourceFile, line, 1}, message));
        }
    };

    QString text = QString::fromUtf8(content);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int index = 0; index < lines.size(); ++index) {
        const int lineNumber = index + 1;
        QString line = lines.at(index);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#'))
            || trimmed == QLatin1String("---") || trimmed == QLatin1String("..."))
            continue;
        if (isBlank(line.at(0))) {
            warn(lineNumber,
                 CsarTr::tr("Indented line ignored: TOSCA.meta holds one `Key: value` per line."));
            continue;
        }

        QString key;
        QString value;
        QString problem;
        int colon = 0;
        if (!readKey(line, &key, &colon, &problem)
            || !readValue(line.mid(colon + 1), key, &value, &problem)) {
            warn(lineNumber, problem);
            continue;
        }

        if (firstLine.contains(key)) {
            warn(lineNumber,
                 CsarTr::tr("Key \"%1\" was already given on line %2; this value is ignored.")
                     .arg(key, QString::number(firstLine.value(key))));
            continue;
        }
        firstLine.insert(key, lineNumber);
        if (!isKnownKey(key)) {
            for (const QString &known : knownKeys()) {
                if (known.compare(key, Qt::CaseInsensitive) == 0) {
                    warn(lineNumber,
                         CsarTr::tr(
                             "Key \"%1\" is ignored: Alien4Cloud reads \"%2\", with exactly that "
                             "letter case.")
                             .arg(key, known));
                }
            }
        }
        metadata.m_entries.append({key, value});
    }
    return metadata;
}

QByteArray ToscaMetadata::toBytes() const
{
    QString text;
    const auto line = [&](const QString &key, const QString &value) {
        text += (isPlainKey(key) ? key : doubleQuoted(key)) + QStringLiteral(": ")
                + doubleQuoted(value) + QLatin1Char('\n');
    };
    for (const QString &key : knownKeys()) {
        if (contains(key))
            line(key, value(key));
    }
    for (const auto &entry : otherEntries())
        line(entry.first, entry.second);
    return text.toUtf8();
}

} // namespace Topologist
