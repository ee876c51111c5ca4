#pragma once

#include "domain/entities.h"
#include "result.h"

#include <QCoreApplication>

namespace Accordo {

class Workspace;

/// The demo's custom metrics: "Backup success rate" (a rate, at least 99 %) and "Equipment
/// delivery time" (a mean in business days, at most 5), with targets on both in one customer
/// SLA and a year of observations up to the demo's "now", the backups breached in March 2026.
class DemoMetrics
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::DemoMetrics)

public:
    static QString backupMetric();
    static QString deliveryMetric();
    /// The SLA that gets the targets: its customer's service-level ERP and backup agreement.
    static QString customer();
    static QString breachedMonth();

    /// Adds the two targets (and the equipment purchase service they need) to an agreement
    /// being generated.
    static void addTargets(Agreement &agreement, qint64 backupServiceId, qint64 equipmentServiceId);
    /// Defines the metrics and stores the observations; inside the caller's transaction.
    static Result<void> generate(Workspace &workspace);
};

} // namespace Accordo
