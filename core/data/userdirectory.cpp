#include "userdirectory.h"

#include "audit/auditsnapshot.h"
#include "data/auditedwrite.h"
#include "data/workspace.h"
#include "storage/dialect.h"
#include "storage/sqlquery.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const QString CountAdministrators = uR"(
    SELECT count(*) AS n FROM user_roles r JOIN users u ON u.id = r.user_id
    WHERE r.role = ? AND u.active = 1)"_s;
const QString InsertUser = uR"(
    INSERT INTO users (name, display_name, active) VALUES (?, ?, ?) RETURNING id)"_s;
const QString InsertRole = u"INSERT INTO user_roles (user_id, role) VALUES (?, ?)"_s;
const QString SelectUser = u"SELECT id, name, display_name, active FROM users WHERE name = ?"_s;
const QString SelectRoles = u"SELECT role FROM user_roles WHERE user_id = ?"_s;
const QString SelectNames = u"SELECT name FROM users ORDER BY name"_s;

} // namespace

UserDirectory::UserDirectory(QSqlDatabase connection) : mDb(std::move(connection)) {}

QString UserDirectory::systemUserName()
{
    return u"system"_s;
}

bool UserDirectory::hasAdministrator() const
{
    auto count = Sql::scalar(mDb, CountAdministrators, {Roles::key(Role::Administrator)});
    return count && count->toInt() > 0;
}

Result<void> UserDirectory::checkNew(const User &user, const QString &actingUser) const
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
    return {};
}

Result<qint64> UserDirectory::add(const User &user, const QString &actingUser)
{
    if (auto allowed = checkNew(user, actingUser); !allowed)
        return allowed.error();
    Workspace workspace(mDb);
    workspace.setActingUser(actingUser);
    // checkNew() has applied the finer rule (anyone may create the first administrator).
    return AuditedWrite::runOne(workspace, {}, user.name, [&]() -> Result<AuditEntry> {
        auto query = Sql::exec(mDb, InsertUser,
                               {user.name,
                                user.displayName.isEmpty() ? user.name : user.displayName,
                                user.active ? 1 : 0});
        if (!query) {
            if (Dialect::violation(query.errorString()) == Dialect::Violation::Unique)
                return Error{tr("User \"%1\" already exists").arg(user.name)};
            return Error{tr("User \"%1\": %2").arg(user.name, query.errorString())};
        }
        auto inserted = Dialect::insertedId(*query);
        if (!inserted)
            return Error{tr("User \"%1\": %2").arg(user.name, inserted.errorString())};
        const qint64 id = *inserted;
        for (Role role : user.roles) {
            if (auto r = Sql::exec(mDb, InsertRole, {id, Roles::key(role)}); !r)
                return Error{tr("User \"%1\", role %2: %3")
                                 .arg(user.name, Roles::key(role), r.errorString())};
        }
        User stored = user;
        stored.id = id;
        if (stored.displayName.isEmpty())
            stored.displayName = user.name;
        return AuditEntry{u"user"_s, id, u"insert"_s, QJsonValue(), AuditSnapshot::of(stored)};
    });
}

Result<User> UserDirectory::user(const QString &name) const
{
    auto found = Sql::one(
        mDb, SelectUser, {name},
        [](const Sql::Rows &row) {
            User u;
            u.id = row.integer("id");
            u.name = row.text("name");
            u.displayName = row.text("display_name");
            u.active = row.flag("active");
            return u;
        },
        tr("there is no user \"%1\" in this workspace").arg(name));
    if (!found)
        return found;
    auto roles = Sql::list(mDb, SelectRoles, {found->id},
                           [](const Sql::Rows &row) { return Roles::fromKey(row.text("role")); });
    if (!roles)
        return roles.error();
    for (const std::optional<Role> &role : std::as_const(*roles)) {
        if (role)
            found->roles.append(*role);
    }
    std::sort(found->roles.begin(), found->roles.end());
    return found;
}

Result<QList<User>> UserDirectory::users() const
{
    auto names = Sql::list(mDb, SelectNames, {},
                           [](const Sql::Rows &row) { return row.text("name"); });
    if (!names)
        return names.error();
    QList<User> result;
    for (const QString &name : std::as_const(*names)) {
        auto u = user(name);
        if (!u)
            return u.error();
        result.append(*u);
    }
    return result;
}

} // namespace Accordo
