#pragma once

#include "result.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace Accordo::Sql {

class NativeStatement;

/// The rows of one executed statement, read by column name: the name is looked up in the
/// statement's columns once, then remembered, so a loop over many rows pays one pointer
/// comparison per field. Names are the columns' SQL names or aliases, lower case.
///
/// The rows of stream() on SQLite come from a statement of SQLite's own on the connection's
/// handle, read field by field; the others through the QSqlQuery, which turns every field of
/// every row into a QVariant (and text into UTF-16 inside SQLite) whether it is read or not.
class Rows
{
public:
    explicit Rows(QSqlQuery query) : mQuery(std::move(query)) {}
    explicit Rows(std::shared_ptr<NativeStatement> statement);

    bool next();
    /// What stopped next() before the last row, or an empty string.
    QString errorText() const;
    /// Releases the statement before the rows are read to the end.
    void finish();
    /// The column's position in this statement; -1 (and a warning) for an unknown name.
    int column(const char *name) const;
    /// The position of a column named at run time; -1 when there is none.
    int indexOf(const QString &name) const;

    QVariant value(const char *name) const { return value(column(name)); }
    QVariant value(int column) const;
    QString text(const char *name) const;
    /// text() for a column whose few values repeat over many rows (a status, a currency code,
    /// a period's label): each value is converted once and the rows that hold it share it,
    /// instead of a string made for each row. Up to SharedTexts values are kept; others are
    /// converted as text() converts them.
    QString sharedText(const char *name) const;
    static constexpr std::size_t SharedTexts = 256;
    qint64 integer(const char *name) const;
    int number(const char *name) const { return int(integer(name)); }
    double real(const char *name) const;
    bool flag(const char *name) const { return integer(name) != 0; }
    bool isNull(const char *name) const;
    /// An integer column that may be NULL (a measure that was not taken).
    std::optional<qint64> optionalInteger(const char *name) const;
    /// An ISO date column; invalid when NULL or empty.
    QDate date(const char *name) const;

    /// The query of rows read through Qt (select(), and stream() on PostgreSQL).
    QSqlQuery &query() { return mQuery; }

private:
    QSqlQuery mQuery;
    std::shared_ptr<NativeStatement> mNative;
    mutable std::vector<std::pair<const char *, int>> mColumns;
    mutable std::size_t mNextColumn = 0; // where column() starts looking
    // sharedText()'s values by their UTF-8 bytes, in a table of twice SharedTexts slots.
    mutable std::vector<std::pair<QByteArray, QString>> mShared;
    mutable std::size_t mSharedCount = 0;
};

/// Prepares, binds in order and executes. An empty QString binds as '' (not NULL); bind
/// null() for SQL NULL.
Result<QSqlQuery> exec(QSqlDatabase db, const QString &sql, const QVariantList &values = {});
/// exec() for a statement that returns rows.
Result<Rows> select(QSqlDatabase db, const QString &sql, const QVariantList &values = {});
/// select() for reads that run through many rows once: forward-only on SQLite, which streams
/// them without caching (Qt 6.4's PostgreSQL driver, forward-only, handed back only the first
/// row of some statements, so the cached mode is kept there).
Result<Rows> stream(QSqlDatabase db, const QString &sql, const QVariantList &values = {});
/// Runs a statement prepared once for many rows with these values, bound as exec() binds them.
Result<void> rerun(QSqlQuery &prepared, const QVariantList &values);
/// rerun() for an INSERT … RETURNING of one value: gives that value.
Result<qint64> rerunReturning(QSqlQuery &prepared, const QVariantList &values);
/// An INSERT … RETURNING id prepared once and run for many rows, bound as exec() binds. On
/// SQLite it runs without its RETURNING clause and reads the id the connection assigned: there
/// RETURNING makes a one-row insert keep a statement journal and buffer its result, which
/// nearly doubles its cost.
class Insert
{
public:
    Result<void> prepare(const QSqlDatabase &db, const QString &sql);
    /// The new row's id.
    Result<qint64> run(const QVariantList &values);
    void finish() { mQuery.finish(); }

private:
    QSqlQuery mQuery;
    bool mReturning = true;
};

/// A statement prepared once and run for many values, bound in order. On SQLite it runs as
/// SQLite's own statement on the driver's handle (NativeStatement), bound as Qt binds.
class Statement
{
public:
    explicit Statement(QSqlDatabase db) : mDb(db), mQuery(db) {}
    Result<void> prepare(const QString &sql);
    /// Runs a write with these values.
    Result<void> run(const QVariantList &values);
    /// Runs a write with these values: how many rows it changed.
    Result<qint64> apply(const QVariantList &values);
    /// Runs a read with these values. Its rows are to be read before the next run. Only
    /// SQLite's own statement is prepared once for a read.
    Result<Rows> select(const QVariantList &values);
    /// Whether it runs as SQLite's own statement.
    bool isNative() const { return mNative != nullptr; }

private:
    QSqlDatabase mDb;
    QSqlQuery mQuery;
    QString mSql;
    std::shared_ptr<NativeStatement> mNative;
};

/// "?, ?, ?" for `count` values bound by position, as in `IN (%1)`.
QString placeholders(qsizetype count);

/// The first column of the first row, or an invalid QVariant when there is no row.
Result<QVariant> scalar(QSqlDatabase db, const QString &sql, const QVariantList &values = {});

/// Every row, mapped by `map(const Rows &)`: a failed query is an error, never an empty list.
template<typename Map>
auto list(QSqlDatabase db, const QString &sql, const QVariantList &values, Map map)
    -> Result<QList<decltype(map(std::declval<const Rows &>()))>>
{
    QList<decltype(map(std::declval<const Rows &>()))> out;
    auto rows = select(db, sql, values);
    if (!rows)
        return rows.error();
    while (rows->next())
        out.append(map(*rows));
    return out;
}

/// Every row as an entry of a hash, made by `entry(const Rows &)` as a std::pair of its key and
/// value (a later row replaces an earlier one's entry): a failed query is an error, never an
/// empty hash.
template<typename Entry,
         typename Pair = decltype(std::declval<Entry &>()(std::declval<const Rows &>()))>
auto keyed(QSqlDatabase db, const QString &sql, const QVariantList &values, Entry entry)
    -> Result<QHash<typename Pair::first_type, typename Pair::second_type>>
{
    QHash<typename Pair::first_type, typename Pair::second_type> out;
    auto rows = select(db, sql, values);
    if (!rows)
        return rows.error();
    while (rows->next()) {
        Pair pair = entry(*rows);
        out.insert(std::move(pair.first), std::move(pair.second));
    }
    return out;
}

/// The first row mapped, or `missing` as the error when there is none.
template<typename Map>
auto one(QSqlDatabase db, const QString &sql, const QVariantList &values, Map map,
         const QString &missing) -> Result<decltype(map(std::declval<const Rows &>()))>
{
    auto rows = select(db, sql, values);
    if (!rows)
        return rows.error();
    if (!rows->next())
        return Error{missing};
    return map(*rows);
}

/// Typed SQL NULLs and values that are NULL when empty.
QVariant nullId();
QVariant idOrNull(qint64 id);
QVariant dateOrNull(const QDate &date);
QVariant textOrNull(const QString &text);

} // namespace Accordo::Sql
