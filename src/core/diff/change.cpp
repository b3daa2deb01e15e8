// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/change.h"

namespace Topologist {

// These names are the JSON report's vocabulary, read by scripts: they are not translated.
QString Change::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return QStringLiteral("added");
    case Kind::Removed:
        return QStringLiteral("removed");
    case Kind::Modified:
        return QStringLiteral("modified");
    case Kind::Renamed:
        return QStringLiteral("renamed");
    case Kind::Retyped:
        return QStringLiteral("retyped");
    }
    return QString();
}

QString Change::areaName(Area area)
{
    switch (area) {
    case Area::Header:
        return QStringLiteral("header");
    case Area::Import:
        return QStringLiteral("import");
    case Area::Repository:
        return QStringLiteral("repository");
    case Area::Input:
        return QStringLiteral("input");
    case Area::Output:
        return QStringLiteral("output");
    case Area::Group:
        return QStringLiteral("group");
    case Area::Policy:
        return QStringLiteral("policy");
    case Area::Node:
        return QStringLiteral("node");
    case Area::Property:
        return QStringLiteral("property");
    case Area::Capability:
        return QStringLiteral("capability");
    case Area::Requirement:
        return QStringLiteral("requirement");
    case Area::Artifact:
        return QStringLiteral("artifact");
    case Area::Interface:
        return QStringLiteral("interface");
    case Area::Other:
        return QStringLiteral("other");
    case Area::Layout:
        return QStringLiteral("layout");
    }
    return QString();
}

} // namespace Topologist
