// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include <QDir>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QSvgRenderer>

#include <gtest/gtest.h>

#include <iterator>
#include <utility>

using namespace Topologist;

namespace {

// Pixels a rendered icon actually covers: a file that Qt's SVG renderer cannot draw (it
// supports SVG Tiny 1.2 only) loads as a valid but empty icon.
int coveredPixels(const QIcon &icon, int size)
{
    const QImage image = icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
    int covered = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            covered += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    return covered;
}

using Accessor = QIcon (*)();
const std::pair<const char *, Accessor> accessors[] = {
    {"application", &Icons::application},
    {"newFile", &Icons::newFile},
    {"open", &Icons::open},
    {"save", &Icons::save},
    {"saveAs", &Icons::saveAs},
    {"revert", &Icons::revert},
    {"undo", &Icons::undo},
    {"redo", &Icons::redo},
    {"cut", &Icons::cut},
    {"copy", &Icons::copy},
    {"paste", &Icons::paste},
    {"remove", &Icons::remove},
    {"duplicate", &Icons::duplicate},
    {"rename", &Icons::rename},
    {"selectAll", &Icons::selectAll},
    {"zoomIn", &Icons::zoomIn},
    {"zoomOut", &Icons::zoomOut},
    {"zoomFit", &Icons::zoomFit},
    {"zoomOriginal", &Icons::zoomOriginal},
    {"autoLayout", &Icons::autoLayout},
    {"validate", &Icons::validate},
    {"error", &Icons::error},
    {"warning", &Icons::warning},
    {"info", &Icons::info},
    {"quickFix", &Icons::quickFix},
    {"exportCsar", &Icons::exportCsar},
    {"push", &Icons::push},
    {"exportImage", &Icons::exportImage},
    {"settings", &Icons::settings},
    {"about", &Icons::about},
    {"nodeGeneric", &Icons::nodeGeneric},
    {"add", &Icons::add},
};

} // namespace

TEST(Icons, EveryAccessorDrawsAtToolbarAndMenuSizes)
{
    for (const auto &[name, accessor] : accessors) {
        const QIcon icon = accessor();
        ASSERT_FALSE(icon.isNull()) << name;
        // A 24-unit glyph with 2-unit strokes covers far more than a few stray pixels.
        EXPECT_GT(coveredPixels(icon, 16), 20) << name;
        EXPECT_GT(coveredPixels(icon, 24), 40) << name;
    }
}

TEST(Icons, EveryScalableFileIsOnTheSharedGrid)
{
    const QDir dir(QStringLiteral(":/icons/scalable"));
    const QStringList files = dir.entryList({QStringLiteral("*.svg")}, QDir::Files);
    EXPECT_EQ(files.size(), int(std::size(accessors)));
    for (const QString &file : files) {
        QSvgRenderer renderer(dir.filePath(file));
        EXPECT_TRUE(renderer.isValid()) << file.toStdString();
        EXPECT_EQ(renderer.viewBox(), QRect(0, 0, 24, 24)) << file.toStdString();
    }
}

TEST(Icons, ApplicationLogoShipsEveryDesktopSize)
{
    for (int size : {16, 32, 48, 64, 128, 256}) {
        const QImage image(QStringLiteral(":/icons/app/topologist-%1.png").arg(size));
        EXPECT_EQ(image.size(), QSize(size, size)) << size;
        EXPECT_TRUE(image.hasAlphaChannel()) << size;
    }
}

TEST(Icons, EveryIconHasItsOwnPixelsOnAHighDpiScreen)
{
    // Drawn from SVG at the asked ratio, not a 16-pixel picture scaled up on a 2x screen.
    for (const auto &[name, accessor] : accessors) {
        const QIcon icon = accessor();
        for (const int size : {16, 22, 32}) {
            const QPixmap pixmap = icon.pixmap(QSize(size, size), 2.0);
            EXPECT_EQ(pixmap.size(), QSize(2 * size, 2 * size)) << name << " " << size;
            EXPECT_EQ(pixmap.devicePixelRatio(), 2.0) << name;
        }
    }
}
