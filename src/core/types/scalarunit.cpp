// SPDX-License-Identifier: GPL-3.0-or-later
#include "types/scalarunit.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace Topologist {

namespace {

struct UnitFactor
{
    const char *unit;
    double factor;
};

const std::array<UnitFactor, 11> sizeUnits = {{{"B", 1.0},
                                               {"kB", 1e3},
                                               {"KiB", 1024.0},
                                               {"MB", 1e6},
                                               {"MiB", 1048576.0},
                                               {"GB", 1e9},
                                               {"GiB", 1073741824.0},
                                               {"TB", 1e12},
                                               {"TiB", 1099511627776.0},
                                               {"PB", 1e15},
                                               {"PiB", 1125899906842624.0}}};
const std::array<UnitFactor, 7> timeUnits = {{{"d", 86400.0},
                                              {"h", 3600.0},
                                              {"m", 60.0},
                                              {"s", 1.0},
                                              {"ms", 1e-3},
                                              {"us", 1e-6},
                                              {"ns", 1e-9}}};
const std::array<UnitFactor, 4> frequencyUnits
    = {{{"Hz", 1.0}, {"kHz", 1e3}, {"MHz", 1e6}, {"GHz", 1e9}}};
const std::array<UnitFactor, 9> bitrateUnits = {{{"bps", 1.0},
                                                 {"Kbps", 1e3},
                                                 {"Kibps", 1024.0},
                                                 {"Mbps", 1e6},
                                                 {"Mibps", 1048576.0},
                                                 {"Gbps", 1e9},
                                                 {"Gibps", 1073741824.0},
                                                 {"Tbps", 1e12},
                                                 {"Tibps", 1099511627776.0}}};

template<size_t N>
const UnitFactor *
find(const std::array<UnitFactor, N> &units, const QString &unit, bool caseSensitive)
{
    for (const UnitFactor &candidate : units) {
        const QLatin1String name(candidate.unit);
        if (caseSensitive ? unit == name : unit.compare(name, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

/// The unit a text names in `kind`. Time and bitrate units are case-sensitive in TOSCA
/// (m = minute, M is nothing); sizes and frequencies are accepted in any case, as Alien4Cloud
/// does (4096 mb), the exact spelling winning over a case-insensitive match.
const UnitFactor *findUnit(const QString &unit, ScalarUnit::Kind kind)
{
    switch (kind) {
    case ScalarUnit::Kind::Size:
        if (const UnitFactor *exact = find(sizeUnits, unit, true))
            return exact;
        return find(sizeUnits, unit, false);
    case ScalarUnit::Kind::Time:
        return find(timeUnits, unit, true);
    case ScalarUnit::Kind::Frequency:
        if (const UnitFactor *exact = find(frequencyUnits, unit, true))
            return exact;
        return find(frequencyUnits, unit, false);
    case ScalarUnit::Kind::Bitrate:
        return find(bitrateUnits, unit, true);
    }
    return nullptr;
}

template<size_t N>
QStringList namesOf(const std::array<UnitFactor, N> &units)
{
    QStringList names;
    for (const UnitFactor &unit : units)
        names << QString::fromLatin1(unit.unit);
    return names;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

/// The number and the unit of a scalar-unit text ("4 GB", "1.5e3MHz", " -2 s "): a decimal
/// number with an optional exponent, blanks, letters. By hand rather than a regular expression:
/// such properties are checked on every node, and matching the expression cost more than the
/// rest of the check (tests/bench/reader).
bool splitNumberAndUnit(QStringView text, QStringView *number, QStringView *unit)
{
    const qsizetype size = text.size();
    qsizetype i = 0;
    const auto skipBlanks = [&] {
        while (i < size && text[i].isSpace())
            ++i;
    };
    const auto skipDigits = [&] {
        const qsizetype from = i;
        while (i < size && isAsciiDigit(text[i]))
            ++i;
        return i > from;
    };
    skipBlanks();
    const qsizetype numberStart = i;
    if (i < size && (text[i] == u'+' || text[i] == u'-'))
        ++i;
    bool digits = skipDigits();
    if (i < size && text[i] == u'.') {
        ++i;
        digits = skipDigits() || digits;
    }
    if (!digits)
        return false;
    if (i < size && (text[i] == u'e' || text[i] == u'E')) {
        // An exponent only with digits; otherwise the e starts the unit ("5eB").
        const qsizetype mark = i++;
        if (i < size && (text[i] == u'+' || text[i] == u'-'))
            ++i;
        if (!skipDigits())
            i = mark;
    }
    *number = text.sliced(numberStart, i - numberStart);
    skipBlanks();
    const qsizetype unitStart = i;
    while (i < size && isAsciiLetter(text[i]))
        ++i;
    if (i == unitStart)
        return false;
    *unit = text.sliced(unitStart, i - unitStart);
    skipBlanks();
    return i == size;
}

} // namespace

bool ScalarUnit::kindForType(const QString &type, Kind *kind)
{
    if (type == QLatin1String("scalar-unit.size"))
        *kind = Kind::Size;
    else if (type == QLatin1String("scalar-unit.time"))
        *kind = Kind::Time;
    else if (type == QLatin1String("scalar-unit.frequency"))
        *kind = Kind::Frequency;
    else if (type == QLatin1String("scalar-unit.bitrate"))
        *kind = Kind::Bitrate;
    else
        return false;
    return true;
}

bool ScalarUnit::parse(const QString &text, Kind kind, ScalarUnit *result, QString *error)
{
    QStringView number;
    QStringView unit;
    if (!splitNumberAndUnit(text, &number, &unit)) {
        if (error)
            *error = QCoreApplication::translate("Types", "'%1' is not a number followed by a unit")
                         .arg(text);
        return false;
    }
    const UnitFactor *known = findUnit(unit.toString(), kind);
    if (!known) {
        if (error)
            *error = QCoreApplication::translate("Types", "unknown unit '%1'").arg(unit);
        return false;
    }
    result->m_base = number.toDouble() * known->factor;
    result->m_kind = kind;
    return true;
}

bool ScalarUnit::split(const QString &text, Kind kind, QString *number, QString *unit)
{
    QStringView numberText;
    QStringView unitText;
    const UnitFactor *known = splitNumberAndUnit(text, &numberText, &unitText)
                                  ? findUnit(unitText.toString(), kind)
                                  : nullptr;
    if (!known)
        return false;
    *number = numberText.toString();
    *unit = QString::fromLatin1(known->unit);
    return true;
}

QStringList ScalarUnit::units(Kind kind)
{
    switch (kind) {
    case Kind::Size:
        return namesOf(sizeUnits);
    case Kind::Time:
        return namesOf(timeUnits);
    case Kind::Frequency:
        return namesOf(frequencyUnits);
    case Kind::Bitrate:
        return namesOf(bitrateUnits);
    }
    return {};
}

QString ScalarUnit::usualUnit(Kind kind)
{
    switch (kind) {
    case Kind::Size:
        return QStringLiteral("MB");
    case Kind::Time:
        return QStringLiteral("s");
    case Kind::Frequency:
        return QStringLiteral("GHz");
    case Kind::Bitrate:
        return QStringLiteral("Mbps");
    }
    return QString();
}

} // namespace Topologist
