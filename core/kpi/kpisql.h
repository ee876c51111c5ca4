#pragma once

#include "result.h"
#include "storage/sqlquery.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

namespace Accordo::Kpi {

/// A driver's error followed by the statement's first words, as the KPI engine reports them.
Error failed(const QString &driverError, const QString &sql);

/// Sql::select for the reads over every ticket or verdict: forward-only on SQLite, which
/// streams a million rows without caching them (Qt 6.4's PostgreSQL driver, forward-only,
/// handed back only the first row of these queries, so it keeps the cached mode there).
Result<Sql::Rows> stream(QSqlDatabase db, const QString &sql, const QVariantList &values = {});

/// Sql::select with the statement named in its error.
Result<Sql::Rows> select(QSqlDatabase db, const QString &sql, const QVariantList &values = {});

/// Sql::list with the statement named in its error.
template<typename Map>
auto list(QSqlDatabase db, const QString &sql, const QVariantList &values, Map map)
    -> decltype(Sql::list(db, sql, values, map))
{
    auto result = Sql::list(db, sql, values, map);
    if (!result)
        return failed(result.error().message, sql);
    return result;
}

/// A statement that returns no rows, with the statement named in its error.
Result<void> exec(QSqlDatabase db, const QString &sql, const QVariantList &values = {});

/// A statement without values run as it is, unprepared: PostgreSQL prepares no DDL (the
/// temporary tables of kpinodata.cpp).
Result<void> execDirect(QSqlDatabase db, const QString &sql);

/// The KPI engine's statements prepared once and run for many values.
using Statement = Sql::Statement;

/// Runs `statement`, a read prepared from `sql`, with `values`, and hands each row to `read`;
/// a failure, also one that stops the rows half way, names the statement.
Result<void> eachRow(Statement &statement, const QString &sql, const QVariantList &values,
                     const std::function<void(const Sql::Rows &)> &read);

/// A typed SQL NULL for an empty value.
QVariant nullable(const std::optional<qint64> &value);
} // namespace Accordo::Kpi
