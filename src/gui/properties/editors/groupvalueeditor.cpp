// SPDX-License-Identifier: GPL-3.0-or-later
#include "properties/editors/groupvalueeditor.h"

#include "plaintext.h"
#include "types/typenames.h"

#include <QHBoxLayout>
#include <QLabel>

namespace Topologist {

GroupValueEditor::GroupValueEditor(const Setup &setup, QWidget *box, QObject *parent)
    : ValueEditor(setup, parent)
    , m_summary(new QLabel(box))
{
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setText(TypeNames::shortName(setup.type));
    m_summary->setToolTip(PlainText::toHtml(setup.type));
    static_cast<QHBoxLayout *>(box->layout())->addWidget(m_summary);
}

QWidget *GroupValueEditor::focusWidget() const
{
    return m_summary;
}

QList<QWidget *> GroupValueEditor::widgets() const
{
    return {m_summary};
}

Value GroupValueEditor::value(bool *ok) const
{
    *ok = true;
    return m_shown;
}

} // namespace Topologist
