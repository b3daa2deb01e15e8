// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudreply.h"

#include <QEventLoop>

namespace Topologist {

Alien4CloudReply::Alien4CloudReply(Operation operation, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
{}

Alien4CloudReply::~Alien4CloudReply() = default;

bool Alien4CloudReply::waitForFinished()
{
    if (!m_finished) {
        QEventLoop loop;
        connect(this, &Alien4CloudReply::finished, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return !hasError();
}

void Alien4CloudReply::cancel()
{
    if (!m_finished)
        abort();
}

bool Alien4CloudReply::complete(const Alien4CloudError &error)
{
    if (m_finished)
        return false;
    m_finished = true;
    m_error = error;
    emit finished();
    return true;
}

} // namespace Topologist
