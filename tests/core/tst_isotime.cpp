#include "calendar/durationparser.h"
#include "calendar/isotime.h"

#include <QTest>

using namespace Accordo;
using namespace Qt::StringLiterals;

class tst_IsoTime : public QObject
{
    Q_OBJECT

private slots:
    void parseInstant_data();
    void parseInstant();
    void localTimeResolution_data();
    void localTimeResolution();
    void formatUtc();
    void civilDays();
    void parseDuration_data();
    void parseDuration();
};

void tst_IsoTime::parseInstant_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // UTC, or empty when the text is refused

    QTest::newRow("utc-z") << u"2026-11-30T10:00:00Z"_s << u"2026-11-30T10:00:00Z"_s;
    QTest::newRow("utc-without-seconds") << u"2026-11-30T10:00Z"_s << u"2026-11-30T10:00:00Z"_s;
    QTest::newRow("positive-offset") << u"2026-11-30T11:00:00+01:00"_s << u"2026-11-30T10:00:00Z"_s;
    QTest::newRow("negative-offset-compact")
        << u"2026-11-30T05:00:00-0500"_s << u"2026-11-30T10:00:00Z"_s;
    QTest::newRow("offset-hours-only") << u"2026-11-30T12:00+02"_s << u"2026-11-30T10:00:00Z"_s;
    QTest::newRow("offset-crossing-midnight")
        << u"2026-12-01T00:30:00+05:30"_s << u"2026-11-30T19:00:00Z"_s;
    QTest::newRow("fraction-dropped") << u"2026-11-30T10:00:00.999Z"_s << u"2026-11-30T10:00:00Z"_s;
    QTest::newRow("local-winter") << u"2026-11-30T11:00:00"_s << u"2026-11-30T10:00:00Z"_s;
    QTest::newRow("local-summer-with-space") << u"2026-07-01 12:00"_s << u"2026-07-01T10:00:00Z"_s;
    QTest::newRow("date-only-is-local-midnight") << u"2026-07-01"_s << u"2026-06-30T22:00:00Z"_s;
    QTest::newRow("end-of-day-24:00") << u"2026-11-30T24:00:00Z"_s << u"2026-12-01T00:00:00Z"_s;
    QTest::newRow("leap-day") << u"2028-02-29T00:00Z"_s << u"2028-02-29T00:00:00Z"_s;
    QTest::newRow("no-february-29") << u"2027-02-29T00:00Z"_s << QString();
    QTest::newRow("month-13") << u"2026-13-01T00:00Z"_s << QString();
    QTest::newRow("hour-25") << u"2026-11-30T25:00Z"_s << QString();
    QTest::newRow("garbage-offset") << u"2026-11-30T10:00+1"_s << QString();
    QTest::newRow("trailing-text") << u"2026-11-30T10:00Zx"_s << QString();
    // QDate has no year 0: the local reading overflowed on its null Julian day.
    QTest::newRow("local-year-zero") << u"0000-03-01"_s << QString();
    QTest::newRow("local-year-zero-with-time") << u"0000-12-31T23:00"_s << QString();
    QTest::newRow("not-a-date") << u"yesterday"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void tst_IsoTime::parseInstant()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    const Result<qint64> parsed = IsoTime::parse(text, QTimeZone("Europe/Rome"));

    QCOMPARE(parsed.ok(), !expected.isEmpty());
    if (parsed)
        QCOMPARE(IsoTime::formatUtc(*parsed), expected);
    else
        QVERIFY2(parsed.errorString().contains(text), qPrintable(parsed.errorString()));
}

void tst_IsoTime::localTimeResolution_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("local");
    QTest::addColumn<QString>("expected");

    QTest::newRow("rome-gap-moves-forward")
        << u"Europe/Rome"_s << QDateTime(QDate(2026, 3, 29), QTime(2, 30))
        << u"2026-03-29T01:30:00Z"_s;
    QTest::newRow("rome-gap-start")
        << u"Europe/Rome"_s << QDateTime(QDate(2026, 3, 29), QTime(2, 0))
        << u"2026-03-29T01:00:00Z"_s;
    QTest::newRow("rome-doubled-takes-standard-time")
        << u"Europe/Rome"_s << QDateTime(QDate(2026, 10, 25), QTime(2, 30))
        << u"2026-10-25T01:30:00Z"_s;
    QTest::newRow("london-doubled-takes-standard-time")
        << u"Europe/London"_s << QDateTime(QDate(2026, 10, 25), QTime(1, 30))
        << u"2026-10-25T01:30:00Z"_s;
    QTest::newRow("new-york-gap") << u"America/New_York"_s
                                  << QDateTime(QDate(2026, 3, 8), QTime(2, 30))
                                  << u"2026-03-08T07:30:00Z"_s;
    QTest::newRow("sydney-doubled")
        << u"Australia/Sydney"_s << QDateTime(QDate(2026, 4, 5), QTime(2, 30))
        << u"2026-04-04T16:30:00Z"_s;
}

void tst_IsoTime::localTimeResolution()
{
    QFETCH(QString, zone);
    QFETCH(QDateTime, local);
    QFETCH(QString, expected);
    const QTimeZone timeZone(zone.toLatin1());

    const qint64 resolved = IsoTime::localToUtc(timeZone, local.date(),
                                                local.time().msecsSinceStartOfDay() / 1000);

    QCOMPARE(IsoTime::formatUtc(resolved), expected);
    // Where QDateTime has an answer, it is the same: "as QTimeZone does".
    const QDateTime qt(local.date(), local.time(), timeZone);
    if (qt.isValid())
        QCOMPARE(qt.toSecsSinceEpoch(), resolved);
}

void tst_IsoTime::formatUtc()
{
    QCOMPARE(IsoTime::formatUtc(0), u"1970-01-01T00:00:00Z"_s);
    QCOMPARE(IsoTime::formatUtc(-1), u"1969-12-31T23:59:59Z"_s);
    QCOMPARE(IsoTime::formatUtc(1796032800), u"2026-11-30T10:00:00Z"_s);
}

void tst_IsoTime::civilDays()
{
    for (QDate day(1899, 12, 1); day.year() < 2101; day = day.addDays(13)) {
        const qint64 days = IsoTime::daysFromCivil(day.year(), day.month(), day.day());
        QCOMPARE(days, day.toJulianDay() - 2440588);
        const CivilDate back = IsoTime::civilFromDays(days);
        QCOMPARE(QDate(back.year, back.month, back.day), day);
    }
}

void tst_IsoTime::parseDuration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // -1: refused

    QTest::newRow("minutes") << u"90m"_s << qint64(5400);
    QTest::newRow("hours") << u"4h"_s << qint64(14400);
    QTest::newRow("hours-and-minutes") << u"1h30m"_s << qint64(5400);
    QTest::newRow("seconds") << u"45s"_s << qint64(45);
    QTest::newRow("with-spaces") << u"1h 30m 5s"_s << qint64(5405);
    QTest::newRow("days-are-24h") << u"2d"_s << qint64(172800);
    QTest::newRow("upper-case") << u"4H"_s << qint64(14400);
    QTest::newRow("iso-hours") << u"PT4H"_s << qint64(14400);
    QTest::newRow("iso-day-and-hours") << u"P1DT2H"_s << qint64(93600);
    QTest::newRow("iso-all-parts") << u"P1DT1H1M1S"_s << qint64(90061);
    QTest::newRow("iso-days-only") << u"P3D"_s << qint64(259200);
    QTest::newRow("zero") << u"0s"_s << qint64(0);
    QTest::newRow("units-out-of-order") << u"30m1h"_s << qint64(-1);
    QTest::newRow("unit-twice") << u"1h1h"_s << qint64(-1);
    QTest::newRow("no-unit") << u"3600"_s << qint64(-1);
    QTest::newRow("negative") << u"-1h"_s << qint64(-1);
    QTest::newRow("fraction") << u"1.5h"_s << qint64(-1);
    QTest::newRow("iso-empty-time") << u"PT"_s << qint64(-1);
    QTest::newRow("iso-minutes-before-T") << u"P5M"_s << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("overflow") << u"99999999999999999999h"_s << qint64(-1);
    // The limit: 100 years of 365.25 days.
    QTest::newRow("100 years") << u"36525d"_s << qint64(3155760000);
    QTest::newRow("100 years in seconds") << u"3155760000s"_s << qint64(3155760000);
    QTest::newRow("100 years and a second") << u"36525d1s"_s << qint64(-1);
    QTest::newRow("iso 100 years and an hour") << u"P36525DT1H"_s << qint64(-1);
    QTest::newRow("99999999h") << u"99999999h"_s << qint64(-1);
    QTest::newRow("between 100 and 31,700 years") << u"1000000d"_s << qint64(-1);
}

void tst_IsoTime::parseDuration()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);

    const Result<qint64> parsed = DurationParser::parse(text);

    QCOMPARE(parsed.ok(), expected >= 0);
    if (!parsed && QByteArray(QTest::currentDataTag()).contains("years"))
        QCOMPARE(parsed.errorString(),
                 u"\"%1\" is too long: durations go up to 100 years (36525d)"_s.arg(text));
    if (parsed) {
        QCOMPARE(*parsed, expected);
        QCOMPARE(*DurationParser::parse(DurationParser::format(*parsed)), expected);
    }
}

QTEST_GUILESS_MAIN(tst_IsoTime)
#include "tst_isotime.moc"
