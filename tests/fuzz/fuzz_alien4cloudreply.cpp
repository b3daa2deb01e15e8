// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a body as Alien4Cloud (or anything claiming to be it) might answer, read the way
// Alien4CloudClient reads every answer: the RestResponse envelope, then, for CSAR uploads and
// checks, the CsarUploadResult with its ParsingErrors, which become messages and, through
// Alien4CloudProblemMapper, problems placed on the nodes of the uploaded topology. Server
// positions (lines, columns) are untrusted numbers like everything else in the body.
//
// The version, health and login-probe answers are read in the client with QJsonDocument alone
// (one key of an object, or the envelope's data.isLogged), so the envelope is all of our own
// code they reach.
#include "fuzzsupport.h"

#include "alien4cloud/alien4cloudcsarresult.h"
#include "alien4cloud/alien4cloudenvelope.h"
#include "alien4cloud/alien4cloudproblemmapper.h"
#include "yaml/toscareader.h"

#include <QFile>

#include <cstdlib>

using namespace Topologist;

namespace {

struct Mappers
{
    /// The user's file is what was uploaded: file-level errors keep their lines.
    Alien4CloudProblemMapper same;
    /// The user's file differs from the upload (Topologist rewrote it).
    Alien4CloudProblemMapper rewritten;
};

/// Mappers for the bundled mesos-ha example, uploaded as mesos-ha.yml.
const Mappers &mappers()
{
    static const Mappers *instance = [] {
        QFile file(QStringLiteral(":/examples/mesos-ha/mesos-ha.yml"));
        if (!file.open(QIODevice::ReadOnly))
            std::abort();
        const QByteArray yaml = file.readAll();
        const QString name = QStringLiteral("mesos-ha.yml");
        Diagnostics ignored;
        const ToscaArchive user
            = ToscaReader().read(yaml, QStringLiteral("/work/mesos-ha.yml"), &ignored);
        return new Mappers{Alien4CloudProblemMapper(yaml, name, user, yaml),
                           Alien4CloudProblemMapper(yaml, name, user)};
    }();
    return *instance;
}

void checkResult(const Alien4CloudCsarResult &result)
{
    const int total = result.count(Severity::Error) + result.count(Severity::Warning)
                      + result.count(Severity::Info);
    if (total != result.parsingErrors.size())
        std::abort();
    if (result.hasErrors() != (result.first(Severity::Error) != nullptr))
        std::abort();
    for (const Alien4CloudParsingError &error : result.parsingErrors) {
        if (error.toString().isEmpty())
            std::abort();
        mappers().same.nodeAt(error.startLine);
        Alien4CloudProblemMapper::mapVerbatim(error, QStringLiteral("/work/types.yml"));
    }
    for (const Problems &problems : {mappers().same.map(result.parsingErrors),
                                     mappers().rewritten.map(result.parsingErrors)}) {
        if (problems.size() != result.parsingErrors.size())
            std::abort();
        for (const Problem &problem : problems) {
            if (!problem.code.startsWith(QLatin1String("A4C-")) || problem.message.isEmpty())
                std::abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const Alien4CloudEnvelope envelope = Alien4CloudEnvelope::parse(Fuzz::bytesOf(data, size));
    // Whatever is wrong with a body, the user is told what.
    if (!envelope.isEnvelope() && envelope.problem().isEmpty())
        std::abort();
    if (!envelope.isEnvelope())
        return 0;
    Alien4CloudCsarResult result;
    if (Alien4CloudCsarResult::fromJson(envelope.data(), &result))
        checkResult(result);
    // The login probe's reading of the same envelope.
    (void)envelope.data().toObject().value(QLatin1String("isLogged")).toBool();
    return 0;
}
