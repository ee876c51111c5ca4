#pragma once

#include "domain/user.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Accordo {

class Workspace;

/// The local user list of a workspace: who may work in it and with which roles.
/// Only an administrator may change it. The first user of a workspace without users is its
/// first administrator, who adds themself (there is nobody else to ask).
class UserDirectory
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::UserDirectory)

public:
    explicit UserDirectory(QSqlDatabase connection);

    /// The name Accordo's own writes are recorded under (the migrations, the demo generator).
    /// It is reserved: no user may have it, and no one may act under it.
    static QString reservedName();
    /// Whether `name`, from a command line, a dialog or a server login, is the reserved name
    /// (whatever its case, and with the white space around it ignored).
    static bool isReservedName(const QString &name);

    /// The user that `name` acts as, refused (with the reason) when the name is the reserved
    /// one, when on PostgreSQL it is not the server login (unless that login is a superuser,
    /// which the server lets do anything anyway), when there is no such user, or when the user
    /// is deactivated.
    Result<User> actingUser(const QString &name) const;
    /// On PostgreSQL, the login of the connection (current_user); empty on SQLite.
    Result<QString> serverLogin() const;

    /// Adds the user with their roles, audited under `actingUser`, who must be an active
    /// administrator; while the workspace has no users at all, only an administrator adding
    /// themself (user.name == actingUser) is accepted.
    Result<qint64> add(const User &user, const QString &actingUser);
    /// Adds the user on behalf of Accordo itself: the demo generator and tests' fixtures, never
    /// a name typed by anyone.
    Result<qint64> addAsSystem(const User &user);
    Result<User> user(const QString &name) const;
    /// Every user, by name.
    Result<QList<User>> users() const;
    /// Whether the workspace has any user (an error when the users cannot be read).
    Result<bool> hasUsers() const;
    /// Whether an active administrator exists (false too when the users cannot be read).
    bool hasAdministrator() const;

private:
    /// The name rules for a new user.
    Result<void> checkName(const User &user) const;
    Result<qint64> insert(const Workspace &workspace, const User &user, bool firstOnly);

    QSqlDatabase mDb;
};

} // namespace Accordo
