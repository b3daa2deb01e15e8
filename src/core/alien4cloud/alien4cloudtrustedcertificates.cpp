// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudtrustedcertificates.h"

#include "alien4cloud/alien4clouderrors.h"

#include <QFile>

namespace Topologist {

Alien4CloudTrustedCertificates::Alien4CloudTrustedCertificates(const QString &pemPath)
    : m_path(pemPath)
{}

QString Alien4CloudTrustedCertificates::problem()
{
    load();
    return m_problem;
}

QList<QSslCertificate> Alien4CloudTrustedCertificates::certificates()
{
    load();
    return m_certificates;
}

void Alien4CloudTrustedCertificates::load()
{
    if (m_loaded || m_path.isEmpty())
        return;
    m_loaded = true;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem = file.errorString();
        return;
    }
    m_certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (m_certificates.isEmpty())
        m_problem = Alien4CloudErrors::noPemCertificate();
}

} // namespace Topologist
