// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudpasswordstore.h"

#include <QEventLoop>
#include <QTimer>

#ifdef TOPOLOGIST_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

#include <memory>

namespace Topologist {

Alien4CloudPasswordStore::Alien4CloudPasswordStore(Backend backend, QObject *parent)
    : QObject(parent)
    , m_backend(isCompiledIn() ? backend : Backend::None)
{}

bool Alien4CloudPasswordStore::isCompiledIn()
{
#ifdef TOPOLOGIST_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

QString Alien4CloudPasswordStore::serviceName()
{
    return QStringLiteral("Topologist");
}

QString Alien4CloudPasswordStore::keyFor(const Alien4CloudServer &server)
{
    return server.displayUrl() + QLatin1Char('|') + server.userName;
}

void Alien4CloudPasswordStore::read(const Alien4CloudServer &server,
                                    std::function<void(Status, const QString &)> done)
{
    run(Action::Read, server, QString(), std::move(done));
}

void Alien4CloudPasswordStore::write(const Alien4CloudServer &server,
                                     const QString &password,
                                     std::function<void(Status)> done)
{
    run(Action::Write, server, password, [done](Status status, const QString &) { done(status); });
}

void Alien4CloudPasswordStore::remove(const Alien4CloudServer &server,
                                      std::function<void(Status)> done)
{
    run(Action::Remove, server, QString(), [done](Status status, const QString &) {
        done(status);
    });
}

void Alien4CloudPasswordStore::run(Action action,
                                   const Alien4CloudServer &server,
                                   const QString &password,
                                   std::function<void(Status, const QString &)> done)
{
    // Whichever of the keyring's answer and the timeout comes first reports; the other is
    // dropped.
    auto report = std::make_shared<std::function<void(Status, const QString &)>>(std::move(done));
    auto once = [report](Status status, const QString &secret) {
        if (*report) {
            auto callback = std::move(*report);
            *report = nullptr;
            callback(status, secret);
        }
    };

    if (m_backend == Backend::None) {
        m_lastError = tr("No keyring is used.");
        QTimer::singleShot(0, this, [once] { once(Status::Unavailable, QString()); });
        return;
    }

#ifdef TOPOLOGIST_HAVE_KEYCHAIN
    QKeychain::Job *job = nullptr;
    switch (action) {
    case Action::Read:
        job = new QKeychain::ReadPasswordJob(serviceName(), this);
        break;
    case Action::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(serviceName(), this);
        writeJob->setTextData(password);
        job = writeJob;
        break;
    }
    case Action::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName(), this);
        break;
    }
    // A plain-text file is exactly what this class exists to avoid.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(keyFor(server));
    connect(job, &QKeychain::Job::finished, this, [this, once, action](QKeychain::Job *finished) {
        switch (finished->error()) {
        case QKeychain::NoError:
            if (action == Action::Read)
                once(Status::Ok, static_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
            else
                once(Status::Ok, QString());
            return;
        case QKeychain::EntryNotFound:
            once(Status::NotFound, QString());
            return;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
        case QKeychain::OtherError:
            m_lastError = finished->errorString();
            once(Status::Unavailable, QString());
            return;
        default:
            m_lastError = finished->errorString();
            once(Status::Failed, QString());
            return;
        }
    });
    QTimer::singleShot(m_timeoutMs, this, [this, once] {
        m_lastError = tr("The keyring did not answer.");
        once(Status::Unavailable, QString());
    });
    job->start();
#else
    Q_UNUSED(action)
    Q_UNUSED(server)
    Q_UNUSED(password)
#endif
}

Alien4CloudPasswordStore::Status Alien4CloudPasswordStore::readNow(const Alien4CloudServer &server,
                                                                   QString *password)
{
    QEventLoop loop;
    Status result = Status::Unavailable;
    read(server, [&](Status status, const QString &secret) {
        result = status;
        if (password)
            *password = secret;
        loop.quit();
    });
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return result;
}

Alien4CloudPasswordStore::Status Alien4CloudPasswordStore::writeNow(const Alien4CloudServer &server,
                                                                    const QString &password)
{
    QEventLoop loop;
    Status result = Status::Unavailable;
    write(server, password, [&](Status status) {
        result = status;
        loop.quit();
    });
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return result;
}

Alien4CloudPasswordStore::Status
Alien4CloudPasswordStore::removeNow(const Alien4CloudServer &server)
{
    QEventLoop loop;
    Status result = Status::Unavailable;
    remove(server, [&](Status status) {
        result = status;
        loop.quit();
    });
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return result;
}

} // namespace Topologist
