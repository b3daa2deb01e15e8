// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette/typepalette.h"

#include "catalog/typecatalog.h"
#include "documentactions.h"
#include "palette/typepalettefilter.h"
#include "palette/typepalettemodel.h"
#include "palette/typepaletteview.h"
#include "selectionmodel.h"
#include "topologydocument.h"
#include "types/relationshipmatcher.h"
#include "types/typenames.h"
#include "yaml/toscadialect.h"

#include <QCheckBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Topologist {

TypePalette::TypePalette(const TypeCatalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_model(new TypePaletteModel(catalog, this))
    , m_filter(new TypePaletteFilter(this))
    , m_view(new TypePaletteView(this))
    , m_search(new QLineEdit(this))
    , m_fitsSelection(new QCheckBox(this))
{
    m_search->setObjectName(QStringLiteral("paletteSearch"));
    m_search->setPlaceholderText(tr("Search types"));
    m_search->setToolTip(
        tr("Filter by name, description or camel-case initials (\"msl\" finds MesosSlave).\n"
           "Down moves into the list; Escape clears."));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_fitsSelection->setObjectName(QStringLiteral("paletteFitsSelection"));
    m_fitsSelection->setToolTip(
        tr("Show only the types that can be hosted on the selected node or that "
           "satisfy one of its open requirements"));

    m_view->setObjectName(QStringLiteral("paletteView"));
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_filter->sort(0);

    auto *top = new QVBoxLayout;
    top->setContentsMargins(6, 6, 6, 4);
    top->setSpacing(4);
    top->addWidget(m_search);
    top->addWidget(m_fitsSelection);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setQuery(text);
        restoreExpansion();
        updateEmptyText();
    });
    connect(m_fitsSelection, &QCheckBox::toggled, this, &TypePalette::updateFitFilter);
    connect(m_view, &TypePaletteView::leaveTop, m_search, [this] {
        m_search->setFocus(Qt::TabFocusReason);
    });
    const auto add = [this](const QModelIndex &index) {
        const QString type = index.data(TypePaletteModel::TypeNameRole).toString();
        if (!type.isEmpty())
            emit addTypeRequested(type);
    };
    connect(m_view, &QAbstractItemView::doubleClicked, this, add);
    connect(m_view, &TypePaletteView::typeActivated, this, add);
    connect(m_view, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        if (!m_restoring && m_filter->query().isEmpty())
            m_collapsed.insert(index.data(TypePaletteModel::ArchiveIdRole).toString());
    });
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (!m_restoring)
            m_collapsed.remove(index.data(TypePaletteModel::ArchiveIdRole).toString());
    });
    // Archives that reappear after filtering come back unfolded (unless the user folded them).
    connect(m_filter,
            &QAbstractItemModel::rowsInserted,
            this,
            [this](const QModelIndex &insertedUnder) {
                if (!insertedUnder.isValid())
                    restoreExpansion();
            });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TypePalette::restoreExpansion);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &TypePalette::restoreExpansion);

    rebuild();
    updateFitFilter();
}

TypePalette::~TypePalette() = default;

void TypePalette::detach()
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
}

void TypePalette::setDocument(TopologyDocument *document, SelectionModel *selection)
{
    detach();
    m_document = document;
    m_selection = selection;
    m_fits.clear();
    if (document) {
        connect(document, &TopologyDocument::documentReset, this, [this] {
            m_fits.clear();
            rebuild();
            updateFitFilter();
        });
        connect(document, &TopologyDocument::nodeChanged, this, &TypePalette::invalidateFits);
        connect(document, &TopologyDocument::nodeRemoved, this, &TypePalette::invalidateFits);
        connect(document, &TopologyDocument::nodeAdded, this, &TypePalette::invalidateFits);
        connect(document, &TopologyDocument::nodeRenamed, this, &TypePalette::invalidateFits);
    }
    if (selection)
        connect(selection, &SelectionModel::selectionChanged, this, &TypePalette::updateFitFilter);
    rebuild();
    updateFitFilter();
}

void TypePalette::reload()
{
    m_model->clearCache();
    m_fits.clear();
    rebuild(true);
    updateFitFilter();
}

void TypePalette::rebuild(bool reread)
{
    // The Simple Profile redeclares the normative type names; offer it only to topologies
    // written in that dialect (which import it implicitly).
    const bool simple
        = m_document
          && ToscaDialect::isToscaSimpleProfile(m_document->archive().toscaDefinitionsVersion);
    if (reread || simple != m_includesSimpleProfile || m_model->rowCount() == 0) {
        m_includesSimpleProfile = simple;
        m_model->reload(simple);
    }
    updateImports();
    restoreExpansion();
    updateEmptyText();
}

void TypePalette::updateImports()
{
    QSet<QString> imported;
    const QList<const CatalogEntry *> none;
    const QList<const CatalogEntry *> &dependencies
        = m_document ? m_document->dependencies() : none;
    for (const CatalogEntry *entry : dependencies)
        imported.insert(entry->id());
    m_model->setImportedArchives(imported);
    QSet<QString> offered;
    for (const CatalogEntry *entry : m_model->archives()) {
        if (entry->version == m_catalog.versionToOffer(entry->name, dependencies))
            offered.insert(entry->id());
    }
    m_model->setOfferedArchives(offered);
    m_filter->archivesChanged();
}

void TypePalette::invalidateFits(const QString &node)
{
    // Only the node's own requirements and type decide what fits it.
    if (!m_fits.remove(node))
        return;
    if (m_selection && m_selection->currentNode() == node)
        updateFitFilter();
}

QSet<QString> TypePalette::typesFitting(const QString &node)
{
    auto cached = m_fits.constFind(node);
    if (cached != m_fits.constEnd())
        return *cached;
    QSet<QString> fits;
    if (!m_document)
        return fits;
    const NodeTemplate *selected = m_document->topology().node(node);
    const TypeDefinition *selectedType
        = selected ? m_document->types().resolved(TypeKind::Node, selected->type) : nullptr;
    if (!selectedType)
        return fits;
    const DocumentActions &actions = m_document->actions();
    QList<const RequirementDefinition *> open;
    for (const QString &name : actions.openRequirements(node)) {
        for (const RequirementDefinition &definition : selectedType->requirements) {
            // tosca.nodes.Root's `dependency` targets tosca.capabilities.Node, which every
            // node type offers: as a filter it would let everything through.
            if (definition.name == name
                && !m_document->types().derivesFrom(
                    TypeKind::Capability, definition.capability, TypeNames::nodeCapability))
                open.append(&definition);
        }
    }
    for (const CatalogEntry *entry : m_model->archives()) {
        // Judge each archive's types with the types the topology would have once it imports it.
        const TypeRegistry &types = m_document->typesWithImport(*entry);
        const RelationshipMatcher matcher(types);
        for (const TypeDefinition &declared : entry->archive.types) {
            if (declared.kind != TypeKind::Node)
                continue;
            if (actions.canHostType(declared.name, node)) {
                fits.insert(declared.name);
                continue;
            }
            const TypeDefinition *candidate
                = open.isEmpty() ? nullptr : types.resolved(TypeKind::Node, declared.name);
            for (const RequirementDefinition *definition : std::as_const(open)) {
                if (candidate
                    && !matcher.matchingCapability(*definition, QString(), *candidate).isEmpty()) {
                    fits.insert(declared.name);
                    break;
                }
            }
        }
    }
    m_fits.insert(node, fits);
    return fits;
}

void TypePalette::updateFitFilter()
{
    const QString node = m_selection && m_document ? m_selection->currentNode() : QString();
    const bool available = !node.isEmpty() && m_document->topology().contains(node);
    m_fitsSelection->setEnabled(available);
    m_fitsSelection->setText(available ? tr("Only types that fit %1").arg(node)
                                       : tr("Only types that fit the selection"));
    if (available && m_fitsSelection->isChecked()) {
        const QSet<QString> fits = typesFitting(node);
        m_filter->setAllowedTypes(fits);
        emit statusMessage(fits.size() == 1 ? tr("1 type fits %1").arg(node)
                                            : tr("%1 types fit %2").arg(fits.size()).arg(node));
    } else {
        m_filter->setAllowedTypes(std::nullopt);
    }
    restoreExpansion();
    updateEmptyText();
}

void TypePalette::restoreExpansion()
{
    m_restoring = true;
    const bool searching = !m_filter->query().isEmpty();
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex archive = m_filter->index(row, 0);
        const bool folded
            = !searching
              && m_collapsed.contains(archive.data(TypePaletteModel::ArchiveIdRole).toString());
        m_view->setExpanded(archive, !folded);
    }
    m_restoring = false;
}

void TypePalette::updateEmptyText()
{
    const QString query = m_filter->query();
    QString text;
    if (!query.isEmpty() && m_filter->isRestricted())
        text = tr("No type matching \"%1\" fits %2.")
                   .arg(query, m_selection ? m_selection->currentNode() : QString());
    else if (!query.isEmpty())
        text = tr("No type matches \"%1\".").arg(query);
    else if (m_filter->isRestricted())
        text = tr("No type of the library fits %1.")
                   .arg(m_selection ? m_selection->currentNode() : QString());
    else
        text = tr("The type library is empty.");
    m_view->setEmptyText(text);
}

bool TypePalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            m_view->focusFirstType();
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !m_search->text().trimmed().isEmpty()) {
            // As in a locator: Enter takes the best match.
            const QString type
                = m_view->firstType().data(TypePaletteModel::TypeNameRole).toString();
            if (type.isEmpty())
                emit statusMessage(tr("No type matches \"%1\"").arg(m_search->text().trimmed()));
            else
                emit addTypeRequested(type);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TypePalette::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace Topologist
