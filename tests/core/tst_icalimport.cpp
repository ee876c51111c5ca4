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

QTEST_GUILESS_MAIN(tst_IcalImport)
#include "tst_icalimport.moc"
