#include "dashboarddata.h"

#include "data/workspacemeta.h"
#include "kpi/kpicalculator.h"
#include "kpi/kpirecompute.h"
#include "lifecycle/agreementworkflow.h"
#include "storage/sqlquery.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

Q_LOGGING_CATEGORY(lcDashboard, "accordo.dashboard", QtWarningMsg)

// A quarterly period counts in the last month of its quarter, so that months and quarters
// share one axis. Written with substr and || only, which SQLite and PostgreSQL both know.
constexpr auto MonthOfPeriod = R"(CASE substr(k.period, 6, 2)
        WHEN 'Q1' THEN substr(k.period, 1, 5) || '03' WHEN 'Q2' THEN substr(k.period, 1, 5) || '06'
        WHEN 'Q3' THEN substr(k.period, 1, 5) || '09' WHEN 'Q4' THEN substr(k.period, 1, 5) || '12'
        ELSE k.period END)";

// A month that has begun but has no tickets yet says nothing: the last one that has. A quarter
// names its last month, which may lie ahead: months decide when there are any.
constexpr auto LatestMonthSql = R"(SELECT MAX(k.period) AS month FROM kpi_periods k
    WHERE k.tickets > 0 AND k.period NOT LIKE '%Q%')";
constexpr auto LatestPeriodSql = "SELECT MAX(%1) AS month FROM kpi_periods k WHERE k.tickets > 0";

// One pass over each table: a MAX per column would read the table once per column.
constexpr auto LastMeasurementSql = R"(SELECT MAX(opened_at) AS opened,
        MAX(first_response_at) AS responded, MAX(resolved_at) AS resolved,
        MAX(closed_at) AS closed FROM tickets)";
constexpr auto LastOutageSql = "SELECT MAX(start_at) AS started, MAX(end_at) AS ended FROM outages";
constexpr auto LastAnswerSql = "SELECT MAX(answered_at) AS answered FROM surveys";

// The stored results of some periods: the columns the dashboard counts. Agreements, targets
// and their names are looked up in what was read before (ReadContext).
constexpr auto KpiRowsSql = R"(SELECT k.agreement_id, k.target_id, k.period, k.metric, k.status,
        k.achieved_milli, k.met, k.breached, k.goal_milli, k.agreed_seconds,
        k.downtime_seconds, k.credit_minor, k.currency
    FROM kpi_periods k WHERE k.period IN (%1) %2)";

// A target's service and region (the target's, else its party's), for one the terms lack.
constexpr auto TargetNamesSql = R"(SELECT s.code AS service_code, s.name AS service_name,
        COALESCE(r.code, '') AS region_code, COALESCE(r.name, '') AS region_name
    FROM targets t JOIN agreements a ON a.id = t.agreement_id
    JOIN parties p ON p.id = a.party_id JOIN services s ON s.id = t.service_id
    LEFT JOIN regions r ON r.id = COALESCE(t.region_id, p.region_id) WHERE t.id = ?)";

// The agreements a filter keeps, with their customer.
constexpr auto OwnersSql = R"(SELECT a.id, a.number, a.title, a.kind, p.name AS customer,
        p.id AS party_id
    FROM agreements a JOIN parties p ON p.id = a.party_id WHERE 1 = 1 %1)";

constexpr auto SatisfactionSql = R"(SELECT k.period, SUM(k.answers) AS answers,
        SUM(k.csat_milli * k.answers) AS weighted
    FROM kpi_satisfaction k JOIN parties p ON p.id = k.party_id
    LEFT JOIN regions r ON r.id = p.region_id
    WHERE k.period IN (%1) %2 GROUP BY k.period)";

constexpr auto VolumesSql = R"(SELECT v.period, v.forecast, SUM(v.tickets) AS tickets
    FROM kpi_volumes v
    WHERE v.period >= ? AND v.period <= ? %1 GROUP BY v.period, v.forecast)";
// Volumes are kept per service and region as the tickets name them: code or name.
constexpr auto VolumeServiceCondition =
    " AND (v.service = ? OR v.service IN (SELECT name FROM services WHERE code = ?))";
constexpr auto VolumeRegionCondition =
    " AND (v.region = ? OR v.region IN (SELECT name FROM regions WHERE code = ?))";

constexpr auto WatermelonsSql = R"(SELECT k.agreement_id, k.period FROM kpi_watermelons k
    JOIN agreements a ON a.id = k.agreement_id JOIN parties p ON p.id = a.party_id
    LEFT JOIN regions r ON r.id = p.region_id
    WHERE k.period IN (%1) %2)";

constexpr auto ActiveAgreementsSql = R"(SELECT a.start_date, a.end_date, a.review_months
    FROM agreements a JOIN parties p ON p.id = a.party_id
    LEFT JOIN regions r ON r.id = p.region_id
    WHERE a.status = 'active' %1)";

// The filter's conditions, appended to a WHERE clause.
constexpr auto RegionCondition = " AND r.code = ?";
constexpr auto PartyCondition = " AND p.id = ?";
constexpr auto KindCondition = " AND a.kind = ?";
// The service, customer and kind on the terms the KPI engine loads, through its targets (t)
// and agreements (a).
constexpr auto TermsServiceCondition =
    " AND t.service_id IN (SELECT id FROM services WHERE code = ?)";
constexpr auto TermsPartyCondition = " AND a.party_id = ?";
// The same on stored results (`k`).
constexpr auto ResultServiceCondition =
    " AND k.target_id IN (SELECT id FROM targets "
    "WHERE service_id IN (SELECT id FROM services WHERE code = ?))";
constexpr auto ResultPartyCondition =
    " AND k.agreement_id IN (SELECT id FROM agreements WHERE party_id = ?)";
constexpr auto ResultKindCondition =
    " AND k.agreement_id IN (SELECT id FROM agreements WHERE kind = ?)";

// The filter boxes' choices: (key, label).
constexpr auto RegionChoicesSql = "SELECT code AS choice, name AS label FROM regions ORDER BY name";
constexpr auto CustomerChoicesSql = R"(SELECT id AS choice, name AS label FROM parties
    WHERE id IN (SELECT party_id FROM agreements) ORDER BY name)";
constexpr auto ServiceChoicesSql =
    "SELECT code AS choice, name AS label FROM services ORDER BY name";

constexpr int ReviewWindowDays = 30;
constexpr int RenewalWindowDays = 90;
constexpr int ForecastMonths = 3;

bool isTicketMetric(const QString &metric)
{
    return metric == u"first_response"_s || metric == u"resolution"_s;
}

// Worse is larger; a result with nothing to judge gives way to any judged one.
int severity(const QString &status)
{
    if (status == u"breached"_s)
        return 2;
    if (status == u"at_risk"_s)
        return 1;
    if (status == u"met"_s)
        return 0;
    return status.isEmpty() ? -2 : -1;
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

// The filter's conditions on agreements, parties and regions.
Prepared agreementConditions(const DashboardFilter &filter)
{
    Prepared p;
    if (!filter.regionCode.isEmpty()) {
        p.conditions += QLatin1StringView(RegionCondition);
        p.values.append(filter.regionCode);
    }
    if (filter.partyId > 0) {
        p.conditions += QLatin1StringView(PartyCondition);
        p.values.append(filter.partyId);
    }
    if (!filter.agreementKind.isEmpty()) {
        p.conditions += QLatin1StringView(KindCondition);
        p.values.append(filter.agreementKind);
    }
    return p;
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

// The values of a statement that lists periods first, then the filter's conditions.
QVariantList periodValues(const QStringList &periods, const Prepared &p)
{
    QVariantList values;
    for (const QString &period : periods)
        values.append(period);
    return values + p.values;
}

// One KPI result as the dashboard counts it.
struct Measure
{
    QString status;
    qint64 met = 0;
    qint64 breached = 0;
    qint64 goal = 0;
    bool ticket = false;
    bool isBreach = false;

    Measure(QString verdict, qint64 met, qint64 breached, qint64 goal, bool ticket)
        : status(std::move(verdict)),
          met(met),
          breached(breached),
          goal(goal),
          ticket(ticket),
          isBreach(status == u"breached"_s)
    {}

    void addTo(Tally &t) const
    {
        ++t.results;
        t.breachedResults += isBreach ? 1 : 0;
        if (ticket) {
            t.met += met;
            t.breached += breached;
            t.goalWeighted += goal * (met + breached);
        }
    }
};

// What a result belongs to: its agreement, customer, region and service.
struct ResultOwner
{
    qint64 agreementId = 0;
    QString number, title, customer, kind, partyKey;
    QString regionCode, regionName, serviceCode, serviceName;
};

// One result of a month: a stored row, or a period in which nothing was measured.
struct MonthResult
{
    const ResultOwner &owner;
    QString month;
    Measure m;
    bool availability = false;
    std::optional<qint64> agreedSeconds;
    qint64 downtimeSeconds = 0;
    qint64 creditMinor = 0;
    QString currency;
};

// The month a period counts in: its own, or a quarter's last.
QString monthOfPeriod(const QString &period)
{
    if (period.size() == 7 && period.at(5) == u'Q')
        return period.left(5) + u"%1"_s.arg(period.mid(6).toInt() * 3, 2, 10, QChar(u'0'));
    return period;
}

// What the KPI rows of a range add up to, per month, per breakdown and per agreement.
struct KpiTotals
{
    QString current;
    QStringList months;
    QHash<QString, Tally> perMonth;
    QHash<QString, qint64> breachesPerMonth, agreedPerMonth, upPerMonth;
    QMap<QString, Tally> byRegion, byService, byCustomer;
    QHash<QString, QString> regionNames, serviceNames, customerNames;
    QMap<QString, qint64> credits;
    QHash<qint64, AgreementStanding> standings;
    QHash<qint64, Tally> standingTally;
    QSet<qint64> atRiskAgreements;
    qint64 breaches = 0;
    qint64 breachedTickets = 0;

    void add(const MonthResult &r)
    {
        const Measure &m = r.m;
        m.addTo(perMonth[r.month]);
        if (m.isBreach)
            ++breachesPerMonth[r.month];
        if (r.availability && r.agreedSeconds) {
            agreedPerMonth[r.month] += *r.agreedSeconds;
            upPerMonth[r.month] += *r.agreedSeconds - r.downtimeSeconds;
        }
        if (r.month == current) {
            if (m.isBreach)
                ++breaches;
            if (m.ticket)
                breachedTickets += m.breached;
            if (severity(m.status) > 0)
                atRiskAgreements.insert(r.owner.agreementId);
            if (r.creditMinor != 0)
                credits[r.currency] += r.creditMinor;
        }
        if (!months.contains(r.month))
            return;
        addToBreakdowns(r);
        addToStanding(r);
    }

private:
    void addToBreakdowns(const MonthResult &r)
    {
        const ResultOwner &o = r.owner;
        regionNames.insert(o.regionCode,
                           o.regionCode.isEmpty() ? DashboardData::tr("No region") : o.regionName);
        r.m.addTo(byRegion[o.regionCode]);
        serviceNames.insert(o.serviceCode, o.serviceName);
        r.m.addTo(byService[o.serviceCode]);
        customerNames.insert(o.partyKey, o.customer);
        r.m.addTo(byCustomer[o.partyKey]);
    }

    void addToStanding(const MonthResult &r)
    {
        const Measure &m = r.m;
        const qint64 agreementId = r.owner.agreementId;
        AgreementStanding &s = standings[agreementId];
        if (s.agreementId == 0) {
            s.agreementId = agreementId;
            s.number = r.owner.number;
            s.title = r.owner.title;
            s.customer = r.owner.customer;
            s.kind = r.owner.kind;
            s.monthStatus = QList<QString>(months.size());
            s.credit = Money(0, r.currency);
        }
        const qsizetype column = months.indexOf(r.month);
        if (severity(m.status) >= severity(s.monthStatus[column]))
            s.monthStatus[column] = m.status;
        if (r.month != current)
            return;
        if (severity(m.status) >= severity(s.status))
            s.status = m.status;
        s.breaches += m.isBreach ? 1 : 0;
        s.atRisk += m.status == u"at_risk"_s ? 1 : 0;
        s.credit = Money(s.credit.minorUnits() + r.creditMinor, s.credit.currency());
        m.addTo(standingTally[agreementId]);
    }
};

// The range the filter asks for, resolved: to the latest month with KPIs (else this month),
// from twelve months before.
Result<void> resolveRange(QSqlDatabase db, const QDate &today, DashboardSnapshot &snap)
{
    DashboardFilter &f = snap.filter;
    if (!DashboardData::isMonth(f.toMonth)) {
        auto latest = DashboardData::latestMonth(db);
        if (!latest)
            return latest.error();
        f.toMonth = *latest;
    }
    if (!DashboardData::isMonth(f.toMonth))
        f.toMonth = today.toString(u"yyyy-MM"_s);
    if (!DashboardData::isMonth(f.fromMonth) || f.fromMonth > f.toMonth)
        f.fromMonth = DashboardData::addMonths(f.toMonth, -11);
    snap.months = DashboardData::monthRange(f.fromMonth, f.toMonth);
    return {};
}

// The agreements a filter keeps, and the terms of their targets as of the stored as-of: what
// the results of the range are read with.
struct ReadContext
{
    QHash<qint64, ResultOwner> owners;     // by agreement; region and service left empty
    std::shared_ptr<Kpi::Recompute> terms; // null when nothing was ever computed
    QHash<qint64, const Kpi::Work *> work; // by target
    QHash<qint64, std::pair<QStringList, QStringList>> looked; // targets not in the terms
    std::pair<QStringList, QStringList> current;               // targetNames() of the terms
};

// The agreements the filter keeps, by id, with what a standing shows of them.
Result<QHash<qint64, ResultOwner>> readOwners(QSqlDatabase db, const DashboardFilter &filter)
{
    DashboardFilter byAgreement = filter;
    byAgreement.regionCode.clear(); // a target's region decides, not the party's alone
    const Prepared p = agreementConditions(byAgreement);
    auto rows = Sql::stream(db, QString::fromLatin1(OwnersSql).arg(p.conditions), p.values);
    if (!rows)
        return rows.error();
    QHash<qint64, ResultOwner> owners;
    while (rows->next()) {
        ResultOwner &o = owners[rows->integer("id")];
        o.agreementId = rows->integer("id");
        o.number = rows->text("number");
        o.title = rows->text("title");
        o.customer = rows->text("customer");
        o.kind = rows->text("kind");
        o.partyKey = rows->text("party_id");
    }
    if (rows->query().lastError().isValid())
        return Error{rows->query().lastError().text()};
    return owners;
}

// The filter's conditions on the terms the KPI engine loads, or on kpi_periods (`k`).
Prepared termConditions(const DashboardFilter &f, bool onResults)
{
    Prepared p;
    if (!f.serviceCode.isEmpty()) {
        p.conditions += QLatin1StringView(onResults ? ResultServiceCondition
                                                    : TermsServiceCondition);
        p.values.append(f.serviceCode);
    }
    if (f.partyId > 0) {
        p.conditions += QLatin1StringView(onResults ? ResultPartyCondition : TermsPartyCondition);
        p.values.append(f.partyId);
    }
    if (!f.agreementKind.isEmpty()) {
        p.conditions += QLatin1StringView(onResults ? ResultKindCondition : KindCondition);
        p.values.append(f.agreementKind);
    }
    return p;
}

Result<ReadContext> readContext(QSqlDatabase db, DashboardSnapshot &snap)
{
    ReadContext c;
    auto owners = readOwners(db, snap.filter);
    if (!owners)
        return owners.error();
    c.owners = std::move(*owners);
    bool computed = false;
    KpiOptions options;
    options.asOf = WorkspaceMeta::value(db, u"kpi_as_of"_s).toLongLong(&computed);
    if (!computed)
        return c; // never computed: nothing stored, nothing derived
    const Prepared p = termConditions(snap.filter, false);
    c.terms = std::make_shared<Kpi::Recompute>(db, options);
    if (auto r = c.terms->loadTermsWhere(p.conditions, p.values); !r)
        return r.error();
    for (const Kpi::Work &w : c.terms->work())
        c.work.insert(w.targetId, &w);
    if (p.conditions.isEmpty())
        snap.allTerms = c.terms;
    return c;
}

// A target's service and region (code and name), from its terms or, for a target the terms do
// not hold, from the database.
Result<const std::pair<QStringList, QStringList> *> targetNames(QSqlDatabase db, ReadContext &c,
                                                                qint64 targetId)
{
    if (const Kpi::Work *w = c.work.value(targetId)) {
        c.current = {w->serviceNames, w->regionNames};
        return &c.current;
    }
    if (const auto it = c.looked.constFind(targetId); it != c.looked.cend())
        return &*it;
    auto rows = Sql::select(db, QString::fromLatin1(TargetNamesSql), {targetId});
    if (!rows)
        return rows.error();
    std::pair<QStringList, QStringList> names;
    if (rows->next()) {
        names.first = {rows->text("service_code"), rows->text("service_name")};
        if (!rows->text("region_code").isEmpty())
            names.second = {rows->text("region_code"), rows->text("region_name")};
    }
    return &*c.looked.insert(targetId, names);
}

// The stored KPI rows of the range (and of the month before it), into `totals`; notes the
// periods of ticket and satisfaction targets that hold a row.
Result<void> readStored(QSqlDatabase db, const DashboardSnapshot &snap, const QStringList &labels,
                        ReadContext &c, KpiTotals &totals, QSet<std::pair<qint64, QString>> &stored)
{
    const Prepared p = termConditions(snap.filter, true);
    const QString sql =
        QString::fromLatin1(KpiRowsSql).arg(placeholders(labels.size()), p.conditions);
    // Streamed: a cached query would copy every row of the range first.
    auto rows = Sql::stream(db, sql, periodValues(labels, p));
    if (!rows)
        return rows.error();
    const QString &region = snap.filter.regionCode;
    while (rows->next()) {
        const auto owner = c.owners.find(rows->integer("agreement_id"));
        if (owner == c.owners.end())
            continue;
        const qint64 targetId = rows->integer("target_id");
        auto names = targetNames(db, c, targetId);
        if (!names)
            return names.error();
        const auto &[service, targetRegion] = **names;
        if (!region.isEmpty() && targetRegion.value(0) != region)
            continue;
        owner->serviceCode = service.value(0);
        owner->serviceName = service.value(1);
        owner->regionCode = targetRegion.value(0);
        owner->regionName = targetRegion.value(1);
        const QString period = rows->text("period");
        const QString metric = rows->text("metric");
        const bool ticket = isTicketMetric(metric);
        if (ticket || metric == u"satisfaction"_s)
            stored.insert({targetId, period});
        totals.add({*owner, monthOfPeriod(period),
                    Measure(KpiCalculator::verdictKey(rows->text("status"),
                                                      rows->optionalInteger("achieved_milli")),
                            rows->integer("met"), rows->integer("breached"),
                            rows->integer("goal_milli"), ticket),
                    metric == u"availability"_s, rows->optionalInteger("agreed_seconds"),
                    rows->integer("downtime_seconds"), rows->integer("credit_minor"),
                    rows->text("currency")});
    }
    if (rows->query().lastError().isValid())
        return Error{rows->query().lastError().text()};
    return {};
}

// The periods of the range in which a ticket or satisfaction target in force measured
// nothing: not stored, derived here from the terms as of the stored as-of, as the KPI
// readers of one agreement derive them.
Result<void> readNothingMeasured(const DashboardSnapshot &snap, const QStringList &labels,
                                 ReadContext &c, KpiTotals &totals,
                                 const QSet<std::pair<qint64, QString>> &stored)
{
    if (!c.terms)
        return {};
    const QString &region = snap.filter.regionCode;
    const QSet<QString> wanted(labels.cbegin(), labels.cend());
    for (const Kpi::Work &w : c.terms->work()) {
        const auto owner = c.owners.find(w.agreementId);
        if (owner == c.owners.end() || (!region.isEmpty() && w.regionNames.value(0) != region))
            continue;
        owner->regionCode = w.regionNames.value(0);
        owner->regionName = w.regionNames.value(1);
        owner->serviceCode = w.serviceNames.value(0);
        owner->serviceName = w.serviceNames.value(1);
        const bool ticket = w.metric == Metric::FirstResponse || w.metric == Metric::Resolution;
        const auto accept = [&](const QString &period) {
            return wanted.contains(period) && !stored.contains({w.targetId, period});
        };
        auto done = c.terms->noDataResults(w, accept, [&](const Kpi::NoDataResult &n) {
            totals.add({*owner, monthOfPeriod(n.period),
                        Measure(n.status, 0, 0, w.goalMilli, ticket), false, std::nullopt, 0,
                        n.credit.minorUnits(), n.credit.currency()});
        });
        if (!done)
            return done.error();
    }
    return {};
}

// The KPI results of the range and of the month before it (for the compliance tile's change):
// the rows stored, and the periods in which nothing was measured.
Result<KpiTotals> readKpis(QSqlDatabase db, DashboardSnapshot &snap, const QString &previous)
{
    KpiTotals totals;
    totals.current = snap.filter.toMonth;
    totals.months = snap.months;
    QStringList readMonths = snap.months;
    if (!readMonths.contains(previous))
        readMonths.prepend(previous);
    const QStringList labels = periodLabels(readMonths);
    QElapsedTimer clock;
    clock.start();
    auto context = readContext(db, snap);
    if (!context)
        return context.error();
    qCDebug(lcDashboard, "agreements and terms: %lld ms", clock.restart());
    QSet<std::pair<qint64, QString>> stored;
    if (auto r = readStored(db, snap, labels, *context, totals, stored); !r)
        return r.error();
    qCDebug(lcDashboard, "stored rows: %lld ms", clock.restart());
    if (auto r = readNothingMeasured(snap, labels, *context, totals, stored); !r)
        return r.error();
    qCDebug(lcDashboard, "nothing measured: %lld ms", clock.restart());
    return totals;
}

void fillTiles(const KpiTotals &totals, const QString &previous, DashboardTiles &tiles)
{
    tiles.period = totals.current;
    tiles.complianceMilli = totals.perMonth.value(totals.current).compliance();
    tiles.goalMilli = totals.perMonth.value(totals.current).goal();
    tiles.previousComplianceMilli = totals.perMonth.value(previous).compliance();
    tiles.breaches = totals.breaches;
    tiles.breachedTickets = totals.breachedTickets;
    tiles.agreementsAtRisk = totals.atRiskAgreements.size();
    // Amounts in different currencies do not compare: each currency has its total, in the
    // order of the codes (the map's).
    for (auto it = totals.credits.cbegin(); it != totals.credits.cend(); ++it)
        tiles.creditsOwed.append(Money(it.value(), it.key()));
}

// The customers' satisfaction per month of the range.
Result<QHash<QString, qint64>> readSatisfaction(QSqlDatabase db, const DashboardSnapshot &snap)
{
    Prepared p = agreementConditions(snap.filter);
    // Satisfaction belongs to a party, not an agreement: the kind filter does not apply.
    if (!snap.filter.agreementKind.isEmpty()) {
        p.conditions.remove(QLatin1StringView(KindCondition));
        p.values.removeLast();
    }
    const QString sql =
        QString::fromLatin1(SatisfactionSql).arg(placeholders(snap.months.size()), p.conditions);
    auto rows = Sql::select(db, sql, periodValues(snap.months, p));
    if (!rows)
        return rows.error();
    QHash<QString, qint64> csat;
    while (rows->next()) {
        if (rows->integer("answers") > 0)
            csat.insert(rows->text("period"), rows->integer("weighted") / rows->integer("answers"));
    }
    return csat;
}

struct Volumes
{
    QHash<QString, qint64> measured, forecast;
};

// Ticket volumes, measured and forecast, from the range's first month to `horizon`.
Result<Volumes> readVolumes(QSqlDatabase db, const DashboardFilter &filter, const QString &horizon)
{
    QString conditions;
    QVariantList values{filter.fromMonth, horizon};
    if (!filter.serviceCode.isEmpty()) {
        conditions += QLatin1StringView(VolumeServiceCondition);
        values << filter.serviceCode << filter.serviceCode;
    }
    if (!filter.regionCode.isEmpty()) {
        conditions += QLatin1StringView(VolumeRegionCondition);
        values << filter.regionCode << filter.regionCode;
    }
    auto rows = Sql::select(db, QString::fromLatin1(VolumesSql).arg(conditions), values);
    if (!rows)
        return rows.error();
    Volumes v;
    while (rows->next())
        (rows->flag("forecast") ? v.forecast
                                : v.measured)[rows->text("period")] += rows->integer("tickets");
    return v;
}

// The agreements flagged as watermelons (green results, unhappy customer) this month; counts
// them on the tile.
Result<QSet<qint64>> readWatermelons(QSqlDatabase db, DashboardSnapshot &snap)
{
    const Prepared p = agreementConditions(snap.filter);
    const QString sql =
        QString::fromLatin1(WatermelonsSql).arg(placeholders(snap.months.size()), p.conditions);
    auto rows = Sql::select(db, sql, periodValues(snap.months, p));
    if (!rows)
        return rows.error();
    QSet<qint64> agreements;
    while (rows->next()) {
        if (rows->text("period") != snap.filter.toMonth)
            continue;
        ++snap.tiles.watermelons;
        agreements.insert(rows->integer("agreement_id"));
    }
    return agreements;
}

// The active agreements' reviews and renewals that fall due soon.
Result<void> countDue(QSqlDatabase db, const QDate &today, DashboardSnapshot &snap)
{
    const Prepared p = agreementConditions(snap.filter);
    auto rows = Sql::select(db, QString::fromLatin1(ActiveAgreementsSql).arg(p.conditions),
                            p.values);
    if (!rows)
        return rows.error();
    const QString todayText = today.toString(Qt::ISODate);
    const QString renewalLimit = today.addDays(RenewalWindowDays).toString(Qt::ISODate);
    while (rows->next()) {
        Agreement a;
        a.startDate = rows->date("start_date");
        a.endDate = rows->date("end_date");
        a.reviewMonths = rows->number("review_months");
        const QDate review = AgreementWorkflow::nextReview(a, today);
        if (review.isValid() && review <= today.addDays(ReviewWindowDays))
            ++snap.tiles.reviewsDue;
        const QString end = rows->text("end_date");
        if (!end.isEmpty() && end >= todayText && end <= renewalLimit)
            ++snap.tiles.renewalsDue;
    }
    return {};
}

// One point per month of the range, then the forecast months up to `horizon`.
QList<TrendPoint> trend(const KpiTotals &totals, const QHash<QString, qint64> &csat,
                        const Volumes &volumes, const QString &horizon)
{
    QList<TrendPoint> points;
    for (const QString &month : totals.months) {
        TrendPoint point;
        point.period = month;
        const Tally t = totals.perMonth.value(month);
        point.complianceMilli = t.compliance();
        point.goalMilli = t.goal();
        if (totals.agreedPerMonth.value(month) > 0)
            point.availabilityMilli = totals.upPerMonth.value(month) * 100000
                                      / totals.agreedPerMonth.value(month);
        if (csat.contains(month))
            point.csatMilli = csat.value(month);
        point.breaches = totals.breachesPerMonth.value(month);
        if (volumes.measured.contains(month))
            point.tickets = volumes.measured.value(month);
        if (volumes.forecast.contains(month))
            point.forecastTickets = volumes.forecast.value(month);
        points.append(point);
    }
    const QString current = totals.current;
    for (QString month = DashboardData::addMonths(current, 1); month <= horizon;
         month = DashboardData::addMonths(month, 1)) {
        if (!volumes.forecast.contains(month))
            continue;
        TrendPoint point;
        point.period = month;
        point.forecastTickets = volumes.forecast.value(month);
        points.append(point);
    }
    return points;
}

// The bars of a breakdown, most breaches first, then by label.
QList<BreakdownBar> bars(const QMap<QString, Tally> &tallies, const QHash<QString, QString> &names)
{
    QList<BreakdownBar> list;
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it)
        list.append(
            {it.key(), names.value(it.key()), it->compliance(), it->breachedResults, it->results});
    std::sort(list.begin(), list.end(), [](const BreakdownBar &l, const BreakdownBar &r) {
        return std::tie(r.breaches, l.label) < std::tie(l.breaches, r.label);
    });
    return list;
}

// The agreements of the range, worst first.
QList<AgreementStanding> standings(const KpiTotals &totals, const QSet<qint64> &watermelons)
{
    QList<AgreementStanding> list;
    for (auto it = totals.standings.cbegin(); it != totals.standings.cend(); ++it) {
        AgreementStanding s = it.value();
        const Tally t = totals.standingTally.value(s.agreementId);
        s.complianceMilli = t.compliance();
        s.watermelon = watermelons.contains(s.agreementId);
        s.riskScore = s.breaches * 1000 + s.atRisk * 100 + (s.watermelon ? 50 : 0)
                      + (s.complianceMilli ? (100000 - *s.complianceMilli) / 1000 : 0);
        list.append(s);
    }
    std::sort(list.begin(), list.end(), [](const AgreementStanding &l, const AgreementStanding &r) {
        return std::tie(r.riskScore, l.number) < std::tie(l.riskScore, r.number);
    });
    return list;
}

Result<QList<std::pair<QString, QString>>> choices(QSqlDatabase db, const char *sql)
{
    return Sql::list(db, QString::fromLatin1(sql), {}, [](const Sql::Rows &r) {
        return std::pair{r.text("choice"), r.text("label")};
    });
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

Result<std::optional<qint64>> DashboardData::lastMeasurement(QSqlDatabase db)
{
    std::optional<qint64> last;
    for (const char *sql : {LastMeasurementSql, LastOutageSql, LastAnswerSql}) {
        auto rows = Sql::select(db, QString::fromLatin1(sql));
        if (!rows)
            return rows.error();
        if (!rows->next())
            continue;
        const QSqlRecord columns = rows->query().record();
        for (int i = 0; i < columns.count(); ++i) {
            const QVariant v = rows->value(i);
            if (!v.isNull())
                last = std::max(last.value_or(v.toLongLong()), v.toLongLong());
        }
    }
    return last;
}

Result<QString> DashboardData::latestMonth(QSqlDatabase db)
{
    auto month = Sql::scalar(db, QString::fromLatin1(LatestMonthSql));
    if (!month)
        return month.error();
    if (!month->isNull())
        return month->toString();
    month = Sql::scalar(db,
                        QString::fromLatin1(LatestPeriodSql).arg(QLatin1StringView(MonthOfPeriod)));
    if (!month)
        return month.error();
    return month->toString();
}

Result<DashboardSnapshot> DashboardData::load(QSqlDatabase db, const DashboardFilter &filter,
                                              const QDate &today)
{
    QElapsedTimer clock;
    clock.start();
    const auto step = [&clock](const char *name) {
        qCDebug(lcDashboard, "%s: %lld ms", name, clock.restart());
    };
    DashboardSnapshot snap;
    snap.filter = filter;
    auto asOf = lastMeasurement(db);
    if (!asOf)
        return asOf.error();
    snap.dataAsOf = *asOf;
    if (auto resolved = resolveRange(db, today, snap); !resolved)
        return resolved.error();
    const QString current = snap.filter.toMonth;
    const QString previous = addMonths(current, -1);
    const QString horizon = addMonths(current, ForecastMonths);

    step("range");
    auto totals = readKpis(db, snap, previous);
    if (!totals)
        return totals.error();
    step("KPI rows");
    fillTiles(*totals, previous, snap.tiles);
    auto csat = readSatisfaction(db, snap);
    if (!csat)
        return csat.error();
    auto volumes = readVolumes(db, snap.filter, horizon);
    if (!volumes)
        return volumes.error();
    step("satisfaction and volumes");
    auto watermelons = readWatermelons(db, snap);
    if (!watermelons)
        return watermelons.error();
    step("watermelons");
    if (auto due = countDue(db, today, snap); !due)
        return due.error();
    // The check is of the whole portfolio, as on the command line: an overdue action is
    // overdue whichever filter is chosen.
    step("reviews and renewals due");
    auto actions = PortfolioChecks::actions(db, today);
    if (!actions)
        return actions.error();
    snap.actionFindings = *actions;
    snap.tiles.actionFindings = actions->size();

    snap.trend = trend(*totals, *csat, *volumes, horizon);
    snap.byRegion = bars(totals->byRegion, totals->regionNames);
    snap.byService = bars(totals->byService, totals->serviceNames);
    snap.byCustomer = bars(totals->byCustomer, totals->customerNames);
    step("actions");
    snap.agreements = standings(*totals, *watermelons);
    step("breakdowns and standings");
    return snap;
}

Result<QList<std::pair<QString, QString>>> DashboardData::regions(QSqlDatabase db)
{
    return choices(db, RegionChoicesSql);
}

Result<QList<std::pair<QString, QString>>> DashboardData::customers(QSqlDatabase db)
{
    return choices(db, CustomerChoicesSql);
}

Result<QList<std::pair<QString, QString>>> DashboardData::services(QSqlDatabase db)
{
    return choices(db, ServiceChoicesSql);
}

} // namespace Accordo
