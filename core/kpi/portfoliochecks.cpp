#include "portfoliochecks.h"

#include "domain/credittiers.h"

#include "domain/enums.h"
#include "domain/reviewschedule.h"
#include "domain/targetvalue.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

struct TargetTerms
{
    QString service;
    Metric metric = Metric::Resolution;
    QString priority;
    qint64 regionId = 0;
    qint64 threshold = 0;
    qint64 goalMilli = 0;
    QList<CreditTier> firstTier; // the first credit tier, when there are tiers
};

struct Version
{
    qint64 id = 0;
    QString number;
    QString title;
    QString kind;
    QString status;
    QList<TargetTerms> targets;
};

// Agreements linked to `number`, and itself; every agreement when `number` is empty.
const auto LinkedNumbers = uR"((? = '' OR number = ?
    OR number IN (SELECT supported_number FROM agreement_supports WHERE supporting_number = ?)
    OR number IN (SELECT supporting_number FROM agreement_supports WHERE supported_number = ?)))"_s;

const QString SelectVersions = u"SELECT id, number, title, kind, status FROM agreements WHERE "_s
                               + LinkedNumbers + u" ORDER BY number, status = 'active', version"_s;

const QString SelectTargets = uR"(SELECT t.agreement_id, s.code, t.metric, t.priority,
                              coalesce(t.region_id, 0) AS region_id, t.threshold, t.goal_milli,
                              (SELECT c.below_milli FROM credit_tiers c WHERE c.target_id = t.id
                               ORDER BY c.position LIMIT 1) AS first_below,
                              (SELECT c.credit_hundredths FROM credit_tiers c
                               WHERE c.target_id = t.id ORDER BY c.position LIMIT 1)
                                  AS first_credit
                       FROM targets t JOIN services s ON s.id = t.service_id
                       WHERE t.agreement_id IN (SELECT id FROM agreements WHERE )"_s
                              + LinkedNumbers + u") ORDER BY t.agreement_id, t.position, t.id"_s;

const auto SelectLinks = u"SELECT supporting_number, supported_number FROM agreement_supports "
                         "WHERE ? = '' OR ? IN (supporting_number, supported_number) "
                         "ORDER BY supporting_number, supported_number"_s;

const auto SelectCoveredPairs = uR"(SELECT a.party_id, s.service_id FROM agreements a
                            JOIN agreement_services s ON s.agreement_id = a.id
                            WHERE a.kind = 'customer_sla' AND a.status = 'active'
                              AND a.start_date <= ?
                              AND (a.end_date IS NULL OR a.end_date >= ?)
                              AND (a.terminated_on IS NULL OR a.terminated_on > ?))"_s;

const auto SelectCustomers = u"SELECT id, name FROM parties WHERE kind = 'customer'"_s;

const auto SelectServices = u"SELECT id, code, name FROM services"_s;

const auto SelectRecentTickets = uR"(SELECT customer, service, count(*) AS tickets FROM tickets
                       WHERE opened_at >= ? AND opened_at < ? AND customer <> ''
                       GROUP BY customer, service)"_s;

const auto SelectDeliveries = u"SELECT party_id, service_id FROM service_deliveries"_s;

const auto SelectActiveAgreements = uR"(SELECT a.number, a.title, a.start_date, a.end_date,
                                   a.review_months, a.notice_days, s.signed_on,
                                   (SELECT max(r.held_on) FROM reviews r
                                    JOIN agreements v ON v.id = r.agreement_id
                                    WHERE v.number = a.number) AS last_review,
                                   p.crm_status
                            FROM agreements a LEFT JOIN signings s ON s.agreement_id = a.id
                            JOIN parties p ON p.id = a.party_id
                            WHERE a.status = 'active')"_s;
const auto AllActive = uR"( ORDER BY a.number)"_s;
const auto ActiveOfNumber = uR"( AND a.number = ?)"_s;

const auto SelectOverdueActions = uR"(SELECT x.id, x.title, x.period, x.due_date,
                                   coalesce(x.target_id, 0) AS target_id, a.number,
                                   a.title AS agreement_title, u.name AS owner
                            FROM actions x JOIN agreements a ON a.id = x.agreement_id
                            JOIN users u ON u.id = x.owner_id
                            WHERE x.state IN ('open', 'in_progress') AND x.due_date < ?)"_s;
const auto OverdueOrder = u" ORDER BY x.due_date, x.id"_s;

const auto SelectBreachesWithoutAction = uR"(SELECT a.number, a.title, k.target_id, k.period,
                                   s.code, t.metric, t.priority,
                                   (SELECT u.name FROM agreement_owners o
                                    JOIN users u ON u.id = o.user_id
                                    WHERE o.number = a.number) AS owner
                            FROM kpi_periods k JOIN agreements a ON a.id = k.agreement_id
                            JOIN targets t ON t.id = k.target_id
                            JOIN services s ON s.id = t.service_id
                            WHERE a.status = 'active' AND k.status = 'breached'
                              AND k.period_end > ? AND k.period_start < ?
                              AND NOT EXISTS (SELECT 1 FROM actions x
                                  JOIN agreements v ON v.id = x.agreement_id
                                  WHERE v.number = a.number AND x.target_id = k.target_id
                                    AND x.period = k.period))"_s;
const auto BreachOrder = u" ORDER BY a.number, k.period_start, t.position"_s;
// Only some agreements' findings, by number.
const auto OfNumbers = u" AND a.number IN (%1)"_s;

// Whether a version still binds anyone: in force, or being negotiated. An expired or
// terminated agreement promises nothing any more.
bool isLive(const QString &status)
{
    return status != u"expired"_s && status != u"terminated"_s;
}

// The version that counts for a number: the active one, else the latest; numbers whose
// version that counts has expired or been terminated are left out.
Result<QHash<QString, Version>> versions(QSqlDatabase db, const QString &number)
{
    // A null QString would bind as NULL, and NULL = '' is not true.
    const QString key = number.isEmpty() ? u""_s : number;
    const QVariantList linked{key, key, key, key};
    auto agreements = Sql::list(db, SelectVersions, linked, [](const Sql::Rows &r) {
        return Version{r.integer("id"), r.text("number"), r.text("title"),
                       r.text("kind"),  r.text("status"), {}};
    });
    if (!agreements)
        return agreements.error();
    QHash<QString, Version> result;
    for (const Version &v : *agreements)
        result.insert(v.number, v);
    result.removeIf([](const auto &entry) { return !isLive(entry.value().status); });
    QHash<qint64, Version *> byId;
    for (Version &v : result)
        byId.insert(v.id, &v);
    auto q = Sql::select(db, SelectTargets, linked);
    if (!q)
        return q.error();
    while (q->next()) {
        Version *v = byId.value(q->integer("agreement_id"));
        if (!v)
            continue;
        QList<CreditTier> firstTier;
        if (!q->isNull("first_below"))
            firstTier.append({q->integer("first_below"), q->integer("first_credit")});
        v->targets.append({q->text("code"),
                           Enums::fromKey<Metric>(q->text("metric")).value_or(Metric::Custom),
                           q->text("priority"), q->integer("region_id"), q->integer("threshold"),
                           q->integer("goal_milli"), firstTier});
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
    auto q = Sql::select(db, SelectLinks, {number.isEmpty() ? u""_s : number, number});
    if (!q)
        return q.error();
    QList<ConsistencyViolation> violations;
    while (q->next()) {
        const auto ola = all->constFind(q->text("supporting_number"));
        const auto sla = all->constFind(q->text("supported_number"));
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

Result<QList<ConsistencyViolation>> PortfolioChecks::creditTiers(QSqlDatabase db)
{
    auto all = versions(db, {});
    if (!all)
        return all.error();
    QStringList numbers = all->keys();
    numbers.sort();
    QList<ConsistencyViolation> found;
    for (const QString &number : std::as_const(numbers)) {
        const Version &v = all->value(number);
        for (const TargetTerms &t : v.targets) {
            if (!CreditTiers::owesWhileMet(t.metric, t.threshold, t.goalMilli, t.firstTier))
                continue;
            const qint64 met = *CreditTiers::metFrom(t.metric, t.threshold, t.goalMilli);
            found.append({v.number,
                          v.title,
                          {},
                          {},
                          t.service,
                          Enums::key(t.metric),
                          t.priority,
                          u"credit_tier"_s,
                          TargetValue::formatMilli(t.firstTier.first().belowMilli),
                          TargetValue::formatMilli(met)});
        }
    }
    return found;
}

namespace {

// What the coverage check looks up: the pairs customer SLAs in force cover, the customers and
// the services by name and code.
struct CoverageContext
{
    QSet<QPair<qint64, qint64>> covered; // (customer party, service) pairs covered today
    QHash<QString, qint64> customers;
    QHash<qint64, QString> customerNames;
    QHash<QString, qint64> services; // by name and by code
    QHash<qint64, QString> serviceCodes;

    void addGap(QMap<QPair<QString, QString>, CoverageGap> &gaps, const QString &customer,
                const QString &code, qint64 tickets, bool delivered) const
    {
        CoverageGap &gap = gaps[{customer, code}];
        gap.customer = customer;
        gap.service = code;
        gap.tickets += tickets;
        gap.delivered |= delivered;
    }
};

Result<CoverageContext> coverageContext(QSqlDatabase db, const QDate &asOf)
{
    CoverageContext c;
    const QString day = asOf.toString(Qt::ISODate);
    auto covered = Sql::list(db, SelectCoveredPairs, {day, day, day}, [](const Sql::Rows &r) {
        return QPair<qint64, qint64>(r.integer("party_id"), r.integer("service_id"));
    });
    if (!covered)
        return covered.error();
    c.covered = QSet<QPair<qint64, qint64>>(covered->cbegin(), covered->cend());
    auto q = Sql::select(db, SelectCustomers);
    if (!q)
        return q.error();
    while (q->next()) {
        c.customers.insert(q->text("name"), q->integer("id"));
        c.customerNames.insert(q->integer("id"), q->text("name"));
    }
    q = Sql::select(db, SelectServices);
    if (!q)
        return q.error();
    while (q->next()) {
        c.services.insert(q->text("name"), q->integer("id"));
        c.services.insert(q->text("code"), q->integer("id"));
        c.serviceCodes.insert(q->integer("id"), q->text("code"));
    }
    return c;
}

} // namespace

Result<QList<CoverageGap>> PortfolioChecks::coverage(QSqlDatabase db, const QDate &asOf,
                                                     int ticketDays)
{
    auto context = coverageContext(db, asOf);
    if (!context)
        return context.error();
    const CoverageContext &c = *context;
    QMap<QPair<QString, QString>, CoverageGap> gaps;
    const qint64 to = (asOf.toJulianDay() - 2440588 + 1) * 86400;
    auto q = Sql::select(db, SelectRecentTickets, {to - qint64(ticketDays) * 86400, to});
    if (!q)
        return q.error();
    while (q->next()) {
        const QString customer = q->text("customer");
        const QString service = q->text("service");
        const qint64 partyId = c.customers.value(customer);
        const qint64 serviceId = c.services.value(service);
        // Tickets of customers or services the workspace does not know are gaps as well.
        if (partyId != 0 && serviceId != 0 && c.covered.contains({partyId, serviceId}))
            continue;
        c.addGap(gaps, customer, c.serviceCodes.value(serviceId, service), q->integer("tickets"),
                 false);
    }
    q = Sql::select(db, SelectDeliveries);
    if (!q)
        return q.error();
    while (q->next()) {
        const QPair<qint64, qint64> pair{q->integer("party_id"), q->integer("service_id")};
        if (c.covered.contains(pair) || !c.customerNames.contains(pair.first))
            continue;
        c.addGap(gaps, c.customerNames.value(pair.first), c.serviceCodes.value(pair.second), 0,
                 true);
    }
    return gaps.values();
}

Result<QList<DueAgreement>> PortfolioChecks::reviews(QSqlDatabase db, const QDate &asOf,
                                                     const QString &number)
{
    auto q = number.isEmpty() ? Sql::select(db, SelectActiveAgreements + AllActive)
                              : Sql::select(db, SelectActiveAgreements + ActiveOfNumber, {number});
    if (!q)
        return q.error();
    QList<DueAgreement> due;
    while (q->next()) {
        const QDate start = QDate::fromString(q->text("start_date"), Qt::ISODate);
        const QDate end = QDate::fromString(q->text("end_date"), Qt::ISODate);
        const int months = q->number("review_months");
        const int notice = q->number("notice_days");
        QDate since = QDate::fromString(q->text("signed_on"), Qt::ISODate);
        if (!since.isValid() || since < start)
            since = start;
        // A review held (of any version of the number) answers the scheduled reviews up to it.
        if (const QDate held = QDate::fromString(q->text("last_review"), Qt::ISODate);
            held.isValid() && held > since)
            since = held;
        // The first scheduled review after this version was signed, or after the last review
        // held, has neither led to a new version nor been held.
        const QDate review = ReviewSchedule::firstOnOrAfter(start, months, since.addDays(1), end);
        const QString found = q->text("number");
        const QString title = q->text("title");
        if (review.isValid() && review <= asOf)
            due.append({found, title, u"review"_s, review, {}});
        if (end.isValid() && asOf >= end.addDays(-notice))
            due.append({found, title, u"renewal"_s, end, end.addDays(-notice)});
        // The customer is gone in the CRM: someone decides now whether to terminate.
        if (const QString crm = q->text("crm_status"); crm == u"lost"_s || crm == u"terminated"_s)
            due.append({found, title, u"customer_ended"_s, asOf, {}});
    }
    return due;
}

Result<QList<ActionFinding>> PortfolioChecks::actions(QSqlDatabase db, const QDate &asOf,
                                                      int breachDays, const QStringList &numbers)
{
    QString ofNumbers;
    if (!numbers.isEmpty())
        ofNumbers = OfNumbers.arg(Sql::placeholders(numbers.size()));
    const QVariantList numberValues(numbers.cbegin(), numbers.cend());
    QList<ActionFinding> findings;
    auto overdue = Sql::select(db, SelectOverdueActions + ofNumbers + OverdueOrder,
                               QVariantList{asOf.toString(Qt::ISODate)} + numberValues);
    if (!overdue)
        return overdue.error();
    while (overdue->next())
        findings.append(
            {u"overdue_action"_s, overdue->text("number"), overdue->text("agreement_title"),
             overdue->text("title"), overdue->integer("id"), overdue->integer("target_id"),
             overdue->text("period"), overdue->text("owner"), overdue->date("due_date")});
    // Midnight UTC after the check date: periods still running count too.
    const qint64 end = (asOf.toJulianDay() - 2440588 + 1) * 86400;
    auto breaches = Sql::select(db, SelectBreachesWithoutAction + ofNumbers + BreachOrder,
                                QVariantList{end - qint64(breachDays) * 86400, end} + numberValues);
    if (!breaches)
        return breaches.error();
    const qsizetype firstBreach = findings.size();
    while (breaches->next()) {
        const QString target = QStringList{breaches->text("code"), breaches->text("metric"),
                                           breaches->text("priority")}
                                   .join(u' ')
                                   .trimmed();
        findings.append({u"breach_without_action"_s,
                         breaches->text("number"),
                         breaches->text("title"),
                         target,
                         0,
                         breaches->integer("target_id"),
                         breaches->text("period"),
                         breaches->text("owner"),
                         {}});
    }
    // By number as QString compares them, whatever the database's collation, so that the
    // findings of some agreements merge into those of all (DashboardCache) in the same order.
    std::stable_sort(
        findings.begin() + firstBreach, findings.end(),
        [](const ActionFinding &l, const ActionFinding &r) { return l.number < r.number; });
    return findings;
}

} // namespace Accordo
