// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types/constraint.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Topologist {

namespace Ui {
class InputDialog;
}

class TopologyDocument;

/// Adds an input to the topology, or changes one (a new name is carried into its uses): name,
/// type, whether it is required, default and constraints (YAML flow text) and description. A
/// default that breaks the type or the constraints is refused, as a property value would be
/// flagged. OK makes the edit, one undo step; a refused edit keeps the dialog open with the
/// reason.
class InputDialog : public QDialog
{
    Q_OBJECT

public:
    /// For input `input` of the document, or a new one when `input` is empty.
    InputDialog(TopologyDocument *document, const QString &input, QWidget *parent = nullptr);
    ~InputDialog() override;

public slots:
    void accept() override;

private:
    /// The constraints typed in; false with the reason when they are not TOSCA constraints.
    bool readConstraints(Constraints *constraints, QString *error) const;

    std::unique_ptr<Ui::InputDialog> m_ui;
    QPointer<TopologyDocument> m_document;
    QString m_input;
};

} // namespace Topologist
