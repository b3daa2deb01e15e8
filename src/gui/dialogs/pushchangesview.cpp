// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/pushchangesview.h"

#include "alien4cloud/alien4cloudpushchanges.h"
#include "diff/diffhumanreport.h"
#include "ui_pushchangesview.h"

#include <QFontDatabase>
#include <QScrollBar>

namespace Topologist {

namespace {

/// Rows the list shows before it scrolls: enough to see what a push does at a glance, few
/// enough to keep the dialog's buttons on a small screen.
constexpr int visibleRows = 6;
/// Characters of a change line the list makes room for, at most.
constexpr int widestLine = 90;

} // namespace

PushChangesView::PushChangesView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PushChangesView>())
{
    m_ui->setupUi(this);
    // Paths and values line up as in the CLI's report; the platform's fixed font is not
    // something a form can name.
    m_ui->changesList->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int rowHeight = m_ui->changesList->fontMetrics().height() + 2;
    m_ui->changesList->setMinimumHeight(visibleRows * rowHeight
                                        + 2 * m_ui->changesList->frameWidth());
    QFont bold = m_ui->changesHeadline->font();
    bold.setBold(true);
    m_ui->changesHeadline->setFont(bold);
}

PushChangesView::~PushChangesView() = default;

void PushChangesView::setChanges(const Alien4CloudPushChanges &changes)
{
    const bool changed = !changes.changes.isEmpty();
    m_ui->changesHeadline->setText(changes.headline());
    m_ui->changesSummary->setText(changed ? DiffHumanReport::summary(changes.changes) : QString());
    m_ui->changesSummary->setVisible(changed);
    m_ui->changesList->clear();
    int widest = 0;
    for (const Change &change : changes.changes) {
        auto *item = new QListWidgetItem(DiffHumanReport::detail(change), m_ui->changesList);
        item->setToolTip(item->text());
        widest = qMax(widest, m_ui->changesList->fontMetrics().horizontalAdvance(item->text()));
    }
    fitListWidth(widest);
    m_ui->changesList->setVisible(changed);
}

void PushChangesView::fitListWidth(int textWidth)
{
    // Wide enough for the lines, up to a limit; longer ones scroll.
    QListWidget *list = m_ui->changesList;
    const int limit = widestLine * list->fontMetrics().averageCharWidth();
    const int frame = 2 * list->frameWidth() + list->verticalScrollBar()->sizeHint().width();
    list->setMinimumWidth(qMin(textWidth, limit) + frame);
}

QString PushChangesView::headline() const
{
    return m_ui->changesHeadline->text();
}

QString PushChangesView::summary() const
{
    return m_ui->changesSummary->isHidden() ? QString() : m_ui->changesSummary->text();
}

QStringList PushChangesView::lines() const
{
    QStringList result;
    for (int row = 0; row < m_ui->changesList->count(); ++row)
        result << m_ui->changesList->item(row)->text();
    return result;
}

} // namespace Topologist
