#pragma once

#include "result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <initializer_list>
#include <optional>
#include <utility>

class QCommandLineParser;
class QTextStream;

namespace Accordo {
struct TextTable;
}

namespace Accordo::Cli {

enum ExitCode { Success = 0, DataError = 1, UsageError = 2, ProblemsFound = 3 };

/// The word after the command, e.g. "copy" in "accordo-cli db copy"; empty when there is none.
QString subcommandOf(const QStringList &arguments);

/// A subcommand: the word that names it and what runs it with the words from that word on.
using Subcommand = std::pair<QString, std::function<int(const QStringList &)>>;

/// Runs the command of `commands` that `word` names with `words`; nothing when none is named so.
std::optional<int> runNamed(const QString &word, const QStringList &words,
                            std::initializer_list<Subcommand> commands);

/// Runs the subcommand that the word after the command names (see subcommandOf) with the words
/// from that word on; when none is named so, returns what `unknown` makes of the word.
int runSubcommand(const QStringList &arguments, std::initializer_list<Subcommand> subcommands,
                  const std::function<int(const QString &word)> &unknown);
/// As above; when no subcommand is named so, fails as `command` with a usage error that says
/// `usage`, its %1 replaced by the word.
int runSubcommand(const QStringList &arguments, std::initializer_list<Subcommand> subcommands,
                  const QString &command, const QString &usage);

/// The one buffered stream on stdout and on stderr that every subcommand writes through,
/// so that their output never interleaves out of order.
QTextStream &out();
QTextStream &err();

/// Prints "accordo-cli COMMAND: MESSAGE" on stderr, after what stdout holds, and returns code;
/// without a command, "accordo-cli: MESSAGE".
int fail(const QString &command, const QString &message, int code = DataError);
/// Prints "accordo-cli: MESSAGE" on stderr, as the commands that do not name themselves do,
/// and returns DataError.
int fail(const QString &message);

/// Writes `table` on stdout in `format` (table, csv or json), or fails with a usage error
/// naming the format.
int printTable(const QString &command, const QString &format, const TextTable &table);

/// The ISO date (YYYY-MM-DD) `text` given with --`option`, or the error `notADate` says, its %1
/// replaced by the option and %2 by the text.
Result<QDate> isoDate(const QString &text, const QString &option, const QString &notADate);

/// The parser's help with PROGRAM (e.g. "accordo-cli kpi") in its usage line, where Qt puts
/// the path of the executable.
QString helpText(const QCommandLineParser &parser, const QString &program);

/// Parses a subcommand's words as "PROGRAM WORDS…" (PROGRAM e.g. "accordo-cli kpi"), adding
/// --help; returns false when the command should end with exitCode (help shown or bad words).
bool parse(QCommandLineParser &parser, const QString &program, const QStringList &arguments,
           int &exitCode);

/// As above, but words the parser refuses fail as failCommand with failCode (the commands that
/// predate the usage exit code report them that way).
bool parse(QCommandLineParser &parser, const QString &program, const QStringList &arguments,
           int &exitCode, const QString &failCommand, int failCode);

} // namespace Accordo::Cli
