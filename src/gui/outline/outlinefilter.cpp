// SPDX-License-Identifier: GPL-3.0-or-later
#include "outline/outlinefilter.h"

#include "palette/typematcher.h"

namespace Topologist {

bool OutlineFilter::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return false;
    m_text = trimmed;
    m_words = trimmed.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return true;
}

bool OutlineFilter::accepts(const QString &name, const QString &type) const
{
    for (const QString &word : m_words) {
        if (!name.contains(word, Qt::CaseInsensitive) && !type.contains(word, Qt::CaseInsensitive)
            && !TypeMatcher::matchesHumps(word, name))
            return false;
    }
    return true;
}

} // namespace Topologist
