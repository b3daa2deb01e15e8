// SPDX-License-Identifier: GPL-3.0-or-later
#include "zippatcher.h"

#include <QtEndian>

#include <gtest/gtest.h>

namespace Topologist::Test {

namespace {
// Offsets from APPNOTE.TXT 4.3.7 (local header), 4.3.12 (central record), 4.3.16 (end record).
constexpr int LocalFlags = 6, LocalMethod = 8, LocalCompressed = 18, LocalUncompressed = 22,
              LocalNameLength = 26, LocalExtraLength = 28, LocalName = 30;
constexpr int CentralFlags = 8, CentralMethod = 10, CentralCompressed = 20,
              CentralUncompressed = 24, CentralNameLength = 28, CentralExtraLength = 30,
              CentralCommentLength = 32, CentralLocalOffset = 42, CentralName = 46;
constexpr int EndCount = 10, EndDirectoryOffset = 16;
} // namespace

ZipPatcher::ZipPatcher(const QByteArray &zip)
    : m_zip(zip)
{}

quint16 ZipPatcher::read16(int offset) const
{
    return qFromLittleEndian<quint16>(m_zip.constData() + offset);
}

quint32 ZipPatcher::read32(int offset) const
{
    return qFromLittleEndian<quint32>(m_zip.constData() + offset);
}

void ZipPatcher::write16(int offset, quint16 value)
{
    qToLittleEndian<quint16>(value, m_zip.data() + offset);
}

void ZipPatcher::write32(int offset, quint32 value)
{
    qToLittleEndian<quint32>(value, m_zip.data() + offset);
}

int ZipPatcher::entryCount() const
{
    const int end = m_zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    return end < 0 ? 0 : read16(end + EndCount);
}

int ZipPatcher::centralRecord(int index) const
{
    const int end = m_zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    EXPECT_GE(end, 0) << "no end of central directory";
    int offset = int(read32(end + EndDirectoryOffset));
    for (int i = 0; i < index; ++i) {
        offset += CentralName + read16(offset + CentralNameLength)
                  + read16(offset + CentralExtraLength) + read16(offset + CentralCommentLength);
    }
    EXPECT_EQ(m_zip.mid(offset, 4), QByteArray("PK\x01\x02", 4)) << "entry " << index;
    return offset;
}

int ZipPatcher::localHeader(int index) const
{
    const int offset = int(read32(centralRecord(index) + CentralLocalOffset));
    EXPECT_EQ(m_zip.mid(offset, 4), QByteArray("PK\x03\x04", 4)) << "entry " << index;
    return offset;
}

quint32 ZipPatcher::compressedSize(int index) const
{
    return read32(centralRecord(index) + CentralCompressed);
}

quint32 ZipPatcher::uncompressedSize(int index) const
{
    return read32(centralRecord(index) + CentralUncompressed);
}

quint16 ZipPatcher::flags(int index) const
{
    return read16(centralRecord(index) + CentralFlags);
}

int ZipPatcher::dataOffset(int index) const
{
    const int local = localHeader(index);
    return local + LocalName + read16(local + LocalNameLength) + read16(local + LocalExtraLength);
}

void ZipPatcher::setCompressedSize(int index, quint32 size)
{
    write32(centralRecord(index) + CentralCompressed, size);
    write32(localHeader(index) + LocalCompressed, size);
}

void ZipPatcher::setUncompressedSize(int index, quint32 size)
{
    write32(centralRecord(index) + CentralUncompressed, size);
    write32(localHeader(index) + LocalUncompressed, size);
}

void ZipPatcher::setMethod(int index, quint16 method)
{
    write16(centralRecord(index) + CentralMethod, method);
    write16(localHeader(index) + LocalMethod, method);
}

void ZipPatcher::setFlags(int index, quint16 flags)
{
    write16(centralRecord(index) + CentralFlags, flags);
    write16(localHeader(index) + LocalFlags, flags);
}

void ZipPatcher::setNameByte(int index, int position, char byte)
{
    m_zip[centralRecord(index) + CentralName + position] = byte;
    m_zip[localHeader(index) + LocalName + position] = byte;
}

} // namespace Topologist::Test
