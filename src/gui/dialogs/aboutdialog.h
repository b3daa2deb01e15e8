// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Topologist {

// In Topologist:: so that the form's texts have the class's tr() context.
namespace Ui {
class AboutDialog;
}

/// Help > About: the application's icon, name and version, what it is for, the libraries it
/// was built with (and the Qt it runs on) and its license.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace Topologist
