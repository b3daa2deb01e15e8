// SPDX-License-Identifier: GPL-3.0-or-later
#include "types/toscaversion.h"

#include <QRegularExpression>

namespace Topologist {

ToscaVersion::ToscaVersion(const QString &text)
    : m_text(text.trimmed())
{
    static const QRegularExpression separators(QStringLiteral("[.\\-]"));
    if (!m_text.isEmpty())
        m_segments = m_text.split(separators, Qt::SkipEmptyParts);
}

bool ToscaVersion::isValid(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\d+(?:\\.\\d+)*(?:[.\\-][\\p{L}\\p{N}]+)*$"));
    return pattern.match(text.trimmed()).hasMatch();
}

bool ToscaVersion::isStandard(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^\\d+(?:\\.\\d+(?:\\.\\d+(?:\\.(?<qualifier>[0-9A-Za-z]+)(?:-\\d+)?)?)?)?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    // A qualifier on 0.0.0 is no version at all (TOSCA 1.2, 3.2.2).
    return match.hasMatch()
           && !(match.hasCaptured(QStringLiteral("qualifier"))
                && text.trimmed().startsWith(QLatin1String("0.0.0.")));
}

int ToscaVersion::compareSegment(const QString &a, const QString &b)
{
    bool aNumeric = false;
    bool bNumeric = false;
    const qulonglong aValue = a.toULongLong(&aNumeric);
    const qulonglong bValue = b.toULongLong(&bNumeric);
    if (aNumeric && bNumeric)
        return aValue < bValue ? -1 : (aValue > bValue ? 1 : 0);
    // A numeric segment is newer than a qualifier (1.0.0 > 1.0.0-SNAPSHOT's "SNAPSHOT" slot is
    // compared against nothing, handled by the caller); two words compare alphabetically.
    if (aNumeric != bNumeric)
        return aNumeric ? 1 : -1;
    return QString::compare(a, b, Qt::CaseInsensitive);
}

int ToscaVersion::compare(const ToscaVersion &other) const
{
    const int common = int(qMin(m_segments.size(), other.m_segments.size()));
    for (int i = 0; i < common; ++i) {
        const int c = compareSegment(m_segments[i], other.m_segments[i]);
        if (c != 0)
            return c;
    }
    if (m_segments.size() == other.m_segments.size())
        return 0;
    return m_segments.size() < other.m_segments.size() ? -1 : 1;
}

bool ToscaVersion::matchesPrefix(const ToscaVersion &prefix) const
{
    if (prefix.m_segments.size() > m_segments.size())
        return false;
    for (int i = 0; i < prefix.m_segments.size(); ++i) {
        if (compareSegment(m_segments[i], prefix.m_segments[i]) != 0)
            return false;
    }
    return true;
}

} // namespace Topologist
