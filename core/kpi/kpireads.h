#pragma once

#include "kpi/kpiengine.h"

namespace Accordo {

/// The stored KPIs as the dashboards, the command line and the reports read them.
class KpiReads
{
public:
    /// Every stored KPI row of the filter's agreement and months, by agreement, version,
    /// period and target.
    static Result<QList<KpiRow>> rows(QSqlDatabase db, const KpiFilter &filter = {});
    /// The rows that owe a credit, per agreement and period, with their total.
    static Result<QList<CreditStatement>> statements(QSqlDatabase db, const KpiFilter &filter = {});
    static Result<QList<WatermelonFlag>> watermelons(QSqlDatabase db);
    static Result<QList<VolumeRow>> volumes(QSqlDatabase db);
};

} // namespace Accordo
