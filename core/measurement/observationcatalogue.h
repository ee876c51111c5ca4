#pragma once

#include "domain/metricdefinition.h"
#include "measurement/records.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>

namespace Accordo {

/// What an observation may name: the workspace's metric definitions, customers, services (by
/// code or name) and regions (by code or name), read once per import. An observation naming
/// anything else is a bad row, refused with the field and the value.
class ObservationCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::MeasurementImporter)

public:
    static Result<ObservationCatalogue> read(QSqlDatabase db);

    /// False with the problem filled in (field and reason; the line is the caller's) when the
    /// observation names an unknown metric, customer, service or region, or gives counts to a
    /// metric that is not a rate.
    bool check(const Observation &observation, RowProblem &problem) const;

private:
    QHash<QString, MetricAggregation> mMetrics;
    QSet<QString> mCustomers;
    QSet<QString> mServices;
    QSet<QString> mRegions;
};

} // namespace Accordo
