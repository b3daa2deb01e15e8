// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Topologist {

class SelectionModel;
class TopologyDocument;

/// Properties, capability properties and requirements of the selected node template, each
/// with an editor fitting its TOSCA type and constraints.
class PropertyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PropertyEditor(QWidget *parent = nullptr);
    ~PropertyEditor() override;
    void setDocument(TopologyDocument *document, SelectionModel *selection);

signals:
    void statusMessage(const QString &message);
};

} // namespace Topologist
