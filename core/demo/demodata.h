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

    /// How the customers and agreements of the portfolio are written: in bulk
    /// (DemoBulkWriter), or one by one through the stores as the GUI writes them. Both give
    /// the same workspace; the second is kept to show that they do.
    enum class Path { Bulk, OneByOne };

    static Result<Counts> populate(Workspace &workspace, int scale = 1,
                                   const Progress &progress = {}, Path path = Path::Bulk);
};

} // namespace Accordo
