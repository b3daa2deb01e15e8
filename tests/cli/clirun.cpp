// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"

#include "testpaths.h"

#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

namespace Topologist::Test {

CliRun runCli(const QStringList &arguments, const QByteArray &input, const QStringList &environment)
{
    CliRun run;
    QProcess process;
    QProcessEnvironment processEnvironment = QProcessEnvironment::systemEnvironment();
    processEnvironment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    for (const QString &variable : environment)
        processEnvironment.insert(variable.section(QLatin1Char('='), 0, 0),
                                  variable.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(processEnvironment);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            loop.quit();
    });
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    process.start(cliPath(), arguments);
    if (!process.waitForStarted(30 * 1000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    guard.start(90 * 1000);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.finished = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace Topologist::Test
