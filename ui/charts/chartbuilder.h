#pragma once

#include "reportdata/dashboarddata.h"
#include "reportdata/servicereportdata.h"

#include <QCoreApplication>
#include <QLocale>

class QChart;

namespace Accordo {

/// Builds the Qt Charts of the dashboard and the reports from the stored KPIs: trends with
/// their goal line and breach markers, volumes with their forecast, breakdown bars. Each
/// series carries the exact value of every point for the hover tooltip (property "tips").
/// The caller owns the chart.
class ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::ChartBuilder)

public:
    explicit ChartBuilder(const QLocale &locale = QLocale(), qreal fontScale = 1.0);

    QChart *complianceTrend(const QList<TrendPoint> &trend) const;
    QChart *availabilityTrend(const QList<TrendPoint> &trend) const;
    QChart *satisfactionTrend(const QList<TrendPoint> &trend) const;
    QChart *volumeTrend(const QList<TrendPoint> &trend) const;
    /// Compliance per bar, from 0 to 100 %, the worst first.
    QChart *breakdown(const QList<BreakdownBar> &bars, const QString &title,
                      int maxBars = 10) const;
    /// Breached results per bar, from 0, the most first; bars without a breach are left out.
    QChart *breachBreakdown(const QList<BreakdownBar> &bars, const QString &title,
                            int maxBars = 10) const;
    /// One target's achieved value per period against its goal.
    QChart *targetTrend(const QList<TargetResult> &history, const QString &title) const;

    /// "Oct 26" or "ott 26"; a quarter stays "2026-Q4".
    QString periodLabel(const QString &period) const;
    /// 99.512 % from thousandths of a percent, exactly.
    QString percent(qint64 milli, int decimals = 2) const;

private:
    /// targetTrend() of a custom metric: its value in its unit against the threshold.
    QChart *customTrend(const QList<TargetResult> &history, const QString &title) const;
    QChart *newChart(const QString &title) const;
    QFont chartFont(qreal points, bool bold = false) const;

    QLocale mLocale;
    qreal mFontScale;
};

} // namespace Accordo
