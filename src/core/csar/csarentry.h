// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Topologist {

/// One file or folder of a CSAR as its central directory declares it. Sizes are what the archive
/// claims; CsarReader checks the real bytes against them while decompressing.
struct CsarEntry
{
    /// Path inside the archive, '/'-separated, never with a leading '/' or a ".." segment
    /// (CsarReader refuses such archives). Folders end with '/'.
    QString name;
    bool isDirectory = false;
    quint64 compressedSize = 0;
    quint64 uncompressedSize = 0;
    quint32 crc = 0;
    /// 0 (stored) or 8 (deflate); the reader refuses anything else.
    quint16 method = 0;
    /// Position in the central directory.
    int index = 0;
};

} // namespace Topologist
