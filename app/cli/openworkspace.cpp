#include "openworkspace.h"

#include "clicommands.h"
#include "cliio.h"
#include "useroption.h"

#include "io/tablewriter.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Accordo::Cli {

Result<OpenWorkspace> OpenWorkspace::open(const QString &location)
{
    auto database = Database::open(location, Database::OpenMode::MustExist);
    if (!database)
        return database.error();
    OpenWorkspace opened;
    opened.database = std::move(*database);
    opened.workspace = std::make_unique<Workspace>(*opened.database);
    opened.workspace->setActingUser(QString());
    return opened;
}

bool parseWithDb(QCommandLineParser &parser, const QCommandLineOption &db, const QString &command,
                 const QStringList &arguments, int &exitCode)
{
    if (!parse(parser, u"accordo-cli "_s + command, arguments, exitCode))
        return false;
    if (!parser.isSet(db)) {
        exitCode = dbMissing(command);
        return false;
    }
    return true;
}

std::optional<OpenWorkspace> OpenWorkspace::given(const QCommandLineParser &parser,
                                                  const QCommandLineOption &db,
                                                  const QString &command, int &exitCode)
{
    if (!parser.isSet(db)) {
        exitCode = dbMissing(command);
        return std::nullopt;
    }
    auto opened = open(parser.value(db));
    if (!opened) {
        exitCode = fail(command, opened.errorString());
        return std::nullopt;
    }
    return std::move(*opened);
}

std::optional<OpenWorkspace> OpenWorkspace::parsed(QCommandLineParser &parser,
                                                   const QCommandLineOption &db,
                                                   const QString &command,
                                                   const QStringList &arguments, int &exitCode)
{
    if (!parse(parser, u"accordo-cli "_s + command, arguments, exitCode))
        return std::nullopt;
    return given(parser, db, command, exitCode);
}

Result<OpenWorkspace> OpenWorkspace::openAs(const QCommandLineParser &parser,
                                            const QCommandLineOption &db,
                                            const QCommandLineOption &user)
{
    auto opened = open(parser.value(db));
    if (!opened)
        return opened;
    auto name = UserOption::of(parser, user, opened->workspace->connection());
    if (!name)
        return name.error();
    opened->workspace->setActingUser(*name);
    return opened;
}

Result<OpenWorkflow> OpenWorkflow::open(const QString &location)
{
    auto workspace = OpenWorkspace::open(location);
    if (!workspace)
        return workspace.error();
    return of(std::move(*workspace));
}

OpenWorkflow OpenWorkflow::of(OpenWorkspace workspace)
{
    OpenWorkflow opened{std::move(workspace), nullptr};
    opened.workflow = std::make_unique<AgreementWorkflow>(*opened.workspace);
    return opened;
}

Result<qint64> OpenWorkflow::versionId(const QString &number, const QString &version,
                                       const QString &notAVersion) const
{
    if (version.isEmpty())
        return workspace->agreementIdByNumber(number);
    bool ok = false;
    const int value = version.toInt(&ok);
    if (!ok || value < 1)
        return Error{notAVersion.arg(version)};
    return workflow->versionId(number, value);
}

int ListCommand::run(const QStringList &arguments, const Read &read) const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    const QCommandLineOption db = Commands::dbOption();
    const QCommandLineOption format = textFormat ? Commands::textFormatOption()
                                                 : Commands::formatOption();
    parser.addOption(db);
    parser.addOptions(options);
    parser.addOption(format);
    int exitCode = Success;
    auto opened = OpenWorkspace::parsed(parser, db, command, arguments, exitCode);
    if (!opened)
        return exitCode;
    const Result<TextTable> table = read(*opened, parser);
    if (!table)
        return fail(command, table.errorString());
    const QString formatName = parser.value(format);
    return printTable(command, textFormat ? Commands::tableFormat(formatName) : formatName, *table);
}

int dbMissing(const QString &command)
{
    return fail(command, Commands::tr("--db FILE is required"), UsageError);
}

Result<std::unique_ptr<Database>> openForResults(const QString &location)
{
    auto database = Database::open(location, Database::OpenMode::MustExist);
    if (!database)
        return database.error();
    if ((*database)->isReadOnly() && !(*database)->isServer())
        return (*database)->writableCopy();
    return database;
}

} // namespace Accordo::Cli
