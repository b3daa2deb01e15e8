// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/policydefinition.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Topologist {

namespace Ui {
class PolicyDialog;
}

class TopologyDocument;

/// Adds a policy to the topology, or changes one: name, type (the policy types of the imported
/// archives: TOSCA's normative ones, Alien4Cloud's placement and anti-affinity where imported),
/// description, targets ticked among the groups and nodes, and properties as a YAML mapping,
/// with the properties the chosen type declares listed beneath. OK makes the edit, one undo
/// step; a refused edit keeps the dialog open with the reason.
class PolicyDialog : public QDialog
{
    Q_OBJECT

public:
    /// For policy `policy` of the document, or a new one when `policy` is empty.
    PolicyDialog(TopologyDocument *document, const QString &policy, QWidget *parent = nullptr);
    ~PolicyDialog() override;

public slots:
    void accept() override;

private:
    const PolicyDefinition *existing() const;
    /// Lists what `type` declares under the properties field.
    void showDeclared(const QString &type);

    std::unique_ptr<Ui::PolicyDialog> m_ui;
    QPointer<TopologyDocument> m_document;
    QString m_policy;
};

} // namespace Topologist
