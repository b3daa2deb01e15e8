// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/typecatalog.h"
#include "qtprinters.h"
#include "support/diagnostic.h"
#include "testhelpers.h"
#include "validation/problem.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <string>

namespace Topologist::Test {

/// Every file of a zip, by path, read with CsarReader (so with its checks); empty on failure.
QMap<QString, QByteArray> zipFiles(const QString &archivePath);

/// Points QDir::tempPath() (and so every QTemporaryDir the code under test makes) at a folder
/// of its own while it lives, so a test sees everything that was written, or escaped.
class TemporaryRoot
{
public:
    TemporaryRoot();
    ~TemporaryRoot();
    TemporaryRoot(const TemporaryRoot &) = delete;
    TemporaryRoot &operator=(const TemporaryRoot &) = delete;

    bool isValid() const { return m_valid; }
    /// The sentinel: it holds the temporary root "tmp" and nothing else, unless something
    /// escaped.
    QString sentinel() const { return m_sentinel; }
    QString tempRoot() const;

private:
    QString m_sentinel;
    QByteArray m_previous;
    bool m_hadPrevious = false;
    bool m_valid = false;
};

} // namespace Topologist::Test
