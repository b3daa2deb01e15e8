// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include "catalog/typecatalog.h"
#include "types/typeregistry.h"

#include <QDir>
#include <QFile>
#include <QHash>

namespace Topologist {

QIcon Icons::named(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return *it;
    QIcon icon;
    const QString svg = QStringLiteral(":/icons/scalable/%1.svg").arg(name);
    if (QFile::exists(svg))
        icon = QIcon(svg);
    cache.insert(name, icon);
    return icon;
}

QIcon Icons::application()
{
    return named(QStringLiteral("topologist"));
}
QIcon Icons::newFile()
{
    return named(QStringLiteral("document-new"));
}
QIcon Icons::open()
{
    return named(QStringLiteral("document-open"));
}
QIcon Icons::save()
{
    return named(QStringLiteral("document-save"));
}
QIcon Icons::saveAs()
{
    return named(QStringLiteral("document-save-as"));
}
QIcon Icons::revert()
{
    return named(QStringLiteral("document-revert"));
}
QIcon Icons::undo()
{
    return named(QStringLiteral("edit-undo"));
}
QIcon Icons::redo()
{
    return named(QStringLiteral("edit-redo"));
}
QIcon Icons::cut()
{
    return named(QStringLiteral("edit-cut"));
}
QIcon Icons::copy()
{
    return named(QStringLiteral("edit-copy"));
}
QIcon Icons::paste()
{
    return named(QStringLiteral("edit-paste"));
}
QIcon Icons::add()
{
    return named(QStringLiteral("list-add"));
}

QIcon Icons::remove()
{
    return named(QStringLiteral("edit-delete"));
}
QIcon Icons::duplicate()
{
    return named(QStringLiteral("edit-duplicate"));
}
QIcon Icons::rename()
{
    return named(QStringLiteral("edit-rename"));
}
QIcon Icons::selectAll()
{
    return named(QStringLiteral("edit-select-all"));
}
QIcon Icons::zoomIn()
{
    return named(QStringLiteral("zoom-in"));
}
QIcon Icons::zoomOut()
{
    return named(QStringLiteral("zoom-out"));
}
QIcon Icons::zoomFit()
{
    return named(QStringLiteral("zoom-fit"));
}
QIcon Icons::zoomOriginal()
{
    return named(QStringLiteral("zoom-original"));
}
QIcon Icons::autoLayout()
{
    return named(QStringLiteral("layout-auto"));
}
QIcon Icons::validate()
{
    return named(QStringLiteral("validate"));
}
QIcon Icons::error()
{
    return named(QStringLiteral("problem-error"));
}
QIcon Icons::warning()
{
    return named(QStringLiteral("problem-warning"));
}
QIcon Icons::info()
{
    return named(QStringLiteral("problem-info"));
}
QIcon Icons::quickFix()
{
    return named(QStringLiteral("quick-fix"));
}
QIcon Icons::exportCsar()
{
    return named(QStringLiteral("export-csar"));
}
QIcon Icons::push()
{
    return named(QStringLiteral("push-alien4cloud"));
}
QIcon Icons::exportImage()
{
    return named(QStringLiteral("export-image"));
}
QIcon Icons::settings()
{
    return named(QStringLiteral("settings"));
}
QIcon Icons::about()
{
    return named(QStringLiteral("about"));
}
QIcon Icons::nodeGeneric()
{
    return named(QStringLiteral("node-generic"));
}

QIcon Icons::forNodeType(const TypeCatalog &catalog,
                         const TypeRegistry &types,
                         const QString &nodeType)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(nodeType);
    if (it != cache.constEnd())
        return *it;
    QIcon icon = nodeGeneric();
    QString archiveId;
    QString path;
    if (types.icon(nodeType, &archiveId, &path)) {
        if (const CatalogEntry *entry = catalog.find(archiveId)) {
            QString relative = path;
            while (relative.startsWith(QLatin1Char('/')))
                relative.remove(0, 1);
            const QString file = QDir(entry->rootPath).filePath(relative);
            if (QFile::exists(file))
                icon = QIcon(file);
        }
    }
    cache.insert(nodeType, icon);
    return icon;
}

} // namespace Topologist
