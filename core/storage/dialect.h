#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace Accordo {

/// Everything that differs between the SQLite and the PostgreSQL back end, in one place, so
/// that migrations and stores write one SQL text for both.
class Dialect
{
public:
    enum class Kind { SQLite, PostgreSQL };
    enum class Violation { None, Unique, ForeignKey, Check, NotNull };

    static Kind of(const QSqlDatabase &db);
    static bool isPostgres(const QSqlDatabase &db) { return of(db) == Kind::PostgreSQL; }
    /// True for postgresql:// and postgres:// locations, false for a file path.
    static bool isServerUrl(const QString &location);

    /// The statements one schema step becomes: placeholders such as %ID% resolved, SQLite
    /// triggers rewritten as PostgreSQL trigger functions.
    static QStringList schemaStatements(Kind kind, const QString &statement);

    /// Starts the outermost transaction. SQLite takes the write lock at once, so that two
    /// writers queue up instead of one failing when it upgrades its read lock.
    static QString beginStatement(const QSqlDatabase &db);
    /// Appended to a SELECT that reads a row the transaction is about to change: PostgreSQL
    /// locks the row; SQLite needs nothing, its writers are already serialized.
    static QString forUpdate(const QSqlDatabase &db);
    /// string_agg on PostgreSQL, group_concat on SQLite.
    static QString stringAgg(const QSqlDatabase &db, const QString &expression,
                             const QString &separatorLiteral);

    /// The id returned by an INSERT ... RETURNING id that `query` has just executed; finishes
    /// the query so that the transaction can commit.
    static Result<qint64> insertedId(QSqlQuery &query);

    /// Which constraint a failed statement violated, from either back end's message.
    static Violation violation(const QString &message);

    struct ForeignKey
    {
        QString column;
        QString parentTable;
    };
    /// The foreign keys of `table` (single-column ones, as the schema has).
    static Result<QList<ForeignKey>> foreignKeys(const QSqlDatabase &db, const QString &table);
    /// After rows with explicit ids: the next generated id follows the largest one.
    static Result<void> resetIdSequence(const QSqlDatabase &db, const QString &table);

    /// Tells the other sessions of a PostgreSQL workspace that `table` changed (delivered at
    /// commit); nothing on SQLite, whose sessions are on one machine.
    static void notifyChange(const QSqlDatabase &db, const QString &table);
    /// The channel of those notifications.
    static QString changeChannel();
};

} // namespace Accordo
