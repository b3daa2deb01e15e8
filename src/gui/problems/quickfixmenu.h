// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/problem.h"

#include <QObject>
#include <QPointer>

class QMenu;
class QWidget;

namespace Topologist {

class TopologyDocument;

/// The quick fixes of problems as menu entries: the one place that offers them, for the
/// canvas's problem badges and the problem list's context menu alike. A fix is applied through
/// the document's actions, as one undo step, and the outcome is reported in statusMessage().
class QuickFixMenu : public QObject
{
    Q_OBJECT

public:
    explicit QuickFixMenu(QObject *parent = nullptr);

    void setDocument(TopologyDocument *document);

    /// A menu listing each problem (a disabled title with its severity) followed by its fixes,
    /// or saying that none is available. The caller owns the menu.
    QMenu *createMenu(const Problems &problems, QWidget *parent);
    /// Adds one entry (object name "quickFix") per distinct fix of `problems`; returns how many.
    int addFixes(QMenu *menu, const Problems &problems);
    /// Applies `fix`; false, with the reason in statusMessage(), when it no longer applies.
    bool apply(const QuickFix &fix);

signals:
    void statusMessage(const QString &message);

private:
    void addTitle(QMenu *menu, const Problem &problem);
    void addFix(QMenu *menu, const QuickFix &fix);

    QPointer<TopologyDocument> m_document;
};

} // namespace Topologist
