// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loading/loadprogress.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Topologist {

/// The status bar's sign that a file is opening: what is being opened, how far (the load's
/// step and a bar) and a Cancel button. It appears only once the load has taken
/// showDelayMilliseconds, so a small file opens without anything flashing, and it never blocks
/// the window: the user can go on looking at (and editing) the open topology meanwhile.
class LoadProgressIndicator : public QWidget
{
    Q_OBJECT

public:
    static constexpr int showDelayMilliseconds = 400;

    explicit LoadProgressIndicator(QWidget *parent = nullptr);

    /// A load of @p fileName began: shown after the delay unless finish() comes first.
    void begin(const QString &fileName);
    void setProgress(const LoadProgress &progress);
    /// The load ended, however: hidden at once.
    void finish();

    static QString stepText(LoadProgress::Step step);

signals:
    void cancelRequested();

private:
    QTimer m_delay;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    QString m_fileName;
};

} // namespace Topologist
