// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryreport.h"

#include "catalog/typecatalog.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace Topologist {

namespace {

// lupdate names a context after the enclosing class, so the context is declared here
// rather than hidden in a helper function: strings land under "Cli" in the .ts too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void writeLibrary(const TypeCatalog &catalog, const TypeLibrary &library, QTextStream &out)
{
    const int archives = int(library.archiveIds.size());
    const int problems = int(library.problems.size());
    out << (archives == 1 ? Tr::tr("%1: 1 archive").arg(library.rootPath)
                          : Tr::tr("%1: %2 archives").arg(library.rootPath).arg(archives));
    if (problems > 0)
        out << (problems == 1 ? Tr::tr(", 1 problem") : Tr::tr(", %1 problems").arg(problems));
    out << '\n';
    QList<const CatalogEntry *> entries;
    for (const QString &id : library.archiveIds) {
        if (const CatalogEntry *entry = catalog.find(id))
            entries << entry;
    }
    std::sort(entries.begin(), entries.end(), [](const CatalogEntry *a, const CatalogEntry *b) {
        return a->name != b->name ? a->name < b->name : a->version < b->version;
    });
    int nameWidth = 0;
    int versionWidth = 0;
    // A few archive names run to a hundred characters; they do not set the column for all.
    constexpr int widest = 48;
    for (const CatalogEntry *entry : std::as_const(entries)) {
        nameWidth = std::clamp(int(entry->name.size()), nameWidth, widest);
        versionWidth = std::clamp(int(entry->version.size()), versionWidth, widest);
    }
    const QDir root(library.rootPath);
    for (const CatalogEntry *entry : std::as_const(entries)) {
        out << "  " << entry->name.leftJustified(nameWidth + 2)
            << entry->version.leftJustified(versionWidth + 2)
            << root.relativeFilePath(entry->definitionsPath);
        if (entry->isBroken())
            out << "  " << Tr::tr("(has errors)");
        out << '\n';
    }
    for (const Diagnostic &problem : library.problems)
        out << "  " << problem.toString() << '\n';
}

} // namespace

void LibraryReport::write(const TypeCatalog &catalog, QTextStream &out)
{
    const QList<const TypeLibrary *> libraries = catalog.libraries();
    if (libraries.isEmpty())
        out << Tr::tr("no type library: give one or more with --types FOLDER") << '\n';
    for (const TypeLibrary *library : libraries)
        writeLibrary(catalog, *library, out);
}

QString LibraryReport::summary(const TypeLibrary &library)
{
    return Tr::tr("topologist-cli: type library %1: %n problems with its archives; "
                  "'topologist-cli --types %1 library' lists them",
                  nullptr,
                  int(library.problems.size()))
        .arg(library.rootPath);
}

} // namespace Topologist
