// SPDX-License-Identifier: GPL-3.0-or-later
#include "toscaparserrun.h"

#include <QDir>
#include <QProcess>

namespace Topologist::Test {

ToscaParserRun::ToscaParserRun(const QStringList &files)
{
    const QString peers
        = QDir::cleanPath(QStringLiteral(TOPOLOGIST_SHARED_DIR "/peers/tosca-parser-2.6.0"));
    QProcess python;
    python.start(QStringLiteral(TOPOLOGIST_SYSTEM_PYTHON),
                 QStringList{QStringLiteral(TOPOLOGIST_TOSCAPARSER_CHECK), peers} + files);
    // About 20 ms a file; the corpus has a hundred.
    if (!python.waitForFinished(100000)) {
        m_problem = QStringLiteral("tosca-parser did not finish: ") + python.errorString();
        python.kill();
        return;
    }
    if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        m_problem = QStringLiteral("tosca-parser could not be run (%1, exit code %2): %3")
                        .arg(QStringLiteral(TOPOLOGIST_SYSTEM_PYTHON))
                        .arg(python.exitCode())
                        .arg(QString::fromUtf8(python.readAllStandardError()).trimmed());
        return;
    }
    // tosca-parser prints notes of its own ("The required parameter ... is not provided").
    const QStringList lines = QString::fromUtf8(python.readAllStandardOutput()).split('\n');
    for (const QString &line : lines) {
        const QStringList fields = line.split('\t');
        if (fields.size() >= 2 && fields[0] == QLatin1String("OK"))
            m_verdicts.insert(fields[1], {true, {}});
        else if (fields.size() >= 3 && fields[0] == QLatin1String("FAIL"))
            m_verdicts.insert(fields[1], {false, fields.mid(2).join('\t')});
    }
}

ToscaParserRun::Verdict ToscaParserRun::verdict(const QString &file) const
{
    return m_verdicts.value(file, {false, QStringLiteral("tosca-parser reported nothing")});
}

} // namespace Topologist::Test
