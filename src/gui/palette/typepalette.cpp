// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette/typepalette.h"

namespace Topologist {

// Placeholder until the palette lands; keeps the main window buildable.
TypePalette::TypePalette(const TypeCatalog &, QWidget *parent)
    : QWidget(parent)
{}
TypePalette::~TypePalette() = default;
void TypePalette::setDocument(TopologyDocument *, SelectionModel *) {}
void TypePalette::reload() {}

} // namespace Topologist
