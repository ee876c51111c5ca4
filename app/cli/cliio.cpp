#include "cliio.h"

#include "io/tablewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Accordo::Cli {

QString subcommandOf(const QStringList &arguments)
{
    return arguments.size() > 1 ? arguments.at(1) : QString();
}

std::optional<int> runNamed(const QString &word, const QStringList &words,
                            std::initializer_list<Subcommand> commands)
{
    for (const auto &[name, run] : commands) {
        if (word == name)
            return run(words);
    }
    return std::nullopt;
}

int runSubcommand(const QStringList &arguments, std::initializer_list<Subcommand> subcommands,
                  const std::function<int(const QString &word)> &unknown)
{
    const QString word = subcommandOf(arguments);
    if (const std::optional<int> code = runNamed(word, arguments.mid(1), subcommands))
        return *code;
    return unknown(word);
}

int runSubcommand(const QStringList &arguments, std::initializer_list<Subcommand> subcommands,
                  const QString &command, const QString &usage)
{
    return runSubcommand(arguments, subcommands, [&](const QString &word) {
        return fail(command, usage.arg(word), UsageError);
    });
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int printTable(const QString &command, const QString &format, const TextTable &table)
{
    const auto writerFormat = TableWriter::parseFormat(format);
    if (!writerFormat)
        return fail(command,
                    QCoreApplication::translate("Accordo::Cli", "unknown format \"%1\" (use table, "
                                                                "csv or json)")
                        .arg(format),
                    UsageError);
    out() << TableWriter::write(*writerFormat, table);
    out().flush();
    return Success;
}

int fail(const QString &command, const QString &message, int code)
{
    out().flush();
    err() << u"accordo-cli"_s;
    if (!command.isEmpty())
        err() << u' ' << command;
    err() << u": "_s << message << Qt::endl;
    return code;
}

int fail(const QString &message)
{
    return fail(QString(), message);
}

Result<QDate> isoDate(const QString &text, const QString &option, const QString &notADate)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return Error{notADate.arg(option, text)};
    return date;
}

QString helpText(const QCommandLineParser &parser, const QString &program)
{
    QString text = parser.helpText();
    const QStringList words = QCoreApplication::arguments();
    const QString executable = words.isEmpty() ? QString() : words.constFirst();
    if (const qsizetype at = executable.isEmpty() ? -1 : text.indexOf(executable); at >= 0)
        text.replace(at, executable.size(), program);
    return text;
}

bool parse(QCommandLineParser &parser, const QString &program, const QStringList &arguments,
           int &exitCode)
{
    return parse(parser, program, arguments, exitCode, program.section(u' ', 1), UsageError);
}

bool parse(QCommandLineParser &parser, const QString &program, const QStringList &arguments,
           int &exitCode, const QString &failCommand, int failCode)
{
    parser.addHelpOption();
    QStringList words = arguments;
    words.prepend(program);
    if (!parser.parse(words)) {
        exitCode = fail(failCommand, parser.errorText(), failCode);
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        out() << helpText(parser, program);
        out().flush();
        exitCode = Success;
        return false;
    }
    return true;
}

} // namespace Accordo::Cli
