// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/serverprofile.h"

#include <QDialog>

#include <memory>

namespace Topologist {

// In Topologist:: so that the form's texts have the class's tr() context.
namespace Ui {
class ServerProfileDialog;
}

/// Adds or edits one Alien4Cloud server profile: a label, the server's address, the user name,
/// an optional PEM certificate to trust for this server alone (a self-signed A4C), and whether
/// to keep the password in the keyring. OK stays disabled, with the reason shown, until the
/// profile can be used.
class ServerProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerProfileDialog(const ServerProfile &profile, QWidget *parent = nullptr);
    ~ServerProfileDialog() override;

    /// The profile as the fields describe it now.
    ServerProfile profile() const;
    /// Empty when the profile can be used, else what is wrong with it.
    QString problem() const;

private:
    void updateState();
    void browseCertificate();

    std::unique_ptr<Ui::ServerProfileDialog> m_ui;
    ServerProfile m_original;
};

} // namespace Topologist
