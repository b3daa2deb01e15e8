// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/policydefinition.h"

#include <QString>

namespace Topologist {

class TopologyDocument;

/// The edits of a topology's policies, each one undo step, as the groups and policies panel
/// asks for them. Policy names are unique: an edit that would repeat one is refused (false),
/// as is one that changes nothing.
class PolicyActions
{
public:
    explicit PolicyActions(TopologyDocument *document);

    bool addPolicy(const PolicyDefinition &policy);
    bool changePolicy(const QString &name, const PolicyDefinition &policy);
    bool removePolicy(const QString &name);

    /// A free name for a policy of `type`: its last segment ("AntiAffinity"), numbered when
    /// taken ("AntiAffinity2").
    QString freeName(const QString &type) const;
    bool isFreeName(const QString &name, const QString &current = QString()) const;

private:
    TopologyDocument *m_document;
};

} // namespace Topologist
