#include "dashboarddata.h"

#include "calendar/isotime.h"

#include "reportdata/dashboardcachestate.h"
#include "reportdata/dashboardresults.h"
#include "reportdata/portfolioinputs.h"
#include "reportdata/resultindex.h"

#include "data/workspacemeta.h"
#include "kpi/kpicalculator.h"
#include "kpi/kpiengine.h"
#include "kpi/kpirecompute.h"
#include "lifecycle/agreementworkflow.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QMap>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>

#include <algorithm>
#include <future>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Accordo {

using namespace Dashboard;

Q_LOGGING_CATEGORY(Dashboard::lcDashboard, "accordo.dashboard", QtWarningMsg)

namespace {

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
constexpr auto LastMeasurementSql = R"(SELECT MAX(opened_at) AS opened,
        MAX(first_response_at) AS responded, MAX(resolved_at) AS resolved,
        MAX(closed_at) AS closed FROM tickets)";
constexpr auto LastOutageSql = "SELECT MAX(start_at) AS started, MAX(end_at) AS ended FROM outages";
constexpr auto LastAnswerSql = "SELECT MAX(answered_at) AS answered FROM surveys";

constexpr auto VolumesSql = R"(SELECT v.period, v.forecast, SUM(v.tickets) AS tickets
    FROM kpi_volumes v
    WHERE v.period >= ? AND v.period <= ? %1 GROUP BY v.period, v.forecast)";
// Volumes are kept per service and region as the tickets name them: code or name.
constexpr auto VolumeServiceCondition =
    " AND (v.service = ? OR v.service IN (SELECT name FROM services WHERE code = ?))";
constexpr auto VolumeRegionCondition =
    " AND (v.region = ? OR v.region IN (SELECT name FROM regions WHERE code = ?))";

// The filter boxes' choices: (key, label).
constexpr auto RegionChoicesSql = "SELECT code AS choice, name AS label FROM regions ORDER BY name";
constexpr auto CustomerChoicesSql = R"(SELECT id AS choice, name AS label FROM parties
    WHERE id IN (SELECT party_id FROM agreements) ORDER BY name)";
constexpr auto ServiceChoicesSql =
    "SELECT code AS choice, name AS label FROM services ORDER BY name";

constexpr int ForecastMonths = 3;

// The range the filter asks for, resolved: to the month defaultMonth() gives (else this
// month), from twelve months before.
// `latestWithKpis`, when given, is set to the latest month with KPIs when it was read.
Result<void> resolveRange(QSqlDatabase db, const QDate &today, DashboardSnapshot &snap,
                          QString *latestWithKpis = nullptr)
{
    DashboardFilter &f = snap.filter;
    if (!DashboardData::isMonth(f.toMonth)) {
        auto latest = DashboardData::latestMonth(db);
        if (!latest)
            return latest.error();
        f.toMonth = DashboardData::defaultMonth(*latest, snap.dataAsOf);
        if (latestWithKpis)
            *latestWithKpis = *latest;
    }
    if (!DashboardData::isMonth(f.toMonth))
        f.toMonth = today.toString(u"yyyy-MM"_s);
    if (!DashboardData::isMonth(f.fromMonth) || f.fromMonth > f.toMonth)
        f.fromMonth = DashboardData::addMonths(f.toMonth, -11);
    snap.months = DashboardData::monthRange(f.fromMonth, f.toMonth);
    return {};
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
    // The months after the range up to the last one forecast, each of them on the axis: the
    // forecast starts after the as-of, which may be months after the last measurement.
    const QString first = DashboardData::addMonths(totals.current, 1);
    QString last;
    for (QString month = first; month <= horizon; month = DashboardData::addMonths(month, 1)) {
        if (volumes.forecast.contains(month))
            last = month;
    }
    for (QString month = first; !last.isEmpty() && month <= last;
         month = DashboardData::addMonths(month, 1)) {
        TrendPoint point;
        point.period = month;
        point.forecastMonth = true;
        if (volumes.forecast.contains(month))
            point.forecastTickets = volumes.forecast.value(month);
        points.append(point);
    }
    return points;
}

// The bars of a breakdown, most breaches first, then by label (and key, for equal labels).
QList<BreakdownBar> bars(const QMap<QString, Tally> &tallies, const QHash<QString, QString> &names)
{
    QList<BreakdownBar> list;
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it)
        list.append(
            {it.key(), names.value(it.key()), it->compliance(), it->breachedResults, it->results});
    std::sort(list.begin(), list.end(), [](const BreakdownBar &l, const BreakdownBar &r) {
        return std::tie(r.breaches, l.label, l.key) < std::tie(l.breaches, r.label, r.key);
    });
    return list;
}

// The agreements of the range, worst first. Sorted by place, then moved: a standing is large.
QList<AgreementStanding> standings(KpiTotals &totals, const QSet<qint64> &watermelons)
{
    std::vector<KpiTotals::Standing> &all = totals.standings;
    for (KpiTotals::Standing &standing : all) {
        AgreementStanding &s = standing.shown;
        s.complianceMilli = standing.current.compliance();
        s.watermelon = watermelons.contains(s.agreementId);
        s.riskScore = s.breaches * 1000 + s.atRisk * 100 + (s.watermelon ? 50 : 0)
                      + (s.complianceMilli ? (100000 - *s.complianceMilli) / 1000 : 0);
    }
    std::vector<qsizetype> order(all.size());
    std::iota(order.begin(), order.end(), 0);
    if (!all.empty() && all.front().numberOrder >= 0) {
        // The reader's places by number: integers compared, not texts.
        std::vector<std::pair<qint64, qint32>> keys;
        keys.reserve(all.size());
        for (const KpiTotals::Standing &standing : all)
            keys.emplace_back(-standing.shown.riskScore, standing.numberOrder);
        std::sort(order.begin(), order.end(),
                  [&keys](qsizetype l, qsizetype r) { return keys[l] < keys[r]; });
    } else {
        std::sort(order.begin(), order.end(), [&all](qsizetype l, qsizetype r) {
            const AgreementStanding &a = all[l].shown;
            const AgreementStanding &b = all[r].shown;
            return std::tie(b.riskScore, a.number) < std::tie(a.riskScore, b.number);
        });
    }
    QList<AgreementStanding> list;
    list.reserve(qsizetype(order.size()));
    for (qsizetype i : order)
        list.append(std::move(all[i].shown));
    return list;
}

Result<QList<std::pair<QString, QString>>> choices(QSqlDatabase db, const char *sql)
{
    return Sql::list(db, QString::fromLatin1(sql), {}, [](const Sql::Rows &r) {
        return std::pair{r.text("choice"), r.text("label")};
    });
}

// The check is of the whole portfolio, as on the command line: an overdue action is overdue
// whichever filter is chosen.
Result<void> checkActionsOf(QSqlDatabase db, const QDate &today, DashboardSnapshot &snap)
{
    auto actions = PortfolioChecks::actions(db, today);
    if (!actions)
        return actions.error();
    snap.actionFindings = *actions;
    snap.tiles.actionFindings = actions->size();
    return {};
}

} // namespace

Result<DashboardSnapshot> Dashboard::resolvedSnapshot(QSqlDatabase db,
                                                      const DashboardFilter &filter,
                                                      const QDate &today, QString *latestWithKpis)
{
    DashboardSnapshot snap;
    snap.filter = filter;
    auto asOf = DashboardData::lastMeasurement(db);
    if (!asOf)
        return asOf.error();
    snap.dataAsOf = *asOf;
    if (auto resolved = resolveRange(db, today, snap, latestWithKpis); !resolved)
        return resolved.error();
    return snap;
}

namespace {

// What the dashboard counts for any filter of the portfolio besides its KPI results: the
// reviews and renewals due, the customers' satisfaction and the watermelons, read for the
// snapshot's range and `today`.
Result<PortfolioInputs> readInputs(QSqlDatabase db, const DashboardSnapshot &snap,
                                   const QDate &today)
{
    auto due = readDue(db, today);
    if (!due)
        return due.error();
    auto csat = readSatisfaction(db, snap.months);
    if (!csat)
        return csat.error();
    auto flagged = readWatermelons(db, snap.filter.toMonth);
    if (!flagged)
        return flagged.error();
    return PortfolioInputs{true, std::move(*due), std::move(*csat), std::move(*flagged), {}};
}

// The KPI results of the whole portfolio for the snapshot's range, into `inputs`
// (ResultIndex).
Result<void> indexInputs(QSqlDatabase db, DashboardSnapshot &snap, const QString &previous,
                         PortfolioInputs &inputs)
{
    QElapsedTimer clock;
    clock.start();
    auto index = indexKpis(db, snap, previous);
    if (!index)
        return index.error();
    inputs.index = std::move(*index);
    qCDebug(lcDashboard, "portfolio results read for the cache: %lld ms, %s (%lld MB)",
            clock.elapsed(), inputs.index ? "indexed" : "not indexed",
            inputs.index ? qint64(inputs.index->bytes() >> 20) : 0);
    return {};
}

} // namespace

Result<DashboardSnapshot> Dashboard::readSnapshot(QSqlDatabase db, DashboardSnapshot snap,
                                                  const QDate &today,
                                                  std::shared_ptr<const Kpi::Recompute> terms,
                                                  bool checkActions, PortfolioInputs *inputs)
{
    QElapsedTimer clock;
    clock.start();
    const auto step = [&clock](const char *name) {
        qCDebug(lcDashboard, "%s: %lld ms", name, clock.restart());
    };
    snap.allTerms = std::move(terms); // readKpis() takes them when they answer for its reads
    const QString current = snap.filter.toMonth;
    const QString previous = DashboardData::addMonths(current, -1);
    const QString horizon = DashboardData::addMonths(current, ForecastMonths);

    PortfolioInputs read;
    if (!inputs)
        inputs = &read;
    if (!inputs->read) {
        auto r = readInputs(db, snap, today);
        if (!r)
            return r.error();
        *inputs = std::move(*r);
        step("reviews due, satisfaction and watermelons read");
    }
    auto totals = inputs->index && inputs->index->months() == readMonths(snap, previous)
                      ? Result<KpiTotals>(inputs->index->totals(snap))
                      : readKpis(db, snap, previous);
    if (!totals)
        return totals.error();
    step("KPI rows");
    fillTiles(*totals, previous, snap.tiles);
    const QHash<QString, qint64> csat = satisfaction(inputs->satisfaction, snap.filter);
    countDue(inputs->due, snap.filter, snap.tiles);
    auto volumes = readVolumes(db, snap.filter, horizon);
    if (!volumes)
        return volumes.error();
    step("volumes");
    const QSet<qint64> watermelons = flagged(inputs->watermelons, snap.filter, snap.tiles);
    if (checkActions) {
        if (auto r = checkActionsOf(db, today, snap); !r)
            return r.error();
    }

    snap.trend = trend(*totals, csat, *volumes, horizon);
    if (totals->barsMade) {
        snap.byRegion = std::move(totals->regionBars);
        snap.byService = std::move(totals->serviceBars);
        snap.byCustomer = std::move(totals->customerBars);
    } else {
        snap.byRegion = bars(totals->byRegion, totals->regionNames);
        snap.byService = bars(totals->byService, totals->serviceNames);
        snap.byCustomer = bars(totals->byCustomer, totals->customerNames);
    }
    step("actions checked, trend and breakdowns");
    snap.agreements = standings(*totals, watermelons);
    step("standings");
    return snap;
}

namespace {

// The terms both readers take: `given` when they are for the stored as-of; else, when the
// filter reads every target (it names no service, customer or kind), every target's terms
// loaded once (also with a filter when `every`: the dashboard reads them all then). Null when
// nothing was ever computed, or when the dashboard reads some targets' terms alone: value
// against cost then loads its own.
Result<std::shared_ptr<const Kpi::Recompute>> sharedTerms(
    QSqlDatabase db, const DashboardFilter &filter, std::shared_ptr<const Kpi::Recompute> given,
    bool every)
{
    const std::optional<qint64> asOf = KpiEngine::storedAsOf(db);
    if (!asOf)
        return std::shared_ptr<const Kpi::Recompute>();
    if (given && given->asOf() == *asOf)
        return given;
    if (!every
        && (!filter.serviceCode.isEmpty() || filter.partyId > 0 || !filter.agreementKind.isEmpty()))
        return std::shared_ptr<const Kpi::Recompute>();
    KpiOptions options;
    options.asOf = *asOf;
    auto terms = std::make_shared<Kpi::Recompute>(db, options);
    if (auto r = terms->loadTermsWhere({}, {}); !r)
        return r.error();
    // Loaded on a second connection, they outlive it in the snapshot.
    terms->releaseConnection();
    return std::shared_ptr<const Kpi::Recompute>(std::move(terms));
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

QString DashboardData::defaultMonth(const QString &latestWithKpis,
                                    const std::optional<qint64> &lastMeasured)
{
    if (!lastMeasured || !isMonth(latestWithKpis))
        return latestWithKpis;
    return std::min(latestWithKpis, IsoTime::utcMonth(*lastMeasured));
}

Result<DashboardSnapshot> DashboardData::load(QSqlDatabase db, const DashboardFilter &filter,
                                              const QDate &today,
                                              std::shared_ptr<const Kpi::Recompute> terms)
{
    auto snap = resolvedSnapshot(db, filter, today);
    if (!snap)
        return snap.error();
    return readSnapshot(db, std::move(*snap), today, std::move(terms), true);
}

Result<DashboardReading> DashboardData::loadWithValue(QSqlDatabase db,
                                                      const DashboardFilter &filter,
                                                      ValueMonths months, const QDate &today,
                                                      std::shared_ptr<const Kpi::Recompute> terms,
                                                      DashboardCache *cache)
{
    std::optional<CacheKey> key;
    if (cache) {
        auto refreshed = DashboardCacheState::refresh(*cache, db, filter, months, today);
        if (!refreshed)
            return refreshed.error();
        key = std::move(*refreshed);
        if (key && cache->d)
            return cache->d->reading(db, filter, today);
    }
    // Beside the dashboard's figures, on a second connection: the terms both read (handed
    // over as soon as they are loaded), the portfolio's action check, then value against cost
    // once the range is resolved here. Without a second connection, all of it on `db`, one
    // after the other. Both readers only read the terms (const).
    using Terms = Result<std::shared_ptr<const Kpi::Recompute>>;
    std::promise<Terms> termsRead;
    std::future<Terms> termsLater = termsRead.get_future();
    std::promise<std::optional<KpiFilter>> rangeResolved; // empty: no value to read
    std::future<std::optional<KpiFilter>> rangeLater = rangeResolved.get_future();
    bool rangeGiven = false;
    const auto giveRange = [&](std::optional<KpiFilter> range) {
        if (!std::exchange(rangeGiven, true))
            rangeResolved.set_value(std::move(range));
    };
    std::optional<Result<QList<ActionFinding>>> actions;
    std::optional<Result<QList<ValueCost>>> value;
    const bool every = key.has_value();
    const auto readBeside = [&](QSqlDatabase on, std::shared_ptr<const Kpi::Recompute> given) {
        Terms terms = sharedTerms(on, filter, std::move(given), every);
        termsRead.set_value(terms);
        if (!terms)
            return;
        actions = PortfolioChecks::actions(on, today);
        const std::optional<KpiFilter> range = rangeLater.get();
        if (*actions && range)
            value = ValueVsCost::agreements(on, *range, terms->get());
    };
    std::unique_ptr<QThread> beside;
    if (const auto location = Database::alikeLocation(db)) {
        beside = Database::readBeside(*location, false,
                                      [&, given = terms](Result<QSqlDatabase> on) {
                                          if (on)
                                              readBeside(*on, given);
                                          else
                                              termsRead.set_value(on.error());
                                      });
    }
    const auto joined = qScopeGuard([&] {
        giveRange(std::nullopt);
        if (beside)
            beside->wait();
    });
    QString latestWithKpis;
    auto resolved = resolvedSnapshot(db, filter, today, &latestWithKpis);
    if (!resolved)
        return resolved.error();
    const DashboardFilter range = resolved->filter;
    const KpiFilter valueFilter{
        QString(), months == ValueMonths::Range ? range.fromMonth : range.toMonth, range.toMonth};
    std::optional<DashboardSnapshot> template_;
    if (key) {
        template_ = *resolved;
        template_->filter = DashboardFilter{range.fromMonth, range.toMonth, {}, 0, {}, {}};
    }
    // Read while the terms load beside.
    auto inputs = readInputs(db, *resolved, today);
    if (!inputs)
        return inputs.error();
    if (beside)
        giveRange(valueFilter);
    const Terms allTerms = beside ? termsLater.get()
                                  : sharedTerms(db, filter, std::move(terms), every);
    if (!allTerms)
        return allTerms.error();
    const QString previous = DashboardData::addMonths(range.toMonth, -1);
    resolved->allTerms = *allTerms;
    if (key) {
        if (auto r = indexInputs(db, *resolved, previous, *inputs); !r)
            return r.error();
    }
    auto snapshot = readSnapshot(db, std::move(*resolved), today, *allTerms, false, &*inputs);
    if (!snapshot)
        return snapshot.error();
    if (beside) {
        beside->wait();
    } else {
        actions = PortfolioChecks::actions(db, today);
        if (*actions)
            value = ValueVsCost::agreements(db, valueFilter, allTerms->get());
    }
    if (!*actions)
        return actions->error();
    if (!*value)
        return value->error();
    snapshot->actionFindings = **actions;
    snapshot->tiles.actionFindings = (*actions)->size();
    if (key) {
        DashboardCacheState::keep(*cache, db, std::move(*key), std::move(*template_),
                                  std::move(*inputs), **actions, **value, latestWithKpis);
    }
    return DashboardReading{std::move(*snapshot), std::move(**value)};
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
