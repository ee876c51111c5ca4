#pragma once

#include "report/reportoptions.h"
#include "reportdata/dashboarddata.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QPagedPaintDevice;

namespace Accordo {

class ReportCanvas;
class ReportFormat;

/// The portfolio report for executives: the dashboard's tiles and charts for a period, then
/// the measured agreements sorted by risk, worst first, with their recent months by status:
/// the `top` worst, or every one with `all`, so that it reads the same for 100,000 agreements.
class PortfolioReport
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::PortfolioReport)

public:
    struct Options : ReportOptions
    {
        DashboardFilter filter; // toMonth is the report's period
        int top = 50;           // the worst agreements listed
        bool all = false;       // every agreement listed instead
        /// Every target's terms as the recompute before the report loaded them
        /// (ResultsUpdate::terms); null: the report loads them.
        std::shared_ptr<const Kpi::Recompute> terms;
    };

    static Result<int> writePdf(QSqlDatabase db, const Options &options, const QString &path);
    static Result<int> render(QSqlDatabase db, const Options &options, QPagedPaintDevice *device);

private:
    static void draw(ReportCanvas &canvas, const DashboardSnapshot &snapshot,
                     const ReportFormat &format, qsizetype listed);
};

} // namespace Accordo
