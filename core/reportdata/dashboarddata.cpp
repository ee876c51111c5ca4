#include "dashboarddata.h"

#include "lifecycle/agreementworkflow.h"

#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// A quarterly period counts in the last month of its quarter, so that months and quarters
// share one axis. Written with substr and || only, which SQLite and PostgreSQL both know.
constexpr auto MonthOfPeriod = R"(CASE substr(k.period, 6, 2)
        WHEN 'Q1' THEN substr(k.period, 1, 5) || '03' WHEN 'Q2' THEN substr(k.period, 1, 5) || '06'
        WHEN 'Q3' THEN substr(k.period, 1, 5) || '09' WHEN 'Q4' THEN substr(k.period, 1, 5) || '12'
        ELSE k.period END)";

constexpr auto KpiRowsSql = R"(SELECT k.agreement_id, a.number, a.title, p.name, a.kind, %1,
        k.metric, k.status, k.met, k.breached, k.goal_milli, k.agreed_seconds,
        k.downtime_seconds, k.credit_minor, k.currency,
        COALESCE(r.code, ''), COALESCE(r.name, ''), s.code, s.name, p.id
    FROM kpi_periods k
    JOIN agreements a ON a.id = k.agreement_id
    JOIN parties p ON p.id = a.party_id
    JOIN targets t ON t.id = k.target_id
    JOIN services s ON s.id = t.service_id
    LEFT JOIN regions r ON r.id = COALESCE(t.region_id, p.region_id)
    WHERE k.period IN (%2) %3)";

constexpr auto SatisfactionSql = R"(SELECT k.period, SUM(k.answers),
        SUM(k.csat_milli * k.answers)
    FROM kpi_satisfaction k JOIN parties p ON p.id = k.party_id
    LEFT JOIN regions r ON r.id = p.region_id
    WHERE k.period IN (%1) %2 GROUP BY k.period)";

constexpr auto VolumesSql = R"(SELECT v.period, v.forecast, SUM(v.tickets) FROM kpi_volumes v
    WHERE v.period >= ? AND v.period <= ? %1 GROUP BY v.period, v.forecast)";

constexpr auto WatermelonsSql = R"(SELECT k.agreement_id, k.period FROM kpi_watermelons k
    JOIN agreements a ON a.id = k.agreement_id JOIN parties p ON p.id = a.party_id
    LEFT JOIN regions r ON r.id = p.region_id
    WHERE k.period IN (%1) %2)";

constexpr auto ActiveAgreementsSql = R"(SELECT a.start_date, a.end_date, a.review_months
    FROM agreements a JOIN parties p ON p.id = a.party_id
    LEFT JOIN regions r ON r.id = p.region_id
    WHERE a.status = 'active' %1)";

bool isTicketMetric(const QString &metric)
{
    return metric == u"first_response"_s || metric == u"resolution"_s;
}

int severity(const QString &status)
{
    if (status == u"breached"_s)
        return 2;
    return status == u"at_risk"_s ? 1 : 0;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        marks.append(u"?"_s);
    return marks.join(u", "_s);
}

// Ticket compliance and its ticket-weighted goal, summed before dividing.
struct Tally
{
    qint64 met = 0;
    qint64 breached = 0;
    qint64 goalWeighted = 0;
    qint64 breachedResults = 0;
    qint64 results = 0;

    std::optional<qint64> compliance() const
    {
        if (met + breached == 0)
            return std::nullopt;
        return met * 100000 / (met + breached);
    }
    std::optional<qint64> goal() const
    {
        if (met + breached == 0)
            return std::nullopt;
        return goalWeighted / (met + breached);
    }
};

struct Prepared
{
    QString conditions;
    QVariantList values;
};

// The filter's conditions on agreements, parties and regions (and services for KPI rows).
Prepared agreementConditions(const DashboardFilter &filter, bool withService)
{
    Prepared p;
    if (!filter.regionCode.isEmpty()) {
        p.conditions += u" AND r.code = ?"_s;
        p.values.append(filter.regionCode);
    }
    if (filter.partyId > 0) {
        p.conditions += u" AND p.id = ?"_s;
        p.values.append(filter.partyId);
    }
    if (!filter.agreementKind.isEmpty()) {
        p.conditions += u" AND a.kind = ?"_s;
        p.values.append(filter.agreementKind);
    }
    if (withService && !filter.serviceCode.isEmpty()) {
        p.conditions += u" AND s.code = ?"_s;
        p.values.append(filter.serviceCode);
    }
    return p;
}

Result<QSqlQuery> select(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Error{q.lastError().text()};
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Error{q.lastError().text()};
    return q;
}

// The labels stored in kpi_periods for the months of a range: each month, and each
// quarter whose last month is in it.
QStringList periodLabels(const QStringList &months)
{
    QStringList labels = months;
    for (const QString &month : months) {
        const int m = month.mid(5, 2).toInt();
        if (m % 3 == 0)
            labels.append(month.left(5) + u'Q' + QString::number(m / 3));
    }
    return labels;
}

} // namespace

bool DashboardData::isMonth(const QString &text)
{
    return text.size() == 7 && text.at(4) == u'-'
           && QDate::fromString(text + u"-01"_s, u"yyyy-MM-dd"_s).isValid();
}

QString DashboardData::addMonths(const QString &month, int months)
{
    const QDate d = QDate::fromString(month + u"-01"_s, u"yyyy-MM-dd"_s).addMonths(months);
    return d.toString(u"yyyy-MM"_s);
}

QStringList DashboardData::monthRange(const QString &from, const QString &to)
{
    QStringList months;
    if (!isMonth(from) || !isMonth(to))
        return months;
    // Bounded: a mistyped year must not make a list of ten thousand months.
    for (QString m = from; m <= to && months.size() < 240; m = addMonths(m, 1))
        months.append(m);
    return months;
}

QString DashboardData::latestMonth(QSqlDatabase db)
{
    // A month that has begun but has no tickets yet says nothing: show the last one that has.
    // A quarter names its last month, which may lie ahead: months decide when there are any.
    auto q = select(db,
                    u"SELECT MAX(k.period) FROM kpi_periods k "
                    "WHERE k.tickets > 0 AND k.period NOT LIKE '%Q%'"_s,
                    {});
    if (q && q->next() && !q->value(0).isNull())
        return q->value(0).toString();
    q = select(db,
               u"SELECT MAX(%1) FROM kpi_periods k WHERE k.tickets > 0"_s.arg(
                   QLatin1StringView(MonthOfPeriod)),
               {});
    if (q && q->next())
        return q->value(0).toString();
    return {};
}

Result<DashboardSnapshot> DashboardData::load(QSqlDatabase db, const DashboardFilter &filter,
                                              const QDate &today)
{
    DashboardSnapshot snap;
    snap.filter = filter;
    if (!isMonth(snap.filter.toMonth))
        snap.filter.toMonth = latestMonth(db);
    if (!isMonth(snap.filter.toMonth))
        snap.filter.toMonth = today.toString(u"yyyy-MM"_s);
    if (!isMonth(snap.filter.fromMonth) || snap.filter.fromMonth > snap.filter.toMonth)
        snap.filter.fromMonth = addMonths(snap.filter.toMonth, -11);
    const QString current = snap.filter.toMonth;
    const QString previous = addMonths(current, -1);
    snap.months = monthRange(snap.filter.fromMonth, current);
    QStringList readMonths = snap.months;
    if (!readMonths.contains(previous))
        readMonths.prepend(previous);
    const QStringList labels = periodLabels(readMonths);

    QHash<QString, Tally> perMonth;
    QHash<QString, qint64> breachesPerMonth, agreedPerMonth, upPerMonth;
    QMap<QString, Tally> byRegion, byService, byCustomer;
    QHash<QString, QString> regionNames, serviceNames, customerNames;
    QMap<QString, qint64> credits;
    QHash<qint64, AgreementStanding> standings;
    QHash<qint64, Tally> standingTally;
    QSet<qint64> atRiskAgreements;
    const QStringList &months = snap.months;

    {
        Prepared p = agreementConditions(snap.filter, true);
        QVariantList values;
        for (const QString &l : labels)
            values.append(l);
        values += p.values;
        const QString sql = QString::fromLatin1(KpiRowsSql)
                                .arg(QLatin1StringView(MonthOfPeriod), placeholders(labels.size()),
                                     p.conditions);
        auto q = select(db, sql, values);
        if (!q)
            return q.error();
        while (q->next()) {
            const qint64 agreementId = q->value(0).toLongLong();
            const QString month = q->value(5).toString();
            const QString metric = q->value(6).toString();
            const QString status = q->value(7).toString();
            const qint64 met = q->value(8).toLongLong();
            const qint64 breached = q->value(9).toLongLong();
            const qint64 goal = q->value(10).toLongLong();
            const bool ticket = isTicketMetric(metric);
            const bool isBreach = status == u"breached"_s;

            auto add = [&](Tally &t) {
                ++t.results;
                t.breachedResults += isBreach ? 1 : 0;
                if (ticket) {
                    t.met += met;
                    t.breached += breached;
                    t.goalWeighted += goal * (met + breached);
                }
            };
            add(perMonth[month]);
            if (isBreach)
                ++breachesPerMonth[month];
            if (metric == u"availability"_s && !q->value(11).isNull()) {
                agreedPerMonth[month] += q->value(11).toLongLong();
                upPerMonth[month] += q->value(11).toLongLong() - q->value(12).toLongLong();
            }
            if (month == current) {
                if (isBreach) {
                    ++snap.tiles.breaches;
                }
                if (ticket)
                    snap.tiles.breachedTickets += breached;
                if (severity(status) > 0)
                    atRiskAgreements.insert(agreementId);
                if (q->value(13).toLongLong() != 0)
                    credits[q->value(14).toString()] += q->value(13).toLongLong();
            }
            if (!months.contains(month))
                continue;
            const QString regionKey = q->value(15).toString();
            regionNames.insert(regionKey,
                               regionKey.isEmpty() ? tr("No region") : q->value(16).toString());
            add(byRegion[regionKey]);
            serviceNames.insert(q->value(17).toString(), q->value(18).toString());
            add(byService[q->value(17).toString()]);
            const QString customerKey = q->value(19).toString();
            customerNames.insert(customerKey, q->value(3).toString());
            add(byCustomer[customerKey]);

            AgreementStanding &s = standings[agreementId];
            if (s.agreementId == 0) {
                s.agreementId = agreementId;
                s.number = q->value(1).toString();
                s.title = q->value(2).toString();
                s.customer = q->value(3).toString();
                s.kind = q->value(4).toString();
                s.monthStatus = QList<QString>(months.size());
                s.credit = Money(0, q->value(14).toString());
            }
            const qsizetype column = months.indexOf(month);
            if (severity(status) >= severity(s.monthStatus[column]))
                s.monthStatus[column] = status;
            if (month == current) {
                if (severity(status) >= severity(s.status) || s.status.isEmpty())
                    s.status = status;
                s.breaches += isBreach ? 1 : 0;
                s.atRisk += status == u"at_risk"_s ? 1 : 0;
                s.credit = Money(s.credit.minorUnits() + q->value(13).toLongLong(),
                                 s.credit.currency());
                add(standingTally[agreementId]);
            }
        }
    }

    const Tally now = perMonth.value(current);
    snap.tiles.period = current;
    snap.tiles.complianceMilli = now.compliance();
    snap.tiles.previousComplianceMilli = perMonth.value(previous).compliance();
    snap.tiles.agreementsAtRisk = atRiskAgreements.size();
    for (auto it = credits.cbegin(); it != credits.cend(); ++it)
        snap.tiles.creditsOwed.append(Money(it.value(), it.key()));
    std::sort(snap.tiles.creditsOwed.begin(), snap.tiles.creditsOwed.end(),
              [](const Money &l, const Money &r) { return l.minorUnits() > r.minorUnits(); });

    QHash<QString, qint64> csat;
    {
        Prepared p = agreementConditions(snap.filter, false);
        // Satisfaction belongs to a party, not an agreement: the kind filter does not apply.
        if (!snap.filter.agreementKind.isEmpty()) {
            p.conditions.remove(u" AND a.kind = ?"_s);
            p.values.removeLast();
        }
        QVariantList values;
        for (const QString &m : months)
            values.append(m);
        values += p.values;
        auto q = select(
            db, QString::fromLatin1(SatisfactionSql).arg(placeholders(months.size()), p.conditions),
            values);
        if (!q)
            return q.error();
        while (q->next()) {
            if (q->value(1).toLongLong() > 0)
                csat.insert(q->value(0).toString(),
                            q->value(2).toLongLong() / q->value(1).toLongLong());
        }
    }

    QHash<QString, qint64> volume, forecast;
    const QString horizon = addMonths(current, 3);
    {
        QString conditions;
        QVariantList values{snap.filter.fromMonth, horizon};
        // Volumes are kept per service and region as the tickets name them: code or name.
        if (!snap.filter.serviceCode.isEmpty()) {
            conditions += u" AND (v.service = ? OR v.service IN "
                          "(SELECT name FROM services WHERE code = ?))"_s;
            values << snap.filter.serviceCode << snap.filter.serviceCode;
        }
        if (!snap.filter.regionCode.isEmpty()) {
            conditions += u" AND (v.region = ? OR v.region IN "
                          "(SELECT name FROM regions WHERE code = ?))"_s;
            values << snap.filter.regionCode << snap.filter.regionCode;
        }
        auto q = select(db, QString::fromLatin1(VolumesSql).arg(conditions), values);
        if (!q)
            return q.error();
        while (q->next())
            (q->value(1).toInt() ? forecast
                                 : volume)[q->value(0).toString()] += q->value(2).toLongLong();
    }

    QSet<qint64> watermelonAgreements;
    {
        Prepared p = agreementConditions(snap.filter, false);
        QVariantList values;
        for (const QString &m : months)
            values.append(m);
        values += p.values;
        auto q = select(
            db, QString::fromLatin1(WatermelonsSql).arg(placeholders(months.size()), p.conditions),
            values);
        if (!q)
            return q.error();
        while (q->next()) {
            if (q->value(1).toString() != current)
                continue;
            ++snap.tiles.watermelons;
            watermelonAgreements.insert(q->value(0).toLongLong());
        }
    }

    {
        Prepared p = agreementConditions(snap.filter, false);
        auto q = select(db, QString::fromLatin1(ActiveAgreementsSql).arg(p.conditions), p.values);
        if (!q)
            return q.error();
        const QString todayText = today.toString(Qt::ISODate);
        const QString renewalLimit = today.addDays(90).toString(Qt::ISODate);
        while (q->next()) {
            Agreement a;
            a.startDate = QDate::fromString(q->value(0).toString(), Qt::ISODate);
            a.endDate = QDate::fromString(q->value(1).toString(), Qt::ISODate);
            a.reviewMonths = q->value(2).toInt();
            const QDate review = AgreementWorkflow::nextReview(a, today);
            if (review.isValid() && review <= today.addDays(30))
                ++snap.tiles.reviewsDue;
            const QString end = q->value(1).toString();
            if (!end.isEmpty() && end >= todayText && end <= renewalLimit)
                ++snap.tiles.renewalsDue;
        }
    }

    for (const QString &month : months) {
        TrendPoint point;
        point.period = month;
        const Tally t = perMonth.value(month);
        point.complianceMilli = t.compliance();
        point.goalMilli = t.goal();
        if (agreedPerMonth.value(month) > 0)
            point.availabilityMilli = upPerMonth.value(month) * 100000
                                      / agreedPerMonth.value(month);
        if (csat.contains(month))
            point.csatMilli = csat.value(month);
        point.breaches = breachesPerMonth.value(month);
        if (volume.contains(month))
            point.tickets = volume.value(month);
        if (forecast.contains(month))
            point.forecastTickets = forecast.value(month);
        snap.trend.append(point);
    }
    for (QString month = addMonths(current, 1); month <= horizon; month = addMonths(month, 1)) {
        if (!forecast.contains(month))
            continue;
        TrendPoint point;
        point.period = month;
        point.forecastTickets = forecast.value(month);
        snap.trend.append(point);
    }

    auto bars = [](const QMap<QString, Tally> &tallies, const QHash<QString, QString> &names) {
        QList<BreakdownBar> list;
        for (auto it = tallies.cbegin(); it != tallies.cend(); ++it)
            list.append({it.key(), names.value(it.key()), it->compliance(), it->breachedResults,
                         it->results});
        std::sort(list.begin(), list.end(), [](const BreakdownBar &l, const BreakdownBar &r) {
            return std::tie(r.breaches, l.label) < std::tie(l.breaches, r.label);
        });
        return list;
    };
    snap.byRegion = bars(byRegion, regionNames);
    snap.byService = bars(byService, serviceNames);
    snap.byCustomer = bars(byCustomer, customerNames);

    for (auto it = standings.begin(); it != standings.end(); ++it) {
        AgreementStanding s = it.value();
        const Tally t = standingTally.value(s.agreementId);
        s.complianceMilli = t.compliance();
        s.watermelon = watermelonAgreements.contains(s.agreementId);
        s.riskScore = s.breaches * 1000 + s.atRisk * 100 + (s.watermelon ? 50 : 0)
                      + (s.complianceMilli ? (100000 - *s.complianceMilli) / 1000 : 0);
        snap.agreements.append(s);
    }
    std::sort(snap.agreements.begin(), snap.agreements.end(),
              [](const AgreementStanding &l, const AgreementStanding &r) {
                  return std::tie(r.riskScore, l.number) < std::tie(l.riskScore, r.number);
              });
    return snap;
}

namespace {

QList<std::pair<QString, QString>> pairs(QSqlDatabase db, const QString &sql)
{
    QList<std::pair<QString, QString>> list;
    auto q = select(db, sql, {});
    while (q && q->next())
        list.append({q->value(0).toString(), q->value(1).toString()});
    return list;
}

} // namespace

QList<std::pair<QString, QString>> DashboardData::regions(QSqlDatabase db)
{
    return pairs(db, u"SELECT code, name FROM regions ORDER BY name"_s);
}

QList<std::pair<QString, QString>> DashboardData::customers(QSqlDatabase db)
{
    return pairs(db, u"SELECT id, name FROM parties WHERE id IN "
                     "(SELECT party_id FROM agreements) ORDER BY name"_s);
}

QList<std::pair<QString, QString>> DashboardData::services(QSqlDatabase db)
{
    return pairs(db, u"SELECT code, name FROM services ORDER BY name"_s);
}

} // namespace Accordo
