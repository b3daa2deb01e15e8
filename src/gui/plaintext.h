// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Topologist {

/// Text from outside (type descriptions, node names, YAML values, file names, the server's
/// version and messages) shown as written where Qt guesses the format. Qt takes a tooltip or a
/// message box text for rich text as soon as something before its first line break looks like
/// a tag, so a description holding "<img src=...>" would load and render markup. Tooltips and
/// the static QMessageBox functions have no plain-text switch: their text is escaped and handed
/// over as explicit HTML instead. Labels simply use Qt::PlainText.
class PlainText
{
public:
    /// @p text escaped as one HTML paragraph (line breaks kept); empty stays empty, so no
    /// empty tooltip box appears.
    static QString toHtml(const QString &text);
};

} // namespace Topologist
