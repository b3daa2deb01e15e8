// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/commentmap.h"
#include "model/value.h"

#include <QByteArray>

namespace Topologist {

/// Gives each comment of a YAML text the element it belongs to: a block of comment lines goes
/// with the element that starts on the next line holding content, a comment at the end of a line
/// with the element that starts on that line. Comments above the first element are the header,
/// those after the last the trailer.
class CommentAttacher
{
public:
    /// `root` is `yaml` as YamlValueReader read it, with its line numbers.
    static CommentMap attach(const QByteArray &yaml, const Value &root);
};

} // namespace Topologist
