// SPDX-License-Identifier: GPL-3.0-or-later
#include "types/scalarunit.h"

#include <QCoreApplication>
#include <QRegularExpression>

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
bool lookup(const std::array<UnitFactor, N> &units,
            const QString &unit,
            bool caseSensitive,
            double *factor)
{
    for (const UnitFactor &candidate : units) {
        const QLatin1String name(candidate.unit);
        if (caseSensitive ? unit == name : unit.compare(name, Qt::CaseInsensitive) == 0) {
            *factor = candidate.factor;
            return true;
        }
    }
    return false;
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
    static const QRegularExpression pattern(QStringLiteral(
        "^\\s*([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*([A-Za-z]+)\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        if (error)
            *error = QCoreApplication::translate("Types", "'%1' is not a number followed by a unit")
                         .arg(text);
        return false;
    }
    const double number = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    double factor = 0;
    bool known = false;
    // Time and frequency units are case-sensitive in TOSCA (m = minute, M is nothing); sizes
    // are accepted in any case, as Alien4Cloud does (4096 mb).
    switch (kind) {
    case Kind::Size:
        known = lookup(sizeUnits, unit, true, &factor) || lookup(sizeUnits, unit, false, &factor);
        break;
    case Kind::Time:
        known = lookup(timeUnits, unit, true, &factor);
        break;
    case Kind::Frequency:
        known = lookup(frequencyUnits, unit, true, &factor)
                || lookup(frequencyUnits, unit, false, &factor);
        break;
    case Kind::Bitrate:
        known = lookup(bitrateUnits, unit, true, &factor);
        break;
    }
    if (!known) {
        if (error)
            *error = QCoreApplication::translate("Types", "unknown unit '%1'").arg(unit);
        return false;
    }
    result->m_base = number * factor;
    result->m_kind = kind;
    return true;
}

} // namespace Topologist
