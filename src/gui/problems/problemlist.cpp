// SPDX-License-Identifier: GPL-3.0-or-later
#include "problems/problemlist.h"

namespace Topologist {

// Placeholder until the problem list lands; keeps the main window buildable.
ProblemList::ProblemList(QWidget *parent)
    : QWidget(parent)
{}
ProblemList::~ProblemList() = default;
void ProblemList::setDocument(TopologyDocument *, SelectionModel *) {}

} // namespace Topologist
