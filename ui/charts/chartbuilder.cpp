#include "chartbuilder.h"
#include "report/reportcolours.h"

#include "report/reportcanvas.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

using namespace ReportColours;

// Month labels turn aslant when there are many, so that narrow charts still show them, and
// are never cut to "…".
void fitLabels(QBarCategoryAxis *axis)
{
    axis->setTruncateLabels(false);
    if (axis->count() > 6)
        axis->setLabelsAngle(-50);
}

void setTips(QObject *series, const QStringList &tips)
{
    series->setProperty("tips", tips);
}

// Adds each series to the chart, with the tooltips of its points.
void addSeries(QChart *chart,
               std::initializer_list<std::pair<QAbstractSeries *, QStringList>> series)
{
    for (const auto &[one, tips] : series) {
        setTips(one, tips);
        chart->addSeries(one);
    }
}

// A y range that shows the differences: from a little under the lowest value to the top. An
// axis that does not start at 0 says so in its title, so that no one reads the gaps as sizes.
void fitAxis(QValueAxis *axis, qreal low, qreal high, qreal ceiling, const QFont &font)
{
    const qreal span = std::max<qreal>(high - low, 1);
    axis->setRange(std::max<qreal>(0, low - span * 0.25), std::min(ceiling, high + span * 0.1));
    axis->applyNiceNumbers();
    if (axis->max() > ceiling)
        axis->setMax(ceiling);
    if (axis->min() > 0) {
        axis->setTitleText(ChartBuilder::tr("cut at %1 %").arg(axis->min()));
        axis->setTitleFont(font);
    }
}

// The red points that mark the periods a trend missed its goal.
QScatterSeries *breachSeries(const QString &name)
{
    auto *series = new QScatterSeries;
    series->setName(name);
    series->setColor(Alarm);
    series->setBorderColor(Alarm);
    series->setMarkerSize(9);
    return series;
}

QLineSeries *lineSeries(const QString &name, const QPen &pen, bool pointsVisible)
{
    auto *series = new QLineSeries;
    series->setName(name);
    series->setPen(pen);
    series->setPointsVisible(pointsVisible);
    return series;
}

QValueAxis *valueAxis(const QString &labelFormat, const QFont &font)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(labelFormat);
    axis->setLabelsFont(font);
    return axis;
}

// The months along the bottom and the values on the left, for every series of the chart.
void addAxes(QChart *chart, const QStringList &categories, const QFont &font, QValueAxis *axisY)
{
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setLabelsFont(font);
    fitLabels(axisX);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
}

} // namespace

ChartBuilder::ChartBuilder(const QLocale &locale, qreal fontScale)
    : mLocale(locale), mFontScale(fontScale)
{}

QFont ChartBuilder::chartFont(qreal points, bool bold) const
{
    QFont f(u"DejaVu Sans"_s);
    f.setPointSizeF(points * mFontScale);
    f.setBold(bold);
    return f;
}

QString ChartBuilder::periodLabel(const QString &period) const
{
    if (period.size() == 7 && period.at(5) != u'Q') {
        const QDate d = QDate::fromString(period + u"-01"_s, u"yyyy-MM-dd"_s);
        return mLocale.toString(d, u"MMM yy"_s);
    }
    return period;
}

QString ChartBuilder::percent(qint64 milli, int decimals) const
{
    // Truncated, not rounded, like the KPI engine's figures: 99.999 % never shows as 100 %.
    qint64 scale = 1;
    for (int i = decimals; i < 3; ++i)
        scale *= 10;
    const qint64 whole = milli / 1000;
    QString text = mLocale.toString(whole);
    if (decimals > 0)
        text += mLocale.decimalPoint()
                + QString::number((milli % 1000) / scale).rightJustified(decimals, u'0');
    return text + u" %"_s;
}

QChart *ChartBuilder::newChart(const QString &title) const
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setTitleFont(chartFont(10, true));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(chartFont(8));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    // Axis and bar labels in the report's locale: "98,0 %" in Italian, not the C form.
    chart->setLocale(mLocale);
    chart->setLocalizeNumbers(true);
    return chart;
}

QChart *ChartBuilder::complianceTrend(const QList<TrendPoint> &trend) const
{
    QChart *chart = newChart(tr("Compliance against the goal"));
    auto *achieved = lineSeries(tr("Compliance"), QPen(Accent, 2.2), true);
    auto *goal = lineSeries(tr("Goal"), QPen(Neutral, 1.4, Qt::DashLine), false);
    auto *breaches = breachSeries(tr("Below the goal"));
    QStringList categories, achievedTips, goalTips, breachTips;
    qreal low = 100, high = 0;
    int x = 0;
    for (const TrendPoint &p : trend) {
        if (p.forecastMonth)
            continue; // nothing to judge yet
        categories.append(periodLabel(p.period));
        achievedTips.append(QString());
        goalTips.append(QString());
        breachTips.append(QString());
        if (p.complianceMilli) {
            achieved->append(x, *p.complianceMilli / 1000.0);
            achievedTips[x] =
                tr("%1: compliance %2").arg(categories.last(), percent(*p.complianceMilli, 3));
            low = std::min(low, *p.complianceMilli / 1000.0);
            high = std::max(high, *p.complianceMilli / 1000.0);
        }
        if (p.goalMilli) {
            goal->append(x, *p.goalMilli / 1000.0);
            goalTips[x] = tr("%1: goal %2").arg(categories.last(), percent(*p.goalMilli, 3));
            low = std::min(low, *p.goalMilli / 1000.0);
            high = std::max(high, *p.goalMilli / 1000.0);
        }
        // A month with a breached target may still meet the goal over all its tickets: the
        // marker is for the months whose result fell below the goal.
        if (p.complianceMilli && p.goalMilli && *p.complianceMilli < *p.goalMilli) {
            breaches->append(x, *p.complianceMilli / 1000.0);
            breachTips[x] = tr("%1: %2 is below the goal of %3")
                                .arg(categories.last(), percent(*p.complianceMilli, 3),
                                     percent(*p.goalMilli, 3));
        }
        ++x;
    }
    addSeries(chart, {{achieved, achievedTips}, {goal, goalTips}, {breaches, breachTips}});
    auto *axisY = valueAxis(u"%.1f %"_s, chartFont(7));
    fitAxis(axisY, high >= low ? low : 90, high >= low ? high : 100, 100, chartFont(6.5));
    addAxes(chart, categories, chartFont(7), axisY);
    return chart;
}

namespace {

QChart *singleLine(QChart *chart, const QList<std::pair<QString, std::optional<qint64>>> &points,
                   const QString &name, const QColor &colour, const ChartBuilder &builder,
                   const QFont &axisFont, qreal ceiling)
{
    auto *series = lineSeries(name, QPen(colour, 2.2), true);
    QStringList categories, tips;
    qreal low = ceiling, high = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        categories.append(points[i].first);
        tips.append(QString());
        if (points[i].second) {
            const qreal v = *points[i].second / 1000.0;
            series->append(qreal(i), v);
            tips[i] = ChartBuilder::tr("%1: %2 %3")
                          .arg(points[i].first, name, builder.percent(*points[i].second, 3));
            low = std::min(low, v);
            high = std::max(high, v);
        }
    }
    addSeries(chart, {{series, tips}});
    auto *axisY = valueAxis(u"%.1f %"_s, axisFont);
    fitAxis(axisY, high >= low ? low : 0, high >= low ? high : ceiling, ceiling, axisFont);
    addAxes(chart, categories, axisFont, axisY);
    chart->legend()->hide();
    return chart;
}

// One value of each month that measured anything (forecast months are left out).
QList<std::pair<QString, std::optional<qint64>>> measured(const QList<TrendPoint> &trend,
                                                          std::optional<qint64> TrendPoint::*value,
                                                          const ChartBuilder &builder)
{
    QList<std::pair<QString, std::optional<qint64>>> points;
    for (const TrendPoint &p : trend)
        if (!p.forecastMonth
            && (p.tickets || p.complianceMilli || p.availabilityMilli || p.csatMilli))
            points.append({builder.periodLabel(p.period), p.*value});
    return points;
}

} // namespace

QChart *ChartBuilder::availabilityTrend(const QList<TrendPoint> &trend) const
{
    return singleLine(newChart(tr("Availability")),
                      measured(trend, &TrendPoint::availabilityMilli, *this), tr("availability"),
                      Good, *this, chartFont(7), 100);
}

QChart *ChartBuilder::satisfactionTrend(const QList<TrendPoint> &trend) const
{
    return singleLine(newChart(tr("Customer satisfaction (CSAT)")),
                      measured(trend, &TrendPoint::csatMilli, *this), tr("CSAT"), Teal, *this,
                      chartFont(7), 100);
}

QChart *ChartBuilder::volumeTrend(const QList<TrendPoint> &trend) const
{
    QChart *chart = newChart(tr("Ticket volume and forecast"));
    auto *actual = lineSeries(tr("Tickets"), QPen(Accent, 2.2), true);
    auto *forecast = lineSeries(tr("Forecast"), QPen(QColor(0xef, 0x8f, 0x00), 2, Qt::DashLine),
                                true);
    QStringList categories, actualTips, forecastTips;
    qint64 high = 0;
    for (qsizetype i = 0; i < trend.size(); ++i) {
        const TrendPoint &p = trend[i];
        categories.append(periodLabel(p.period));
        actualTips.append(QString());
        forecastTips.append(QString());
        if (p.tickets) {
            actual->append(qreal(i), qreal(*p.tickets));
            actualTips[i] =
                tr("%1: %2 tickets").arg(categories.last(), mLocale.toString(*p.tickets));
            high = std::max(high, *p.tickets);
        }
        if (p.forecastTickets) {
            // The forecast line starts at the last actual month, so that the two join.
            if (forecast->count() == 0 && i > 0 && trend[i - 1].tickets)
                forecast->append(qreal(i - 1), qreal(*trend[i - 1].tickets));
            forecast->append(qreal(i), qreal(*p.forecastTickets));
            forecastTips[i] = tr("%1: %2 tickets forecast")
                                  .arg(categories.last(), mLocale.toString(*p.forecastTickets));
            high = std::max(high, *p.forecastTickets);
        }
    }
    addSeries(chart, {{actual, actualTips}, {forecast, forecastTips}});
    // Whole numbers: Qt Charts draws no label at all for a "%d" format on a value axis.
    auto *axisY = valueAxis(u"%.0f"_s, chartFont(7));
    axisY->setRange(0, std::max<qint64>(10, high * 11 / 10));
    axisY->applyNiceNumbers();
    addAxes(chart, categories, chartFont(7), axisY);
    return chart;
}

namespace {

// The label of a bar: long names give way to their code (a service's "ERP"); the tooltip
// has the name.
QString barLabel(const BreakdownBar &b)
{
    const QString label = b.label.isEmpty() ? b.key : b.label;
    bool numericKey = false;
    b.key.toLongLong(&numericKey);
    const QString shortLabel = label.size() > 20 && !numericKey && b.key.size() < 12 ? b.key
                                                                                     : label;
    return shortLabel.size() > 22 ? shortLabel.left(21) + u'…' : shortLabel;
}

// Horizontal bars from 0, the measure named under the axis and each value on its bar.
QChart *barChart(QChart *chart, QBarSet *set, const QStringList &categories,
                 const QStringList &tips, const QString &measure, const QString &labelFormat,
                 qreal max, const QFont &font)
{
    set->setColor(Accent);
    set->setBorderColor(Accent);
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    setTips(series, tips);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsFormat(labelFormat);
    series->setLabelsPrecision(4);
    set->setLabelColor(Qt::white);
    set->setLabelFont(font);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setLabelsFont(font);
    axisY->setTruncateLabels(false);
    auto *axisX = new QValueAxis;
    axisX->setLabelFormat(labelFormat == u"@value"_s ? u"%.0f"_s : u"%.0f %"_s);
    axisX->setLabelsFont(font);
    axisX->setRange(0, max);
    if (labelFormat == u"@value"_s)
        axisX->applyNiceNumbers();
    axisX->setTitleText(measure);
    axisX->setTitleFont(font);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    chart->legend()->hide();
    return chart;
}

} // namespace

QChart *ChartBuilder::breakdown(const QList<BreakdownBar> &bars, const QString &title,
                                int maxBars) const
{
    auto *set = new QBarSet(tr("Compliance"));
    QStringList categories, tips;
    // The worst first in the data; a horizontal chart draws its first category at the bottom.
    QList<BreakdownBar> shown = bars.mid(0, maxBars);
    std::reverse(shown.begin(), shown.end());
    for (const BreakdownBar &b : shown) {
        categories.append(barLabel(b));
        set->append(b.complianceMilli ? *b.complianceMilli / 1000.0 : 0);
        tips.append(
            tr("%1: compliance %2, %n breach(es)", nullptr, int(b.breaches))
                .arg(b.label.isEmpty() ? b.key : b.label,
                     b.complianceMilli ? percent(*b.complianceMilli, 3) : tr("not measured")));
    }
    return barChart(newChart(title), set, categories, tips, tr("Ticket compliance (%)"),
                    u"@value %"_s, 100, chartFont(7));
}

QChart *ChartBuilder::breachBreakdown(const QList<BreakdownBar> &bars, const QString &title,
                                      int maxBars) const
{
    auto *set = new QBarSet(tr("Breached results"));
    QStringList categories, tips;
    QList<BreakdownBar> shown;
    for (const BreakdownBar &b : bars)
        if (b.breaches > 0)
            shown.append(b);
    // Most breaches first, then by name; a horizontal chart draws its first category at the
    // bottom, so the list goes in reversed.
    std::stable_sort(shown.begin(), shown.end(), [](const BreakdownBar &l, const BreakdownBar &r) {
        return l.breaches > r.breaches;
    });
    shown = shown.mid(0, maxBars);
    std::reverse(shown.begin(), shown.end());
    qint64 most = 0;
    for (const BreakdownBar &b : shown) {
        categories.append(barLabel(b));
        set->append(qreal(b.breaches));
        most = std::max(most, b.breaches);
        tips.append(
            tr("%1: %n breached result(s), compliance %2", nullptr, int(b.breaches))
                .arg(b.label.isEmpty() ? b.key : b.label,
                     b.complianceMilli ? percent(*b.complianceMilli, 3) : tr("not measured")));
    }
    QChart *chart = barChart(newChart(title), set, categories, tips,
                             tr("Breached results (agreement × target)"), u"@value"_s,
                             qreal(std::max<qint64>(most, 1)), chartFont(7));
    if (shown.isEmpty())
        chart->setTitle(tr("%1: none in the period").arg(title));
    return chart;
}

QChart *ChartBuilder::targetTrend(const QList<TargetResult> &history, const QString &title) const
{
    if (!history.isEmpty() && history.first().metric == u"custom"_s)
        return customTrend(history, title);
    QList<TrendPoint> points;
    for (const TargetResult &r : history) {
        TrendPoint p;
        p.period = r.period;
        p.complianceMilli = r.achievedMilli;
        p.goalMilli = r.goalMilli;
        p.breaches = r.status == u"breached"_s ? 1 : 0;
        points.append(p);
    }
    QChart *chart = complianceTrend(points);
    chart->setTitle(title);
    return chart;
}

QChart *ChartBuilder::customTrend(const QList<TargetResult> &history, const QString &title) const
{
    // A custom metric's value in its own unit against its threshold; the marked periods are
    // those breached, whichever way the metric is better.
    const QString unit = history.first().customUnit;
    const auto value = [&](qint64 milli) {
        const QString number = mLocale.toString(milli / 1000.0, 'f', 3);
        return unit.isEmpty() ? number : QString(number + u' ' + unit);
    };
    QChart *chart = newChart(title);
    auto *achieved = lineSeries(tr("Value"), QPen(Accent, 2.2), true);
    auto *goal = lineSeries(tr("Threshold"), QPen(Neutral, 1.4, Qt::DashLine), false);
    auto *breaches = breachSeries(tr("Breached"));
    QStringList categories, achievedTips, goalTips, breachTips;
    qreal low = std::numeric_limits<qreal>::max(), high = 0;
    for (const TargetResult &r : history) {
        const int x = int(categories.size());
        categories.append(periodLabel(r.period));
        achievedTips.append(QString());
        goalTips.append(QString());
        breachTips.append(QString());
        goal->append(x, r.goalMilli / 1000.0);
        goalTips[x] = tr("%1: threshold %2").arg(categories.last(), value(r.goalMilli));
        low = std::min(low, r.goalMilli / 1000.0);
        high = std::max(high, r.goalMilli / 1000.0);
        if (!r.achievedMilli)
            continue;
        achieved->append(x, *r.achievedMilli / 1000.0);
        achievedTips[x] = tr("%1: %2").arg(categories.last(), value(*r.achievedMilli));
        low = std::min(low, *r.achievedMilli / 1000.0);
        high = std::max(high, *r.achievedMilli / 1000.0);
        if (r.status == u"breached"_s) {
            breaches->append(x, *r.achievedMilli / 1000.0);
            breachTips[x] = tr("%1: %2 breached the threshold of %3")
                                .arg(categories.last(), value(*r.achievedMilli),
                                     value(r.goalMilli));
        }
    }
    addSeries(chart, {{achieved, achievedTips}, {goal, goalTips}, {breaches, breachTips}});
    // A percentage stops at 100; another unit names itself beside the axis.
    auto *axisY = valueAxis(unit == u"%"_s ? u"%.1f %"_s : u"%.1f"_s, chartFont(7));
    fitAxis(axisY, low, high, unit == u"%"_s ? 100 : std::max<qreal>(high * 2, 1), chartFont(6.5));
    if (unit != u"%"_s) {
        axisY->setTitleText(axisY->min() > 0 ? tr("%1, cut at %2").arg(unit).arg(axisY->min())
                                             : unit);
        axisY->setTitleFont(chartFont(6.5));
    }
    addAxes(chart, categories, chartFont(7), axisY);
    return chart;
}

} // namespace Accordo
