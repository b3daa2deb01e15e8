// SPDX-License-Identifier: GPL-3.0-or-later
// DocumentLoader: a document opened in the background is the document a synchronous open gives
// (same problems, bound to its file, unmodified) and keeps validating edits incrementally with
// the validation the job handed over; a cancelled load gives no document.
#include "documentactions.h"
#include "documentloader.h"
#include "testhelpers.h"
#include "topologydocument.h"
#include "topologygenerator.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

QStringList described(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.code + QLatin1Char(' ') + p.node + QLatin1Char(' ') + p.location.toString();
    return lines;
}

} // namespace

TEST(DocumentLoader, buildsTheDocumentASynchronousOpenGivesAndItKeepsValidatingEdits)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken-node.yml"));
    ASSERT_TRUE(
        writeFile(path, TopologyGenerator(50).yaml() + "    Stray:\n      type: no.such.Type\n"));
    DocumentLoader loader(path, bundledCatalog());
    QSignalSpy finished(&loader, &DocumentLoader::finished);
    loader.start();
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_EQ(loader.status(), TopologyLoadResult::Status::Loaded);
    std::unique_ptr<TopologyDocument> document = loader.takeDocument();
    ASSERT_NE(document, nullptr);
    EXPECT_EQ(loader.takeDocument(), nullptr) << "handed out once";

    Diagnostics diagnostics;
    const std::unique_ptr<TopologyDocument> reference
        = TopologyDocument::fromBytes(readAll(path), path, bundledCatalog(), &diagnostics);
    ASSERT_NE(reference, nullptr);
    EXPECT_EQ(described(document->problems()), described(reference->problems()));
    EXPECT_FALSE(document->problemsOf(QStringLiteral("Stray")).isEmpty());
    EXPECT_EQ(document->filePath(), path);
    EXPECT_FALSE(document->diskFingerprint().isNull());
    EXPECT_FALSE(document->isModified());
    EXPECT_EQ(document->topology().nodeCount(), 51);

    QSignalSpy problemsChanged(document.get(), &TopologyDocument::problemsChanged);
    ASSERT_TRUE(DocumentActions(document.get()).removeNodes({QStringLiteral("Stray")}));
    EXPECT_GE(problemsChanged.size(), 1);
    EXPECT_TRUE(document->problemsOf(QStringLiteral("Stray")).isEmpty());
    EXPECT_FALSE(hasErrors(document->loadDiagnostics()));
    // What is left is what the reference says about the other nodes.
    Problems others;
    for (const Problem &p : reference->problems()) {
        if (p.node != QLatin1String("Stray"))
            others.append(p);
    }
    EXPECT_EQ(described(document->problems()), described(others));
}

TEST(DocumentLoader, aCancelledLoadGivesNoDocument)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.yml"));
    ASSERT_TRUE(writeFile(path, TopologyGenerator(10000).yaml()));
    DocumentLoader loader(path, bundledCatalog());
    QSignalSpy finished(&loader, &DocumentLoader::finished);
    loader.start();
    EXPECT_TRUE(loader.isRunning());
    loader.cancel();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(loader.isRunning());
    EXPECT_EQ(loader.status(), TopologyLoadResult::Status::Cancelled);
    EXPECT_EQ(loader.takeDocument(), nullptr);
}
