// SPDX-License-Identifier: GPL-3.0-or-later
#include "examplecanvas.h"

#include "exampledocument.h"
#include "testhelpers.h"

#include <QCoreApplication>
#include <QTest>

namespace Topologist::Test {

ExampleCanvas::ExampleCanvas(const QString &example, bool shown)
    : ExampleCanvas(openExample(example), shown)
{}

ExampleCanvas::ExampleCanvas(std::unique_ptr<TopologyDocument> opened, bool shown)
    : document(std::move(opened))
    , canvas(std::make_unique<CanvasWidget>(bundledCatalog()))
{
    if (!document)
        return;
    canvas->resize(1400, 900);
    canvas->setDocument(document.get(), &selection);
    if (!shown)
        return;
    canvas->show();
    exposed = QTest::qWaitForWindowExposed(canvas.get());
    QCoreApplication::processEvents();
}

} // namespace Topologist::Test
