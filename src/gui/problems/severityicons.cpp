// SPDX-License-Identifier: GPL-3.0-or-later
#include "problems/severityicons.h"

#include "icons.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Topologist {

namespace {

// lupdate names a context after the enclosing class, so the context is declared here
// rather than hidden in a helper function: strings land under "SeverityIcons" in the .ts too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SeverityIcons)
};

/// Draws the fallback icon at `size` pixels, crisp at every size the views ask for.
QPixmap paint(Severity severity, int size, qreal dpr)
{
    QPixmap pixmap(int(size * dpr), int(size * dpr));
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box(0.5, 0.5, size - 1.0, size - 1.0);
    const QColor fill = SeverityIcons::color(severity);
    p.setPen(QPen(fill.darker(125), 1.0));
    p.setBrush(fill);
    if (severity == Severity::Warning) {
        QPainterPath triangle;
        triangle.moveTo(box.center().x(), box.top() + size * 0.04);
        triangle.lineTo(box.right(), box.bottom() - size * 0.04);
        triangle.lineTo(box.left(), box.bottom() - size * 0.04);
        triangle.closeSubpath();
        p.drawPath(triangle);
    } else {
        p.drawEllipse(box.adjusted(size * 0.04, size * 0.04, -size * 0.04, -size * 0.04));
    }
    const qreal w = qMax(1.5, size / 8.0);
    p.setPen(QPen(Qt::white, w, Qt::SolidLine, Qt::RoundCap));
    const qreal cx = box.center().x();
    if (severity == Severity::Error) {
        const qreal d = size * 0.2;
        const QPointF c = box.center();
        p.drawLine(c + QPointF(-d, -d), c + QPointF(d, d));
        p.drawLine(c + QPointF(-d, d), c + QPointF(d, -d));
    } else if (severity == Severity::Warning) {
        p.setPen(QPen(QColor(0x3a, 0x2a, 0x00), w, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(cx, size * 0.36), QPointF(cx, size * 0.62));
        p.drawPoint(QPointF(cx, size * 0.78));
    } else {
        p.drawPoint(QPointF(cx, size * 0.3));
        p.drawLine(QPointF(cx, size * 0.46), QPointF(cx, size * 0.74));
    }
    return pixmap;
}

QPixmap paintBulb(int size, qreal dpr)
{
    QPixmap pixmap(int(size * dpr), int(size * dpr));
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    p.setPen(QPen(QColor(0xb0, 0x80, 0x00), 1.0));
    p.setBrush(QColor(0xff, 0xcc, 0x33));
    p.drawEllipse(QRectF(s * 0.2, s * 0.06, s * 0.6, s * 0.6));
    p.setBrush(QColor(0x80, 0x80, 0x80));
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(QRectF(s * 0.36, s * 0.66, s * 0.28, s * 0.24), s * 0.05, s * 0.05);
    return pixmap;
}

QIcon painted(Severity severity)
{
    QIcon icon;
    for (int size : {12, 16, 22, 24, 32})
        icon.addPixmap(paint(severity, size, 1.0));
    for (int size : {16, 24})
        icon.addPixmap(paint(severity, size, 2.0));
    return icon;
}

} // namespace

QIcon SeverityIcons::forSeverity(Severity severity)
{
    QIcon own;
    switch (severity) {
    case Severity::Error:
        own = Icons::error();
        break;
    case Severity::Warning:
        own = Icons::warning();
        break;
    case Severity::Info:
        own = Icons::info();
        break;
    }
    if (!own.isNull())
        return own;
    static const QIcon fallback[3]
        = {painted(Severity::Error), painted(Severity::Warning), painted(Severity::Info)};
    return fallback[int(severity)];
}

QIcon SeverityIcons::quickFix()
{
    const QIcon own = Icons::quickFix();
    if (!own.isNull())
        return own;
    static const QIcon fallback = [] {
        QIcon icon;
        for (int size : {12, 16, 22, 24})
            icon.addPixmap(paintBulb(size, 1.0));
        return icon;
    }();
    return fallback;
}

QColor SeverityIcons::color(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xd9, 0x3a, 0x32);
    case Severity::Warning:
        return QColor(0xf2, 0xb1, 0x1b);
    case Severity::Info:
        return QColor(0x2f, 0x7c, 0xd6);
    }
    return QColor();
}

QString SeverityIcons::name(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return Tr::tr("error");
    case Severity::Warning:
        return Tr::tr("warning");
    case Severity::Info:
        return Tr::tr("info");
    }
    return QString();
}

QString SeverityIcons::plural(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return Tr::tr("Errors");
    case Severity::Warning:
        return Tr::tr("Warnings");
    case Severity::Info:
        return Tr::tr("Infos");
    }
    return QString();
}

} // namespace Topologist
