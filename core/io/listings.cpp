#include "listings.h"

#include "domain/enums.h"
#include "domain/money.h"
#include "storage/sqlquery.h"

#include <QSqlRecord>

#include <functional>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// Each statement names its columns as the table's headers.
const QString kCustomers = uR"(SELECT p.name, coalesce(r.code, '') AS region, p.segment, p.contact,
                                      p.email
                               FROM parties p LEFT JOIN regions r ON r.id = p.region_id
                               WHERE p.kind = 'customer' ORDER BY p.name)"_s;
const QString kServices =
    uR"(SELECT code, name, category, owner_team, active FROM services ORDER BY code)"_s;
const QString kAgreements = uR"(SELECT a.number, a.version, a.title, a.kind, a.level,
                                       coalesce(pa.number, '') AS parent, p.name AS counterparty,
                                       a.status, a.start_date, coalesce(a.end_date, '') AS end_date,
                                       a.price_minor AS price, a.currency,
                                       (SELECT count(*) FROM agreement_services s
                                        WHERE s.agreement_id = a.id) AS services,
                                       (SELECT count(*) FROM targets t
                                        WHERE t.agreement_id = a.id) AS targets,
                                       coalesce(ou.name, '') AS owner
                                FROM agreements a JOIN parties p ON p.id = a.party_id
                                LEFT JOIN agreements pa ON pa.id = a.parent_id
                                LEFT JOIN agreement_owners ao ON ao.number = a.number
                                LEFT JOIN users ou ON ou.id = ao.user_id
                                ORDER BY a.number, a.version)"_s;

// The rows of `sql` as text, a cell per header, each read from the column of that name;
// `format` turns a column's value into its text when plain text will not do.
Result<TextTable> table(
    QSqlDatabase db, const QStringList &headers, const QString &sql,
    const std::function<QString(const QString &, const QVariant &)> &format = {})
{
    auto rows = Sql::select(db, sql);
    if (!rows)
        return rows.error();
    const QSqlRecord record = rows->query().record();
    QList<int> columns;
    for (const QString &header : headers)
        columns.append(record.indexOf(header));
    TextTable out{headers, {}};
    while (rows->next()) {
        QStringList cells;
        for (qsizetype i = 0; i < headers.size(); ++i) {
            const QVariant value = rows->value(columns.at(i));
            cells.append(format ? format(headers.at(i), value) : value.toString());
        }
        out.rows.append(cells);
    }
    return out;
}

} // namespace

Result<TextTable> Listings::customers(QSqlDatabase db)
{
    return table(db, {u"name"_s, u"region"_s, u"segment"_s, u"contact"_s, u"email"_s}, kCustomers);
}

Result<TextTable> Listings::services(QSqlDatabase db)
{
    return table(db, {u"code"_s, u"name"_s, u"category"_s, u"owner_team"_s, u"active"_s}, kServices,
                 [](const QString &header, const QVariant &value) {
                     if (header == u"active"_s)
                         return value.toInt() ? u"yes"_s : u"no"_s;
                     return value.toString();
                 });
}

Result<TextTable> Listings::agreements(QSqlDatabase db)
{
    return table(db,
                 {u"number"_s, u"version"_s, u"title"_s, u"kind"_s, u"level"_s, u"parent"_s,
                  u"counterparty"_s, u"status"_s, u"start_date"_s, u"end_date"_s, u"price"_s,
                  u"currency"_s, u"services"_s, u"targets"_s, u"owner"_s},
                 kAgreements, [](const QString &header, const QVariant &value) {
                     if (header == u"price"_s)
                         return Money(value.toLongLong(), {}).toPlainString();
                     return value.toString();
                 });
}

} // namespace Accordo
