#include "portfoliochecks.h"

#include "domain/enums.h"
#include "domain/reviewschedule.h"
#include "domain/targetvalue.h"
#include "storage/dialect.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

Result<QSqlQuery> select(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    // Forward-only streams a million SQLite rows without caching them; Qt 6.4's PostgreSQL
    // driver, forward-only, handed back only the first row of these queries.
    query.setForwardOnly(!Dialect::isPostgres(db));
    if (!query.prepare(sql))
        return Error{query.lastError().text()};
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error{query.lastError().text()};
    return query;
}

struct TargetTerms
{
    QString service;
    Metric metric = Metric::Resolution;
    QString priority;
    qint64 regionId = 0;
    qint64 threshold = 0;
    qint64 goalMilli = 0;
};

struct Version
{
    qint64 id = 0;
    QString number;
    QString title;
    QString kind;
    QList<TargetTerms> targets;
};

// Agreements linked to `number`, and itself; every agreement when `number` is empty.
const auto LinkedNumbers = uR"((? = '' OR number = ?
    OR number IN (SELECT supported_number FROM agreement_supports WHERE supporting_number = ?)
    OR number IN (SELECT supporting_number FROM agreement_supports WHERE supported_number = ?)))"_s;

// The version that counts for a number: the active one, else the latest.
Result<QHash<QString, Version>> versions(QSqlDatabase db, const QString &number)
{
    // A null QString would bind as NULL, and NULL = '' is not true.
    const QString key = number.isEmpty() ? u""_s : number;
    const QVariantList linked{key, key, key, key};
    QHash<QString, Version> result;
    auto q = select(db,
                    u"SELECT id, number, title, kind FROM agreements WHERE "_s + LinkedNumbers
                        + u" ORDER BY number, status = 'active', version"_s,
                    linked);
    if (!q)
        return q.error();
    while (q->next())
        result.insert(q->value(1).toString(), {q->value(0).toLongLong(),
                                               q->value(1).toString(),
                                               q->value(2).toString(),
                                               q->value(3).toString(),
                                               {}});
    QHash<qint64, Version *> byId;
    for (Version &v : result)
        byId.insert(v.id, &v);
    q = select(db,
               uR"(SELECT t.agreement_id, s.code, t.metric, t.priority,
                              coalesce(t.region_id, 0), t.threshold, t.goal_milli
                       FROM targets t JOIN services s ON s.id = t.service_id
                       WHERE t.agreement_id IN (SELECT id FROM agreements WHERE )"_s
                   + LinkedNumbers + u") ORDER BY t.agreement_id, t.position, t.id"_s,
               linked);
    if (!q)
        return q.error();
    while (q->next()) {
        Version *v = byId.value(q->value(0).toLongLong());
        if (!v)
            continue;
        v->targets.append({q->value(1).toString(),
                           Enums::fromKey<Metric>(q->value(2).toString()).value_or(Metric::Custom),
                           q->value(3).toString(), q->value(4).toLongLong(),
                           q->value(5).toLongLong(), q->value(6).toLongLong()});
    }
    return result;
}

bool overlaps(const QString &a, const QString &b)
{
    return a.isEmpty() || b.isEmpty() || a == b;
}

} // namespace

Result<QList<ConsistencyViolation>> PortfolioChecks::consistency(QSqlDatabase db,
                                                                 const QString &number)
{
    auto all = versions(db, number);
    if (!all)
        return all.error();
    auto q = select(db,
                    u"SELECT supporting_number, supported_number FROM agreement_supports "
                    "WHERE ? = '' OR ? IN (supporting_number, supported_number) "
                    "ORDER BY supporting_number, supported_number"_s,
                    {number.isEmpty() ? u""_s : number, number});
    if (!q)
        return q.error();
    QList<ConsistencyViolation> violations;
    while (q->next()) {
        const auto ola = all->constFind(q->value(0).toString());
        const auto sla = all->constFind(q->value(1).toString());
        if (ola == all->constEnd() || sla == all->constEnd())
            continue;
        for (const TargetTerms &s : sla->targets) {
            if (!TargetValue::isDuration(s.metric) && s.metric != Metric::Availability)
                continue;
            for (const TargetTerms &o : ola->targets) {
                if (o.service != s.service || o.metric != s.metric
                    || !overlaps(o.priority, s.priority)
                    || !(o.regionId == 0 || s.regionId == 0 || o.regionId == s.regionId))
                    continue;
                const auto report = [&](const QString &aspect, const QString &mine,
                                        const QString &theirs) {
                    violations.append({ola->number, ola->title, sla->number, sla->title, s.service,
                                       Enums::key(s.metric),
                                       s.priority.isEmpty() ? o.priority : s.priority, aspect, mine,
                                       theirs});
                };
                if (s.metric == Metric::Availability) {
                    if (o.threshold < s.threshold)
                        report(u"threshold"_s, TargetValue::format(o.metric, o.threshold),
                               TargetValue::format(s.metric, s.threshold));
                    continue;
                }
                if (o.threshold > s.threshold)
                    report(u"threshold"_s, TargetValue::format(o.metric, o.threshold),
                           TargetValue::format(s.metric, s.threshold));
                if (o.goalMilli < s.goalMilli)
                    report(u"goal"_s, TargetValue::formatMilli(o.goalMilli),
                           TargetValue::formatMilli(s.goalMilli));
            }
        }
    }
    return violations;
}

Result<QList<CoverageGap>> PortfolioChecks::coverage(QSqlDatabase db, const QDate &asOf,
                                                     int ticketDays)
{
    const QString day = asOf.toString(Qt::ISODate);
    // (customer party, service) pairs covered today.
    QSet<QPair<qint64, qint64>> covered;
    auto q = select(db, uR"(SELECT a.party_id, s.service_id FROM agreements a
                            JOIN agreement_services s ON s.agreement_id = a.id
                            WHERE a.kind = 'customer_sla' AND a.status = 'active'
                              AND a.start_date <= ?
                              AND (a.end_date IS NULL OR a.end_date >= ?)
                              AND (a.terminated_on IS NULL OR a.terminated_on > ?))"_s,
                    {day, day, day});
    if (!q)
        return q.error();
    while (q->next())
        covered.insert({q->value(0).toLongLong(), q->value(1).toLongLong()});
    QHash<QString, qint64> customers;
    QHash<qint64, QString> customerNames;
    q = select(db, u"SELECT id, name FROM parties WHERE kind = 'customer'"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        customers.insert(q->value(1).toString(), q->value(0).toLongLong());
        customerNames.insert(q->value(0).toLongLong(), q->value(1).toString());
    }
    QHash<QString, qint64> services;
    QHash<qint64, QString> serviceCodes;
    q = select(db, u"SELECT id, code, name FROM services"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        services.insert(q->value(2).toString(), q->value(0).toLongLong());
        services.insert(q->value(1).toString(), q->value(0).toLongLong());
        serviceCodes.insert(q->value(0).toLongLong(), q->value(1).toString());
    }

    QMap<QPair<QString, QString>, CoverageGap> gaps;
    const qint64 to = (asOf.toJulianDay() - 2440588 + 1) * 86400;
    q = select(db, uR"(SELECT customer, service, count(*) FROM tickets
                       WHERE opened_at >= ? AND opened_at < ? AND customer <> ''
                       GROUP BY customer, service)"_s,
               {to - qint64(ticketDays) * 86400, to});
    if (!q)
        return q.error();
    while (q->next()) {
        const QString customer = q->value(0).toString();
        const QString service = q->value(1).toString();
        const qint64 partyId = customers.value(customer);
        const qint64 serviceId = services.value(service);
        // Tickets of customers or services the workspace does not know are gaps as well.
        if (partyId != 0 && serviceId != 0 && covered.contains({partyId, serviceId}))
            continue;
        const QString code = serviceCodes.value(serviceId, service);
        CoverageGap &gap = gaps[{customer, code}];
        gap.customer = customer;
        gap.service = code;
        gap.tickets += q->value(2).toLongLong();
    }
    q = select(db, u"SELECT party_id, service_id FROM service_deliveries"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        const QPair<qint64, qint64> pair{q->value(0).toLongLong(), q->value(1).toLongLong()};
        if (covered.contains(pair) || !customerNames.contains(pair.first))
            continue;
        const QString customer = customerNames.value(pair.first);
        const QString code = serviceCodes.value(pair.second);
        CoverageGap &gap = gaps[{customer, code}];
        gap.customer = customer;
        gap.service = code;
        gap.delivered = true;
    }
    return gaps.values();
}

Result<QList<DueAgreement>> PortfolioChecks::reviews(QSqlDatabase db, const QDate &asOf)
{
    auto q = select(db, uR"(SELECT a.number, a.title, a.start_date, a.end_date, a.review_months,
                                   a.notice_days, s.signed_on
                            FROM agreements a LEFT JOIN signings s ON s.agreement_id = a.id
                            WHERE a.status = 'active' ORDER BY a.number)"_s);
    if (!q)
        return q.error();
    QList<DueAgreement> due;
    while (q->next()) {
        const QDate start = QDate::fromString(q->value(2).toString(), Qt::ISODate);
        const QDate end = QDate::fromString(q->value(3).toString(), Qt::ISODate);
        const int months = q->value(4).toInt();
        const int notice = q->value(5).toInt();
        QDate since = QDate::fromString(q->value(6).toString(), Qt::ISODate);
        if (!since.isValid() || since < start)
            since = start;
        // The first scheduled review after this version was signed has not led to a new one.
        const QDate review = ReviewSchedule::firstOnOrAfter(start, months, since.addDays(1), end);
        if (review.isValid() && review <= asOf)
            due.append({q->value(0).toString(), q->value(1).toString(), u"review"_s, review, {}});
        if (end.isValid() && asOf >= end.addDays(-notice))
            due.append({q->value(0).toString(), q->value(1).toString(), u"renewal"_s, end,
                        end.addDays(-notice)});
    }
    return due;
}

} // namespace Accordo
