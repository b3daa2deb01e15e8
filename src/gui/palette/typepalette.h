// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QLineEdit;

namespace Topologist {

class SelectionModel;
class TopologyDocument;
class TypeCatalog;
class TypePaletteFilter;
class TypePaletteModel;
class TypePaletteView;

/// Every node type of the type library, grouped by archive, to drag onto the canvas.
///
/// A search box filters as you type (names, descriptions, camel-case initials); "Fits the
/// selection" narrows the list to the types that can be hosted on the selected node or that
/// satisfy one of its open requirements. Types drag as MimeTypes::nodeType(); a double-click
/// asks for the type to be added (addTypeRequested).
class TypePalette : public QWidget
{
    Q_OBJECT

public:
    explicit TypePalette(const TypeCatalog &catalog, QWidget *parent = nullptr);
    ~TypePalette() override;
    void setDocument(TopologyDocument *document, SelectionModel *selection);
    /// Re-reads the catalog (after the user added an archive).
    void reload();

    /// The types that fit `node` of the current document: hostable on it, or satisfying one of
    /// its open requirements (generic `dependency` requirements aside: every type satisfies
    /// them). Cached until the node or the document's imports change.
    QSet<QString> typesFitting(const QString &node);
    /// Puts the focus in the search box, its text selected: type to find, Enter to add.
    void focusSearch();

signals:
    void statusMessage(const QString &message);
    /// The user double-clicked a type, pressed Enter on it, or Enter in the search box (the
    /// first match): the main window adds a node of that type (DocumentActions::addNode).
    void addTypeRequested(const QString &type);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void detach();
    void rebuild(bool reread = false);
    void updateImports();
    void updateFitFilter();
    void invalidateFits(const QString &node);
    void restoreExpansion();
    void updateEmptyText();

    const TypeCatalog &m_catalog;
    QPointer<TopologyDocument> m_document;
    QPointer<SelectionModel> m_selection;
    TypePaletteModel *m_model;
    TypePaletteFilter *m_filter;
    TypePaletteView *m_view;
    QLineEdit *m_search;
    QCheckBox *m_fitsSelection;
    bool m_includesSimpleProfile = false;
    QHash<QString, QSet<QString>> m_fits;
    /// Archives the user folded, kept across filtering.
    QSet<QString> m_collapsed;
    bool m_restoring = false;
};

} // namespace Topologist
