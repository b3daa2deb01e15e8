// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4cloudpasswordstore.h"
#include "alien4cloud/alien4cloudpush.h"
#include "alien4cloud/alien4cloudpushhistory.h"
#include "dialogs/serverprofile.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;

namespace Topologist {

// In Topologist:: so that the form's texts have the class's tr() context.
namespace Ui {
class PushDialog;
}

class PushChangesView;
class PushProgressView;
class PushResultView;
class TopologyDocument;

/// File > Push to Alien4Cloud: three pages in one dialog.
///
/// 1. Setup: the server profile (kept in QSettings, added, edited and removed here), the
///    password (from the keyring when the profile remembers it and a keyring answers, else
///    typed, and then only held in memory for this push), whether to create an application
///    (its id derived from the name until edited) and whether to push despite validation
///    errors, and what the push would change: the changes since the last push of the topology's
///    archive to the selected server (PushChangesView, Alien4CloudPushChanges), which every
///    push that got the topology onto a server records (Alien4CloudPushHistory).
/// 2. Progress: the push's steps and the upload bar; Cancel (or Escape) cancels the push.
/// 3. Result: PushResultView. Problems Alien4Cloud reported go to the document
///    (TopologyDocument::setServerProblems), so they show in the problems list next to the
///    validator's; a new push clears them first.
///
/// The push is asynchronous, so the window stays responsive; the dialog never closes under a
/// running push (closing it cancels the push first). startPush() and the accessors let tests
/// drive it without exec().
class PushDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PushDialog(TopologyDocument *document,
                        Alien4CloudPasswordStore::Backend keyring
                        = Alien4CloudPasswordStore::Backend::SystemKeychain,
                        QWidget *parent = nullptr);
    ~PushDialog() override;

    enum Page { SetupPage, ProgressPage, ResultPage };
    Page page() const;

    const ServerProfiles &profiles() const { return m_profiles; }
    int currentProfile() const;
    void setCurrentProfile(int index);
    /// Adds a profile, saves the list and selects it.
    void addProfile(const ServerProfile &profile);
    void replaceProfile(int index, const ServerProfile &profile);
    void removeProfile(int index);

    void setPassword(const QString &password);
    void setCreateApplication(bool create);
    void setApplicationName(const QString &name);
    QString applicationId() const;
    void setApplicationId(const QString &id);
    void setForce(bool force);
    /// Ticks the confirmation that the password may go unencrypted to a plain http:// server
    /// (shown only for such a server; every profile change unticks it).
    void setAllowInsecureHttp(bool allow);
    /// What the setup page would start a push with.
    Alien4CloudPush::Options options() const;

    bool isRunning() const;
    /// The push under way or last finished; null before the first.
    Alien4CloudPush *push() const { return m_push; }
    PushProgressView *progressView() const { return m_progress; }
    PushResultView *resultView() const { return m_result; }
    PushChangesView *changesView() const;
    /// The setup page's complaint (no profile, no password...), empty when it has none.
    QString setupError() const;

public slots:
    /// Starts the push with the setup page's choices; false (with the reason on the page) when
    /// something is missing.
    bool startPush();
    void cancelPush();
    void reject() override;

signals:
    void pushStarted();
    void pushFinished(Alien4CloudPush::Outcome outcome);
    /// The user wants to see the problems list.
    void showProblemsRequested();

private:
    void initSetupPage();
    void loadProfiles();
    void saveProfiles();
    void refreshProfileCombo(int select);
    void profileSelected();
    void editProfile(int index);
    void updateKeyringNote();
    void showChangesSinceLastPush();
    void onPushFinished();
    void setPage(Page page);
    void setSetupError(const QString &text);

    std::unique_ptr<Ui::PushDialog> m_ui;
    QPointer<TopologyDocument> m_document;
    Alien4CloudPasswordStore *m_passwords;
    const Alien4CloudPushHistory m_history;
    ServerProfiles m_profiles;
    QPointer<Alien4CloudPush> m_push;
    /// The profile the running push uses (its password may go to the keyring afterwards).
    ServerProfile m_pushProfile;
    QString m_pushPassword;
    /// The keyring said it is not there; passwords are asked each time.
    bool m_keyringUnavailable = false;
    bool m_idEdited = false;

    // The progress and result pages are views of their own, stacked after the form's setup
    // page. The buttons are added in code, in their tab order: a button box in a form holds
    // standard buttons only, and Close comes after the others.
    PushProgressView *m_progress = nullptr;
    PushResultView *m_result = nullptr;
    QPushButton *m_pushButton = nullptr;
    QPushButton *m_cancelPushButton = nullptr;
    QPushButton *m_againButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace Topologist
