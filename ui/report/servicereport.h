#pragma once

#include "report/reportoptions.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QPagedPaintDevice;

namespace Accordo {

struct ServiceReportData;
class ReportCanvas;
class ReportFormat;

/// The service report of one agreement and period: cover with the parties, an executive
/// summary in words, the per-target results with status colours, trend charts, breaches with
/// their tickets, availability and outages, satisfaction, service credits and what comes next.
class ServiceReport
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::ServiceReport)

public:
    using Options = AgreementReportOptions;

    /// Writes a PDF; returns the number of pages.
    static Result<int> writePdf(QSqlDatabase db, const Options &options, const QString &path);
    /// Draws onto a printer or PDF writer (the print preview); returns the number of pages.
    static Result<int> render(QSqlDatabase db, const Options &options, QPagedPaintDevice *device);

private:
    // The review pack prints the report's sections between its own.
    friend class ReviewPack;

    static void draw(ReportCanvas &canvas, const ServiceReportData &data, const ReportFormat &f);
    // The sections of the report, in order.
    static void drawCover(ReportCanvas &c, const ServiceReportData &d, const ReportFormat &f);
    static void drawSummary(ReportCanvas &c, const ServiceReportData &d, const ReportFormat &f);
    static void drawResults(ReportCanvas &c, const ServiceReportData &d, const ReportFormat &f);
    static void drawBreaches(ReportCanvas &c, const ServiceReportData &d, const ReportFormat &f);
    static void drawAvailability(ReportCanvas &c, const ServiceReportData &d,
                                 const ReportFormat &f);
    static void drawCredits(ReportCanvas &c, const ServiceReportData &d, const ReportFormat &f);
};

} // namespace Accordo
