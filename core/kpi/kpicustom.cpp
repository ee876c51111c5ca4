#include "kpirecompute.h"

#include "kpi/kpisql.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

// Custom metrics in the recompute: their definitions, the observations of the metrics that
// targets measure, and a period's value against the target's threshold the way the metric is
// better.

namespace Accordo::Kpi {

namespace {

const auto SelectDefinitions =
    u"SELECT id, name, unit, aggregation, better FROM metric_definitions"_s;

const auto SelectObservations = uR"(
    SELECT metric, customer, service, region, observed_at, period, value_milli, successes,
           attempts
    FROM observations)"_s;

// An observation for a whole month counts at noon (UTC) of its first day: inside that month
// in every zone a calendar may have, from the first day the month is open.
constexpr qint64 kMonthObservationOffset = 12 * 3600;

// The credit rule read the other way for a metric where lower is better: a tier applies when
// the value is strictly above its bound.
qint64 creditFor(const Work &w, MetricDirection direction, qint64 valueMilli)
{
    if (direction == MetricDirection::HigherIsBetter)
        return KpiCalculator::creditHundredths(w.tiers, w.capHundredths, valueMilli);
    QList<CreditTier> mirrored = w.tiers;
    for (CreditTier &tier : mirrored)
        tier.belowMilli = -tier.belowMilli;
    return KpiCalculator::creditHundredths(mirrored, w.capHundredths, -valueMilli);
}

} // namespace

Result<void> Recompute::readMetricDefinitions()
{
    auto q = select(mDb, SelectDefinitions);
    if (!q)
        return q.error();
    while (q->next()) {
        MetricDefinition d;
        d.id = q->integer("id");
        d.name = q->text("name");
        d.unit = q->text("unit");
        d.aggregation = MetricDefinitions::aggregationFromKey(q->text("aggregation"))
                            .value_or(MetricAggregation::Mean);
        d.direction = MetricDefinitions::directionFromKey(q->text("better"))
                          .value_or(MetricDirection::HigherIsBetter);
        mDefinitions.insert(d.name, d);
    }
    return {};
}

Result<void> Recompute::readObservations()
{
    QSet<QString> measured;
    for (const Work &w : mWork) {
        if (w.metric == Metric::Custom && !w.selected.empty())
            measured.insert(w.customName);
    }
    if (measured.isEmpty())
        return {};
    auto q = stream(mDb, SelectObservations);
    if (!q)
        return q.error();
    while (q->next()) {
        const QString metric = q->text("metric");
        if (!measured.contains(metric))
            continue;
        ObservationRecord o{q->text("customer"), q->text("service"), q->text("region"), 0, {}};
        const QString month = q->text("period");
        o.at = q->isNull("observed_at") ? utcMonthStart(month) + kMonthObservationOffset
                                        : q->integer("observed_at");
        o.value.valueMilli = q->optionalInteger("value_milli");
        o.value.successes = q->optionalInteger("successes").value_or(0);
        o.value.attempts = q->optionalInteger("attempts").value_or(0);
        mObservations[metric].push_back(std::move(o));
    }
    for (auto &list : mObservations) {
        std::stable_sort(
            list.begin(), list.end(),
            [](const ObservationRecord &a, const ObservationRecord &b) { return a.at < b.at; });
    }
    return {};
}

KpiStatus Recompute::customRow(const Work &w, const Window &window, KpiRow &row) const
{
    const MetricDefinition definition = mDefinitions.value(w.customName);
    const auto found = mObservations.constFind(w.customName);
    QList<ObservedValue> values;
    if (found != mObservations.constEnd()) {
        const auto &list = *found;
        auto it = std::lower_bound(list.begin(), list.end(), window.from,
                                   [](const ObservationRecord &o, qint64 at) { return o.at < at; });
        for (; it != list.end() && it->at < window.to; ++it) {
            // As outages: an observation names the customer, service and region it is about,
            // or none for all of them.
            if ((!it->customer.isEmpty() && it->customer != w.partyName)
                || (!it->service.isEmpty() && !w.serviceNames.contains(it->service))
                || (!it->region.isEmpty() && !w.regionNames.contains(it->region)))
                continue;
            values.append(it->value);
        }
    }
    const MetricValue value = MetricDefinitions::aggregate(definition.aggregation, values);
    // The items judged, as for tickets (met + breached = tickets): a rate's attempts, else the
    // observations, each against the threshold on its own.
    if (definition.aggregation == MetricAggregation::Rate) {
        row.met = value.successes;
        row.breached = value.attempts - value.successes;
    } else {
        for (const ObservedValue &v : std::as_const(values)) {
            if (!v.valueMilli)
                continue;
            ++(MetricDefinitions::reaches(definition.direction, *v.valueMilli, w.threshold)
                   ? row.met
                   : row.breached);
        }
    }
    row.tickets = row.met + row.breached;
    row.achievedMilli = value.valueMilli;
    row.goalMilli = w.threshold;
    if (!value.valueMilli)
        return KpiStatus::Met; // nothing to judge: read as "no data"
    if (window.closed)
        row.creditHundredths = creditFor(w, definition.direction, *value.valueMilli);
    if (MetricDefinitions::reaches(definition.direction, *value.valueMilli, w.threshold))
        return KpiStatus::Met;
    return window.closed ? KpiStatus::Breached : KpiStatus::AtRisk;
}

} // namespace Accordo::Kpi
