#pragma once

// What DashboardData and DashboardCache share inside the dashboard's reading: the cache's key
// and state, and the two readings both make. Not for other callers.

#include "reportdata/dashboarddata.h"
#include "reportdata/portfolioinputs.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>

namespace Accordo {

namespace Dashboard {

Q_DECLARE_LOGGING_CATEGORY(lcDashboard)

/// A snapshot of the filter with its range resolved and its data's as-of: what readSnapshot()
/// fills. `latestWithKpis`, when given, is set to the latest month with KPIs when it was read.
Result<DashboardSnapshot> resolvedSnapshot(QSqlDatabase db, const DashboardFilter &filter,
                                           const QDate &today, QString *latestWithKpis = nullptr);

/// DashboardData::load() of a resolvedSnapshot(); the portfolio's action check only with
/// `checkActions`. With `inputs` (read, and with the portfolio's results indexed or not), what
/// they hold is counted instead of read for the filter.
Result<DashboardSnapshot> readSnapshot(QSqlDatabase db, DashboardSnapshot snap, const QDate &today,
                                       std::shared_ptr<const Kpi::Recompute> terms,
                                       bool checkActions, PortfolioInputs *inputs = nullptr);

/// What a cache's figures were read for. The location is empty when no other connection sees
/// what the caller's sees (a transaction, a database in memory): nothing is kept then.
struct CacheKey
{
    QString location;
    QHash<QString, QString> stored; // the stored results' and logs' marks, value by key
    QString fromMonth, toMonth;     // as asked, before the range is resolved
    QDate today;
    DashboardData::ValueMonths valueMonths = DashboardData::ValueMonths::Range;

    friend bool operator==(const CacheKey &, const CacheKey &) = default;
};

} // namespace Dashboard

struct DashboardCacheState
{
    Dashboard::CacheKey key;
    DashboardSnapshot resolved; // the range and the last measurement, for any filter
    Dashboard::PortfolioInputs inputs;
    QList<ActionFinding> actions;
    QList<ValueCost> value;
    // When the range was not asked but derived from the latest month with KPIs: that month,
    // and an agreement with a ticket measured in it (0: none known).
    QString latestWithKpis;
    qint64 latestHolder = 0;

    /// Brings `cache` to the workspace as `db` sees it now: kept, patched agreement by
    /// agreement, or emptied. The key a reading is kept under; empty when none is kept (no
    /// other connection sees what `db` sees). With a key and a state, the cache holds it.
    static Result<std::optional<Dashboard::CacheKey>> refresh(DashboardCache &cache,
                                                              QSqlDatabase db,
                                                              const DashboardFilter &filter,
                                                              DashboardData::ValueMonths months,
                                                              const QDate &today);
    /// Keeps in `cache` what a full reading read, under `key` (read before the figures: a
    /// change made meanwhile shows as another key).
    static void keep(DashboardCache &cache, QSqlDatabase db, Dashboard::CacheKey key,
                     DashboardSnapshot range, Dashboard::PortfolioInputs inputs,
                     QList<ActionFinding> actions, QList<ValueCost> value,
                     const QString &latestWithKpis);

    /// What was read before for this range, for `filter`: only the filter's own choices differ.
    Result<DashboardReading> reading(QSqlDatabase db, const DashboardFilter &filter,
                                     const QDate &today);

private:
    Result<bool> rangeHolds(QSqlDatabase db, const Dashboard::CacheKey &now,
                            const QSet<qint64> &ids, const QList<qint64> &idList) const;
    Result<bool> patch(QSqlDatabase db, Dashboard::CacheKey now, const QSet<QString> &numbers);
    // The parts of patch(): the reviews and renewals due and the watermelon flags of the
    // agreements `ids`; the action check and value against cost of those `numbers`.
    Result<void> patchInputs(QSqlDatabase db, const QDate &today, const QSet<qint64> &ids,
                             const QList<qint64> &idList);
    Result<void> patchFindings(QSqlDatabase db, const Dashboard::CacheKey &now,
                               const QSet<QString> &numbers, const QStringList &numberList,
                               const Kpi::Recompute *terms);
};

} // namespace Accordo
