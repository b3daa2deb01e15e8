// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Topologist {

namespace Ui {
class PropertyMappingDialog;
}

class TopologyDocument;

/// Gives a property of the substituted type by one of the topology's inputs, or changes which:
/// the property (those of the substituted type are offered) and the input. OK makes the edit,
/// one undo step; a refused edit keeps the dialog open with the reason.
class PropertyMappingDialog : public QDialog
{
    Q_OBJECT

public:
    /// For the mapping of property `property`, or a new one when it is empty.
    PropertyMappingDialog(TopologyDocument *document,
                          const QString &property,
                          QWidget *parent = nullptr);
    ~PropertyMappingDialog() override;

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::PropertyMappingDialog> m_ui;
    QPointer<TopologyDocument> m_document;
    QString m_property;
};

} // namespace Topologist
