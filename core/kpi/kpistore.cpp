#include "kpirecompute.h"

#include "domain/enums.h"
#include "kpi/kpisql.h"
#include "storage/database.h"
#include "storage/rowdigest.h"


#include <algorithm>

using namespace Qt::StringLiterals;

// The KPI rows of the selected periods, as Recompute::store() writes them.

namespace Accordo::Kpi {

namespace {

const auto ClearPeriods = u"DELETE FROM kpi_periods"_s;
// Periods that an earlier, later as-of had and this one has not.
const auto ClearLaterPeriods = u"DELETE FROM kpi_periods WHERE period_start >= ?"_s;
const auto ClearTargetPeriods = u"DELETE FROM kpi_periods WHERE target_id = ?"_s;
// A stored period written again: every column but its agreement, target and period (the
// first kKeyColumns of insertPeriodSql()), which stay as they are; these, in UpdatePeriod's
// order.
constexpr qsizetype kKeyColumns = 3;
constexpr const char *PeriodValueColumns[] = {"period_start",   "period_end",
                                              "closed",         "metric",
                                              "tickets",        "met",
                                              "breached",       "pending",
                                              "near_due",       "achieved_milli",
                                              "goal_milli",     "mean_elapsed",
                                              "median_elapsed", "p90_elapsed",
                                              "agreed_seconds", "downtime_seconds",
                                              "outages",        "mttr_seconds",
                                              "mtbf_seconds",   "answers",
                                              "score_milli",    "csat_milli",
                                              "status",         "error_budget",
                                              "burn_milli",     "credit_hundredths",
                                              "credit_minor",   "currency",
                                              "as_of"};
// A target's stored periods, with their values to compare with those about to be written.
const QString SelectTargetPeriods = [] {
    QStringList columns{u"agreement_id"_s, u"period"_s};
    for (const char *column : PeriodValueColumns)
        columns.append(QString::fromLatin1(column));
    return u"SELECT %1 FROM kpi_periods WHERE target_id = ?"_s.arg(columns.join(u", "_s));
}();
const auto UpdatePeriod = uR"(UPDATE kpi_periods SET
        period_start = ?, period_end = ?, closed = ?, metric = ?, tickets = ?, met = ?,
        breached = ?, pending = ?, near_due = ?, achieved_milli = ?, goal_milli = ?,
        mean_elapsed = ?, median_elapsed = ?, p90_elapsed = ?, agreed_seconds = ?,
        downtime_seconds = ?, outages = ?, mttr_seconds = ?, mtbf_seconds = ?, answers = ?,
        score_milli = ?, csat_milli = ?, status = ?, error_budget = ?, burn_milli = ?,
        credit_hundredths = ?, credit_minor = ?, currency = ?, as_of = ?
    WHERE target_id = ? AND period = ?)"_s;
// Delete and insert rather than INSERT OR REPLACE: the same SQL on SQLite and PostgreSQL.
const auto DeletePeriod = u"DELETE FROM kpi_periods WHERE target_id = ? AND period = ?"_s;
// Availability and satisfaction: the threshold reached, or nothing to judge yet.
KpiStatus thresholdStatus(const KpiRow &row, qint64 threshold, bool closed)
{
    const bool reached = !row.achievedMilli || *row.achievedMilli >= threshold;
    return reached ? KpiStatus::Met : closed ? KpiStatus::Breached : KpiStatus::AtRisk;
}

} // namespace

QString insertPeriodSql(const QString &table)
{
    return uR"(INSERT INTO %1 (agreement_id, target_id, period,
            period_start, period_end, closed, metric, tickets, met, breached, pending, near_due,
            achieved_milli, goal_milli, mean_elapsed, median_elapsed, p90_elapsed,
            agreed_seconds, downtime_seconds, outages, mttr_seconds, mtbf_seconds, answers,
            score_milli, csat_milli, status, error_budget, burn_milli, credit_hundredths,
            credit_minor, currency, as_of)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?, ?, ?, ?, ?, ?))"_s.arg(table);
}

Window Recompute::window(const Work &w, int index) const
{
    Window window;
    window.from = std::max(w.table->start(index), w.from);
    window.end = std::min(w.table->end(index), w.until); // of the whole period
    window.to = std::min(window.end, mOptions.asOf);     // so far
    window.closed = mOptions.asOf >= window.end;
    return window;
}

KpiStatus Recompute::ticketRow(const Work &w, Bucket &b, bool closed, KpiRow &row) const
{
    row.tickets = b.met + b.breached + b.pending;
    row.met = b.met;
    row.breached = b.breached;
    row.pending = b.pending;
    row.nearDue = b.nearDue;
    row.achievedMilli = KpiCalculator::complianceMilli(b.met, b.breached);
    row.goalMilli = w.goalMilli;
    row.elapsed = KpiCalculator::elapsedStats(b.elapsed);
    row.errorBudget = KpiCalculator::errorBudget(b.met, b.breached, w.goalMilli);
    row.burnMilli = KpiCalculator::burnRateMilli(b.met, b.breached, w.goalMilli);
    const KpiStatus status = KpiCalculator::ticketStatus(closed, b.met, b.breached, b.pending,
                                                         b.nearDue, w.goalMilli);
    std::vector<qint64>().swap(b.elapsed);
    return status;
}

KpiStatus Recompute::availabilityRow(const Work &w, const Window &window, KpiRow &row) const
{
    const qint64 asOf = mOptions.asOf;
    std::vector<Interval> planned, unplanned;
    std::vector<const OutageRecord *> failures;
    for (size_t i : w.outages) {
        const OutageRecord &o = mOutages[i];
        (o.planned ? planned : unplanned).push_back({o.startAt, o.endAt.value_or(asOf)});
        if (!o.planned && o.startAt >= window.from && o.startAt < window.to)
            failures.push_back(&o);
    }
    // A failure that starts inside maintenance is not one the customer sees.
    qint64 count = 0, repair = 0;
    for (const OutageRecord *o : failures) {
        const bool inMaintenance = std::any_of(
            planned.begin(), planned.end(),
            [o](const Interval &p) { return p.from <= o->startAt && o->startAt < p.to; });
        if (inMaintenance)
            continue;
        ++count;
        repair += std::min(o->endAt.value_or(asOf), asOf) - o->startAt;
    }
    const BusinessCalendar &cal = *w.calendar;
    const auto plannedSoFar = merged(planned, window.from, window.to);
    const auto plannedAll = merged(planned, window.from, window.end);
    const auto down = merged(unplanned, window.from, window.to);
    const qint64 agreed = cal.elapsed(window.from, window.to) - businessTime(cal, plannedSoFar);
    const qint64 agreedAll = cal.elapsed(window.from, window.end) - businessTime(cal, plannedAll);
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
    return thresholdStatus(row, w.threshold, window.closed);
}

KpiStatus Recompute::satisfactionRow(const Work &w, const Window &window, const Scores &scores,
                                     KpiRow &row) const
{
    // The average score against the threshold.
    qint64 answers = 0, sum = 0, good = 0;
    const auto lower = std::lower_bound(scores.begin(), scores.end(),
                                        std::pair<qint64, int>(window.from, 0));
    for (auto it = lower; it != scores.end() && it->first < window.to; ++it) {
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
    return thresholdStatus(row, w.threshold, window.closed);
}

KpiStatus Recompute::measure(const Work &w, Bucket &bucket, const Window &window,
                             const Scores &scores, KpiRow &row) const
{
    KpiStatus status = KpiStatus::Met;
    if (w.metric == Metric::FirstResponse || w.metric == Metric::Resolution)
        status = ticketRow(w, bucket, window.closed, row);
    else if (w.metric == Metric::Availability)
        status = availabilityRow(w, window, row);
    else if (w.metric == Metric::Custom)
        status = customRow(w, window, row); // its credit too, the way it is better
    else
        status = satisfactionRow(w, window, scores, row);
    // Credits are owed for closed periods only; satisfaction carries no credit rule.
    if (window.closed && row.achievedMilli && w.metric != Metric::Satisfaction
        && w.metric != Metric::Custom) {
        row.creditHundredths = KpiCalculator::creditHundredths(w.tiers, w.capHundredths,
                                                               *row.achievedMilli);
    }
    return status;
}

Result<QVariantList> Recompute::storedValues(const Work &w, int index, const KpiRow &row,
                                             KpiStatus status, bool closed) const
{
    const Result<Money> credit = KpiCalculator::credit(w.price, w.period, row.creditHundredths);
    if (!credit)
        return credit.error();
    return QVariantList{w.agreementId,
                        w.targetId,
                        w.table->name(index),
                        w.table->start(index),
                        w.table->end(index),
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
                        credit->minorUnits(),
                        w.price.currency(),
                        mOptions.asOf};
}

Result<Recompute::StoredPeriods> Recompute::readStoredPeriods(QSqlDatabase db,
                                                              const QSet<qint64> &targets,
                                                              QSet<qint64> &agreements)
{
    // A calendar can make tens of thousands of targets: the statement is prepared once.
    StoredPeriods stored;
    Statement periodsOf(db);
    if (auto r = periodsOf.prepare(SelectTargetPeriods); !r)
        return r.error();
    QList<int> valueColumns; // by name, once: the statement is the same for every target
    QVariantList values;
    for (qint64 target : targets) {
        QHash<QString, size_t> &periods = stored[target];
        if (auto r = eachRow(periodsOf, SelectTargetPeriods, {target},
                             [&](const Sql::Rows &row) {
                                 if (valueColumns.isEmpty()) {
                                     for (const char *column : PeriodValueColumns)
                                         valueColumns.append(row.column(column));
                                 }
                                 agreements.insert(row.integer("agreement_id"));
                                 values.clear();
                                 for (const int column : std::as_const(valueColumns))
                                     values.append(row.value(column));
                                 periods.insert(row.sharedText("period"), Sql::rowDigest(values));
                             });
            !r)
            return r.error();
    }
    return stored;
}

void Recompute::startReadingDirtyBeside(const QString &location)
{
    // Those out of range have their periods cleared before they would be read: none.
    QSet<qint64> targets = mDirtyTargets;
    for (qint64 target : mOutOfRange)
        targets.remove(target);
    mSummary.targetsReadBeside = targets.size();
    mBesideThread = Database::readBeside(
        location, true, [this, targets = std::move(targets)](Result<QSqlDatabase> on) {
            if (on)
                mBeside.periods = readStoredPeriods(*on, targets, mBeside.agreements);
            else
                mBeside.periods = on.error();
        });
}

Result<Recompute::StoredPeriods> Recompute::readDirtyTargets()
{
    // Every period of a target whose terms changed is written again, or none when it is gone
    // or no longer in force; its agreement's flags follow either way.
    QSet<qint64> agreements;
    Result<StoredPeriods> stored = StoredPeriods();
    if (mBesideThread) {
        mBesideThread->wait();
        mBesideThread.reset();
        stored = std::exchange(mBeside.periods, StoredPeriods());
        agreements = std::exchange(mBeside.agreements, {});
    } else {
        stored = readStoredPeriods(mDb, mDirtyTargets, agreements);
    }
    mTouchedAgreements.unite(agreements);
    mFlagAgreements.unite(agreements);
    return stored;
}

Result<void> Recompute::store(bool full)
{
    // The periods stored for the targets whose terms changed: those still measured are
    // updated in place (their keys stay, and so do the table's indexes), the others removed.
    StoredPeriods storedOfDirty;
    if (full) {
        if (auto r = exec(mDb, ClearPeriods); !r)
            return r;
    } else {
        if (mAsOfMoved) {
            if (auto r = exec(mDb, ClearLaterPeriods, {mOptions.asOf}); !r)
                return r;
        }
        for (qint64 target : mOutOfRange) {
            if (auto r = exec(mDb, ClearTargetPeriods, {target}); !r)
                return r;
        }
        auto stored = readDirtyTargets();
        if (!stored)
            return stored.error();
        storedOfDirty = std::move(*stored);
    }
    Statement remove(mDb), insert(mDb), update(mDb);
    for (const auto &[statement, sql] :
         {std::pair{&remove, DeletePeriod}, std::pair{&insert, insertPeriodSql(u"kpi_periods"_s)},
          std::pair{&update, UpdatePeriod}}) {
        if (auto r = statement->prepare(sql); !r)
            return r;
    }
    const Scores none;
    qint64 unchanged = 0;
    for (Work &w : mWork) {
        const auto dirty = storedOfDirty.find(w.targetId);
        QHash<QString, size_t> *stored = dirty != storedOfDirty.end() ? &*dirty : nullptr;
        for (size_t i = 0; i < w.selected.size(); ++i) {
            if (!w.selected[i])
                continue;
            const int index = w.first + int(i);
            const QString name = w.table->name(index);
            const Window period = window(w, index);
            KpiRow row;
            const auto found = mScores.constFind(w.partyName);
            const Scores &scores = found != mScores.cend() ? *found : none;
            const KpiStatus status = measure(w, w.buckets[i], period, scores, row);
            ++mSummary.periods;
            // A period of a target whose terms stand (its verdicts changed) may be stored or
            // not: updated in place when it is, inserted when not, removed when it measures
            // nothing now.
            const bool maybeStored = !full && !stored;
            if (isNoData(w, row)) {
                // Derived on read (kpinodata.cpp).
                if (maybeStored) {
                    if (auto r = remove.run({w.targetId, name}); !r)
                        return r;
                }
                continue;
            }
            auto values = storedValues(w, index, row, status, period.closed);
            // The digest of what a changed target stored for the period, taken out of those
            // left to remove.
            std::optional<size_t> before;
            if (const auto it = stored ? stored->find(name) : QHash<QString, size_t>::iterator();
                stored && it != stored->end()) {
                before = *it;
                stored->erase(it);
            }
            Result<void> r;
            if (!values) {
                r = values.error();
            } else if (before && *before == Sql::rowDigest(*values, kKeyColumns)) {
                ++unchanged; // stored as it is
            } else if (before || maybeStored) {
                auto changed = update.apply(values->mid(kKeyColumns)
                                            + QVariantList{w.targetId, name});
                if (!changed)
                    r = changed.error();
                else if (*changed == 0)
                    r = insert.run(*values);
            } else {
                r = insert.run(*values);
            }
            if (!r)
                return Error{Accordo::KpiEngine::tr("KPIs of target %1 in %2 cannot be stored: %3")
                                 .arg(w.targetId)
                                 .arg(name, r.error().message)};
        }
    }
    qCDebug(lcKpi, "%lld periods of changed targets stored as they were", unchanged);
    for (auto it = storedOfDirty.cbegin(); it != storedOfDirty.cend(); ++it) {
        for (auto period = it->cbegin(); period != it->cend(); ++period) {
            if (auto r = remove.run({it.key(), period.key()}); !r)
                return r;
        }
    }
    return {};
}

} // namespace Accordo::Kpi
