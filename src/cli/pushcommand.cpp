// SPDX-License-Identifier: GPL-3.0-or-later
#include "pushcommand.h"

#include "catalog/topologyloader.h"
#include "cliexitcode.h"
#include "diff/diffhumanreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QUrl>

#include <cstdio>

namespace Topologist {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString serverOption = QStringLiteral("server");
const QString userOption = QStringLiteral("user");
const QString passwordStdinOption = QStringLiteral("password-stdin");
const QString applicationOption = QStringLiteral("application");
const QString caCertOption = QStringLiteral("ca-cert");
const QString forceOption = QStringLiteral("force");
const QString noCheckOption = QStringLiteral("no-check");
const QString insecureOption = QStringLiteral("allow-insecure-http");

} // namespace

QString PushCommand::name() const
{
    return QStringLiteral("push");
}

QString PushCommand::synopsis() const
{
    return QStringLiteral("push FILE --server URL --user NAME --password-stdin [OPTIONS]");
}

QString PushCommand::summary() const
{
    return Tr::tr("Upload the topology to Alien4Cloud, after the type archives\n"
                  "it imports that the server lacks, and optionally create an\n"
                  "application from it (its id: NAME with every character\n"
                  "other than letters, digits and _ made _).");
}

QList<QCommandLineOption> PushCommand::options() const
{
    return {
        QCommandLineOption(serverOption,
                           Tr::tr("The server's address. One without a scheme is https://."),
                           QStringLiteral("URL")),
        QCommandLineOption(userOption, Tr::tr("The user to log in as."), QStringLiteral("NAME")),
        QCommandLineOption(passwordStdinOption,
                           Tr::tr("Read the password from the first line of standard input\n"
                                  "(it is never taken from the command line or environment).")),
        QCommandLineOption(applicationOption,
                           Tr::tr("Create an application of this name from the topology."),
                           QStringLiteral("NAME")),
        QCommandLineOption(caCertOption,
                           Tr::tr("Trust this self-signed certificate for this server."),
                           QStringLiteral("PEM")),
        QCommandLineOption(forceOption,
                           Tr::tr("Push even when the topology has validation errors.")),
        QCommandLineOption(noCheckOption,
                           Tr::tr("Skip Alien4Cloud's check before the upload (3.0+).")),
        QCommandLineOption(insecureOption,
                           Tr::tr("Allow sending the password unencrypted to an\n"
                                  "http:// URL. A URL without a scheme is https://.")),
    };
}

bool PushCommand::acceptsArguments(const QStringList &arguments, CliOutput &output) const
{
    for (const QString &arg : arguments) {
        if (arg == QLatin1String("--"))
            return true;
        if (arg == QLatin1String("--password") || arg.startsWith(QLatin1String("--password="))) {
            output.err << Tr::tr("topologist-cli: the password is never taken from the command "
                                 "line, where other users and the shell history see it; pipe it "
                                 "in with --password-stdin")
                       << '\n';
            return false;
        }
    }
    return true;
}

bool PushCommand::serverFrom(const QCommandLineParser &parser,
                             Alien4CloudServer *server,
                             QTextStream &err)
{
    const QString serverText = parser.value(serverOption);
    server->userName = parser.value(userOption);
    server->trustedCertificatePath = parser.value(caCertOption);
    server->allowInsecureHttp = parser.isSet(insecureOption);
    if (serverText.isEmpty() || server->userName.isEmpty() || !parser.isSet(passwordStdinOption)) {
        err << Tr::tr("topologist-cli: push needs --server URL, --user NAME and --password-stdin")
            << '\n';
        return false;
    }
    server->baseUrl = Alien4CloudServer::urlFromText(serverText);
    const QString profileProblem = server->problem();
    if (!profileProblem.isEmpty()) {
        err << Tr::tr("topologist-cli: %1").arg(profileProblem) << '\n';
        return false;
    }
    if (!server->isHttps() && !server->allowInsecureHttp) {
        err << Tr::tr("topologist-cli: %1 is plain http://, which would send the password "
                      "unencrypted; use its https:// address, or pass --allow-insecure-http "
                      "to accept that")
                   .arg(server->displayUrl())
            << '\n';
        return false;
    }
    return true;
}

bool PushCommand::readPassword(QString *password)
{
    // One line of standard input, as `docker login --password-stdin` reads it; the password
    // is never echoed, logged or put in a message.
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return false;
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    *password = QString::fromUtf8(line);
    line.fill('\0');
    return !password->isEmpty();
}

int PushCommand::run(const QCommandLineParser &parser,
                     const TypeCatalog &catalog,
                     CliOutput &output) const
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        output.err << Tr::tr("topologist-cli: push takes exactly one file") << '\n';
        return Unreadable;
    }
    Alien4CloudServer server;
    if (!serverFrom(parser, &server, output.err))
        return Unreadable;
    Alien4CloudPush::Options options;
    options.applicationName = parser.value(applicationOption);
    options.force = parser.isSet(forceOption);
    options.checkBeforeUpload = !parser.isSet(noCheckOption);

    const QString &file = files.first();
    const std::optional<LoadedTopology> read = loadReadable(catalog, file, output);
    if (!read)
        return Unreadable;
    const LoadedTopology &loaded = *read;
    QString password;
    if (!readPassword(&password)) {
        output.err << Tr::tr("topologist-cli: no password on standard input (--password-stdin "
                             "reads its first line)")
                   << '\n';
        return Unreadable;
    }

    const Alien4CloudPushHistory history;
    reportChanges(Alien4CloudPushChanges::since(history, server.displayUrl(), loaded.archive),
                  output);
    Alien4CloudPush pushing(server);
    pushing.setHistory(history);
    QObject::connect(
        &pushing, &Alien4CloudPush::stepAdded, &pushing, [&output, &pushing](int index) {
            output.err << Tr::tr("topologist-cli: %1").arg(pushing.steps().at(index).label) << '\n';
            output.err.flush();
        });
    const Alien4CloudPush::Result result
        = pushing.run(CsarExporter::Source::fromLoaded(loaded), password, options);
    password.fill(QLatin1Char('\0'));
    report(result, output);
    return exitCodeFor(result);
}

void PushCommand::reportChanges(const Alien4CloudPushChanges &changes, CliOutput &output)
{
    output.out << changes.headline() << (changes.changes.isEmpty() ? "\n" : ":\n");
    if (!changes.changes.isEmpty()) {
        DiffHumanReport::write(changes.changes, output.out);
        output.out << '\n';
    }
    output.out.flush();
}

void PushCommand::report(const Alien4CloudPush::Result &result, CliOutput &output)
{
    for (const Problem &problem : result.problems)
        output.err << problem.toString() << '\n';
    if (result.succeeded()) {
        output.out << result.message << '\n';
        for (const QString &notice : result.notices)
            output.out << Tr::tr("note: %1").arg(notice) << '\n';
        if (!result.applicationUrl.isEmpty())
            output.out
                << Tr::tr("application: %1").arg(result.applicationUrl.toString(QUrl::FullyEncoded))
                << '\n';
    } else {
        output.err << Tr::tr("topologist-cli: %1").arg(result.message) << '\n';
    }
    output.out.flush();
    output.err.flush();
}

int PushCommand::exitCodeFor(const Alien4CloudPush::Result &result)
{
    switch (result.outcome) {
    case Alien4CloudPush::Outcome::Succeeded:
        return Success;
    case Alien4CloudPush::Outcome::RejectedByServer:
        return Failure;
    case Alien4CloudPush::Outcome::RefusedLocally:
        return result.exportRefusal == CsarExporter::Refusal::ValidationErrors
                       || result.exportRefusal == CsarExporter::Refusal::MissingNameOrVersion
                   ? Failure
                   : Unreadable;
    case Alien4CloudPush::Outcome::Failed:
    case Alien4CloudPush::Outcome::Canceled:
        return Unreadable;
    }
    return Unreadable;
}

} // namespace Topologist
