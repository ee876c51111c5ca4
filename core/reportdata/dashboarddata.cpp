#include "dashboarddata.h"

#include "calendar/isotime.h"

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
constexpr auto LatestHolderSql = R"(SELECT agreement_id FROM kpi_periods
    WHERE period = ? AND tickets > 0 LIMIT 1)";
// The latest month with a ticket measured of some agreements (read through their index).
constexpr auto LatestOfAgreementsSql = R"(SELECT MAX(period) AS month FROM kpi_periods
    WHERE agreement_id IN (%1) AND tickets > 0 AND period NOT LIKE '%Q%')";

// One pass over each table: a MAX per column would read the table once per column.
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

// What the figures a DashboardCache holds were read from: the stored results (their as-of,
// options, staleness and how many recomputes wrote them), the last import and the last audited
// change (names, kinds, parties, targets, actions, reviews).
constexpr auto CacheKeySql = R"(SELECT key, value FROM accordo_meta
    WHERE key IN ('kpi_as_of', 'kpi_options', 'kpi_stale', 'kpi_written')
    UNION ALL SELECT 'audit' AS key, CAST(MAX(seq) AS TEXT) AS value FROM audit_log
    UNION ALL SELECT 'import' AS key, CAST(MAX(id) AS TEXT) AS value FROM import_batches)";

constexpr int ForecastMonths = 3;

// What changed since a cache was filled, when it can be read again agreement by agreement: the
// audited changes after its last one, and the agreements the recomputes since wrote.
constexpr auto AuditSinceSql = R"(SELECT entity, entity_id FROM audit_log WHERE seq > ?
    ORDER BY seq LIMIT ?)";
constexpr auto WrittenSinceSql = R"(SELECT DISTINCT agreement_id FROM kpi_written_agreements
    WHERE written > ? AND written <= ?)";
// The agreement an audited record belongs to, by its entity; an entity not listed may change
// any figure (a customer's name, a calendar, an outage): everything is read again then.
constexpr std::pair<const char *, const char *> AgreementOfEntity[] = {
    {"agreement", "SELECT number FROM agreements WHERE id = ?"},
    {"agreement_support", "SELECT number FROM agreements WHERE id = ?"},
    {"action", R"(SELECT a.number FROM actions x JOIN agreements a ON a.id = x.agreement_id
        WHERE x.id = ?)"},
    {"review", R"(SELECT a.number FROM reviews r JOIN agreements a ON a.id = r.agreement_id
        WHERE r.id = ?)"},
    {"agreement_owner", "SELECT number FROM agreement_owners WHERE id = ?"},
};
// Entities whose changes no figure of the dashboard reads.
constexpr const char *UnreadEntities[] = {"agreement_document", "alert", "alert_rule"};
// Up to this many audited changes and agreements, a cache reads those agreements again;
// beyond, everything.
constexpr qsizetype MostChangesPatched = 1000;
constexpr qsizetype MostAgreementsPatched = 200;

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

// A snapshot of the filter with its range resolved and its data's as-of: what readSnapshot()
// fills.
Result<DashboardSnapshot> resolvedSnapshot(QSqlDatabase db, const DashboardFilter &filter,
                                           const QDate &today, QString *latestWithKpis = nullptr)
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

// DashboardData::load() of a resolvedSnapshot(); the portfolio's action check only with
// `checkActions`. With `inputs` (read, and with the portfolio's results indexed or not), what
// they hold is counted instead of read for the filter.
Result<DashboardSnapshot> readSnapshot(QSqlDatabase db, DashboardSnapshot snap, const QDate &today,
                                       std::shared_ptr<const Kpi::Recompute> terms,
                                       bool checkActions, PortfolioInputs *inputs = nullptr)
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

// What a cache's figures were read for. The location is empty when no other connection sees
// what the caller's sees (a transaction, a database in memory): nothing is kept then.
struct CacheKey
{
    QString location;
    QHash<QString, QString> stored; // CacheKeySql's rows, value by key
    QString fromMonth, toMonth;     // as asked, before the range is resolved
    QDate today;
    DashboardData::ValueMonths valueMonths = DashboardData::ValueMonths::Range;

    friend bool operator==(const CacheKey &, const CacheKey &) = default;
};

Result<CacheKey> cacheKey(QSqlDatabase db, const DashboardFilter &filter, const QDate &today,
                          DashboardData::ValueMonths valueMonths)
{
    CacheKey key;
    if (auto location = Database::alikeLocation(db))
        key.location = *location;
    else
        return key;
    auto stored = Sql::keyed(db, QString::fromLatin1(CacheKeySql), {}, [](const Sql::Rows &r) {
        return std::pair{r.text("key"), r.text("value")};
    });
    if (!stored)
        return stored.error();
    key.stored = std::move(*stored);
    key.fromMonth = filter.fromMonth;
    key.toMonth = filter.toMonth;
    key.today = today;
    key.valueMonths = valueMonths;
    return key;
}

// Whether a cache of `before` may be brought to `now` agreement by agreement: the same
// workspace, range, day, as-of, options and imports, with only audited changes and written
// results in between.
bool patchable(const CacheKey &before, const CacheKey &now)
{
    const auto rest = [](QHash<QString, QString> stored) {
        stored.remove(u"audit"_s);
        stored.remove(u"kpi_written"_s);
        return stored;
    };
    return before.location == now.location && before.fromMonth == now.fromMonth
           && before.toMonth == now.toMonth && before.today == now.today
           && before.valueMonths == now.valueMonths && rest(before.stored) == rest(now.stored);
}

// The numbers of the agreements whose figures changed from `before` to `now`; empty when any
// other figure may have changed, or too many agreements did.
Result<std::optional<QSet<QString>>> changedNumbers(QSqlDatabase db, const CacheKey &before,
                                                    const CacheKey &now)
{
    using Changed = std::optional<QSet<QString>>;
    QSet<QString> numbers;
    QSet<qint64> ids;
    auto audited = Sql::list(db, QString::fromLatin1(AuditSinceSql),
                             {before.stored.value(u"audit"_s).toLongLong(), MostChangesPatched + 1},
                             [](const Sql::Rows &r) {
                                 return std::pair{r.text("entity"), r.integer("entity_id")};
                             });
    if (!audited)
        return audited.error();
    if (audited->size() > MostChangesPatched)
        return Changed();
    for (const auto &[entity, id] : std::as_const(*audited)) {
        if (std::any_of(std::begin(UnreadEntities), std::end(UnreadEntities),
                        [&](const char *e) { return entity == QLatin1StringView(e); }))
            continue;
        const auto of = std::find_if(
            std::begin(AgreementOfEntity), std::end(AgreementOfEntity),
            [&](const auto &e) { return entity == QLatin1StringView(e.first); });
        if (of == std::end(AgreementOfEntity))
            return Changed();
        auto number = Sql::scalar(db, QString::fromLatin1(of->second), {id});
        if (!number)
            return number.error();
        if (!number->isValid() || number->isNull())
            return Changed(); // gone since: what it was is not known here
        numbers.insert(number->toString());
    }
    const qint64 writtenBefore = before.stored.value(u"kpi_written"_s).toLongLong();
    const qint64 writtenNow = now.stored.value(u"kpi_written"_s).toLongLong();
    if (writtenNow != writtenBefore) {
        // The recomputes' notes are kept for the last few only.
        if (writtenNow < writtenBefore || writtenNow - writtenBefore >= Kpi::kWrittenKept)
            return Changed();
        auto written = Sql::list(db, QString::fromLatin1(WrittenSinceSql),
                                 {writtenBefore, writtenNow},
                                 [](const Sql::Rows &r) { return r.integer("agreement_id"); });
        if (!written)
            return written.error();
        for (const qint64 id : std::as_const(*written)) {
            if (id == 0)
                return Changed(); // every agreement
            ids.insert(id);
        }
    }
    if (ids.size() > MostAgreementsPatched)
        return Changed();
    if (!ids.isEmpty()) {
        auto written = Sql::list(
            db,
            u"SELECT number FROM agreements WHERE id IN (%1)"_s.arg(Sql::placeholders(ids.size())),
            QVariantList(ids.cbegin(), ids.cend()),
            [](const Sql::Rows &r) { return r.text("number"); });
        if (!written)
            return written.error();
        if (written->size() != ids.size())
            return Changed(); // an agreement deleted since: what it was is not known here
        numbers.unite(QSet<QString>(written->cbegin(), written->cend()));
    }
    if (numbers.size() > MostAgreementsPatched)
        return Changed();
    return Changed(std::move(numbers));
}

// An agreement with a ticket measured in `month` (a month, not a quarter); 0 when there is
// none or the month is not one. Found by the first row of the month: most targets have one.
Result<qint64> latestHolder(QSqlDatabase db, const QString &month)
{
    if (!DashboardData::isMonth(month))
        return 0;
    auto holder = Sql::scalar(db, QString::fromLatin1(LatestHolderSql), {month});
    if (!holder)
        return holder.error();
    return holder->isValid() ? holder->toLongLong() : 0;
}

// The agreements of these numbers, every version.
Result<QSet<qint64>> agreementsNumbered(QSqlDatabase db, const QStringList &numbers)
{
    if (numbers.isEmpty())
        return QSet<qint64>();
    auto ids = Sql::list(
        db,
        u"SELECT id FROM agreements WHERE number IN (%1)"_s.arg(Sql::placeholders(numbers.size())),
        QVariantList(numbers.cbegin(), numbers.cend()),
        [](const Sql::Rows &r) { return r.integer("id"); });
    if (!ids)
        return ids.error();
    return QSet<qint64>(ids->cbegin(), ids->cend());
}

// `list`, in the order `before` gives, with the entries of `numbers` replaced by `fresh` (in
// that order too): each fresh entry put in its place, for the few a change reaches among a
// hundred thousand.
template<typename T, typename Before>
void replaceNumbered(QList<T> &list, const QSet<QString> &numbers, QList<T> fresh, Before before)
{
    list.removeIf([&numbers](const T &entry) { return numbers.contains(entry.number); });
    for (T &entry : fresh)
        list.insert(std::upper_bound(list.begin(), list.end(), entry, before), std::move(entry));
}

} // namespace

struct DashboardCache::State
{
    CacheKey key;
    DashboardSnapshot resolved; // the range and the last measurement, for any filter
    PortfolioInputs inputs;
    QList<ActionFinding> actions;
    QList<ValueCost> value;
    // When the range was not asked but derived from the latest month with KPIs: that month,
    // and an agreement with a ticket measured in it (0: none known).
    QString latestWithKpis;
    qint64 latestHolder = 0;

    // What was read before for this range, for `filter`: only the filter's own choices differ.
    Result<DashboardReading> reading(QSqlDatabase db, const DashboardFilter &filter,
                                     const QDate &today)
    {
        DashboardSnapshot snap = resolved;
        snap.filter = filter;
        snap.filter.fromMonth = resolved.filter.fromMonth;
        snap.filter.toMonth = resolved.filter.toMonth;
        auto snapshot = readSnapshot(db, std::move(snap), today, {}, false, &inputs);
        if (!snapshot)
            return snapshot.error();
        snapshot->actionFindings = actions;
        snapshot->tiles.actionFindings = actions.size();
        return DashboardReading{std::move(*snapshot), value};
    }

    // Whether the range resolved now is the one held. The last measurement cannot have moved
    // (an import changes the key); the latest month with KPIs, from which a range not asked is
    // derived, only through the agreements `ids` read again.
    Result<bool> rangeHolds(QSqlDatabase db, const CacheKey &now, const QSet<qint64> &ids,
                            const QList<qint64> &idList) const
    {
        if (DashboardData::isMonth(now.toMonth))
            return true;
        if (latestHolder > 0 && !ids.contains(latestHolder)) {
            // The holder's month stays the latest unless an agreement read again reaches past.
            if (idList.isEmpty())
                return true;
            auto latest = Sql::scalar(
                db,
                QString::fromLatin1(LatestOfAgreementsSql).arg(Sql::placeholders(idList.size())),
                QVariantList(idList.cbegin(), idList.cend()));
            if (!latest)
                return latest.error();
            return latest->isNull() || latest->toString() <= latestWithKpis;
        }
        auto range = resolvedSnapshot(
            db, DashboardFilter{now.fromMonth, now.toMonth, {}, 0, {}, {}}, now.today);
        if (!range)
            return range.error();
        return range->filter == resolved.filter && range->months == resolved.months
               && range->dataAsOf == resolved.dataAsOf;
    }

    // Brings what is held to `now` by reading again the figures of the agreements of
    // `numbers` alone; false when that cannot give what a full read gives (the range moved,
    // the index cannot hold them). On false or an error, what is held is to be dropped.
    Result<bool> patch(QSqlDatabase db, CacheKey now, const QSet<QString> &numbers)
    {
        if (numbers.isEmpty()) {
            // Changes no figure reads (a document, an alert), or results written unchanged.
            key = std::move(now);
            return true;
        }
        const QDate &today = now.today;
        QElapsedTimer clock;
        clock.start();
        const auto step = [&clock](const char *name) {
            qCDebug(lcDashboard, "patch, %s: %lld ms", name, clock.restart());
        };
        QStringList numberList(numbers.cbegin(), numbers.cend());
        numberList.sort();
        auto ids = agreementsNumbered(db, numberList);
        if (!ids)
            return ids.error();
        const QList<qint64> idList(ids->cbegin(), ids->cend());
        if (auto same = rangeHolds(db, now, *ids, idList); !same || !*same)
            return same;
        step("range");
        auto due = readDue(db, today, idList);
        if (!due)
            return due.error();
        std::erase_if(inputs.due,
                      [&](const Dashboard::DueAgreement &d) { return ids->contains(d.agreement); });
        inputs.due.insert(inputs.due.end(), due->begin(), due->end());
        step("agreements and their reviews due");
        // Satisfaction is written only with every agreement noted (new surveys, another as-of):
        // it stays.
        auto flagged = readWatermelons(db, resolved.filter.toMonth, idList);
        if (!flagged)
            return flagged.error();
        std::erase_if(inputs.watermelons,
                      [&](const FlaggedAgreement &w) { return ids->contains(w.agreement); });
        inputs.watermelons.insert(inputs.watermelons.end(), flagged->begin(), flagged->end());
        step("watermelons");
        // Their terms, loaded once for the results and value against cost.
        bool computed = false;
        KpiOptions options;
        options.asOf = WorkspaceMeta::value(db, u"kpi_as_of"_s).toLongLong(&computed);
        if (!computed)
            return false;
        auto terms = std::make_shared<Kpi::Recompute>(db, options);
        if (!idList.isEmpty()) {
            const QString condition = u" AND t.agreement_id IN (%1)"_s.arg(
                Sql::placeholders(idList.size()));
            if (auto r = terms->loadTermsWhere(condition,
                                               QVariantList(idList.cbegin(), idList.cend()));
                !r)
                return r.error();
        }
        step("their terms");
        if (inputs.index) {
            const QString previous = DashboardData::addMonths(resolved.filter.toMonth, -1);
            auto held = reindexAgreements(db, resolved, previous, *inputs.index, *ids, terms);
            if (!held || !*held)
                return held;
        }
        step("results");
        auto found = PortfolioChecks::actions(db, today, 92, numberList);
        if (!found)
            return found.error();
        // Overdue actions first, by due date; then breaches no action follows, by number.
        const auto overdueFirst = [](const ActionFinding &l, const ActionFinding &r) {
            const bool lOverdue = l.kind == u"overdue_action"_s;
            const bool rOverdue = r.kind == u"overdue_action"_s;
            if (lOverdue != rOverdue)
                return lOverdue;
            if (lOverdue)
                return std::tie(l.due, l.actionId) < std::tie(r.due, r.actionId);
            return l.number < r.number;
        };
        replaceNumbered(actions, numbers, *found, overdueFirst);
        step("actions");
        const KpiFilter valueFilter{QString(),
                                    now.valueMonths == DashboardData::ValueMonths::Range
                                        ? resolved.filter.fromMonth
                                        : resolved.filter.toMonth,
                                    resolved.filter.toMonth};
        auto fresh = ValueVsCost::agreements(db, valueFilter, terms.get(), numberList);
        if (!fresh)
            return fresh.error();
        replaceNumbered(value, numbers, std::move(*fresh),
                        [](const ValueCost &l, const ValueCost &r) { return l.number < r.number; });
        step("value against cost");
        key = std::move(now);
        return true;
    }
};

DashboardCache::DashboardCache() = default;
DashboardCache::~DashboardCache() = default;

void DashboardCache::clear()
{
    d.reset();
}

bool DashboardCache::lastLoadReused() const
{
    return mReused;
}

bool DashboardCache::lastLoadPatched() const
{
    return mPatched;
}

bool DashboardCache::holdsResults() const
{
    return d && d->inputs.index;
}

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
        cache->mReused = false;
        cache->mPatched = false;
        auto read = cacheKey(db, filter, today, months);
        if (!read)
            return read.error();
        if (!read->location.isEmpty())
            key = std::move(*read);
        if (key && cache->d && !(cache->d->key == *key) && patchable(cache->d->key, *key)) {
            QElapsedTimer clock;
            clock.start();
            auto changed = changedNumbers(db, cache->d->key, *key);
            auto patched = changed && *changed ? cache->d->patch(db, *key, **changed)
                                               : Result<bool>(false);
            cache->mPatched = patched && *patched;
            qCDebug(lcDashboard, "cache %s: %lld ms, %lld agreements",
                    cache->mPatched ? "patched" : "not patched", clock.elapsed(),
                    changed && *changed ? qint64((*changed)->size()) : -1);
            if (!cache->mPatched)
                cache->clear(); // read whole below; an error there is reported then
        }
        if (!key || !cache->d || !(cache->d->key == *key))
            cache->clear();
    }
    if (key && cache->d) {
        cache->mReused = !cache->mPatched;
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
        beside.reset(QThread::create([&, where = *location, given = terms] {
            // A connection belongs to the thread that opens it: this one lives and dies here.
            if (auto other = Database::open(where, Database::OpenMode::ReadOnly))
                readBeside((*other)->connection(), given);
            else
                termsRead.set_value(other.error());
        }));
        beside->start();
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
        // The key was read before the figures: a change made meanwhile shows as another key.
        auto holder = latestHolder(db, latestWithKpis);
        const bool held = holder && *holder > 0;
        cache->d.reset(new DashboardCache::State{
            std::move(*key), std::move(*template_), std::move(*inputs), **actions, **value,
            held ? latestWithKpis : QString(), held ? *holder : 0});
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
