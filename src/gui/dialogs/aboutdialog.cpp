// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/aboutdialog.h"

#include "icons.h"
#include "ui_aboutdialog.h"

namespace Topologist {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(Icons::application().pixmap(64, 64));
    // The versions are filled in here: a form's texts are translated, and a version is not.
    m_ui->nameLabel->setText(m_ui->nameLabel->text().arg(QStringLiteral(TOPOLOGIST_VERSION)));
    m_ui->qtVersion->setText(m_ui->qtVersion->text().arg(QStringLiteral(QT_VERSION_STR),
                                                         QString::fromLatin1(qVersion())));
    m_ui->yamlCppVersion->setText(QStringLiteral(TOPOLOGIST_YAML_CPP_VERSION));
    m_ui->quazipVersion->setText(QStringLiteral(TOPOLOGIST_QUAZIP_VERSION));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;

} // namespace Topologist
