#include "charts/chartbuilder.h"
#include "report/reportformat.h"
#include "reportdata/servicereportdata.h"

#include <QChart>
#include <QScatterSeries>
#include <QTest>
#include <QValueAxis>

using namespace Qt::StringLiterals;
using namespace Accordo;

namespace {

TargetResult result(const QString &service, const QString &metric, const QString &priority,
                    const QString &customName = {}, const QString &unit = {},
                    bool lowerIsBetter = false)
{
    TargetResult r;
    r.service = service;
    r.metric = metric;
    r.priority = priority;
    r.customName = customName;
    r.customUnit = unit;
    r.lowerIsBetter = lowerIsBetter;
    return r;
}

} // namespace

/// A custom metric's results as the service report and the agreement's Performance tab show
/// them: named by the metric, in its unit, and charted against its threshold with the breached
/// periods marked, whichever way the metric is better.
class tst_CustomResults : public QObject
{
    Q_OBJECT

private slots:
    void nameAndValueInTheMetricsUnit_data();
    void nameAndValueInTheMetricsUnit();
    void trendMarksTheBreachedPeriods_data();
    void trendMarksTheBreachedPeriods();
};

void tst_CustomResults::nameAndValueInTheMetricsUnit_data()
{
    QTest::addColumn<TargetResult>("target");
    QTest::addColumn<qint64>("milli");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");

    QTest::newRow("custom-rate") << result(u"BACKUP"_s, u"custom"_s, {}, u"Backup success rate"_s,
                                           u"%"_s)
                                 << qint64(96935) << u"BACKUP · Backup success rate"_s
                                 << u"96.935 %"_s;
    QTest::newRow("custom-days-lower-is-better")
        << result(u"EQUIP-PURCH"_s, u"custom"_s, u"P1"_s, u"Equipment delivery time"_s,
                  u"business days"_s, true)
        << qint64(3750) << u"EQUIP-PURCH · Equipment delivery time P1"_s
        << u"3.750 business days"_s;
    QTest::newRow("custom-no-unit") << result(u"BACKUP"_s, u"custom"_s, {}, u"Restores"_s)
                                    << qint64(12000) << u"BACKUP · Restores"_s << u"12.000"_s;
    QTest::newRow("resolution") << result(u"ERP"_s, u"resolution"_s, {}) << qint64(80000)
                                << u"ERP · Resolution time"_s << u"80.000 %"_s;
    QTest::newRow("satisfaction") << result(u"DESK"_s, u"satisfaction"_s, {}) << qint64(4250)
                                  << u"DESK · Customer satisfaction"_s << u"4.25"_s;
}

void tst_CustomResults::nameAndValueInTheMetricsUnit()
{
    QFETCH(TargetResult, target);
    QFETCH(qint64, milli);
    QFETCH(QString, name);
    QFETCH(QString, value);
    const ReportFormat format{QLocale(QLocale::English, QLocale::UnitedStates)};
    QCOMPARE(format.targetName(target), name);
    QCOMPARE(format.targetValue(target, milli), value);
    QCOMPARE(format.targetValue(target, std::nullopt), u"n/a"_s);
}

void tst_CustomResults::trendMarksTheBreachedPeriods_data()
{
    QTest::addColumn<bool>("lowerIsBetter");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QList<qint64>>("values");
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<qint64>("threshold");
    QTest::addColumn<QList<qreal>>("marked"); // the x of each marked period
    QTest::addColumn<QString>("axisTitle");   // contains

    // Delivery in days, at most 5: 3.4 and 4.1 are good, 6.2 is the breach
    QTest::newRow("lower-is-better-days")
        << true << u"business days"_s << QList<qint64>{3400, 6200, 4100}
        << QStringList{u"met"_s, u"breached"_s, u"met"_s} << qint64(5000) << QList<qreal>{1}
        << u"business days"_s;
    // Backups, at least 99 %: 96.9 % is the breach; the month at risk is still running
    QTest::newRow("higher-is-better-percent")
        << false << u"%"_s << QList<qint64>{99700, 96935, 98000}
        << QStringList{u"met"_s, u"breached"_s, u"at_risk"_s} << qint64(99000) << QList<qreal>{1}
        << QString();
}

void tst_CustomResults::trendMarksTheBreachedPeriods()
{
    QFETCH(bool, lowerIsBetter);
    QFETCH(QString, unit);
    QFETCH(QList<qint64>, values);
    QFETCH(QStringList, statuses);
    QFETCH(qint64, threshold);
    QFETCH(QList<qreal>, marked);
    QFETCH(QString, axisTitle);
    QList<TargetResult> history;
    const QStringList periods{u"2026-01"_s, u"2026-02"_s, u"2026-03"_s};
    for (qsizetype i = 0; i < values.size(); ++i) {
        TargetResult r = result(u"SVC"_s, u"custom"_s, {}, u"Metric"_s, unit, lowerIsBetter);
        r.period = periods.at(i);
        r.achievedMilli = values.at(i);
        r.goalMilli = threshold;
        r.status = statuses.at(i);
        history.append(r);
    }
    std::unique_ptr<QChart> chart(ChartBuilder().targetTrend(history, u"SVC · Metric"_s));
    QCOMPARE(chart->title(), u"SVC · Metric"_s);
    QScatterSeries *breaches = nullptr;
    for (QAbstractSeries *series : chart->series())
        if (auto *scatter = qobject_cast<QScatterSeries *>(series))
            breaches = scatter;
    QVERIFY(breaches);
    QList<qreal> xs;
    for (const QPointF &point : breaches->points())
        xs.append(point.x());
    QCOMPARE(xs, marked);
    auto *axis = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    QVERIFY2(axis->titleText().contains(axisTitle), qPrintable(axis->titleText()));
    // a percentage stops at 100, the days do not
    QVERIFY(axis->max() >= values.at(1) / 1000.0);
    if (unit == u"%"_s)
        QVERIFY(axis->max() <= 100);
}

QTEST_MAIN(tst_CustomResults)
#include "tst_customresults.moc"
