// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologyinput.h"

#include "catalog/topologyloader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

namespace Topologist {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString gitPrefix = QStringLiteral("git:");

/// git's own message, or why git did not run at all.
QString gitFailure(const QProcess &process, const QByteArray &errors)
{
    if (process.error() == QProcess::FailedToStart)
        return Tr::tr("git could not be started (is it installed?)");
    const QString text = QString::fromUtf8(errors).trimmed();
    return text.isEmpty() ? Tr::tr("git exited with status %1").arg(process.exitCode()) : text;
}

} // namespace

bool TopologyInput::isGitRevision(const QString &spec)
{
    return spec.startsWith(gitPrefix) && spec.indexOf(QLatin1Char(':'), gitPrefix.size()) > 0;
}

std::optional<LoadedTopology>
TopologyInput::load(const QString &spec, const TypeCatalog &catalog, QTextStream &err)
{
    if (isGitRevision(spec))
        return loadRevision(spec, catalog, err);
    LoadedTopology loaded = TopologyLoader(catalog).loadFile(spec, spec);
    if (!loaded.readable) {
        for (const Diagnostic &d : std::as_const(loaded.diagnostics))
            err << d.toString() << '\n';
        if (loaded.diagnostics.isEmpty())
            err << Tr::tr("topologist-cli: %1: cannot be read").arg(spec) << '\n';
        return std::nullopt;
    }
    return loaded;
}

std::optional<LoadedTopology>
TopologyInput::loadRevision(const QString &spec, const TypeCatalog &catalog, QTextStream &err)
{
    const QString object = spec.mid(gitPrefix.size());
    QProcess git;
    git.start(QStringLiteral("git"), {QStringLiteral("show"), object});
    const bool finished = git.waitForFinished(60000);
    const QByteArray bytes = git.readAllStandardOutput();
    if (!finished || git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0) {
        err << Tr::tr("topologist-cli: %1: git show %2 failed: %3")
                   .arg(spec, object, gitFailure(git, git.readAllStandardError()))
            << '\n';
        return std::nullopt;
    }
    // Through a file, so that a CSAR in git is read as one; its name keeps the suffix the
    // loader chooses by.
    QTemporaryDir folder;
    const QString path
        = folder.filePath(QFileInfo(object.mid(object.indexOf(QLatin1Char(':')) + 1)).fileName());
    QFile file(path);
    if (!folder.isValid() || !file.open(QIODevice::WriteOnly)
        || file.write(bytes) != bytes.size()) {
        err << Tr::tr("topologist-cli: %1: cannot write a temporary copy").arg(spec) << '\n';
        return std::nullopt;
    }
    file.close();
    LoadedTopology loaded = TopologyLoader(catalog).loadFile(path, spec);
    if (!loaded.readable) {
        for (const Diagnostic &d : std::as_const(loaded.diagnostics))
            err << d.toString() << '\n';
        return std::nullopt;
    }
    return loaded;
}

} // namespace Topologist
