#include "userdirectory.h"

#include "audit/auditlog.h"
#include "audit/auditsnapshot.h"
#include "storage/dialect.h"
#include "storage/transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Accordo {

UserDirectory::UserDirectory(QSqlDatabase connection) : mDb(std::move(connection)) {}

QString UserDirectory::systemUserName()
{
    return u"system"_s;
}

bool UserDirectory::hasAdministrator() const
{
    QSqlQuery query(mDb);
    query.prepare(u"SELECT count(*) FROM user_roles r JOIN users u ON u.id = r.user_id "
                  "WHERE r.role = ? AND u.active = 1"_s);
    query.addBindValue(Roles::key(Role::Administrator));
    return query.exec() && query.next() && query.value(0).toInt() > 0;
}

Result<qint64> UserDirectory::add(const User &user, const QString &actingUser)
{
    static const QRegularExpression namePattern(u"^[a-z0-9][a-z0-9._-]{0,63}$"_s);
    if (!namePattern.match(user.name).hasMatch())
        return Error{tr("User \"%1\": a user name is 1–64 lower-case letters, digits, '.', '-' "
                        "or '_'")
                         .arg(user.name)};
    if (user.name == systemUserName())
        return Error{tr("User \"%1\": the name is reserved for Accordo itself").arg(user.name)};
    if (user.roles.isEmpty())
        return Error{tr("User \"%1\": give the user at least one role").arg(user.name)};
    if (actingUser != systemUserName() && hasAdministrator()) {
        auto acting = this->user(actingUser);
        if (!acting)
            return acting.error();
        if (!acting->has(Role::Administrator))
            return Error{tr("User \"%1\" cannot be added by %2: only an administrator manages "
                            "users")
                             .arg(user.name, actingUser)};
    }

    Transaction transaction(mDb);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    QSqlQuery query(mDb);
    query.prepare(u"INSERT INTO users (name, display_name, active) VALUES (?, ?, ?) "
                  "RETURNING id"_s);
    query.addBindValue(user.name);
    query.addBindValue(user.displayName.isEmpty() ? user.name : user.displayName);
    query.addBindValue(user.active ? 1 : 0);
    if (!query.exec()) {
        if (Dialect::violation(query.lastError().text()) == Dialect::Violation::Unique)
            return Error{tr("User \"%1\" already exists").arg(user.name)};
        return Error{tr("User \"%1\": %2").arg(user.name, query.lastError().text())};
    }
    auto inserted = Dialect::insertedId(query);
    if (!inserted)
        return Error{tr("User \"%1\": %2").arg(user.name, inserted.errorString())};
    const qint64 id = *inserted;
    for (Role role : user.roles) {
        query.prepare(u"INSERT INTO user_roles (user_id, role) VALUES (?, ?)"_s);
        query.addBindValue(id);
        query.addBindValue(Roles::key(role));
        if (!query.exec())
            return Error{tr("User \"%1\", role %2: %3")
                             .arg(user.name, Roles::key(role), query.lastError().text())};
    }
    User stored = user;
    stored.id = id;
    if (stored.displayName.isEmpty())
        stored.displayName = user.name;
    if (auto r = AuditLog(mDb).append(actingUser, u"user"_s, id, u"insert"_s, QJsonValue(),
                                      AuditSnapshot::of(stored));
        !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return id;
}

Result<User> UserDirectory::user(const QString &name) const
{
    QSqlQuery query(mDb);
    query.prepare(u"SELECT id, name, display_name, active FROM users WHERE name = ?"_s);
    query.addBindValue(name);
    if (!query.exec())
        return Error{query.lastError().text()};
    if (!query.next())
        return Error{tr("there is no user \"%1\" in this workspace").arg(name)};
    User u;
    u.id = query.value(0).toLongLong();
    u.name = query.value(1).toString();
    u.displayName = query.value(2).toString();
    u.active = query.value(3).toInt() != 0;
    query.finish();
    query.prepare(u"SELECT role FROM user_roles WHERE user_id = ?"_s);
    query.addBindValue(u.id);
    if (!query.exec())
        return Error{query.lastError().text()};
    while (query.next()) {
        if (auto role = Roles::fromKey(query.value(0).toString()))
            u.roles.append(*role);
    }
    std::sort(u.roles.begin(), u.roles.end());
    return u;
}

QList<User> UserDirectory::users() const
{
    QList<User> result;
    QSqlQuery query(mDb);
    QStringList names;
    if (query.exec(u"SELECT name FROM users ORDER BY name"_s)) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    for (const QString &name : names) {
        if (auto u = user(name))
            result.append(*u);
    }
    return result;
}

} // namespace Accordo
