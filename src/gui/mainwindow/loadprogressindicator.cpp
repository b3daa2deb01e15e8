// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/loadprogressindicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace Topologist {

LoadProgressIndicator::LoadProgressIndicator(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("loadProgress"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(160);
    m_bar->setMaximumHeight(m_label->sizeHint().height());
    m_cancel->setObjectName(QStringLiteral("cancelOpenButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop opening the file; the open topology stays as it is"));
    m_cancel->setAutoRaise(true);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &LoadProgressIndicator::cancelRequested);
    m_delay.setSingleShot(true);
    m_delay.setInterval(showDelayMilliseconds);
    connect(&m_delay, &QTimer::timeout, this, &QWidget::show);
    hide();
}

void LoadProgressIndicator::begin(const QString &fileName)
{
    m_fileName = fileName;
    setProgress(LoadProgress());
    m_delay.start();
}

void LoadProgressIndicator::setProgress(const LoadProgress &progress)
{
    m_label->setText(tr("Opening %1: %2").arg(m_fileName, stepText(progress.step)));
    m_bar->setValue(progress.percent());
}

void LoadProgressIndicator::finish()
{
    m_delay.stop();
    hide();
}

QString LoadProgressIndicator::stepText(LoadProgress::Step step)
{
    switch (step) {
    case LoadProgress::Step::Reading:
        return tr("reading…");
    case LoadProgress::Step::Parsing:
        return tr("parsing…");
    case LoadProgress::Step::ResolvingTypes:
        return tr("resolving types…");
    case LoadProgress::Step::Validating:
        return tr("validating…");
    case LoadProgress::Step::Finished:
        break;
    }
    return tr("building the view…");
}

} // namespace Topologist
