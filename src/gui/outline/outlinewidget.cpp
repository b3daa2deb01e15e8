// SPDX-License-Identifier: GPL-3.0-or-later
#include "outline/outlinewidget.h"

namespace Topologist {

// Placeholder until the outline lands; keeps the main window buildable.
OutlineWidget::OutlineWidget(QWidget *parent)
    : QWidget(parent)
{}
OutlineWidget::~OutlineWidget() = default;
void OutlineWidget::setDocument(TopologyDocument *, SelectionModel *) {}

} // namespace Topologist
