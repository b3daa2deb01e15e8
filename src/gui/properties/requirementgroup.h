// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/requirementassignment.h"
#include "support/severity.h"
#include "types/requirementdefinition.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <tuple>

class QComboBox;
class QLabel;
class QToolButton;
class QWidget;

namespace Topologist {

class CollapsibleSection;
class LazyComboBox;

/// One requirement of the node in the property editor: how many relationships it has against
/// its occurrences ("1 of [1, 1]"), each relationship (target, capability, relationship type,
/// disconnect) and, while it accepts more, a choice of compatible targets to connect to.
///
/// Like the property rows it never edits the document; it asks through its signals.
class RequirementGroup : public QObject
{
    Q_OBJECT

public:
    struct Relationship
    {
        int index = -1; // in the node's requirement list
        RequirementAssignment assignment;
    };

    /// `definition` is empty for a requirement the node's type does not declare.
    /// `relationshipTypes` are the types the definition's relationship allows (itself and its
    /// descendants).
    RequirementGroup(const QString &name,
                     const std::optional<RequirementDefinition> &definition,
                     const QList<Relationship> &relationships,
                     const QStringList &relationshipTypes,
                     QWidget *parentWidget,
                     QObject *parent = nullptr);

    QString name() const { return m_name; }
    CollapsibleSection *section() const { return m_section; }
    /// "1 of [1, 1]"
    QString occurrencesText() const;
    bool acceptsMore() const;

    /// Where the compatible targets come from, asked when the user opens the connect choice.
    void setCandidatesProvider(std::function<QStringList()> provider)
    {
        m_candidates = std::move(provider);
    }
    /// Forget the computed candidates (the topology changed).
    void invalidateCandidates();

    /// The document's problems for this requirement: (relationship index or -1, severity, text).
    void setProblems(const QList<std::tuple<int, Severity, QString>> &problems);
    QString message(int relationshipIndex = -1) const;

    // The widgets, for tests and keyboard navigation.
    QComboBox *relationshipCombo(int relationshipIndex) const;
    QToolButton *disconnectButton(int relationshipIndex) const;
    QLabel *targetLabel(int relationshipIndex) const;
    LazyComboBox *connectCombo() const { return m_connect; }
    /// Connects to `target` as if picked in the connect choice.
    void chooseTarget(const QString &target);

signals:
    void connectRequested(const QString &requirement, const QString &target);
    void disconnectRequested(int relationshipIndex);
    void relationshipTypeRequested(int relationshipIndex, const QString &relationshipType);
    void nodeActivated(const QString &node);

private:
    struct Row
    {
        int index = -1;
        int gridRow = 0;
        QLabel *target = nullptr;
        QComboBox *relationship = nullptr;
        QToolButton *disconnect = nullptr;
        QLabel *message = nullptr;
    };

    void createSection(QWidget *parentWidget);
    Row createRow(const Relationship &r, const QStringList &relationshipTypes, int gridRow);
    /// The "Connect to…" field for one more relationship; returns its label.
    QLabel *createConnectField();
    QLabel *messageLabel(Row &row);

    QString m_name;
    std::optional<RequirementDefinition> m_definition;
    int m_used = 0;
    CollapsibleSection *m_section = nullptr;
    QList<Row> m_rows;
    LazyComboBox *m_connect = nullptr;
    std::function<QStringList()> m_candidates;
};

} // namespace Topologist
