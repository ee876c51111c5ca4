#include "kpisql.h"

#include "storage/dialect.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Accordo::Kpi {

Error failed(const QString &driverError, const QString &sql)
{
    return Error{driverError + u" — "_s + sql.simplified().left(80)};
}

Result<Sql::Rows> stream(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    auto rows = Sql::stream(db, sql, values);
    if (!rows)
        return failed(rows.error().message, sql);
    return rows;
}

Result<Sql::Rows> select(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    auto rows = Sql::select(db, sql, values);
    if (!rows)
        return failed(rows.error().message, sql);
    return rows;
}

Result<void> eachRow(Statement &statement, const QString &sql, const QVariantList &values,
                     const std::function<void(const Sql::Rows &)> &read)
{
    auto rows = statement.select(values);
    if (!rows)
        return failed(rows.error().message, sql);
    while (rows->next())
        read(*rows);
    if (!rows->errorText().isEmpty())
        return failed(rows->errorText(), sql);
    return {};
}

Result<void> exec(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    auto query = Sql::exec(db, sql, values);
    if (!query)
        return failed(query.error().message, sql);
    return {};
}

Result<void> execDirect(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return failed(query.lastError().text(), sql);
    return {};
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace Accordo::Kpi
