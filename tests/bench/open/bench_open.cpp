// SPDX-License-Identifier: GPL-3.0-or-later
// Timing harness: how long the UI thread is blocked when the designer opens a generated
// topology (10,000 nodes unless given), before and after opening moved to a background job.
//
// "Before" is what File > Open did on the UI thread until issue 11: read and parse the file,
// then resolve the imports and validate everything twice (the document's constructor did it
// once and open() again), then install the document (views and canvas scene). It is rebuilt
// here from the same steps on the calling thread. "After" is MainWindow::openFile() as it is
// now, watched from the event loop: a 1 ms timer records the longest gap between two of its
// ticks, i.e. the longest time the window could not repaint or react.
// Runs on the offscreen platform unless QT_QPA_PLATFORM says else.
#include "canvas/canvaswidget.h"
#include "canvas/topologyscene.h"
#include "catalog/topologyloader.h"
#include "catalog/typecatalog.h"
#include "documentloader.h"
#include "loading/topologyloadjob.h"
#include "mainwindow/mainwindow.h"
#include "support/canceltoken.h"
#include "topologydocument.h"
#include "topologygenerator.h"
#include "validation/incrementalvalidator.h"
#include "validation/validationcontext.h"
#include "validation/validatorfactory.h"
#include "waitforopen.h"
#include "yaml/toscareader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <thread>

using namespace Topologist;

namespace {

QTextStream out(stdout);

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// The steps the synchronous open took, each timed; returns the total.
double synchronousOpen(const QString &path, const TypeCatalog &catalog)
{
    QElapsedTimer step;
    step.start();
    Diagnostics diagnostics;
    ToscaArchive archive = ToscaReader().readFile(path, &diagnostics);
    const double read = ms(step);
    double resolveAndValidate = 0;
    for (int pass = 0; pass < 2; ++pass) {
        step.restart();
        LoadedTopology loaded = TopologyLoader(catalog).resolve(archive, diagnostics);
        auto validator = ValidatorFactory::create(
            loaded.dependencies, &loaded.diagnostics, loaded.types.get());
        IncrementalValidator validation(validator);
        validation.validateAll(ValidationContext(archive, *archive.topology, *loaded.types));
        resolveAndValidate += ms(step);
    }
    out << QStringLiteral("  read + parse              %1 ms\n").arg(read, 8, 'f', 1);
    out << QStringLiteral("  2 x (resolve + validate)  %1 ms\n").arg(resolveAndValidate, 8, 'f', 1);
    return read + resolveAndValidate;
}

struct Stalls
{
    double longest = 0;
    /// The longest gap while the job ran, i.e. what the background part still costs the UI.
    double longestWhileLoading = 0;
    double total = 0;
};

/// Runs the event loop until the canvas has built the opened topology's items (in slices).
void waitUntilDrawn(MainWindow &window)
{
    TopologyScene *scene = window.canvas()->scene();
    if (!scene->isBuilding())
        return;
    QEventLoop loop;
    QObject::connect(scene, &TopologyScene::built, &loop, &QEventLoop::quit);
    loop.exec();
}

/// Opens @p path in @p window through openFile() and watches the event loop meanwhile, until
/// the canvas shows it.
Stalls backgroundOpen(MainWindow &window, const QString &path)
{
    Stalls stalls;
    QElapsedTimer wall;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        stalls.longest = std::max(stalls.longest, ms(sinceTick));
        if (window.isOpening())
            stalls.longestWhileLoading = std::max(stalls.longestWhileLoading, ms(sinceTick));
        sinceTick.restart();
    });
    wall.start();
    sinceTick.start();
    ticker.start();
    // The call itself blocks too (it starts the job): counted by the first gap.
    const bool opened = Topologist::Test::openAndWait(window, path);
    waitUntilDrawn(window);
    stalls.longest = std::max(stalls.longest, ms(sinceTick));
    stalls.total = ms(wall);
    if (!opened)
        out << "  (the open failed)\n";
    return stalls;
}

/// Of the stall, what building the document from the finished job costs (the rest is views).
double documentFromResult(const QString &path, const TypeCatalog &catalog)
{
    DocumentLoader loader(path, catalog);
    QEventLoop loop;
    QObject::connect(&loader, &DocumentLoader::finished, &loop, &QEventLoop::quit);
    loader.start();
    loop.exec();
    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<TopologyDocument> document = loader.takeDocument();
    return document ? ms(timer) : -1;
}

/// How long a job takes to return once cancelled during @p step (a little after it began).
double cancelLatency(const QString &path, const TypeCatalog &catalog, LoadProgress::Step step)
{
    TopologyLoadJob job(path, catalog.snapshot());
    std::atomic<bool> reached{false};
    job.setProgressCallback([&](const LoadProgress &p) {
        if (p.step == step && (step != LoadProgress::Step::Validating || p.done > 0))
            reached = true;
    });
    CancelToken token;
    QElapsedTimer sinceCancel;
    std::thread worker([&] { job.run(&token); });
    while (!reached)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    sinceCancel.start();
    token.cancel();
    worker.join();
    return ms(sinceCancel);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TopologistBench"));
    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    const int nodes = argc > 1 ? std::atoi(argv[1]) : 10000;
    const QString path = dir.filePath(QStringLiteral("generated.yml"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(Topologist::Test::TopologyGenerator(nodes).yaml());
    }
    TypeCatalog catalog;
    catalog.addBundledLibrary();
    MainWindow window(catalog);
    window.show();
    QApplication::processEvents();

    out << QStringLiteral("Opening a generated topology of %1 nodes\n").arg(nodes);
    out << "Before (synchronous, UI thread blocked throughout):\n";
    const double before = synchronousOpen(path, catalog);
    // Warm-up and first install, so both figures below pay the same one-time costs.
    Topologist::Test::openAndWait(window, path);
    waitUntilDrawn(window);
    window.newDocument();
    out << "After (MainWindow::openFile, load in the background):\n";
    const Stalls after = backgroundOpen(window, path);
    out << QStringLiteral("  wall time to open and draw %1 ms\n").arg(after.total, 8, 'f', 1);
    out << QStringLiteral("  longest UI-thread stall    %1 ms (installing the document: views, "
                          "canvas scene)\n")
               .arg(after.longest, 8, 'f', 1);
    out << QStringLiteral("  longest stall while the job ran %1 ms\n")
               .arg(after.longestWhileLoading, 0, 'f', 1);
    out << QStringLiteral("    of which the document   %1 ms (TopologyDocument::fromLoadResult)\n")
               .arg(documentFromResult(path, catalog), 8, 'f', 1);
    out << QStringLiteral("Cancel to job returned: while parsing %1 ms, while validating %2 ms\n")
               .arg(cancelLatency(path, catalog, LoadProgress::Step::Parsing), 0, 'f', 2)
               .arg(cancelLatency(path, catalog, LoadProgress::Step::Validating), 0, 'f', 2);
    out << QStringLiteral("UI thread blocked before: %1 ms + the same install (%2 ms) = %3 ms\n")
               .arg(before, 0, 'f', 1)
               .arg(after.longest, 0, 'f', 1)
               .arg(before + after.longest, 0, 'f', 1);
    out << QStringLiteral("UI thread blocked after:  %1 ms at most at a time\n")
               .arg(after.longest, 0, 'f', 1);
    out.flush();
    return 0;
}
