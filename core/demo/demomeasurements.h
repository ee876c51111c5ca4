#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Accordo {

/// Two years of measurements for the first copy of the demo portfolio, deterministic, ending
/// at DemoMeasurements::now(): tickets, outages and surveys with realistic patterns (a
/// region that struggles, a December peak), one watermelon customer, one OLA looser than
/// the SLAs it supports, one service delivered without an SLA; then the verdicts and, for an
/// unscaled portfolio, the KPIs (a scaled one computes them when first asked).
class DemoMeasurements
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::DemoMeasurements)

public:
    struct Counts
    {
        qint64 tickets = 0;
        qint64 outages = 0;
        qint64 surveys = 0;
    };

    /// Runs inside the caller's transaction; the demo agreements must exist.
    static Result<Counts> generate(QSqlDatabase db);

    /// The demo's "now": 2026-10-31 18:00 UTC (epoch seconds).
    static qint64 now();
    /// The customer whose targets are met while satisfaction is poor, and the planted cases.
    static QString watermelonCustomer(QSqlDatabase db);
};

} // namespace Accordo
