// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4cloudanswererrors.h"
#include "alien4cloud/alien4cloudresponse.h"
#include "alien4cloud/alien4cloudserver.h"
#include "qtprinters.h"

#include <QByteArray>
#include <QString>

/// Answers of Alien4Cloud written out by hand, for the tests of the interpreters and error
/// factories, which need no server.
namespace Topologist::Test {

/// https://a4c.example:8088, user "alice": what the messages name.
Alien4CloudServer cannedServer();
Alien4CloudAnswerErrors cannedErrors(const QString &what);
Alien4CloudResponse canned(int status, const QByteArray &body);
/// A4C's envelope {"data": null, "error": {"code", "message"}}.
QByteArray envelopeError(int code, const QString &message);
/// A4C's envelope around `dataJson` with no error.
QByteArray envelopeData(const QByteArray &dataJson);

} // namespace Topologist::Test
