#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QCommandLineOption;
class QCommandLineParser;

namespace Accordo::Cli {

/// Who a command that changes a workspace acts as: the --user every such command requires.
/// On a local workspace file the name is an attribution, not authentication; on PostgreSQL it
/// must be the login of the connection.
class UserOption
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Cli::UserOption)

public:
    /// The help text of --user.
    static QString help();
    /// The name given with `option`, refused when it is missing, when it is the name reserved
    /// for Accordo itself, or when on PostgreSQL it is not the server login. The workspace's
    /// own checks (is there such a user, may they do this) follow when the change is made.
    static Result<QString> of(const QCommandLineParser &parser, const QCommandLineOption &option,
                              const QSqlDatabase &db);
    /// As of(), and the name must be an active user of the workspace: for the changes that the
    /// workspace does not check against a user itself (measurement imports and their undo).
    static Result<QString> existing(const QCommandLineParser &parser,
                                    const QCommandLineOption &option, const QSqlDatabase &db);
    /// The same checks for a name already read from the command line (empty: not given).
    static Result<QString> of(const QString &name, const QSqlDatabase &db);
    static Result<QString> existing(const QString &name, const QSqlDatabase &db);
};

} // namespace Accordo::Cli
