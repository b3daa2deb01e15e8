// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace Topologist {

/// Read-only texts side by side under their titles (before | after; base | ours | theirs), in
/// the fixed-width font, for the values of a change or a conflict.
class SideBySide : public QWidget
{
    Q_OBJECT

public:
    SideBySide(int panes, QWidget *parent = nullptr);

    QLabel *title(int pane) const { return m_titles.value(pane); }
    QPlainTextEdit *text(int pane) const { return m_texts.value(pane); }

    /// `text`, or "(none)" for a value that is absent on that side.
    static QString shown(const QString &text);

private:
    QList<QLabel *> m_titles;
    QList<QPlainTextEdit *> m_texts;
};

} // namespace Topologist
