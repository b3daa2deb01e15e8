// SPDX-License-Identifier: GPL-3.0-or-later
#include "csar/csarpath.h"

#include "csar/csartr.h"

namespace Topologist {

namespace {

constexpr int MaxSegmentBytes = 255;

bool isDirectionControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
           || (c >= 0x2066 && c <= 0x2069);
}

bool isHidingCharacter(char32_t c)
{
    return QChar::category(c) == QChar::Other_Control || isDirectionControl(c);
}

bool isWindowsDeviceName(const QString &segment)
{
    // Windows maps these to devices whatever the extension: "nul.yml" is the null device.
    const QString stem = segment.section(QLatin1Char('.'), 0, 0).trimmed().toUpper();
    static const QStringList plain = {QStringLiteral("CON"),
                                      QStringLiteral("PRN"),
                                      QStringLiteral("AUX"),
                                      QStringLiteral("NUL"),
                                      QStringLiteral("CONIN$"),
                                      QStringLiteral("CONOUT$")};
    if (plain.contains(stem))
        return true;
    if (stem.size() == 4
        && (stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT")))) {
        const QChar digit = stem.at(3);
        return digit >= QLatin1Char('0') && digit <= QLatin1Char('9');
    }
    return false;
}

bool startsWithDriveLetter(const QString &name)
{
    return name.size() >= 2 && name.at(1) == QLatin1Char(':') && name.at(0).isLetter()
           && name.at(0).unicode() < 0x80;
}

} // namespace

QString CsarPath::problem(const QString &name, bool allowDirectory)
{
    if (name.isEmpty())
        return CsarTr::tr("the name is empty");
    if (name.contains(QChar::ReplacementCharacter))
        return CsarTr::tr("the name is not valid UTF-8");
    for (const char32_t c : name.toUcs4()) {
        if (isHidingCharacter(c))
            return CsarTr::tr("the name contains a control character");
    }
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\'))
        || startsWithDriveLetter(name))
        return CsarTr::tr("the name is an absolute path");
    if (name.contains(QLatin1Char('\\')))
        return CsarTr::tr(
            "the name contains a backslash, which Windows reads as a folder separator");
    if (name.contains(QLatin1Char(':')))
        return CsarTr::tr("the name contains ':', which Windows reads as a drive "
                          "or an alternate data stream");

    QString path = name;
    if (path.endsWith(QLatin1Char('/'))) {
        if (!allowDirectory)
            return CsarTr::tr("the name ends with '/' (a folder)");
        path.chop(1);
    }
    const QStringList segments = path.split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        if (segment == QLatin1String(".."))
            return CsarTr::tr(
                "the name has a \"..\" segment, which points outside the archive's folder");
    }
    for (const QString &segment : segments) {
        // NAME_MAX of ext4, XFS, APFS and NTFS: a longer segment cannot be created anywhere.
        if (segment.toUtf8().size() > MaxSegmentBytes)
            return CsarTr::tr("a file or folder name in it is longer than %1 bytes")
                .arg(MaxSegmentBytes);
        if (segment.isEmpty() || segment == QLatin1String("."))
            return CsarTr::tr("the name has an empty or \".\" segment");
        if (isWindowsDeviceName(segment))
            return CsarTr::tr("\"%1\" is a reserved device name on Windows").arg(segment);
        if (segment.endsWith(QLatin1Char('.')) || segment.endsWith(QLatin1Char(' ')))
            return CsarTr::tr("\"%1\" ends with a dot or a space, which Windows drops")
                .arg(segment);
        for (const QChar c : segment) {
            if (QStringLiteral("<>\"|?*").contains(c))
                return CsarTr::tr("\"%1\" contains '%2', which Windows forbids in file names")
                    .arg(segment, c);
        }
    }
    return QString();
}

QString CsarPath::clashKey(const QString &name)
{
    QString path = name;
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path.normalized(QString::NormalizationForm_C).toCaseFolded();
}

QStringList CsarPath::folderKeys(const QString &name)
{
    const QString key = clashKey(name);
    QStringList keys;
    for (int slash = key.indexOf(QLatin1Char('/')); slash >= 0;
         slash = key.indexOf(QLatin1Char('/'), slash + 1))
        keys.append(key.left(slash));
    return keys;
}

QString CsarPath::printable(const QString &name)
{
    QString text;
    text.reserve(name.size());
    for (const char32_t c : name.toUcs4()) {
        if (isHidingCharacter(c)) {
            text += c < 0x100 ? QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'))
                              : QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        } else {
            text += QString::fromUcs4(&c, 1);
        }
    }
    return text;
}

} // namespace Topologist
