// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/sidebyside.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Topologist {

SideBySide::SideBySide(int panes, QWidget *parent)
    : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < panes; ++i) {
        auto *column = new QVBoxLayout;
        auto *title = new QLabel(this);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto *text = new QPlainTextEdit(this);
        text->setReadOnly(true);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        column->addWidget(title);
        column->addWidget(text, 1);
        row->addLayout(column, 1);
        m_titles.append(title);
        m_texts.append(text);
    }
}

QString SideBySide::shown(const QString &text)
{
    return text.isEmpty() ? tr("(none)") : text;
}

} // namespace Topologist
