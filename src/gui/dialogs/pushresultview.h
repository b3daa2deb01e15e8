// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4cloudpush.h"

#include <QWidget>

#include <memory>

namespace Topologist {

// In Topologist:: so that the form's texts have the class's tr() context.
namespace Ui {
class PushResultView;
}

/// How a push ended: the outcome in one line, the push's own message (which says what happened
/// and what to do), the server, the archives uploaded or already there, remarks, and a link to
/// the application's page when one was created. Problems the server reported are not listed
/// here but in the problems list, next to the validator's; a button leads there.
class PushResultView : public QWidget
{
    Q_OBJECT

public:
    explicit PushResultView(QWidget *parent = nullptr);
    ~PushResultView() override;

    void setResult(const Alien4CloudPush::Result &result, const QString &server);

    QString headline() const;
    QString message() const;
    /// The application link's rich text (an <a href>), empty when there is none.
    QString applicationLink() const;

signals:
    /// The user wants to see the problems the server reported.
    void showProblemsRequested();

private:
    std::unique_ptr<Ui::PushResultView> m_ui;
};

} // namespace Topologist
