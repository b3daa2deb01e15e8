// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/canvaswidget.h"
#include "selectionmodel.h"
#include "topologydocument.h"

#include <QString>

#include <memory>

namespace Topologist::Test {

/// A bundled example open in a canvas: where the canvas tests start.
class ExampleCanvas
{
public:
    /// Opens `example` (document stays null when it cannot be read); with `shown`, the canvas
    /// is 1400x900 on screen and exposed.
    explicit ExampleCanvas(const QString &example, bool shown = false);
    /// The same for a document the test made.
    ExampleCanvas(std::unique_ptr<TopologyDocument> opened, bool shown);

    std::unique_ptr<TopologyDocument> document;
    SelectionModel selection;
    std::unique_ptr<CanvasWidget> canvas;
    /// The canvas was shown and the window system exposed it.
    bool exposed = false;
};

} // namespace Topologist::Test
