// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/namechecklist.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QVBoxLayout>

namespace Topologist {

NameChecklist::NameChecklist(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_list->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    connect(m_filter, &QLineEdit::textChanged, this, &NameChecklist::applyFilter);
}

void NameChecklist::setNames(const QStringList &names, const QStringList &checked)
{
    m_list->clear();
    m_initial = checked;
    const QSet<QString> ticked(checked.cbegin(), checked.cend());
    const QSet<QString> given(names.cbegin(), names.cend());
    QStringList all = names;
    for (const QString &name : checked) {
        if (!given.contains(name))
            all << name;
    }
    for (const QString &name : std::as_const(all)) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    applyFilter(m_filter->text());
}

QStringList NameChecklist::checkedNames() const
{
    QSet<QString> ticked;
    QStringList added;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        ticked.insert(item->text());
        if (!m_initial.contains(item->text()))
            added << item->text();
    }
    // Names ticked from the start keep their order, so that an untouched list edits nothing.
    QStringList names;
    for (const QString &name : m_initial) {
        if (ticked.contains(name))
            names << name;
    }
    return names + added;
}

void NameChecklist::applyFilter(const QString &text)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setHidden(!item->text().contains(text, Qt::CaseInsensitive));
    }
}

} // namespace Topologist
