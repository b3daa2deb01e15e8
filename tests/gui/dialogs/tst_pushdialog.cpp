// SPDX-License-Identifier: GPL-3.0-or-later
// File > Push to Alien4Cloud against the fake server: the application link, the server's parse
// errors in the problems list on their node, a refused login, cancel during the upload, and
// what changed since the last push to the server.
#include "commands/movenodescommand.h"
#include "commands/setheadercommand.h"
#include "dialogs/pushchangesview.h"
#include "dialogs/pushdialog.h"
#include "dialogs/pushprogressview.h"
#include "dialogs/pushresultview.h"
#include "dialogtestsupport.h"
#include "fakealien4cloudserver.h"
#include "mainwindow/mainwindow.h"
#include "problems/problemlist.h"
#include "problems/problemmodel.h"
#include "selectionmodel.h"
#include "topologyedit.h"
#include "waitforopen.h"

#include <QAction>
#include <QCheckBox>
#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <gmock/gmock.h>

using namespace Topologist;
using namespace Topologist::Test;
using ::testing::HasSubstr;
using Outcome = Alien4CloudPush::Outcome;
using Backend = Alien4CloudPasswordStore::Backend;

namespace {

/// Collects the URLs the desktop would open, instead of starting a browser.
class UrlRecorder : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};

int lineOf(const QByteArray &text, const QByteArray &needle, int after = 0)
{
    const QList<QByteArray> lines = text.split('\n');
    for (int i = after; i < lines.size(); ++i) {
        if (lines[i].contains(needle))
            return i + 1;
    }
    return 0;
}

QJsonObject parsingError(const QString &code, int line, const QString &problem)
{
    const auto mark = [](int l, int column) {
        return QJsonObject{{QStringLiteral("line"), l}, {QStringLiteral("column"), column}};
    };
    return QJsonObject{
        {QStringLiteral("errorLevel"), QStringLiteral("ERROR")},
        {QStringLiteral("errorCode"), code},
        {QStringLiteral("context"), QStringLiteral("scripted by the test")},
        {QStringLiteral("startMark"), mark(line, 13)},
        {QStringLiteral("problem"), problem},
        {QStringLiteral("endMark"), mark(line, 30)},
        {QStringLiteral("note"), QJsonValue()},
    };
}

} // namespace

class PushDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        clearSettings();
        ASSERT_TRUE(m_dir.isValid());
        // Every push here is remembered in the test's folder, never in the user's.
        qputenv("TOPOLOGIST_PUSH_HISTORY_DIR",
                m_dir.filePath(QStringLiteral("push-history")).toUtf8());
        ASSERT_TRUE(m_server.start());
    }
    void TearDown() override { qunsetenv("TOPOLOGIST_PUSH_HISTORY_DIR"); }

    QString serverUrl() const { return profileFor(m_server.baseUrl()).server.displayUrl(); }

    /// Clicks Push and waits for the push to end (a generous guard, not a timing assert).
    static void pushAndWait(PushDialog &dialog)
    {
        QSignalSpy finished(&dialog, &PushDialog::pushFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("pushButton")),
                          Qt::LeftButton);
        ASSERT_TRUE(dialog.setupError().isEmpty()) << dialog.setupError().toStdString();
        ASSERT_EQ(dialog.page(), PushDialog::ProgressPage);
        ASSERT_TRUE(finished.count() == 1 || finished.wait(60 * 1000));
        ASSERT_EQ(dialog.page(), PushDialog::ResultPage);
    }

    QTemporaryDir m_dir;
    FakeAlien4CloudServer m_server;
};

TEST_F(PushDialogTest, SuccessfulPushWithApplicationLinksToItsPage)
{
    auto document = openExampleCopy(QStringLiteral("marathon"), m_dir.path());
    ASSERT_NE(document, nullptr);
    PushDialog dialog(document.get(), Backend::None);
    dialog.addProfile(profileFor(m_server.baseUrl()));
    dialog.setAllowInsecureHttp(true); // plain http on loopback
    dialog.setPassword(QStringLiteral("admin"));
    dialog.setCreateApplication(true);
    dialog.setApplicationName(QStringLiteral("Marathon cluster"));
    EXPECT_EQ(dialog.applicationId(), QStringLiteral("Marathon_cluster"));
    dialog.show();

    pushAndWait(dialog);
    ASSERT_TRUE(dialog.push()->result().succeeded())
        << dialog.resultView()->message().toStdString();
    EXPECT_TRUE(m_server.hasApplication(QStringLiteral("Marathon_cluster")));
    EXPECT_EQ(dialog.resultView()->headline(), QStringLiteral("Pushed to Alien4Cloud"));

    QUrl expected = m_server.baseUrl();
    expected.setPath(QStringLiteral("/"));
    expected.setFragment(QStringLiteral("/applications/detail/Marathon_cluster/infos"));
    auto *link = dialog.findChild<QLabel *>(QStringLiteral("applicationLink"));
    ASSERT_NE(link, nullptr);
    EXPECT_TRUE(link->isVisible());
    EXPECT_TRUE(link->openExternalLinks());
    EXPECT_THAT(link->text().toStdString(),
                HasSubstr("href=\"" + expected.toString(QUrl::FullyEncoded).toStdString() + "\""));

    // Activating the link from the keyboard hands that URL to the desktop.
    UrlRecorder recorder;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &recorder, "open");
    link->setFocus();
    QTest::keyClick(link, Qt::Key_Tab);
    QTest::keyClick(link, Qt::Key_Return);
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    EXPECT_EQ(recorder.urls, QList<QUrl>{expected});

    // Every step shows, the last one the application's.
    auto *steps = dialog.findChild<QTreeWidget *>(QStringLiteral("pushSteps"));
    ASSERT_EQ(steps->topLevelItemCount(), dialog.push()->steps().size());
    EXPECT_EQ(steps->topLevelItem(steps->topLevelItemCount() - 1)->text(0),
              QStringLiteral("Creating application Marathon cluster"));
    // The dependencies went up from the library and are listed.
    auto *details = dialog.findChild<QLabel *>(QStringLiteral("resultDetails"));
    EXPECT_THAT(details->text().toStdString(), HasSubstr("mesos-types:1.4.0-SNAPSHOT"));
    EXPECT_TRUE(document->serverProblems().isEmpty());
}

TEST_F(PushDialogTest, ServerParseErrorsShowInTheProblemsListOnTheirNode)
{
    m_server.addMarathonDependencies();
    MainWindow window(dialogCatalog());
    ASSERT_TRUE(openAndWait(
        window, copyInto(QStringLiteral(":/examples/marathon/marathon.yml"), m_dir.path())));
    TopologyDocument *document = window.document();
    // A4C's lines are those of the uploaded YAML, which is the serialized document.
    const QByteArray uploaded = document->serialize();
    const int masterLine = lineOf(uploaded, "    MesosMaster:");
    const int hostLine = lineOf(uploaded, "node: MasterCompute", masterLine);
    ASSERT_GT(hostLine, masterLine);
    m_server.scriptUploadResult(
        Alien4CloudPush::uploadFileName(document->archive()),
        200,
        QJsonObject{{QStringLiteral("marathon.yml"),
                     QJsonArray{parsingError(QStringLiteral("REQUIREMENT_TARGET_NOT_FOUND"),
                                             hostLine,
                                             QStringLiteral("The requirement target is not "
                                                            "found."))}}});

    QAction *pushAction = window.action(QStringLiteral("actionPushToAlien4Cloud"));
    ASSERT_TRUE(pushAction->isEnabled());
    pushAction->trigger();
    PushDialog *dialog = window.pushDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->addProfile(profileFor(m_server.baseUrl()));
    dialog->setAllowInsecureHttp(true); // plain http on loopback
    dialog->setPassword(QStringLiteral("admin"));
    QSignalSpy started(dialog, &PushDialog::pushStarted);
    QSignalSpy finished(dialog, &PushDialog::pushFinished);
    ASSERT_TRUE(dialog->startPush()) << dialog->setupError().toStdString();
    // No second push, export or other topology while this one runs.
    EXPECT_FALSE(pushAction->isEnabled());
    EXPECT_FALSE(window.action(QStringLiteral("actionExportCsar"))->isEnabled());
    EXPECT_FALSE(window.action(QStringLiteral("actionOpen"))->isEnabled());
    ASSERT_TRUE(finished.wait(60 * 1000));
    EXPECT_TRUE(pushAction->isEnabled());
    ASSERT_EQ(dialog->push()->result().outcome, Outcome::RejectedByServer)
        << dialog->resultView()->message().toStdString();
    EXPECT_EQ(dialog->resultView()->headline(), QStringLiteral("Refused by Alien4Cloud"));
    EXPECT_TRUE(dialog->findChild<QPushButton *>(QStringLiteral("showProblems"))->isVisible());

    // The problem is the document's, on MesosMaster, marked as the server's.
    ASSERT_EQ(document->serverProblems().size(), 1);
    EXPECT_EQ(document->serverProblemsSource(), m_server.baseUrl().toString());
    bool onNode = false;
    for (const Problem &p : document->problemsOf(QStringLiteral("MesosMaster")))
        onNode = onNode || p.code == QLatin1String("A4C-REQUIREMENT_TARGET_NOT_FOUND");
    EXPECT_TRUE(onNode);

    // The problems list shows it next to the validator's, under the node.
    auto *view = window.problemList()->findChild<QTreeView *>(QStringLiteral("problemView"));
    ASSERT_NE(view, nullptr);
    QModelIndex row;
    for (const QModelIndex &index : allIndexes(view->model(), QModelIndex())) {
        if (index.data(ProblemModel::KindRole).toInt() == ProblemModel::ProblemRow
            && index.siblingAtColumn(ProblemModel::CodeColumn).data().toString()
                   == QLatin1String("A4C-REQUIREMENT_TARGET_NOT_FOUND"))
            row = index;
    }
    ASSERT_TRUE(row.isValid());
    EXPECT_EQ(row.data(ProblemModel::NodeRole).toString(), QStringLiteral("MesosMaster"));
    QModelIndex group; // the node row above it
    for (int above = row.row() - 1; above >= 0 && !group.isValid(); --above) {
        const QModelIndex index = view->model()->index(above, 0, row.parent());
        if (index.data(ProblemModel::KindRole).toInt() == ProblemModel::NodeRow)
            group = index;
    }
    EXPECT_EQ(group.data(ProblemModel::NodeRole).toString(), QStringLiteral("MesosMaster"));
    EXPECT_TRUE(row.data(ProblemModel::FromServerRole).toBool());
    EXPECT_TRUE(row.siblingAtColumn(ProblemModel::LocationColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("Alien4Cloud")));
    EXPECT_THAT(row.data().toString().toStdString(),
                HasSubstr("The requirement target is not found."));

    // Enter on it reveals the node, as for any problem.
    window.show();
    view->setCurrentIndex(row);
    QSignalSpy revealed(window.problemList(), &ProblemList::revealNode);
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_EQ(revealed.count(), 1);
    EXPECT_EQ(revealed.first().first().toString(), QStringLiteral("MesosMaster"));
    EXPECT_EQ(window.selection()->selectedNodes(), QStringList{QStringLiteral("MesosMaster")});

    // Clearing takes them out of the document and the list, and leaves the validator's.
    auto *clear
        = window.problemList()->findChild<QToolButton *>(QStringLiteral("clearServerProblems"));
    ASSERT_NE(clear, nullptr);
    EXPECT_TRUE(clear->isVisible());
    const int validatorProblems = int(document->problems().size()) - 1;
    QTest::mouseClick(clear, Qt::LeftButton);
    EXPECT_TRUE(document->serverProblems().isEmpty());
    EXPECT_EQ(document->problems().size(), validatorProblems);
    EXPECT_FALSE(clear->isVisible());
    for (const QModelIndex &index : allIndexes(view->model(), QModelIndex()))
        EXPECT_FALSE(index.data(ProblemModel::FromServerRole).toBool());
}

TEST_F(PushDialogTest, NextPushClearsTheServersProblemsFirst)
{
    m_server.addMarathonDependencies();
    auto document = openExampleCopy(QStringLiteral("marathon"), m_dir.path());
    ASSERT_NE(document, nullptr);
    Problem stale;
    stale.code = QStringLiteral("A4C-SYNTAX_ERROR");
    stale.node = QStringLiteral("MesosMaster");
    stale.message = QStringLiteral("from an earlier push");
    document->setServerProblems({stale}, m_server.baseUrl().toString());
    ASSERT_EQ(document->serverProblems().size(), 1);
    PushDialog dialog(document.get(), Backend::None);
    dialog.addProfile(profileFor(m_server.baseUrl()));
    dialog.setAllowInsecureHttp(true); // plain http on loopback
    dialog.setPassword(QStringLiteral("admin"));
    dialog.show();
    pushAndWait(dialog);
    EXPECT_TRUE(dialog.push()->result().succeeded())
        << dialog.resultView()->message().toStdString();
    EXPECT_TRUE(document->serverProblems().isEmpty());
}

TEST_F(PushDialogTest, RefusedLoginShowsTheMessageAndTheServer)
{
    m_server.setRefuseLogins(true);
    auto document = openExampleCopy(QStringLiteral("marathon"), m_dir.path());
    ASSERT_NE(document, nullptr);
    PushDialog dialog(document.get(), Backend::None);
    dialog.addProfile(profileFor(m_server.baseUrl()));
    dialog.setAllowInsecureHttp(true); // plain http on loopback
    dialog.setPassword(QStringLiteral("wrong"));
    dialog.show();
    pushAndWait(dialog);
    EXPECT_EQ(dialog.push()->result().outcome, Outcome::Failed);
    EXPECT_EQ(dialog.resultView()->headline(), QStringLiteral("Push failed"));
    EXPECT_EQ(dialog.resultView()->message(),
              QStringLiteral("Login refused for user 'admin' at %1: check user name and password.")
                  .arg(m_server.baseUrl().toString()));
    auto *server = dialog.findChild<QLabel *>(QStringLiteral("resultServer"));
    EXPECT_THAT(server->text().toStdString(),
                HasSubstr(m_server.baseUrl().toString().toStdString()));
    EXPECT_TRUE(dialog.resultView()->applicationLink().isEmpty());
    EXPECT_EQ(m_server.requestCount(QStringLiteral("POST /rest/latest/csars")), 0);
    // Back to the setup page to try another password.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("againButton")),
                      Qt::LeftButton);
    EXPECT_EQ(dialog.page(), PushDialog::SetupPage);
}

TEST_F(PushDialogTest, CancelDuringTheUploadEndsCanceled)
{
    m_server.addMarathonDependencies();
    // A 2.x server: no check before the upload, so the archive sent is the upload itself.
    m_server.setVersion(QStringLiteral("2.1.0"));
    // The topology's upload stalls (set as its head arrives, taken by that very request).
    QObject::connect(&m_server,
                     &FakeAlien4CloudServer::requestStarted,
                     [this](const QString &method, const QString &path) {
                         if (method == QLatin1String("POST")
                             && path == QLatin1String("/rest/latest/csars"))
                             m_server.injectFault(path, FakeAlien4CloudServer::Fault::Stall);
                     });
    auto document = openExampleCopy(QStringLiteral("marathon"), m_dir.path());
    ASSERT_NE(document, nullptr);
    PushDialog dialog(document.get(), Backend::None);
    dialog.addProfile(profileFor(m_server.baseUrl()));
    dialog.setAllowInsecureHttp(true); // plain http on loopback
    dialog.setPassword(QStringLiteral("admin"));
    dialog.setCreateApplication(true);
    dialog.show();
    QSignalSpy finished(&dialog, &PushDialog::pushFinished);
    ASSERT_TRUE(dialog.startPush());
    QSignalSpy progress(dialog.push(), &Alien4CloudPush::uploadProgress);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return finished.count() > 0
                   || (!progress.isEmpty() && progress.last().first().toLongLong() > 0);
        },
        60 * 1000));
    ASSERT_EQ(finished.count(), 0) << dialog.resultView()->message().toStdString();
    EXPECT_TRUE(dialog.progressView()->uploadBar()->isVisible());
    EXPECT_GT(dialog.progressView()->uploadBar()->value(), 0);

    auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelPushButton"));
    ASSERT_TRUE(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    ASSERT_TRUE(finished.count() == 1 || finished.wait(60 * 1000));
    EXPECT_EQ(dialog.push()->result().outcome, Outcome::Canceled);
    EXPECT_EQ(dialog.resultView()->headline(), QStringLiteral("Push canceled"));
    EXPECT_THAT(dialog.resultView()->message().toStdString(),
                HasSubstr(QStringLiteral("The push to %1 was canceled.")
                              .arg(m_server.baseUrl().toString())
                              .toStdString()));
    auto *steps = dialog.findChild<QTreeWidget *>(QStringLiteral("pushSteps"));
    QTreeWidgetItem *last = steps->topLevelItem(steps->topLevelItemCount() - 1);
    EXPECT_EQ(last->data(0, Qt::UserRole).toInt(), int(Alien4CloudPush::StepState::Canceled));
    EXPECT_THAT(last->text(0).toStdString(), HasSubstr("Uploading"));
    EXPECT_EQ(m_server.requestCount(QStringLiteral("POST /rest/latest/applications")), 0);
    EXPECT_TRUE(dialog.isVisible());
}

TEST_F(PushDialogTest, ClosingDuringThePushCancelsItInsteadOfLeavingItRunning)
{
    m_server.addMarathonDependencies();
    auto document = openExampleCopy(QStringLiteral("marathon"), m_dir.path());
    ASSERT_NE(document, nullptr);
    PushDialog dialog(document.get(), Backend::None);
    dialog.addProfile(profileFor(m_server.baseUrl()));
    dialog.setAllowInsecureHttp(true); // plain http on loopback
    dialog.setPassword(QStringLiteral("admin"));
    dialog.show();
    QSignalSpy finished(&dialog, &PushDialog::pushFinished);
    ASSERT_TRUE(dialog.startPush());
    ASSERT_TRUE(dialog.isRunning());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_TRUE(dialog.isVisible());
    ASSERT_TRUE(finished.count() == 1 || finished.wait(60 * 1000));
    EXPECT_EQ(dialog.push()->result().outcome, Outcome::Canceled);
    // Once the push ended, Escape closes.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_FALSE(dialog.isVisible());
}

TEST_F(PushDialogTest, MissingPasswordOrServerIsSaidOnTheSetupPage)
{
    auto document = openExampleCopy(QStringLiteral("marathon"), m_dir.path());
    ASSERT_NE(document, nullptr);
    PushDialog dialog(document.get(), Backend::None);
    EXPECT_FALSE(dialog.startPush());
    EXPECT_THAT(dialog.setupError().toStdString(), HasSubstr("Add the Alien4Cloud server"));
    dialog.addProfile(profileFor(m_server.baseUrl()));
    dialog.setAllowInsecureHttp(true); // plain http on loopback
    EXPECT_FALSE(dialog.startPush());
    EXPECT_THAT(dialog.setupError().toStdString(), HasSubstr("Enter the password of admin"));
    EXPECT_EQ(dialog.page(), PushDialog::SetupPage);
    EXPECT_TRUE(m_server.requestLog().isEmpty());
}

#include "tst_pushdialog.moc"

namespace {

/// What a tooltip shows: Qt renders it as rich text when it looks like some, as QToolTip does.
QString shownAsToolTip(const QString &tip)
{
    QTextDocument document;
    if (Qt::mightBeRichText(tip))
        document.setHtml(tip);
    else
        document.setPlainText(tip);
    return document.toPlainText();
}

} // namespace

TEST_F(PushDialogTest, PlainHttpNeedsTheConfirmationThatSaysWhatIsSentInClear)
{
    auto document = openExampleCopy(QStringLiteral("marathon"), m_dir.path());
    ASSERT_NE(document, nullptr);
    PushDialog dialog(document.get(), Backend::None);
    dialog.addProfile(profileFor(m_server.baseUrl()));
    dialog.setPassword(QStringLiteral("admin"));
    dialog.show();
    auto *consent = dialog.findChild<QCheckBox *>(QStringLiteral("allowInsecureHttp"));
    ASSERT_NE(consent, nullptr);
    EXPECT_TRUE(consent->isVisible());
    EXPECT_FALSE(consent->isChecked());
    EXPECT_THAT(consent->text().toStdString(), HasSubstr("password of admin unencrypted"));
    EXPECT_THAT(consent->text().toStdString(),
                HasSubstr(m_server.baseUrl().toString().toStdString()));

    EXPECT_FALSE(dialog.startPush());
    EXPECT_THAT(dialog.setupError().toStdString(), HasSubstr("plain http://"));
    EXPECT_EQ(dialog.page(), PushDialog::SetupPage);
    EXPECT_EQ(m_server.requestCount(QStringLiteral("POST /login")), 0);

    // An https:// profile does not ask.
    ServerProfile secure = profileFor(QUrl(QStringLiteral("https://a4c.example.org:8443")));
    dialog.addProfile(secure);
    EXPECT_FALSE(consent->isVisible());

    dialog.setCurrentProfile(0);
    EXPECT_FALSE(consent->isChecked()) << "consent never carries over from another profile";
    consent->setChecked(true);
    dialog.setPassword(QStringLiteral("admin"));
    pushAndWait(dialog);
    EXPECT_EQ(m_server.successfulLogins(), 1);
}

TEST_F(PushDialogTest, TheServersVersionStringIsShownAsWritten)
{
    const QString version = QStringLiteral("<b>x</b><img src=\"file:///etc/hostname\">");
    m_server.setVersion(version);
    m_server.addMarathonDependencies();
    auto document = openExampleCopy(QStringLiteral("marathon"), m_dir.path());
    ASSERT_NE(document, nullptr);
    PushDialog dialog(document.get(), Backend::None);
    dialog.addProfile(profileFor(m_server.baseUrl()));
    dialog.setAllowInsecureHttp(true); // plain http on loopback
    dialog.setPassword(QStringLiteral("admin"));
    dialog.show();
    pushAndWait(dialog);

    auto *steps = dialog.findChild<QTreeWidget *>(QStringLiteral("pushSteps"));
    ASSERT_NE(steps, nullptr);
    bool found = false;
    for (int i = 0; i < steps->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = steps->topLevelItem(i);
        if (!item->text(1).contains(version))
            continue;
        found = true;
        EXPECT_THAT(shownAsToolTip(item->toolTip(1)).toStdString(),
                    HasSubstr(version.toStdString()));
    }
    EXPECT_TRUE(found) << "no step shows the server's version";
}

TEST_F(PushDialogTest, ShowsWhatChangedSinceTheLastPushToTheServer)
{
    auto document = openExampleCopy(QStringLiteral("marathon"), m_dir.path());
    ASSERT_NE(document, nullptr);
    PushDialog dialog(document.get(), Backend::None);
    dialog.addProfile(profileFor(m_server.baseUrl()));
    dialog.setAllowInsecureHttp(true); // plain http on loopback
    dialog.setPassword(QStringLiteral("admin"));
    dialog.show();
    PushChangesView *changes = dialog.changesView();
    ASSERT_NE(changes, nullptr);
    EXPECT_TRUE(changes->isVisible());
    EXPECT_EQ(changes->headline(),
              QStringLiteral("First push of marathon-topology:1.4.0-SNAPSHOT to ") + serverUrl());
    EXPECT_TRUE(changes->lines().isEmpty());

    pushAndWait(dialog);
    ASSERT_TRUE(dialog.push()->result().succeeded())
        << dialog.resultView()->message().toStdString();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("againButton")),
                      Qt::LeftButton);
    ASSERT_EQ(dialog.page(), PushDialog::SetupPage);
    EXPECT_TRUE(changes->headline().startsWith(
        QStringLiteral("No changes since the last push to %1 on ").arg(serverUrl())))
        << changes->headline().toStdString();
    EXPECT_TRUE(changes->lines().isEmpty());

    // An edit while the page shows: it follows, in the words of `topologist-cli diff`.
    TopologyEdit edit(*document);
    edit.node(QStringLiteral("MesosMaster"))
        ->properties.insert(QStringLiteral("port"), Value::scalar(QStringLiteral("5051")));
    document->undoStack()->push(edit.createCommand(document.get(), QStringLiteral("Port")));
    EXPECT_TRUE(changes->headline().startsWith(
        QStringLiteral("Changes since the last push to %1 on ").arg(serverUrl())))
        << changes->headline().toStdString();
    EXPECT_EQ(
        changes->summary(),
        QStringLiteral("1 element changed, 1 change: 0 added, 0 removed, 1 modified, 0 renamed"));
    EXPECT_EQ(
        changes->lines(),
        QStringList{QStringLiteral("~ node_templates/MesosMaster/properties/port: 5050 -> 5051")});

    // A move is nothing Alien4Cloud deploys.
    document->undoStack()->push(
        new MoveNodesCommand(document.get(),
                             {{QStringLiteral("MesosMaster"), QPointF(0, 0)}},
                             {{QStringLiteral("MesosMaster"), QPointF(400, 300)}}));
    EXPECT_EQ(changes->lines().size(), 1);

    // Another server has its own history.
    ServerProfile other = profileFor(QUrl(QStringLiteral("https://a4c.example.org:8088")));
    dialog.addProfile(other);
    EXPECT_EQ(changes->headline(),
              QStringLiteral("First push of marathon-topology:1.4.0-SNAPSHOT to "
                             "https://a4c.example.org:8088"));
    EXPECT_TRUE(changes->lines().isEmpty());
    EXPECT_TRUE(changes->summary().isEmpty());

    // Another version is another archive; a topology without a name has none to look up.
    dialog.setCurrentProfile(0);
    const ToscaArchive &archive = document->archive();
    const SetHeaderCommand::Header header{
        archive.name, archive.version, archive.author, archive.description};
    SetHeaderCommand::Header released = header;
    released.version = QStringLiteral("1.5.0");
    document->undoStack()->push(new SetHeaderCommand(document.get(), header, released));
    EXPECT_EQ(changes->headline(),
              QStringLiteral("First push of marathon-topology:1.5.0 to ") + serverUrl());
    SetHeaderCommand::Header unnamed = released;
    unnamed.name.clear();
    document->undoStack()->push(new SetHeaderCommand(document.get(), released, unnamed));
    EXPECT_FALSE(changes->isVisible());
}
