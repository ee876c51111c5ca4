#pragma once

#include "kpi/kpiengine.h"
#include "storage/sqlquery.h"

#include <functional>

namespace Accordo {

/// The stored KPIs as the dashboards, the command line and the reports read them.
class KpiReads
{
public:
    /// Every stored KPI row of the filter's agreement and months, by agreement, version,
    /// period and target.
    static Result<QList<KpiRow>> rows(QSqlDatabase db, const KpiFilter &filter = {});
    /// The same rows, one by one as they are read: the stored ones merged with those of the
    /// periods in which nothing was measured, derived per target. For the whole portfolio the
    /// sink is called on a second thread while this one reads (one call at a time, all of
    /// them before this returns): it must not touch objects of the caller's thread.
    static Result<void> forEachRow(QSqlDatabase db, const KpiFilter &filter,
                                   const std::function<void(KpiRow &&)> &sink);
    /// The rows that owe a credit, per agreement and period, with their total.
    static Result<QList<CreditStatement>> statements(QSqlDatabase db, const KpiFilter &filter = {});
    static Result<QList<WatermelonFlag>> watermelons(QSqlDatabase db);
    static Result<QList<VolumeRow>> volumes(QSqlDatabase db);
};

namespace Kpi {

/// The counts, measures, verdict and credit of a stored KPI row, by the columns of
/// kpi_periods, into any row that carries them: a KpiRow, or a service report's TargetResult.
template<typename Row>
void readMeasures(const Sql::Rows &r, Row &row)
{
    row.closed = r.flag("closed");
    row.tickets = r.integer("tickets");
    row.met = r.integer("met");
    row.breached = r.integer("breached");
    row.pending = r.integer("pending");
    row.achievedMilli = r.optionalInteger("achieved_milli");
    row.goalMilli = r.integer("goal_milli");
    row.status = KpiCalculator::verdictKey(r.sharedText("status"), row.achievedMilli);
    row.errorBudget = r.optionalInteger("error_budget");
    row.agreedSeconds = r.optionalInteger("agreed_seconds");
    row.downtimeSeconds = r.optionalInteger("downtime_seconds");
    row.outages = r.optionalInteger("outages");
    row.mttrSeconds = r.optionalInteger("mttr_seconds");
    row.answers = r.optionalInteger("answers");
    row.csatMilli = r.optionalInteger("csat_milli");
    row.creditHundredths = r.integer("credit_hundredths");
    row.credit = Money(r.integer("credit_minor"), r.sharedText("currency"));
}

} // namespace Kpi

} // namespace Accordo
