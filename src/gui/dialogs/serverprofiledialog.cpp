// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/serverprofiledialog.h"
#include "plaintext.h"

#include "alien4cloud/alien4cloudpasswordstore.h"
#include "statuscolors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Topologist {

ServerProfileDialog::ServerProfileDialog(const ServerProfile &profile, QWidget *parent)
    : QDialog(parent)
    , m_original(profile)
    , m_name(new QLineEdit(profile.name, this))
    , m_url(new QLineEdit(profile.server.baseUrl.toString(), this))
    , m_user(new QLineEdit(profile.server.userName, this))
    , m_certificate(new QLineEdit(profile.server.trustedCertificatePath, this))
    , m_browse(new QPushButton(tr("B&rowse…"), this))
    , m_remember(new QCheckBox(tr("&Remember the password"), this))
    , m_rememberNote(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("ServerProfileDialog"));
    setWindowTitle(profile.server.baseUrl.isEmpty() ? tr("Add Alien4Cloud Server")
                                                    : tr("Edit Alien4Cloud Server"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setPlaceholderText(tr("e.g. Staging (optional)"));
    m_url->setObjectName(QStringLiteral("profileUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://alien4cloud.example.org:8443"));
    m_url->setMinimumWidth(360);
    m_user->setObjectName(QStringLiteral("profileUser"));
    m_certificate->setObjectName(QStringLiteral("profileCertificate"));
    m_certificate->setPlaceholderText(tr("Only the system's certificate authorities"));
    m_certificate->setToolTip(
        tr("A PEM file with the certificate of a server that uses a self-signed one. It is "
           "trusted for this server only."));
    m_remember->setObjectName(QStringLiteral("profileRemember"));
    m_rememberNote->setObjectName(QStringLiteral("rememberNote"));
    m_rememberNote->setWordWrap(true);
    if (Alien4CloudPasswordStore::isCompiledIn()) {
        m_remember->setChecked(profile.rememberPassword);
        m_rememberNote->setText(
            tr("The password goes to the desktop's keyring, never to a file. Where no keyring "
               "is running, it is asked at each push."));
    } else {
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        m_rememberNote->setText(tr("This build of Topologist has no keyring support: the "
                                   "password is asked at each push, and never stored."));
    }
    m_problem->setObjectName(QStringLiteral("profileProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    StatusColors::showAsError(m_problem);

    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_certificate, 1);
    certificateRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&User:"), m_user);
    // A row whose field is a layout gets a label without buddy: the mnemonic needs one.
    auto *certificateLabel = new QLabel(tr("Trusted &certificate:"), this);
    certificateLabel->setBuddy(m_certificate);
    form->addRow(certificateLabel, certificateRow);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_rememberNote);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ServerProfileDialog::browseCertificate);
    for (QLineEdit *edit : {m_url, m_user, m_certificate})
        connect(edit, &QLineEdit::textChanged, this, &ServerProfileDialog::updateState);
    updateState();
}

ServerProfileDialog::~ServerProfileDialog() = default;

ServerProfile ServerProfileDialog::profile() const
{
    ServerProfile profile = m_original;
    profile.name = m_name->text().trimmed();
    // Without a scheme the address is https://: a guessed http:// would send the password in
    // clear.
    profile.server.baseUrl = Alien4CloudServer::urlFromText(m_url->text());
    profile.server.userName = m_user->text().trimmed();
    profile.server.trustedCertificatePath = m_certificate->text().trimmed();
    profile.rememberPassword = m_remember->isChecked();
    return profile;
}

QString ServerProfileDialog::problem() const
{
    if (m_url->text().trimmed().isEmpty())
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
    m_problem->setText(reason);
    m_problem->setVisible(!reason.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reason.isEmpty());
}

void ServerProfileDialog::browseCertificate()
{
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Trusted Certificate"),
                                                      m_certificate->text(),
                                                      tr("PEM certificates (*.pem *.crt);;All "
                                                         "files (*)"));
    if (!path.isEmpty())
        m_certificate->setText(path);
}

} // namespace Topologist
