// SPDX-License-Identifier: GPL-3.0-or-later
#include "properties/editors/textvalueeditor.h"

#include "properties/valuetext.h"

#include <QHBoxLayout>
#include <QLineEdit>

namespace Topologist {

TextValueEditor::TextValueEditor(const Setup &setup, QWidget *box, QObject *parent)
    : ValueEditor(setup, parent)
    , m_line(new QLineEdit(box))
{
    m_line->setClearButtonEnabled(false);
    connect(m_line, &QLineEdit::textEdited, this, &ValueEditor::typed);
    connect(m_line, &QLineEdit::editingFinished, this, &ValueEditor::finished);
    static_cast<QHBoxLayout *>(box->layout())->addWidget(m_line);
}

QWidget *TextValueEditor::focusWidget() const
{
    return m_line;
}

QList<QWidget *> TextValueEditor::widgets() const
{
    return {m_line};
}

void TextValueEditor::display(const Value &value, const QString &placeholder)
{
    const QString text = value.isNull() ? QString() : value.text();
    if (m_line->text() != text) {
        m_line->setText(text);
        if (!m_line->hasFocus())
            m_line->setCursorPosition(0);
    }
    m_line->setPlaceholderText(placeholder);
}

Value TextValueEditor::value(bool *ok) const
{
    *ok = true;
    const QString text = m_line->text();
    if (text.isEmpty())
        return Value();
    return setup().primitive == QLatin1String("timestamp") ? Value::scalar(text)
                                                           : ValueText::stringScalar(text);
}

} // namespace Topologist
