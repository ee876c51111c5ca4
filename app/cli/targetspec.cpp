#include "targetspec.h"

#include "domain/enums.h"
#include "domain/targetvalue.h"

namespace Accordo::Cli {

Result<Target> TargetSpec::terms(const QString &spec, const QStringList &parts, qsizetype first,
                                 bool customMetric)
{
    Target t;
    const auto metric = Enums::fromKey<Metric>(parts.at(first));
    if (!metric || (*metric == Metric::Custom && !customMetric))
        return Error{tr("--target \"%1\": \"%2\" is not a metric (first_response, resolution, "
                        "availability, satisfaction)")
                         .arg(spec, parts.at(first))};
    t.metric = *metric;
    auto threshold = TargetValue::parse(t.metric, parts.at(first + 1));
    if (!threshold)
        return Error{tr("--target \"%1\", threshold: %2").arg(spec, threshold.errorString())};
    t.threshold = *threshold;
    auto goal = TargetValue::parseMilli(parts.at(first + 2));
    if (!goal)
        return Error{tr("--target \"%1\", goal: %2").arg(spec, goal.errorString())};
    t.goalMilli = *goal;
    return t;
}

} // namespace Accordo::Cli
