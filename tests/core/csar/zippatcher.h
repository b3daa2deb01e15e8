// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Topologist::Test {

/// Edits the headers of a zip made by ZipBuilder in place, to make the lies no honest writer
/// tells: sizes that differ from the data, odd methods and flags, bytes no API lets you put in a
/// name. Each edit changes the central directory record and the local header alike, as an
/// attacker would, so that only the data itself can give the lie away.
class ZipPatcher
{
public:
    explicit ZipPatcher(const QByteArray &zip);

    int entryCount() const;
    quint32 compressedSize(int index) const;
    quint32 uncompressedSize(int index) const;
    quint16 flags(int index) const;
    /// Offset of the entry's data (after its local header).
    int dataOffset(int index) const;

    void setCompressedSize(int index, quint32 size);
    void setUncompressedSize(int index, quint32 size);
    void setMethod(int index, quint16 method);
    void setFlags(int index, quint16 flags);
    /// Replaces byte @p position of the entry's name (the length stays).
    void setNameByte(int index, int position, char byte);

    QByteArray bytes() const { return m_zip; }

private:
    int centralRecord(int index) const;
    int localHeader(int index) const;
    quint16 read16(int offset) const;
    quint32 read32(int offset) const;
    void write16(int offset, quint16 value);
    void write32(int offset, quint32 value);

    QByteArray m_zip;
};

} // namespace Topologist::Test
