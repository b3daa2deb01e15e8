// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4cloudpush.h"
#include "alien4cloud/alien4cloudpushchanges.h"
#include "clicommand.h"

namespace Topologist {

/// `push FILE`: uploads the topology, after the type archives the server lacks, to
/// Alien4Cloud, and optionally creates an application from it. It first says what changed
/// since the last push of the archive to that server (from the designer or the CLI).
class PushCommand : public CliCommand
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    bool acceptsArguments(const QStringList &arguments, CliOutput &output) const override;
    int run(const QCommandLineParser &parser,
            const TypeCatalog &catalog,
            CliOutput &output) const override;

private:
    static bool
    serverFrom(const QCommandLineParser &parser, Alien4CloudServer *server, QTextStream &err);
    static bool readPassword(QString *password);
    static void reportChanges(const Alien4CloudPushChanges &changes, CliOutput &output);
    static void report(const Alien4CloudPush::Result &result, CliOutput &output);
    static int exitCodeFor(const Alien4CloudPush::Result &result);
};

} // namespace Topologist
