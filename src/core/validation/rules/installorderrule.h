// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/validationrule.h"

namespace Topologist {

/// TOPO-WF-001: nodes whose relationships make the generated install (and uninstall) wait in a
/// loop; TOPO-WF-002: a node outside the loop that is never installed because it waits on one.
///
/// Found on the nodes, not on the generated steps: in the declarative defaults the only waits
/// between two nodes are a source's first step on its target's last (install) and the reverse
/// (uninstall), and relationship operations wait without being waited for across nodes, so
/// the steps loop exactly when the relationships do. That keeps the rule linear, which a rule
/// run after every edit must be.
class InstallOrderRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("install-order"); }
    void checkTopology(const ValidationContext &context, Problems *problems) const override;
    bool readsStructureOnly() const override { return true; }
    /// A loop that was not there before passes through a node whose requirements or type the
    /// edit changed: looks for a way from each of those back to itself.
    bool mayFindAfter(const ValidationContext &context,
                      const QSet<QString> &reshaped) const override;

private:
    /// True when the loop is nodes hosted on each other, which TOPO-HOST-002 already reports.
    static bool isHostingLoop(const ValidationContext &context, const QStringList &members);
    static void reportWaiting(const ValidationContext &context,
                              const QStringList &loopMembers,
                              QSet<QString> *reported,
                              Problems *problems);
};

} // namespace Topologist
