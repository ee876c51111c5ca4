#include "calendar/businesscalendar.h"
#include "calendar/isotime.h"
#include "kpi/kpiperiods.h"
#include "measurement/targetjudgement.h"

#include <QTest>

#include <thread>

using namespace Accordo;
using namespace Qt::StringLiterals;

namespace {

constexpr int kHour = 3600;

// Gives the days from `first` to `last` (Monday to Friday unless said) the working `intervals`.
void setDays(BusinessCalendar &calendar, const QList<WorkingInterval> &intervals,
             Qt::DayOfWeek last = Qt::Friday, Qt::DayOfWeek first = Qt::Monday)
{
    for (int day = first; day <= last; ++day)
        QVERIFY(calendar.setWorkingIntervals(Qt::DayOfWeek(day), intervals).ok());
}

// The calendars the rows refer to by name.
BusinessCalendar calendarNamed(const QString &name)
{
    const QTimeZone rome("Europe/Rome");
    if (name == u"office"_s) { // Rome, 08:00-17:00 weekdays, a few Italian holidays
        BusinessCalendar calendar(name, rome);
        setDays(calendar, {{8 * kHour, 17 * kHour}});
        calendar.setHolidays({HolidayRule::fixed(12, 8), HolidayRule::fixed(12, 25),
                              HolidayRule::easterRelative(1)});
        return calendar;
    }
    if (name == u"lunch"_s) { // Rome, lunch break
        BusinessCalendar calendar(name, rome);
        setDays(calendar, {{8 * kHour, 12 * kHour + 1800}, {13 * kHour + 1800, 17 * kHour}});
        return calendar;
    }
    if (name == u"shifts"_s) { // three intervals a day
        BusinessCalendar calendar(name, rome);
        setDays(calendar,
                {{6 * kHour, 9 * kHour}, {10 * kHour, 12 * kHour}, {20 * kHour, 22 * kHour}});
        return calendar;
    }
    if (name == u"evening"_s) { // weekdays 18:00-24:00
        BusinessCalendar calendar(name, rome);
        setDays(calendar, {{18 * kHour, 24 * kHour}});
        return calendar;
    }
    if (name == u"night"_s) { // Sundays 00:00-06:00 in Rome, across the DST changes
        BusinessCalendar calendar(name, rome);
        setDays(calendar, {{0, 6 * kHour}}, Qt::Sunday, Qt::Sunday);
        return calendar;
    }
    if (name == u"gap-edges"_s) { // Sunday intervals whose edges fall in DST changes
        BusinessCalendar calendar(name, rome);
        setDays(calendar,
                {{1 * kHour + 1800, 2 * kHour + 1800}, {2 * kHour + 2700, 3 * kHour + 900}},
                Qt::Sunday, Qt::Sunday);
        return calendar;
    }
    if (name == u"london-24x7"_s || name == u"rome-24x7"_s || name == u"utc-24x7"_s) {
        const QTimeZone zone = name == u"london-24x7"_s ? QTimeZone("Europe/London")
                               : name == u"rome-24x7"_s ? rome
                                                        : QTimeZone::utc();
        BusinessCalendar calendar(name, zone);
        setDays(calendar, {{0, 24 * kHour}}, Qt::Sunday);
        return calendar;
    }
    if (name == u"utc-office"_s) {
        BusinessCalendar calendar(name, QTimeZone::utc());
        setDays(calendar, {{8 * kHour, 17 * kHour}});
        return calendar;
    }
    if (name == u"us"_s) { // New York, 09:00-17:00, holidays with observed days
        BusinessCalendar calendar(name, QTimeZone("America/New_York"));
        setDays(calendar, {{9 * kHour, 17 * kHour}});
        calendar.setHolidays({HolidayRule::fixed(1, 1, HolidayRule::Observed::Nearest),
                              HolidayRule::fixed(7, 4, HolidayRule::Observed::Nearest),
                              HolidayRule::fixed(12, 26, HolidayRule::Observed::Monday)});
        return calendar;
    }
    if (name == u"closed"_s)
        return BusinessCalendar(name, rome);
    qFatal("unknown calendar");
}

qint64 instant(const BusinessCalendar &calendar, const QString &text)
{
    const Result<qint64> parsed = IsoTime::parse(text, calendar.timeZone());
    if (!parsed)
        qFatal("bad instant in test data");
    return *parsed;
}

QList<Pause> pausesFrom(const BusinessCalendar &calendar, const QStringList &texts)
{
    QList<Pause> pauses;
    for (const QString &text : texts) {
        const QStringList ends = text.split(u'/');
        pauses.append({instant(calendar, ends[0]), instant(calendar, ends[1])});
    }
    return pauses;
}

} // namespace

class tst_BusinessCalendar : public QObject
{
    Q_OBJECT

private slots:
    void instantsOutsideTheSupportedYearsAreRefused_data();
    void instantsOutsideTheSupportedYearsAreRefused();
    void dueThatWouldLeaveTheSupportedYearsIsAnError_data();
    void dueThatWouldLeaveTheSupportedYearsIsAnError();
    void openPauseIsBoundedByTheAsOf();
    void kpiPeriodsCoverTheSupportedYears_data();
    void kpiPeriodsCoverTheSupportedYears();
    void due_data();
    void due();
    void elapsed_data();
    void elapsed();
    void dueWithPauses_data();
    void dueWithPauses();
    void elapsedWithPauses_data();
    void elapsedWithPauses();
    void dueIsInverseOfElapsed();
    void noWorkingTimeHasNoDue();
    void dueStopsAfterTheSupportedYears_data();
    void dueStopsAfterTheSupportedYears();
    void workingIntervalsAreValidated_data();
    void workingIntervalsAreValidated();
    void changingRulesDropsTheTables();
    void dateTimeAdapters();
    void concurrentQueriesAgree();
};

void tst_BusinessCalendar::due_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("start");
    QTest::addColumn<qint64>("duration");
    QTest::addColumn<QString>("expected"); // local to the calendar unless it has an offset

    QTest::newRow("friday-16-plus-1h-is-friday-17")
        << u"office"_s << u"2026-11-27T16:00"_s << qint64(kHour) << u"2026-11-27T17:00"_s;
    QTest::newRow("friday-16-plus-1h-1s-is-monday")
        << u"office"_s << u"2026-11-27T16:00"_s << qint64(kHour + 1) << u"2026-11-30T08:00:01"_s;
    QTest::newRow("start-before-opening")
        << u"office"_s << u"2026-11-30T06:00"_s << qint64(kHour) << u"2026-11-30T09:00"_s;
    QTest::newRow("start-after-closing")
        << u"office"_s << u"2026-11-30T18:00"_s << qint64(kHour) << u"2026-12-01T09:00"_s;
    QTest::newRow("start-on-weekend")
        << u"office"_s << u"2026-11-28T10:00"_s << qint64(kHour) << u"2026-11-30T09:00"_s;
    QTest::newRow("start-on-holiday")
        << u"office"_s << u"2026-12-08T10:00"_s << qint64(kHour) << u"2026-12-09T09:00"_s;
    QTest::newRow("start-on-easter-monday")
        << u"office"_s << u"2026-04-06T10:00"_s << qint64(kHour) << u"2026-04-07T09:00"_s;
    QTest::newRow("start-at-opening")
        << u"office"_s << u"2026-11-30T08:00"_s << qint64(1800) << u"2026-11-30T08:30"_s;
    QTest::newRow("start-at-closing")
        << u"office"_s << u"2026-11-30T17:00"_s << qint64(1) << u"2026-12-01T08:00:01"_s;
    QTest::newRow("lands-on-closing-not-next-opening")
        << u"office"_s << u"2026-11-30T08:00"_s << qint64(9 * kHour) << u"2026-11-30T17:00"_s;
    QTest::newRow("lands-on-closing-from-before-opening")
        << u"office"_s << u"2026-11-30T07:00"_s << qint64(9 * kHour) << u"2026-11-30T17:00"_s;
    QTest::newRow("lunch-break-skipped")
        << u"lunch"_s << u"2026-11-30T12:00"_s << qint64(kHour) << u"2026-11-30T14:00"_s;
    QTest::newRow("lands-on-lunch-start")
        << u"lunch"_s << u"2026-11-30T12:00"_s << qint64(1800) << u"2026-11-30T12:30"_s;
    QTest::newRow("start-in-lunch-break")
        << u"lunch"_s << u"2026-11-30T13:00"_s << qint64(1800) << u"2026-11-30T14:00"_s;
    QTest::newRow("several-intervals-per-day")
        << u"shifts"_s << u"2026-11-30T08:00"_s << qint64(4 * kHour) << u"2026-11-30T21:00"_s;
    QTest::newRow("several-intervals-to-next-day")
        << u"shifts"_s << u"2026-11-30T08:00"_s << qint64(5 * kHour + 1)
        << u"2026-12-01T06:00:01"_s;
    QTest::newRow("interval-ending-at-24")
        << u"evening"_s << u"2026-11-30T23:00"_s << qint64(2 * kHour) << u"2026-12-01T19:00"_s;
    QTest::newRow("lands-on-24") << u"evening"_s << u"2026-11-30T23:00"_s << qint64(kHour)
                                 << u"2026-12-01T00:00"_s;
    QTest::newRow("24x7-spring-forward")
        << u"london-24x7"_s << u"2026-03-29T00:30"_s << qint64(kHour) << u"2026-03-29T01:30Z"_s;
    QTest::newRow("24x7-fall-back")
        << u"london-24x7"_s << u"2026-10-25T00:30"_s << qint64(2 * kHour) << u"2026-10-25T01:30Z"_s;
    QTest::newRow("dst-shortens-night-interval")
        << u"night"_s << u"2026-03-29T00:00"_s << qint64(5 * kHour) << u"2026-03-29T06:00"_s;
    QTest::newRow("dst-shortened-night-runs-over")
        << u"night"_s << u"2026-03-29T00:00"_s << qint64(5 * kHour + 1800) << u"2026-04-05T00:30"_s;
    QTest::newRow("dst-lengthens-night-interval")
        << u"night"_s << u"2026-10-25T00:00"_s << qint64(7 * kHour) << u"2026-10-25T06:00"_s;
    QTest::newRow("holiday-on-saturday-observed-friday")
        << u"us"_s << u"2026-07-02T16:00"_s << qint64(2 * kHour) << u"2026-07-06T10:00"_s;
    QTest::newRow("holiday-on-sunday-observed-monday")
        << u"us"_s << u"2027-07-02T16:00"_s << qint64(2 * kHour) << u"2027-07-06T10:00"_s;
    QTest::newRow("observed-day-in-previous-year")
        << u"us"_s << u"2027-12-30T16:00"_s << qint64(2 * kHour) << u"2028-01-03T10:00"_s;
    QTest::newRow("saturday-holiday-observed-monday-rule")
        << u"us"_s << u"2026-12-25T16:00"_s << qint64(2 * kHour) << u"2026-12-29T10:00"_s;
    QTest::newRow("longer-than-a-year-24x7") << u"utc-24x7"_s << u"2026-01-01T00:00Z"_s
                                             << qint64(9000) * kHour << u"2027-01-11T00:00Z"_s;
    QTest::newRow("longer-than-a-year-office") << u"utc-office"_s << u"2026-01-05T08:00Z"_s
                                               << qint64(2340) * kHour << u"2027-01-01T17:00Z"_s;
    QTest::newRow("ten-years-24x7-london") << u"london-24x7"_s << u"2026-01-01T00:00Z"_s
                                           << qint64(87648) * kHour << u"2036-01-01T00:00Z"_s;
    QTest::newRow("zero-duration-is-start")
        << u"office"_s << u"2026-11-28T10:00"_s << qint64(0) << u"2026-11-28T10:00"_s;
}

void tst_BusinessCalendar::due()
{
    QFETCH(QString, calendar);
    QFETCH(QString, start);
    QFETCH(qint64, duration);
    QFETCH(QString, expected);
    const BusinessCalendar subject = calendarNamed(calendar);

    const Result<qint64> result = subject.due(instant(subject, start), duration);

    QVERIFY2(result, qPrintable(result.errorString()));
    QCOMPARE(IsoTime::formatUtc(*result), IsoTime::formatUtc(instant(subject, expected)));
    QCOMPARE(subject.elapsed(instant(subject, start), *result), duration);
}

void tst_BusinessCalendar::elapsed_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("whole-working-day")
        << u"office"_s << u"2026-11-30T00:00"_s << u"2026-12-01T00:00"_s << qint64(9 * kHour);
    QTest::newRow("inside-one-interval")
        << u"office"_s << u"2026-11-30T09:15"_s << u"2026-11-30T10:00"_s << qint64(2700);
    QTest::newRow("from-on-holiday")
        << u"office"_s << u"2026-12-08T10:00"_s << u"2026-12-09T10:00"_s << qint64(2 * kHour);
    QTest::newRow("across-weekend")
        << u"office"_s << u"2026-11-27T16:00"_s << u"2026-11-30T09:00"_s << qint64(2 * kHour);
    QTest::newRow("whole-weekend-is-zero")
        << u"office"_s << u"2026-11-27T17:00"_s << u"2026-11-30T08:00"_s << qint64(0);
    QTest::newRow("end-excluded-at-opening")
        << u"office"_s << u"2026-11-30T07:00"_s << u"2026-11-30T08:00"_s << qint64(0);
    QTest::newRow("lunch-break-excluded")
        << u"lunch"_s << u"2026-11-30T12:00"_s << u"2026-11-30T14:00"_s << qint64(kHour);
    QTest::newRow("several-intervals-per-day")
        << u"shifts"_s << u"2026-11-30T00:00"_s << u"2026-12-01T00:00"_s << qint64(7 * kHour);
    QTest::newRow("interval-ending-at-24")
        << u"evening"_s << u"2026-11-30T23:30"_s << u"2026-12-01T18:30"_s << qint64(3600);
    QTest::newRow("rome-24x7-spring-01:49-to-03:15-is-26m")
        << u"rome-24x7"_s << u"2026-03-29T01:49"_s << u"2026-03-29T03:15"_s << qint64(26 * 60);
    QTest::newRow("london-24x7-spring-00:49-to-02:15-is-26m")
        << u"london-24x7"_s << u"2026-03-29T00:49"_s << u"2026-03-29T02:15"_s << qint64(26 * 60);
    QTest::newRow("london-24x7-spring-day-is-23h")
        << u"london-24x7"_s << u"2026-03-29T00:00"_s << u"2026-03-30T00:00"_s << qint64(23 * kHour);
    QTest::newRow("london-24x7-autumn-day-is-25h")
        << u"london-24x7"_s << u"2026-10-25T00:00"_s << u"2026-10-26T00:00"_s << qint64(25 * kHour);
    QTest::newRow("london-24x7-year-2026") << u"london-24x7"_s << u"2026-01-01T00:00"_s
                                           << u"2027-01-01T00:00"_s << qint64(365) * 24 * kHour;
    QTest::newRow("office-unaffected-by-dst-weekend")
        << u"office"_s << u"2026-03-27T08:00"_s << u"2026-03-31T08:00"_s << qint64(18 * kHour);
    QTest::newRow("night-interval-spring-is-5h")
        << u"night"_s << u"2026-03-29T00:00"_s << u"2026-03-30T00:00"_s << qint64(5 * kHour);
    QTest::newRow("night-interval-autumn-is-7h")
        << u"night"_s << u"2026-10-25T00:00"_s << u"2026-10-26T00:00"_s << qint64(7 * kHour);
    // 01:30-02:30 and 02:45-03:15 on the spring day: 02:30 lies in the gap and moves to
    // 03:30, swallowing the second interval, which is empty anyway (03:45 > 03:15).
    QTest::newRow("interval-edges-in-spring-gap")
        << u"gap-edges"_s << u"2026-03-29T00:00"_s << u"2026-03-30T00:00"_s << qint64(kHour);
    // On the autumn day 02:30 and 02:45 are doubled and take the standard-time occurrence:
    // 01:30 CEST to 02:30 CET is 2 h, 02:45 CET to 03:15 CET is 30 min.
    QTest::newRow("interval-edges-in-doubled-hour")
        << u"gap-edges"_s << u"2026-10-25T00:00"_s << u"2026-10-26T00:00"_s
        << qint64(2 * kHour + 1800);
    QTest::newRow("holiday-and-observed-day-closed")
        << u"us"_s << u"2026-07-03T00:00"_s << u"2026-07-06T00:00"_s << qint64(0);
    QTest::newRow("negative-span")
        << u"office"_s << u"2026-11-30T10:00"_s << u"2026-11-30T09:00"_s << qint64(-kHour);
    QTest::newRow("empty-span") << u"office"_s << u"2026-11-30T10:00"_s << u"2026-11-30T10:00"_s
                                << qint64(0);
    QTest::newRow("ten-years-utc-office") << u"utc-office"_s << u"2026-01-05T00:00Z"_s
                                          << u"2036-01-07T00:00Z"_s << qint64(522) * 45 * kHour;
}

void tst_BusinessCalendar::elapsed()
{
    QFETCH(QString, calendar);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(qint64, expected);
    const BusinessCalendar subject = calendarNamed(calendar);

    QCOMPARE(subject.elapsed(instant(subject, from), instant(subject, to)), expected);
}

void tst_BusinessCalendar::dueWithPauses_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("start");
    QTest::addColumn<qint64>("duration");
    QTest::addColumn<QStringList>("pauses");
    QTest::addColumn<QString>("expected");

    QTest::newRow("pause-over-night-and-weekend")
        << u"office"_s << u"2026-11-27T15:00"_s << qint64(3 * kHour)
        << QStringList{u"2026-11-27T16:00/2026-11-30T10:00"_s} << u"2026-11-30T12:00"_s;
    QTest::newRow("lands-on-pause-start")
        << u"office"_s << u"2026-11-27T15:00"_s << qint64(kHour)
        << QStringList{u"2026-11-27T16:00/2026-11-30T10:00"_s} << u"2026-11-27T16:00"_s;
    QTest::newRow("start-inside-pause")
        << u"office"_s << u"2026-11-30T09:00"_s << qint64(kHour)
        << QStringList{u"2026-11-30T08:00/2026-11-30T11:00"_s} << u"2026-11-30T12:00"_s;
    QTest::newRow("overlapping-pauses-merged")
        << u"office"_s << u"2026-11-30T09:00"_s << qint64(2 * kHour)
        << QStringList{u"2026-11-30T10:00/2026-11-30T12:00"_s,
                       u"2026-11-30T11:00/2026-11-30T13:00"_s}
        << u"2026-11-30T14:00"_s;
    QTest::newRow("unsorted-pauses") << u"office"_s << u"2026-11-30T08:00"_s << qint64(3 * kHour)
                                     << QStringList{u"2026-11-30T13:00/2026-11-30T14:00"_s,
                                                    u"2026-11-30T09:00/2026-11-30T10:00"_s}
                                     << u"2026-11-30T12:00"_s;
    QTest::newRow("pause-before-start-ignored")
        << u"office"_s << u"2026-11-30T10:00"_s << qint64(kHour)
        << QStringList{u"2026-11-27T10:00/2026-11-30T09:00"_s} << u"2026-11-30T11:00"_s;
    QTest::newRow("24x7-pause-across-dst")
        << u"london-24x7"_s << u"2026-03-28T22:00"_s << qint64(4 * kHour)
        << QStringList{u"2026-03-29T00:00/2026-03-29T03:00"_s} << u"2026-03-29T05:00"_s;
}

void tst_BusinessCalendar::dueWithPauses()
{
    QFETCH(QString, calendar);
    QFETCH(QString, start);
    QFETCH(qint64, duration);
    QFETCH(QStringList, pauses);
    QFETCH(QString, expected);
    const BusinessCalendar subject = calendarNamed(calendar);
    const QList<Pause> clockStops = pausesFrom(subject, pauses);

    const Result<qint64> result = subject.due(instant(subject, start), duration, clockStops);

    QVERIFY2(result, qPrintable(result.errorString()));
    QCOMPARE(IsoTime::formatUtc(*result), IsoTime::formatUtc(instant(subject, expected)));
    QCOMPARE(subject.elapsed(instant(subject, start), *result, clockStops), duration);
}

void tst_BusinessCalendar::elapsedWithPauses_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("pauses");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("pause-over-night-and-weekend")
        << u"office"_s << u"2026-11-27T08:00"_s << u"2026-11-30T17:00"_s
        << QStringList{u"2026-11-27T16:00/2026-11-30T09:00"_s} << qint64(16 * kHour);
    QTest::newRow("overlapping-pauses-merged")
        << u"office"_s << u"2026-11-30T08:00"_s << u"2026-11-30T17:00"_s
        << QStringList{u"2026-11-30T10:00/2026-11-30T12:00"_s,
                       u"2026-11-30T11:00/2026-11-30T13:00"_s}
        << qint64(6 * kHour);
    QTest::newRow("nested-pauses") << u"office"_s << u"2026-11-30T08:00"_s << u"2026-11-30T17:00"_s
                                   << QStringList{u"2026-11-30T09:00/2026-11-30T15:00"_s,
                                                  u"2026-11-30T10:00/2026-11-30T11:00"_s}
                                   << qint64(3 * kHour);
    QTest::newRow("pause-sticking-out-of-span")
        << u"office"_s << u"2026-11-30T10:00"_s << u"2026-11-30T12:00"_s
        << QStringList{u"2026-11-30T06:00/2026-11-30T11:00"_s} << qint64(kHour);
    QTest::newRow("pause-outside-span")
        << u"office"_s << u"2026-11-30T10:00"_s << u"2026-11-30T12:00"_s
        << QStringList{u"2026-12-01T10:00/2026-12-01T11:00"_s} << qint64(2 * kHour);
}

void tst_BusinessCalendar::elapsedWithPauses()
{
    QFETCH(QString, calendar);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, pauses);
    QFETCH(qint64, expected);
    const BusinessCalendar subject = calendarNamed(calendar);

    QCOMPARE(
        subject.elapsed(instant(subject, from), instant(subject, to), pausesFrom(subject, pauses)),
        expected);
}

void tst_BusinessCalendar::dueIsInverseOfElapsed()
{
    // Given a calendar with lunch breaks, holidays and DST, and starts every 37 minutes
    const BusinessCalendar office = calendarNamed(u"office"_s);
    const qint64 first = instant(office, u"2026-03-20T00:00"_s);
    for (qint64 start = first; start < first + 60 * 86400; start += 37 * 60) {
        for (const qint64 duration : {qint64(1), qint64(3599), qint64(9 * kHour), qint64(100000)}) {
            // When adding a duration, Then elapsed gives it back and one second less is too early
            const qint64 due = *office.due(start, duration);
            QCOMPARE(office.elapsed(start, due), duration);
            QCOMPARE(office.elapsed(start, due - 1), duration - 1);
        }
    }
}

void tst_BusinessCalendar::noWorkingTimeHasNoDue()
{
    const BusinessCalendar closed = calendarNamed(u"closed"_s);

    QVERIFY(!closed.due(instant(closed, u"2026-01-01T00:00Z"_s), 1));
    QCOMPARE(closed.elapsed(instant(closed, u"2026-01-01T00:00Z"_s),
                            instant(closed, u"2027-01-01T00:00Z"_s)),
             qint64(0));
}

void tst_BusinessCalendar::dueStopsAfterTheSupportedYears_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<qint64>("years"); // of business time, on a calendar open around the clock
    QTest::addColumn<bool>("found");

    QTest::newRow("within-the-years") << u"2026-01-01T00:00Z"_s << qint64(100) << true;
    QTest::newRow("into-the-last-year") << u"2026-01-01T00:00Z"_s << qint64(173) << true;
    QTest::newRow("past-the-years") << u"2026-01-01T00:00Z"_s << qint64(300) << false;
    QTest::newRow("far-past-the-years") << u"1970-01-01T00:00Z"_s << qint64(30000) << false;
}

// A due instant past IsoTime::LastSupportedYear is refused, not searched for: the tables up to
// the year 9990 took tens of seconds to build for one absurd duration.
void tst_BusinessCalendar::dueStopsAfterTheSupportedYears()
{
    QFETCH(QString, start);
    QFETCH(qint64, years);
    QFETCH(bool, found);

    BusinessCalendar always(u"always"_s, QTimeZone::utc());
    setDays(always, {{0, 24 * kHour}}, Qt::Sunday);
    const qint64 from = instant(always, start);
    const qint64 duration = years * 365 * 86400;
    const Result<qint64> due = always.due(from, duration);
    QCOMPARE(due.ok(), found);
    if (found)
        QCOMPARE(*due, from + duration);
}

void tst_BusinessCalendar::workingIntervalsAreValidated_data()
{
    QTest::addColumn<QList<WorkingInterval>>("intervals");
    QTest::addColumn<bool>("valid");

    QTest::newRow("whole-day") << QList<WorkingInterval>{{0, 86400}} << true;
    QTest::newRow("touching") << QList<WorkingInterval>{{0, 3600}, {3600, 7200}} << true;
    QTest::newRow("unsorted") << QList<WorkingInterval>{{7200, 9000}, {0, 3600}} << true;
    QTest::newRow("overlapping") << QList<WorkingInterval>{{0, 3601}, {3600, 7200}} << false;
    QTest::newRow("empty-interval") << QList<WorkingInterval>{{3600, 3600}} << false;
    QTest::newRow("past-24") << QList<WorkingInterval>{{3600, 86401}} << false;
    QTest::newRow("negative") << QList<WorkingInterval>{{-1, 3600}} << false;
}

void tst_BusinessCalendar::workingIntervalsAreValidated()
{
    QFETCH(QList<WorkingInterval>, intervals);
    QFETCH(bool, valid);
    BusinessCalendar calendar(u"test"_s);

    QCOMPARE(calendar.setWorkingIntervals(Qt::Monday, intervals).ok(), valid);
}

void tst_BusinessCalendar::changingRulesDropsTheTables()
{
    // Given a calendar whose tables are built, and a copy sharing them
    BusinessCalendar office = calendarNamed(u"office"_s);
    const BusinessCalendar copy = office;
    const qint64 monday = instant(office, u"2026-11-30T08:00"_s);
    QCOMPARE(office.elapsed(monday, monday + 86400), qint64(9 * kHour));

    // When the working hours change
    QVERIFY(office.setWorkingIntervals(Qt::Monday, {{8 * kHour, 10 * kHour}}).ok());

    // Then the calendar answers with the new hours and the copy with the old ones
    QCOMPARE(office.elapsed(monday, monday + 86400), qint64(2 * kHour));
    QCOMPARE(copy.elapsed(monday, monday + 86400), qint64(9 * kHour));
    office.addHoliday(HolidayRule::oneOff(QDate(2026, 11, 30)));
    QCOMPARE(office.elapsed(monday, monday + 86400), qint64(0));
}

void tst_BusinessCalendar::dateTimeAdapters()
{
    const BusinessCalendar office = calendarNamed(u"office"_s);
    const QDateTime start(QDate(2026, 11, 27), QTime(16, 0), QTimeZone("Europe/Rome"));

    const QDateTime due = office.due(start, kHour);

    QCOMPARE(due, QDateTime(QDate(2026, 11, 27), QTime(16, 0), QTimeZone::utc()));
    QCOMPARE(due.timeSpec(), Qt::UTC);
    QCOMPARE(office.elapsed(start, due), qint64(kHour));
    QVERIFY(!calendarNamed(u"closed"_s).due(start, 1).isValid());
}

void tst_BusinessCalendar::concurrentQueriesAgree()
{
    // Given one calendar whose tables are built lazily while four threads query it
    const BusinessCalendar office = calendarNamed(u"office"_s);
    // (2000 weeks either way of 2010 stay within the supported years)
    const qint64 first = instant(office, u"2010-01-01T00:00Z"_s);
    std::vector<qint64> sums(4);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            // Each thread walks a different direction so the tables grow both ways.
            for (int i = 0; i < 2000; ++i) {
                const qint64 start = first + (t % 2 ? 1 : -1) * qint64(i) * 86400 * 7;
                sums[t] += *office.due(start, 50 * kHour) - start;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();

    // Then threads doing the same work get the same answers
    QCOMPARE(sums[0], sums[2]);
    QCOMPARE(sums[1], sums[3]);
}

void tst_BusinessCalendar::instantsOutsideTheSupportedYearsAreRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<qint64>("expected"); // -1: refused
    QTest::addColumn<QString>("year");    // the year the refusal names

    const QString utc = u"UTC"_s;
    QTest::newRow("1969-12-31T23:59:59Z refused")
        << u"1969-12-31T23:59:59Z"_s << utc << qint64(-1) << u"1969"_s;
    QTest::newRow("1970-01-01T00:00:00Z accepted")
        << u"1970-01-01T00:00:00Z"_s << utc << qint64(0) << QString();
    QTest::newRow("2199-12-31T23:59:59Z accepted")
        << u"2199-12-31T23:59:59Z"_s << utc << IsoTime::EndOfSupportedRange - 1 << QString();
    QTest::newRow("2200-01-01T00:00:00Z refused")
        << u"2200-01-01T00:00:00Z"_s << utc << qint64(-1) << u"2200"_s;
    QTest::newRow("2200-01-01 local refused") << u"2200-01-01"_s << utc << qint64(-1) << u"2200"_s;
    QTest::newRow("offset carrying 2199 into 2200")
        << u"2199-12-31T23:30:00-01:00"_s << utc << qint64(-1) << u"2200"_s;
    QTest::newRow("local midnight of 1970 in Rome is 1969 in UTC")
        << u"1970-01-01T00:00:00"_s << u"Europe/Rome"_s << qint64(-1) << u"1969"_s;
    QTest::newRow("9999") << u"9999-12-31T23:59:59Z"_s << utc << qint64(-1) << u"9999"_s;
    QTest::newRow("year 1 local") << u"0001-01-01"_s << u"Europe/Rome"_s << qint64(-1) << u"1"_s;
}

void tst_BusinessCalendar::instantsOutsideTheSupportedYearsAreRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, zone);
    QFETCH(qint64, expected);
    QFETCH(QString, year);

    const Result<qint64> parsed = IsoTime::parse(text, QTimeZone(zone.toUtf8()));

    if (expected >= 0) {
        QVERIFY2(parsed, qPrintable(parsed.errorString()));
        QCOMPARE(*parsed, expected);
    } else {
        QVERIFY(!parsed);
        QCOMPARE(parsed.errorString(),
                 u"\"%1\": the year %2 is outside the years Accordo supports (1970 to 2199)"_s.arg(
                     text, year));
    }
}

void tst_BusinessCalendar::dueThatWouldLeaveTheSupportedYearsIsAnError_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("duration");
    QTest::addColumn<qint64>("expected"); // -1: an error
    QTest::addColumn<QString>("error");

    const qint64 end = IsoTime::EndOfSupportedRange;
    const qint64 start2026 = 1767225600; // 2026-01-01T00:00:00Z
    const QString after =
        u"of business time from %1 in calendar \"%2\" ends after 2199, the last year Accordo "
        "supports"_s;
    QTest::newRow("the last second of 2199")
        << u"utc-24x7"_s << end - 3600 << qint64(3599) << end - 1 << QString();
    QTest::newRow("the first second of 2200")
        << u"utc-24x7"_s << end - 3600 << qint64(3600) << qint64(-1)
        << u"1h "_s + after.arg(u"2199-12-31T23:00:00Z"_s, u"utc-24x7"_s);
    QTest::newRow("99999999h at once")
        << u"office"_s << start2026 << qint64(99999999) * 3600 << qint64(-1)
        << u"99999999h "_s + after.arg(u"2026-01-01T00:00:00Z"_s, u"office"_s);
    // 100 years of business seconds on a 45-hour week need four centuries of weeks.
    QTest::newRow("100 years of office hours")
        << u"office"_s << start2026 << qint64(36525) * 86400 << qint64(-1)
        << u"876600h "_s + after.arg(u"2026-01-01T00:00:00Z"_s, u"office"_s);
    // Within the quick bound (52 hours a week), beyond the office's 45 hours a week less
    // holidays up to 2199: found out with the table, still an error.
    QTest::newRow("420000h of office hours")
        << u"office"_s << start2026 << qint64(420000) * 3600 << qint64(-1)
        << u"420000h "_s + after.arg(u"2026-01-01T00:00:00Z"_s, u"office"_s);
    QTest::newRow("start before 1970")
        << u"office"_s << qint64(-1) << qint64(3600) << qint64(-1)
        << u"start 1969-12-31T23:59:59Z: the year 1969 is outside the years Accordo supports "
           "(1970 to 2199)"_s;
    QTest::newRow("start in 9999")
        << u"office"_s << qint64(253402300799) << qint64(3600) << qint64(-1)
        << u"start 9999-12-31T23:59:59Z: the year 9999 is outside the years Accordo supports "
           "(1970 to 2199)"_s;
    QTest::newRow("no working hours")
        << u"closed"_s << start2026 << qint64(1) << qint64(-1)
        << u"calendar \"closed\" has no working hours: no business time is ever due"_s;
}

void tst_BusinessCalendar::dueThatWouldLeaveTheSupportedYearsIsAnError()
{
    QFETCH(QString, calendar);
    QFETCH(qint64, start);
    QFETCH(qint64, duration);
    QFETCH(qint64, expected);
    QFETCH(QString, error);
    const BusinessCalendar subject = calendarNamed(calendar);

    for (const QList<Pause> &pauses :
         {QList<Pause>{}, QList<Pause>{{start - 7200, start - 3600}}}) {
        const Result<qint64> due = subject.due(start, duration, pauses);
        if (expected >= 0) {
            QVERIFY2(due, qPrintable(due.errorString()));
            QCOMPARE(*due, expected);
        } else {
            QVERIFY(!due);
            QCOMPARE(due.errorString(), error);
        }
    }
}

void tst_BusinessCalendar::openPauseIsBoundedByTheAsOf()
{
    // Given a ticket opened Monday 2026-03-02 09:00 in office hours and put on hold at 10:00
    // for good (an import stores a pause that never ended as running to year 9000)
    const BusinessCalendar office = calendarNamed(u"office"_s);
    const qint64 opened = instant(office, u"2026-03-02T09:00"_s);
    const qint64 never = IsoTime::daysFromCivil(9000, 1, 1) * 86400;
    const QList<Pause> pauses = {{opened + 3600, never}};

    // When it is judged as of Wednesday 12:00 against a 4-hour target
    const qint64 asOf = instant(office, u"2026-03-04T12:00"_s);
    const auto due = TargetJudgement::due(office, 4 * kHour, opened, pauses, asOf);

    // Then the hold counts up to the as-of only: 1 h before it, 3 h after, Wednesday 15:00
    QVERIFY(due.has_value());
    QCOMPARE(IsoTime::formatUtc(*due), IsoTime::formatUtc(instant(office, u"2026-03-04T15:00"_s)));
    // and the calendar itself, given the pause as stored, answers at once that it never ends
    QVERIFY(!office.due(opened, 4 * kHour, pauses));
}

void tst_BusinessCalendar::kpiPeriodsCoverTheSupportedYears_data()
{
    QTest::addColumn<bool>("quarter");
    QTest::addColumn<qint64>("instant");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");

    const qint64 end = IsoTime::EndOfSupportedRange;
    QTest::newRow("first second, month")
        << false << qint64(0) << u"1970-01"_s << qint64(0) << qint64(31 * 86400);
    QTest::newRow("last second, month")
        << false << end - 1 << u"2199-12"_s << end - 31 * 86400 << end;
    QTest::newRow("first second, quarter")
        << true << qint64(0) << u"1970-Q1"_s << qint64(0) << qint64(90 * 86400);
    QTest::newRow("last second, quarter")
        << true << end - 1 << u"2199-Q4"_s << end - 92 * 86400 << end;
    QTest::newRow("2100-12, past the old table")
        << false
        << end - 1
               - qint64(IsoTime::daysFromCivil(2200, 1, 1) - IsoTime::daysFromCivil(2101, 1, 1))
                     * 86400
        << u"2100-12"_s << IsoTime::daysFromCivil(2100, 12, 1) * 86400
        << IsoTime::daysFromCivil(2101, 1, 1) * 86400;
}

void tst_BusinessCalendar::kpiPeriodsCoverTheSupportedYears()
{
    QFETCH(bool, quarter);
    QFETCH(qint64, instant);
    QFETCH(QString, name);
    QFETCH(qint64, start);
    QFETCH(qint64, end);

    Kpi::PeriodTable table;
    table.build(QTimeZone::utc(), quarter);
    const int index = table.indexOf(instant);

    QCOMPARE(table.name(index), name);
    QCOMPARE(table.start(index), start);
    QCOMPARE(table.end(index), end);
}

QTEST_GUILESS_MAIN(tst_BusinessCalendar)
#include "tst_businesscalendar.moc"
