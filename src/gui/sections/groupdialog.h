// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/groupdefinition.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Topologist {

namespace Ui {
class GroupDialog;
}

class TopologyDocument;

/// Adds a group to the topology, or changes one: name, type (any group type of the imported
/// archives, or none as Alien4Cloud's groups have), description and members ticked among the
/// nodes. OK makes the edit, one undo step; a refused edit keeps the dialog open with the
/// reason.
class GroupDialog : public QDialog
{
    Q_OBJECT

public:
    /// For group `group` of the document, or a new one of `members` when `group` is empty.
    GroupDialog(TopologyDocument *document,
                const QString &group,
                const QStringList &members,
                QWidget *parent = nullptr);
    ~GroupDialog() override;

public slots:
    void accept() override;

private:
    const GroupDefinition *existing() const;

    std::unique_ptr<Ui::GroupDialog> m_ui;
    QPointer<TopologyDocument> m_document;
    QString m_group;
};

} // namespace Topologist
