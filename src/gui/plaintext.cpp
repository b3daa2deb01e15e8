// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintext.h"

#include <QTextDocument>

namespace Topologist {

QString PlainText::toHtml(const QString &text)
{
    if (text.isEmpty())
        return text;
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace Topologist
