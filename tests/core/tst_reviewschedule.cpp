#include "domain/reviewschedule.h"

#include <QTest>

using namespace Accordo;

class tst_ReviewSchedule : public QObject
{
    Q_OBJECT

private slots:
    void firstOnOrAfter_data();
    void firstOnOrAfter();
};

void tst_ReviewSchedule::firstOnOrAfter_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QDate>("expected");

    const QDate start(2026, 1, 31);
    const QDate none;
    QTest::newRow("before-the-first")
        << start << 6 << QDate(2026, 2, 1) << none << QDate(2026, 7, 31);
    QTest::newRow("on-a-review-day")
        << start << 6 << QDate(2026, 7, 31) << none << QDate(2026, 7, 31);
    QTest::newRow("the-day-after") << start << 6 << QDate(2026, 8, 1) << none << QDate(2027, 1, 31);
    QTest::newRow("month-end-clamped")
        << start << 1 << QDate(2026, 2, 1) << none << QDate(2026, 2, 28);
    QTest::newRow("from-before-start")
        << start << 12 << QDate(2020, 1, 1) << none << QDate(2027, 1, 31);
    QTest::newRow("from-unset") << start << 3 << none << none << QDate(2026, 4, 30);
    QTest::newRow("far-future-is-direct")
        << start << 1 << QDate(2199, 12, 15) << none << QDate(2199, 12, 31);
    QTest::newRow("before-the-end")
        << start << 6 << QDate(2026, 3, 1) << QDate(2026, 8, 1) << QDate(2026, 7, 31);
    QTest::newRow("on-the-end-is-the-renewal")
        << start << 6 << QDate(2026, 3, 1) << QDate(2026, 7, 31) << none;
    QTest::newRow("after-the-end")
        << start << 6 << QDate(2026, 8, 1) << QDate(2026, 12, 31) << none;
    QTest::newRow("no-period") << start << 0 << QDate(2026, 3, 1) << none << none;
    QTest::newRow("no-start") << none << 6 << QDate(2026, 3, 1) << none << none;
}

void tst_ReviewSchedule::firstOnOrAfter()
{
    QFETCH(QDate, start);
    QFETCH(int, months);
    QFETCH(QDate, from);
    QFETCH(QDate, end);
    QFETCH(QDate, expected);

    QCOMPARE(ReviewSchedule::firstOnOrAfter(start, months, from, end), expected);
}

QTEST_GUILESS_MAIN(tst_ReviewSchedule)
#include "tst_reviewschedule.moc"
