// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/pushdialog.h"

#include "alien4cloud/alien4cloudpushchanges.h"
#include "dialogs/pushchangesview.h"
#include "dialogs/pushprogressview.h"
#include "dialogs/pushresultview.h"
#include "dialogs/serverprofiledialog.h"
#include "dialogs/serverprofilestore.h"
#include "statuscolors.h"
#include "topologydocument.h"
#include "ui_pushdialog.h"

#include <QFileInfo>
#include <QSettings>

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
    , m_ui(std::make_unique<Ui::PushDialog>())
    , m_document(document)
    , m_passwords(new Alien4CloudPasswordStore(keyring, this))
{
    m_ui->setupUi(this);
    // setupUi lays the setup page out as it stacks it, before its texts are set; lay it out
    // again with them, or the page keeps the size of a page without texts.
    m_ui->setupLayout->activate();
    m_progress = new PushProgressView(this);
    m_result = new PushResultView(this);
    m_ui->pages->addWidget(m_progress);
    m_ui->pages->addWidget(m_result);
    // In this order: it is the tab order.
    m_pushButton = m_ui->buttonBox->addButton(tr("&Push"), QDialogButtonBox::ActionRole);
    m_cancelPushButton
        = m_ui->buttonBox->addButton(tr("&Cancel Push"), QDialogButtonBox::ActionRole);
    m_againButton = m_ui->buttonBox->addButton(tr("Push &Again…"), QDialogButtonBox::ActionRole);
    m_closeButton = m_ui->buttonBox->addButton(QDialogButtonBox::Close);
    initSetupPage();

    m_pushButton->setObjectName(QStringLiteral("pushButton"));
    m_cancelPushButton->setObjectName(QStringLiteral("cancelPushButton"));
    m_againButton->setObjectName(QStringLiteral("againButton"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    connect(m_pushButton, &QPushButton::clicked, this, &PushDialog::startPush);
    connect(m_cancelPushButton, &QPushButton::clicked, this, &PushDialog::cancelPush);
    connect(m_againButton, &QPushButton::clicked, this, [this] { setPage(SetupPage); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PushDialog::reject);
    connect(m_result, &PushResultView::showProblemsRequested, this, [this] {
        emit showProblemsRequested();
        reject();
    });

    // What a push would change follows the topology: an edit (an undo from the window's
    // menu, say) while the setup page shows changes it.
    if (m_document)
        connect(m_document, &TopologyDocument::editFinished, this, [this] {
            if (page() == SetupPage)
                showChangesSinceLastPush();
        });

    loadProfiles();
    setPage(SetupPage);
}

PushDialog::~PushDialog()
{
    // The push is a child and goes with the dialog; the keyring must not see a password that
    // outlives it.
    m_pushPassword.clear();
}

void PushDialog::initSetupPage()
{
    // The form shows the profile's user and address and the keyring's errors as plain text:
    // text from outside.
    StatusColors::showAsError(m_ui->setupError);

    if (m_document) {
        const QString name = m_document->archive().name.isEmpty()
                                 ? QFileInfo(m_document->displayName()).completeBaseName()
                                 : m_document->archive().name;
        m_ui->applicationName->setText(name);
        m_ui->applicationId->setText(Alien4CloudPush::defaultApplicationId(name));
    }
    connect(m_ui->applicationName, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (!m_idEdited)
            m_ui->applicationId->setText(Alien4CloudPush::defaultApplicationId(name));
    });
    connect(m_ui->applicationId, &QLineEdit::textEdited, this, [this] { m_idEdited = true; });
    connect(m_ui->profiles, &QComboBox::currentIndexChanged, this, &PushDialog::profileSelected);
    connect(m_ui->addProfile, &QPushButton::clicked, this, [this] { editProfile(-1); });
    connect(
        m_ui->editProfile, &QPushButton::clicked, this, [this] { editProfile(currentProfile()); });
    connect(m_ui->removeProfile, &QPushButton::clicked, this, [this] {
        removeProfile(currentProfile());
    });
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
        const QSignalBlocker blocker(m_ui->profiles);
        m_ui->profiles->clear();
        for (const ServerProfile &profile : std::as_const(m_profiles))
            m_ui->profiles->addItem(profile.label());
        if (m_profiles.isEmpty())
            m_ui->profiles->setPlaceholderText(tr("No server yet: add one"));
        m_ui->profiles->setCurrentIndex(select);
    }
    profileSelected();
}

int PushDialog::currentProfile() const
{
    const int index = m_ui->profiles->currentIndex();
    return index >= 0 && index < m_profiles.size() ? index : -1;
}

void PushDialog::setCurrentProfile(int index)
{
    m_ui->profiles->setCurrentIndex(index);
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
    m_ui->editProfile->setEnabled(index >= 0);
    m_ui->removeProfile->setEnabled(index >= 0);
    m_ui->password->clear();
    setSetupError(QString());
    // Consent is given for one server, knowingly: it never carries over to another profile.
    m_ui->allowInsecureHttp->setChecked(false);
    m_ui->allowInsecureHttp->setVisible(index >= 0 && !m_profiles[index].server.isHttps());
    if (index >= 0)
        m_ui->allowInsecureHttp->setText(
            tr("Send the password of %1 unencrypted: %2 is plain http://, so "
               "anyone on the network can read the password and the session.")
                .arg(m_profiles[index].server.userName, m_profiles[index].server.displayUrl()));
    showChangesSinceLastPush();
    if (index < 0) {
        m_ui->profileDetails->setText(tr("Add the Alien4Cloud server to push to."));
        m_ui->keyringNote->clear();
        return;
    }
    const ServerProfile &profile = m_profiles[index];
    QString details = tr("%1 at %2").arg(profile.server.userName, profile.server.displayUrl());
    if (!profile.server.trustedCertificatePath.isEmpty())
        details += QLatin1Char('\n')
                   + tr("Also trusts %1")
                         .arg(QFileInfo(profile.server.trustedCertificatePath).fileName());
    m_ui->profileDetails->setText(details);
    updateKeyringNote();
    if (!profile.rememberPassword || m_keyringUnavailable)
        return;
    const QString key = Alien4CloudPasswordStore::keyFor(profile.server);
    m_ui->keyringNote->setText(tr("Asking the keyring for the password…"));
    m_passwords->read(profile.server, [this, key](Status status, const QString &password) {
        const int current = currentProfile();
        if (current < 0 || Alien4CloudPasswordStore::keyFor(m_profiles[current].server) != key)
            return; // the user picked another profile meanwhile
        if (status == Status::Ok && m_ui->password->text().isEmpty())
            m_ui->password->setText(password);
        if (status == Status::Unavailable)
            m_keyringUnavailable = true;
        updateKeyringNote();
        if (status == Status::Ok)
            m_ui->keyringNote->setText(tr("Password taken from the keyring."));
        else if (status == Status::NotFound)
            m_ui->keyringNote->setText(
                tr("No password in the keyring yet: it is stored there after "
                   "the next successful login."));
        else if (status == Status::Failed)
            m_ui->keyringNote->setText(tr("The keyring did not give the password (%1); enter it.")
                                           .arg(m_passwords->lastError()));
    });
}

void PushDialog::showChangesSinceLastPush()
{
    const int index = currentProfile();
    // A topology without a name or version has no archive to look up (and cannot be pushed).
    const bool shown = index >= 0 && m_document && !m_document->archive().name.isEmpty()
                       && !m_document->archive().version.isEmpty();
    m_ui->changesView->setVisible(shown);
    if (!shown)
        return;
    m_ui->changesView->setChanges(Alien4CloudPushChanges::since(
        m_history, m_profiles[index].server.displayUrl(), m_document->archive()));
}

PushChangesView *PushDialog::changesView() const
{
    return m_ui->changesView;
}

void PushDialog::updateKeyringNote()
{
    const int index = currentProfile();
    if (index < 0) {
        m_ui->keyringNote->clear();
        return;
    }
    if (!Alien4CloudPasswordStore::isCompiledIn()) {
        m_ui->keyringNote->setText(tr("This build has no keyring support: the password is asked at "
                                      "each push and never stored."));
    } else if (!m_profiles[index].rememberPassword) {
        m_ui->keyringNote->setText(
            tr("The password is not remembered for this server (see Edit…): it is asked at each "
               "push and never stored."));
    } else if (m_keyringUnavailable) {
        m_ui->keyringNote->setText(tr("No keyring is available on this desktop: the password is "
                                      "asked at each push and never written to disk."));
    } else {
        m_ui->keyringNote->setText(tr("The password is kept in the desktop's keyring."));
    }
}

void PushDialog::setPassword(const QString &password)
{
    m_ui->password->setText(password);
}

void PushDialog::setCreateApplication(bool create)
{
    m_ui->createApplication->setChecked(create);
}

void PushDialog::setApplicationName(const QString &name)
{
    m_ui->applicationName->setText(name);
}

QString PushDialog::applicationId() const
{
    return m_ui->applicationId->text().trimmed();
}

void PushDialog::setApplicationId(const QString &id)
{
    m_idEdited = true;
    m_ui->applicationId->setText(id);
}

void PushDialog::setForce(bool force)
{
    m_ui->force->setChecked(force);
}

void PushDialog::setAllowInsecureHttp(bool allow)
{
    m_ui->allowInsecureHttp->setChecked(allow);
}

Alien4CloudPush::Options PushDialog::options() const
{
    Alien4CloudPush::Options options;
    if (m_ui->createApplication->isChecked()) {
        options.applicationName = m_ui->applicationName->text().trimmed();
        options.applicationId = applicationId();
    }
    options.force = m_ui->force->isChecked();
    return options;
}

PushDialog::Page PushDialog::page() const
{
    return Page(m_ui->pages->currentIndex());
}

void PushDialog::setPage(Page page)
{
    // Back for another push: the last one, or edits since, changed what this one would do.
    if (page == SetupPage && m_ui->pages->currentIndex() != SetupPage)
        showChangesSinceLastPush();
    m_ui->pages->setCurrentIndex(int(page));
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
    return m_ui->setupError->isHidden() ? QString() : m_ui->setupError->text();
}

void PushDialog::setSetupError(const QString &text)
{
    m_ui->setupError->setText(text);
    m_ui->setupError->setVisible(!text.isEmpty());
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
        if (!m_ui->allowInsecureHttp->isChecked()) {
            setSetupError(tr("%1 is plain http://: the password would travel unencrypted. Use "
                             "the server's https:// address (Edit…), or confirm above that you "
                             "accept sending it in clear.")
                              .arg(server.displayUrl()));
            return false;
        }
        server.allowInsecureHttp = true;
    }
    const QString password = m_ui->password->text();
    if (password.isEmpty()) {
        setSetupError(tr("Enter the password of %1 at %2.")
                          .arg(profile.server.userName, profile.server.displayUrl()));
        m_ui->password->setFocus();
        return false;
    }
    const Alien4CloudPush::Options pushOptions = options();
    if (m_ui->createApplication->isChecked() && pushOptions.applicationName.isEmpty()) {
        setSetupError(tr("Give the application a name, or do not create one."));
        return false;
    }
    setSetupError(QString());

    if (m_push)
        m_push->deleteLater();
    m_push = new Alien4CloudPush(server, this);
    m_push->setHistory(m_history);
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
