#pragma once

#include "result.h"

#include <QCoreApplication>

#include <functional>

namespace Accordo {

class Workspace;

/// Fills an empty workspace with a realistic, deterministic demo portfolio: calendars,
/// regions, 32 customers, departments, suppliers, 12 services and 68 agreements
/// (all kinds, levels and statuses, each with targets) per unit of scale. The first copy also
/// gets two years of measurements and its KPIs (DemoMeasurements).
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::DemoData)

public:
    struct Counts
    {
        int customers = 0;
        int services = 0;
        int agreements = 0;
        int targets = 0;
    };

    /// Called now and then with work done and total; return false to cancel (nothing is kept).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Result<Counts> populate(Workspace &workspace, int scale = 1,
                                   const Progress &progress = {});
};

} // namespace Accordo
