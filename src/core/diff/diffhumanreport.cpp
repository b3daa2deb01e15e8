// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/diffhumanreport.h"

#include "diff/topologydiff.h"

#include <QList>
#include <QSet>

namespace Topologist {

namespace {

/// Values longer than this are cut: a report line should stay readable.
constexpr int longestValue = 60;

QString shown(const Value &value)
{
    if (value.isNull())
        return DiffHumanReport::tr("(none)");
    QString text = value.toDisplayString();
    if (text.size() > longestValue)
        text = text.left(longestValue - 3) + QStringLiteral("...");
    return text;
}

bool isCollection(const QString &section)
{
    static const QStringList collections{QStringLiteral("node_templates"),
                                         QStringLiteral("inputs"),
                                         QStringLiteral("outputs"),
                                         QStringLiteral("groups"),
                                         QStringLiteral("policies"),
                                         QStringLiteral("repositories")};
    return collections.contains(section);
}

} // namespace

QString DiffHumanReport::elementOf(const Change &change)
{
    const QStringList &path = change.path;
    if (path.isEmpty())
        return QString();
    if (path.size() >= 2 && isCollection(path.first()))
        return path[0] + QLatin1Char('/') + path[1];
    return path.first();
}

QChar DiffHumanReport::symbolOf(Change::Kind kind)
{
    switch (kind) {
    case Change::Kind::Added:
        return QLatin1Char('+');
    case Change::Kind::Removed:
        return QLatin1Char('-');
    case Change::Kind::Renamed:
        return QLatin1Char('>');
    case Change::Kind::Modified:
    case Change::Kind::Retyped:
        break;
    }
    return QLatin1Char('~');
}

void DiffHumanReport::writeStat(const Changes &changes, QTextStream &out)
{
    QStringList elements;
    QHash<QString, QString> bars;
    for (const Change &change : changes) {
        const QString element = elementOf(change);
        if (!bars.contains(element))
            elements << element;
        bars[element] += symbolOf(change.kind);
    }
    int width = 0;
    for (const QString &element : std::as_const(elements))
        width = qMax(width, int(element.size()));
    for (const QString &element : std::as_const(elements)) {
        const QString &bar = bars.value(element);
        out << ' ' << element.leftJustified(width) << " | " << QString::number(bar.size()) << ' '
            << bar << '\n';
    }
    out << ' ' << summary(changes) << '\n';
}

QString DiffHumanReport::summary(const Changes &changes)
{
    QSet<QString> elements;
    int counts[5] = {0, 0, 0, 0, 0};
    for (const Change &change : changes) {
        elements.insert(elementOf(change));
        ++counts[int(change.kind)];
    }
    // Like git's "2 files changed, 5 insertions(+)": elements, then the changes made to them.
    // Plural forms written out: without a translation loaded, tr("%n change(s)") shows "(s)".
    const qsizetype total = changes.size();
    const QString elementText = elements.size() == 1
                                    ? tr("1 element changed")
                                    : tr("%1 elements changed").arg(elements.size());
    const QString changeText = total == 1 ? tr("1 change") : tr("%1 changes").arg(total);
    return elementText + QStringLiteral(", ") + changeText + QStringLiteral(": ")
           + tr("%1 added, %2 removed, %3 modified, %4 renamed")
                 .arg(counts[int(Change::Kind::Added)])
                 .arg(counts[int(Change::Kind::Removed)])
                 .arg(counts[int(Change::Kind::Modified)] + counts[int(Change::Kind::Retyped)])
                 .arg(counts[int(Change::Kind::Renamed)]);
}

QString DiffHumanReport::detail(const Change &change)
{
    QString line;
    QTextStream out(&line);
    out << symbolOf(change.kind) << ' ' << change.pathText();
    switch (change.kind) {
    case Change::Kind::Added:
        if (change.area == Change::Area::Node)
            out << "  (" << change.after.value(QStringLiteral("type")).text() << ')';
        else
            out << ": " << shown(change.after);
        break;
    case Change::Kind::Removed:
        if (change.area == Change::Area::Node)
            out << "  (" << change.before.value(QStringLiteral("type")).text() << ')';
        else
            out << ": " << shown(change.before);
        break;
    case Change::Kind::Renamed:
        out << ": " << tr("renamed from %1").arg(change.before.text());
        break;
    case Change::Kind::Retyped:
        out << ": " << tr("retyped %1 -> %2").arg(change.before.text(), change.after.text());
        break;
    case Change::Kind::Modified:
        out << ": " << shown(change.before) << " -> " << shown(change.after);
        break;
    }
    out.flush();
    return line;
}

void DiffHumanReport::write(const Changes &changes, QTextStream &out)
{
    const Changes model = TopologyDiff::withoutLayout(changes);
    Changes layout;
    for (const Change &change : changes) {
        if (change.isLayout())
            layout.append(change);
    }
    if (!model.isEmpty()) {
        writeStat(model, out);
        out << '\n';
        for (const Change &change : model)
            out << detail(change) << '\n';
    }
    if (!layout.isEmpty()) {
        if (!model.isEmpty())
            out << '\n';
        out << tr("Layout only (ignored with --ignore-layout): %1 nodes moved").arg(layout.size())
            << '\n';
        for (const Change &change : std::as_const(layout))
            out << detail(change) << '\n';
    }
}

} // namespace Topologist
