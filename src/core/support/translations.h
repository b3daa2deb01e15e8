// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QTranslator;

namespace Topologist {

/// Loads Topologist's own translation (embedded under :/i18n by topologist_add_translations())
/// for the user's languages into @p translator. When none of them is translated (English, the
/// "C" locale, a language nobody has translated yet) it loads the English plural forms instead,
/// so "%n nodes" reads "1 node" rather than "1 nodes". Returns false only when not even those
/// are embedded (an executable built without LinguistTools).
bool loadTopologistTranslation(QTranslator &translator, const QLocale &locale = QLocale());

} // namespace Topologist
