// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Topologist::Test {

/// OpenStack's tosca-parser 2.6.0 run on files (toscaparser_check.py, with a private copy of the
/// installed package completed by the definition files in ../shared/peers).
class ToscaParserRun
{
public:
    struct Verdict
    {
        bool accepted = false;
        /// tosca-parser's error, on one line, when refused.
        QString error;
    };

    /// Parses every file in one run; check ok() before reading verdicts.
    explicit ToscaParserRun(const QStringList &files);

    /// False when tosca-parser could not be run at all (see problem()).
    bool ok() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    /// The verdict on @p file; a file the run never reported is refused with an error saying so.
    Verdict verdict(const QString &file) const;

private:
    QHash<QString, Verdict> m_verdicts;
    QString m_problem;
};

} // namespace Topologist::Test
