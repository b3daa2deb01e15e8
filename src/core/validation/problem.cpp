// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/problem.h"

namespace Topologist {

QString Problem::toString() const
{
    QString text = location.toString() + QStringLiteral(": ") + severityName(severity)
                   + QStringLiteral(": ");
    if (!code.isEmpty())
        text += QLatin1Char('[') + code + QStringLiteral("] ");
    if (!node.isEmpty())
        text += node + QStringLiteral(": ");
    return text + message;
}

bool operator<(const Problem &a, const Problem &b)
{
    if (a.location != b.location)
        return a.location < b.location;
    if (a.code != b.code)
        return a.code < b.code;
    if (a.node != b.node)
        return a.node < b.node;
    return a.message < b.message;
}

} // namespace Topologist
