#include "portfolioreport.h"

#include "charts/chartbuilder.h"
#include "report/reportcanvas.h"
#include "report/reportformat.h"
#include "report/reportlanguage.h"
#include "report/valuesection.h"

#include <QChart>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {
Q_LOGGING_CATEGORY(lcReport, "accordo.report", QtWarningMsg)
}

Result<int> PortfolioReport::writePdf(QSqlDatabase db, const Options &options, const QString &path)
{
    const auto writer = ReportCanvas::pdfWriter(
        path, tr("Portfolio report %1").arg(options.filter.toMonth));
    return render(db, options, writer.get());
}

Result<int> PortfolioReport::render(QSqlDatabase db, const Options &options,
                                    QPagedPaintDevice *device)
{
    const ReportLanguage language(options.language);
    const ReportFormat format(language.locale());
    QElapsedTimer clock;
    clock.start();
    auto reading = DashboardData::loadWithValue(
        db, options.filter, DashboardData::ValueMonths::Range, options.today, options.terms);
    if (!reading)
        return reading.error();
    const DashboardSnapshot &snapshot = reading->snapshot;
    const QList<ValueCost> value = ValueSection::shown(*reading);
    qCDebug(lcReport, "dashboard data and value against cost: %lld ms", clock.restart());
    const QString footer = format.generated(options.generatedAt);
    const QString left = tr("Portfolio report");
    const QString right = format.period(snapshot.filter.toMonth);
    const qsizetype listed = options.all ? snapshot.agreements.size()
                                         : std::min<qsizetype>(std::max(options.top, 0),
                                                               snapshot.agreements.size());

    auto pages = ReportCanvas::paint(
        device, left, right, footer,
        [&](ReportCanvas &canvas) {
            draw(canvas, snapshot, format, listed);
            ValueSection::draw(canvas, value, format, options.all ? -1 : options.top);
        },
        tr("cannot write the report"));
    qCDebug(lcReport, "drawing: %lld ms", clock.restart());
    return pages;
}

void PortfolioReport::draw(ReportCanvas &c, const DashboardSnapshot &s, const ReportFormat &f,
                           qsizetype listed)
{
    const QLocale &locale = f.locale();
    const DashboardTiles &t = s.tiles;
    ChartBuilder charts(locale);

    c.paragraph(tr("PORTFOLIO REPORT"), 10, true, QColor(0x61, 0x61, 0x61));
    c.title(tr("Service levels in %1").arg(f.period(t.period)), 22);
    c.paragraph(tr("%n agreement(s) measured, from %1 to %2.", nullptr, int(s.agreements.size()))
                    .arg(f.period(s.filter.fromMonth), f.period(s.filter.toMonth)),
                9.5, false, QColor(0x61, 0x61, 0x61));
    c.paragraph(tr("Data as of %1 (the last measurement). The tiles show %2.")
                    .arg(f.asOf(s.dataAsOf), f.period(t.period)),
                9.5, false, QColor(0x61, 0x61, 0x61));

    QStringList change;
    if (t.goalMilli)
        change.append(tr("goal %1").arg(f.percent(t.goalMilli, 2)));
    if (t.complianceMilli && t.previousComplianceMilli) {
        const qint64 delta = *t.complianceMilli - *t.previousComplianceMilli;
        change.append(tr("%1 points from last month")
                          .arg((delta >= 0 ? u"+"_s : QString()) + f.percent(delta, 2).chopped(2)));
    }
    // One total per currency; an amount keeps its code on its line (no-break space).
    QStringList credits;
    for (const Money &m : t.creditsOwed)
        credits.append(m.toDisplayString(locale).replace(u' ', QChar(0x00A0)));
    const QColor red = ReportCanvas::statusColour(u"breached"_s);
    const QColor amber = ReportCanvas::statusColour(u"at_risk"_s);
    c.tiles(
        {{tr("Portfolio compliance"), f.percent(t.complianceMilli, 2), change.join(u" · "_s),
          t.complianceMilli && t.goalMilli && *t.complianceMilli < *t.goalMilli ? red : QColor()},
         {tr("Breaches"), locale.toString(t.breaches),
          tr("%n ticket(s) breached", nullptr, int(t.breachedTickets)),
          t.breaches ? red : QColor()},
         {tr("Agreements at risk"), locale.toString(t.agreementsAtRisk), tr("at risk or breached"),
          t.agreementsAtRisk ? amber : QColor()},
         {credits.size() > 1 ? tr("Service credits owed, per currency")
                             : tr("Service credits owed"),
          credits.isEmpty() ? locale.toString(0) : credits.first(),
          credits.size() > 1 ? credits.mid(1).join(u" · "_s) : QString(),
          credits.isEmpty() ? QColor() : red},
         {tr("Watermelons"), locale.toString(t.watermelons), tr("green targets, unhappy customer"),
          t.watermelons ? amber : QColor()},
         {tr("Reviews due"), locale.toString(t.reviewsDue), tr("within 30 days"), {}},
         {tr("Renewals"), locale.toString(t.renewalsDue), tr("within 90 days"), {}}},
        4);

    std::vector<std::unique_ptr<QChart>> owned;
    auto keep = [&owned](QChart *chart) {
        owned.emplace_back(chart);
        return chart;
    };
    c.heading(tr("Trends"));
    c.charts({keep(charts.complianceTrend(s.trend)), keep(charts.volumeTrend(s.trend))}, 180, 2);
    c.charts({keep(charts.availabilityTrend(s.trend)), keep(charts.satisfactionTrend(s.trend))},
             160, 2);

    c.heading(tr("Breakdowns over the period range"));
    c.charts({keep(charts.breakdown(s.byRegion, tr("Compliance by region"), 8)),
              keep(charts.breakdown(s.byService, tr("Compliance by service"), 8))},
             190, 2);
    c.chart(keep(charts.breachBreakdown(s.byCustomer, tr("Customers with the most breaches"), 10)),
            210);

    const qsizetype total = s.agreements.size();
    c.heading(listed < total ? tr("The %n agreement(s) most at risk", nullptr, int(listed))
                             : tr("Agreements by risk"));
    QString intro = tr("Worst first: breached targets, then targets at risk, watermelons and low "
                       "compliance. The last six months are coloured by the worst status of "
                       "each month.");
    if (listed < total)
        intro += u' '
                 + tr("%1 of %n measured agreement(s) are listed.", nullptr, int(total))
                       .arg(locale.toString(listed));
    c.paragraph(intro, 8, false, QColor(0x61, 0x61, 0x61));
    const qsizetype monthCount = std::min<qsizetype>(6, s.months.size());
    const QStringList shownMonths = s.months.mid(s.months.size() - monthCount);
    // The month columns are wide enough for a three-letter month in bold.
    QList<ReportCanvas::Column> columns{{tr("Agreement"), 1.65},
                                        {tr("Customer"), 1.6},
                                        {tr("Status"), 1.35, Qt::AlignCenter},
                                        {tr("Compliance"), 1.25, Qt::AlignRight},
                                        {tr("Breaches"), 1.0, Qt::AlignRight},
                                        {tr("Credit"), 1.5, Qt::AlignRight}};
    for (const QString &m : shownMonths)
        columns.append(
            {locale.toString(QDate::fromString(m + u"-01"_s, u"yyyy-MM-dd"_s), u"MMM"_s).left(3),
             0.62, Qt::AlignCenter});
    QList<ReportCanvas::Row> rows;
    for (const AgreementStanding &a : s.agreements.first(listed)) {
        ReportCanvas::Row row{
            {a.number, {}, {}, true},
            {a.watermelon ? tr("%1 (watermelon)").arg(a.customer) : a.customer, {}, {}},
            {a.status.isEmpty() ? QString() : f.status(a.status),
             a.status.isEmpty() ? QColor() : ReportCanvas::statusColour(a.status), Qt::white, true},
            {f.percent(a.complianceMilli, 2), {}, {}},
            {locale.toString(a.breaches), {}, {}},
            {a.credit.isZero() ? QString() : a.credit.toDisplayString(locale), {}, {}}};
        for (qsizetype i = s.months.size() - monthCount; i < s.months.size(); ++i) {
            const QString status = a.monthStatus.value(i);
            row.append(
                {QString(),
                 status.isEmpty() ? QColor(0xee, 0xee, 0xee) : ReportCanvas::statusColour(status),
                 {}});
        }
        rows.append(row);
    }
    c.table(columns, rows);
}

} // namespace Accordo
