// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Topologist {

/// `text` as a name Alien4Cloud accepts (^\w+$ in ASCII): accents dropped after decomposing with
/// `form`, every other character that is not an ASCII letter, digit or '_' replaced by '_'.
/// Empty for empty text; callers pick their own fallback.
QString asciiWordName(const QString &text, QString::NormalizationForm form);

} // namespace Topologist
