// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recovery/recoveryentry.h"

#include <QDialog>

#include <memory>

namespace Topologist {

// In Topologist:: so that the form's texts have the class's tr() context.
namespace Ui {
class RecoveryDialog;
}

/// Asked at start-up for each document a crashed or killed session left unsaved: restore it
/// (it opens modified, bound to its file), compare it with the file on disk (a line diff shown
/// in the dialog), discard it, or decide later (it is offered again at the next start).
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Restore, Discard, Later };

    explicit RecoveryDialog(const RecoveryEntry &entry, QWidget *parent = nullptr);
    ~RecoveryDialog() override;

    Choice choice() const { return m_choice; }
    /// The diff of the file on disk against the recovered version ("- " disk, "+ " recovered);
    /// filled the first time Compare is pressed.
    QString comparison() const;

private:
    void showComparison();

    std::unique_ptr<Ui::RecoveryDialog> m_ui;
    RecoveryEntry m_entry;
    Choice m_choice = Choice::Later;
};

} // namespace Topologist
