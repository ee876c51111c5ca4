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
const QString CountUsers = u"SELECT count(*) AS n FROM users"_s;
const QString CountUsersNamed = u"SELECT count(*) AS n FROM users WHERE name = ?"_s;
const QString SelectLogin = u"SELECT current_user AS login"_s;
const QString LoginIsSuperuser =
    u"SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user"_s;
// PostgreSQL only: two first administrators added at once would both see no users, so the
// adding of a first user is serialized by a lock held until the transaction ends (the key is
// Accordo's own, within the workspace's database); SQLite's writers are serialized already.
const QString LockFirstUser = u"SELECT pg_advisory_xact_lock(4242001) AS locked"_s;

} // namespace

UserDirectory::UserDirectory(QSqlDatabase connection) : mDb(std::move(connection)) {}

QString UserDirectory::reservedName()
{
    return u"system"_s;
}

bool UserDirectory::isReservedName(const QString &name)
{
    return name.trimmed().compare(reservedName(), Qt::CaseInsensitive) == 0;
}

bool UserDirectory::hasAdministrator() const
{
    auto count = Sql::scalar(mDb, CountAdministrators, {Roles::key(Role::Administrator)});
    return count && count->toInt() > 0;
}

Result<bool> UserDirectory::hasUsers() const
{
    auto count = Sql::scalar(mDb, CountUsers);
    if (!count)
        return count.error();
    return count->toLongLong() > 0;
}

Result<QString> UserDirectory::serverLogin() const
{
    if (!Dialect::isPostgres(mDb))
        return QString();
    auto login = Sql::scalar(mDb, SelectLogin);
    if (!login)
        return login.error();
    return login->toString();
}

Result<User> UserDirectory::actingUser(const QString &name) const
{
    if (name.trimmed().isEmpty())
        return Error{tr("no user is named as working")};
    if (isReservedName(name))
        return Error{tr("the name \"%1\" is reserved for Accordo itself; name a user of the "
                        "workspace")
                         .arg(name)};
    auto login = serverLogin();
    if (!login)
        return login.error();
    if (!login->isEmpty() && name != *login) {
        // A superuser can change anything on the server with plain SQL, so naming the user it
        // acts for takes nobody's power away: server administration and the tests' fixtures
        // do. Every other login is the user. (The command line and the GUI hold every login
        // to its own name.)
        auto superuser = Sql::scalar(mDb, LoginIsSuperuser);
        if (!superuser)
            return superuser.error();
        if (!superuser->toBool())
            return Error{tr("%1 does not match the server login %2").arg(name, *login)};
    }
    auto found = user(name);
    if (!found) {
        if (login->isEmpty() || name != *login)
            return found.error();
        // Tell a login without a user apart from a failed read.
        auto named = Sql::scalar(mDb, CountUsersNamed, {name});
        if (!named)
            return named.error();
        if (named->toLongLong() == 0)
            return Error{tr("the server login %1 is not a user of this workspace: it can read, "
                            "but not change anything")
                             .arg(name)};
        return found.error();
    }
    if (!found->active)
        return Error{tr("the user %1 is deactivated").arg(name)};
    return found;
}

Result<void> UserDirectory::checkName(const User &user) const
{
    static const QRegularExpression namePattern(u"^[a-z0-9][a-z0-9._-]{0,63}$"_s);
    if (isReservedName(user.name))
        return Error{tr("User \"%1\": the name is reserved for Accordo itself").arg(user.name)};
    if (!namePattern.match(user.name).hasMatch())
        return Error{tr("User \"%1\": a user name is 1–64 lower-case letters, digits, '.', '-' "
                        "or '_'")
                         .arg(user.name)};
    if (user.roles.isEmpty())
        return Error{tr("User \"%1\": give the user at least one role").arg(user.name)};
    return {};
}

Result<qint64> UserDirectory::add(const User &user, const QString &actingUser)
{
    if (auto valid = checkName(user); !valid)
        return valid.error();
    auto any = hasUsers();
    if (!any)
        return any.error();
    Workspace workspace(mDb);
    workspace.setActingUser(actingUser);
    if (!*any) {
        // The first user vouches for themself, as an administrator, under their own name.
        if (actingUser != user.name || !user.roles.contains(Role::Administrator) || !user.active)
            return Error{tr("User \"%1\": the workspace has no users yet; its first user must be "
                            "an active administrator who adds themself")
                             .arg(user.name)};
        auto login = serverLogin();
        if (!login)
            return login.error();
        if (!login->isEmpty() && user.name != *login)
            return Error{
                tr("User \"%1\": %1 does not match the server login %2").arg(user.name, *login)};
        return insert(workspace, user, true);
    }
    auto acting = this->actingUser(actingUser);
    if (!acting)
        return Error{tr("User \"%1\" cannot be added: %2").arg(user.name, acting.errorString())};
    if (!acting->has(Role::Administrator))
        return Error{tr("User \"%1\" cannot be added by %2: only an administrator manages "
                        "users")
                         .arg(user.name, actingUser)};
    return insert(workspace, user, false);
}

Result<qint64> UserDirectory::addAsSystem(const User &user)
{
    if (auto valid = checkName(user); !valid)
        return valid.error();
    Workspace workspace(mDb);
    workspace.actAsSystem();
    return insert(workspace, user, false);
}

Result<qint64> UserDirectory::insert(const Workspace &workspace, const User &user, bool firstOnly)
{
    // The caller has checked who may add the user.
    return AuditedWrite::runOne(workspace, {}, user.name, [&]() -> Result<AuditEntry> {
        if (firstOnly) {
            if (Dialect::isPostgres(mDb)) {
                if (auto locked = Sql::exec(mDb, LockFirstUser); !locked)
                    return Error{tr("User \"%1\": %2").arg(user.name, locked.errorString())};
            }
            auto any = hasUsers();
            if (!any)
                return any.error();
            if (*any)
                return Error{tr("User \"%1\": another user was added meanwhile; ask an "
                                "administrator of the workspace")
                                 .arg(user.name)};
        }
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
