// SPDX-License-Identifier: GPL-3.0-or-later
// TopologyLoadJob: the background open of a topology file. It gives an open document all it
// needs (archive, types, full validation), reports progress that only moves forward, stops
// promptly when cancelled from another thread and keeps nothing then, and resolves against the
// catalog as it was when the job was made, whatever the UI thread does to the catalog meanwhile.
#include "testhelpers.h"
#include "topologygenerator.h"

#include "catalog/typecatalog.h"
#include "loading/topologyloadjob.h"
#include "support/canceltoken.h"
#include "validation/incrementalvalidator.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <condition_variable>
#include <mutex>
#include <thread>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

class TopologyLoadJobTest : public ::testing::Test
{
protected:
    QString writeGenerated(int nodes)
    {
        const QString path = m_dir.filePath(QStringLiteral("generated-%1.yml").arg(nodes));
        EXPECT_TRUE(writeFile(path, TopologyGenerator(nodes).yaml()));
        return path;
    }

    QTemporaryDir m_dir;
};

/// Steps never go back, nor does the share of the work done within a step.
bool isMonotonic(const QList<LoadProgress> &progress)
{
    for (qsizetype i = 1; i < progress.size(); ++i) {
        const LoadProgress &a = progress[i - 1];
        const LoadProgress &b = progress[i];
        if (b.step < a.step || b.percent() < a.percent())
            return false;
        if (b.step == a.step && b.done < a.done)
            return false;
    }
    return true;
}

} // namespace

TEST_F(TopologyLoadJobTest, loadsEverythingAnOpenDocumentNeedsWithProgressToTheEnd)
{
    const QString path = writeGenerated(1000);
    TopologyLoadJob job(path, bundledCatalog().snapshot());
    QList<LoadProgress> progress;
    job.setProgressCallback([&](const LoadProgress &p) { progress.append(p); });
    const TopologyLoadResult result = job.run();

    ASSERT_EQ(result.status, TopologyLoadResult::Status::Loaded)
        << describe(result.readDiagnostics);
    EXPECT_EQ(result.path, path);
    ASSERT_TRUE(result.loaded.archive.topology.has_value());
    EXPECT_EQ(result.loaded.archive.topology->nodeCount(), 1000);
    ASSERT_NE(result.loaded.types, nullptr);
    EXPECT_TRUE(result.loaded.types->contains(TypeKind::Node,
                                              QStringLiteral("org.alien4cloud.nodes.MesosSlave")));
    EXPECT_EQ(result.loaded.dependencies.size(), 3); // normative, docker, mesos
    EXPECT_FALSE(result.fingerprint.isNull());
    ASSERT_NE(result.validation, nullptr);
    EXPECT_EQ(result.validation->errorCount(), 0);
    EXPECT_FALSE(hasErrors(result.loaded.diagnostics)) << describe(result.loaded.diagnostics);

    ASSERT_FALSE(progress.isEmpty());
    EXPECT_TRUE(isMonotonic(progress));
    EXPECT_EQ(progress.first().step, LoadProgress::Step::Reading);
    EXPECT_EQ(progress.last().step, LoadProgress::Step::Finished);
    EXPECT_EQ(progress.last().percent(), 95) << "the rest is for installing the result";
    // Validation counts the nodes, up to all of them.
    const auto validating = std::find_if(progress.crbegin(), progress.crend(), [](const auto &p) {
        return p.step == LoadProgress::Step::Validating;
    });
    ASSERT_NE(validating, progress.crend());
    EXPECT_EQ(validating->done, 1000);
    EXPECT_EQ(validating->total, 1000);
}

TEST_F(TopologyLoadJobTest, aCancelFromAnotherThreadStopsValidationAtOnceAndKeepsNothing)
{
    const QString path = writeGenerated(10000);
    TopologyLoadJob job(path, bundledCatalog().snapshot());
    CancelToken token;
    // The job waits at its first validation report until the test thread has cancelled, so
    // what follows depends on the job noticing the token, not on timing.
    std::mutex mutex;
    std::condition_variable changed;
    bool paused = false;
    bool cancelled = false;
    qint64 doneAtCancel = -1;
    QList<LoadProgress> progress;
    job.setProgressCallback([&](const LoadProgress &p) {
        progress.append(p);
        if (p.step != LoadProgress::Step::Validating || p.done == 0 || paused)
            return;
        std::unique_lock lock(mutex);
        paused = true;
        doneAtCancel = p.done;
        changed.notify_all();
        changed.wait(lock, [&] { return cancelled; });
    });
    TopologyLoadResult result;
    std::thread worker([&] { result = job.run(&token); });
    {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return paused; });
        token.cancel();
        cancelled = true;
        changed.notify_all();
    }
    worker.join();

    EXPECT_EQ(result.status, TopologyLoadResult::Status::Cancelled);
    EXPECT_FALSE(result.loaded.archive.topology.has_value()) << "no partial result";
    EXPECT_EQ(result.loaded.types, nullptr);
    EXPECT_EQ(result.validation, nullptr);
    EXPECT_EQ(result.validator, nullptr);
    EXPECT_TRUE(isMonotonic(progress));
    ASSERT_GT(doneAtCancel, 0);
    ASSERT_LT(doneAtCancel, 10000);
    // Not one more node was checked after the cancel, and the load never "finished".
    EXPECT_EQ(progress.last().step, LoadProgress::Step::Validating);
    EXPECT_EQ(progress.last().done, doneAtCancel);
}

TEST_F(TopologyLoadJobTest, aCancelWhileParsingStopsBeforeTypesAreResolved)
{
    const QString path = writeGenerated(10000);
    TopologyLoadJob job(path, bundledCatalog().snapshot());
    CancelToken token;
    QList<LoadProgress> progress;
    // Cancelled as parsing starts: no later step may begin.
    job.setProgressCallback([&](const LoadProgress &p) {
        progress.append(p);
        if (p.step == LoadProgress::Step::Parsing)
            std::thread([&token] { token.cancel(); }).join();
    });
    const TopologyLoadResult result = job.run(&token);
    EXPECT_EQ(result.status, TopologyLoadResult::Status::Cancelled);
    EXPECT_FALSE(result.loaded.archive.topology.has_value());
    EXPECT_EQ(progress.last().step, LoadProgress::Step::Parsing);
}

TEST_F(TopologyLoadJobTest, anUnreadableFileReportsWhyAndHoldsNoTopology)
{
    const QString broken = m_dir.filePath(QStringLiteral("broken.yml"));
    ASSERT_TRUE(
        writeFile(broken, "tosca_definitions_version: alien_dsl_1_4_0\ntopology_template: [x\n"));
    const TopologyLoadResult result = TopologyLoadJob(broken, bundledCatalog().snapshot()).run();
    EXPECT_EQ(result.status, TopologyLoadResult::Status::Unreadable);
    const Diagnostic *syntax
        = findDiagnostic(result.readDiagnostics, QStringLiteral("TOPO-YAML-001"));
    ASSERT_NE(syntax, nullptr) << describe(result.readDiagnostics);
    EXPECT_EQ(syntax->location.file, broken);
    EXPECT_GT(syntax->location.line, 0);
    EXPECT_FALSE(result.loaded.archive.topology.has_value());
    EXPECT_EQ(result.validation, nullptr);

    const QString missing = m_dir.filePath(QStringLiteral("missing.yml"));
    const TopologyLoadResult none = TopologyLoadJob(missing, bundledCatalog().snapshot()).run();
    EXPECT_EQ(none.status, TopologyLoadResult::Status::Unreadable);
    EXPECT_NE(findDiagnostic(none.readDiagnostics, QStringLiteral("TOPO-FILE-001")), nullptr)
        << describe(none.readDiagnostics);
}

TEST_F(TopologyLoadJobTest, resolvesAgainstTheCatalogAsItWasWhenTheJobWasMade)
{
    // A library the user removes (or refreshes away) while a file loads: the job must neither
    // read the catalog's changing containers nor lose the archive it started with.
    QTemporaryDir library;
    ASSERT_TRUE(QDir(library.path()).mkpath(QStringLiteral("extra")));
    ASSERT_TRUE(writeFile(library.filePath(QStringLiteral("extra/types.yml")),
                          "tosca_definitions_version: alien_dsl_2_0_0\n"
                          "metadata:\n  template_name: extra\n  template_version: 1.0.0\n"
                          "node_types:\n  my.Extra:\n    derived_from: tosca.nodes.Root\n"));
    TypeCatalog catalog;
    catalog.addBundledLibrary();
    Diagnostics diagnostics;
    ASSERT_TRUE(catalog.addLibrary(library.path(), &diagnostics)) << describe(diagnostics);
    const QString path = m_dir.filePath(QStringLiteral("uses-extra.yml"));
    ASSERT_TRUE(writeFile(path,
                          "tosca_definitions_version: alien_dsl_2_0_0\n"
                          "imports:\n  - tosca-normative-types:1.0.0-ALIEN20\n"
                          "  - extra:1.0.0\n"
                          "topology_template:\n  node_templates:\n"
                          "    thing:\n      type: my.Extra\n"));

    TopologyLoadJob job(path, catalog.snapshot());
    catalog.removeLibrary(library.path());
    ASSERT_EQ(catalog.find(QStringLiteral("extra:1.0.0")), nullptr);
    const TopologyLoadResult result = job.run();
    ASSERT_TRUE(result.isLoaded());
    EXPECT_EQ(findDiagnostic(result.loaded.diagnostics, QStringLiteral("TOPO-IMP-001")), nullptr)
        << describe(result.loaded.diagnostics);
    EXPECT_TRUE(result.loaded.types->contains(TypeKind::Node, QStringLiteral("my.Extra")));
}
