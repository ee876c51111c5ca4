#include "servicereport.h"

#include "charts/chartbuilder.h"
#include "report/reportcanvas.h"
#include "report/reportformat.h"
#include "report/reportlanguage.h"
#include "reportdata/servicereportdata.h"

#include <QChart>

#include <memory>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

bool isTicketMetric(const QString &metric)
{
    return metric == u"first_response"_s || metric == u"resolution"_s;
}

QString targetName(const TargetResult &r, const ReportFormat &f)
{
    return f.targetName(r);
}

QString achieved(const TargetResult &r, const ReportFormat &f, const std::optional<qint64> &value)
{
    return f.targetValue(r, value);
}

ReportCanvas::Cell statusCell(const QString &status, const ReportFormat &f)
{
    return {f.status(status), ReportCanvas::statusColour(status), Qt::white, true};
}

} // namespace

Result<int> ServiceReport::writePdf(QSqlDatabase db, const Options &options, const QString &path)
{
    const auto writer = ReportCanvas::pdfWriter(
        path, tr("Service report %1 %2").arg(options.number, options.period));
    return render(db, options, writer.get());
}

Result<int> ServiceReport::render(QSqlDatabase db, const Options &options,
                                  QPagedPaintDevice *device)
{
    const ReportLanguage language(options.language);
    const ReportFormat format(language.locale());
    auto data = ServiceReportData::load(db, options.number, options.period, options.today);
    if (!data)
        return data.error();
    const QString footer = format.generated(options.generatedAt);
    const QString left = tr("Service report · %1").arg(format.period(data->period));
    const QString right = tr("Agreement %1").arg(data->number);

    return ReportCanvas::paint(
        device, left, right, footer, [&](ReportCanvas &canvas) { draw(canvas, *data, format); },
        tr("cannot write the report"));
}

void ServiceReport::draw(ReportCanvas &c, const ServiceReportData &d, const ReportFormat &f)
{
    for (auto section :
         {drawCover, drawSummary, drawResults, drawBreaches, drawAvailability, drawCredits})
        section(c, d, f);
}

void ServiceReport::drawCover(ReportCanvas &c, const ServiceReportData &d, const ReportFormat &f)
{
    const QLocale &locale = f.locale();
    // Cover.
    c.spacer(90);
    c.paragraph(tr("SERVICE REPORT"), 11, true, QColor(0x61, 0x61, 0x61));
    c.title(d.title, 26);
    c.paragraph(f.period(d.period), 16, true);
    c.spacer(30);
    QStringList customer{d.party};
    if (d.partyKind != u"customer"_s)
        customer.append(f.partyKind(d.partyKind));
    if (!d.region.isEmpty())
        customer.append(d.region);
    QList<std::pair<QString, QString>> cover{
        {tr("Agreement number"), tr("%1, version %2").arg(d.number).arg(d.version)},
        {tr("Kind"), f.kind(d.kind)},
        {tr("Customer"), customer.join(u", "_s)},
        {tr("Period"), f.period(d.period)},
        {tr("Services"), d.services.join(u", "_s)},
        {tr("Term"), d.endDate.isValid()
                         ? tr("%1 to %2").arg(f.date(d.startDate), f.date(d.endDate))
                         : tr("from %1, open-ended").arg(f.date(d.startDate))},
        {tr("Monthly fee"), d.monthlyFee.toDisplayString(locale)},
        {tr("Data as of"), tr("%1 (the last measurement)").arg(f.asOf(d.dataAsOf))},
    };
    if (!d.contact.isEmpty())
        cover.insert(3, {tr("Customer contact"), d.contact});
    if (!d.signatories.isEmpty())
        cover.append({tr("Signed by"), d.signatories.join(u"; "_s)});
    c.keyValues(cover);
}

void ServiceReport::drawSummary(ReportCanvas &c, const ServiceReportData &d, const ReportFormat &f)
{
    const QLocale &locale = f.locale();
    // Executive summary.
    c.newPage();
    c.heading(tr("Executive summary"));
    qint64 met = 0, risk = 0, breached = 0, noData = 0;
    qint64 ticketMet = 0, ticketBreached = 0, goalWeighted = 0;
    qint64 tickets = 0;
    std::optional<qint64> availability;
    qint64 unplanned = 0;
    for (const TargetResult &r : d.results) {
        met += r.status == u"met"_s;
        risk += r.status == u"at_risk"_s;
        breached += r.status == u"breached"_s;
        noData += r.status == u"no_data"_s;
        if (isTicketMetric(r.metric)) {
            ticketMet += r.met;
            ticketBreached += r.breached;
            tickets += r.tickets;
            goalWeighted += r.goalMilli * (r.met + r.breached);
        }
        if (r.metric == u"availability"_s && r.achievedMilli) {
            availability = availability ? std::min(*availability, *r.achievedMilli)
                                        : *r.achievedMilli;
            unplanned += r.outages.value_or(0);
        }
    }
    QStringList summary;
    if (d.results.isEmpty()) {
        summary.append(tr("No results are stored for %1: the agreement was not measured in "
                          "this period, or its KPIs have not been computed yet.")
                           .arg(f.period(d.period)));
    } else {
        summary.append(tr("In %1, %2 of %3 targets were met, %4 at risk and %5 breached.")
                           .arg(f.period(d.period))
                           .arg(met)
                           .arg(d.results.size())
                           .arg(risk)
                           .arg(breached));
        if (noData > 0)
            summary.append(tr("%n target(s) had nothing to judge in the period (no data).", nullptr,
                              int(noData)));
    }
    if (ticketMet + ticketBreached > 0) {
        const qint64 decided = ticketMet + ticketBreached;
        summary.append(tr("Of %1 tickets, %2 were decided; %3 met their targets, a compliance "
                          "of %4 against a goal of %5.")
                           .arg(locale.toString(tickets), locale.toString(decided),
                                locale.toString(ticketMet), f.percent(ticketMet * 100000 / decided),
                                f.percent(goalWeighted / decided)));
    }
    summary.append(d.breachCount > 0
                       ? tr("%n ticket(s) missed a target; they are listed under Breaches.",
                            nullptr, int(d.breachCount))
                       : tr("No ticket missed its target."));
    if (availability)
        summary.append(
            tr("Availability was %1, with %n unplanned outage(s).", nullptr, int(unplanned))
                .arg(f.percent(availability)));
    if (d.csatMilli)
        summary.append(tr("Customer satisfaction (CSAT) was %1 from %n answer(s).", nullptr,
                          int(d.csatAnswers))
                           .arg(f.percent(d.csatMilli, 1)));
    if (d.watermelon)
        summary.append(tr("Warning: the targets look green but the customer is not satisfied "
                          "(a watermelon)."));
    summary.append(d.creditTotal.isZero() ? tr("No service credits are owed for the period.")
                                          : tr("Service credits owed for the period: %1.")
                                                .arg(d.creditTotal.toDisplayString(locale)));
    if (d.nextReview.isValid())
        summary.append(tr("The next service review is due on %1.").arg(f.date(d.nextReview)));
    c.paragraph(summary.join(u' '), 10.5);

    QList<ReportCanvas::Tile> tiles;
    tiles.append(
        {tr("Targets met"), tr("%1 of %2").arg(met).arg(d.results.size()),
         noData > 0 ? tr("%1 at risk, %2 breached, %3 no data").arg(risk).arg(breached).arg(noData)
                    : tr("%1 at risk, %2 breached").arg(risk).arg(breached),
         ReportCanvas::statusColour(breached ? u"breached"_s
                                    : risk   ? u"at_risk"_s
                                             : u"met"_s)});
    tiles.append({tr("Ticket compliance"),
                  ticketMet + ticketBreached > 0
                      ? f.percent(ticketMet * 100000 / (ticketMet + ticketBreached), 2)
                      : tr("n/a"),
                  ticketMet + ticketBreached > 0
                      ? tr("goal %1").arg(f.percent(goalWeighted / (ticketMet + ticketBreached), 2))
                      : QString(),
                  {}});
    tiles.append({tr("Tickets breached"), locale.toString(d.breachCount), QString(),
                  d.breachCount ? ReportCanvas::statusColour(u"breached"_s) : QColor()});
    tiles.append({tr("Service credits"), d.creditTotal.toDisplayString(locale), QString(),
                  d.creditTotal.isZero() ? QColor() : ReportCanvas::statusColour(u"breached"_s)});
    c.spacer(4);
    c.tiles(tiles);
}

void ServiceReport::drawResults(ReportCanvas &c, const ServiceReportData &d, const ReportFormat &f)
{
    const QLocale &locale = f.locale();
    // Results per target.
    c.heading(tr("Results per target"));
    QList<ReportCanvas::Row> rows;
    for (const TargetResult &r : d.results) {
        QString budget;
        if (r.errorBudget)
            budget = r.metric == u"availability"_s ? f.duration(std::max<qint64>(0, *r.errorBudget))
                                                   : locale.toString(*r.errorBudget);
        const QString name = r.period == d.period
                                 ? targetName(r, f)
                                 : tr("%1 (%2)").arg(targetName(r, f), f.period(r.period));
        rows.append({{name},
                     {locale.toString(r.tickets)},
                     {locale.toString(r.met)},
                     {locale.toString(r.breached)},
                     {achieved(r, f, r.achievedMilli), {}, {}, true},
                     {achieved(r, f, r.goalMilli)},
                     statusCell(r.status, f),
                     {budget},
                     {r.credit.isZero() ? QString() : r.credit.toDisplayString(locale)}});
    }
    // Figures, statuses and headers in both languages must fit ("100.000 %" in bold,
    // "Rispettato", "GBP 1.575,00"); the target names give way (the charts below name them
    // in full).
    c.table({{tr("Target"), 2.35},
             {tr("Tickets"), 0.8, Qt::AlignRight},
             {tr("Met"), 0.75, Qt::AlignRight},
             {tr("Breached"), 1.0, Qt::AlignRight},
             {tr("Achieved"), 1.45, Qt::AlignRight},
             {tr("Goal"), 1.0, Qt::AlignRight},
             {tr("Status"), 1.3, Qt::AlignCenter},
             {tr("Budget"), 0.95, Qt::AlignRight},
             {tr("Credit"), 1.6, Qt::AlignRight}},
            rows);
    c.paragraph(tr("Budget: the error budget, how many more tickets could have been breached (for "
                   "availability, how much more downtime) with the goal still met; negative when "
                   "the goal was missed."),
                7.5, false, QColor(0x61, 0x61, 0x61));

    // Trends, two charts to a row.
    ChartBuilder charts(locale);
    QList<qint64> targets;
    for (const TargetResult &r : d.history)
        if (!targets.contains(r.targetId) && r.metric != u"satisfaction"_s)
            targets.append(r.targetId);
    if (!targets.isEmpty()) {
        c.heading(tr("Trends"));
        std::vector<std::unique_ptr<QChart>> owned;
        QList<QChart *> list;
        for (qint64 id : targets) {
            QList<TargetResult> h;
            for (const TargetResult &r : d.history)
                if (r.targetId == id)
                    h.append(r);
            owned.emplace_back(charts.targetTrend(h, targetName(h.first(), f)));
            list.append(owned.back().get());
        }
        c.charts(list, 150, 1);
    }
}

void ServiceReport::drawBreaches(ReportCanvas &c, const ServiceReportData &d, const ReportFormat &f)
{
    // Breaches.
    c.heading(tr("Breaches"));
    if (d.breaches.isEmpty()) {
        c.paragraph(tr("No ticket missed its target in this period."));
    } else {
        QList<ReportCanvas::Row> breachRows;
        for (const BreachedTicket &b : d.breaches)
            breachRows.append({{b.number, {}, {}, true},
                               {b.service + u" · "_s + f.metric(b.metric)},
                               {b.priority},
                               {f.instant(b.openedAt)},
                               {b.dueAt ? f.instant(*b.dueAt) : QString()},
                               {f.duration(b.elapsed)}});
        c.table({{tr("Ticket"), 1.4},
                 {tr("Target"), 2.6},
                 {tr("Priority"), 0.8},
                 {tr("Opened (UTC)"), 1.7},
                 {tr("Due (UTC)"), 1.7},
                 {tr("Business time taken"), 1.4, Qt::AlignRight}},
                breachRows);
        if (d.breachCount > d.breaches.size())
            c.paragraph(tr("… and %n more breached ticket(s).", nullptr,
                           int(d.breachCount - d.breaches.size())));
    }
}

void ServiceReport::drawAvailability(ReportCanvas &c, const ServiceReportData &d,
                                     const ReportFormat &f)
{
    const QLocale &locale = f.locale();
    // Availability and outages.
    c.heading(tr("Availability and outages"));
    QList<ReportCanvas::Row> availabilityRows;
    for (const TargetResult &r : d.results) {
        if (r.metric != u"availability"_s)
            continue;
        availabilityRows.append({{targetName(r, f)},
                                 {f.percent(r.achievedMilli), {}, {}, true},
                                 {f.percent(r.goalMilli)},
                                 {r.agreedSeconds ? f.duration(*r.agreedSeconds) : QString()},
                                 {r.downtimeSeconds ? f.duration(*r.downtimeSeconds) : QString()},
                                 {locale.toString(r.outages.value_or(0))},
                                 {r.mttrSeconds ? f.duration(*r.mttrSeconds) : QString()},
                                 statusCell(r.status, f)});
    }
    if (availabilityRows.isEmpty())
        c.paragraph(tr("The agreement has no availability target in this period."));
    else
        c.table({{tr("Target"), 2.6},
                 {tr("Availability"), 1.1, Qt::AlignRight},
                 {tr("Goal"), 1.0, Qt::AlignRight},
                 {tr("Agreed time"), 1.2, Qt::AlignRight},
                 {tr("Downtime"), 1.1, Qt::AlignRight},
                 {tr("Outages"), 0.8, Qt::AlignRight},
                 {tr("MTTR"), 1.0, Qt::AlignRight},
                 {tr("Status"), 0.9, Qt::AlignCenter}},
                availabilityRows);
    if (d.outages.isEmpty()) {
        c.paragraph(tr("No outage was recorded on the agreement's services in this period."));
    } else {
        QList<ReportCanvas::Row> outageRows;
        for (const ReportOutage &o : d.outages)
            outageRows.append({{o.service},
                               {f.instant(o.startAt)},
                               {o.endAt ? f.instant(*o.endAt) : tr("ongoing")},
                               {o.endAt ? f.duration(*o.endAt - o.startAt) : QString()},
                               {o.planned ? tr("planned maintenance") : tr("unplanned")}});
        c.table({{tr("Service"), 1.6},
                 {tr("Start (UTC)"), 1.6},
                 {tr("End (UTC)"), 1.6},
                 {tr("Duration"), 1.0, Qt::AlignRight},
                 {tr("Kind"), 1.4}},
                outageRows);
    }
}

void ServiceReport::drawCredits(ReportCanvas &c, const ServiceReportData &d, const ReportFormat &f)
{
    const QLocale &locale = f.locale();
    // Satisfaction.
    c.heading(tr("Customer satisfaction"));
    if (d.csatMilli)
        c.paragraph(tr("CSAT (share of answers scoring 4 or 5): %1 from %n answer(s).", nullptr,
                       int(d.csatAnswers))
                        .arg(f.percent(d.csatMilli, 1)));
    else
        c.paragraph(tr("No satisfaction survey was answered in this period."));

    // Service credits.
    c.heading(tr("Service credits"));
    QList<ReportCanvas::Row> creditRows;
    for (const TargetResult &r : d.results) {
        if (r.metric == u"satisfaction"_s)
            continue;
        creditRows.append({{targetName(r, f)},
                           {f.period(r.period)},
                           {achieved(r, f, r.achievedMilli)},
                           {r.closed ? locale.toString(r.creditHundredths / 100.0, 'f', 2) + u" %"_s
                                     : tr("period open")},
                           {r.credit.toDisplayString(locale)}});
    }
    creditRows.append({{tr("Total owed"), {}, {}, true},
                       {},
                       {},
                       {},
                       {d.creditTotal.toDisplayString(locale), {}, {}, true}});
    c.table({{tr("Target"), 3},
             {tr("Period"), 1.3},
             {tr("Achieved"), 1.1, Qt::AlignRight},
             {tr("Credit rate"), 1.1, Qt::AlignRight},
             {tr("Credit"), 1.5, Qt::AlignRight}},
            creditRows);
    c.paragraph(tr("Credits are a share of the fee of the period (monthly fee %1), computed "
                   "exactly from each target's credit tiers and cap once the period is closed.")
                    .arg(d.monthlyFee.toDisplayString(locale)),
                7.5, false, QColor(0x61, 0x61, 0x61));

    // What comes next.
    c.heading(tr("Upcoming review and renewal"));
    QList<std::pair<QString, QString>> next;
    next.append({tr("Next service review"),
                 d.nextReview.isValid() ? f.date(d.nextReview) : tr("none scheduled")});
    next.append(
        {tr("End of the agreement"), d.endDate.isValid() ? f.date(d.endDate) : tr("open-ended")});
    if (d.noticeDeadline.isValid())
        next.append({tr("Last day to give notice"), f.date(d.noticeDeadline)});
    c.keyValues(next);
}

} // namespace Accordo
