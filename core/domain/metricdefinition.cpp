#include "metricdefinition.h"

#include "domain/enumnames.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr EnumName<MetricAggregation> Aggregations[] = {
    {MetricAggregation::Mean, "mean", QT_TRANSLATE_NOOP("Accordo::MetricDefinitions", "Mean")},
    {MetricAggregation::Sum, "sum", QT_TRANSLATE_NOOP("Accordo::MetricDefinitions", "Sum")},
    {MetricAggregation::Min, "min", QT_TRANSLATE_NOOP("Accordo::MetricDefinitions", "Minimum")},
    {MetricAggregation::Max, "max", QT_TRANSLATE_NOOP("Accordo::MetricDefinitions", "Maximum")},
    {MetricAggregation::Rate, "rate",
     QT_TRANSLATE_NOOP("Accordo::MetricDefinitions", "Rate (successes / attempts)")},
};

constexpr EnumName<MetricDirection> Directions[] = {
    {MetricDirection::HigherIsBetter, "higher",
     QT_TRANSLATE_NOOP("Accordo::MetricDefinitions", "Higher is better")},
    {MetricDirection::LowerIsBetter, "lower",
     QT_TRANSLATE_NOOP("Accordo::MetricDefinitions", "Lower is better")},
};

// Sums of thousandths stay exact far beyond any count of observations a file can hold; a sum
// that would overflow saturates rather than wraps.
qint64 saturatingAdd(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return sum;
}

} // namespace

QString MetricDefinitions::key(MetricAggregation aggregation)
{
    return EnumNames::key(Aggregations, aggregation);
}

QString MetricDefinitions::key(MetricDirection direction)
{
    return EnumNames::key(Directions, direction);
}

std::optional<MetricAggregation> MetricDefinitions::aggregationFromKey(const QString &key)
{
    return EnumNames::fromKey(Aggregations, key);
}

std::optional<MetricDirection> MetricDefinitions::directionFromKey(const QString &key)
{
    return EnumNames::fromKey(Directions, key);
}

QString MetricDefinitions::displayName(MetricAggregation aggregation)
{
    return tr(EnumNames::name(Aggregations, aggregation));
}

QString MetricDefinitions::displayName(MetricDirection direction)
{
    return tr(EnumNames::name(Directions, direction));
}

QList<MetricAggregation> MetricDefinitions::aggregations()
{
    return EnumNames::values(Aggregations);
}

MetricValue MetricDefinitions::aggregate(MetricAggregation aggregation,
                                         const QList<ObservedValue> &observations)
{
    MetricValue result;
    result.observations = observations.size();
    if (aggregation == MetricAggregation::Rate) {
        // A value alone is one attempt, a success unless it is 0.
        for (const ObservedValue &o : observations) {
            const bool counted = !o.valueMilli;
            result.successes = saturatingAdd(result.successes,
                                             counted ? o.successes : *o.valueMilli != 0);
            result.attempts = saturatingAdd(result.attempts, counted ? o.attempts : 1);
        }
        if (result.attempts > 0)
            result.valueMilli = qint64(static_cast<__int128>(result.successes) * 100000
                                       / result.attempts);
        return result;
    }
    // Counts say nothing to a mean, sum, minimum or maximum (the import refuses them for such
    // metrics; they remain only when a definition changed its aggregation since).
    qint64 sum = 0;
    qint64 low = std::numeric_limits<qint64>::max();
    qint64 high = std::numeric_limits<qint64>::min();
    qint64 counted = 0;
    for (const ObservedValue &o : observations) {
        if (!o.valueMilli)
            continue;
        ++counted;
        sum = saturatingAdd(sum, *o.valueMilli);
        low = std::min(low, *o.valueMilli);
        high = std::max(high, *o.valueMilli);
    }
    if (counted == 0)
        return result;
    switch (aggregation) {
    case MetricAggregation::Mean:
        // Rounded towards minus infinity, as the other figures are rounded down.
        result.valueMilli = sum / counted - ((sum % counted) < 0 ? 1 : 0);
        break;
    case MetricAggregation::Sum:
        result.valueMilli = sum;
        break;
    case MetricAggregation::Min:
        result.valueMilli = low;
        break;
    case MetricAggregation::Max:
    case MetricAggregation::Rate:
        result.valueMilli = high;
        break;
    }
    return result;
}

bool MetricDefinitions::reaches(MetricDirection direction, qint64 valueMilli, qint64 thresholdMilli)
{
    return direction == MetricDirection::LowerIsBetter ? valueMilli <= thresholdMilli
                                                       : valueMilli >= thresholdMilli;
}

std::optional<qint64> MetricDefinitions::parseMilli(QStringView text)
{
    static const QRegularExpression pattern(u"^\\s*([+-]?)(\\d{1,15})(?:\\.(\\d{1,3}))?\\s*$"_s);
    const auto match = pattern.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    qint64 milli = match.capturedView(2).toLongLong() * 1000;
    if (const QStringView decimals = match.capturedView(3); !decimals.isEmpty())
        milli += decimals.toLongLong()
                 * (decimals.size() == 1   ? 100
                    : decimals.size() == 2 ? 10
                                           : 1);
    return match.capturedView(1) == u"-" ? -milli : milli;
}

} // namespace Accordo
