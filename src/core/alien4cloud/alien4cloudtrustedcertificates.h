// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace Topologist {

/// The PEM file a server profile trusts for that server alone, read once on first use.
class Alien4CloudTrustedCertificates
{
public:
    /// An empty path trusts nothing beyond the system's authorities.
    explicit Alien4CloudTrustedCertificates(const QString &pemPath);

    QString path() const { return m_path; }
    /// Why the file cannot be used ("it holds no PEM certificate", the system's reason it cannot
    /// be read), or empty.
    QString problem();
    /// The file's certificates; empty without a file or with a problem.
    QList<QSslCertificate> certificates();

private:
    void load();

    QString m_path;
    bool m_loaded = false;
    QList<QSslCertificate> m_certificates;
    QString m_problem;
};

} // namespace Topologist
