#include "calendar/icalimport.h"

#include <QTest>

using namespace Accordo;
using namespace Qt::StringLiterals;

class tst_IcalImport : public QObject
{
    Q_OBJECT

private slots:
    void importsAllDayEvents_data();
    void importsAllDayEvents();
    void countsSkippedEvents();
    void refusesWhatIsNotICalendar_data();
    void refusesWhatIsNotICalendar();
    void boundsWhatAFileCanAskFor_data();
    void boundsWhatAFileCanAskFor();
};

namespace {

QString fixture()
{
    return QStringLiteral(ACCORDO_SOURCE_DIR "/tests/core/data/calendar-holidays.ics");
}

} // namespace

void tst_IcalImport::importsAllDayEvents_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("name"); // empty: not a holiday

    QTest::newRow("single-day-event") << QDate(2026, 12, 24) << u"Company closure"_s;
    QTest::newRow("dtend-is-exclusive") << QDate(2026, 12, 25) << QString();
    QTest::newRow("multi-day-first") << QDate(2026, 8, 10) << u"Summer shutdown"_s;
    QTest::newRow("multi-day-last") << QDate(2026, 8, 12) << u"Summer shutdown"_s;
    QTest::newRow("multi-day-after-end") << QDate(2026, 8, 13) << QString();
    QTest::newRow("yearly-recurrence") << QDate(2026, 12, 7) << u"Sant'Ambrogio"_s;
    QTest::newRow("yearly-recurrence-last-year") << QDate(2028, 12, 7) << u"Sant'Ambrogio"_s;
    QTest::newRow("recurrence-exdate") << QDate(2027, 12, 7) << QString();
    QTest::newRow("recurrence-before-range") << QDate(2025, 12, 7) << QString();
    QTest::newRow("timed-event-skipped") << QDate(2026, 12, 1) << QString();
    QTest::newRow("cancelled-event-skipped") << QDate(2026, 11, 2) << QString();
}

void tst_IcalImport::importsAllDayEvents()
{
    QFETCH(QDate, day);
    QFETCH(QString, name);

    const Result<IcalImport::Imported> imported = IcalImport::readFile(fixture(), 2026, 2028);

    QVERIFY2(imported.ok(), qPrintable(imported.errorString()));
    QString found;
    for (const HolidayRule &rule : imported->holidays) {
        QCOMPARE(rule.kind(), HolidayRule::Kind::Date);
        if (rule.date() == day)
            found = rule.name();
    }
    QCOMPARE(found, name);
}

void tst_IcalImport::countsSkippedEvents()
{
    const Result<IcalImport::Imported> imported = IcalImport::readFile(fixture(), 2026, 2028);

    QVERIFY(imported.ok());
    QCOMPARE(imported->skippedEvents, 2);
    // 1 closure + 3 summer days + Sant'Ambrogio 2026 and 2028.
    QCOMPARE(imported->holidays.size(), 6);
}

void tst_IcalImport::refusesWhatIsNotICalendar_data()
{
    QTest::addColumn<QByteArray>("data");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("plain-text") << QByteArray("hello\nworld\n");
    QTest::newRow("json") << QByteArray("{\"name\": \"x\"}");
    QTest::newRow("vevent-without-dtstart")
        << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n"
                      "SUMMARY:No start\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
}

void tst_IcalImport::refusesWhatIsNotICalendar()
{
    QFETCH(QByteArray, data);

    const Result<IcalImport::Imported> imported = IcalImport::fromIcs(data, 2026, 2028,
                                                                      u"input.ics"_s);

    QVERIFY(!imported.ok());
    QVERIFY2(imported.errorString().startsWith(u"input.ics: "_s),
             qPrintable(imported.errorString()));
}

void tst_IcalImport::boundsWhatAFileCanAskFor_data()
{
    // One event: BEGIN:VEVENT on line 4, DTSTART on line 7, then `more` from line 8 on.
    QTest::addColumn<QByteArray>("dtstart");
    QTest::addColumn<QByteArray>("more");
    QTest::addColumn<int>("firstYear");
    QTest::addColumn<int>("lastYear");
    QTest::addColumn<int>("holidays"); // -1: refused
    QTest::addColumn<QString>("error");

    const QString subDaily = u"input.ics: line 8: event \"Closed\": FREQ=%1 repeats within a "
                             "day; holidays close whole days, so only DAILY, WEEKLY, MONTHLY or "
                             "YEARLY rules are read"_s;
    const int threeYears = 365 + 365 + 366; // 2026 to 2028
    QTest::newRow("FREQ=SECONDLY") << QByteArray("20260101") << QByteArray("RRULE:FREQ=SECONDLY")
                                   << 2026 << 2028 << -1 << subDaily.arg(u"SECONDLY"_s);
    QTest::newRow("FREQ=MINUTELY") << QByteArray("20260101") << QByteArray("RRULE:FREQ=MINUTELY")
                                   << 2026 << 2028 << -1 << subDaily.arg(u"MINUTELY"_s);
    QTest::newRow("FREQ=HOURLY;COUNT=5")
        << QByteArray("20260101") << QByteArray("RRULE:FREQ=HOURLY;COUNT=5") << 2026 << 2028 << -1
        << subDaily.arg(u"HOURLY"_s);
    QTest::newRow("daily rule until 9999")
        << QByteArray("20260101") << QByteArray("RRULE:FREQ=DAILY;UNTIL=99991231") << 2026 << 2028
        << threeYears << QString();
    QTest::newRow("yearly rule from year 1")
        << QByteArray("00011225") << QByteArray("RRULE:FREQ=YEARLY") << 2026 << 2028 << 3
        << QString();
    QTest::newRow("daily rule from year 1")
        << QByteArray("00010101") << QByteArray("RRULE:FREQ=DAILY") << 2026 << 2028 << threeYears
        << QString();
    QTest::newRow("COUNT=huge within three years")
        << QByteArray("20260101") << QByteArray("RRULE:FREQ=DAILY;COUNT=999999999") << 2026 << 2028
        << threeYears << QString();
    QTest::newRow("COUNT=huge up to 2199: more than 10,000 holidays")
        << QByteArray("20260101") << QByteArray("RRULE:FREQ=DAILY;COUNT=999999999") << 2026 << 2199
        << -1
        << u"input.ics: line 4: event \"Closed\": more than 10000 holidays; a file may close "
           "at most 10000 days"_s;
    QTest::newRow("COUNT=huge from year 1: more than 100,000 occurrences")
        << QByteArray("00010101") << QByteArray("RRULE:FREQ=DAILY;COUNT=999999999") << 2026 << 2028
        << -1
        << u"input.ics: line 8: event \"Closed\": the rules of this file repeat more than "
           "100000 times up to 2028; split the file or shorten the rules"_s;
    QTest::newRow("an event lasting until 9999")
        << QByteArray("20260101") << QByteArray("DTEND;VALUE=DATE:99991231") << 2026 << 2028
        << threeYears << QString();
    QTest::newRow("years asked beyond the supported ones")
        << QByteArray("20261225") << QByteArray("RRULE:FREQ=YEARLY") << 1 << 9999 << 2199 - 2026 + 1
        << QString();
    QTest::newRow("an event before 1970")
        << QByteArray("19691231") << QByteArray() << 1900 << 2000 << 0 << QString();
    QTest::newRow("DTSTART month 13")
        << QByteArray("20261345") << QByteArray() << 2026 << 2028 << -1
        << u"input.ics: line 7: DTSTART 20261345 is not a valid date"_s;
    QTest::newRow("DTSTART 30 February")
        << QByteArray("20260230") << QByteArray() << 2026 << 2028 << -1
        << u"input.ics: line 7: DTSTART 20260230 is not a valid date"_s;
    QTest::newRow("DTSTART not a date")
        << QByteArray("tomorrow") << QByteArray() << 2026 << 2028 << -1
        << u"input.ics: line 7: DTSTART tomorrow is not a valid date"_s;
    QTest::newRow("DTEND 31 April")
        << QByteArray("20260401") << QByteArray("DTEND;VALUE=DATE:20260431") << 2026 << 2028 << -1
        << u"input.ics: line 8: DTEND 20260431 is not a valid date"_s;
}

void tst_IcalImport::boundsWhatAFileCanAskFor()
{
    QFETCH(QByteArray, dtstart);
    QFETCH(QByteArray, more);
    QFETCH(int, firstYear);
    QFETCH(int, lastYear);
    QFETCH(int, holidays);
    QFETCH(QString, error);

    QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Accordo//test//EN\r\n"
                     "BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Closed\r\nDTSTART;VALUE=DATE:"
                     + dtstart + "\r\n";
    if (!more.isEmpty())
        ics += more + "\r\n";
    ics += "END:VEVENT\r\nEND:VCALENDAR\r\n";

    const Result<IcalImport::Imported> imported = IcalImport::fromIcs(ics, firstYear, lastYear,
                                                                      u"input.ics"_s);

    if (holidays < 0) {
        QVERIFY(!imported);
        QCOMPARE(imported.errorString(), error);
    } else {
        QVERIFY2(imported, qPrintable(imported.errorString()));
        QCOMPARE(imported->holidays.size(), holidays);
        for (const HolidayRule &rule : imported->holidays) {
            QVERIFY(rule.date().year() >= std::max(firstYear, 1970));
            QVERIFY(rule.date().year() <= std::min(lastYear, 2199));
        }
    }
}

QTEST_GUILESS_MAIN(tst_IcalImport)
#include "tst_icalimport.moc"
