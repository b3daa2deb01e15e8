// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/outputdefinition.h"
#include "types/propertydefinition.h"

#include <QString>
#include <QStringList>

namespace Topologist {

class TopologyDocument;

/// The edits of a topology's inputs and outputs, each one undo step, the way the inputs and
/// outputs panel and the property editor ask for them. Names of inputs and outputs are unique:
/// an edit that would repeat one is refused (false).
class SectionActions
{
public:
    explicit SectionActions(TopologyDocument *document);

    bool addInput(const PropertyDefinition &input);
    /// Replaces input `name` by `input`; a new name is carried into every get_input of it and
    /// into the substitution mapping's properties.
    bool changeInput(const QString &name, const PropertyDefinition &input);
    /// Removes input `name`; properties that took it get its default back, or none, and the
    /// substitution mapping no longer maps a property onto it.
    bool removeInput(const QString &name);

    bool addOutput(const OutputDefinition &output);
    bool changeOutput(const QString &name, const OutputDefinition &output);
    bool removeOutput(const QString &name);

    /// Makes property `property` of `node` take input `input`: the input is created when
    /// there is none of that name (typed and described as the property, the property's value
    /// as its default), reused otherwise.
    bool setPropertyAsInput(const QString &node, const QString &property, const QString &input);
    /// Gives the property of `node` that takes an input the input's default again (or none);
    /// the input goes when no other property takes it.
    bool unsetInput(const QString &node, const QString &property);

    /// The name of the input `property` of `node` takes, or empty.
    QString inputOf(const QString &node, const QString &property) const;
    /// A name for a new input from `property` of `node`, free among the inputs.
    QString freeInputName(const QString &node, const QString &property) const;

private:
    TopologyDocument *m_document;
};

} // namespace Topologist
