// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBuffer>

namespace Topologist {

/// A read-only buffer that refuses a seek past its end quietly. A damaged zip's offsets point
/// anywhere; its reader treats the refusal as the damage it is, while a plain QBuffer would
/// also print a warning for each one on the user's terminal.
class BoundedBuffer : public QBuffer
{
public:
    using QBuffer::QBuffer;

    bool seek(qint64 position) override;
};

} // namespace Topologist
