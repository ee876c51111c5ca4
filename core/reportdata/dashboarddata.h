#pragma once

#include "domain/money.h"
#include "kpi/portfoliochecks.h"
#include "reportdata/valuevscost.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace Accordo::Kpi {
class Recompute;
}

namespace Accordo {

/// What the dashboard and the portfolio report look at. Periods are months ("2026-10");
/// a quarterly target counts in the last month of its quarter.
struct DashboardFilter
{
    QString fromMonth;  // inclusive; empty: twelve months before toMonth
    QString toMonth;    // "this period"; empty: the latest month with KPIs
    QString regionCode; // empty: all (the target's region, else the party's)
    qint64 partyId = 0; // 0: all
    QString serviceCode;
    QString agreementKind; // a stored key ("customer_sla"); empty: all

    friend bool operator==(const DashboardFilter &, const DashboardFilter &) = default;
};

/// The headline figures of one period.
struct DashboardTiles
{
    QString period;
    std::optional<qint64> complianceMilli;         // decided tickets met, all targets
    std::optional<qint64> goalMilli;               // their ticket-weighted goal
    std::optional<qint64> previousComplianceMilli; // the month before
    qint64 breaches = 0;                           // agreement × target results breached
    qint64 breachedTickets = 0;
    qint64 agreementsAtRisk = 0; // agreements with a target at risk or breached
    QList<Money> creditsOwed;    // one total per currency, by currency code
    qint64 watermelons = 0;
    qint64 reviewsDue = 0;     // within 30 days of today
    qint64 renewalsDue = 0;    // within 90 days of today
    qint64 actionFindings = 0; // what `accordo-cli check actions` finds today, all agreements
};

/// One month of the trend charts; values are empty when nothing was measured.
struct TrendPoint
{
    QString period;
    std::optional<qint64> complianceMilli;
    std::optional<qint64> goalMilli; // ticket-weighted goal of the same targets
    std::optional<qint64> availabilityMilli;
    std::optional<qint64> csatMilli;
    qint64 breaches = 0;
    std::optional<qint64> tickets; // volume
    std::optional<qint64> forecastTickets;
    // A month after the range: a forecast at most (none when the forecast starts later),
    // never measured.
    bool forecastMonth = false;
};

/// A bar of a breakdown: compliance and breaches of one region, service or customer.
struct BreakdownBar
{
    QString key;
    QString label;
    std::optional<qint64> complianceMilli;
    qint64 breaches = 0;
    qint64 results = 0;
};

/// One agreement in the portfolio, with the status of each month of the range.
struct AgreementStanding
{
    qint64 agreementId = 0;
    QString number;
    QString title;
    QString customer;
    QString kind;
    QString status; // worst of the last month: no_data, met, at_risk, breached
    std::optional<qint64> complianceMilli;
    qint64 breaches = 0;
    qint64 atRisk = 0;
    Money credit;
    bool watermelon = false;
    qint64 riskScore = 0;       // larger is worse; the order of the portfolio
    QList<QString> monthStatus; // per month of the range: "", no_data, met, at_risk, breached
};

/// Everything the dashboard shows for a filter.
struct DashboardSnapshot
{
    DashboardFilter filter;         // with the range resolved
    std::optional<qint64> dataAsOf; // the last measurement (UTC epoch seconds); empty: none
    QStringList months;
    DashboardTiles tiles;
    QList<TrendPoint> trend;
    QList<BreakdownBar> byRegion, byService, byCustomer;
    QList<AgreementStanding> agreements; // sorted by risk, worst first
    QList<ActionFinding> actionFindings; // overdue actions, breaches no action follows
    /// The terms of every target as of the stored as-of, as read to derive the periods in which
    /// nothing was measured, for another reader of the same results (ValueVsCost); empty when
    /// the filter read only some targets' terms.
    std::shared_ptr<const Kpi::Recompute> allTerms;
};

/// The dashboard's figures, and value against cost (ValueVsCost::agreements: every agreement
/// with a fee) of the same results.
struct DashboardReading
{
    DashboardSnapshot snapshot;
    QList<ValueCost> value;
};

/// What the dashboard's loads of one workspace keep between them: the KPI results of the
/// range for the whole portfolio, added up again for each filter (Dashboard::ResultIndex), the
/// portfolio's action check and value against cost. A load uses them while the workspace, its
/// stored results, its audit log, the range and the day are those they were read for, and
/// reads them again otherwise. One load at a time.
struct DashboardCacheState;

class DashboardCache
{
public:
    DashboardCache();
    ~DashboardCache();
    DashboardCache(const DashboardCache &) = delete;
    DashboardCache &operator=(const DashboardCache &) = delete;

    void clear();
    /// Whether the last load took the results from the cache instead of the workspace.
    bool lastLoadReused() const;
    /// Whether the last load read again only the agreements changed since the cache was filled
    /// (audited changes and recomputed results of a few agreements), and took the rest from it.
    bool lastLoadPatched() const;
    /// Whether the results are held added up (else a load of another filter reads them).
    bool holdsResults() const;

private:
    friend class DashboardData;
    friend struct DashboardCacheState;
    std::unique_ptr<DashboardCacheState> d;
    bool mReused = false;
    bool mPatched = false;
};

/// Reads the stored KPIs (kpi_periods, kpi_satisfaction, kpi_watermelons, kpi_volumes) for the
/// dashboard and the portfolio report. It only selects: the KPI engine computes.
class DashboardData
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::DashboardData)

public:
    enum class Breakdown { Region, Service, Customer };

    /// `terms`: every target's terms as a recompute just loaded them (ResultsUpdate::terms),
    /// used instead of loading them again when they are for the stored as-of; may be null.
    static Result<DashboardSnapshot> load(QSqlDatabase db, const DashboardFilter &filter,
                                          const QDate &today = QDate::currentDate(),
                                          std::shared_ptr<const Kpi::Recompute> terms = {});

    /// The months value against cost is read for: the snapshot's whole range, or its last month.
    enum class ValueMonths { Range, LastMonth };
    /// load(), and value against cost over `months` of the range, read side by side: value
    /// against cost in a second thread, on a connection of its own (Database::alikeLocation),
    /// with the same terms. One after the other, on `db`, when no second connection sees what
    /// `db` sees. With a `cache`, the results are read for the whole portfolio and kept there,
    /// and a later load of the same range takes them from it whatever its filter.
    static Result<DashboardReading> loadWithValue(QSqlDatabase db, const DashboardFilter &filter,
                                                  ValueMonths months,
                                                  const QDate &today = QDate::currentDate(),
                                                  std::shared_ptr<const Kpi::Recompute> terms = {},
                                                  DashboardCache *cache = nullptr);

    /// The instant of the workspace's last measurement (a ticket's event, an outage's start or
    /// end, a survey's answer), UTC epoch seconds; empty when nothing is measured.
    static Result<std::optional<qint64>> lastMeasurement(QSqlDatabase db);
    /// The latest month with measured tickets; empty when there is none.
    static Result<QString> latestMonth(QSqlDatabase db);
    /// The month shown when the filter names none: the latest month with KPIs, but not past
    /// the UTC month of the last measurement (`lastMeasured`, UTC epoch seconds). A target whose
    /// calendar is ahead of UTC counts the last hours of a month in the next one, and a month a
    /// handful of tickets into it is not the month to show.
    static QString defaultMonth(const QString &latestWithKpis,
                                const std::optional<qint64> &lastMeasured);
    /// The months from `from` to `to` inclusive ("2026-01".."2026-03").
    static QStringList monthRange(const QString &from, const QString &to);
    static QString addMonths(const QString &month, int months);
    static bool isMonth(const QString &text);

    /// Choices for the filter boxes: (key, label) pairs sorted by label.
    static Result<QList<std::pair<QString, QString>>> regions(QSqlDatabase db);
    static Result<QList<std::pair<QString, QString>>> customers(QSqlDatabase db);
    static Result<QList<std::pair<QString, QString>>> services(QSqlDatabase db);
};

} // namespace Accordo
