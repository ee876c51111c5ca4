#pragma once

#include "domain/money.h"
#include "kpi/kpiengine.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Accordo::Kpi {
class Recompute;
}

namespace Accordo {

/// What an agreement earned and what its service credits gave back, in one period or over a
/// range: revenue is the monthly fee (the price breakdown's total when there is one) times the
/// months, credits are those the stored KPIs owe.
struct ValueCost
{
    qint64 agreementId = 0;
    QString number;
    QString title;
    QString period; // "2026-03", "2026-Q1"; over a range: "2025-04 – 2026-03"
    qint64 months = 0;
    Money revenue;
    Money credits;
    /// Credits as a share of revenue, in thousandths of a percent; empty without revenue.
    std::optional<qint64> ratioMilli;
};

/// Reads value against cost from the stored KPIs and the agreements' fees; computes nothing
/// the KPI engine has not stored.
class ValueVsCost
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::ValueVsCost)

public:
    /// One row per agreement and period with KPIs, by agreement number and period.
    static Result<QList<ValueCost>> periods(QSqlDatabase db, const KpiFilter &filter = {});
    /// One row per agreement over the filter's periods (the months its periods cover), by
    /// agreement number; agreements without a fee are left out.
    /// `terms`, when given, are those of every target as of the stored as-of (read by another
    /// reader of the same results): they are not read again. `numbers`: only the agreements
    /// of these numbers, when it names any (`terms` then holds at least theirs, or is null).
    static Result<QList<ValueCost>> agreements(QSqlDatabase db, const KpiFilter &filter = {},
                                               const Kpi::Recompute *terms = nullptr,
                                               const QStringList &numbers = {});
    /// credits / revenue in thousandths of a percent, rounded half up; empty for no revenue or
    /// different currencies.
    static std::optional<qint64> ratioMilli(const Money &credits, const Money &revenue);
    /// agreements() as the sum of periods(): what it gives for one agreement or an open range,
    /// and what it must give for any filter (its test compares the two).
    static Result<QList<ValueCost>> fromPeriods(QSqlDatabase db, const KpiFilter &filter);
};

} // namespace Accordo
