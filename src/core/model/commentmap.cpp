// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/commentmap.h"

namespace Topologist {

QString CommentMap::indexSegment(int index)
{
    return QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

const ElementComments *CommentMap::find(const Path &path) const
{
    const auto it = m_elements.constFind(path);
    return it == m_elements.cend() ? nullptr : &it.value();
}

void CommentMap::addBefore(const Path &path, const QStringList &lines)
{
    if (!lines.isEmpty())
        m_elements[path].before += lines;
}

void CommentMap::addTrailing(const Path &path, const QString &text)
{
    if (text.isEmpty())
        return;
    QString &trailing = m_elements[path].trailing;
    // Two comments on one line happen only when a flow collection spans lines; one line keeps
    // both texts.
    trailing = trailing.isEmpty() ? text : trailing + QLatin1Char(' ') + text;
}

void CommentMap::addAll(const CommentMap &other, const Path &prefix)
{
    for (auto it = other.m_elements.cbegin(); it != other.m_elements.cend(); ++it) {
        addBefore(prefix + it.key(), it.value().before);
        addTrailing(prefix + it.key(), it.value().trailing);
    }
}

CommentMap CommentMap::takeUnder(const Path &prefix)
{
    CommentMap taken;
    auto it = m_elements.lowerBound(prefix);
    while (it != m_elements.end() && it.key().mid(0, prefix.size()) == prefix) {
        taken.m_elements.insert(it.key().mid(prefix.size()), it.value());
        it = m_elements.erase(it);
    }
    return taken;
}

} // namespace Topologist
