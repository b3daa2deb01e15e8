// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace Topologist {

// In Topologist:: so that the form's texts have the class's tr() context.
namespace Ui {
class PushChangesView;
}

struct Alien4CloudPushChanges;

/// What a push would change on the server: a headline ("Changes since the last push to <server>
/// on <date>", "First push of <archive> to <server>", "No changes since the last push..."),
/// and for changes the diff's summary line and one line per change, worded as
/// `topologist-cli diff` words them (DiffHumanReport).
class PushChangesView : public QWidget
{
    Q_OBJECT

public:
    explicit PushChangesView(QWidget *parent = nullptr);
    ~PushChangesView() override;

    void setChanges(const Alien4CloudPushChanges &changes);

    QString headline() const;
    QString summary() const;
    /// The change lines shown.
    QStringList lines() const;

private:
    void fitListWidth(int textWidth);

    std::unique_ptr<Ui::PushChangesView> m_ui;
};

} // namespace Topologist
