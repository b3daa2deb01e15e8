// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/typecatalog.h"
#include "documentactions.h"
#include "exampledocument.h"
#include "mimetypes.h"
#include "palette/typepalette.h"
#include "palette/typepalettemodel.h"
#include "selectionmodel.h"
#include "testhelpers.h"
#include "topologydocument.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace Topologist;
using Topologist::Test::bundledCatalog;
using Topologist::Test::openExample;

namespace {

/// A palette on the Marathon example, as the main window sets it up.
struct Fixture
{
    Fixture()
        : document(openExample(QStringLiteral("marathon")))
        , palette(bundledCatalog())
    {
        palette.setDocument(document.get(), &selection);
        palette.resize(320, 700);
        view = palette.findChild<QTreeView *>(QStringLiteral("paletteView"));
        search = palette.findChild<QLineEdit *>(QStringLiteral("paletteSearch"));
        fits = palette.findChild<QCheckBox *>(QStringLiteral("paletteFitsSelection"));
    }

    QAbstractItemModel *model() const { return view->model(); }

    /// The type names shown, archive by archive.
    QStringList visibleTypes() const
    {
        QStringList types;
        for (int a = 0; a < model()->rowCount(); ++a) {
            const QModelIndex archive = model()->index(a, 0);
            for (int t = 0; t < model()->rowCount(archive); ++t)
                types << model()
                             ->index(t, 0, archive)
                             .data(TypePaletteModel::TypeNameRole)
                             .toString();
        }
        return types;
    }

    QStringList visibleArchives() const
    {
        QStringList archives;
        for (int a = 0; a < model()->rowCount(); ++a)
            archives << model()->index(a, 0).data().toString();
        return archives;
    }

    QModelIndex indexOf(const QString &type) const
    {
        for (int a = 0; a < model()->rowCount(); ++a) {
            const QModelIndex archive = model()->index(a, 0);
            for (int t = 0; t < model()->rowCount(archive); ++t) {
                const QModelIndex index = model()->index(t, 0, archive);
                if (index.data(TypePaletteModel::TypeNameRole).toString() == type)
                    return index;
            }
        }
        return QModelIndex();
    }

    std::unique_ptr<TopologyDocument> document;
    SelectionModel selection;
    TypePalette palette;
    QTreeView *view = nullptr;
    QLineEdit *search = nullptr;
    QCheckBox *fits = nullptr;
};

QString compute()
{
    return QStringLiteral("tosca.nodes.Compute");
}

/// A real double-click: press and release, then the double-click event (QTest's widget overload
/// of mouseDClick sends only the latter, which item views take for a fresh press).
void doubleClick(QWidget *viewport, const QPoint &pos)
{
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, pos);
    QTest::mouseDClick(viewport, Qt::LeftButton, Qt::NoModifier, pos);
}

} // namespace

TEST(TypePalette, listsEveryNodeTypeOfTheLibraryUnderItsArchive)
{
    Fixture f;
    ASSERT_NE(f.view, nullptr);
    int archivesChecked = 0;
    for (const CatalogEntry *entry : bundledCatalog().entries()) {
        const QString title = entry->name + QLatin1Char(' ') + entry->version;
        int archiveRow = -1;
        for (int a = 0; a < f.model()->rowCount(); ++a) {
            if (f.model()->index(a, 0).data().toString() == title)
                archiveRow = a;
        }
        if (entry->id() == TypeCatalog::simpleProfileId()) {
            EXPECT_EQ(archiveRow, -1)
                << "the Simple Profile clashes with the normative types in an Alien4Cloud topology";
            continue;
        }
        // One version of each archive: the one the topology imports (ALIEN14 for Marathon);
        // another version of the same archive would clash with it.
        if (entry->version
            != bundledCatalog().versionToOffer(entry->name, f.document->dependencies())) {
            EXPECT_EQ(archiveRow, -1) << title.toStdString();
            continue;
        }
        ASSERT_GE(archiveRow, 0) << title.toStdString();
        const QModelIndex archive = f.model()->index(archiveRow, 0);
        QStringList listed;
        for (int t = 0; t < f.model()->rowCount(archive); ++t)
            listed
                << f.model()->index(t, 0, archive).data(TypePaletteModel::TypeNameRole).toString();
        QStringList declared;
        for (const TypeDefinition &type : entry->archive.types) {
            if (type.kind == TypeKind::Node)
                declared << type.name;
        }
        listed.sort();
        declared.sort();
        EXPECT_EQ(listed, declared) << title.toStdString();
        ++archivesChecked;
    }
    EXPECT_GE(archivesChecked, 4);
    EXPECT_TRUE(f.visibleArchives().contains(QStringLiteral("mesos-types 1.4.0-SNAPSHOT")));
    EXPECT_TRUE(
        f.visibleArchives().contains(QStringLiteral("tosca-normative-types 1.0.0-ALIEN14")));
    EXPECT_FALSE(
        f.visibleArchives().contains(QStringLiteral("tosca-normative-types 1.0.0-ALIEN20")));
    // Every type row has an icon (the archive's, an inherited one, or the generic one).
    const QModelIndex slave = f.indexOf(QStringLiteral("org.alien4cloud.nodes.MesosSlave"));
    ASSERT_TRUE(slave.isValid());
    EXPECT_EQ(slave.data().toString(), QStringLiteral("MesosSlave"));
    EXPECT_TRUE(slave.data(Qt::ToolTipRole).toString().contains(QLatin1String("SoftwareComponent")))
        << "the tooltip shows the derived-from chain";
}

TEST(TypePalette, offersTheSimpleProfileToSimpleProfileTopologies)
{
    Diagnostics diagnostics;
    auto document = TopologyDocument::fromBytes("tosca_definitions_version: tosca_simple_yaml_1_0\n"
                                                "topology_template:\n  node_templates: {}\n",
                                                QStringLiteral("simple.yml"),
                                                bundledCatalog(),
                                                &diagnostics);
    ASSERT_NE(document, nullptr);
    const CatalogEntry *simple = bundledCatalog().find(TypeCatalog::simpleProfileId());
    ASSERT_NE(simple, nullptr);
    SelectionModel selection;
    TypePalette palette(bundledCatalog());
    palette.setDocument(document.get(), &selection);
    auto *view = palette.findChild<QTreeView *>(QStringLiteral("paletteView"));
    QStringList archives;
    for (int a = 0; a < view->model()->rowCount(); ++a)
        archives << view->model()->index(a, 0).data().toString();
    EXPECT_TRUE(archives.contains(simple->name + QLatin1Char(' ') + simple->version));
}

TEST(TypePalette, searchFiltersAsYouTypeAndClearingRestores)
{
    Fixture f;
    const QStringList all = f.visibleTypes();
    ASSERT_GT(all.size(), 20);

    QTest::keyClicks(f.search, QStringLiteral("mesos"));
    const QStringList found = f.visibleTypes();
    EXPECT_TRUE(found.contains(QStringLiteral("org.alien4cloud.nodes.MesosMaster")));
    EXPECT_TRUE(found.contains(QStringLiteral("org.alien4cloud.nodes.MesosSlave")));
    EXPECT_FALSE(found.contains(QStringLiteral("org.alien4cloud.nodes.DockerEngine")));
    EXPECT_FALSE(found.contains(compute()));
    EXPECT_LT(found.size(), all.size());
    for (const QString &type : found) {
        const QModelIndex index = f.indexOf(type);
        const QString text
            = type + QLatin1Char(' ') + index.data(TypePaletteModel::DescriptionRole).toString();
        EXPECT_TRUE(text.contains(QLatin1String("mesos"), Qt::CaseInsensitive))
            << type.toStdString();
    }
    EXPECT_FALSE(
        f.visibleArchives().contains(QStringLiteral("tosca-normative-types 1.0.0-ALIEN14")))
        << "archives without a match are hidden";

    // The clear button empties the line edit; so does Escape.
    QTest::keyClick(f.search, Qt::Key_Escape);
    EXPECT_TRUE(f.search->text().isEmpty());
    EXPECT_EQ(f.visibleTypes().size(), all.size());
}

TEST(TypePalette, camelCaseInitialsFindTheType)
{
    Fixture f;
    QTest::keyClicks(f.search, QStringLiteral("msl"));
    const QStringList found = f.visibleTypes();
    ASSERT_FALSE(found.isEmpty());
    EXPECT_TRUE(found.contains(QStringLiteral("org.alien4cloud.nodes.MesosSlave")));
    EXPECT_FALSE(found.contains(QStringLiteral("org.alien4cloud.nodes.MesosMaster")));
}

TEST(TypePalette, abstractTypesAreListedMarkedAndDraggable)
{
    Fixture f;
    const QModelIndex index = f.indexOf(compute());
    ASSERT_TRUE(index.isValid()) << "tosca.nodes.Compute is the machine type users need";
    EXPECT_TRUE(index.data(TypePaletteModel::AbstractRole).toBool());
    EXPECT_TRUE(qvariant_cast<QFont>(index.data(Qt::FontRole)).italic());
    EXPECT_TRUE(
        index.data(Qt::ToolTipRole).toString().contains(QLatin1String("Alien4Cloud substitutes")));
    EXPECT_TRUE(index.flags() & Qt::ItemIsDragEnabled);
    const QModelIndex concrete = f.indexOf(QStringLiteral("org.alien4cloud.nodes.MesosSlave"));
    EXPECT_FALSE(concrete.data(TypePaletteModel::AbstractRole).toBool());
}

TEST(TypePalette, fitsSelectionShowsWhatTheSelectedNodeCanTake)
{
    Fixture f;
    const int all = int(f.visibleTypes().size());
    EXPECT_FALSE(f.fits->isEnabled()) << "nothing selected";

    f.selection.setSelectedNodes({QStringLiteral("MesosMaster")});
    EXPECT_TRUE(f.fits->isEnabled());
    f.fits->setChecked(true);
    const QStringList fitting = f.visibleTypes();
    EXPECT_TRUE(fitting.contains(QStringLiteral("org.alien4cloud.nodes.Marathon")));
    EXPECT_TRUE(fitting.contains(QStringLiteral("org.alien4cloud.nodes.AuroraScheduler")))
        << "types of archives the topology does not import yet count too";
    EXPECT_FALSE(fitting.contains(QStringLiteral("org.alien4cloud.nodes.DockerEngine")));
    EXPECT_FALSE(fitting.contains(compute()));
    EXPECT_LT(fitting.size(), all);

    // MesosSlave_2 has no dns_server relationship yet: MesosDNS satisfies it, and Aurora's
    // executor can be hosted on the agent.
    f.selection.setSelectedNodes({QStringLiteral("MesosSlave_2")});
    const QStringList forAgent = f.visibleTypes();
    EXPECT_TRUE(forAgent.contains(QStringLiteral("org.alien4cloud.nodes.MesosDNS")));
    EXPECT_TRUE(forAgent.contains(QStringLiteral("org.alien4cloud.nodes.AuroraExecutor")));
    EXPECT_FALSE(forAgent.contains(QStringLiteral("org.alien4cloud.nodes.Marathon")));

    f.selection.clear();
    EXPECT_EQ(f.visibleTypes().size(), all) << "no selection, no restriction";
    f.selection.setSelectedNodes({QStringLiteral("MesosMaster")});
    f.fits->setChecked(false);
    EXPECT_EQ(f.visibleTypes().size(), all);
}

TEST(TypePalette, dragDataHoldsTheTypeName)
{
    Fixture f;
    const QModelIndex index = f.indexOf(QStringLiteral("org.alien4cloud.nodes.MesosSlave"));
    ASSERT_TRUE(index.isValid());
    std::unique_ptr<QMimeData> data(f.model()->mimeData({index}));
    ASSERT_NE(data, nullptr);
    EXPECT_TRUE(data->hasFormat(MimeTypes::nodeType()));
    EXPECT_EQ(QString::fromUtf8(data->data(MimeTypes::nodeType())),
              QStringLiteral("org.alien4cloud.nodes.MesosSlave"));
    // Archive headers do not drag.
    EXPECT_FALSE(index.parent().flags() & Qt::ItemIsDragEnabled);
}

TEST(TypePalette, doubleClickAsksToAddTheType)
{
    Fixture f;
    f.palette.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&f.palette));
    QSignalSpy spy(&f.palette, &TypePalette::addTypeRequested);
    const QModelIndex index = f.indexOf(QStringLiteral("org.alien4cloud.nodes.MesosSlave"));
    f.view->scrollTo(index);
    const QPoint centre = f.view->visualRect(index).center();
    doubleClick(f.view->viewport(), centre);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toString(), QStringLiteral("org.alien4cloud.nodes.MesosSlave"));

    // A double-click on an archive header only folds it.
    const QModelIndex archive = index.parent();
    doubleClick(f.view->viewport(), f.view->visualRect(archive).center());
    EXPECT_EQ(spy.count(), 1);
}

TEST(TypePalette, downFromTheSearchBoxGoesToTheFirstType)
{
    Fixture f;
    QTest::keyClicks(f.search, QStringLiteral("marathon"));
    QTest::keyClick(f.search, Qt::Key_Down);
    const QModelIndex current = f.view->currentIndex();
    ASSERT_TRUE(current.isValid());
    EXPECT_EQ(current.data(TypePaletteModel::TypeNameRole).toString(),
              QStringLiteral("org.alien4cloud.nodes.Marathon"))
        << "the best match comes first";
}

TEST(TypePalette, theDocumentsArchivesComeFirstConcreteTypesBeforeAbstractNormativeLast)
{
    Fixture f;
    const QAbstractItemModel *model = f.model();
    ASSERT_GE(model->rowCount(), 2);
    // Archive rows: those the document imports (but the normative types), the others, then the
    // normative types.
    QList<int> ranks;
    for (int a = 0; a < model->rowCount(); ++a) {
        const QModelIndex archive = model->index(a, 0);
        ranks << (archive.data(TypePaletteModel::NormativeRole).toBool()  ? 2
                  : archive.data(TypePaletteModel::ImportedRole).toBool() ? 0
                                                                          : 1);
    }
    EXPECT_EQ(ranks.constFirst(), 0) << qPrintable(f.visibleArchives().join(", "));
    EXPECT_EQ(ranks.constLast(), 2) << qPrintable(f.visibleArchives().join(", "));
    EXPECT_TRUE(std::is_sorted(ranks.cbegin(), ranks.cend()));
    // In each archive, no abstract type before a concrete one.
    for (int a = 0; a < model->rowCount(); ++a) {
        const QModelIndex archive = model->index(a, 0);
        bool abstractSeen = false;
        for (int t = 0; t < model->rowCount(archive); ++t) {
            const bool isAbstract
                = model->index(t, 0, archive).data(TypePaletteModel::AbstractRole).toBool();
            EXPECT_FALSE(abstractSeen && !isAbstract) << qPrintable(
                model->index(t, 0, archive).data(TypePaletteModel::TypeNameRole).toString());
            abstractSeen = abstractSeen || isAbstract;
        }
    }
}

TEST(TypePalette, anArchiveTheDocumentStartsImportingMovesUp)
{
    Fixture f;
    const QAbstractItemModel *model = f.model();
    // The first archive the document does not import (nor is normative).
    QString other;
    for (int a = 0; a < model->rowCount() && other.isEmpty(); ++a) {
        const QModelIndex archive = model->index(a, 0);
        if (!archive.data(TypePaletteModel::ImportedRole).toBool()
            && !archive.data(TypePaletteModel::NormativeRole).toBool()) {
            other = archive.data(TypePaletteModel::ArchiveIdRole).toString();
        }
    }
    if (other.isEmpty())
        GTEST_SKIP() << "the bundled library holds no archive the example does not import";
    const auto rowOf = [&] {
        for (int a = 0; a < model->rowCount(); ++a) {
            if (model->index(a, 0).data(TypePaletteModel::ArchiveIdRole).toString() == other)
                return a;
        }
        return -1;
    };
    const int before = rowOf();
    QString type;
    const QModelIndex archive = model->index(before, 0);
    ASSERT_GT(model->rowCount(archive), 0);
    type = model->index(0, 0, archive).data(TypePaletteModel::TypeNameRole).toString();
    ASSERT_FALSE(f.document->actions().addNode(type, QPointF()).isEmpty()); // imports its archive
    QCoreApplication::processEvents();
    EXPECT_LT(rowOf(), before);
    EXPECT_TRUE(model->index(rowOf(), 0).data(TypePaletteModel::ImportedRole).toBool());
}

TEST(TypePalette, enterInsertOrSpaceOnATypeAsksToAddIt)
{
    Fixture f;
    f.palette.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&f.palette));
    QSignalSpy requested(&f.palette, &TypePalette::addTypeRequested);
    const QModelIndex type = f.indexOf(compute());
    ASSERT_TRUE(type.isValid());
    f.view->setFocus();
    f.view->setCurrentIndex(type);
    for (const Qt::Key key : {Qt::Key_Return, Qt::Key_Insert, Qt::Key_Space})
        QTest::keyClick(f.view, key);
    ASSERT_EQ(requested.size(), 3);
    for (const QList<QVariant> &call : std::as_const(requested))
        EXPECT_EQ(call.constFirst().toString(), compute());
    // On an archive header Enter still folds it, and adds nothing.
    f.view->setCurrentIndex(type.parent());
    QTest::keyClick(f.view, Qt::Key_Return);
    EXPECT_EQ(requested.size(), 3);
}

TEST(TypePalette, enterInTheSearchBoxAddsTheBestMatch)
{
    Fixture f;
    f.palette.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&f.palette));
    QSignalSpy requested(&f.palette, &TypePalette::addTypeRequested);
    QSignalSpy status(&f.palette, &TypePalette::statusMessage);
    f.search->setFocus();
    QTest::keyClicks(f.search, QStringLiteral("MesosDNS"));
    QTest::keyClick(f.search, Qt::Key_Return);
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.constFirst().constFirst().toString(),
              QStringLiteral("org.alien4cloud.nodes.MesosDNS"));

    f.search->clear();
    QTest::keyClicks(f.search, QStringLiteral("zzzz"));
    QTest::keyClick(f.search, Qt::Key_Return);
    EXPECT_EQ(requested.size(), 1);
    ASSERT_FALSE(status.isEmpty());
    EXPECT_TRUE(status.constLast().constFirst().toString().contains(QLatin1String("zzzz")));
}
