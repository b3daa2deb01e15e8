// SPDX-License-Identifier: GPL-3.0-or-later
#include "properties/collapsiblesection.h"
#include "plaintext.h"
#include "statuscolors.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Topologist {

namespace {

constexpr int SubIndent = 14;

} // namespace

CollapsibleSection::CollapsibleSection(const QString &title, Level level, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_header = new QWidget(this);
    auto *headerLayout = new QHBoxLayout(m_header);
    headerLayout->setSpacing(4);
    m_toggle = new QToolButton(m_header);
    m_toggle->setText(title);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::DownArrow);
    m_toggle->setAutoRaise(true);
    // Tab goes from field to field; the mouse (or the section's title) folds.
    m_toggle->setFocusPolicy(Qt::NoFocus);
    QFont font = m_toggle->font();
    font.setBold(true);
    m_toggle->setFont(font);
    m_subtitle = new QLabel(m_header);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::NoTextInteraction);
    // A long subtitle is cut, rather than making a narrow dock scroll sideways.
    m_subtitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_subtitle->setMinimumWidth(0);
    headerLayout->addWidget(m_toggle);
    headerLayout->addWidget(m_subtitle, 1);
    if (level == Level::Top) {
        headerLayout->setContentsMargins(2, 1, 6, 1);
        m_header->setAutoFillBackground(true);
        m_header->setBackgroundRole(QPalette::Button);
    } else {
        headerLayout->setContentsMargins(SubIndent - 6, 0, 6, 0);
        m_toggle->setIconSize(QSize(10, 10));
    }
    layout->addWidget(m_header);

    m_body = new QWidget(this);
    m_grid = new QGridLayout(m_body);
    if (level == Level::Top)
        m_grid->setContentsMargins(10, 6, 6, 8);
    else
        m_grid->setContentsMargins(SubRowOffset, 2, 0, 6);
    m_grid->setHorizontalSpacing(6);
    m_grid->setVerticalSpacing(3);
    m_grid->setColumnStretch(1, 1);
    layout->addWidget(m_body);

    // Not a checkable button: a checked tool button draws a sunken frame around the title.
    connect(m_toggle, &QToolButton::clicked, this, [this] { setExpanded(!m_expanded); });
}

int CollapsibleSection::nextRow() const
{
    // rowCount() is at least 1 even when empty.
    return m_grid->count() == 0 ? 0 : m_grid->rowCount();
}

bool CollapsibleSection::isExpanded() const
{
    return m_expanded;
}

void CollapsibleSection::setExpanded(bool expanded)
{
    if (m_expanded == expanded)
        return;
    m_expanded = expanded;
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(expanded);
    emit expandedChanged(expanded);
}

void CollapsibleSection::setSubtitle(const QString &text)
{
    m_subtitle->setText(text);
}

void CollapsibleSection::setTitleToolTip(const QString &tip)
{
    m_toggle->setToolTip(PlainText::toHtml(tip));
    m_subtitle->setToolTip(PlainText::toHtml(tip));
}

void CollapsibleSection::setMessage(const QString &message, bool error)
{
    if (message.isEmpty()) {
        if (m_message)
            m_message->hide();
        return;
    }
    if (!m_message) {
        m_message = new QLabel(this);
        m_message->setTextFormat(Qt::PlainText);
        m_message->setWordWrap(true);
        m_message->setMinimumWidth(1);
        m_message->setContentsMargins(SubIndent + 10, 0, 6, 2);
        static_cast<QVBoxLayout *>(layout())->insertWidget(1, m_message);
    }
    if (error)
        StatusColors::showAsError(m_message);
    else
        StatusColors::showAsWarning(m_message);
    m_message->setText(message);
    m_message->show();
}

QString CollapsibleSection::message() const
{
    return m_message && !m_message->isHidden() ? m_message->text() : QString();
}

} // namespace Topologist
