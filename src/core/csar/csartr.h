// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Topologist {

/// The "Csar" translation context of every message of the CSAR layer. A class rather than a
/// local tr() helper because lupdate only extracts tr() calls whose context it can see.
struct CsarTr
{
    Q_DECLARE_TR_FUNCTIONS(Csar)
};

} // namespace Topologist
