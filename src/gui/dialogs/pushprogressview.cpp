// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/pushprogressview.h"
#include "plaintext.h"

#include "alien4cloud/alien4cloudpush.h"
#include "ui_pushprogressview.h"

#include <QStyle>

namespace Topologist {

namespace {

using StepState = Alien4CloudPush::StepState;

QIcon stateIcon(const QStyle *style, StepState state)
{
    switch (state) {
    case StepState::Running:
        return style->standardIcon(QStyle::SP_MediaPlay);
    case StepState::Done:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case StepState::Skipped:
        return style->standardIcon(QStyle::SP_MediaSkipForward);
    case StepState::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case StepState::Canceled:
        return style->standardIcon(QStyle::SP_DialogCancelButton);
    }
    return QIcon();
}

QString stateText(StepState state)
{
    switch (state) {
    case StepState::Running:
        return PushProgressView::tr("running");
    case StepState::Done:
        return PushProgressView::tr("done");
    case StepState::Skipped:
        return PushProgressView::tr("skipped");
    case StepState::Failed:
        return PushProgressView::tr("failed");
    case StepState::Canceled:
        return PushProgressView::tr("canceled");
    }
    return QString();
}

} // namespace

PushProgressView::PushProgressView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PushProgressView>())
{
    // The form shows the title and the upload label as plain text: the server's address and
    // the archives' names come from outside.
    m_ui->setupUi(this);
    // A form sets every section's default size; only the first is meant.
    m_ui->pushSteps->header()->resizeSection(0, 340);
}

PushProgressView::~PushProgressView() = default;

QTreeWidget *PushProgressView::stepList() const
{
    return m_ui->pushSteps;
}

QProgressBar *PushProgressView::uploadBar() const
{
    return m_ui->uploadProgress;
}

void PushProgressView::setPush(Alien4CloudPush *push)
{
    if (m_push)
        disconnect(m_push, nullptr, this, nullptr);
    m_push = push;
    m_ui->pushSteps->clear();
    m_ui->uploadProgress->hide();
    m_ui->uploadLabel->hide();
    m_ui->uploadProgress->setValue(0);
    if (!push)
        return;
    m_ui->title->setText(tr("Pushing to %1…").arg(push->server().displayUrl()));
    connect(push, &Alien4CloudPush::stepAdded, this, &PushProgressView::addStep);
    connect(push, &Alien4CloudPush::stepChanged, this, &PushProgressView::updateStep);
    connect(push, &Alien4CloudPush::uploadProgress, this, &PushProgressView::updateUpload);
    for (int i = 0; i < push->steps().size(); ++i)
        addStep(i);
}

void PushProgressView::addStep(int index)
{
    if (!m_push || index < 0 || index >= m_push->steps().size())
        return;
    while (m_ui->pushSteps->topLevelItemCount() <= index)
        m_ui->pushSteps->addTopLevelItem(new QTreeWidgetItem(m_ui->pushSteps));
    // A new step sends its own archive, if any: the bar starts over.
    m_ui->uploadProgress->setValue(0);
    m_ui->uploadLabel->hide();
    m_ui->uploadProgress->hide();
    updateStep(index);
    m_ui->pushSteps->scrollToItem(m_ui->pushSteps->topLevelItem(index));
}

void PushProgressView::updateStep(int index)
{
    if (!m_push || index < 0 || index >= m_push->steps().size()
        || index >= m_ui->pushSteps->topLevelItemCount())
        return;
    const Alien4CloudPush::Step &step = m_push->steps().at(index);
    QTreeWidgetItem *item = m_ui->pushSteps->topLevelItem(index);
    item->setIcon(0, stateIcon(style(), step.state));
    item->setText(0, step.text());
    item->setToolTip(0, stateText(step.state));
    item->setText(1,
                  step.detail.isEmpty() && step.state != StepState::Running ? stateText(step.state)
                                                                            : step.detail);
    // The detail may be the server's own words (its version string, its error message).
    item->setToolTip(1, PlainText::toHtml(step.detail));
    item->setData(0, Qt::UserRole, int(step.state));
}

void PushProgressView::updateUpload(qint64 sent, qint64 total)
{
    if (total <= 0)
        return;
    m_ui->uploadProgress->setValue(int(qBound(qint64(0), sent * 100 / total, qint64(100))));
    const QString label
        = m_push && !m_push->steps().isEmpty() ? m_push->steps().last().label : tr("Uploading");
    m_ui->uploadLabel->setText(
        tr("%1: %2 of %3 KiB").arg(label).arg(sent / 1024).arg(total / 1024));
    m_ui->uploadLabel->show();
    m_ui->uploadProgress->show();
}

} // namespace Topologist
