#include "observationcatalogue.h"

#include "storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const QString SelectMetrics = u"SELECT name, aggregation FROM metric_definitions"_s;
// Internal SLAs' departments are customers too.
const QString SelectCustomers = u"SELECT name FROM parties"_s;
const QString SelectServices = u"SELECT code, name FROM services"_s;
const QString SelectRegions = u"SELECT code, name FROM regions"_s;

Result<void> readNames(QSqlDatabase db, const QString &sql, QSet<QString> &names)
{
    auto rows = Sql::select(db, sql);
    if (!rows)
        return rows.error();
    const bool coded = sql != SelectCustomers;
    while (rows->next()) {
        names.insert(rows->text("name"));
        if (coded)
            names.insert(rows->text("code"));
    }
    return {};
}

} // namespace

Result<ObservationCatalogue> ObservationCatalogue::read(QSqlDatabase db)
{
    ObservationCatalogue catalogue;
    auto metrics = Sql::select(db, SelectMetrics);
    if (!metrics)
        return metrics.error();
    while (metrics->next())
        catalogue.mMetrics.insert(metrics->text("name"), MetricDefinitions::aggregationFromKey(
                                                             metrics->text("aggregation"))
                                                             .value_or(MetricAggregation::Mean));
    for (const auto &[sql, names] : {std::pair{&SelectCustomers, &catalogue.mCustomers},
                                     std::pair{&SelectServices, &catalogue.mServices},
                                     std::pair{&SelectRegions, &catalogue.mRegions}}) {
        if (auto r = readNames(db, *sql, *names); !r)
            return r.error();
    }
    return catalogue;
}

bool ObservationCatalogue::check(const Observation &observation, RowProblem &problem) const
{
    const auto fail = [&problem](const QString &field, const QString &reason) {
        problem.field = field;
        problem.reason = reason;
        return false;
    };
    const auto metric = mMetrics.constFind(observation.metric);
    if (metric == mMetrics.constEnd())
        return fail(
            u"metric"_s,
            tr("\"%1\" is not a metric defined in the workspace").arg(observation.metric.left(80)));
    if (*metric != MetricAggregation::Rate && !observation.valueMilli)
        return fail(
            u"successes"_s,
            tr("the metric \"%1\" aggregates by %2: give a value, not successes and "
               "attempts")
                .arg(observation.metric, MetricDefinitions::displayName(*metric).toLower()));
    if (!observation.customer.isEmpty() && !mCustomers.contains(observation.customer))
        return fail(
            u"customer"_s,
            tr("\"%1\" is not a customer of the workspace").arg(observation.customer.left(80)));
    if (!observation.service.isEmpty() && !mServices.contains(observation.service))
        return fail(
            u"service"_s,
            tr("\"%1\" is not a service of the workspace").arg(observation.service.left(80)));
    if (!observation.region.isEmpty() && !mRegions.contains(observation.region))
        return fail(u"region"_s,
                    tr("\"%1\" is not a region of the workspace").arg(observation.region.left(80)));
    return true;
}

} // namespace Accordo
