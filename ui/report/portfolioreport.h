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
/// every measured agreement sorted by risk, worst first, with its recent months by status.
class PortfolioReport
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::PortfolioReport)

public:
    struct Options : ReportOptions
    {
        DashboardFilter filter; // toMonth is the report's period
    };

    static Result<int> writePdf(QSqlDatabase db, const Options &options, const QString &path);
    static Result<int> render(QSqlDatabase db, const Options &options, QPagedPaintDevice *device);

private:
    static void draw(ReportCanvas &canvas, const DashboardSnapshot &snapshot,
                     const ReportFormat &format);
};

} // namespace Accordo
