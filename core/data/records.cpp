#include "records.h"

#include "data/workspace.h"
#include "storage/dialect.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Accordo::Records {

namespace {

// The messages keep the translation context they had when Workspace wrote them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Workspace)
};

// Who saved the record last, for the conflict message.
const QString LastChange = uR"(
    SELECT user_name, at FROM audit_log WHERE entity = ? AND entity_id = ?
    ORDER BY seq DESC LIMIT 1)"_s;

AuditEntry removed(const QString &entity, qint64 id, const QJsonValue &before)
{
    return AuditEntry{entity, id, u"delete"_s, before, QJsonValue()};
}

} // namespace

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

Error describe(const Error &error, const QString &what)
{
    const QString &text = error.message;
    const Dialect::Violation violation = Dialect::violation(text);
    if (violation == Dialect::Violation::Unique)
        return Error{Text::tr("%1 already exists").arg(what)};
    if (violation == Dialect::Violation::ForeignKey)
        return Error{
            Text::tr("%1 refers to a record that does not exist or is still in use").arg(what)};
    if (violation == Dialect::Violation::Check)
        return Error{Text::tr("%1 has a value the workspace does not accept (%2)").arg(what, text)};
    return Error{what + u": "_s + text};
}

Result<qint64> insert(QSqlDatabase db, const QString &sql, const QVariantList &values,
                      const QString &what)
{
    auto query = Sql::exec(db, sql, values);
    if (!query)
        return describe(query.error(), what);
    return Dialect::insertedId(*query);
}

Result<void> write(QSqlDatabase db, const QString &sql, const QVariantList &values,
                   const QString &what)
{
    if (auto query = Sql::exec(db, sql, values); !query)
        return describe(query.error(), what);
    return {};
}

Result<int> count(QSqlDatabase db, const QString &sql, qint64 id)
{
    auto rows = Sql::select(db, sql, {id});
    if (!rows)
        return rows.error();
    return rows->next() ? rows->number("n") : 0;
}

Result<void> refuseWhileUsed(const Result<int> &uses, const std::function<QString(int)> &refusal)
{
    if (!uses)
        return uses.error();
    if (*uses > 0)
        return Error{refusal(*uses)};
    return {};
}

Result<void> updateRow(const Workspace &workspace, const QString &table, const QString &entity,
                       qint64 id, int rowVersion, const QString &assignments, QVariantList values,
                       const QString &what, const QString &describedAs, const QString &missing)
{
    QString sql = u"UPDATE %1 SET %2, row_version = row_version + 1 WHERE id = ?"_s.arg(
        table, assignments);
    values.append(id);
    if (rowVersion > 0) {
        sql += u" AND row_version = ?"_s;
        values.append(rowVersion);
    }
    auto query = Sql::exec(workspace.connection(), sql, values);
    if (!query)
        return describe(query.error(), describedAs.isEmpty() ? what : describedAs);
    if (query->numRowsAffected() == 1)
        return {};
    auto still = Sql::scalar(workspace.connection(),
                             u"SELECT 1 AS present FROM %1 WHERE id = ?"_s.arg(table), {id});
    if (rowVersion > 0 && still && still->isValid())
        return conflict(workspace, entity, id, what);
    if (!missing.isEmpty())
        return Error{missing};
    return Error{Text::tr("%1 no longer exists").arg(what)};
}

Error conflict(const Workspace &workspace, const QString &entity, qint64 id, const QString &what)
{
    auto last = Sql::select(workspace.connection(), LastChange, {entity, id});
    Error error;
    error.conflict = true;
    if (last && last->next()) {
        const QDateTime at = QDateTime::fromString(last->text("at"), Qt::ISODate);
        error.message = Text::tr("%1 was changed by %2 at %3 after you opened it, and your "
                                 "changes were not saved: reload it to see the other "
                                 "changes, or compare the two versions")
                            .arg(what, last->text("user_name"),
                                 QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
    } else {
        error.message = Text::tr("%1 was changed by someone else after you opened it, and "
                                 "your changes were not saved: reload it to see the other "
                                 "changes")
                            .arg(what);
    }
    return error;
}

AuditEntry inserted(const QString &entity, qint64 id, const QJsonValue &after)
{
    return AuditEntry{entity, id, u"insert"_s, QJsonValue(), after};
}

AuditEntry updated(const QString &entity, qint64 id, const QJsonValue &before,
                   const QJsonValue &after)
{
    return AuditEntry{entity, id, u"update"_s, before, after};
}

Result<void> remove(const Workspace &workspace, const QList<Role> &roles, const QString &what,
                    const Removal &removal, const std::function<Result<void>()> &refuse)
{
    return done(AuditedWrite::runOne(workspace, roles, what, [&]() -> Result<AuditEntry> {
        if (refuse) {
            if (auto allowed = refuse(); !allowed)
                return allowed.error();
        }
        const QString describedAs = removal.describedAs.isEmpty() ? what : removal.describedAs;
        if (auto r = write(workspace.connection(), removal.deleteSql, {removal.id}, describedAs);
            !r)
            return r.error();
        return removed(removal.entity, removal.id, removal.before);
    }));
}

Result<void> done(const Result<qint64> &written)
{
    if (!written)
        return written.error();
    return {};
}

} // namespace Accordo::Records
