// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/sectionlist.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Topologist {

SectionList::SectionList(const QString &title, const QStringList &columns, QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
{
    m_list->setHeaderLabels(columns);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
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
    const auto button = [&](const QIcon &icon, const QString &tip, void (SectionList::*signal)()) {
        auto *b = new QToolButton(this);
        b->setIcon(icon);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, signal);
        bar->addWidget(b);
    };
    button(Icons::add(), tr("Add"), &SectionList::addRequested);
    button(Icons::rename(), tr("Edit"), &SectionList::editRequested);
    button(Icons::remove(), tr("Remove"), &SectionList::removeRequested);
    layout->addLayout(bar);
    layout->addWidget(m_list);
    connect(m_list, &QTreeWidget::itemActivated, this, &SectionList::editRequested);
}

QString SectionList::selectedName() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (!selected.isEmpty())
        return selected.first()->text(0);
    return m_list->currentItem() ? m_list->currentItem()->text(0) : QString();
}

bool SectionList::select(const QString &name)
{
    const QList<QTreeWidgetItem *> found = m_list->findItems(name, Qt::MatchExactly, 0);
    if (found.isEmpty())
        return false;
    m_list->setCurrentItem(found.front());
    m_list->scrollToItem(found.front());
    return true;
}

void SectionList::markProblems(QTreeWidgetItem *item, const Problems &problems)
{
    if (problems.isEmpty())
        return;
    Severity worst = problems.front().severity;
    QStringList messages;
    for (const Problem &problem : problems) {
        worst = std::min(worst, problem.severity);
        messages << problem.message;
    }
    item->setIcon(0, worst == Severity::Error ? Icons::error() : Icons::warning());
    for (int column = 0; column < item->columnCount(); ++column)
        item->setToolTip(column, messages.join(QLatin1Char('\n')));
}

} // namespace Topologist
