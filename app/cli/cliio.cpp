#include "cliio.h"

#include "io/tablewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Accordo::Cli {

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
    err() << u"accordo-cli "_s << command << u": "_s << message << Qt::endl;
    return code;
}

QString helpText(const QCommandLineParser &parser, const QString &program)
{
    QString text = parser.helpText();
    const QString executable = QCoreApplication::arguments().value(0);
    if (const qsizetype at = executable.isEmpty() ? -1 : text.indexOf(executable); at >= 0)
        text.replace(at, executable.size(), program);
    return text;
}

bool parse(QCommandLineParser &parser, const QString &program, const QStringList &arguments,
           int &exitCode)
{
    parser.addHelpOption();
    QStringList words = arguments;
    words.prepend(program);
    if (!parser.parse(words)) {
        exitCode = fail(program.section(u' ', 1), parser.errorText(), UsageError);
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
