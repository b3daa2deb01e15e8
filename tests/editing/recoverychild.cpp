// SPDX-License-Identifier: GPL-3.0-or-later
// Test-only program for tst_crashrecovery: opens a topology, makes one edit, writes the edited
// YAML to a file, prints "AUTOSAVED <recovery file>" once the autosave is on disk, and then waits
// to be killed (the recovery directory and interval come from the environment, as in the app).
#include "catalog/typecatalog.h"
#include "documentactions.h"
#include "documentautosaver.h"
#include "topologydocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointF>

#include <cstdio>

using namespace Topologist;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: recoverychild TOPOLOGY EXPECTED_OUTPUT\n");
        return 2;
    }
    TypeCatalog catalog;
    catalog.addBundledLibrary();
    Diagnostics diagnostics;
    std::unique_ptr<TopologyDocument> document
        = TopologyDocument::open(QString::fromLocal8Bit(argv[1]), catalog, &diagnostics);
    if (!document) {
        std::fprintf(stderr, "cannot open %s\n", argv[1]);
        return 2;
    }
    DocumentAutosaver autosaver(document.get(), RecoveryStore());
    QObject::connect(&autosaver, &DocumentAutosaver::autosaved, [](const QString &path) {
        std::printf("AUTOSAVED %s\n", qPrintable(path));
        std::fflush(stdout);
    });
    QObject::connect(&autosaver, &DocumentAutosaver::autosaveFailed, [](const QString &error) {
        std::fprintf(stderr, "autosave failed: %s\n", qPrintable(error));
        QCoreApplication::exit(3);
    });
    QString error;
    if (DocumentActions(document.get())
            .addNode(QStringLiteral("tosca.nodes.Compute"), QPointF(480, 320), QString(), &error)
            .isEmpty()) {
        std::fprintf(stderr, "edit refused: %s\n", qPrintable(error));
        return 2;
    }
    QFile expected(QString::fromLocal8Bit(argv[2]));
    if (!expected.open(QIODevice::WriteOnly) || expected.write(document->serialize()) < 0)
        return 2;
    expected.close();
    return QCoreApplication::exec();
}
