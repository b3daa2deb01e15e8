// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipbuilder.h"

#include <QBuffer>
#include <QDateTime>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <gtest/gtest.h>

#include <zlib.h>

namespace Topologist::Test {

ZipBuilder &ZipBuilder::add(const QString &name, const QByteArray &data)
{
    m_items.append({name, data, Z_DEFLATED, 0100644, {}});
    return *this;
}

ZipBuilder &ZipBuilder::addStored(const QString &name, const QByteArray &data)
{
    m_items.append({name, data, 0, 0100644, {}});
    return *this;
}

ZipBuilder &ZipBuilder::addDirectory(const QString &name)
{
    m_items.append({name, {}, 0, 0040755, {}});
    return *this;
}

ZipBuilder &ZipBuilder::addSymlink(const QString &name, const QByteArray &target)
{
    m_items.append({name, target, 0, 0120777, {}});
    return *this;
}

ZipBuilder &
ZipBuilder::addEncrypted(const QString &name, const QByteArray &data, const QByteArray &password)
{
    m_items.append({name, data, Z_DEFLATED, 0100644, password});
    return *this;
}

QByteArray ZipBuilder::build() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadWrite);
    QuaZip zip(&buffer);
    zip.setAutoClose(false);
    zip.setUtf8Enabled(true);
    // Sizes in the local headers, so that ZipPatcher finds them there.
    zip.setDataDescriptorWritingEnabled(false);
    if (!zip.open(QuaZip::mdCreate)) {
        ADD_FAILURE() << "QuaZip cannot create a zip in memory";
        return {};
    }
    for (const Item &item : m_items) {
        QuaZipNewInfo info(item.name);
        info.dateTime = QDateTime(QDate(2020, 1, 1), QTime(0, 0));
        info.externalAttr = item.unixMode << 16;
        const quint32 crc = quint32(crc32(
            0, reinterpret_cast<const Bytef *>(item.data.constData()), uInt(item.data.size())));
        QuaZipFile file(&zip);
        const char *password = item.password.isEmpty() ? nullptr : item.password.constData();
        if (!file.open(QIODevice::WriteOnly, info, password, crc, item.method)) {
            ADD_FAILURE() << "QuaZip cannot add " << item.name.toStdString();
            return {};
        }
        file.write(item.data);
        file.close();
        if (file.getZipError() != 0) {
            ADD_FAILURE() << "QuaZip failed writing " << item.name.toStdString();
            return {};
        }
    }
    zip.close();
    return bytes;
}

} // namespace Topologist::Test
