#include "credittiers.h"

#include "domain/targetvalue.h"

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// "99.5" as the locale writes it ("99,5" in Italian).
QString percent(qint64 milli, const QLocale &locale)
{
    return TargetValue::formatMilli(milli).replace(u'.', locale.decimalPoint());
}

} // namespace

std::optional<qint64> CreditTiers::metFrom(Metric metric, qint64 threshold, qint64 goalMilli)
{
    switch (metric) {
    case Metric::Satisfaction:
        return std::nullopt;
    case Metric::Availability:
        return threshold;
    case Metric::FirstResponse:
    case Metric::Resolution:
    case Metric::Custom:
        break;
    }
    return goalMilli;
}

bool CreditTiers::owesWhileMet(Metric metric, qint64 threshold, qint64 goalMilli,
                               const QList<CreditTier> &tiers)
{
    const auto met = metFrom(metric, threshold, goalMilli);
    // Tiers are listed by decreasing band: the first one is owed first. Below `belowMilli`
    // a credit is owed, so a first tier at the met level itself is sound.
    return met && !tiers.isEmpty() && tiers.first().belowMilli > *met;
}

bool CreditTiers::owesWhileMet(const Target &target)
{
    return owesWhileMet(target.metric, target.threshold, target.goalMilli, target.creditTiers);
}

QString CreditTiers::warning(const Target &target, const QLocale &locale)
{
    if (!owesWhileMet(target))
        return {};
    const qint64 met = *metFrom(target.metric, target.threshold, target.goalMilli);
    const CreditTier &first = target.creditTiers.first();
    return tr("A credit of %1 % is owed below %2 %, yet the target is met from %3 %: between "
              "the two the status says \"Met\" and a credit is owed. Start the first tier at "
              "%3 % or lower.")
        .arg(percent(first.creditHundredths * 10, locale), percent(first.belowMilli, locale),
             percent(met, locale));
}

QList<CreditTier> CreditTiers::startingAt(const QList<CreditTier> &tiers, qint64 metFrom)
{
    if (tiers.isEmpty() || tiers.first().belowMilli <= metFrom)
        return tiers;
    const qint64 shift = tiers.first().belowMilli - metFrom;
    QList<CreditTier> moved;
    for (const CreditTier &tier : tiers)
        moved.append({std::max<qint64>(1, tier.belowMilli - shift), tier.creditHundredths});
    return moved;
}

} // namespace Accordo
