#pragma once

#include "reportdata/dashboarddata.h"
#include "reportdata/valuevscost.h"

#include <QCoreApplication>

namespace Accordo {

class ReportCanvas;
class ReportFormat;

/// Value against cost for the dashboard and the portfolio report: per agreement the revenue
/// (the monthly fee times the months measured), the service credits owed and their ratio, for
/// the agreements a dashboard snapshot shows.
class ValueSection
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::ValueSection)

public:
    /// The rows of the agreements the reading's snapshot shows, worst ratio first.
    static QList<ValueCost> shown(const DashboardReading &reading);
    /// Revenue and credits added up per currency, one ValueCost each (by currency code).
    static QList<ValueCost> totals(const QList<ValueCost> &rows);
    /// "1.25 %" for one currency, "EUR 1.25 % · GBP 0.80 %" for several; "–" for none.
    static QString ratioText(const QList<ValueCost> &totals, const ReportFormat &format);
    /// ratioText()'s parts: {"1.25 %"} for one currency, {"EUR 1.25 %", "GBP 0.80 %"} for
    /// several, {"–"} for none.
    static QStringList ratioParts(const QList<ValueCost> &totals, const ReportFormat &format);
    /// The totals of every row, and the first `listed` rows (every one when -1): the highest
    /// shares, as load() orders them.
    static void draw(ReportCanvas &canvas, const QList<ValueCost> &rows, const ReportFormat &format,
                     qsizetype listed = -1);
};

} // namespace Accordo
