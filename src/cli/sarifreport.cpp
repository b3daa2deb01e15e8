// SPDX-License-Identifier: GPL-3.0-or-later
#include "sarifreport.h"

#include "jsonreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QUrl>

namespace Topologist {

namespace {

QString level(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("note");
    }
    return QStringLiteral("none");
}

/// Relative paths stay relative (SARIF viewers resolve them against the checkout); absolute
/// ones become file:// URIs.
QString artifactUri(const QString &file)
{
    if (QDir::isAbsolutePath(file))
        return QUrl::fromLocalFile(file).toString();
    return QDir::fromNativeSeparators(file);
}

QJsonObject locationOf(const Problem &problem, const QString &reportFile)
{
    QJsonObject region;
    if (problem.location.line > 0) {
        region.insert(QStringLiteral("startLine"), problem.location.line);
        if (problem.location.column > 0)
            region.insert(QStringLiteral("startColumn"), problem.location.column);
    }
    QJsonObject physical{
        {QStringLiteral("artifactLocation"),
         QJsonObject{
             {QStringLiteral("uri"),
              artifactUri(problem.location.file.isEmpty() ? reportFile : problem.location.file)}}}};
    if (!region.isEmpty())
        physical.insert(QStringLiteral("region"), region);
    QJsonObject location{{QStringLiteral("physicalLocation"), physical}};
    if (!problem.node.isEmpty()) {
        location.insert(
            QStringLiteral("logicalLocations"),
            QJsonArray{QJsonObject{{QStringLiteral("name"), problem.node},
                                   {QStringLiteral("fullyQualifiedName"),
                                    problem.member.isEmpty() ? problem.node
                                                             : problem.node + QLatin1Char('/')
                                                                   + problem.member.toString()},
                                   {QStringLiteral("kind"), QStringLiteral("object")}}});
    }
    return location;
}

QJsonObject resultOf(const Problem &problem, const QString &ruleId, const QString &reportFile)
{
    const QJsonObject location = locationOf(problem, reportFile);
    QJsonArray fixes;
    for (const QuickFix &fix : problem.fixes)
        fixes.append(JsonReport::fixToJson(fix));
    QJsonObject result{
        {QStringLiteral("ruleId"), ruleId},
        {QStringLiteral("level"), level(problem.severity)},
        {QStringLiteral("message"),
         QJsonObject{{QStringLiteral("text"),
                      problem.node.isEmpty()
                          ? problem.message
                          : problem.node + QStringLiteral(": ") + problem.message}}},
        {QStringLiteral("locations"), QJsonArray{location}},
    };
    // Topologist's quick fixes edit the model, not text ranges, so they travel as
    // properties rather than SARIF `fixes` (which need artifactChanges).
    if (!fixes.isEmpty())
        result.insert(QStringLiteral("properties"),
                      QJsonObject{{QStringLiteral("quickFixes"), fixes}});
    return result;
}

} // namespace

QByteArray SarifReport::write(const QList<FileReport> &reports)
{
    QMap<QString, QString> rules; // code -> first message, as the rule's description
    QJsonArray results;
    for (const FileReport &report : reports) {
        for (const Problem &problem : report.problems) {
            const QString ruleId
                = problem.code.isEmpty() ? QStringLiteral("TOPO-UNKNOWN") : problem.code;
            if (!rules.contains(ruleId))
                rules.insert(ruleId, problem.message);
            results.append(resultOf(problem, ruleId, report.file));
        }
    }
    QJsonArray ruleArray;
    for (auto it = rules.cbegin(); it != rules.cend(); ++it) {
        ruleArray.append(QJsonObject{{QStringLiteral("id"), it.key()},
                                     {QStringLiteral("shortDescription"),
                                      QJsonObject{{QStringLiteral("text"), it.value()}}}});
    }
    const QJsonObject driver{
        {QStringLiteral("name"), QStringLiteral("topologist-cli")},
        {QStringLiteral("version"), QCoreApplication::applicationVersion()},
        {QStringLiteral("informationUri"),
         QStringLiteral("https://github.com/topologist/topologist")},
        {QStringLiteral("rules"), ruleArray},
    };
    const QJsonObject root{
        {QStringLiteral("$schema"),
         QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
        {QStringLiteral("version"), QStringLiteral("2.1.0")},
        {QStringLiteral("runs"),
         QJsonArray{
             QJsonObject{{QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}}},
                         {QStringLiteral("results"), results}}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Topologist
