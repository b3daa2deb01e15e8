// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/pushprogressview.h"
#include "plaintext.h"

#include "alien4cloud/alien4cloudpush.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

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
    , m_title(new QLabel(tr("Pushing to Alien4Cloud…"), this))
    , m_steps(new QTreeWidget(this))
    , m_uploadLabel(new QLabel(this))
    , m_upload(new QProgressBar(this))
{
    setObjectName(QStringLiteral("PushProgressView"));
    m_steps->setObjectName(QStringLiteral("pushSteps"));
    m_steps->setColumnCount(2);
    m_steps->setHeaderLabels({tr("Step"), tr("Result")});
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->header()->setStretchLastSection(true);
    m_steps->header()->resizeSection(0, 340);
    m_uploadLabel->setObjectName(QStringLiteral("uploadLabel"));
    // The server's address and the archives' names come from outside.
    m_title->setTextFormat(Qt::PlainText);
    m_uploadLabel->setTextFormat(Qt::PlainText);
    m_upload->setObjectName(QStringLiteral("uploadProgress"));
    m_upload->setRange(0, 100);
    m_upload->setValue(0);
    m_upload->setFormat(tr("%p %"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_uploadLabel);
    layout->addWidget(m_upload);
    m_uploadLabel->hide();
    m_upload->hide();
}

PushProgressView::~PushProgressView() = default;

void PushProgressView::setPush(Alien4CloudPush *push)
{
    if (m_push)
        disconnect(m_push, nullptr, this, nullptr);
    m_push = push;
    m_steps->clear();
    m_upload->hide();
    m_uploadLabel->hide();
    m_upload->setValue(0);
    if (!push)
        return;
    m_title->setText(tr("Pushing to %1…").arg(push->server().displayUrl()));
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
    while (m_steps->topLevelItemCount() <= index)
        m_steps->addTopLevelItem(new QTreeWidgetItem(m_steps));
    // A new step sends its own archive, if any: the bar starts over.
    m_upload->setValue(0);
    m_uploadLabel->hide();
    m_upload->hide();
    updateStep(index);
    m_steps->scrollToItem(m_steps->topLevelItem(index));
}

void PushProgressView::updateStep(int index)
{
    if (!m_push || index < 0 || index >= m_push->steps().size()
        || index >= m_steps->topLevelItemCount())
        return;
    const Alien4CloudPush::Step &step = m_push->steps().at(index);
    QTreeWidgetItem *item = m_steps->topLevelItem(index);
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
    m_upload->setValue(int(qBound(qint64(0), sent * 100 / total, qint64(100))));
    const QString label
        = m_push && !m_push->steps().isEmpty() ? m_push->steps().last().label : tr("Uploading");
    m_uploadLabel->setText(tr("%1: %2 of %3 KiB").arg(label).arg(sent / 1024).arg(total / 1024));
    m_uploadLabel->show();
    m_upload->show();
}

} // namespace Topologist
