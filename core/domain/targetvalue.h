#pragma once

#include "domain/enums.h"
#include "result.h"

#include <QCoreApplication>

namespace Accordo {

/// Reads and writes the threshold of a service level target, whose unit depends on the metric:
/// business seconds for time metrics, thousandths of a percent for availability, thousandths
/// of a point (1–5 scale) for satisfaction, thousandths of the unit for custom metrics.
class TargetValue
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::TargetValue)

public:
    static bool isDuration(Metric metric)
    {
        return metric == Metric::FirstResponse || metric == Metric::Resolution;
    }

    static Result<qint64> parse(Metric metric, const QString &text);
    static QString format(Metric metric, qint64 threshold, const QString &customUnit = {});

    /// "4h", "1h30m", "45s", "90m" -> seconds.
    static Result<qint64> parseDuration(const QString &text);
    static QString formatDuration(qint64 seconds);

    /// "99.95" -> 99950 (thousandths); at most three decimals.
    static Result<qint64> parseMilli(const QString &text);
    static QString formatMilli(qint64 milli);
};

} // namespace Accordo
