#pragma once

#include "domain/entities.h"
#include "domain/money.h"

#include <QString>

#include <optional>
#include <vector>

namespace Accordo {

enum class KpiStatus { Met, AtRisk, Breached };

/// Mean, median and 90th percentile of business elapsed times (nearest rank), in seconds.
struct ElapsedStats
{
    std::optional<qint64> mean;
    std::optional<qint64> median;
    std::optional<qint64> p90;
};

/// The arithmetic of service level KPIs on counts, in exact integers: compliance, error
/// budget, burn rate, status and service credits. The engine feeds it; tests check it alone.
class KpiCalculator
{
public:
    /// met / (met + breached) in thousandths of a percent, rounded down; empty without a
    /// decided ticket. Pending tickets are not counted until they are met or breached.
    static std::optional<qint64> complianceMilli(qint64 met, qint64 breached);

    /// How many more breached tickets the period can absorb and still reach the goal (each
    /// new breach is a new ticket too): floor((n (1 - g) - b) / g). Negative when the goal is
    /// already missed by that many.
    static qint64 errorBudget(qint64 met, qint64 breached, qint64 goalMilli);

    /// Breach rate over the rate the goal allows, in thousandths (1000: the budget is spent
    /// exactly at the pace of the period). Empty without decided tickets or with a 100 % goal.
    static std::optional<qint64> burnRateMilli(qint64 met, qint64 breached, qint64 goalMilli);

    /// A closed period is met or breached. An open one is at risk when the burn rate is
    /// above 1, or when the tickets close to their due time (less than 25 % of the target
    /// left), if breached, would leave the period below its goal; else it is met so far.
    static KpiStatus ticketStatus(bool closed, qint64 met, qint64 breached, qint64 pending,
                                  qint64 nearDue, qint64 goalMilli);

    /// Whether a pending ticket has less than a quarter of its target left.
    static bool isNearDue(qint64 elapsed, qint64 threshold) { return 4 * elapsed > 3 * threshold; }

    /// The credit rule of a target for an achieved compliance or availability: the largest
    /// tier whose bound the result is strictly below, limited by the cap (0: no cap).
    static qint64 creditHundredths(const QList<CreditTier> &tiers, qint64 capHundredths,
                                   qint64 achievedMilli);

    /// The fee of one period (the agreement's price is monthly) and its credit, exactly;
    /// refused when an amount would exceed Money::MaxMinorUnits.
    static Result<Money> periodFee(const Money &monthlyFee, MeasurementPeriod period);
    static Result<Money> credit(const Money &monthlyFee, MeasurementPeriod period,
                                qint64 hundredths);

    /// Sorts `elapsed` in part; empty stats for an empty list.
    static ElapsedStats elapsedStats(std::vector<qint64> &elapsed);

    /// (agreed - downtime) / agreed in thousandths of a percent, rounded down.
    static std::optional<qint64> availabilityMilli(qint64 agreedSeconds, qint64 downtimeSeconds);

    static QString statusKey(KpiStatus status);

    /// The key of a result that had nothing to judge: "no_data".
    static QString noDataKey();
    /// What a stored result says to its readers (dashboard, reports, CSV): "no_data" when the
    /// period had nothing to judge (no decided ticket, no agreed service time, no answer) and
    /// nothing put it at risk; else its stored status. The store keeps "met" there, since the
    /// schema allows only met, at_risk and breached; a period without evidence was not met.
    static QString verdictKey(const QString &storedStatus,
                              const std::optional<qint64> &achievedMilli);
};

} // namespace Accordo
