// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/substitutionmapping.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Topologist {

namespace Ui {
class SubstitutionTargetDialog;
}

class TopologyDocument;

/// Exposes a capability (or requirement) of a node as one of the substitute type's, or changes
/// such an entry: the name it is exposed as (the substituted type's names are offered), the
/// node, and one of the capabilities (requirements) the node's type declares. OK makes the
/// edit, one undo step; a refused edit keeps the dialog open with the reason.
class SubstitutionTargetDialog : public QDialog
{
    Q_OBJECT

public:
    /// For entry `name` of that side of the document's mapping, or a new one when it is empty.
    SubstitutionTargetDialog(TopologyDocument *document,
                             SubstitutionMapping::Side side,
                             const QString &name,
                             QWidget *parent = nullptr);
    ~SubstitutionTargetDialog() override;

public slots:
    void accept() override;

private:
    void offerTargetsOf(const QString &node);
    bool isCapability() const { return m_side == SubstitutionMapping::Side::Capabilities; }

    std::unique_ptr<Ui::SubstitutionTargetDialog> m_ui;
    QPointer<TopologyDocument> m_document;
    SubstitutionMapping::Side m_side;
    QString m_name;
};

} // namespace Topologist
