#include "useroption.h"

#include "data/userdirectory.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace Accordo::Cli {

QString UserOption::help()
{
    return tr("Who makes the change (required for every change). On a local workspace file "
              "this records who made each change; it is not a password check. On a PostgreSQL "
              "workspace it must be the server login.");
}

Result<QString> UserOption::of(const QCommandLineParser &parser, const QCommandLineOption &option,
                               const QSqlDatabase &db)
{
    return of(parser.isSet(option) ? parser.value(option) : QString(), db);
}

Result<QString> UserOption::existing(const QCommandLineParser &parser,
                                     const QCommandLineOption &option, const QSqlDatabase &db)
{
    return existing(parser.isSet(option) ? parser.value(option) : QString(), db);
}

Result<QString> UserOption::of(const QString &name, const QSqlDatabase &db)
{
    if (name.trimmed().isEmpty())
        return Error{tr("--user NAME is required: every change is recorded under the user who "
                        "makes it")};
    if (UserDirectory::isReservedName(name))
        return Error{tr("--user %1: the name is reserved for Accordo itself; name a user of the "
                        "workspace")
                         .arg(name)};
    auto login = UserDirectory(db).serverLogin();
    if (!login)
        return login.error();
    if (!login->isEmpty() && name != *login)
        return Error{tr("--user %1 does not match the server login %2").arg(name, *login)};
    return name;
}

Result<QString> UserOption::existing(const QString &given, const QSqlDatabase &db)
{
    auto name = of(given, db);
    if (!name)
        return name;
    if (auto user = UserDirectory(db).actingUser(*name); !user)
        return Error{tr("--user %1: %2").arg(*name, user.errorString())};
    return name;
}

} // namespace Accordo::Cli
