// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/pushdialog.h"

#include "dialogs/pushprogressview.h"
#include "dialogs/pushresultview.h"
#include "dialogs/serverprofiledialog.h"
#include "dialogs/serverprofilestore.h"
#include "statuscolors.h"
#include "topologydocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Topologist {

namespace {

using Status = Alien4CloudPasswordStore::Status;
using Outcome = Alien4CloudPush::Outcome;

bool sameAccount(const ServerProfile &a, const ServerProfile &b)
{
    return Alien4CloudPasswordStore::keyFor(a.server) == Alien4CloudPasswordStore::keyFor(b.server);
}

} // namespace

PushDialog::PushDialog(TopologyDocument *document,
                       Alien4CloudPasswordStore::Backend keyring,
                       QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_passwords(new Alien4CloudPasswordStore(keyring, this))
    , m_pages(new QStackedWidget(this))
    , m_profileCombo(new QComboBox(this))
    , m_addProfile(new QPushButton(tr("&Add…"), this))
    , m_editProfile(new QPushButton(tr("&Edit…"), this))
    , m_removeProfile(new QPushButton(tr("&Remove"), this))
    , m_profileDetails(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_keyringNote(new QLabel(this))
    , m_insecure(new QCheckBox(this))
    , m_application(new QGroupBox(tr("Create an &application from the topology"), this))
    , m_applicationName(new QLineEdit(this))
    , m_applicationId(new QLineEdit(this))
    , m_force(new QCheckBox(tr("Push despite &validation errors"), this))
    , m_setupError(new QLabel(this))
    , m_progress(new PushProgressView(this))
    , m_result(new PushResultView(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_pushButton(m_buttons->addButton(tr("&Push"), QDialogButtonBox::ActionRole))
    , m_cancelPushButton(m_buttons->addButton(tr("&Cancel Push"), QDialogButtonBox::ActionRole))
    , m_againButton(m_buttons->addButton(tr("Push &Again…"), QDialogButtonBox::ActionRole))
    , m_closeButton(m_buttons->addButton(QDialogButtonBox::Close))
{
    setObjectName(QStringLiteral("PushDialog"));
    setWindowTitle(tr("Push to Alien4Cloud"));
    setMinimumWidth(560);

    auto *setup = new QWidget(this);
    buildSetupPage(setup);
    m_pages->addWidget(setup);
    m_pages->addWidget(m_progress);
    m_pages->addWidget(m_result);

    m_pushButton->setObjectName(QStringLiteral("pushButton"));
    m_cancelPushButton->setObjectName(QStringLiteral("cancelPushButton"));
    m_againButton->setObjectName(QStringLiteral("againButton"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    connect(m_pushButton, &QPushButton::clicked, this, &PushDialog::startPush);
    connect(m_cancelPushButton, &QPushButton::clicked, this, &PushDialog::cancelPush);
    connect(m_againButton, &QPushButton::clicked, this, [this] { setPage(SetupPage); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PushDialog::reject);
    connect(m_result, &PushResultView::showProblemsRequested, this, [this] {
        emit showProblemsRequested();
        reject();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);

    loadProfiles();
    setPage(SetupPage);
}

PushDialog::~PushDialog()
{
    // The push is a child and goes with the dialog; the keyring must not see a password that
    // outlives it.
    m_pushPassword.clear();
}

void PushDialog::buildSetupPage(QWidget *page)
{
    m_profileCombo->setObjectName(QStringLiteral("profiles"));
    m_profileCombo->setMinimumContentsLength(28);
    m_addProfile->setObjectName(QStringLiteral("addProfile"));
    m_editProfile->setObjectName(QStringLiteral("editProfile"));
    m_removeProfile->setObjectName(QStringLiteral("removeProfile"));
    m_profileDetails->setObjectName(QStringLiteral("profileDetails"));
    // The profile's user and address, the keyring's error: text from outside.
    for (QLabel *label : {m_profileDetails, m_keyringNote, m_setupError})
        label->setTextFormat(Qt::PlainText);
    m_profileDetails->setStyleSheet(QStringLiteral("color: palette(mid)"));
    m_profileDetails->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_keyringNote->setObjectName(QStringLiteral("keyringNote"));
    m_keyringNote->setWordWrap(true);
    m_application->setObjectName(QStringLiteral("createApplication"));
    m_application->setCheckable(true);
    m_application->setChecked(false);
    m_applicationName->setObjectName(QStringLiteral("applicationName"));
    m_applicationId->setObjectName(QStringLiteral("applicationId"));
    m_applicationId->setToolTip(tr("Alien4Cloud's id for the application: letters, digits and "
                                   "underscores. Derived from the name until you change it."));
    m_force->setObjectName(QStringLiteral("force"));
    m_force->setToolTip(tr("Send the topology even though Topologist's validator found errors "
                           "in it. Alien4Cloud is likely to refuse it."));
    m_setupError->setObjectName(QStringLiteral("setupError"));
    m_setupError->setWordWrap(true);
    StatusColors::showAsError(m_setupError);
    m_setupError->hide();

    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileCombo, 1);
    profileRow->addWidget(m_addProfile);
    profileRow->addWidget(m_editProfile);
    profileRow->addWidget(m_removeProfile);
    auto *form = new QFormLayout;
    // A row whose field is a layout gets a label without buddy: the mnemonic needs one.
    auto *serverLabel = new QLabel(tr("&Server:"), this);
    serverLabel->setBuddy(m_profileCombo);
    form->addRow(serverLabel, profileRow);
    form->addRow(QString(), m_profileDetails);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_keyringNote);
    m_insecure->setObjectName(QStringLiteral("allowInsecureHttp"));
    m_insecure->hide();
    form->addRow(QString(), m_insecure);

    auto *applicationForm = new QFormLayout(m_application);
    applicationForm->addRow(tr("&Name:"), m_applicationName);
    applicationForm->addRow(tr("&Id:"), m_applicationId);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_application);
    layout->addWidget(m_force);
    layout->addWidget(m_setupError);
    layout->addStretch(1);

    if (m_document) {
        const QString name = m_document->archive().name.isEmpty()
                                 ? QFileInfo(m_document->displayName()).completeBaseName()
                                 : m_document->archive().name;
        m_applicationName->setText(name);
        m_applicationId->setText(Alien4CloudPush::defaultApplicationId(name));
    }
    connect(m_applicationName, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (!m_idEdited)
            m_applicationId->setText(Alien4CloudPush::defaultApplicationId(name));
    });
    connect(m_applicationId, &QLineEdit::textEdited, this, [this] { m_idEdited = true; });
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &PushDialog::profileSelected);
    connect(m_addProfile, &QPushButton::clicked, this, [this] { editProfile(-1); });
    connect(m_editProfile, &QPushButton::clicked, this, [this] { editProfile(currentProfile()); });
    connect(
        m_removeProfile, &QPushButton::clicked, this, [this] { removeProfile(currentProfile()); });
}

void PushDialog::loadProfiles()
{
    QSettings settings;
    m_profiles = ServerProfileStore::load(settings);
    const QString last = ServerProfileStore::lastUsed(settings);
    int select = m_profiles.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles[i].label() == last)
            select = i;
    }
    refreshProfileCombo(select);
}

void PushDialog::saveProfiles()
{
    QSettings settings;
    ServerProfileStore::save(settings, m_profiles);
}

void PushDialog::refreshProfileCombo(int select)
{
    {
        const QSignalBlocker blocker(m_profileCombo);
        m_profileCombo->clear();
        for (const ServerProfile &profile : std::as_const(m_profiles))
            m_profileCombo->addItem(profile.label());
        if (m_profiles.isEmpty())
            m_profileCombo->setPlaceholderText(tr("No server yet: add one"));
        m_profileCombo->setCurrentIndex(select);
    }
    profileSelected();
}

int PushDialog::currentProfile() const
{
    const int index = m_profileCombo->currentIndex();
    return index >= 0 && index < m_profiles.size() ? index : -1;
}

void PushDialog::setCurrentProfile(int index)
{
    m_profileCombo->setCurrentIndex(index);
}

void PushDialog::addProfile(const ServerProfile &profile)
{
    m_profiles.append(profile);
    saveProfiles();
    refreshProfileCombo(int(m_profiles.size()) - 1);
}

void PushDialog::replaceProfile(int index, const ServerProfile &profile)
{
    if (index < 0 || index >= m_profiles.size())
        return;
    const ServerProfile old = m_profiles[index];
    // A password kept for an account the profile no longer remembers, or no longer uses, goes.
    if (old.rememberPassword && (!profile.rememberPassword || !sameAccount(old, profile)))
        m_passwords->remove(old.server, [](Status) {});
    m_profiles[index] = profile;
    saveProfiles();
    refreshProfileCombo(index);
}

void PushDialog::removeProfile(int index)
{
    if (index < 0 || index >= m_profiles.size())
        return;
    if (m_profiles[index].rememberPassword)
        m_passwords->remove(m_profiles[index].server, [](Status) {});
    m_profiles.removeAt(index);
    saveProfiles();
    refreshProfileCombo(m_profiles.isEmpty() ? -1 : qMin(index, int(m_profiles.size()) - 1));
}

void PushDialog::editProfile(int index)
{
    ServerProfile profile;
    if (index >= 0 && index < m_profiles.size())
        profile = m_profiles[index];
    else
        index = -1;
    auto *dialog = new ServerProfileDialog(profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, index] {
        if (index < 0)
            addProfile(dialog->profile());
        else
            replaceProfile(index, dialog->profile());
    });
    dialog->open();
}

void PushDialog::profileSelected()
{
    const int index = currentProfile();
    m_editProfile->setEnabled(index >= 0);
    m_removeProfile->setEnabled(index >= 0);
    m_password->clear();
    setSetupError(QString());
    // Consent is given for one server, knowingly: it never carries over to another profile.
    m_insecure->setChecked(false);
    m_insecure->setVisible(index >= 0 && !m_profiles[index].server.isHttps());
    if (index >= 0)
        m_insecure->setText(
            tr("Send the password of %1 unencrypted: %2 is plain http://, so "
               "anyone on the network can read the password and the session.")
                .arg(m_profiles[index].server.userName, m_profiles[index].server.displayUrl()));
    if (index < 0) {
        m_profileDetails->setText(tr("Add the Alien4Cloud server to push to."));
        m_keyringNote->clear();
        return;
    }
    const ServerProfile &profile = m_profiles[index];
    QString details = tr("%1 at %2").arg(profile.server.userName, profile.server.displayUrl());
    if (!profile.server.trustedCertificatePath.isEmpty())
        details += QLatin1Char('\n')
                   + tr("Also trusts %1")
                         .arg(QFileInfo(profile.server.trustedCertificatePath).fileName());
    m_profileDetails->setText(details);
    updateKeyringNote();
    if (!profile.rememberPassword || m_keyringUnavailable)
        return;
    const QString key = Alien4CloudPasswordStore::keyFor(profile.server);
    m_keyringNote->setText(tr("Asking the keyring for the password…"));
    m_passwords->read(profile.server, [this, key](Status status, const QString &password) {
        const int current = currentProfile();
        if (current < 0 || Alien4CloudPasswordStore::keyFor(m_profiles[current].server) != key)
            return; // the user picked another profile meanwhile
        if (status == Status::Ok && m_password->text().isEmpty())
            m_password->setText(password);
        if (status == Status::Unavailable)
            m_keyringUnavailable = true;
        updateKeyringNote();
        if (status == Status::Ok)
            m_keyringNote->setText(tr("Password taken from the keyring."));
        else if (status == Status::NotFound)
            m_keyringNote->setText(tr("No password in the keyring yet: it is stored there after "
                                      "the next successful login."));
        else if (status == Status::Failed)
            m_keyringNote->setText(tr("The keyring did not give the password (%1); enter it.")
                                       .arg(m_passwords->lastError()));
    });
}

void PushDialog::updateKeyringNote()
{
    const int index = currentProfile();
    if (index < 0) {
        m_keyringNote->clear();
        return;
    }
    if (!Alien4CloudPasswordStore::isCompiledIn()) {
        m_keyringNote->setText(tr("This build has no keyring support: the password is asked at "
                                  "each push and never stored."));
    } else if (!m_profiles[index].rememberPassword) {
        m_keyringNote->setText(
            tr("The password is not remembered for this server (see Edit…): it is asked at each "
               "push and never stored."));
    } else if (m_keyringUnavailable) {
        m_keyringNote->setText(tr("No keyring is available on this desktop: the password is "
                                  "asked at each push and never written to disk."));
    } else {
        m_keyringNote->setText(tr("The password is kept in the desktop's keyring."));
    }
}

void PushDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void PushDialog::setCreateApplication(bool create)
{
    m_application->setChecked(create);
}

void PushDialog::setApplicationName(const QString &name)
{
    m_applicationName->setText(name);
}

QString PushDialog::applicationId() const
{
    return m_applicationId->text().trimmed();
}

void PushDialog::setApplicationId(const QString &id)
{
    m_idEdited = true;
    m_applicationId->setText(id);
}

void PushDialog::setForce(bool force)
{
    m_force->setChecked(force);
}

void PushDialog::setAllowInsecureHttp(bool allow)
{
    m_insecure->setChecked(allow);
}

Alien4CloudPush::Options PushDialog::options() const
{
    Alien4CloudPush::Options options;
    if (m_application->isChecked()) {
        options.applicationName = m_applicationName->text().trimmed();
        options.applicationId = applicationId();
    }
    options.force = m_force->isChecked();
    return options;
}

PushDialog::Page PushDialog::page() const
{
    return Page(m_pages->currentIndex());
}

void PushDialog::setPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
    m_pushButton->setVisible(page == SetupPage);
    m_cancelPushButton->setVisible(page == ProgressPage);
    m_againButton->setVisible(page == ResultPage);
    m_closeButton->setVisible(page != ProgressPage);
    if (page == SetupPage)
        m_pushButton->setDefault(true);
    else if (page == ResultPage)
        m_closeButton->setDefault(true);
}

QString PushDialog::setupError() const
{
    return m_setupError->isHidden() ? QString() : m_setupError->text();
}

void PushDialog::setSetupError(const QString &text)
{
    m_setupError->setText(text);
    m_setupError->setVisible(!text.isEmpty());
}

bool PushDialog::isRunning() const
{
    return m_push && m_push->isRunning();
}

bool PushDialog::startPush()
{
    if (isRunning())
        return false;
    if (!m_document) {
        setSetupError(tr("The topology was closed."));
        return false;
    }
    const int index = currentProfile();
    if (index < 0) {
        setSetupError(tr("Add the Alien4Cloud server to push to first (Add…)."));
        return false;
    }
    const ServerProfile profile = m_profiles[index];
    const QString problem = profile.server.problem();
    if (!problem.isEmpty()) {
        setSetupError(problem);
        return false;
    }
    Alien4CloudServer server = profile.server;
    if (!server.isHttps()) {
        if (!m_insecure->isChecked()) {
            setSetupError(tr("%1 is plain http://: the password would travel unencrypted. Use "
                             "the server's https:// address (Edit…), or confirm above that you "
                             "accept sending it in clear.")
                              .arg(server.displayUrl()));
            return false;
        }
        server.allowInsecureHttp = true;
    }
    const QString password = m_password->text();
    if (password.isEmpty()) {
        setSetupError(tr("Enter the password of %1 at %2.")
                          .arg(profile.server.userName, profile.server.displayUrl()));
        m_password->setFocus();
        return false;
    }
    const Alien4CloudPush::Options pushOptions = options();
    if (m_application->isChecked() && pushOptions.applicationName.isEmpty()) {
        setSetupError(tr("Give the application a name, or do not create one."));
        return false;
    }
    setSetupError(QString());

    if (m_push)
        m_push->deleteLater();
    m_push = new Alien4CloudPush(server, this);
    connect(m_push, &Alien4CloudPush::finished, this, &PushDialog::onPushFinished);
    m_progress->setPush(m_push);
    m_pushProfile = profile;
    // Held only until the keyring has it, and only if the profile wants it kept.
    m_pushPassword = profile.rememberPassword ? password : QString();
    {
        QSettings settings;
        ServerProfileStore::setLastUsed(settings, profile.label());
    }
    // What the server said about the previous push no longer holds.
    m_document->clearServerProblems();
    setPage(ProgressPage);
    emit pushStarted();
    m_push->start(m_document->csarSource(), password, pushOptions);
    return true;
}

void PushDialog::cancelPush()
{
    if (isRunning())
        m_push->cancel();
}

void PushDialog::reject()
{
    // Never leave a push running behind a closed dialog: cancel it, and show that it ended.
    if (isRunning()) {
        cancelPush();
        return;
    }
    QDialog::reject();
}

void PushDialog::onPushFinished()
{
    if (!m_push)
        return;
    const Alien4CloudPush::Result &result = m_push->result();
    const QString server = m_pushProfile.server.displayUrl();
    if (m_document && result.outcome == Outcome::RejectedByServer)
        m_document->setServerProblems(result.problems, server);
    m_result->setResult(result, server);
    setPage(ResultPage);

    // The login worked when the server got as far as judging the archives.
    const bool loggedIn
        = result.outcome == Outcome::Succeeded || result.outcome == Outcome::RejectedByServer;
    if (loggedIn && m_pushProfile.rememberPassword && !m_pushPassword.isEmpty()
        && !m_keyringUnavailable) {
        m_passwords->write(m_pushProfile.server, m_pushPassword, [this](Status status) {
            if (status == Status::Unavailable) {
                m_keyringUnavailable = true;
                updateKeyringNote();
            }
        });
    }
    m_pushPassword.clear();
    emit pushFinished(result.outcome);
}

} // namespace Topologist
