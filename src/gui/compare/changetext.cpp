// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/changetext.h"

#include "diff/conflictresolver.h"
#include "types/typenames.h"

#include <QCoreApplication>

namespace Topologist {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChangeText)
};

/// Sections whose second step names one element of them.
bool isCollection(const QString &section)
{
    static const QStringList collections{QStringLiteral("node_templates"),
                                         QStringLiteral("inputs"),
                                         QStringLiteral("outputs"),
                                         QStringLiteral("groups"),
                                         QStringLiteral("policies"),
                                         QStringLiteral("repositories"),
                                         QStringLiteral("imports"),
                                         QStringLiteral("metadata")};
    return collections.contains(section);
}

QString shortType(const Value &node)
{
    return TypeNames::shortName(node.value(QStringLiteral("type")).text());
}

QString wholeNode(const Change &change)
{
    switch (change.kind) {
    case Change::Kind::Added:
        return Tr::tr("node added (%1)").arg(shortType(change.after));
    case Change::Kind::Removed:
        return Tr::tr("node removed (%1)").arg(shortType(change.before));
    case Change::Kind::Renamed:
        return Tr::tr("renamed from %1").arg(change.before.text());
    case Change::Kind::Retyped:
        return Tr::tr("type changed from %1 to %2")
            .arg(TypeNames::shortName(change.before.text()),
                 TypeNames::shortName(change.after.text()));
    case Change::Kind::Modified:
        break;
    }
    return Tr::tr("changed");
}

} // namespace

QString ChangeText::subjectOf(const QStringList &path)
{
    if (path.size() >= 2 && path.first() == QLatin1String("node_templates"))
        return path[1];
    if (path.size() >= 2 && isCollection(path.first()))
        return path[0] + QLatin1Char('/') + path[1];
    return path.value(0);
}

QString ChangeText::detail(const QStringList &path)
{
    if (path.size() >= 2 && isCollection(path.first()))
        return path.mid(2).join(QLatin1Char('/'));
    return path.mid(1).join(QLatin1Char('/'));
}

QString ChangeText::subject(const Change &change)
{
    return subjectOf(change.path);
}

QString ChangeText::description(const Change &change)
{
    if (change.area == Change::Area::Node)
        return wholeNode(change);
    const QString what = detail(change.path);
    switch (change.kind) {
    case Change::Kind::Added:
        return what.isEmpty() ? Tr::tr("added") : Tr::tr("%1 added").arg(what);
    case Change::Kind::Removed:
        return what.isEmpty() ? Tr::tr("removed") : Tr::tr("%1 removed").arg(what);
    case Change::Kind::Modified:
    case Change::Kind::Renamed:
    case Change::Kind::Retyped:
        break;
    }
    return what.isEmpty() ? Tr::tr("changed") : Tr::tr("%1 changed").arg(what);
}

QString ChangeText::subject(const Conflict &conflict)
{
    const QString node = ConflictResolver::nodeOf(conflict);
    return node.isEmpty() ? subjectOf(conflict.path) : node;
}

QString ChangeText::description(const Conflict &conflict)
{
    const QString what = detail(conflict.path);
    switch (conflict.kind) {
    case Conflict::Kind::BothRenamed:
        return Tr::tr("renamed %1 here, %2 in theirs")
            .arg(conflict.ours.text(), conflict.theirs.text());
    case Conflict::Kind::DeletedByOurs:
        return what.isEmpty() ? Tr::tr("deleted here, edited in theirs")
                              : Tr::tr("%1 deleted here, edited in theirs").arg(what);
    case Conflict::Kind::DeletedByTheirs:
        return what.isEmpty() ? Tr::tr("edited here, deleted in theirs")
                              : Tr::tr("%1 edited here, deleted in theirs").arg(what);
    case Conflict::Kind::BothAdded:
        return what.isEmpty() ? Tr::tr("added differently on both sides")
                              : Tr::tr("%1 added differently on both sides").arg(what);
    case Conflict::Kind::BothChanged:
        break;
    }
    return what.isEmpty() ? Tr::tr("changed differently on both sides")
                          : Tr::tr("%1 changed differently on both sides").arg(what);
}

} // namespace Topologist
