#include "kpireads.h"

#include "data/workspacemeta.h"
#include "kpi/kpiperiods.h"
#include "kpi/kpirecompute.h"
#include "kpi/kpisql.h"

#include <QHash>
#include <QSqlError>

#include <algorithm>
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
        return std::tie(a.start, a.position, a.targetId) < std::tie(b.start, b.position, b.targetId);
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
    QHash<qint64, std::vector<const Kpi::Work *>> workOf; // agreement -> its targets
    if (computed) {
        if (auto r = terms.loadForReads(number); !r)
            return r;
        for (const Kpi::Work &w : terms.work())
            workOf[w.agreementId].push_back(&w);
    }
    auto info = targetInfo(db, number);
    if (!info)
        return info.error();
    auto agreements = number.isEmpty() ? Kpi::select(db, SelectAgreements)
                                       : Kpi::select(db, SelectNumberAgreements, {number});
    if (!agreements)
        return agreements.error();
    const QString &sql = number.isEmpty() ? SelectPeriods : SelectAgreementPeriods;
    auto q = number.isEmpty() ? Kpi::stream(db, sql) : Kpi::select(db, sql, {number});
    if (!q)
        return q.error();
    bool more = q->next();
    static const std::vector<const Kpi::Work *> NoWork;
    std::vector<KpiRow> rows;
    std::vector<Ordered> order;
    // The periods an agreement's targets have stored, as (target, period) sorted by target: a
    // dozen a target, looked through in place of hashing each period's name.
    std::vector<std::pair<qint64, QString>> stored;
    const auto byTarget = [](const std::pair<qint64, QString> &a,
                             const std::pair<qint64, QString> &b) { return a.first < b.first; };
    while (agreements->next()) {
        const qint64 agreementId = agreements->integer("id");
        const QString agreementNumber = agreements->text("number");
        const QString agreementTitle = agreements->text("title");
        // Its stored rows come next in the stream (the same order of agreements).
        rows.clear();
        order.clear();
        stored.clear();
        for (; more && q->integer("agreement_id") == agreementId; more = q->next()) {
            const qint64 targetId = q->integer("target_id");
            const QString period = q->text("period");
            stored.emplace_back(targetId, period);
            if (!Kpi::inMonths(filter, period))
                continue;
            const auto target = info->find(targetId);
            if (target == info->end())
                return Kpi::failed(u"KPI row of an unknown target %1"_s.arg(targetId), sql);
            order.push_back({q->integer("period_start"), target->position, targetId, rows.size()});
            KpiRow &row = rows.emplace_back();
            row.period = period;
            row.agreementId = agreementId;
            row.number = agreementNumber;
            row.agreementTitle = agreementTitle;
            row.targetId = targetId;
            row.metric = q->text("metric");
            row.target = labelOf(*target, row.metric);
            readRowMeasures(*q, row);
        }
        std::sort(stored.begin(), stored.end(), byTarget);
        const auto works = workOf.constFind(agreementId);
        for (const Kpi::Work *w : works == workOf.cend() ? NoWork : *works) {
            TargetInfo &target = (*info)[w->targetId];
            const auto [from, to] = std::equal_range(stored.cbegin(), stored.cend(),
                                                     std::pair(w->targetId, QString()), byTarget);
            const auto notStored = [&filter, from, to](const QString &period) {
                for (auto it = from; it != to; ++it) {
                    if (it->second == period)
                        return false;
                }
                return Kpi::inMonths(filter, period);
            };
            auto r = terms.noDataKpiRows(
                *w, filter, notStored, [&](KpiRow &&row) {
                    row.number = agreementNumber;
                    row.agreementTitle = agreementTitle;
                    row.target = labelOf(target, row.metric);
                    order.push_back({row.periodStart, target.position, row.targetId, rows.size()});
                    rows.push_back(std::move(row));
                });
            if (!r)
                return r;
        }
        // Rows are shown by period, then target.
        std::sort(order.begin(), order.end());
        for (const Ordered &o : order)
            sink(std::move(rows[o.index]));
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
