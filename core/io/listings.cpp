#include "listings.h"

#include "domain/enums.h"
#include "domain/money.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

Result<TextTable> select(QSqlDatabase db, const QStringList &headers, const QString &sql,
                         const std::function<QStringList(const QSqlQuery &)> &row)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return Error{query.lastError().text()};
    TextTable table{headers, {}};
    while (query.next())
        table.rows.append(row(query));
    return table;
}

} // namespace

Result<TextTable> Listings::customers(QSqlDatabase db)
{
    return select(db, {u"name"_s, u"region"_s, u"segment"_s, u"contact"_s, u"email"_s},
                  u"SELECT p.name, coalesce(r.code, ''), p.segment, p.contact, p.email "
                  "FROM parties p LEFT JOIN regions r ON r.id = p.region_id "
                  "WHERE p.kind = 'customer' ORDER BY p.name"_s,
                  [](const QSqlQuery &q) {
                      return QStringList{q.value(0).toString(), q.value(1).toString(),
                                         q.value(2).toString(), q.value(3).toString(),
                                         q.value(4).toString()};
                  });
}

Result<TextTable> Listings::services(QSqlDatabase db)
{
    return select(db, {u"code"_s, u"name"_s, u"category"_s, u"owner_team"_s, u"active"_s},
                  u"SELECT code, name, category, owner_team, active FROM services ORDER BY code"_s,
                  [](const QSqlQuery &q) {
                      return QStringList{q.value(0).toString(), q.value(1).toString(),
                                         q.value(2).toString(), q.value(3).toString(),
                                         q.value(4).toInt() ? u"yes"_s : u"no"_s};
                  });
}

Result<TextTable> Listings::agreements(QSqlDatabase db)
{
    return select(db,
                  {u"number"_s, u"version"_s, u"title"_s, u"kind"_s, u"level"_s, u"parent"_s,
                   u"counterparty"_s, u"status"_s, u"start_date"_s, u"end_date"_s, u"price"_s,
                   u"currency"_s, u"services"_s, u"targets"_s},
                  u"SELECT a.number, a.version, a.title, a.kind, a.level, "
                  "coalesce(pa.number, ''), p.name, a.status, a.start_date, "
                  "coalesce(a.end_date, ''), a.price_minor, a.currency, "
                  "(SELECT count(*) FROM agreement_services s WHERE s.agreement_id = a.id), "
                  "(SELECT count(*) FROM targets t WHERE t.agreement_id = a.id) "
                  "FROM agreements a JOIN parties p ON p.id = a.party_id "
                  "LEFT JOIN agreements pa ON pa.id = a.parent_id "
                  "ORDER BY a.number, a.version"_s,
                  [](const QSqlQuery &q) {
                      return QStringList{q.value(0).toString(),
                                         q.value(1).toString(),
                                         q.value(2).toString(),
                                         q.value(3).toString(),
                                         q.value(4).toString(),
                                         q.value(5).toString(),
                                         q.value(6).toString(),
                                         q.value(7).toString(),
                                         q.value(8).toString(),
                                         q.value(9).toString(),
                                         Money(q.value(10).toLongLong(), {}).toPlainString(),
                                         q.value(11).toString(),
                                         q.value(12).toString(),
                                         q.value(13).toString()};
                  });
}

} // namespace Accordo
