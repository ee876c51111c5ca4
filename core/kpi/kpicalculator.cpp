#include "kpicalculator.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr qint64 kWhole = 100000; // 100 % in thousandths of a percent

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

} // namespace

std::optional<qint64> KpiCalculator::complianceMilli(qint64 met, qint64 breached)
{
    const qint64 decided = met + breached;
    if (decided <= 0)
        return std::nullopt;
    return met * kWhole / decided;
}

qint64 KpiCalculator::errorBudget(qint64 met, qint64 breached, qint64 goalMilli)
{
    const qint64 decided = met + breached;
    return floorDiv(decided * (kWhole - goalMilli) - breached * kWhole, goalMilli);
}

std::optional<qint64> KpiCalculator::burnRateMilli(qint64 met, qint64 breached, qint64 goalMilli)
{
    const qint64 decided = met + breached;
    if (decided <= 0 || goalMilli >= kWhole)
        return std::nullopt;
    return breached * kWhole * 1000 / (decided * (kWhole - goalMilli));
}

KpiStatus KpiCalculator::ticketStatus(bool closed, qint64 met, qint64 breached, qint64 pending,
                                      qint64 nearDue, qint64 goalMilli)
{
    const qint64 decided = met + breached;
    // Cross-multiplied, so that 95 of 100 is exactly 95 % and meets a 95 % goal.
    const bool reached = met * kWhole >= goalMilli * decided;
    if (closed)
        return reached ? KpiStatus::Met : KpiStatus::Breached;
    if (!reached)
        return KpiStatus::AtRisk; // burn rate above 1, or any breach against a 100 % goal
    // The near-due tickets breach, the other pending ones are met in time.
    const qint64 total = decided + pending;
    const qint64 projectedMet = met + pending - nearDue;
    if (nearDue > 0 && projectedMet * kWhole < goalMilli * total)
        return KpiStatus::AtRisk;
    return KpiStatus::Met;
}

qint64 KpiCalculator::creditHundredths(const QList<CreditTier> &tiers, qint64 capHundredths,
                                       qint64 achievedMilli)
{
    qint64 credit = 0;
    for (const CreditTier &tier : tiers) {
        if (achievedMilli < tier.belowMilli)
            credit = std::max(credit, tier.creditHundredths);
    }
    return capHundredths > 0 ? std::min(credit, capHundredths) : credit;
}

Result<Money> KpiCalculator::periodFee(const Money &monthlyFee, MeasurementPeriod period)
{
    return monthlyFee.multiplied(period == MeasurementPeriod::Quarter ? 3 : 1);
}

Result<Money> KpiCalculator::credit(const Money &monthlyFee, MeasurementPeriod period,
                                    qint64 hundredths)
{
    auto fee = periodFee(monthlyFee, period);
    if (!fee)
        return fee.error();
    return fee->percentage(hundredths);
}

ElapsedStats KpiCalculator::elapsedStats(std::vector<qint64> &elapsed)
{
    ElapsedStats stats;
    const qint64 n = qint64(elapsed.size());
    if (n == 0)
        return stats;
    qint64 sum = 0;
    for (qint64 e : elapsed)
        sum += e;
    stats.mean = (sum + n / 2) / n;
    // Nearest rank: the smallest value with at least p % of the values at or below it.
    const auto rank = [&](qint64 percent) {
        const qint64 index = (percent * n + 99) / 100 - 1;
        std::nth_element(elapsed.begin(), elapsed.begin() + index, elapsed.end());
        return elapsed[size_t(index)];
    };
    stats.median = rank(50);
    stats.p90 = rank(90);
    return stats;
}

std::optional<qint64> KpiCalculator::availabilityMilli(qint64 agreedSeconds, qint64 downtimeSeconds)
{
    if (agreedSeconds <= 0)
        return std::nullopt;
    const qint64 up = std::max<qint64>(0, agreedSeconds - downtimeSeconds);
    return up * kWhole / agreedSeconds;
}

QString KpiCalculator::statusKey(KpiStatus status)
{
    switch (status) {
    case KpiStatus::Met:
        return u"met"_s;
    case KpiStatus::AtRisk:
        return u"at_risk"_s;
    case KpiStatus::Breached:
        return u"breached"_s;
    }
    return {};
}

QString KpiCalculator::noDataKey()
{
    return u"no_data"_s;
}

QString KpiCalculator::verdictKey(const QString &storedStatus,
                                  const std::optional<qint64> &achievedMilli)
{
    if (!achievedMilli && storedStatus == statusKey(KpiStatus::Met))
        return noDataKey();
    return storedStatus;
}

} // namespace Accordo
