// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Topologist {

/// What the outline's filter field asks for: every word must be in the node's name or type, or
/// match the name's humps ("msl" for MesosSlave).
class OutlineFilter
{
public:
    /// False when the text is the same as before (after trimming).
    bool setText(const QString &text);
    QString text() const { return m_text; }
    bool isActive() const { return !m_text.isEmpty(); }
    bool accepts(const QString &name, const QString &type) const;

private:
    QString m_text;
    QStringList m_words; ///< lower case
};

} // namespace Topologist
