// SPDX-License-Identifier: GPL-3.0-or-later
#include "clihelp.h"

#include "clicommand.h"

#include <QCoreApplication>

namespace Topologist {

namespace {

// Where descriptions start, as in the hand-aligned help that came before.
constexpr int descriptionColumn = 22;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

QString CliHelp::item(const QString &label, const QString &text, int indent)
{
    const QString head = QString(indent, QLatin1Char(' ')) + label;
    const QString margin(descriptionColumn, QLatin1Char(' '));
    QStringList lines = text.split(QLatin1Char('\n'));
    QString result;
    if (head.size() + 2 <= descriptionColumn) {
        result = head.leftJustified(descriptionColumn) + lines.takeFirst() + QLatin1Char('\n');
    } else if (head.size() + 2 + lines.first().size() <= 78) {
        result = head + QStringLiteral("  ") + lines.takeFirst() + QLatin1Char('\n');
    } else {
        result = head + QLatin1Char('\n');
    }
    for (const QString &line : std::as_const(lines))
        result += margin + line + QLatin1Char('\n');
    return result;
}

QString CliHelp::optionLabel(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString label = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        label += QLatin1Char(' ') + option.valueName();
    return label;
}

QString CliHelp::options(const QList<QCommandLineOption> &options, int indent)
{
    QString result;
    for (const QCommandLineOption &option : options) {
        if (!(option.flags() & QCommandLineOption::HiddenFromHelp))
            result += item(optionLabel(option), option.description(), indent);
    }
    return result;
}

QString CliHelp::commandEntry(const CliCommand &command)
{
    return item(command.synopsis(), command.summary(), 2) + options(command.options(), 6);
}

QString CliHelp::commandHelp(const CliCommand &command, const QCommandLineOption &help)
{
    return Tr::tr("Usage: topologist-cli [--types PATH]... %1").arg(command.synopsis())
           + QStringLiteral("\n\n") + command.summary() + QStringLiteral("\n\n")
           + Tr::tr("Options:") + QLatin1Char('\n')
           + options(command.options() + QList<QCommandLineOption>{help}, 2);
}

} // namespace Topologist
