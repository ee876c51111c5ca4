#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineOption;
class QCommandLineParser;

namespace Accordo::Cli {

/// The accordo-cli subcommands; each takes the words after the program name and returns
/// the process exit code. Results go to stdout, errors to stderr.
class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Cli::Commands)

public:
    static int run(const QStringList &arguments);

    /// The options that the subcommands share: --db FILE, --user NAME and --format FORMAT.
    static QCommandLineOption dbOption();
    static QCommandLineOption userOption();
    /// --format FORMAT: table (default), csv or json.
    static QCommandLineOption formatOption();
    /// --format FORMAT: text (default), csv or json, for the commands that call the aligned
    /// table "text"; tableFormat() gives printTable()'s name for the value.
    static QCommandLineOption textFormatOption();
    static QString tableFormat(const QString &format);
    /// --number NUMBER: the agreement a subcommand acts on.
    static QCommandLineOption numberOption();
    /// --version N: a version of that agreement, by default the newest.
    static QCommandLineOption versionOption();

private:
    static int init(const QStringList &arguments);
    static int list(const QStringList &arguments);
    static int agreement(const QStringList &arguments);
    static int agreementShow(const QStringList &arguments);
    static int agreementTransition(const QStringList &arguments);
    static int agreementDiff(const QStringList &arguments);
    static int agreementDue(const QStringList &arguments);
    static int agreementCharter(const QStringList &arguments);
    static int agreementApprovers(const QStringList &arguments);
    static int agreementSupports(const QStringList &arguments);
    static int audit(const QStringList &arguments);
    static int user(const QStringList &arguments);
    static int usage(int exitCode);

    // Parses a subcommand's words (the first names the subcommand) as PROGRAM's options.
    static bool parse(QCommandLineParser &parser, const QString &program,
                      const QStringList &arguments, int &exitCode);
};

} // namespace Accordo::Cli
