// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Topologist {

/// What a CSAR may cost us before we refuse to open it. The defaults fit real TOSCA archives
/// (YAML, scripts, icons, the odd artifact) with a wide margin while stopping zip bombs; tests and
/// callers with tighter needs pass their own values to CsarReader.
struct CsarLimits
{
    /// Size of the .csar/.zip file itself. A4C 1.4/2.x accept 50 MiB uploads.
    qint64 maxArchiveBytes = 100ll * 1024 * 1024;
    /// An archive up to this size is read into memory once and unzipped from there: the zip
    /// reader seeks back and forth for every entry, and each seek of a file is a system call
    /// that drops its read buffer (hundreds per archive, each a round trip on a network drive).
    qint64 maxInMemoryBytes = 32ll * 1024 * 1024;
    /// Files and folders in the central directory.
    int maxEntries = 10000;
    /// Sum of all uncompressed entry sizes.
    qint64 maxTotalBytes = 512ll * 1024 * 1024;
    /// Uncompressed size of any one entry (also the cap of an in-memory readEntry()).
    qint64 maxEntryBytes = 256ll * 1024 * 1024;
    /// Uncompressed / compressed bytes of one entry. Text deflates about 5-20 times; runs of
    /// zeros, the stuff bombs are made of, about 1000 times.
    int maxEntryRatio = 200;
    /// All uncompressed bytes / size of the archive file. Measured against the file size, not the
    /// sum of compressed sizes, because overlapping-entry bombs share compressed data.
    int maxOverallRatio = 200;
    /// Ratios are only enforced past this many uncompressed bytes: a small, very regular file
    /// (a 10 KiB blank padding) is harmless even when it compresses 500 times.
    qint64 ratioGraceBytes = 1024ll * 1024;
    /// Folders an entry may sit in ("a/b/c.yml" sits in 2). Real archives nest a few levels; a
    /// crafted one nests a thousand in 12 KB, and every level is a folder to create and check.
    int maxPathDepth = 32;
    /// Characters of an entry name. Keeps the extracted path well under Linux's 4096-byte
    /// PATH_MAX and Windows' limits, whatever the temporary folder's own path.
    int maxNameLength = 1024;
};

} // namespace Topologist
