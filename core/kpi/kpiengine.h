#pragma once

#include "domain/money.h"
#include "kpi/kpicalculator.h"
#include "measurement/evaluator.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace Accordo {

namespace Kpi {
class Recompute;
}

struct KpiOptions
{
    qint64 asOf = 0;                    // epoch seconds (UTC): what "now" is for open periods
    qint64 watermelonCsatMilli = 70000; // CSAT below this flags an all-green agreement
    qint64 watermelonDropMilli = 10000; // so does a fall of more than this from last month
    qint64 watermelonMinAnswers = 3;    // fewer answers say nothing about a month
};

/// What a recompute did.
struct KpiSummary
{
    bool full = false;
    qint64 periods = 0;     // agreement × target × period rows written
    qint64 resultsRead = 0; // ticket verdicts read
    qint64 watermelons = 0;
    qint64 volumeRows = 0;
    qint64 targetsReadBeside = 0; // changed targets whose stored periods a second connection read
};

/// One stored KPI row: an agreement's target in one period.
struct KpiRow
{
    qint64 agreementId = 0;
    QString number;
    QString agreementTitle;
    qint64 targetId = 0;
    QString target; // "SERVICE-DESK first_response P1"
    QString metric;
    QString period; // "2026-03" or "2026-Q1"
    qint64 periodStart = 0;
    qint64 periodEnd = 0;
    bool closed = false;
    qint64 tickets = 0, met = 0, breached = 0, pending = 0, nearDue = 0;
    std::optional<qint64> achievedMilli; // compliance, availability or average score
    qint64 goalMilli = 0;                // goal share, or the availability/score threshold
    ElapsedStats elapsed;
    std::optional<qint64> agreedSeconds, downtimeSeconds, outages, mttrSeconds, mtbfSeconds;
    std::optional<qint64> answers, scoreMilli, csatMilli;
    QString status;
    std::optional<qint64> errorBudget; // breaches for tickets, seconds of downtime for availability
    std::optional<qint64> burnMilli;
    qint64 creditHundredths = 0;
    Money credit;
};

/// What bringUpToDate() did.
struct ResultsUpdate
{
    std::optional<EvaluationSummary> evaluation; // when the verdicts were recomputed
    KpiSummary kpis;
};

struct KpiFilter
{
    QString agreementNumber; // empty: all
    QString fromMonth;       // "YYYY-MM", inclusive; empty: open
    QString toMonth;
};

/// An agreement's service credits in one period: each target's credit and the total.
struct CreditStatement
{
    qint64 agreementId = 0;
    QString number;
    QString title;
    QString period;
    QList<KpiRow> credits;
    Money total;
};

struct WatermelonFlag
{
    qint64 agreementId = 0;
    QString number;
    QString customer;
    QString period;
    qint64 csatMilli = 0;
    std::optional<qint64> previousCsatMilli;
    QString reason; // "low" or "drop"
};

struct VolumeRow
{
    QString service;
    QString region;
    QString period;
    qint64 tickets = 0;
    bool forecast = false;
    QString method; // forecasts: "seasonal-naive-12" or "linear-trend"
};

/// Turns evaluated measurements into the stored KPIs (kpi_periods and friends), per agreement ×
/// target × period (the target's month or quarter in its calendar's zone):
/// - first response and resolution: tickets, met, breached, pending, compliance, business
///   elapsed time statistics, status, error budget, burn rate;
/// - availability: agreed service time (the calendar's business time minus planned
///   maintenance), unplanned downtime inside it, availability, MTTR and MTBF;
/// - satisfaction: average score and CSAT (share of 4-5) from surveys and ticket scores;
/// - service credits of closed periods from the target's tiers and cap, as exact money;
/// - watermelon flags per customer SLA and month, ticket volumes per service, region and
///   month with a forecast of the next three months.
/// It reads the verdicts the Evaluator stored; run that first.
class KpiEngine
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::KpiEngine)

public:
    /// Recomputes everything.
    static Result<KpiSummary> recompute(QSqlDatabase db, const KpiOptions &options);
    /// Recomputes only what changed: everything after a change of terms, else the periods
    /// overlapping months whose measurements changed and the periods still open.
    static Result<KpiSummary> refresh(QSqlDatabase db, const KpiOptions &options);
    static bool isStale(QSqlDatabase db);

    /// The as-of the stored KPIs answer for; empty before the first recompute.
    static std::optional<qint64> storedAsOf(QSqlDatabase db);
    /// Whether verdicts and KPIs reflect the stored terms, calendars and measurements (nothing
    /// marked stale, no month with changed measurements waiting) and both answer for one
    /// as-of no earlier than `tolerance` seconds before `asOf`.
    static bool isUpToDate(QSqlDatabase db, qint64 asOf, qint64 tolerance = 0);
    /// The as-of to bring results to for `now`: the stored one when verdicts and KPIs answer
    /// for it, it is at most `tolerance` seconds before `now` and no new measurement waits;
    /// else `now`. A change of terms made meanwhile is then recomputed alone (the periods it
    /// touches), instead of with every period that a later as-of reads differently.
    static qint64 asOfForNow(QSqlDatabase db, qint64 now, qint64 tolerance);
    /// Brings verdicts and KPIs to `options.asOf`: judges the tickets again when terms,
    /// calendars or tickets changed, or only those another as-of reads differently
    /// (Evaluator::update), then refreshes the KPI periods that need it. The results are
    /// then a function of the workspace and the as-of alone, whatever was asked before.
    static Result<ResultsUpdate> bringUpToDate(QSqlDatabase db, const KpiOptions &options);
    /// The same, and `terms` receives every target's terms as of the stored as-of when the
    /// recompute loaded them all (else null): a reader that needs them next (the portfolio
    /// report's dashboard) need not load them again. They refer to `db`'s connection: drop them
    /// before it closes.
    static Result<ResultsUpdate> bringUpToDate(QSqlDatabase db, const KpiOptions &options,
                                               std::shared_ptr<const Kpi::Recompute> &terms);
    /// Judges every ticket and computes every KPI period again, stale or not.
    static Result<ResultsUpdate> recomputeEverything(QSqlDatabase db, const KpiOptions &options);

    static Result<QList<KpiRow>> rows(QSqlDatabase db, const KpiFilter &filter = {});
    static Result<QList<CreditStatement>> statements(QSqlDatabase db, const KpiFilter &filter = {});
    static Result<QList<WatermelonFlag>> watermelons(QSqlDatabase db);
    static Result<QList<VolumeRow>> volumes(QSqlDatabase db);

    /// The forecast of the next `horizon` values: seasonal naive over 12 periods when there
    /// are at least 12, else a least-squares line (never below zero). Sets `method`.
    static QList<qint64> forecast(const QList<qint64> &history, int horizon, QString *method);
};

} // namespace Accordo
