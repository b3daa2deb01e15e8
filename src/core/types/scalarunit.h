// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Topologist {

/// A TOSCA scalar-unit value (`4096 MB`, `0.1 GHz`, `30 s`) normalised to a base unit so that
/// values written in different units compare correctly (2 GB > 1500 MB).
class ScalarUnit
{
public:
    enum class Kind { Size, Time, Frequency, Bitrate };

    /// Kind for a TOSCA type name (`scalar-unit.size`); false when it is not a scalar-unit.
    static bool kindForType(const QString &type, Kind *kind);
    /// Parses `<number> <unit>` (space optional; units as TOSCA lists them, case-insensitive
    /// for sizes as Alien4Cloud accepts). False with a reason when it is not valid.
    static bool parse(const QString &text, Kind kind, ScalarUnit *result, QString *error = nullptr);

    /// The units of a kind, smallest first for sizes and bitrates, as TOSCA spells them.
    static QStringList units(Kind kind);
    /// The unit people mean most often (MB is what Alien4Cloud assumes for sizes).
    static QString usualUnit(Kind kind);
    /// Splits `4096 mb` into its number ("4096") and its unit as TOSCA spells it ("MB"), with
    /// the case rules of parse(); false when the text is not a number and a unit of `kind`.
    static bool split(const QString &text, Kind kind, QString *number, QString *unit);

    double baseValue() const { return m_base; }
    Kind kind() const { return m_kind; }

private:
    double m_base = 0;
    Kind m_kind = Kind::Size;
};

} // namespace Topologist
