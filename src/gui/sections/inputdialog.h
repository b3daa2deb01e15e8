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
class ValueEditor;

/// Adds an input to the topology, or changes one (a new name is carried into its uses): name,
/// type, whether it is required, default, constraints (YAML flow text) and description. The
/// default is edited with the typed editor a property of that type and those constraints gets
/// (YAML text for lists, maps and complex types), and one that breaks them is refused. OK makes the
/// edit, one undo step; a refused edit keeps the dialog open with the reason.
class InputDialog : public QDialog
{
    Q_OBJECT

public:
    /// For input `input` of the document, or a new one when `input` is empty.
    InputDialog(TopologyDocument *document, const QString &input, QWidget *parent = nullptr);
    ~InputDialog() override;

    /// The typed editor of the default (spin box, choice, check box...) the type and the
    /// constraints call for, as the property editor has; null while the default is YAML text.
    ValueEditor *defaultEditor() const { return m_typedDefault; }

public slots:
    void accept() override;

private:
    bool readDefault(Value *value, QString *error) const;
    /// Makes the default's editor follow the type and the constraints typed so far.
    void rebuildDefaultEditor();
    ValueEditor *typedEditorFor(const Value &value);
    /// The constraints typed in; false with the reason when they are not TOSCA constraints.
    bool readConstraints(Constraints *constraints, QString *error) const;

    std::unique_ptr<Ui::InputDialog> m_ui;
    QPointer<TopologyDocument> m_document;
    QString m_input;
    ValueEditor *m_typedDefault = nullptr;
};

} // namespace Topologist
