// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/severity.h"
#include "validation/problem.h"

#include <QSortFilterProxyModel>

namespace Topologist {

/// The problem rows to show: the severities switched on and, with a text, the problems whose
/// message, code, node, member or location contain it. Group rows stay while they hold one.
class ProblemFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ProblemFilter(QObject *parent = nullptr);

    void setSeverityShown(Severity severity, bool shown);
    bool isSeverityShown(Severity severity) const { return m_shown[int(severity)]; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool accepts(const Problem &problem) const;

    bool m_shown[3] = {true, true, true};
    QString m_text;
};

} // namespace Topologist
