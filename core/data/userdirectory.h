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

    Result<qint64> add(const User &user, const QString &actingUser);
    Result<User> user(const QString &name) const;
    QList<User> users() const;
    bool hasAdministrator() const;

private:
    QSqlDatabase mDb;
};

} // namespace Accordo
