// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/translations.h"

#include <QTranslator>

namespace Topologist {

bool loadTopologistTranslation(QTranslator &translator, const QLocale &locale)
{
    const QString directory = QStringLiteral(":/i18n");
    const QString name = QStringLiteral("topologist");
    if (translator.load(locale, name, QStringLiteral("_"), directory))
        return true;
    // topologist_en holds only the numerus messages; every other string is its own source text.
    return translator.load(name + QStringLiteral("_en"), directory);
}

} // namespace Topologist
