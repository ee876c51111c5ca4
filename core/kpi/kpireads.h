#pragma once

#include "kpi/kpiengine.h"

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
    /// periods in which nothing was measured, derived per target.
    static Result<void> forEachRow(QSqlDatabase db, const KpiFilter &filter,
                                   const std::function<void(KpiRow &&)> &sink);
    /// The rows that owe a credit, per agreement and period, with their total.
    static Result<QList<CreditStatement>> statements(QSqlDatabase db, const KpiFilter &filter = {});
    static Result<QList<WatermelonFlag>> watermelons(QSqlDatabase db);
    static Result<QList<VolumeRow>> volumes(QSqlDatabase db);
};

} // namespace Accordo
