#include "listqueries.h"

#include "storage/dialect.h"
#include "storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// The ids of the rows that pass a filter, in the order of a column, then of the id.
constexpr auto IdsSql = "SELECT %1 AS row_id FROM %2";
constexpr auto WhereSql = " WHERE %1";
constexpr auto OrderSql = " ORDER BY %1 %2, %3 %2";
// One word of the search in one column: case-insensitive, with the wildcards taken literally.
constexpr auto ContainsSql = R"(CAST(%1 AS TEXT) LIKE ? ESCAPE '\')";
// The values of some rows: the id first, then each column in order.
constexpr auto RowsSql = "SELECT %1 AS row_id, %2 FROM %3 WHERE %1 IN (%4)";

constexpr auto AgreementsFrom = "agreements a JOIN parties p ON p.id = a.party_id "
                                "LEFT JOIN agreements pa ON pa.id = a.parent_id "
                                "LEFT JOIN agreement_owners ao ON ao.number = a.number "
                                "LEFT JOIN users ou ON ou.id = ao.user_id";
constexpr auto PartiesFrom = "parties p LEFT JOIN regions r ON r.id = p.region_id";
constexpr auto PartyAgreementCount = "(SELECT count(*) FROM agreements x WHERE x.party_id = p.id)";
constexpr auto ServiceAgreementCount =
    "(SELECT count(*) FROM agreement_services x WHERE x.service_id = s.id)";
constexpr auto CalendarTargetCount = "(SELECT count(*) FROM targets t WHERE t.calendar_id = c.id)";
constexpr auto CalendarRegions =
    "coalesce((SELECT %1 FROM regions r WHERE r.calendar_id = c.id), '')";

QString escapeLike(QString word)
{
    word.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u"%"_s + word + u"%"_s;
}

PagedList::Column column(const char *expression, bool searchable = true)
{
    return {QString::fromLatin1(expression), searchable};
}

} // namespace

Result<QList<qint64>> PagedList::ids(QSqlDatabase db, const QString &search, int sortColumn,
                                     bool ascending) const
{
    QStringList conditions;
    QVariantList values;
    if (!baseFilter.isEmpty()) {
        conditions.append(u"("_s + baseFilter + u")"_s);
        values += baseValues;
    }
    const QStringList words = search.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        QStringList any;
        for (const Column &column : columns) {
            if (!column.searchable)
                continue;
            any.append(QString::fromLatin1(ContainsSql).arg(column.expression));
            values.append(escapeLike(word));
        }
        if (!any.isEmpty())
            conditions.append(u"("_s + any.join(u" OR "_s) + u")"_s);
    }
    QString sql = QString::fromLatin1(IdsSql).arg(idExpression, from);
    if (!conditions.isEmpty())
        sql += QString::fromLatin1(WhereSql).arg(conditions.join(u" AND "_s));
    if (sortColumn >= 0 && sortColumn < columns.size()) {
        sql += QString::fromLatin1(OrderSql).arg(columns.at(sortColumn).expression,
                                                 ascending ? u"ASC"_s : u"DESC"_s, idExpression);
    }
    auto rows = Sql::stream(db, sql, values);
    if (!rows)
        return rows.error();
    QList<qint64> out;
    const int id = rows->column("row_id");
    while (rows->next())
        out.append(rows->value(id).toLongLong());
    if (!rows->errorText().isEmpty())
        return Error{rows->errorText()};
    return out;
}

Result<QHash<qint64, QVariantList>> PagedList::rows(QSqlDatabase db, const QList<qint64> &ids) const
{
    QStringList expressions;
    for (const Column &column : columns)
        expressions.append(column.expression);
    const QStringList placeholders(ids.size(), u"?"_s);
    QVariantList values;
    values.reserve(ids.size());
    for (qint64 id : ids)
        values.append(id);
    auto rows = Sql::stream(db,
                            QString::fromLatin1(RowsSql).arg(idExpression,
                                                             expressions.join(u", "_s), from,
                                                             placeholders.join(u',')),
                            values);
    if (!rows)
        return rows.error();
    QHash<qint64, QVariantList> byId;
    const int id = rows->column("row_id");
    while (rows->next()) {
        QVariantList row;
        row.reserve(columns.size());
        // The columns follow the id in the order of the list.
        for (int c = id + 1; c <= id + columns.size(); ++c)
            row.append(rows->value(c));
        byId.insert(rows->value(id).toLongLong(), row);
    }
    if (!rows->errorText().isEmpty())
        return Error{rows->errorText()};
    return byId;
}

namespace ListQueries {

PagedList agreements()
{
    return {QString::fromLatin1(AgreementsFrom),
            u"a.id"_s,
            {column("a.number"), column("a.version", false), column("a.title"), column("a.kind"),
             column("a.level"), column("pa.number"), column("p.name"), column("a.status"),
             column("a.start_date"), column("a.end_date"),
             column("a.price_minor || ' ' || a.currency", false), column("ou.name")},
            {},
            {}};
}

PagedList parties(std::optional<PartyKind> kind)
{
    PagedList list{QString::fromLatin1(PartiesFrom),
                   u"p.id"_s,
                   {column("p.name"), column("p.kind", false), column("r.name"),
                    column("p.segment"), column("p.contact"), column("p.email"),
                    column(PartyAgreementCount, false)},
                   {},
                   {}};
    if (kind) {
        list.baseFilter = u"p.kind = ?"_s;
        list.baseValues = {Enums::key(*kind)};
    }
    return list;
}

PagedList services()
{
    return {u"services s"_s,
            u"s.id"_s,
            {column("s.code"), column("s.name"), column("s.category"), column("s.owner_team"),
             column("s.active", false), column(ServiceAgreementCount, false)},
            {},
            {}};
}

PagedList calendars(QSqlDatabase db)
{
    const QString regionNames = Dialect::stringAgg(db, u"r.name || ' (' || r.code || ')'"_s,
                                                   u"', '"_s);
    // The regions are how an SLA manager sees which offices follow a calendar, and why a
    // calendar cannot be deleted; they are searchable so "EMEA" finds its calendar.
    return {u"calendars c"_s,
            u"c.id"_s,
            {column("c.name"),
             column("c.time_zone"),
             column(CalendarTargetCount, false),
             {QString::fromLatin1(CalendarRegions).arg(regionNames), true}},
            {},
            {}};
}

} // namespace ListQueries

} // namespace Accordo
