// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/canvaslayout.h"

#include <QRectF>

#include <gtest/gtest.h>

using namespace Topologist;

namespace {

QList<CanvasLayout::Box> boxes(int count)
{
    QList<CanvasLayout::Box> list;
    for (int i = 0; i < count; ++i)
        list.append({QStringLiteral("b%1").arg(i), QSizeF(200 + 10 * (i % 3), 120 + 20 * (i % 4))});
    return list;
}

} // namespace

TEST(CanvasLayout, ArrowsRunLeftToRightAndNothingOverlaps)
{
    const QList<CanvasLayout::Box> all = boxes(9);
    // A chain b0 → b1 → b2, a fan b3 → b4, b3 → b5, and three unconnected boxes.
    const QList<QPair<QString, QString>> edges = {{QStringLiteral("b0"), QStringLiteral("b1")},
                                                  {QStringLiteral("b1"), QStringLiteral("b2")},
                                                  {QStringLiteral("b3"), QStringLiteral("b4")},
                                                  {QStringLiteral("b3"), QStringLiteral("b5")},
                                                  {QStringLiteral("b3"), QStringLiteral("b3")}};
    const QHash<QString, QPointF> at = CanvasLayout::arrange(all, edges, QPointF(40, 40));
    ASSERT_EQ(at.size(), all.size());
    for (const auto &[from, to] : edges) {
        if (from != to) {
            EXPECT_LT(at.value(from).x(), at.value(to).x()) << from.toStdString();
        }
    }
    for (int i = 0; i < all.size(); ++i) {
        const QRectF a(at.value(all[i].name), all[i].size);
        EXPECT_GE(a.left(), 40);
        EXPECT_GE(a.top(), 40);
        for (int j = i + 1; j < all.size(); ++j) {
            EXPECT_FALSE(a.intersects(QRectF(at.value(all[j].name), all[j].size)))
                << all[i].name.toStdString() << " " << all[j].name.toStdString();
        }
    }
    EXPECT_EQ(CanvasLayout::arrange(all, edges, QPointF(40, 40)), at); // deterministic
}

TEST(CanvasLayout, EdgesToUnknownBoxesAreIgnored)
{
    const QList<CanvasLayout::Box> all = boxes(2);
    const QHash<QString, QPointF> at = CanvasLayout::arrange(
        all, {{QStringLiteral("b0"), QStringLiteral("ghost")}}, QPointF(0, 0));
    EXPECT_EQ(at.size(), 2);
}
