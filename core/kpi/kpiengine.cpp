#include "kpiengine.h"

#include "calendar/calendarjson.h"
#include "calendar/isotime.h"
#include "domain/enums.h"
#include "measurement/targetjudgement.h"
#include "storage/dialect.h"
#include "storage/transaction.h"
#include "data/workspacemeta.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <map>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr qint64 kWhole = 100000;
constexpr int kFirstYear = 2000;
constexpr int kYears = 101;
constexpr qint64 kForever = std::numeric_limits<qint64>::max() / 4;

// Period boundaries of one zone as instants: a binary search per ticket instead of a zone
// conversion, which would dominate a million-ticket recompute.
struct PeriodTable
{
    bool quarter = false;
    std::vector<qint64> starts; // starts[i]: period i, counted from January 2000

    void build(const QTimeZone &zone, bool byQuarter)
    {
        quarter = byQuarter;
        const int step = byQuarter ? 3 : 1;
        for (int year = kFirstYear; year < kFirstYear + kYears; ++year) {
            for (int month = 1; month <= 12; month += step)
                starts.push_back(IsoTime::localToUtc(zone, QDate(year, month, 1), 0));
        }
    }
    int indexOf(qint64 instant) const
    {
        const auto it = std::upper_bound(starts.begin(), starts.end(), instant);
        return std::clamp(int(it - starts.begin()) - 1, 0, int(starts.size()) - 2);
    }
    qint64 start(int index) const { return starts[size_t(index)]; }
    qint64 end(int index) const { return starts[size_t(index) + 1]; }
    QString name(int index) const
    {
        if (quarter)
            return u"%1-Q%2"_s.arg(kFirstYear + index / 4).arg(index % 4 + 1);
        return u"%1-%2"_s.arg(kFirstYear + index / 12).arg(index % 12 + 1, 2, 10, QChar(u'0'));
    }
    int indexOfName(const QString &name) const
    {
        const int year = name.left(4).toInt();
        if (quarter)
            return (year - kFirstYear) * 4 + name.mid(6).toInt() - 1;
        return (year - kFirstYear) * 12 + name.mid(5).toInt() - 1;
    }
};

struct Interval
{
    qint64 from = 0;
    qint64 to = 0;
};

struct OutageRecord
{
    QString service;
    QString customer;
    QString region;
    qint64 startAt = 0;
    std::optional<qint64> endAt;
    bool planned = false;
};

struct Bucket
{
    qint64 met = 0, breached = 0, pending = 0, nearDue = 0;
    std::vector<qint64> elapsed;
};

struct Work
{
    qint64 targetId = 0;
    qint64 agreementId = 0;
    Metric metric = Metric::Resolution;
    MeasurementPeriod period = MeasurementPeriod::Month;
    qint64 threshold = 0;
    qint64 goalMilli = 0;
    QList<CreditTier> tiers;
    qint64 capHundredths = 0;
    Money price;
    QString partyName;
    QStringList serviceNames; // code and name
    QStringList regionNames;  // code and name of the target's or the party's region
    const BusinessCalendar *calendar = nullptr;
    const PeriodTable *table = nullptr;
    qint64 from = 0;            // first instant in force
    qint64 until = 0;           // first instant no longer in force
    int first = 0;              // first period index
    std::vector<char> selected; // per period from `first`: recompute it
    std::vector<Bucket> buckets;
};

Result<QSqlQuery> select(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    // Forward-only streams a million SQLite rows without caching them; Qt 6.4's PostgreSQL
    // driver, forward-only, handed back only the first row of these queries.
    query.setForwardOnly(!Dialect::isPostgres(db));
    if (!query.prepare(sql))
        return Error{query.lastError().text() + u" — "_s + sql.simplified().left(80)};
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error{query.lastError().text() + u" — "_s + sql.simplified().left(80)};
    return query;
}

Result<void> exec(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    auto q = select(db, sql, values);
    if (!q)
        return q.error();
    return {};
}

qint64 utcMonthStart(const QString &month)
{
    return (QDate(month.left(4).toInt(), month.mid(5, 2).toInt(), 1).toJulianDay() - 2440588)
           * 86400;
}

QString nextMonth(const QString &month)
{
    const QDate d = QDate(month.left(4).toInt(), month.mid(5, 2).toInt(), 1).addMonths(1);
    return u"%1-%2"_s.arg(d.year()).arg(d.month(), 2, 10, QChar(u'0'));
}

// Sorted, merged copies of intervals, clipped to [from, to).
std::vector<Interval> merged(std::vector<Interval> spans, qint64 from, qint64 to)
{
    std::vector<Interval> result;
    std::sort(spans.begin(), spans.end(),
              [](const Interval &a, const Interval &b) { return a.from < b.from; });
    for (Interval span : spans) {
        span.from = std::max(span.from, from);
        span.to = std::min(span.to, to);
        if (span.to <= span.from)
            continue;
        if (!result.empty() && span.from <= result.back().to)
            result.back().to = std::max(result.back().to, span.to);
        else
            result.push_back(span);
    }
    return result;
}

qint64 businessTime(const BusinessCalendar &calendar, const std::vector<Interval> &spans)
{
    qint64 total = 0;
    for (const Interval &span : spans)
        total += calendar.elapsed(span.from, span.to);
    return total;
}

std::vector<Interval> intersection(const std::vector<Interval> &a, const std::vector<Interval> &b)
{
    std::vector<Interval> result;
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const qint64 from = std::max(a[i].from, b[j].from);
        const qint64 to = std::min(a[i].to, b[j].to);
        if (from < to)
            result.push_back({from, to});
        (a[i].to < b[j].to) ? ++i : ++j;
    }
    return result;
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalValue(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toLongLong());
}

// Everything one recompute works on.
class Run
{
public:
    Run(QSqlDatabase db, const KpiOptions &options) : mDb(db), mOptions(options) {}
    Result<KpiSummary> execute(bool full);

private:
    Result<void> load();
    Result<void> selectPeriods(bool full);
    Result<void> readTickets();
    Result<void> readSatisfaction();
    Result<void> store(bool full);
    Result<void> storeSatisfaction();
    Result<void> storeWatermelons();
    Result<void> storeVolumes();
    const PeriodTable *periodTable(const QTimeZone &zone, bool quarter);

    QSqlDatabase mDb;
    KpiOptions mOptions;
    KpiSummary mSummary;
    std::vector<BusinessCalendar> mCalendars;
    std::map<QString, PeriodTable> mTables; // node-based: Work keeps pointers into it
    std::vector<Work> mWork;
    QHash<qint64, size_t> mWorkByTarget;
    std::vector<OutageRecord> mOutages;
    QHash<QString, std::vector<std::pair<qint64, int>>> mScores; // customer name -> (at, score)
    std::vector<qint64> mOutOfRange; // targets with no period as of the as-of
    qint64 mScanFrom = kForever;
    qint64 mScanTo = -kForever;
};

const PeriodTable *Run::periodTable(const QTimeZone &zone, bool quarter)
{
    const QString key = QString::fromUtf8(zone.id()) + (quarter ? u"/q"_s : u"/m"_s);
    auto it = mTables.find(key);
    if (it == mTables.end()) {
        it = mTables.emplace(key, PeriodTable()).first;
        it->second.build(zone, quarter);
    }
    return &it->second;
}

Result<void> Run::load()
{
    QHash<qint64, size_t> calendarIndex;
    mCalendars.push_back(TargetJudgement::continuousCalendar());
    auto q = select(mDb, u"SELECT id, definition, name FROM calendars"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        auto calendar = CalendarJson::fromJson(
            q->value(1).toByteArray(),
            KpiEngine::tr("calendar \"%1\"").arg(q->value(2).toString()));
        if (!calendar)
            return calendar.error();
        calendarIndex.insert(q->value(0).toLongLong(), mCalendars.size());
        mCalendars.push_back(*calendar);
    }
    struct RegionInfo
    {
        QString code, name;
        qint64 calendarId = 0;
    };
    QHash<qint64, RegionInfo> regions;
    q = select(mDb, u"SELECT id, code, name, coalesce(calendar_id, 0) FROM regions"_s);
    if (!q)
        return q.error();
    while (q->next())
        regions.insert(q->value(0).toLongLong(),
                       {q->value(1).toString(), q->value(2).toString(), q->value(3).toLongLong()});
    QHash<qint64, QList<CreditTier>> tiers;
    q = select(mDb, u"SELECT target_id, below_milli, credit_hundredths FROM credit_tiers "
                    "ORDER BY target_id, position"_s);
    if (!q)
        return q.error();
    while (q->next())
        tiers[q->value(0).toLongLong()].append(
            {q->value(1).toLongLong(), q->value(2).toLongLong()});

    // The agreements the Evaluator judges against: signed, or a version that is or was active.
    q = select(mDb, uR"(SELECT t.id, t.agreement_id, t.metric, t.threshold, t.goal_milli, t.period,
                               coalesce(t.calendar_id, 0), coalesce(t.region_id, 0),
                               t.credit_cap_hundredths, a.start_date, a.end_date, a.terminated_on,
                               s.signed_on, a.price_minor, a.currency, p.name,
                               coalesce(p.region_id, 0), v.code, v.name
                        FROM targets t JOIN agreements a ON a.id = t.agreement_id
                        JOIN parties p ON p.id = a.party_id
                        JOIN services v ON v.id = t.service_id
                        LEFT JOIN signings s ON s.agreement_id = a.id
                        WHERE (s.agreement_id IS NOT NULL
                               OR a.status IN ('active', 'expired', 'terminated'))
                          AND t.metric IN ('first_response', 'resolution', 'availability',
                                           'satisfaction')
                        ORDER BY t.id)"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        Work w;
        w.targetId = q->value(0).toLongLong();
        w.agreementId = q->value(1).toLongLong();
        w.metric = Enums::fromKey<Metric>(q->value(2).toString()).value_or(Metric::Resolution);
        w.threshold = q->value(3).toLongLong();
        w.goalMilli = q->value(4).toLongLong();
        w.period = Enums::fromKey<MeasurementPeriod>(q->value(5).toString())
                       .value_or(MeasurementPeriod::Month);
        w.capHundredths = q->value(8).toLongLong();
        w.tiers = tiers.value(w.targetId);
        w.price = Money(q->value(13).toLongLong(), q->value(14).toString());
        w.partyName = q->value(15).toString();
        w.serviceNames = {q->value(17).toString(), q->value(18).toString()};
        const qint64 targetRegion = q->value(7).toLongLong();
        const qint64 partyRegion = q->value(16).toLongLong();
        const RegionInfo region = regions.value(targetRegion ? targetRegion : partyRegion);
        if (!region.code.isEmpty())
            w.regionNames = {region.code, region.name};
        // The calendar the Evaluator judged the target's tickets in, whose zone names the
        // periods: one rule for both.
        const qint64 calendarId = TargetJudgement::governingCalendar(
            q->value(6).toLongLong(), regions.value(targetRegion).calendarId,
            regions.value(partyRegion).calendarId,
            [&calendarIndex](qint64 id) { return calendarIndex.contains(id); });
        const size_t calendar = calendarId != 0 ? calendarIndex.value(calendarId) : 0;
        w.calendar = &mCalendars[calendar];
        // In force as the Evaluator decides which tickets the target governs.
        std::tie(w.from, w.until) = TargetJudgement::InForce::fromDates(
                                        q->value(9).toString(), q->value(10).toString(),
                                        q->value(11).toString(), q->value(12).toString())
                                        .instants(*w.calendar, kForever);
        mWorkByTarget.insert(w.targetId, mWork.size());
        mWork.push_back(std::move(w));
    }
    for (Work &w : mWork)
        w.table = periodTable(w.calendar->timeZone(), w.period == MeasurementPeriod::Quarter);

    q = select(mDb, u"SELECT service, customer, region, start_at, end_at, planned FROM outages"_s);
    if (!q)
        return q.error();
    while (q->next())
        mOutages.push_back({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                            q->value(3).toLongLong(), optionalValue(q->value(4)),
                            q->value(5).toInt() != 0});
    return {};
}

Result<void> Run::selectPeriods(bool full)
{
    // Partial: the periods overlapping a changed month (a day of margin for the zones), the
    // periods open at the last recompute or now, and those that held pending tickets.
    std::vector<Interval> changed;
    QSet<QPair<qint64, QString>> pendingPeriods;
    qint64 lastAsOf = mOptions.asOf;
    if (!full) {
        auto q = select(mDb, u"SELECT month FROM kpi_dirty_months"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            const QString month = q->value(0).toString();
            if (month.size() == 7)
                changed.push_back(
                    {utcMonthStart(month) - 86400, utcMonthStart(nextMonth(month)) + 86400});
        }
        q = select(mDb, u"SELECT target_id, period FROM kpi_periods WHERE pending > 0"_s);
        if (!q)
            return q.error();
        while (q->next())
            pendingPeriods.insert({q->value(0).toLongLong(), q->value(1).toString()});
        bool ok = false;
        const qint64 stored = WorkspaceMeta::value(mDb, u"kpi_as_of"_s).toLongLong(&ok);
        if (ok)
            lastAsOf = std::min(stored, mOptions.asOf);
    }
    for (Work &w : mWork) {
        const qint64 end = std::min(w.until, mOptions.asOf);
        if (end <= w.from) {
            mOutOfRange.push_back(w.targetId); // not in force yet as of the as-of
            continue;
        }
        // The bounds are local midnights of the same zone as the periods, so every ticket the
        // Evaluator let the target govern (opened inside them, before the as-of) falls in one
        // of these periods.
        w.first = w.table->indexOf(w.from);
        int last = w.table->indexOf(mOptions.asOf - 1);
        if (w.until < kForever / 2)
            last = std::min(last, w.table->indexOf(w.until - 1));
        if (last < w.first) {
            mOutOfRange.push_back(w.targetId);
            continue;
        }
        w.selected.assign(size_t(last - w.first + 1), full ? 1 : 0);
        w.buckets.resize(w.selected.size());
        for (int i = w.first; i <= last; ++i) {
            const qint64 start = w.table->start(i);
            const qint64 stop = w.table->end(i);
            char &selected = w.selected[size_t(i - w.first)];
            if (!full) {
                if (std::min(stop, w.until) > lastAsOf
                    || pendingPeriods.contains({w.targetId, w.table->name(i)}))
                    selected = 1;
                for (const Interval &span : changed)
                    selected |= char(span.from < stop && span.to > start);
            }
            if (selected) {
                mScanFrom = std::min(mScanFrom, start);
                mScanTo = std::max(mScanTo, stop);
            }
        }
    }
    return {};
}

Result<void> Run::readTickets()
{
    if (mScanFrom >= mScanTo)
        return {};
    auto q = select(mDb, uR"(SELECT r.target_id,
                                    CASE r.verdict WHEN 'met' THEN 0 WHEN 'breached' THEN 1
                                                   ELSE 2 END,
                                    r.elapsed, t.opened_at
                             FROM ticket_results r JOIN tickets t ON t.id = r.ticket_id
                             WHERE t.opened_at >= ? AND t.opened_at < ?)"_s,
                    {mScanFrom, mScanTo});
    if (!q)
        return q.error();
    qint64 lastTarget = -1;
    Work *w = nullptr;
    while (q->next()) {
        ++mSummary.resultsRead;
        const qint64 targetId = q->value(0).toLongLong();
        if (targetId != lastTarget) {
            lastTarget = targetId;
            const auto it = mWorkByTarget.constFind(targetId);
            w = it == mWorkByTarget.constEnd() ? nullptr : &mWork[*it];
        }
        if (!w || w->selected.empty())
            continue;
        const qint64 openedAt = q->value(3).toLongLong();
        const qint64 index = qint64(w->table->indexOf(openedAt)) - w->first;
        if (index < 0 || index >= qint64(w->selected.size()) || !w->selected[size_t(index)])
            continue;
        Bucket &b = w->buckets[size_t(index)];
        const qint64 elapsed = q->value(2).toLongLong();
        switch (q->value(1).toInt()) {
        case 0:
            ++b.met;
            b.elapsed.push_back(elapsed);
            break;
        case 1:
            ++b.breached;
            b.elapsed.push_back(elapsed);
            break;
        default:
            ++b.pending;
            if (KpiCalculator::isNearDue(elapsed, w->threshold))
                ++b.nearDue;
        }
    }
    return {};
}

Result<void> Run::readSatisfaction()
{
    // A survey about a ticket counts for the ticket's customer; a ticket's own score counts
    // unless a survey answers for that ticket. A survey names its ticket by number alone, which
    // two sources may share: it counts once, for one of them.
    auto q = select(mDb, uR"(SELECT coalesce(nullif(s.customer, ''), t.customer), s.answered_at,
                                    s.score
                             FROM surveys s LEFT JOIN
                                  (SELECT number, min(customer) AS customer FROM tickets
                                   WHERE number IN (SELECT ticket_number FROM surveys)
                                   GROUP BY number) t ON t.number = s.ticket_number)"_s);
    if (!q)
        return q.error();
    // An answer given at or after the as-of was not known then.
    const auto add = [this](const QSqlQuery &row) {
        if (row.value(1).toLongLong() < mOptions.asOf)
            mScores[row.value(0).toString()].push_back(
                {row.value(1).toLongLong(), row.value(2).toInt()});
    };
    while (q->next())
        add(*q);
    q = select(mDb, uR"(SELECT customer, coalesce(resolved_at, closed_at, opened_at), satisfaction
                        FROM tickets WHERE satisfaction IS NOT NULL
                          AND number NOT IN (SELECT ticket_number FROM surveys))"_s);
    if (!q)
        return q.error();
    while (q->next())
        add(*q);
    for (auto &list : mScores)
        std::sort(list.begin(), list.end());
    return {};
}

Result<void> Run::store(bool full)
{
    if (full) {
        if (auto r = exec(mDb, u"DELETE FROM kpi_periods"_s); !r)
            return r;
    } else {
        // Periods that an earlier, later as-of had and this one has not.
        if (auto r = exec(mDb, u"DELETE FROM kpi_periods WHERE period_start >= ?"_s,
                          {mOptions.asOf});
            !r)
            return r;
        for (qint64 target : mOutOfRange) {
            if (auto r = exec(mDb, u"DELETE FROM kpi_periods WHERE target_id = ?"_s, {target}); !r)
                return r;
        }
    }
    // Delete and insert rather than INSERT OR REPLACE: the same SQL on SQLite and PostgreSQL.
    QSqlQuery remove(mDb);
    if (!remove.prepare(u"DELETE FROM kpi_periods WHERE target_id = ? AND period = ?"_s))
        return Error{remove.lastError().text()};
    QSqlQuery insert(mDb);
    if (!insert.prepare(uR"(INSERT INTO kpi_periods (agreement_id, target_id, period,
            period_start, period_end, closed, metric, tickets, met, breached, pending, near_due,
            achieved_milli, goal_milli, mean_elapsed, median_elapsed, p90_elapsed,
            agreed_seconds, downtime_seconds, outages, mttr_seconds, mtbf_seconds, answers,
            score_milli, csat_milli, status, error_budget, burn_milli, credit_hundredths,
            credit_minor, currency, as_of)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?, ?, ?, ?, ?, ?))"_s))
        return Error{insert.lastError().text()};
    const qint64 asOf = mOptions.asOf;
    for (Work &w : mWork) {
        for (size_t i = 0; i < w.selected.size(); ++i) {
            if (!w.selected[i])
                continue;
            const int index = w.first + int(i);
            const qint64 start = w.table->start(index);
            const qint64 stop = w.table->end(index);
            const qint64 windowFrom = std::max(start, w.from);
            const qint64 windowEnd = std::min(stop, w.until);  // of the whole period
            const qint64 windowTo = std::min(windowEnd, asOf); // so far
            const bool closed = asOf >= windowEnd;
            KpiRow row;
            Bucket &b = w.buckets[i];
            KpiStatus status = KpiStatus::Met;
            if (w.metric == Metric::FirstResponse || w.metric == Metric::Resolution) {
                row.tickets = b.met + b.breached + b.pending;
                row.met = b.met;
                row.breached = b.breached;
                row.pending = b.pending;
                row.nearDue = b.nearDue;
                row.achievedMilli = KpiCalculator::complianceMilli(b.met, b.breached);
                row.goalMilli = w.goalMilli;
                row.elapsed = KpiCalculator::elapsedStats(b.elapsed);
                status = KpiCalculator::ticketStatus(closed, b.met, b.breached, b.pending,
                                                     b.nearDue, w.goalMilli);
                row.errorBudget = KpiCalculator::errorBudget(b.met, b.breached, w.goalMilli);
                row.burnMilli = KpiCalculator::burnRateMilli(b.met, b.breached, w.goalMilli);
                std::vector<qint64>().swap(b.elapsed);
            } else if (w.metric == Metric::Availability) {
                std::vector<Interval> planned, unplanned;
                std::vector<const OutageRecord *> failures;
                for (const OutageRecord &o : mOutages) {
                    if (!w.serviceNames.contains(o.service)
                        || (!o.customer.isEmpty() && o.customer != w.partyName)
                        || (!o.region.isEmpty() && !w.regionNames.contains(o.region)))
                        continue;
                    (o.planned ? planned : unplanned)
                        .push_back({o.startAt, o.endAt.value_or(asOf)});
                    if (!o.planned && o.startAt >= windowFrom && o.startAt < windowTo)
                        failures.push_back(&o);
                }
                // A failure that starts inside maintenance is not one the customer sees.
                qint64 count = 0, repair = 0;
                for (const OutageRecord *o : failures) {
                    const bool inMaintenance = std::any_of(
                        planned.begin(), planned.end(), [o](const Interval &p) {
                            return p.from <= o->startAt && o->startAt < p.to;
                        });
                    if (inMaintenance)
                        continue;
                    ++count;
                    repair += std::min(o->endAt.value_or(asOf), asOf) - o->startAt;
                }
                const BusinessCalendar &cal = *w.calendar;
                const auto plannedSoFar = merged(planned, windowFrom, windowTo);
                const auto plannedAll = merged(planned, windowFrom, windowEnd);
                const auto down = merged(unplanned, windowFrom, windowTo);
                const qint64 agreed = cal.elapsed(windowFrom, windowTo)
                                      - businessTime(cal, plannedSoFar);
                const qint64 agreedAll = cal.elapsed(windowFrom, windowEnd)
                                         - businessTime(cal, plannedAll);
                const qint64 downtime = businessTime(cal, down)
                                        - businessTime(cal, intersection(down, plannedSoFar));
                row.agreedSeconds = agreed;
                row.downtimeSeconds = downtime;
                row.outages = count;
                if (count > 0) {
                    row.mttrSeconds = repair / count;
                    row.mtbfSeconds = std::max<qint64>(0, agreed - downtime) / count;
                }
                row.achievedMilli = KpiCalculator::availabilityMilli(agreed, downtime);
                row.goalMilli = w.threshold;
                // Error budget in seconds of downtime the whole period still allows.
                row.errorBudget = agreedAll * (kWhole - w.threshold) / kWhole - downtime;
                if (w.threshold < kWhole && agreed > 0)
                    row.burnMilli = downtime * kWhole * 1000 / (agreed * (kWhole - w.threshold));
                const bool reached = !row.achievedMilli || *row.achievedMilli >= w.threshold;
                status = reached  ? KpiStatus::Met
                         : closed ? KpiStatus::Breached
                                  : KpiStatus::AtRisk;
            } else { // satisfaction: the average score against the threshold
                const auto &scores = mScores.value(w.partyName);
                qint64 answers = 0, sum = 0, good = 0;
                const auto lower = std::lower_bound(scores.begin(), scores.end(),
                                                    std::pair<qint64, int>(windowFrom, 0));
                for (auto it = lower; it != scores.end() && it->first < windowTo; ++it) {
                    ++answers;
                    sum += it->second;
                    good += it->second >= 4;
                }
                row.answers = answers;
                row.goalMilli = w.threshold;
                if (answers > 0) {
                    row.scoreMilli = sum * 1000 / answers;
                    row.csatMilli = good * kWhole / answers;
                    row.achievedMilli = row.scoreMilli;
                }
                const bool reached = !row.achievedMilli || *row.achievedMilli >= w.threshold;
                status = reached  ? KpiStatus::Met
                         : closed ? KpiStatus::Breached
                                  : KpiStatus::AtRisk;
            }
            // Credits are owed for closed periods only; satisfaction carries no credit rule.
            if (closed && row.achievedMilli && w.metric != Metric::Satisfaction) {
                row.creditHundredths = KpiCalculator::creditHundredths(w.tiers, w.capHundredths,
                                                                       *row.achievedMilli);
            }
            const Money credit = KpiCalculator::credit(w.price, w.period, row.creditHundredths);
            const QVariantList values = {w.agreementId,
                                         w.targetId,
                                         w.table->name(index),
                                         start,
                                         stop,
                                         closed ? 1 : 0,
                                         Enums::key(w.metric),
                                         row.tickets,
                                         row.met,
                                         row.breached,
                                         row.pending,
                                         row.nearDue,
                                         nullable(row.achievedMilli),
                                         row.goalMilli,
                                         nullable(row.elapsed.mean),
                                         nullable(row.elapsed.median),
                                         nullable(row.elapsed.p90),
                                         nullable(row.agreedSeconds),
                                         nullable(row.downtimeSeconds),
                                         nullable(row.outages),
                                         nullable(row.mttrSeconds),
                                         nullable(row.mtbfSeconds),
                                         nullable(row.answers),
                                         nullable(row.scoreMilli),
                                         nullable(row.csatMilli),
                                         KpiCalculator::statusKey(status),
                                         nullable(row.errorBudget),
                                         nullable(row.burnMilli),
                                         row.creditHundredths,
                                         credit.minorUnits(),
                                         w.price.currency(),
                                         asOf};
            if (!full) {
                remove.bindValue(0, w.targetId);
                remove.bindValue(1, w.table->name(index));
                if (!remove.exec())
                    return Error{remove.lastError().text()};
            }
            for (int v = 0; v < values.size(); ++v)
                insert.bindValue(v, values.at(v));
            if (!insert.exec())
                return Error{KpiEngine::tr("KPIs of target %1 in %2 cannot be stored: %3")
                                 .arg(w.targetId)
                                 .arg(w.table->name(index), insert.lastError().text())};
            ++mSummary.periods;
        }
    }
    return {};
}

Result<void> Run::storeSatisfaction()
{
    // Per customer and UTC month, from every answer: what the watermelon check compares.
    if (auto r = exec(mDb, u"DELETE FROM kpi_satisfaction"_s); !r)
        return r;
    QHash<QString, QList<qint64>> partyIds;
    auto q = select(mDb, u"SELECT id, name FROM parties WHERE kind = 'customer'"_s);
    if (!q)
        return q.error();
    while (q->next())
        partyIds[q->value(1).toString()].append(q->value(0).toLongLong());
    QSqlQuery insert(mDb);
    if (!insert.prepare(u"INSERT INTO kpi_satisfaction (party_id, period, answers, score_milli, "
                        "csat_milli) VALUES (?, ?, ?, ?, ?)"_s))
        return Error{insert.lastError().text()};
    for (auto it = mScores.cbegin(); it != mScores.cend(); ++it) {
        const QList<qint64> ids = partyIds.value(it.key());
        if (ids.isEmpty())
            continue;
        QMap<QString, std::array<qint64, 3>> months; // answers, sum, good
        for (const auto &[at, score] : it.value()) {
            auto &m = months[IsoTime::utcMonth(at)];
            ++m[0];
            m[1] += score;
            m[2] += score >= 4;
        }
        for (auto m = months.cbegin(); m != months.cend(); ++m) {
            for (qint64 id : ids) {
                const auto &[answers, sum, good] = m.value();
                for (const QVariant &v : QVariantList{id, m.key(), answers, sum * 1000 / answers,
                                                      good * kWhole / answers})
                    insert.addBindValue(v);
                if (!insert.exec())
                    return Error{insert.lastError().text()};
            }
        }
    }
    return {};
}

Result<void> Run::storeWatermelons()
{
    // A customer SLA whose targets are all met in a closed month while its customer is
    // unhappy: green outside, red inside.
    if (auto r = exec(mDb, u"DELETE FROM kpi_watermelons"_s); !r)
        return r;
    struct MonthState
    {
        bool allMet = true;
        bool closed = true;
        bool any = false;
    };
    QHash<qint64, QMap<QString, MonthState>> states;
    QHash<qint64, qint64> partyOf;
    auto q = select(mDb, uR"(SELECT k.agreement_id, k.period, k.status, k.closed, a.party_id
                             FROM kpi_periods k JOIN agreements a ON a.id = k.agreement_id
                             WHERE a.kind = 'customer_sla')"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        const qint64 agreement = q->value(0).toLongLong();
        partyOf.insert(agreement, q->value(4).toLongLong());
        const QString period = q->value(1).toString();
        QStringList months;
        if (period.contains(u'Q')) {
            const int first = (period.mid(6).toInt() - 1) * 3 + 1;
            for (int m = first; m < first + 3; ++m)
                months.append(u"%1-%2"_s.arg(period.left(4)).arg(m, 2, 10, QChar(u'0')));
        } else {
            months.append(period);
        }
        for (const QString &month : months) {
            MonthState &s = states[agreement][month];
            s.any = true;
            s.allMet &= q->value(2).toString() == u"met"_s;
            // A quarter still open says "met so far"; the month itself must be over.
            if (!period.contains(u'Q'))
                s.closed &= q->value(3).toInt() == 1;
        }
    }
    QHash<qint64, QMap<QString, std::pair<qint64, qint64>>>
        csat; // party -> month -> (answers, csat)
    q = select(mDb, u"SELECT party_id, period, answers, csat_milli FROM kpi_satisfaction"_s);
    if (!q)
        return q.error();
    while (q->next())
        csat[q->value(0).toLongLong()].insert(q->value(1).toString(),
                                              {q->value(2).toLongLong(), q->value(3).toLongLong()});
    const QString currentMonth = IsoTime::utcMonth(mOptions.asOf);
    QSqlQuery insert(mDb);
    if (!insert.prepare(u"INSERT INTO kpi_watermelons (agreement_id, period, csat_milli, "
                        "previous_csat_milli, reason) VALUES (?, ?, ?, ?, ?)"_s))
        return Error{insert.lastError().text()};
    for (auto a = states.cbegin(); a != states.cend(); ++a) {
        const auto &scores = csat.value(partyOf.value(a.key()));
        for (auto m = a->cbegin(); m != a->cend(); ++m) {
            if (!m->any || !m->allMet || !m->closed || m.key() >= currentMonth)
                continue;
            const auto now = scores.constFind(m.key());
            if (now == scores.constEnd() || now->first < mOptions.watermelonMinAnswers)
                continue;
            const QDate d = QDate(m.key().left(4).toInt(), m.key().mid(5).toInt(), 1).addMonths(-1);
            const auto before = scores.constFind(
                u"%1-%2"_s.arg(d.year()).arg(d.month(), 2, 10, QChar(u'0')));
            std::optional<qint64> previous;
            if (before != scores.constEnd() && before->first >= mOptions.watermelonMinAnswers)
                previous = before->second;
            QString reason;
            if (now->second < mOptions.watermelonCsatMilli)
                reason = u"low"_s;
            else if (previous && *previous - now->second > mOptions.watermelonDropMilli)
                reason = u"drop"_s;
            if (reason.isEmpty())
                continue;
            for (const QVariant &v :
                 QVariantList{a.key(), m.key(), now->second, nullable(previous), reason})
                insert.addBindValue(v);
            if (!insert.exec())
                return Error{insert.lastError().text()};
            ++mSummary.watermelons;
        }
    }
    return {};
}

Result<void> Run::storeVolumes()
{
    if (auto r = exec(mDb, u"DELETE FROM kpi_volumes"_s); !r)
        return r;
    const QString currentMonth = IsoTime::utcMonth(mOptions.asOf);
    QMap<QPair<QString, QString>, QMap<QString, qint64>> series;
    // Counted here rather than by a GROUP BY: sorting a million rows for it took SQLite
    // 1.5 s, streaming them into a hash a third of that.
    auto q = select(mDb, u"SELECT service, region, opened_at FROM tickets WHERE opened_at < ?"_s,
                    {utcMonthStart(currentMonth)});
    if (!q)
        return q.error();
    QHash<QPair<QString, QString>, QHash<qint64, qint64>> days; // per UTC day
    while (q->next())
        ++days[{q->value(0).toString(), q->value(1).toString()}]
              [IsoTime::floorDiv(q->value(2).toLongLong(), 86400)];
    QHash<qint64, QString> monthOfDay;
    for (auto s = days.cbegin(); s != days.cend(); ++s) {
        QMap<QString, qint64> &months = series[s.key()];
        for (auto d = s->cbegin(); d != s->cend(); ++d) {
            auto month = monthOfDay.constFind(d.key());
            if (month == monthOfDay.constEnd())
                month = monthOfDay.insert(d.key(), IsoTime::utcMonth(d.key() * 86400));
            months[*month] += d.value();
        }
    }
    QSqlQuery insert(mDb);
    if (!insert.prepare(u"INSERT INTO kpi_volumes (service, region, period, tickets, forecast, "
                        "method) VALUES (?, ?, ?, ?, ?, coalesce(?, ''))"_s))
        return Error{insert.lastError().text()};
    const auto put = [&](const QPair<QString, QString> &key, const QString &month, qint64 tickets,
                         bool forecast, const QString &method) -> Result<void> {
        for (const QVariant &v :
             QVariantList{key.first, key.second, month, tickets, forecast ? 1 : 0, method})
            insert.addBindValue(v);
        if (!insert.exec())
            return Error{insert.lastError().text()};
        ++mSummary.volumeRows;
        return {};
    };
    for (auto s = series.cbegin(); s != series.cend(); ++s) {
        // Every month from the first with tickets to the last complete one, zeros included.
        QList<qint64> history;
        QString month = s->firstKey();
        for (; month < currentMonth; month = nextMonth(month)) {
            history.append(s->value(month));
            if (auto r = put(s.key(), month, history.last(), false, {}); !r)
                return r;
        }
        QString method;
        for (qint64 value : KpiEngine::forecast(history, 3, &method)) {
            if (auto r = put(s.key(), month, value, true, method); !r)
                return r;
            month = nextMonth(month);
        }
    }
    return {};
}

Result<KpiSummary> Run::execute(bool full)
{
    mSummary.full = full;
    Transaction transaction(mDb);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    for (auto step : {&Run::load}) {
        if (auto r = (this->*step)(); !r)
            return r.error();
    }
    if (auto r = selectPeriods(full); !r)
        return r.error();
    for (auto step : {&Run::readTickets, &Run::readSatisfaction}) {
        if (auto r = (this->*step)(); !r)
            return r.error();
    }
    if (auto r = store(full); !r)
        return r.error();
    for (auto step : {&Run::storeSatisfaction, &Run::storeWatermelons, &Run::storeVolumes}) {
        if (auto r = (this->*step)(); !r)
            return r.error();
    }
    if (auto r = exec(mDb, u"DELETE FROM kpi_dirty_months"_s); !r)
        return r.error();
    if (auto r = WorkspaceMeta::set(mDb, u"kpi_stale"_s, u"0"_s); !r)
        return r.error();
    if (auto r = WorkspaceMeta::set(mDb, u"kpi_as_of"_s, QString::number(mOptions.asOf)); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return mSummary;
}

QString targetLabel(const QString &service, const QString &metric, const QString &priority,
                    const QString &region)
{
    QString label = service + u' ' + metric;
    if (!priority.isEmpty())
        label += u' ' + priority;
    if (!region.isEmpty())
        label += u' ' + region;
    return label;
}

// The first and last month of a period name, for filtering by month.
std::pair<QString, QString> monthsOf(const QString &period)
{
    if (!period.contains(u'Q'))
        return {period, period};
    const int first = (period.mid(6).toInt() - 1) * 3 + 1;
    return {u"%1-%2"_s.arg(period.left(4)).arg(first, 2, 10, QChar(u'0')),
            u"%1-%2"_s.arg(period.left(4)).arg(first + 2, 2, 10, QChar(u'0'))};
}

} // namespace

Result<KpiSummary> KpiEngine::recompute(QSqlDatabase db, const KpiOptions &options)
{
    return Run(db, options).execute(true);
}

Result<KpiSummary> KpiEngine::refresh(QSqlDatabase db, const KpiOptions &options)
{
    return Run(db, options).execute(isStale(db));
}

bool KpiEngine::isStale(QSqlDatabase db)
{
    return WorkspaceMeta::value(db, u"kpi_stale"_s) != u"0"_s;
}

std::optional<qint64> KpiEngine::storedAsOf(QSqlDatabase db)
{
    bool ok = false;
    const qint64 asOf = WorkspaceMeta::value(db, u"kpi_as_of"_s).toLongLong(&ok);
    return ok ? std::optional(asOf) : std::nullopt;
}

bool KpiEngine::isUpToDate(QSqlDatabase db, qint64 asOf, qint64 tolerance)
{
    if (Evaluator::isStale(db) || isStale(db))
        return false;
    const std::optional<qint64> kpiAsOf = storedAsOf(db);
    const std::optional<qint64> verdictAsOf = Evaluator::storedAsOf(db);
    const auto near = [asOf, tolerance](const std::optional<qint64> &stored) {
        return stored && *stored <= asOf && asOf - *stored <= tolerance;
    };
    if (!near(kpiAsOf) || !near(verdictAsOf) || *kpiAsOf != *verdictAsOf)
        return false;
    QSqlQuery q(db);
    return q.exec(u"SELECT 1 FROM kpi_dirty_months LIMIT 1"_s) && !q.next();
}

namespace {

Result<ResultsUpdate> updateResults(QSqlDatabase db, const KpiOptions &options, bool everything)
{
    ResultsUpdate update;
    if (everything || !Evaluator::isUpToDate(db, options.asOf)) {
        auto evaluation = everything ? Evaluator::evaluate(db, options.asOf)
                                     : Evaluator::update(db, options.asOf);
        if (!evaluation)
            return evaluation.error();
        update.evaluation = *evaluation;
    }
    auto kpis = everything ? KpiEngine::recompute(db, options) : KpiEngine::refresh(db, options);
    if (!kpis)
        return kpis.error();
    update.kpis = *kpis;
    return update;
}

} // namespace

Result<ResultsUpdate> KpiEngine::recomputeEverything(QSqlDatabase db, const KpiOptions &options)
{
    return updateResults(db, options, true);
}

Result<ResultsUpdate> KpiEngine::bringUpToDate(QSqlDatabase db, const KpiOptions &options)
{
    return updateResults(db, options, false);
}

Result<QList<KpiRow>> KpiEngine::rows(QSqlDatabase db, const KpiFilter &filter)
{
    auto q = select(db, uR"(SELECT k.agreement_id, a.number, a.title, k.target_id, v.code,
                                   k.metric, t.priority, coalesce(r.code, ''), k.period,
                                   k.period_start, k.period_end, k.closed, k.tickets, k.met,
                                   k.breached, k.pending, k.near_due, k.achieved_milli,
                                   k.goal_milli, k.mean_elapsed, k.median_elapsed, k.p90_elapsed,
                                   k.agreed_seconds, k.downtime_seconds, k.outages,
                                   k.mttr_seconds, k.mtbf_seconds, k.answers, k.score_milli,
                                   k.csat_milli, k.status, k.error_budget, k.burn_milli,
                                   k.credit_hundredths, k.credit_minor, k.currency
                            FROM kpi_periods k JOIN agreements a ON a.id = k.agreement_id
                            JOIN targets t ON t.id = k.target_id
                            JOIN services v ON v.id = t.service_id
                            LEFT JOIN regions r ON r.id = t.region_id
                            WHERE (coalesce(?, '') = '' OR a.number = ?)
                            ORDER BY a.number, a.version, k.period_start, t.position, t.id)"_s,
                    {filter.agreementNumber, filter.agreementNumber});
    if (!q)
        return q.error();
    QList<KpiRow> rows;
    while (q->next()) {
        KpiRow row;
        row.period = q->value(8).toString();
        const auto [firstMonth, lastMonth] = monthsOf(row.period);
        if ((!filter.fromMonth.isEmpty() && lastMonth < filter.fromMonth)
            || (!filter.toMonth.isEmpty() && firstMonth > filter.toMonth))
            continue;
        row.agreementId = q->value(0).toLongLong();
        row.number = q->value(1).toString();
        row.agreementTitle = q->value(2).toString();
        row.targetId = q->value(3).toLongLong();
        row.metric = q->value(5).toString();
        row.target = targetLabel(q->value(4).toString(), row.metric, q->value(6).toString(),
                                 q->value(7).toString());
        row.periodStart = q->value(9).toLongLong();
        row.periodEnd = q->value(10).toLongLong();
        row.closed = q->value(11).toInt() != 0;
        row.tickets = q->value(12).toLongLong();
        row.met = q->value(13).toLongLong();
        row.breached = q->value(14).toLongLong();
        row.pending = q->value(15).toLongLong();
        row.nearDue = q->value(16).toLongLong();
        row.achievedMilli = optionalValue(q->value(17));
        row.goalMilli = q->value(18).toLongLong();
        row.elapsed = {optionalValue(q->value(19)), optionalValue(q->value(20)),
                       optionalValue(q->value(21))};
        row.agreedSeconds = optionalValue(q->value(22));
        row.downtimeSeconds = optionalValue(q->value(23));
        row.outages = optionalValue(q->value(24));
        row.mttrSeconds = optionalValue(q->value(25));
        row.mtbfSeconds = optionalValue(q->value(26));
        row.answers = optionalValue(q->value(27));
        row.scoreMilli = optionalValue(q->value(28));
        row.csatMilli = optionalValue(q->value(29));
        row.status = q->value(30).toString();
        row.errorBudget = optionalValue(q->value(31));
        row.burnMilli = optionalValue(q->value(32));
        row.creditHundredths = q->value(33).toLongLong();
        row.credit = Money(q->value(34).toLongLong(), q->value(35).toString());
        rows.append(row);
    }
    return rows;
}

Result<QList<CreditStatement>> KpiEngine::statements(QSqlDatabase db, const KpiFilter &filter)
{
    auto all = rows(db, filter);
    if (!all)
        return all.error();
    QList<CreditStatement> result;
    QHash<QPair<qint64, QString>, qsizetype> index;
    for (const KpiRow &row : *all) {
        // A share of no fee (a corporate umbrella, an internal SLA) owes nothing.
        if (row.creditHundredths == 0 || row.credit.isZero())
            continue;
        const QPair<qint64, QString> key{row.agreementId, row.period};
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            CreditStatement s;
            s.agreementId = row.agreementId;
            s.number = row.number;
            s.title = row.agreementTitle;
            s.period = row.period;
            s.total = Money(0, row.credit.currency());
            it = index.insert(key, result.size());
            result.append(s);
        }
        CreditStatement &s = result[*it];
        s.credits.append(row);
        s.total = Money(s.total.minorUnits() + row.credit.minorUnits(), s.total.currency());
    }
    return result;
}

Result<QList<WatermelonFlag>> KpiEngine::watermelons(QSqlDatabase db)
{
    auto q = select(db, uR"(SELECT w.agreement_id, a.number, p.name, w.period, w.csat_milli,
                                   w.previous_csat_milli, w.reason
                            FROM kpi_watermelons w JOIN agreements a ON a.id = w.agreement_id
                            JOIN parties p ON p.id = a.party_id
                            ORDER BY a.number, w.period)"_s);
    if (!q)
        return q.error();
    QList<WatermelonFlag> flags;
    while (q->next())
        flags.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                      q->value(3).toString(), q->value(4).toLongLong(), optionalValue(q->value(5)),
                      q->value(6).toString()});
    return flags;
}

Result<QList<VolumeRow>> KpiEngine::volumes(QSqlDatabase db)
{
    auto q = select(db, u"SELECT service, region, period, tickets, forecast, method "
                        "FROM kpi_volumes ORDER BY service, region, period"_s);
    if (!q)
        return q.error();
    QList<VolumeRow> result;
    while (q->next())
        result.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                       q->value(3).toLongLong(), q->value(4).toInt() != 0, q->value(5).toString()});
    return result;
}

QList<qint64> KpiEngine::forecast(const QList<qint64> &history, int horizon, QString *method)
{
    QList<qint64> result;
    const qsizetype n = history.size();
    if (n >= 12) {
        if (method)
            *method = u"seasonal-naive-12"_s;
        for (int h = 0; h < horizon; ++h)
            result.append(history.at(n - 12 + h % 12));
        return result;
    }
    if (method)
        *method = u"linear-trend"_s;
    if (n == 0) {
        for (int h = 0; h < horizon; ++h)
            result.append(0);
        return result;
    }
    // Least squares over x = 0..n-1 in integers scaled by the denominator.
    qint64 sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (qsizetype x = 0; x < n; ++x) {
        sx += x;
        sy += history.at(x);
        sxx += qint64(x) * x;
        sxy += qint64(x) * history.at(x);
    }
    const qint64 d = n * sxx - sx * sx;
    for (int h = 0; h < horizon; ++h) {
        const qint64 x = n + h;
        double value = double(sy) / double(n);
        if (d != 0) {
            const double slope = double(n * sxy - sx * sy) / double(d);
            value = (double(sy) - slope * double(sx)) / double(n) + slope * double(x);
        }
        result.append(std::max<qint64>(0, qRound64(value)));
    }
    return result;
}

} // namespace Accordo
