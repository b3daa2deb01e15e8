// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/commentmap.h"

#include <QByteArray>

namespace Topologist {

/// Puts comments into YAML text the writer produced: each block on the lines before its
/// element, indented like it, each trailing comment at the end of its element's line, the
/// header at the top and the trailer at the end.
///
/// yaml-cpp's emitter only writes a comment after the current content, so the text is placed
/// afterwards: it is read again to learn where each element landed. A comment whose element the
/// text does not have goes to the element's nearest ancestor there (the writer leaves out keys
/// that only repeat a default). Comments of elements a user deletes are dropped by the edit
/// itself (see TopologyEdit), and those of a deleted node template go with its NodeTemplate.
class CommentPlacer
{
public:
    static QByteArray place(const QByteArray &yaml, const CommentMap &comments);
};

} // namespace Topologist
