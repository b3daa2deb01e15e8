// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Topologist {

/// Drag-and-drop formats shared by the palette (source) and the canvas (target).
namespace MimeTypes {
/// A node type name dragged from the palette, UTF-8.
inline QString nodeType()
{
    return QStringLiteral("application/x-topologist-node-type");
}
} // namespace MimeTypes

} // namespace Topologist
