// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/outputdefinition.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Topologist {

namespace Ui {
class OutputDialog;
}

class TopologyDocument;

/// Adds an output to the topology, or changes one: name, value (a get_attribute, get_property
/// or concat expression as YAML flow text) and description. OK makes the edit, one undo step;
/// a refused edit keeps the dialog open with the reason.
class OutputDialog : public QDialog
{
    Q_OBJECT

public:
    /// For output `output` of the document, or a new one when `output` is empty.
    OutputDialog(TopologyDocument *document, const QString &output, QWidget *parent = nullptr);
    ~OutputDialog() override;

public slots:
    void accept() override;

private:
    const OutputDefinition *existing() const;

    std::unique_ptr<Ui::OutputDialog> m_ui;
    QPointer<TopologyDocument> m_document;
    QString m_output;
};

} // namespace Topologist
