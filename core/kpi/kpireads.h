#pragma once

#include "kpi/kpiengine.h"
#include "storage/rowfields.h"
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
    Sql::readFields(r, row, "closed", &Row::closed, "tickets", &Row::tickets, "met", &Row::met,
                    "breached", &Row::breached, "pending", &Row::pending, "achieved_milli",
                    &Row::achievedMilli, "goal_milli", &Row::goalMilli);
    row.status = KpiCalculator::verdictKey(r.sharedText("status"), row.achievedMilli);
    Sql::readFields(r, row, "error_budget", &Row::errorBudget, "agreed_seconds",
                    &Row::agreedSeconds, "downtime_seconds", &Row::downtimeSeconds, "outages",
                    &Row::outages, "mttr_seconds", &Row::mttrSeconds, "answers", &Row::answers,
                    "csat_milli", &Row::csatMilli, "credit_hundredths", &Row::creditHundredths);
    row.credit = Money(r.integer("credit_minor"), r.sharedText("currency"));
}

} // namespace Kpi

} // namespace Accordo
