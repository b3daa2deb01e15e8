// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflow/workflow.h"

namespace Topologist {

class Value;

/// Reads a topology's `workflows:` (Alien4Cloud's form: steps with `target`,
/// `target_relationship`, `operation_host`, `activities`, `on_success`, `on_failure`) into
/// step graphs. The Value is only read: saving writes it back as it was.
///
/// Reading never fails: a part of the wrong shape is left out of the graph (a step that is not
/// a map, an activity that is not a one-key map), so that the view shows what can be shown.
class CustomWorkflowReader
{
public:
    static Workflows read(const Value &workflows);

private:
    static Workflow readWorkflow(const QString &name, const Value &definition);
    static WorkflowStep readStep(const QString &name, const Value &definition);
    /// A list of names, or one name written alone.
    static QStringList names(const Value &value);
};

} // namespace Topologist
