// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/asciiwordname.h"

namespace Topologist {

QString asciiWordName(const QString &text, QString::NormalizationForm form)
{
    // Decomposed first, so that "é" becomes "e" plus a combining accent, which is dropped.
    const QString decomposed = text.normalized(form);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const bool word = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                          || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                          || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                          || c == QLatin1Char('_');
        result += word ? c : QLatin1Char('_');
    }
    return result;
}

} // namespace Topologist
