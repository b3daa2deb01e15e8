// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QIcon>
#include <QList>
#include <QSet>
#include <QStringList>

#include <memory>

namespace Topologist {

struct CatalogEntry;
class TypeCatalog;
class TypeRegistry;

/// The node types of the type library as a two-level model: one row per catalog archive
/// ("mesos-types 1.4.0-SNAPSHOT"), its node types below, sorted by short name. Type rows drag
/// as MimeTypes::nodeType().
class TypePaletteModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        TypeNameRole = Qt::UserRole + 1, ///< full type name; empty on archive rows
        ShortNameRole,                   ///< "MesosSlave"
        DescriptionRole,
        SummaryRole,   ///< the description's first sentence, for the second line
        AbstractRole,  ///< bool
        ArchiveIdRole, ///< "mesos-types:1.4.0-SNAPSHOT", on both kinds of rows
        IsArchiveRole, ///< bool
        ImportedRole,  ///< bool, archive rows: the document imports this archive
        OfferedRole,   ///< bool, archive rows: the version of its archive the document gets
        TypeCountRole, ///< int, archive rows
        NormativeRole, ///< bool, archive rows: TOSCA's normative types, all abstract
    };

    explicit TypePaletteModel(const TypeCatalog &catalog, QObject *parent = nullptr);
    ~TypePaletteModel() override;

    /// Re-reads the catalog. The TOSCA Simple Profile archive is listed only with
    /// `includeSimpleProfile`: its types have the same names as the normative ones.
    void reload(bool includeSimpleProfile);
    /// Which archives the document imports (by id), shown on the archive rows.
    void setImportedArchives(const QSet<QString> &ids);
    /// The archive versions to show: one version of each archive (see
    /// TypeCatalog::versionToOffer); the others are hidden by the filter.
    void setOfferedArchives(const QSet<QString> &ids);
    /// Forgets the archives resolved so far (an archive was replaced in the catalog).
    void clearCache() { m_registries.clear(); }

    const CatalogEntry *archiveAt(const QModelIndex &index) const;
    QModelIndex indexOfType(const QString &typeName) const;
    /// Every listed node type, in display order.
    QStringList typeNames() const;
    /// The catalog entries shown, in display order.
    QList<const CatalogEntry *> archives() const;
    QIcon iconOf(const QString &typeName) const;

    QModelIndex
    index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

private:
    struct TypeRow
    {
        QString name;
        QString shortName;
        QString description;
        QString summary;
        QStringList lineage;
        bool abstract = false;
        QIcon icon;
        QString toolTip;
    };
    struct ArchiveRow
    {
        const CatalogEntry *entry = nullptr;
        QString id;
        QString title;
        bool imported = false;
        bool offered = true;
        QList<TypeRow> types;
    };

    const TypeRegistry &registryFor(const CatalogEntry &entry);
    QList<const CatalogEntry *> sortedEntries() const;
    /// The archive's node types as rows, sorted by short name.
    ArchiveRow archiveRow(const CatalogEntry &entry);
    static QString toolTipOf(const TypeRow &row, const QString &archiveTitle);
    QString archiveToolTip(const ArchiveRow &archive) const;

    const TypeCatalog &m_catalog;
    QList<ArchiveRow> m_archives;
    /// Each archive resolved on its own (with its imports), for inherited icons and lineages.
    /// Resolving is the slow part of a reload; the catalog's archives do not change in place.
    QHash<QString, std::shared_ptr<const TypeRegistry>> m_registries;
};

} // namespace Topologist
