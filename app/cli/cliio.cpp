#include "cliio.h"

#include <QCommandLineParser>
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

int fail(const QString &command, const QString &message, int code)
{
    out().flush();
    err() << u"accordo-cli "_s << command << u": "_s << message << Qt::endl;
    return code;
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
        out() << parser.helpText();
        out().flush();
        exitCode = Success;
        return false;
    }
    return true;
}

} // namespace Accordo::Cli
