// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette/typepalettemodel.h"
#include "plaintext.h"

#include "catalog/topologyloader.h"
#include "catalog/typecatalog.h"
#include "icons.h"
#include "mimetypes.h"
#include "types/typenames.h"
#include "types/typeregistry.h"

#include <QCollator>
#include <QFont>
#include <QMimeData>

#include <algorithm>

namespace Topologist {

namespace {

constexpr quintptr ArchiveLevel = 0;

/// The description's first sentence, on one line: what fits under the type's name.
QString summaryOf(const QString &description)
{
    QString text = description.simplified();
    const int end = int(text.indexOf(QLatin1String(". ")));
    if (end > 0)
        text.truncate(end + 1);
    return text;
}

QString normativeName()
{
    return QStringLiteral("tosca-normative-types");
}

} // namespace

TypePaletteModel::TypePaletteModel(const TypeCatalog &catalog, QObject *parent)
    : QAbstractItemModel(parent)
    , m_catalog(catalog)
{}

TypePaletteModel::~TypePaletteModel() = default;

const TypeRegistry &TypePaletteModel::registryFor(const CatalogEntry &entry)
{
    auto it = m_registries.constFind(entry.id());
    if (it == m_registries.constEnd())
        it = m_registries.insert(entry.id(),
                                 TopologyLoader(m_catalog).resolve(entry.archive, {}).types);
    return **it;
}

void TypePaletteModel::reload(bool includeSimpleProfile)
{
    beginResetModel();
    QSet<QString> imported;
    for (const ArchiveRow &archive : std::as_const(m_archives)) {
        if (archive.imported)
            imported.insert(archive.id);
    }
    m_archives.clear();
    for (const CatalogEntry *entry : sortedEntries()) {
        if (!includeSimpleProfile && entry->id() == TypeCatalog::simpleProfileId())
            continue;
        ArchiveRow archive = archiveRow(*entry);
        if (archive.types.isEmpty())
            continue; // an archive of capability or data types only has nothing to drag
        archive.imported = imported.contains(archive.id);
        m_archives.append(archive);
    }
    endResetModel();
}

QList<const CatalogEntry *> TypePaletteModel::sortedEntries() const
{
    QList<const CatalogEntry *> entries = m_catalog.entries();
    // The normative types first (everything derives from them), then the others by name.
    std::stable_sort(
        entries.begin(), entries.end(), [](const CatalogEntry *a, const CatalogEntry *b) {
            const bool aNormative = a->name == normativeName();
            const bool bNormative = b->name == normativeName();
            if (aNormative != bNormative)
                return aNormative;
            if (a->name != b->name)
                return a->name < b->name;
            return a->version > b->version;
        });
    return entries;
}

TypePaletteModel::ArchiveRow TypePaletteModel::archiveRow(const CatalogEntry &entry)
{
    ArchiveRow archive;
    archive.entry = &entry;
    archive.id = entry.id();
    archive.title = entry.name + QLatin1Char(' ') + entry.version;
    const TypeRegistry *registry = nullptr;
    for (const TypeDefinition &type : entry.archive.types) {
        if (type.kind != TypeKind::Node)
            continue;
        if (!registry)
            registry = &registryFor(entry);
        TypeRow row;
        row.name = type.name;
        row.shortName = TypeNames::shortName(type.name);
        row.description = type.description.trimmed();
        row.summary = summaryOf(row.description);
        row.abstract = type.abstract;
        row.lineage = registry->lineage(TypeKind::Node, type.name);
        row.icon = Icons::forNodeType(m_catalog, *registry, type.name);
        archive.types.append(row);
    }
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(archive.types.begin(),
              archive.types.end(),
              [&collator](const TypeRow &a, const TypeRow &b) {
                  const int order = collator.compare(a.shortName, b.shortName);
                  return order != 0 ? order < 0 : a.name < b.name;
              });
    for (TypeRow &row : archive.types)
        row.toolTip = toolTipOf(row, archive.title);
    return archive;
}

QString TypePaletteModel::toolTipOf(const TypeRow &row, const QString &archiveTitle)
{
    QString tip = QStringLiteral("<p style='white-space:pre'><b>%1</b>%2<br/><span "
                                 "style='color:gray'>%3</span></p>")
                      .arg(row.shortName.toHtmlEscaped(),
                           row.abstract ? tr(" <i>(abstract)</i>") : QString(),
                           row.name.toHtmlEscaped());
    if (row.lineage.size() > 1) {
        QStringList parents;
        for (int i = 1; i < row.lineage.size(); ++i)
            parents << TypeNames::shortName(row.lineage.at(i)).toHtmlEscaped();
        tip += tr("<p>Derived from %1</p>").arg(parents.join(QStringLiteral(" &rarr; ")));
    }
    if (!row.description.isEmpty())
        tip += QStringLiteral("<p>%1</p>").arg(row.description.toHtmlEscaped());
    if (row.abstract) {
        tip += tr("<p><i>Abstract: Alien4Cloud substitutes a concrete type (for example the "
                  "cloud's own machine type) at deployment. You can still use it in a "
                  "topology.</i></p>");
    }
    tip += tr("<p style='color:gray'>From %1</p>").arg(archiveTitle.toHtmlEscaped());
    return tip;
}

void TypePaletteModel::setImportedArchives(const QSet<QString> &ids)
{
    for (int i = 0; i < m_archives.size(); ++i) {
        const bool imported = ids.contains(m_archives[i].id);
        if (m_archives[i].imported == imported)
            continue;
        m_archives[i].imported = imported;
        const QModelIndex changed = index(i, 0);
        emit dataChanged(changed, changed, {ImportedRole, Qt::ToolTipRole});
    }
}

void TypePaletteModel::setOfferedArchives(const QSet<QString> &ids)
{
    for (int i = 0; i < m_archives.size(); ++i) {
        const bool offered = ids.contains(m_archives[i].id);
        if (m_archives[i].offered == offered)
            continue;
        m_archives[i].offered = offered;
        const QModelIndex changed = index(i, 0);
        emit dataChanged(changed, changed, {OfferedRole});
    }
}

QString TypePaletteModel::archiveToolTip(const ArchiveRow &archive) const
{
    QString tip
        = QStringLiteral("<p><b>%1</b> %2</p>")
              .arg(archive.entry->name.toHtmlEscaped(), archive.entry->version.toHtmlEscaped());
    if (!archive.entry->archive.description.isEmpty())
        tip += QStringLiteral("<p>%1</p>").arg(archive.entry->archive.description.toHtmlEscaped());
    tip += archive.imported ? tr("<p style='color:gray'>Imported by this topology.</p>")
                            : tr("<p style='color:gray'>Not imported yet: adding one of its types "
                                 "adds the import.</p>");
    return tip;
}

const CatalogEntry *TypePaletteModel::archiveAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int archive
        = index.internalId() == ArchiveLevel ? index.row() : int(index.internalId() - 1);
    return archive >= 0 && archive < m_archives.size() ? m_archives.at(archive).entry : nullptr;
}

QModelIndex TypePaletteModel::indexOfType(const QString &typeName) const
{
    for (int a = 0; a < m_archives.size(); ++a) {
        const QList<TypeRow> &types = m_archives.at(a).types;
        for (int t = 0; t < types.size(); ++t) {
            if (types.at(t).name == typeName)
                return createIndex(t, 0, quintptr(a + 1));
        }
    }
    return QModelIndex();
}

QStringList TypePaletteModel::typeNames() const
{
    QStringList names;
    for (const ArchiveRow &archive : m_archives) {
        for (const TypeRow &type : archive.types)
            names << type.name;
    }
    return names;
}

QList<const CatalogEntry *> TypePaletteModel::archives() const
{
    QList<const CatalogEntry *> result;
    for (const ArchiveRow &archive : m_archives)
        result << archive.entry;
    return result;
}

QIcon TypePaletteModel::iconOf(const QString &typeName) const
{
    const QModelIndex found = indexOfType(typeName);
    return found.isValid() ? m_archives.at(int(found.internalId() - 1)).types.at(found.row()).icon
                           : QIcon();
}

QModelIndex TypePaletteModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return QModelIndex();
    if (!parent.isValid())
        return row < m_archives.size() ? createIndex(row, 0, ArchiveLevel) : QModelIndex();
    if (parent.internalId() != ArchiveLevel || parent.row() >= m_archives.size())
        return QModelIndex();
    if (row >= m_archives.at(parent.row()).types.size())
        return QModelIndex();
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex TypePaletteModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == ArchiveLevel)
        return QModelIndex();
    return createIndex(int(child.internalId() - 1), 0, ArchiveLevel);
}

int TypePaletteModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_archives.size());
    if (parent.internalId() == ArchiveLevel && parent.row() < m_archives.size())
        return int(m_archives.at(parent.row()).types.size());
    return 0;
}

int TypePaletteModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant TypePaletteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    if (index.internalId() == ArchiveLevel) {
        const ArchiveRow &archive = m_archives.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return archive.title;
        case Qt::ToolTipRole:
            return PlainText::toHtml(archiveToolTip(archive));
        case ShortNameRole:
            return archive.entry->name;
        case ArchiveIdRole:
            return archive.id;
        case IsArchiveRole:
            return true;
        case ImportedRole:
            return archive.imported;
        case NormativeRole:
            return archive.entry->name == normativeName();
        case OfferedRole:
            return archive.offered;
        case TypeCountRole:
            return int(archive.types.size());
        case AbstractRole:
            return false;
        default:
            return QVariant();
        }
    }
    const ArchiveRow &archive = m_archives.at(int(index.internalId() - 1));
    const TypeRow &type = archive.types.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ShortNameRole:
        return type.shortName;
    case Qt::DecorationRole:
        return type.icon;
    case Qt::ToolTipRole:
        return PlainText::toHtml(type.toolTip);
    case Qt::StatusTipRole:
        return tr("%1: drag onto the canvas (onto a node to host it there), or double-click to add")
            .arg(type.name);
    case Qt::FontRole:
        if (type.abstract) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return QVariant();
    case Qt::AccessibleTextRole:
        return type.abstract ? tr("%1 (abstract)").arg(type.shortName) : type.shortName;
    case TypeNameRole:
        return type.name;
    case DescriptionRole:
        return type.description;
    case SummaryRole:
        return type.summary;
    case AbstractRole:
        return type.abstract;
    case ArchiveIdRole:
        return archive.id;
    case IsArchiveRole:
        return false;
    default:
        return QVariant();
    }
}

Qt::ItemFlags TypePaletteModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == ArchiveLevel)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled
           | Qt::ItemNeverHasChildren;
}

QStringList TypePaletteModel::mimeTypes() const
{
    return {MimeTypes::nodeType()};
}

QMimeData *TypePaletteModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        const QString type = index.data(TypeNameRole).toString();
        if (type.isEmpty())
            continue;
        auto *data = new QMimeData;
        data->setData(MimeTypes::nodeType(), type.toUtf8());
        // Dropped into a text editor (or the YAML of a node), the type name is what is wanted.
        data->setText(type);
        return data;
    }
    return nullptr;
}

} // namespace Topologist
