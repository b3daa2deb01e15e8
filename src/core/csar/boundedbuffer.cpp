// SPDX-License-Identifier: GPL-3.0-or-later
#include "csar/boundedbuffer.h"

namespace Topologist {

bool BoundedBuffer::seek(qint64 position)
{
    if (position < 0 || position > size())
        return false;
    return QBuffer::seek(position);
}

} // namespace Topologist
