#include "portfoliochecks.h"

#include "storage/sqlquery.h"

using namespace Qt::StringLiterals;

// The portfolio check of custom metrics: a target on one promises something only while
// something measures it, the catalogue's definition and observations for each period.

namespace Accordo {

namespace {

// Every ended period of the custom targets of active agreements whose metric is defined,
// whether an observation gave it a value; a target's periods in order.
const auto SelectCustomPeriods = uR"(
    SELECT a.number, a.title, s.code AS service, t.custom_name, t.priority, k.target_id,
           k.period, k.achieved_milli
    FROM kpi_periods k JOIN targets t ON t.id = k.target_id
    JOIN agreements a ON a.id = k.agreement_id
    JOIN services s ON s.id = t.service_id
    WHERE t.metric = 'custom' AND a.status = 'active' AND k.closed = 1 AND k.period_end <= ?
      AND t.custom_name IN (SELECT name FROM metric_definitions)
    ORDER BY a.number, t.position, t.id, k.period_start)"_s;

QString targetText(const QString &service, const QString &metric, const QString &priority)
{
    return QStringList{service, metric, priority}.join(u' ').trimmed();
}

} // namespace

QString MetricFinding::text() const
{
    if (kind == u"undefined_metric"_s)
        return PortfolioChecks::tr("%1 (%2), target %3: the custom metric \"%4\" has no "
                                   "definition in the catalogue, so nothing measures it")
            .arg(number, title, target, metric);
    if (periods == 1)
        return PortfolioChecks::tr("%1 (%2), target %3: no observation of \"%4\" measured %5, "
                                   "which has ended")
            .arg(number, title, target, metric, firstPeriod);
    return PortfolioChecks::tr("%1 (%2), target %3: no observation of \"%4\" measured the %5 "
                               "periods from %6 to %7, which have ended")
        .arg(number, title, target, metric)
        .arg(periods)
        .arg(firstPeriod, lastPeriod);
}

Result<QList<MetricFinding>> PortfolioChecks::metrics(QSqlDatabase db, const QDate &asOf)
{
    auto undefined = undefinedMetrics(db);
    if (!undefined)
        return undefined.error();
    QList<MetricFinding> findings;
    for (const ConsistencyViolation &v : std::as_const(*undefined))
        findings.append({u"undefined_metric"_s,
                         v.supportingNumber,
                         v.supportingTitle,
                         targetText(v.service, v.supportingValue, v.priority),
                         v.supportingValue,
                         {},
                         {},
                         0});

    // Midnight UTC after the check date: the periods that ended by the end of that day.
    const qint64 end = (asOf.toJulianDay() - 2440588 + 1) * 86400;
    auto q = Sql::select(db, SelectCustomPeriods, {end});
    if (!q)
        return q.error();
    qint64 target = 0;
    bool inRun = false; // the last finding is the run of the current target still growing
    while (q->next()) {
        if (q->integer("target_id") != target) {
            target = q->integer("target_id");
            inRun = false;
        }
        if (!q->isNull("achieved_milli")) {
            inRun = false;
            continue;
        }
        const QString period = q->text("period");
        if (inRun) {
            findings.last().lastPeriod = period;
            ++findings.last().periods;
            continue;
        }
        const QString metric = q->text("custom_name");
        findings.append({u"no_observations"_s, q->text("number"), q->text("title"),
                         targetText(q->text("service"), metric, q->text("priority")), metric,
                         period, period, 1});
        inRun = true;
    }
    return findings;
}

} // namespace Accordo
