// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Topologist {

class SelectionModel;
class TopologyDocument;
class TypeCatalog;

/// Every node type of the type library, grouped by archive, to drag onto the canvas.
class TypePalette : public QWidget
{
    Q_OBJECT

public:
    explicit TypePalette(const TypeCatalog &catalog, QWidget *parent = nullptr);
    ~TypePalette() override;
    void setDocument(TopologyDocument *document, SelectionModel *selection);
    /// Re-reads the catalog (after the user added an archive).
    void reload();

signals:
    void statusMessage(const QString &message);
};

} // namespace Topologist
