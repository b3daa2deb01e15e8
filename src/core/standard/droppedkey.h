// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Topologist {

/// One key a standard TOSCA export left out, usually because only Alien4Cloud reads it: where
/// it was ("node_templates/MesosMaster", "node_types/org.alien4cloud.nodes.Marathon"), which key
/// and, when it is not just Alien4Cloud's, why.
struct DroppedKey
{
    QString element;
    QString key;
    QString reason;

    /// "node_templates/MesosMaster: tags", "... (reason)"
    QString toString() const
    {
        const QString text = element + QStringLiteral(": ") + key;
        return reason.isEmpty() ? text : text + QStringLiteral(" (") + reason + QLatin1Char(')');
    }

    friend bool operator==(const DroppedKey &a, const DroppedKey &b)
    {
        return a.element == b.element && a.key == b.key && a.reason == b.reason;
    }
};

using DroppedKeys = QList<DroppedKey>;

} // namespace Topologist
