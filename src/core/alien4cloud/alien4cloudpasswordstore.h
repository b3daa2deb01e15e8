// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4cloudserver.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Topologist {

/// Keeps Alien4Cloud passwords in the desktop's keyring (QtKeychain: Secret Service, KWallet,
/// macOS Keychain, Windows Credential Manager) under service "Topologist" and key
/// "<server url>|<user>". It never falls back to a file: without a keyring every call reports
/// Unavailable and the caller asks for the password each time.
///
/// Calls are asynchronous (the keyring may show an unlock prompt) and report through the
/// callback, always later than the call returns; the *Now variants wait in a local event loop
/// for the CLI.
class Alien4CloudPasswordStore : public QObject
{
    Q_OBJECT
public:
    enum class Backend {
        /// The platform keyring when Topologist was built with QtKeychain.
        SystemKeychain,
        /// No keyring at all (the user turned it off, or tests).
        None,
    };
    enum class Status {
        Ok,
        /// The keyring answered, but holds no password for that server and user.
        NotFound,
        /// No keyring here (not built in, no daemon, no D-Bus session).
        Unavailable,
        /// The keyring answered with an error (locked and the user declined, ...).
        Failed,
    };

    explicit Alien4CloudPasswordStore(Backend backend = Backend::SystemKeychain,
                                      QObject *parent = nullptr);

    /// Whether this build has QtKeychain at all.
    static bool isCompiledIn();
    static QString serviceName();
    static QString keyFor(const Alien4CloudServer &server);

    Backend backend() const { return m_backend; }
    /// How long a keyring may take to answer before the store gives up with Unavailable.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    /// The keyring's own text for the last Failed/Unavailable status (for logs).
    QString lastError() const { return m_lastError; }

    void read(const Alien4CloudServer &server,
              std::function<void(Status, const QString &password)> done);
    void write(const Alien4CloudServer &server,
               const QString &password,
               std::function<void(Status)> done);
    void remove(const Alien4CloudServer &server, std::function<void(Status)> done);

    Status readNow(const Alien4CloudServer &server, QString *password);
    Status writeNow(const Alien4CloudServer &server, const QString &password);
    Status removeNow(const Alien4CloudServer &server);

private:
    enum class Action { Read, Write, Remove };
    void run(Action action,
             const Alien4CloudServer &server,
             const QString &password,
             std::function<void(Status, const QString &)> done);

    Backend m_backend;
    int m_timeoutMs = 10 * 1000;
    QString m_lastError;
};

} // namespace Topologist
