#include "kpireads.h"

#include "kpi/kpinodata.h"
#include "kpi/kpiperiods.h"
#include "kpi/kpisql.h"

#include <QHash>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// The columns and joins of every read of the KPI rows, stored or derived (kpinodata.h); the
// WHERE and ORDER BY follow.
const QString PeriodColumns = uR"(
    SELECT k.agreement_id, a.number, a.title, k.target_id, v.code AS service_code,
           k.metric, t.custom_name, t.priority, coalesce(r.code, '') AS region_code, k.period,
           k.period_start, k.period_end, k.closed, k.tickets, k.met,
           k.breached, k.pending, k.near_due, k.achieved_milli,
           k.goal_milli, k.mean_elapsed, k.median_elapsed, k.p90_elapsed,
           k.agreed_seconds, k.downtime_seconds, k.outages,
           k.mttr_seconds, k.mtbf_seconds, k.answers, k.score_milli,
           k.csat_milli, k.status, k.error_budget, k.burn_milli,
           k.credit_hundredths, k.credit_minor, k.currency
    FROM %1 k JOIN agreements a ON a.id = k.agreement_id
    JOIN targets t ON t.id = k.target_id
    JOIN services v ON v.id = t.service_id
    LEFT JOIN regions r ON r.id = t.region_id)"_s.arg(Kpi::resultsTable());

const auto PeriodOrder = u" ORDER BY a.number, a.version, k.period_start, t.position, t.id"_s;

const QString SelectPeriods = PeriodColumns + PeriodOrder;

// One agreement's rows: found by its number's index, then the rows by agreement, instead of
// reading every row of the portfolio to keep a few (a condition on k, which reaches both
// tables of the results).
const QString SelectAgreementPeriods =
    PeriodColumns + u" WHERE k.agreement_id IN (SELECT id FROM agreements WHERE number = ?)"_s
    + PeriodOrder;

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

// The counts and measures of a stored row, as written by the recompute.
void readMeasures(const Sql::Rows &r, KpiRow &row)
{
    row.periodStart = r.integer("period_start");
    row.periodEnd = r.integer("period_end");
    row.closed = r.flag("closed");
    row.tickets = r.integer("tickets");
    row.met = r.integer("met");
    row.breached = r.integer("breached");
    row.pending = r.integer("pending");
    row.nearDue = r.integer("near_due");
    row.achievedMilli = r.optionalInteger("achieved_milli");
    row.goalMilli = r.integer("goal_milli");
    row.elapsed = {r.optionalInteger("mean_elapsed"), r.optionalInteger("median_elapsed"),
                   r.optionalInteger("p90_elapsed")};
    row.agreedSeconds = r.optionalInteger("agreed_seconds");
    row.downtimeSeconds = r.optionalInteger("downtime_seconds");
    row.outages = r.optionalInteger("outages");
    row.mttrSeconds = r.optionalInteger("mttr_seconds");
    row.mtbfSeconds = r.optionalInteger("mtbf_seconds");
    row.answers = r.optionalInteger("answers");
    row.scoreMilli = r.optionalInteger("score_milli");
    row.csatMilli = r.optionalInteger("csat_milli");
    row.status = KpiCalculator::verdictKey(r.text("status"), row.achievedMilli);
    row.errorBudget = r.optionalInteger("error_budget");
    row.burnMilli = r.optionalInteger("burn_milli");
    row.creditHundredths = r.integer("credit_hundredths");
    row.credit = Money(r.integer("credit_minor"), r.text("currency"));
}

} // namespace

Result<QList<KpiRow>> KpiReads::rows(QSqlDatabase db, const KpiFilter &filter)
{
    Kpi::NoDataScope scope;
    scope.agreementNumber = filter.agreementNumber;
    if (auto r = Kpi::prepareResults(db, scope); !r)
        return r.error();
    auto q = filter.agreementNumber.isEmpty()
                 ? Kpi::stream(db, SelectPeriods)
                 : Kpi::select(db, SelectAgreementPeriods, {filter.agreementNumber});
    if (!q)
        return q.error();
    QList<KpiRow> rows;
    while (q->next()) {
        KpiRow row;
        row.period = q->text("period");
        const QStringList months = Kpi::monthsOf(row.period);
        if ((!filter.fromMonth.isEmpty() && months.last() < filter.fromMonth)
            || (!filter.toMonth.isEmpty() && months.first() > filter.toMonth))
            continue;
        row.agreementId = q->integer("agreement_id");
        row.number = q->text("number");
        row.agreementTitle = q->text("title");
        row.targetId = q->integer("target_id");
        row.metric = q->text("metric");
        // A custom metric is named by its definition: "BACKUP Backup success rate".
        row.target = targetLabel(q->text("service_code"),
                                 row.metric == u"custom"_s ? q->text("custom_name") : row.metric,
                                 q->text("priority"), q->text("region_code"));
        readMeasures(*q, row);
        rows.append(row);
    }
    // A read that stops half way is an error, not a shorter list.
    if (q->query().lastError().isValid())
        return Kpi::failed(q->query().lastError().text(), SelectPeriods);
    return rows;
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
