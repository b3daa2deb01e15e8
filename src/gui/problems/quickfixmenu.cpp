// SPDX-License-Identifier: GPL-3.0-or-later
#include "problems/quickfixmenu.h"

#include "documentactions.h"
#include "plaintext.h"
#include "problems/severityicons.h"
#include "topologydocument.h"

#include <QMenu>

namespace Topologist {

QuickFixMenu::QuickFixMenu(QObject *parent)
    : QObject(parent)
{}

void QuickFixMenu::setDocument(TopologyDocument *document)
{
    m_document = document;
}

QMenu *QuickFixMenu::createMenu(const Problems &problems, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    bool anyFix = false;
    for (const Problem &problem : problems) {
        if (!menu->isEmpty())
            menu->addSeparator();
        addTitle(menu, problem);
        for (const QuickFix &fix : problem.fixes) {
            addFix(menu, fix);
            anyFix = true;
        }
    }
    if (!anyFix) {
        QAction *none = menu->addAction(tr("No quick fix available"));
        none->setEnabled(false);
    }
    return menu;
}

int QuickFixMenu::addFixes(QMenu *menu, const Problems &problems)
{
    QStringList offered;
    for (const Problem &problem : problems) {
        for (const QuickFix &fix : problem.fixes) {
            if (offered.contains(fix.description))
                continue;
            offered << fix.description;
            addFix(menu, fix);
        }
    }
    return int(offered.size());
}

bool QuickFixMenu::apply(const QuickFix &fix)
{
    if (!m_document)
        return false;
    QString error;
    if (m_document->actions().applyQuickFix(fix, &error)) {
        emit statusMessage(tr("Applied: %1").arg(fix.description));
        return true;
    }
    if (error.isEmpty())
        error = tr("it no longer applies");
    emit statusMessage(tr("Could not apply \"%1\": %2").arg(fix.description, error));
    return false;
}

void QuickFixMenu::addTitle(QMenu *menu, const Problem &problem)
{
    QString message = problem.message;
    if (message.size() > 90)
        message = message.left(87) + QStringLiteral("...");
    QAction *title = menu->addAction(SeverityIcons::forSeverity(problem.severity), message);
    title->setEnabled(false);
    title->setToolTip(PlainText::toHtml(problem.message));
}

void QuickFixMenu::addFix(QMenu *menu, const QuickFix &fix)
{
    QAction *action = menu->addAction(SeverityIcons::quickFix(), fix.description);
    action->setObjectName(QStringLiteral("quickFix"));
    // A copy: the problem, and the fix in it, are gone once the fix is applied.
    connect(action, &QAction::triggered, this, [this, fix] { apply(fix); });
}

} // namespace Topologist
