// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/conflict.h"

namespace Topologist {

namespace {

const Conflict::Kind allKinds[] = {Conflict::Kind::BothChanged,
                                   Conflict::Kind::BothAdded,
                                   Conflict::Kind::DeletedByOurs,
                                   Conflict::Kind::DeletedByTheirs,
                                   Conflict::Kind::BothRenamed};

} // namespace

// The names of the JSON report and of the conflicts recorded in a file: not translated.
QString Conflict::kindName(Kind kind)
{
    switch (kind) {
    case Kind::BothChanged:
        return QStringLiteral("both-changed");
    case Kind::BothAdded:
        return QStringLiteral("both-added");
    case Kind::DeletedByOurs:
        return QStringLiteral("deleted-by-ours");
    case Kind::DeletedByTheirs:
        return QStringLiteral("deleted-by-theirs");
    case Kind::BothRenamed:
        return QStringLiteral("both-renamed");
    }
    return QString();
}

std::optional<Conflict::Kind> Conflict::kindFromName(const QString &name)
{
    for (Kind kind : allKinds) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

} // namespace Topologist
