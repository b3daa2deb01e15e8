// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QProgressBar;
class QTreeWidget;

namespace Topologist {

// In Topologist:: so that the form's texts have the class's tr() context.
namespace Ui {
class PushProgressView;
}

class Alien4CloudPush;

/// The steps of a running push, one row each with its state and what came of it, and a bar
/// for the archive being sent. It follows the push's signals only: the push owns the state.
class PushProgressView : public QWidget
{
    Q_OBJECT

public:
    explicit PushProgressView(QWidget *parent = nullptr);
    ~PushProgressView() override;

    /// Follows `push` (null: none), showing the steps it already has.
    void setPush(Alien4CloudPush *push);

    QTreeWidget *stepList() const;
    QProgressBar *uploadBar() const;

private:
    void addStep(int index);
    void updateStep(int index);
    void updateUpload(qint64 sent, qint64 total);

    std::unique_ptr<Ui::PushProgressView> m_ui;
    QPointer<Alien4CloudPush> m_push;
};

} // namespace Topologist
