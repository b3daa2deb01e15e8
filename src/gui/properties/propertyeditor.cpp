// SPDX-License-Identifier: GPL-3.0-or-later
#include "properties/propertyeditor.h"

namespace Topologist {

// Placeholder until the property editor lands; keeps the main window buildable.
PropertyEditor::PropertyEditor(QWidget *parent)
    : QWidget(parent)
{}
PropertyEditor::~PropertyEditor() = default;
void PropertyEditor::setDocument(TopologyDocument *, SelectionModel *) {}

} // namespace Topologist
