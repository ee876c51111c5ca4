#include "openworkspace.h"

#include "useroption.h"

#include <QCommandLineParser>

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

} // namespace Accordo::Cli
