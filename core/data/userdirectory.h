#pragma once

#include "domain/user.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Accordo {

/// The local user list of a workspace: who may work in it and with which roles.
/// Only an administrator may change it, except that the very first administrator can be
/// created by anyone (an empty workspace has nobody to ask).
class UserDirectory
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::UserDirectory)

public:
    explicit UserDirectory(QSqlDatabase connection);

    /// The name Accordo itself writes under: demo data, imports, the schema set-up.
    static QString systemUserName();

    /// Adds the user with their roles, audited under `actingUser`.
    Result<qint64> add(const User &user, const QString &actingUser);
    Result<User> user(const QString &name) const;
    /// Every user, by name.
    Result<QList<User>> users() const;
    /// Whether an active administrator exists (false too when the users cannot be read).
    bool hasAdministrator() const;

private:
    /// The name rules, and who may add users: an administrator, or anyone while there is none.
    Result<void> checkNew(const User &user, const QString &actingUser) const;

    QSqlDatabase mDb;
};

} // namespace Accordo
