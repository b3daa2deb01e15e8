// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <ostream>

// gtest finds these by argument-dependent lookup (QString lives in the global namespace), so
// failures print text instead of byte dumps, and QStringList prints as a list of strings.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

inline void PrintTo(const QByteArray &bytes, std::ostream *os)
{
    *os << bytes.size() << " bytes \"" << bytes.left(64).toStdString()
        << (bytes.size() > 64 ? "...\"" : "\"");
}
