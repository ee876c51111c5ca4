#include "kpireads.h"

#include "data/workspacemeta.h"
#include "kpi/kpiperiods.h"
#include "kpi/kpirecompute.h"
#include "kpi/kpisql.h"

#include <QHash>
#include <QSqlError>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <tuple>
#include <utility>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// The columns of every read of the stored KPI rows; the WHERE and ORDER BY follow. A row's
// agreement and target are named from the agreements and targets read beside, not joined to
// each of its million rows. The periods in which nothing was measured are not stored: they
// are derived per target and merged in (kpinodata.h).
const auto PeriodColumns = uR"(
    SELECT k.agreement_id, k.target_id, k.metric,
           k.period, k.period_start, k.period_end, k.closed, k.tickets, k.met,
           k.breached, k.pending, k.near_due, k.achieved_milli,
           k.goal_milli, k.mean_elapsed, k.median_elapsed, k.p90_elapsed,
           k.agreed_seconds, k.downtime_seconds, k.outages,
           k.mttr_seconds, k.mtbf_seconds, k.answers, k.score_milli,
           k.csat_milli, k.status, k.error_budget, k.burn_milli,
           k.credit_hundredths, k.credit_minor, k.currency
    FROM agreements a JOIN kpi_periods k ON k.agreement_id = a.id)"_s;

// The agreements in their order, each with its rows: the agreements' unique index on number
// and version drives the read, and each agreement's rows come by kpi_periods_agreement, so
// that no sort of the million rows is needed. Within an agreement the merge sorts them.
const auto PeriodOrder = u" ORDER BY a.number, a.version"_s;

const QString SelectPeriods = PeriodColumns + PeriodOrder;

// One agreement's rows: found by its number's index, then the rows by agreement, instead of
// reading every row of the portfolio to keep a few.
const QString SelectAgreementPeriods = PeriodColumns + u" WHERE a.number = ?"_s + PeriodOrder;

const auto SelectAgreements =
    u"SELECT a.id, a.number, a.title FROM agreements a ORDER BY a.number, a.version"_s;
const auto SelectNumberAgreements = u"SELECT a.id, a.number, a.title FROM agreements a "
                                    "WHERE a.number = ? ORDER BY a.number, a.version"_s;

// What a derived row shows of its target.
const auto SelectTargets = uR"(
    SELECT t.id, t.position, t.custom_name, t.priority, v.code AS service_code,
           coalesce(r.code, '') AS region_code
    FROM targets t JOIN services v ON v.id = t.service_id
    LEFT JOIN regions r ON r.id = t.region_id)"_s;
const auto NumberTargets =
    u" WHERE t.agreement_id IN (SELECT id FROM agreements WHERE number = ?)"_s;

const auto SelectWatermelons = uR"(
    SELECT w.agreement_id, a.number, p.name, w.period, w.csat_milli,
           w.previous_csat_milli, w.reason
    FROM kpi_watermelons w JOIN agreements a ON a.id = w.agreement_id
    JOIN parties p ON p.id = a.party_id
    ORDER BY a.number, w.period)"_s;

const auto SelectVolumes = u"SELECT service, region, period, tickets, forecast, method "
                           "FROM kpi_volumes ORDER BY service, region, period"_s;

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

// A stored row's period bounds and the measures that only the KPI reads show, besides those
// every read of the stored rows takes.
void readRowMeasures(const Sql::Rows &r, KpiRow &row)
{
    Kpi::readMeasures(r, row);
    row.periodStart = r.integer("period_start");
    row.periodEnd = r.integer("period_end");
    row.nearDue = r.integer("near_due");
    row.elapsed = {r.optionalInteger("mean_elapsed"), r.optionalInteger("median_elapsed"),
                   r.optionalInteger("p90_elapsed")};
    row.mtbfSeconds = r.optionalInteger("mtbf_seconds");
    row.scoreMilli = r.optionalInteger("score_milli");
    row.burnMilli = r.optionalInteger("burn_milli");
}

// Where a row goes among its agreement's rows: by period, then target. The keys are sorted,
// not the rows, which are large to move.
struct Ordered
{
    qint64 start = 0;
    int position = 0;
    qint64 targetId = 0;
    std::size_t index = 0; // in the agreement's rows

    friend bool operator<(const Ordered &a, const Ordered &b)
    {
        return std::tie(a.start, a.position, a.targetId)
               < std::tie(b.start, b.position, b.targetId);
    }
};

// What a row shows of its target, read once for all of the target's rows.
struct TargetInfo
{
    int position = 0;
    QString service, customName, priority, region;
    QString metric, label; // the label for the metric last asked (one per target, in practice)
};

Result<QHash<qint64, TargetInfo>> targetInfo(QSqlDatabase db, const QString &number)
{
    auto q = number.isEmpty() ? Kpi::stream(db, SelectTargets)
                              : Kpi::select(db, SelectTargets + NumberTargets, {number});
    if (!q)
        return q.error();
    QHash<qint64, TargetInfo> info;
    while (q->next())
        info.insert(q->integer("id"), {int(q->number("position")),
                                       q->text("service_code"),
                                       q->text("custom_name"),
                                       q->text("priority"),
                                       q->text("region_code"),
                                       {},
                                       {}});
    if (!q->errorText().isEmpty())
        return Kpi::failed(q->errorText(), SelectTargets);
    return info;
}

// A custom metric is named by its definition: "BACKUP Backup success rate".
const QString &labelOf(TargetInfo &info, const QString &metric)
{
    if (info.label.isEmpty() || info.metric != metric) {
        info.metric = metric;
        info.label = targetLabel(info.service, metric == u"custom"_s ? info.customName : metric,
                                 info.priority, info.region);
    }
    return info.label;
}

// One agreement's stored rows as read, in the asked months, before their targets are named
// and the periods in which nothing was measured are added.
struct AgreementRows
{
    qint64 id = 0;
    QString number, title;
    std::vector<KpiRow> rows;
    std::vector<std::pair<qint64, QString>> stored; // every stored (target, period)
};

// Names an agreement's rows, adds its derived ones and hands them all to the sink by period,
// then target. Touches no connection: it may run beside the reading.
class Completer
{
public:
    Completer(const Kpi::Recompute &terms, const KpiFilter &filter, QHash<qint64, TargetInfo> &info,
              const std::function<void(KpiRow &&)> &sink, const QString &sql)
        : mTerms(terms), mFilter(filter), mInfo(info), mSink(sink), mSql(sql)
    {
        for (const Kpi::Work &w : terms.work())
            mWorkOf[w.agreementId].push_back(&w);
    }

    Result<void> complete(AgreementRows &a)
    {
        mOrder.clear();
        for (std::size_t i = 0; i < a.rows.size(); ++i) {
            KpiRow &row = a.rows[i];
            const auto target = mInfo.find(row.targetId);
            if (target == mInfo.end())
                return Kpi::failed(u"KPI row of an unknown target %1"_s.arg(row.targetId), mSql);
            mOrder.push_back({row.periodStart, target->position, row.targetId, i});
            row.target = labelOf(*target, row.metric);
        }
        // The periods the agreement's targets have stored, sorted by target: a dozen a target,
        // looked through in place of hashing each period's name.
        const auto byTarget = [](const std::pair<qint64, QString> &x,
                                 const std::pair<qint64, QString> &y) { return x.first < y.first; };
        std::sort(a.stored.begin(), a.stored.end(), byTarget);
        static const std::vector<const Kpi::Work *> NoWork;
        const auto works = mWorkOf.constFind(a.id);
        for (const Kpi::Work *w : works == mWorkOf.cend() ? NoWork : *works) {
            TargetInfo &target = mInfo[w->targetId];
            const auto [from, to] = std::equal_range(a.stored.cbegin(), a.stored.cend(),
                                                     std::pair(w->targetId, QString()), byTarget);
            const auto notStored = [this, from, to](const QString &period) {
                for (auto it = from; it != to; ++it) {
                    if (it->second == period)
                        return false;
                }
                return Kpi::inMonths(mFilter, period);
            };
            auto r = mTerms.noDataKpiRows(*w, mFilter, notStored, [&](KpiRow &&row) {
                row.number = a.number;
                row.agreementTitle = a.title;
                row.target = labelOf(target, row.metric);
                mOrder.push_back({row.periodStart, target.position, row.targetId, a.rows.size()});
                a.rows.push_back(std::move(row));
            });
            if (!r)
                return r;
        }
        std::sort(mOrder.begin(), mOrder.end());
        for (const Ordered &o : mOrder)
            mSink(std::move(a.rows[o.index]));
        return {};
    }

private:
    const Kpi::Recompute &mTerms;
    const KpiFilter &mFilter;
    QHash<qint64, TargetInfo> &mInfo;
    const std::function<void(KpiRow &&)> &mSink;
    const QString &mSql;
    QHash<qint64, std::vector<const Kpi::Work *>> mWorkOf; // agreement -> its targets
    std::vector<Ordered> mOrder;
};

// Completes the agreements on a second thread while this one reads the next: the reading
// holds the connection's thread, and completing the rows takes about as long again. The
// agreements go over in batches, at most a few batches ahead of the completion.
class CompletingThread
{
public:
    explicit CompletingThread(Completer &completer) : mCompleter(completer)
    {
        mThread = std::thread([this] { run(); });
    }
    ~CompletingThread() { static_cast<void>(finish()); }
    CompletingThread(const CompletingThread &) = delete;
    CompletingThread &operator=(const CompletingThread &) = delete;

    // False once the completion failed: finish() tells why.
    bool hand(AgreementRows &&a)
    {
        mBatch.push_back(std::move(a));
        return mBatch.size() < BatchAgreements || send();
    }

    // Completes what was handed and gives the first failure.
    Result<void> finish()
    {
        if (mThread.joinable()) {
            send();
            {
                const std::lock_guard lock(mMutex);
                mDone = true;
            }
            mChanged.notify_all();
            mThread.join();
        }
        return mResult;
    }

private:
    static constexpr std::size_t BatchAgreements = 64;
    static constexpr std::size_t BatchesAhead = 8;

    bool send()
    {
        std::unique_lock lock(mMutex);
        mChanged.wait(lock, [this] { return mQueue.size() < BatchesAhead || mFailed; });
        if (mFailed)
            return false;
        if (!mBatch.empty())
            mQueue.push_back(std::exchange(mBatch, {}));
        lock.unlock();
        mChanged.notify_all();
        return true;
    }

    void run()
    {
        for (;;) {
            std::vector<AgreementRows> batch;
            {
                std::unique_lock lock(mMutex);
                mChanged.wait(lock, [this] { return !mQueue.empty() || mDone; });
                if (mQueue.empty())
                    return;
                batch = std::move(mQueue.front());
                mQueue.pop_front();
            }
            mChanged.notify_all();
            for (AgreementRows &a : batch) {
                if (auto r = mCompleter.complete(a); !r) {
                    {
                        const std::lock_guard lock(mMutex);
                        mFailed = true;
                        mResult = r;
                    }
                    mChanged.notify_all();
                    return;
                }
            }
        }
    }

    Completer &mCompleter;
    std::vector<AgreementRows> mBatch; // the reader's, not yet sent
    std::mutex mMutex;
    std::condition_variable mChanged;
    std::deque<std::vector<AgreementRows>> mQueue;
    bool mDone = false;
    bool mFailed = false;
    Result<void> mResult;
    std::thread mThread;
};

} // namespace

Result<QList<KpiRow>> KpiReads::rows(QSqlDatabase db, const KpiFilter &filter)
{
    QList<KpiRow> rows;
    if (auto r = forEachRow(db, filter, [&rows](KpiRow &&row) { rows.append(std::move(row)); }); !r)
        return r.error();
    return rows;
}

Result<void> KpiReads::forEachRow(QSqlDatabase db, const KpiFilter &filter,
                                  const std::function<void(KpiRow &&)> &sink)
{
    const QString &number = filter.agreementNumber;
    // The derived rows hold for the stored as-of; never computed, nothing is stored either.
    bool computed = false;
    KpiOptions options;
    options.asOf = WorkspaceMeta::value(db, u"kpi_as_of"_s).toLongLong(&computed);
    Kpi::Recompute terms(db, options);
    if (computed) {
        if (auto r = terms.loadForReads(number); !r)
            return r;
    }
    auto info = targetInfo(db, number);
    if (!info)
        return info.error();
    auto agreements = number.isEmpty() ? Kpi::stream(db, SelectAgreements)
                                       : Kpi::select(db, SelectNumberAgreements, {number});
    if (!agreements)
        return agreements.error();
    const QString &sql = number.isEmpty() ? SelectPeriods : SelectAgreementPeriods;
    auto q = number.isEmpty() ? Kpi::stream(db, sql) : Kpi::select(db, sql, {number});
    if (!q)
        return q.error();
    Completer completer(terms, filter, *info, sink, sql);
    // The whole portfolio is completed beside the reading; one agreement's rows right away.
    std::optional<CompletingThread> completing;
    if (number.isEmpty())
        completing.emplace(completer);
    bool more = q->next();
    while (agreements->next()) {
        AgreementRows a;
        a.id = agreements->integer("id");
        a.number = agreements->text("number");
        a.title = agreements->text("title");
        // Its stored rows come next in the stream (the same order of agreements).
        for (; more && q->integer("agreement_id") == a.id; more = q->next()) {
            const qint64 targetId = q->integer("target_id");
            const QString period = q->sharedText("period");
            a.stored.emplace_back(targetId, period);
            if (!Kpi::inMonths(filter, period))
                continue;
            KpiRow &row = a.rows.emplace_back();
            row.period = period;
            row.agreementId = a.id;
            row.number = a.number;
            row.agreementTitle = a.title;
            row.targetId = targetId;
            row.metric = q->sharedText("metric");
            readRowMeasures(*q, row);
        }
        if (completing) {
            if (!completing->hand(std::move(a)))
                break;
        } else if (auto r = completer.complete(a); !r) {
            return r;
        }
    }
    if (completing) {
        if (auto r = completing->finish(); !r)
            return r;
    }
    // A read that stops half way is an error, not a shorter list.
    if (const QString error = q->errorText() + agreements->errorText(); !error.isEmpty())
        return Kpi::failed(error, sql);
    if (more)
        return Kpi::failed(u"KPI rows out of the agreements' order"_s, sql);
    return {};
}

Result<QList<CreditStatement>> KpiReads::statements(QSqlDatabase db, const KpiFilter &filter)
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

Result<QList<WatermelonFlag>> KpiReads::watermelons(QSqlDatabase db)
{
    return Kpi::list(db, SelectWatermelons, {}, [](const Sql::Rows &r) {
        return WatermelonFlag{r.integer("agreement_id"),
                              r.text("number"),
                              r.text("name"),
                              r.text("period"),
                              r.integer("csat_milli"),
                              r.optionalInteger("previous_csat_milli"),
                              r.text("reason")};
    });
}

Result<QList<VolumeRow>> KpiReads::volumes(QSqlDatabase db)
{
    return Kpi::list(db, SelectVolumes, {}, [](const Sql::Rows &r) {
        return VolumeRow{r.text("service"),    r.text("region"),   r.text("period"),
                         r.integer("tickets"), r.flag("forecast"), r.text("method")};
    });
}

} // namespace Accordo
