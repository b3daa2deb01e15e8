// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/listsection.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Topologist {

ListSection::ListSection(const QString &title, QTreeWidget *list, QWidget *parent)
    : QWidget(parent)
    , m_list(list)
{
    list->setParent(this);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(title, this);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    // The panel shares its column with the property editor: a title must not widen it.
    label->setMinimumWidth(1);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bar->addWidget(label, 1);
    const auto button = [&](const QIcon &icon, const QString &tip, void (ListSection::*signal)()) {
        auto *b = new QToolButton(this);
        b->setIcon(icon);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, signal);
        bar->addWidget(b);
    };
    button(Icons::add(), tr("Add"), &ListSection::addRequested);
    button(Icons::rename(), tr("Edit"), &ListSection::editRequested);
    button(Icons::remove(), tr("Remove"), &ListSection::removeRequested);
    layout->addLayout(bar);
    layout->addWidget(list);
    connect(list, &QTreeWidget::itemActivated, this, &ListSection::editRequested);
}

QString ListSection::selectedName() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (!selected.isEmpty())
        return selected.first()->text(0);
    return m_list->currentItem() ? m_list->currentItem()->text(0) : QString();
}

} // namespace Topologist
