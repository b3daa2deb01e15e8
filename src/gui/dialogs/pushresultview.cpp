// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/pushresultview.h"
#include "plaintext.h"
#include "ui_pushresultview.h"

#include <QStyle>

namespace Topologist {

namespace {

using Outcome = Alien4CloudPush::Outcome;

QString bulletList(const QString &title, const QStringList &items)
{
    if (items.isEmpty())
        return QString();
    QString html = QStringLiteral("<p><b>%1</b></p><ul style='margin-top:0'>").arg(title);
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace

PushResultView::PushResultView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PushResultView>())
{
    // In the form, the message and server are plain text (from outside) and the application
    // link opens in the user's browser.
    m_ui->setupUi(this);
    // Relative to the platform's font, which a form cannot say.
    QFont bold = m_ui->resultHeadline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_ui->resultHeadline->setFont(bold);
    connect(
        m_ui->showProblems, &QPushButton::clicked, this, &PushResultView::showProblemsRequested);
}

PushResultView::~PushResultView() = default;

void PushResultView::setResult(const Alien4CloudPush::Result &result, const QString &server)
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (result.outcome) {
    case Outcome::Succeeded:
        m_ui->resultHeadline->setText(tr("Pushed to Alien4Cloud"));
        icon = QStyle::SP_DialogApplyButton;
        break;
    case Outcome::RefusedLocally:
        m_ui->resultHeadline->setText(tr("Not pushed"));
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Outcome::RejectedByServer:
        m_ui->resultHeadline->setText(tr("Refused by Alien4Cloud"));
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Outcome::Failed:
        m_ui->resultHeadline->setText(tr("Push failed"));
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Outcome::Canceled:
        m_ui->resultHeadline->setText(tr("Push canceled"));
        icon = QStyle::SP_MessageBoxInformation;
        break;
    }
    m_ui->resultIcon->setPixmap(style()->standardIcon(icon).pixmap(32, 32));
    m_ui->resultMessage->setText(result.message);
    m_ui->resultServer->setText(tr("Server: %1").arg(server));

    if (!result.applicationUrl.isEmpty()) {
        const QString url = result.applicationUrl.toString(QUrl::FullyEncoded);
        m_ui->applicationLink->setText(
            tr("<a href=\"%1\">Open application %2 in Alien4Cloud</a>")
                .arg(url.toHtmlEscaped(), result.applicationId.toHtmlEscaped()));
        m_ui->applicationLink->setToolTip(PlainText::toHtml(url));
        m_ui->applicationLink->show();
    } else {
        m_ui->applicationLink->clear();
        m_ui->applicationLink->hide();
    }

    int serverProblems = 0;
    for (const Problem &problem : result.problems)
        serverProblems += problem.code.startsWith(QLatin1String("A4C-")) ? 1 : 0;
    if (result.outcome == Outcome::RejectedByServer && serverProblems > 0) {
        m_ui->resultProblems->setText(
            serverProblems == 1 ? tr("Alien4Cloud reported 1 problem; it is in the Problems list, "
                                     "on the node it concerns.")
                                : tr("Alien4Cloud reported %1 problems; they are in the Problems "
                                     "list, on the nodes they concern.")
                                      .arg(serverProblems));
    } else if (result.outcome == Outcome::RefusedLocally && !result.problems.isEmpty()) {
        m_ui->resultProblems->setText(tr("The validation errors are in the Problems list."));
    } else {
        m_ui->resultProblems->clear();
    }
    const bool problems = !m_ui->resultProblems->text().isEmpty();
    m_ui->resultProblems->setVisible(problems);
    m_ui->showProblems->setVisible(problems);

    QString details;
    details += bulletList(tr("Remarks"), result.notices);
    details += bulletList(tr("Uploaded"), result.uploadedArchives);
    details += bulletList(tr("Already on the server"), result.presentArchives);
    m_ui->resultDetails->setText(details);
    m_ui->resultDetails->setVisible(!details.isEmpty());
}

QString PushResultView::headline() const
{
    return m_ui->resultHeadline->text();
}

QString PushResultView::message() const
{
    return m_ui->resultMessage->text();
}

QString PushResultView::applicationLink() const
{
    return m_ui->applicationLink->isHidden() ? QString() : m_ui->applicationLink->text();
}

} // namespace Topologist
