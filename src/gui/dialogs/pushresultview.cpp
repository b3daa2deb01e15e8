// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/pushresultview.h"
#include "plaintext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

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
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_message(new QLabel(this))
    , m_server(new QLabel(this))
    , m_link(new QLabel(this))
    , m_details(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_showProblems(new QPushButton(tr("Show &Problems"), this))
{
    setObjectName(QStringLiteral("PushResultView"));
    m_headline->setObjectName(QStringLiteral("resultHeadline"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_headline->setFont(bold);
    m_message->setObjectName(QStringLiteral("resultMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_server->setObjectName(QStringLiteral("resultServer"));
    m_server->setTextFormat(Qt::PlainText);
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_link->setObjectName(QStringLiteral("applicationLink"));
    m_link->setTextFormat(Qt::RichText);
    // The application's page opens in the user's browser.
    m_link->setOpenExternalLinks(true);
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_details->setObjectName(QStringLiteral("resultDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setObjectName(QStringLiteral("resultProblems"));
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_showProblems->setObjectName(QStringLiteral("showProblems"));
    connect(m_showProblems, &QPushButton::clicked, this, &PushResultView::showProblemsRequested);

    auto *head = new QHBoxLayout;
    head->addWidget(m_icon, 0, Qt::AlignTop);
    head->addWidget(m_headline, 1);
    auto *problems = new QHBoxLayout;
    problems->addWidget(m_problems, 1);
    problems->addWidget(m_showProblems, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_message);
    layout->addWidget(m_server);
    layout->addWidget(m_link);
    layout->addLayout(problems);
    layout->addWidget(m_details);
    layout->addStretch(1);
}

PushResultView::~PushResultView() = default;

void PushResultView::setResult(const Alien4CloudPush::Result &result, const QString &server)
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (result.outcome) {
    case Outcome::Succeeded:
        m_headline->setText(tr("Pushed to Alien4Cloud"));
        icon = QStyle::SP_DialogApplyButton;
        break;
    case Outcome::RefusedLocally:
        m_headline->setText(tr("Not pushed"));
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Outcome::RejectedByServer:
        m_headline->setText(tr("Refused by Alien4Cloud"));
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Outcome::Failed:
        m_headline->setText(tr("Push failed"));
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Outcome::Canceled:
        m_headline->setText(tr("Push canceled"));
        icon = QStyle::SP_MessageBoxInformation;
        break;
    }
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(32, 32));
    m_message->setText(result.message);
    m_server->setText(tr("Server: %1").arg(server));

    if (!result.applicationUrl.isEmpty()) {
        const QString url = result.applicationUrl.toString(QUrl::FullyEncoded);
        m_link->setText(tr("<a href=\"%1\">Open application %2 in Alien4Cloud</a>")
                            .arg(url.toHtmlEscaped(), result.applicationId.toHtmlEscaped()));
        m_link->setToolTip(PlainText::toHtml(url));
        m_link->show();
    } else {
        m_link->clear();
        m_link->hide();
    }

    int serverProblems = 0;
    for (const Problem &problem : result.problems)
        serverProblems += problem.code.startsWith(QLatin1String("A4C-")) ? 1 : 0;
    if (result.outcome == Outcome::RejectedByServer && serverProblems > 0) {
        m_problems->setText(serverProblems == 1
                                ? tr("Alien4Cloud reported 1 problem; it is in the Problems list, "
                                     "on the node it concerns.")
                                : tr("Alien4Cloud reported %1 problems; they are in the Problems "
                                     "list, on the nodes they concern.")
                                      .arg(serverProblems));
    } else if (result.outcome == Outcome::RefusedLocally && !result.problems.isEmpty()) {
        m_problems->setText(tr("The validation errors are in the Problems list."));
    } else {
        m_problems->clear();
    }
    const bool problems = !m_problems->text().isEmpty();
    m_problems->setVisible(problems);
    m_showProblems->setVisible(problems);

    QString details;
    details += bulletList(tr("Remarks"), result.notices);
    details += bulletList(tr("Uploaded"), result.uploadedArchives);
    details += bulletList(tr("Already on the server"), result.presentArchives);
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
}

QString PushResultView::headline() const
{
    return m_headline->text();
}

QString PushResultView::message() const
{
    return m_message->text();
}

QString PushResultView::applicationLink() const
{
    return m_link->isHidden() ? QString() : m_link->text();
}

} // namespace Topologist
