#include "calendar/holidayrule.h"

#include <QTest>

using namespace Accordo;
using namespace Qt::StringLiterals;

class tst_HolidayRule : public QObject
{
    Q_OBJECT

private slots:
    void easterSunday_data();
    void easterSunday();
    void closedDays_data();
    void closedDays();
    void validate_data();
    void validate();
};

void tst_HolidayRule::easterSunday_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("expected");

    // Published Gregorian Easter dates, including the earliest and latest possible days.
    QTest::newRow("1818-earliest-march-22") << 1818 << QDate(1818, 3, 22);
    QTest::newRow("1943-latest-april-25") << 1943 << QDate(1943, 4, 25);
    QTest::newRow("1954") << 1954 << QDate(1954, 4, 18);
    QTest::newRow("1981") << 1981 << QDate(1981, 4, 19);
    QTest::newRow("2000") << 2000 << QDate(2000, 4, 23);
    QTest::newRow("2008-early") << 2008 << QDate(2008, 3, 23);
    QTest::newRow("2019") << 2019 << QDate(2019, 4, 21);
    QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
    QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
    QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
    QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
    QTest::newRow("2038-late") << 2038 << QDate(2038, 4, 25);
    QTest::newRow("2285-earliest-march-22") << 2285 << QDate(2285, 3, 22);
}

void tst_HolidayRule::easterSunday()
{
    QFETCH(int, year);
    QFETCH(QDate, expected);

    QCOMPARE(HolidayRule::easterSunday(year), expected);
    QCOMPARE(HolidayRule::easterSunday(year).dayOfWeek(), int(Qt::Sunday));
}

void tst_HolidayRule::closedDays_data()
{
    using Observed = HolidayRule::Observed;
    QTest::addColumn<HolidayRule>("rule");
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("expected");

    QTest::newRow("one-off-in-its-year")
        << HolidayRule::oneOff(QDate(2026, 12, 7)) << 2026 << QList<QDate>{QDate(2026, 12, 7)};
    QTest::newRow("one-off-other-year")
        << HolidayRule::oneOff(QDate(2026, 12, 7)) << 2027 << QList<QDate>{};
    QTest::newRow("fixed-on-weekday") << HolidayRule::fixed(12, 25, Observed::Nearest) << 2026
                                      << QList<QDate>{QDate(2026, 12, 25)};
    QTest::newRow("fixed-saturday-nearest-friday")
        << HolidayRule::fixed(7, 4, Observed::Nearest) << 2026
        << QList<QDate>{QDate(2026, 7, 4), QDate(2026, 7, 3)};
    QTest::newRow("fixed-sunday-nearest-monday")
        << HolidayRule::fixed(7, 4, Observed::Nearest) << 2027
        << QList<QDate>{QDate(2027, 7, 4), QDate(2027, 7, 5)};
    QTest::newRow("fixed-saturday-monday-rule")
        << HolidayRule::fixed(12, 26, Observed::Monday) << 2026
        << QList<QDate>{QDate(2026, 12, 26), QDate(2026, 12, 28)};
    QTest::newRow("fixed-sunday-monday-rule")
        << HolidayRule::fixed(12, 26, Observed::Monday) << 2027
        << QList<QDate>{QDate(2027, 12, 26), QDate(2027, 12, 27)};
    QTest::newRow("fixed-saturday-not-observed")
        << HolidayRule::fixed(7, 4) << 2026 << QList<QDate>{QDate(2026, 7, 4)};
    QTest::newRow("observed-in-previous-year")
        << HolidayRule::fixed(1, 1, Observed::Nearest) << 2028
        << QList<QDate>{QDate(2028, 1, 1), QDate(2027, 12, 31)};
    QTest::newRow("february-29-leap-year")
        << HolidayRule::fixed(2, 29) << 2028 << QList<QDate>{QDate(2028, 2, 29)};
    QTest::newRow("february-29-common-year") << HolidayRule::fixed(2, 29) << 2027 << QList<QDate>{};
    QTest::newRow("thanksgiving-4th-thursday") << HolidayRule::nthWeekday(4, Qt::Thursday, 11)
                                               << 2026 << QList<QDate>{QDate(2026, 11, 26)};
    QTest::newRow("first-monday-on-the-1st")
        << HolidayRule::nthWeekday(1, Qt::Monday, 6) << 2026 << QList<QDate>{QDate(2026, 6, 1)};
    QTest::newRow("memorial-day-last-monday")
        << HolidayRule::nthWeekday(-1, Qt::Monday, 5) << 2026 << QList<QDate>{QDate(2026, 5, 25)};
    QTest::newRow("last-sunday-on-the-31st")
        << HolidayRule::nthWeekday(-1, Qt::Sunday, 5) << 2026 << QList<QDate>{QDate(2026, 5, 31)};
    QTest::newRow("easter-monday")
        << HolidayRule::easterRelative(1) << 2026 << QList<QDate>{QDate(2026, 4, 6)};
    QTest::newRow("good-friday") << HolidayRule::easterRelative(-2) << 2025
                                 << QList<QDate>{QDate(2025, 4, 18)};
    QTest::newRow("pentecost-monday")
        << HolidayRule::easterRelative(50) << 2026 << QList<QDate>{QDate(2026, 5, 25)};
}

void tst_HolidayRule::closedDays()
{
    QFETCH(HolidayRule, rule);
    QFETCH(int, year);
    QFETCH(QList<QDate>, expected);

    QCOMPARE(rule.closedDays(year), expected);
}

void tst_HolidayRule::validate_data()
{
    QTest::addColumn<HolidayRule>("rule");
    QTest::addColumn<bool>("valid");

    QTest::newRow("fixed-february-29") << HolidayRule::fixed(2, 29) << true;
    QTest::newRow("fixed-february-30") << HolidayRule::fixed(2, 30) << false;
    QTest::newRow("fixed-month-13") << HolidayRule::fixed(13, 1) << false;
    QTest::newRow("nth-0") << HolidayRule::nthWeekday(0, Qt::Monday, 1) << false;
    QTest::newRow("nth-5") << HolidayRule::nthWeekday(5, Qt::Monday, 1) << false;
    QTest::newRow("nth-last") << HolidayRule::nthWeekday(-1, Qt::Monday, 1) << true;
    QTest::newRow("easter-plus-61") << HolidayRule::easterRelative(61) << false;
    QTest::newRow("invalid-date") << HolidayRule::oneOff(QDate()) << false;
}

void tst_HolidayRule::validate()
{
    QFETCH(HolidayRule, rule);
    QFETCH(bool, valid);

    QCOMPARE(rule.validate().ok(), valid);
}

QTEST_GUILESS_MAIN(tst_HolidayRule)
#include "tst_holidayrule.moc"
