#pragma once

#include "report/reportoptions.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QPagedPaintDevice;

namespace Accordo {

struct ReviewPackData;
struct ServiceReportData;
class ReportCanvas;
class ReportFormat;

/// The pack a service review meeting works from: a cover with the owner and the last review,
/// the service report of the period (summary, results and trends, breaches, availability,
/// satisfaction and credits), the improvement actions and their state, the open change
/// requests, and room for the decisions.
class ReviewPack
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::ReviewPack)

public:
    using Options = AgreementReportOptions;

    /// Writes a PDF; returns the number of pages.
    static Result<int> writePdf(QSqlDatabase db, const Options &options, const QString &path);
    static Result<int> render(QSqlDatabase db, const Options &options, QPagedPaintDevice *device);

private:
    static void drawCover(ReportCanvas &c, const ServiceReportData &d, const ReviewPackData &p,
                          const ReportFormat &f);
    static void drawActions(ReportCanvas &c, const ReviewPackData &p, const ReportFormat &f,
                            const QDate &today);
    static void drawChangeRequests(ReportCanvas &c, const ReviewPackData &p);
    static void drawDecisions(ReportCanvas &c);
};

} // namespace Accordo
