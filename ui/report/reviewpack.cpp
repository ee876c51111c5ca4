#include "reviewpack.h"

#include "report/reportcanvas.h"
#include "report/reportformat.h"
#include "report/reportlanguage.h"
#include "report/servicereport.h"
#include "reportdata/reviewpackdata.h"
#include "reportdata/servicereportdata.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

ReportCanvas::Cell cell(const QString &text)
{
    return {text, QColor(), QColor(), false};
}

} // namespace

Result<int> ReviewPack::writePdf(QSqlDatabase db, const Options &options, const QString &path)
{
    const auto writer = ReportCanvas::pdfWriter(
        path, tr("Review pack %1 %2").arg(options.number, options.period));
    return render(db, options, writer.get());
}

Result<int> ReviewPack::render(QSqlDatabase db, const Options &options, QPagedPaintDevice *device)
{
    const ReportLanguage language(options.language);
    const ReportFormat format(language.locale());
    auto data = ServiceReportData::load(db, options.number, options.period, options.today);
    if (!data)
        return data.error();
    auto pack = ReviewPackData::load(db, options.number);
    if (!pack)
        return pack.error();
    const QString footer = format.generated(options.generatedAt);
    const QString left = tr("Service review · %1").arg(format.period(data->period));
    const QString right = ServiceReport::tr("Agreement %1").arg(data->number);
    return ReportCanvas::paint(
        device, left, right, footer,
        [&](ReportCanvas &c) {
            drawCover(c, *data, *pack, format);
            ServiceReport::drawSummary(c, *data, format);
            ServiceReport::drawResults(c, *data, format);
            ServiceReport::drawBreaches(c, *data, format);
            ServiceReport::drawAvailability(c, *data, format);
            ServiceReport::drawCredits(c, *data, format);
            drawActions(c, *pack, format, options.today);
            drawChangeRequests(c, *pack);
            drawDecisions(c);
        },
        ServiceReport::tr("cannot write the report"));
}

void ReviewPack::drawCover(ReportCanvas &c, const ServiceReportData &d, const ReviewPackData &p,
                           const ReportFormat &f)
{
    c.spacer(90);
    c.paragraph(tr("SERVICE REVIEW PACK"), 11, true, QColor(0x61, 0x61, 0x61));
    c.title(d.title, 26);
    c.paragraph(f.period(d.period), 16, true);
    c.spacer(30);
    QList<std::pair<QString, QString>> cover{
        {ServiceReport::tr("Agreement number"),
         ServiceReport::tr("%1, version %2").arg(d.number).arg(d.version)},
        {ServiceReport::tr("Customer"), d.party},
        {tr("Account owner"), p.owner.isEmpty() ? tr("none assigned") : p.owner},
        {tr("Period reviewed"), f.period(d.period)},
        {tr("Open actions"), QString::number(p.openActions.size())},
    };
    if (!d.contact.isEmpty())
        cover.insert(3, {ServiceReport::tr("Customer contact"), d.contact});
    if (p.lastReview)
        cover.append(
            {tr("Last review"), tr("%1 (%2): %3")
                                    .arg(f.date(p.lastReview->heldOn), p.lastReview->periods,
                                         Improvement::displayName(p.lastReview->outcome))});
    else
        cover.append({tr("Last review"), tr("none recorded")});
    c.keyValues(cover);
    c.spacer(24);
    c.paragraph(tr("Participants"), 11, true);
    c.paragraph(tr("Provider: ______________________________________________"), 10);
    c.spacer(6);
    c.paragraph(tr("Customer: ______________________________________________"), 10);
}

void ReviewPack::drawActions(ReportCanvas &c, const ReviewPackData &p, const ReportFormat &f,
                             const QDate &today)
{
    c.newPage();
    c.heading(tr("Improvement actions"));
    if (p.openActions.isEmpty()) {
        c.paragraph(tr("No action is open."));
    } else {
        QList<ReportCanvas::Row> rows;
        for (const ImprovementAction &a : p.openActions) {
            const bool overdue = a.dueDate < today;
            rows.append(
                {cell(a.title),
                 cell(a.ownerName),
                 {f.date(a.dueDate), overdue ? ReportCanvas::statusColour(u"breached"_s) : QColor(),
                  overdue ? QColor(Qt::white) : QColor(), overdue},
                 cell(overdue ? tr("%1, overdue").arg(Improvement::displayName(a.state))
                              : Improvement::displayName(a.state))});
        }
        c.table({{tr("Action"), 3.0},
                 {tr("Owner"), 1},
                 {tr("Due"), 1.5, Qt::AlignRight},
                 {tr("State"), 1.5}},
                rows);
    }
    if (!p.closedActions.isEmpty()) {
        c.spacer(8);
        c.paragraph(tr("Closed since the last review"), 11, true);
        QList<ReportCanvas::Row> rows;
        for (const ImprovementAction &a : p.closedActions)
            rows.append({cell(a.title), cell(a.ownerName), cell(Improvement::displayName(a.state)),
                         cell(a.state == ActionState::Dropped ? a.reason : a.notes)});
        c.table({{tr("Action"), 2.6}, {tr("Owner"), 0.9}, {tr("State"), 0.9}, {tr("Notes"), 2.4}},
                rows);
    }
}

void ReviewPack::drawChangeRequests(ReportCanvas &c, const ReviewPackData &p)
{
    c.heading(tr("Open change requests"));
    if (p.changeRequests.isEmpty()) {
        c.paragraph(tr("None."));
        return;
    }
    QList<ReportCanvas::Row> rows;
    for (const ChangeRequestLine &r : p.changeRequests)
        rows.append({cell(r.reference), cell(r.title), cell(r.state)});
    c.table({{tr("Reference"), 1}, {tr("Change"), 3.5}, {tr("State"), 1.2}}, rows);
}

void ReviewPack::drawDecisions(ReportCanvas &c)
{
    c.ensureSpace(320);
    c.heading(tr("Decisions"));
    c.paragraph(
        tr("Outcome:  [  ] No change needed     [  ] Actions agreed     [  ] Amendment needed"),
        10);
    c.spacer(10);
    for (int line = 0; line < 10; ++line) {
        c.paragraph(
            u"_____________________________________________________________________________"_s, 10,
            false, QColor(0x9e, 0x9e, 0x9e));
        c.spacer(6);
    }
    c.paragraph(tr("Next review: ____________________"), 10);
}

} // namespace Accordo
