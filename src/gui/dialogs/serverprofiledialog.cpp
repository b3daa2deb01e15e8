// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/serverprofiledialog.h"
#include "plaintext.h"

#include "alien4cloud/alien4cloudpasswordstore.h"
#include "statuscolors.h"
#include "ui_serverprofiledialog.h"

#include <QFileDialog>
#include <QFileInfo>

namespace Topologist {

ServerProfileDialog::ServerProfileDialog(const ServerProfile &profile, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServerProfileDialog>())
    , m_original(profile)
{
    m_ui->setupUi(this);
    setWindowTitle(profile.server.baseUrl.isEmpty() ? tr("Add Alien4Cloud Server")
                                                    : tr("Edit Alien4Cloud Server"));
    m_ui->profileName->setText(profile.name);
    m_ui->profileUrl->setText(profile.server.baseUrl.toString());
    m_ui->profileUser->setText(profile.server.userName);
    m_ui->profileCertificate->setText(profile.server.trustedCertificatePath);
    if (Alien4CloudPasswordStore::isCompiledIn()) {
        m_ui->profileRemember->setChecked(profile.rememberPassword);
        m_ui->rememberNote->setText(
            tr("The password goes to the desktop's keyring, never to a file. Where no keyring "
               "is running, it is asked at each push."));
    } else {
        m_ui->profileRemember->setChecked(false);
        m_ui->profileRemember->setEnabled(false);
        m_ui->rememberNote->setText(tr("This build of Topologist has no keyring support: the "
                                       "password is asked at each push, and never stored."));
    }
    StatusColors::showAsError(m_ui->profileProblem);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(
        m_ui->browseButton, &QPushButton::clicked, this, &ServerProfileDialog::browseCertificate);
    for (QLineEdit *edit : {m_ui->profileUrl, m_ui->profileUser, m_ui->profileCertificate})
        connect(edit, &QLineEdit::textChanged, this, &ServerProfileDialog::updateState);
    updateState();
}

ServerProfileDialog::~ServerProfileDialog() = default;

ServerProfile ServerProfileDialog::profile() const
{
    ServerProfile profile = m_original;
    profile.name = m_ui->profileName->text().trimmed();
    // Without a scheme the address is https://: a guessed http:// would send the password in
    // clear.
    profile.server.baseUrl = Alien4CloudServer::urlFromText(m_ui->profileUrl->text());
    profile.server.userName = m_ui->profileUser->text().trimmed();
    profile.server.trustedCertificatePath = m_ui->profileCertificate->text().trimmed();
    profile.rememberPassword = m_ui->profileRemember->isChecked();
    return profile;
}

QString ServerProfileDialog::problem() const
{
    if (m_ui->profileUrl->text().trimmed().isEmpty())
        return tr("Enter the address of the Alien4Cloud server.");
    const ServerProfile current = profile();
    const QUrl &url = current.server.baseUrl;
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return tr("The address must start with http:// or https://.");
    if (!url.userInfo().isEmpty())
        return tr("Put the user name in its own field, and no password in the address.");
    const QString serverProblem = current.server.problem();
    if (!serverProblem.isEmpty())
        return serverProblem;
    if (current.server.userName.isEmpty())
        return tr("Enter the user name to log in with.");
    const QString certificate = current.server.trustedCertificatePath;
    if (!certificate.isEmpty() && !QFileInfo(certificate).isFile())
        return tr("The certificate file %1 does not exist.").arg(certificate);
    return QString();
}

void ServerProfileDialog::updateState()
{
    const QString reason = problem();
    m_ui->profileProblem->setText(reason);
    m_ui->profileProblem->setVisible(!reason.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(reason.isEmpty());
}

void ServerProfileDialog::browseCertificate()
{
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Trusted Certificate"),
                                                      m_ui->profileCertificate->text(),
                                                      tr("PEM certificates (*.pem *.crt);;All "
                                                         "files (*)"));
    if (!path.isEmpty())
        m_ui->profileCertificate->setText(path);
}

} // namespace Topologist
