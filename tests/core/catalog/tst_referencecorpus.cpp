// SPDX-License-Identifier: GPL-3.0-or-later
// Alien4Cloud's own public files (../shared/reference-corpus: samples, csar-public-library,
// extended types 2.2.0 and 3.0.0, the Kubernetes plugin), each repository given as a type
// library, as a user would point Topologist at their checkouts. Every TOSCA file loads, except
// the few listed below with the reason each can never load.
#include "testhelpers.h"
#include "testpaths.h"

#include "catalog/archivefinder.h"
#include "catalog/topologyloader.h"
#include "catalog/typecatalog.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QMap>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

QString corpusRoot()
{
    return referencePath(QStringLiteral("../reference-corpus"));
}

const QStringList &repositories()
{
    static const QStringList names{QStringLiteral("samples"),
                                   QStringLiteral("csar-public-library"),
                                   QStringLiteral("alien4cloud-extended-types-2.2.0"),
                                   QStringLiteral("alien4cloud-extended-types-3.0.0"),
                                   QStringLiteral("alien4cloud-kubernetes-plugin")};
    return names;
}

struct ExpectedFailure
{
    /// The diagnostic that says why; the test checks it is the reason given.
    QString code;
    QString reason;
};

/// Files that cannot load whatever the tool does, by path below the corpus root, with why.
const QMap<QString, ExpectedFailure> &expectedFailures()
{
    const auto unpublished = [](const char *imports) {
        return ExpectedFailure{QStringLiteral("TOPO-IMP-001"),
                               QStringLiteral("imports %1, a version published in none of the "
                                              "repositories")
                                   .arg(QLatin1String(imports))};
    };
    const QString kubeData
        = QStringLiteral("alien4cloud-kubernetes-plugin/src/test/resources/data/%1/1-initial.yaml");
    const char *snapshots = "docker-types:2.0.0-SNAPSHOT, docker-draft.sandbox.samples:"
                            "2.0.0-SNAPSHOT and tosca-normative-types:1.0.0-SNAPSHOT";
    static const QMap<QString, ExpectedFailure> failures{
        {QStringLiteral("csar-public-library/org/alien4cloud/cloudify/config/a4c_cfy_logs/"
                        "types.yml"),
         {QStringLiteral("TOPO-YAML-001"),
          QStringLiteral("YAML syntax error: the double-quoted default at line 36 is never "
                         "closed, so the mapping breaks at line 62 (PyYAML refuses it too)")}},
        {QStringLiteral("alien4cloud-kubernetes-plugin/src/test/resources/csar/"
                        "docker-samples-types.yml"),
         unpublished("docker-types:2.1.0-SNAPSHOT")},
        {kubeData.arg(QStringLiteral("01-one-apache")), unpublished(snapshots)},
        {kubeData.arg(QStringLiteral("02-two-apache")), unpublished(snapshots)},
        {kubeData.arg(QStringLiteral("03-1nodecellar-1mongo")), unpublished(snapshots)},
        {kubeData.arg(QStringLiteral("04-2nodecellar-2mongo")), unpublished(snapshots)},
        {kubeData.arg(QStringLiteral("05-1apache-1volume")), unpublished(snapshots)},
        {kubeData.arg(QStringLiteral("06-2apache-1volume")), unpublished(snapshots)},
        {kubeData.arg(QStringLiteral("07-two-apache-placement-and-antiaffinity-policies")),
         unpublished(snapshots)},
        {kubeData.arg(QStringLiteral("07-two-apache-placement-policy")), unpublished(snapshots)},
        {kubeData.arg(QStringLiteral("08-one-apache-auto-scaling")),
         unpublished("tosca-normative-types:1.0.0-ALIEN20SM3 and 2.0.0-SNAPSHOT archives")},
        {kubeData.arg(QStringLiteral("09-hybrid")),
         unpublished("mongo-types:1.4.0-SNAPSHOT and 2.0.0-SNAPSHOT archives")},
        {kubeData.arg(QStringLiteral("XX-two-mongo")), unpublished(snapshots)},
        {QStringLiteral("samples/org/alien4cloud/doc/kube/kcontainers/24-autoscaling/topology/"
                        "types.yml"),
         unpublished("HorizontalPodAutoscalerSp:0.1.0-SNAPSHOT")},
        {QStringLiteral("samples/org/alien4cloud/doc/kube/kcontainers/30-Tomcat/types/types.yml"),
         unpublished("org.alien4cloud.doc.kube.kcontainers.01-Apache:2.2.0-SNAPSHOT (the "
                     "archive is published as ...01-Apache.types)")},
        {QStringLiteral("samples/org/alien4cloud/doc/kube/kcontainers/30-Tomcat/topology/"
                        "types.yml"),
         {QStringLiteral("TOPO-IMP-003"),
          QStringLiteral("imports the 30-Tomcat types, which import "
                         "org.alien4cloud.doc.kube.kcontainers.01-Apache:2.2.0-SNAPSHOT, "
                         "published nowhere")}},
    };
    return failures;
}

QStringList toscaFiles()
{
    QStringList files;
    QDirIterator it(corpusRoot(),
                    {QStringLiteral("*.yml"), QStringLiteral("*.yaml")},
                    QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (ArchiveFinder::isDefinitionsFile(file))
            files << file;
    }
    files.sort();
    return files;
}

class ReferenceCorpus : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        if (!QFileInfo(corpusRoot()).isDir())
            return;
        s_catalog = new TypeCatalog;
        s_catalog->addBundledLibrary();
        for (const QString &repository : repositories()) {
            Diagnostics diagnostics;
            s_catalog->addLibrary(QDir(corpusRoot()).filePath(repository), &diagnostics);
        }
    }
    static void TearDownTestSuite()
    {
        delete s_catalog;
        s_catalog = nullptr;
    }
    void SetUp() override
    {
        if (!s_catalog)
            GTEST_SKIP() << "no reference corpus at " << corpusRoot().toStdString();
    }

    static TypeCatalog *s_catalog;
};

TypeCatalog *ReferenceCorpus::s_catalog = nullptr;

} // namespace

TEST_F(ReferenceCorpus, EveryLibraryIsFoundWithItsArchives)
{
    ASSERT_EQ(s_catalog->libraries().size(), repositories().size());
    for (const TypeLibrary *library : s_catalog->libraries())
        EXPECT_FALSE(library->archiveIds.isEmpty()) << library->rootPath.toStdString();
    // The versions the public files import most, found in their repositories.
    for (const char *id : {"alien-base-types:2.2.0",
                           "alien-base-types:3.0.0",
                           "docker-types:3.0.0",
                           "org.alien4cloud.mock.pub:2.2.0-SNAPSHOT",
                           "org.alien4cloud.kubernetes.api:3.1.0"})
        EXPECT_NE(s_catalog->find(QLatin1String(id)), nullptr) << id;
}

TEST_F(ReferenceCorpus, EveryToscaFileLoads)
{
    const QStringList files = toscaFiles();
    // The corpus holds 369 TOSCA files; far fewer means the search for them broke.
    EXPECT_GE(files.size(), 360);
    const QDir root(corpusRoot());
    const TopologyLoader loader(*s_catalog);
    QStringList unexpected;
    QStringList stale;
    int loaded = 0;
    for (const QString &file : files) {
        const QString relative = root.relativeFilePath(file);
        const LoadedTopology topology = loader.loadFile(file);
        const Diagnostics errors = errorsOf(topology.diagnostics);
        const bool fails = !topology.readable || !errors.isEmpty();
        if (expectedFailures().contains(relative)) {
            const ExpectedFailure expected = expectedFailures().value(relative);
            if (!fails || !findDiagnostic(topology.diagnostics, expected.code))
                stale << relative + QStringLiteral(" (") + expected.code + QLatin1Char(')');
            continue;
        }
        if (fails)
            unexpected << relative + QStringLiteral(":\n")
                              + QString::fromStdString(describe(errors));
        else
            ++loaded;
    }
    EXPECT_TRUE(unexpected.isEmpty())
        << unexpected.size() << " of " << files.size() << " files do not load:\n"
        << unexpected.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(stale.isEmpty()) << "listed as failing for a reason they do not fail for: "
                                 << stale.join(QStringLiteral(", ")).toStdString();
    EXPECT_EQ(loaded + int(expectedFailures().size()), int(files.size()));
}
