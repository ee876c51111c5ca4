#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Accordo {

/// How the observations of one period make the period's value.
enum class MetricAggregation { Mean, Sum, Min, Max, Rate };
/// Which way a custom metric's value is better: a target on it is met at or above its
/// threshold (higher) or at or below it (lower).
enum class MetricDirection { HigherIsBetter, LowerIsBetter };

/// A custom metric the workspace measures: what targets on a custom metric refer to by name.
struct MetricDefinition
{
    qint64 id = 0;
    QString name;
    QString unit;
    MetricAggregation aggregation = MetricAggregation::Mean;
    MetricDirection direction = MetricDirection::HigherIsBetter;
    QString description;
    int rowVersion = 0;
    friend bool operator==(const MetricDefinition &, const MetricDefinition &) = default;
};

/// One observation as the engine aggregates it: a value in thousandths of the unit, or a
/// count of successes out of attempts.
struct ObservedValue
{
    std::optional<qint64> valueMilli;
    qint64 successes = 0;
    qint64 attempts = 0;
};

/// The period's value of a custom metric, and whether it reaches its threshold.
struct MetricValue
{
    qint64 observations = 0;
    qint64 successes = 0; // rate metrics
    qint64 attempts = 0;
    std::optional<qint64> valueMilli; // empty: nothing observed
};

/// Stored keys, display names and the arithmetic of custom metrics, in exact integers.
class MetricDefinitions
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::MetricDefinitions)

public:
    static QString key(MetricAggregation aggregation);
    static QString key(MetricDirection direction);
    static std::optional<MetricAggregation> aggregationFromKey(const QString &key);
    static std::optional<MetricDirection> directionFromKey(const QString &key);
    static QString displayName(MetricAggregation aggregation);
    static QString displayName(MetricDirection direction);
    static QList<MetricAggregation> aggregations();

    /// The value of a period's observations: the mean (rounded down), sum, minimum or maximum
    /// of their values; for a rate, successes / attempts in thousandths of a percent (rounded
    /// down), where an observation with a value alone is one attempt, a success unless the
    /// value is 0. Empty without a value (a rate: without an attempt).
    static MetricValue aggregate(MetricAggregation aggregation,
                                 const QList<ObservedValue> &observations);
    /// Whether `valueMilli` reaches `thresholdMilli` the way the metric is better.
    static bool reaches(MetricDirection direction, qint64 valueMilli, qint64 thresholdMilli);

    /// "12.5" or "-3" -> thousandths; at most three decimals.
    static std::optional<qint64> parseMilli(QStringView text);
};

} // namespace Accordo
