// SPDX-License-Identifier: GPL-3.0-or-later
#include "properties/editors/valueeditor.h"

namespace Topologist {

ValueEditor::ValueEditor(const Setup &setup, QObject *parent)
    : QObject(parent)
    , m_setup(setup)
{}

} // namespace Topologist
