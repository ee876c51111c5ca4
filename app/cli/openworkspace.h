#pragma once

#include "data/workspace.h"
#include "lifecycle/agreementworkflow.h"
#include "result.h"
#include "storage/database.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;

namespace Accordo {
struct TextTable;
}

namespace Accordo::Cli {

/// A workspace a command has opened: nobody may write until the command names its user.
struct OpenWorkspace
{
    std::unique_ptr<Database> database;
    std::unique_ptr<Workspace> workspace;

    /// The workspace at `location`, acting as nobody.
    static Result<OpenWorkspace> open(const QString &location);
    /// The workspace given with `db`, acting as nobody; without --db, or when it does not
    /// open, says so as `command` and returns nothing, with exitCode set.
    static std::optional<OpenWorkspace> given(const QCommandLineParser &parser,
                                              const QCommandLineOption &db, const QString &command,
                                              int &exitCode);
    /// As given(), after parsing `arguments` as "accordo-cli COMMAND" (see parse()); nothing,
    /// with exitCode set, when the command ends there.
    static std::optional<OpenWorkspace> parsed(QCommandLineParser &parser,
                                               const QCommandLineOption &db, const QString &command,
                                               const QStringList &arguments, int &exitCode);
    /// The workspace given with `db`, opened for a change and acting as the --user given.
    static Result<OpenWorkspace> openAs(const QCommandLineParser &parser,
                                        const QCommandLineOption &db,
                                        const QCommandLineOption &user);
};

/// A workspace opened with its agreement workflow, acting as nobody.
struct OpenWorkflow : OpenWorkspace
{
    std::unique_ptr<AgreementWorkflow> workflow;

    /// The workspace at `location` with its workflow.
    static Result<OpenWorkflow> open(const QString &location);
    /// The workflow of a workspace already opened.
    static OpenWorkflow of(OpenWorkspace workspace);
    /// The id of `number` in `version`, a positive whole number (empty: the newest); for any
    /// other version, the error that `notAVersion` says, its %1 replaced by the version.
    Result<qint64> versionId(const QString &number, const QString &version,
                             const QString &notAVersion) const;
};

/// A command that prints a table of what a workspace holds:
/// "accordo-cli COMMAND --db FILE [OPTIONS] [--format FORMAT]".
struct ListCommand
{
    /// What the table is read from: the workspace and the command line with the options.
    using Read =
        std::function<Result<TextTable>(const OpenWorkspace &, const QCommandLineParser &)>;

    QString command;
    QString description;
    /// The options that choose what is listed, shown between --db and --format.
    QList<QCommandLineOption> options = {};
    /// Whether --format calls the aligned table "text" (Commands::textFormatOption()) rather
    /// than "table" (Commands::formatOption()).
    bool textFormat = false;

    /// Parses `arguments`, opens the workspace given with --db and prints the table that `read`
    /// makes of it in the --format given; a read that fails, fails as the command.
    int run(const QStringList &arguments, const Read &read) const;
};

/// Fails as `command` with the usage error that says --db FILE is missing.
int dbMissing(const QString &command);

/// Parses `arguments` as "accordo-cli COMMAND" (see parse()) and requires --db; false, with
/// exitCode set, when the command ends there.
bool parseWithDb(QCommandLineParser &parser, const QCommandLineOption &db, const QString &command,
                 const QStringList &arguments, int &exitCode);

/// The workspace at `location`, where results may be brought up to date: a read-only workspace
/// file is replaced by a private copy that can, and that goes when the command ends.
Result<std::unique_ptr<Database>> openForResults(const QString &location);

} // namespace Accordo::Cli
