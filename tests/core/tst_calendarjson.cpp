#include "calendar/calendarjson.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Accordo;
using namespace Qt::StringLiterals;

namespace {

// The calendar format's reference example (an Italian office with a lunch break and every
// kind of holiday rule), verbatim.
QByteArray issueExample()
{
    QFile file(QStringLiteral(ACCORDO_SOURCE_DIR "/tests/core/data/calendar-issue-example.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture calendar-issue-example.json");
    return file.readAll();
}

// The example with one field replaced, to provoke one error.
QByteArray withField(const char *from, const char *to)
{
    QByteArray json = issueExample();
    Q_ASSERT(json.contains(from));
    return json.replace(from, to);
}

} // namespace

class tst_CalendarJson : public QObject
{
    Q_OBJECT

private slots:
    void readsTheIssueExample();
    void roundTrip_data();
    void roundTrip();
    void errorsNameTheField_data();
    void errorsNameTheField();
    void fileErrorsNameTheFile();
};

void tst_CalendarJson::readsTheIssueExample()
{
    const Result<BusinessCalendar> calendar = CalendarJson::fromJson(issueExample());

    QVERIFY2(calendar.ok(), qPrintable(calendar.errorString()));
    QCOMPARE(calendar->name(), u"Italy office"_s);
    QCOMPARE(calendar->timeZone().id(), QByteArray("Europe/Rome"));
    const QList<WorkingInterval> monday{{8 * 3600, 12 * 3600 + 1800},
                                        {13 * 3600 + 1800, 17 * 3600}};
    QCOMPARE(calendar->workingIntervals(Qt::Monday), monday);
    QCOMPARE(calendar->workingIntervals(Qt::Wednesday), QList<WorkingInterval>{});
    const QList<HolidayRule> holidays{
        HolidayRule::oneOff(QDate(2026, 12, 7), u"Sant'Ambrogio"_s),
        HolidayRule::fixed(12, 25, HolidayRule::Observed::Nearest, u"Christmas"_s),
        HolidayRule::nthWeekday(4, Qt::Thursday, 11), HolidayRule::nthWeekday(-1, Qt::Monday, 5),
        HolidayRule::easterRelative(1, u"Easter Monday"_s)};
    QCOMPARE(calendar->holidays(), holidays);
}

void tst_CalendarJson::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("issue-example") << issueExample();
    QTest::newRow("whole-days-and-seconds")
        << QByteArray("{\"name\": \"24x7 \\\"quoted\\\" \u00fcn\u00efcode\", "
                      "\"timezone\": \"Europe/London\", "
                      "\"week\": {\"mon\": [\"00:00-24:00\"], \"sat\": [\"08:00:30-12:00:15\"]}, "
                      "\"holidays\": [{\"fixed\": \"01-01\", \"observed\": \"monday\"}, "
                      "{\"easter\": -2, \"name\": \"Good Friday\"}]}");
    QTest::newRow("no-holidays") << QByteArray(
        "{\"name\": \"\", \"timezone\": \"UTC\", \"week\": {}}");
}

void tst_CalendarJson::roundTrip()
{
    QFETCH(QByteArray, json);
    const Result<BusinessCalendar> original = CalendarJson::fromJson(json);
    QVERIFY2(original.ok(), qPrintable(original.errorString()));

    const QByteArray written = CalendarJson::toJson(*original);
    const Result<BusinessCalendar> reread = CalendarJson::fromJson(written);

    QVERIFY2(reread.ok(), qPrintable(reread.errorString() + u'\n' + QString::fromUtf8(written)));
    QVERIFY(*reread == *original);
    QCOMPARE(CalendarJson::toJson(*reread), written);
}

void tst_CalendarJson::errorsNameTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // the start of the message

    QTest::newRow("interval-out-of-day")
        << withField("\"13:30-17:00\"", "\"25:00-26:00\"")
        << u"week.mon[1]: \"25:00-26:00\" is not a valid interval"_s;
    QTest::newRow("interval-reversed") << withField("\"08:00-17:00\"", "\"17:00-08:00\"")
                                       << u"week.tue[0]: \"17:00-08:00\" is not a valid interval"_s;
    QTest::newRow("interval-not-a-string")
        << withField("\"08:00-17:00\"", "8") << u"week.tue[0]: 8 is not a valid interval"_s;
    QTest::newRow("interval-overlap") << withField("\"13:30-17:00\"", "\"12:00-17:00\"")
                                      << u"week.mon[1]: \"12:00-17:00\" overlaps week.mon[0]"_s;
    QTest::newRow("unknown-weekday")
        << withField("\"thu\": []", "\"thur\": []") << u"week.thur: unknown weekday"_s;
    QTest::newRow("unknown-zone") << withField("Europe/Rome", "Europe/Milano")
                                  << u"timezone: \"Europe/Milano\" is not a known IANA"_s;
    QTest::newRow("missing-zone") << withField("\"timezone\": \"Europe/Rome\",", "")
                                  << u"timezone: missing"_s;
    QTest::newRow("unknown-top-field")
        << withField("\"name\"", "\"nmae\"") << u"nmae: unknown field"_s;
    QTest::newRow("bad-date") << withField("2026-12-07", "2026-02-30")
                              << u"holidays[0].date: \"2026-02-30\" is not a date"_s;
    QTest::newRow("bad-fixed") << withField("12-25", "12-32")
                               << u"holidays[1].fixed: \"12-32\" is not a day of the year"_s;
    QTest::newRow("bad-observed") << withField("nearest", "closest")
                                  << u"holidays[1].observed: \"closest\" is not one of"_s;
    QTest::newRow("bad-nth") << withField("\"nth\": 4", "\"nth\": 5")
                             << u"holidays[2].nth: 5 is not 1 to 4"_s;
    QTest::newRow("bad-weekday") << withField("\"weekday\": \"thu\"", "\"weekday\": \"thursday\"")
                                 << u"holidays[2].weekday: \"thursday\" is not one of"_s;
    QTest::newRow("bad-month") << withField("\"month\": 11", "\"month\": 0")
                               << u"holidays[2].month: 0 is not a month"_s;
    QTest::newRow("bad-easter") << withField("\"easter\": 1", "\"easter\": 1.5")
                                << u"holidays[4].easter: 1.5 is not a day offset"_s;
    // Numbers beyond int were converted before they were checked (undefined behaviour,
    // which the fuzz stage's sanitizer reports on tests/fuzz/corpus/fuzz_calendarjson).
    QTest::newRow("easter-beyond-int") << withField("\"easter\": 1", "\"easter\": 2e61")
                                       << u"holidays[4].easter: 2e+61 is not a day offset"_s;
    QTest::newRow("nth-beyond-int") << withField("\"nth\": 4", "\"nth\": 4294967300")
                                    << u"holidays[2].nth: 4294967300 is not"_s;
    QTest::newRow("two-kinds") << withField("{\"easter\": 1,",
                                            "{\"easter\": 1, \"fixed\": \"01-01\",")
                               << u"holidays[4]: expected exactly one of"_s;
    QTest::newRow("observed-on-date") << withField(
        "\"date\": \"2026-12-07\",", "\"date\": \"2026-12-07\", \"observed\": \"nearest\",")
                                      << u"holidays[0].observed: does not belong"_s;
    QTest::newRow("syntax-error") << withField("\"tue\":", "\"tue\"")
                                  << u"2:59: JSON syntax error"_s;
    QTest::newRow("not-an-object") << QByteArray("[]") << u"expected a JSON object"_s;
}

void tst_CalendarJson::errorsNameTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);

    const Result<BusinessCalendar> calendar = CalendarJson::fromJson(json);

    QVERIFY(!calendar.ok());
    QVERIFY2(calendar.errorString().startsWith(expected), qPrintable(calendar.errorString()));
}

void tst_CalendarJson::fileErrorsNameTheFile()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(u"office.json"_s);
    const Result<BusinessCalendar> example = CalendarJson::fromJson(issueExample());
    QVERIFY(CalendarJson::writeFile(*example, path).ok());
    QVERIFY(*CalendarJson::readFile(path) == *example);

    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(withField("\"13:30-17:00\"", "\"25:00-26:00\""));
    file.close();
    const Result<BusinessCalendar> broken = CalendarJson::readFile(path);

    QVERIFY(!broken.ok());
    QCOMPARE(broken.errorString().left(path.size() + 14), path + u": week.mon[1]:"_s);
    QVERIFY(CalendarJson::readFile(directory.filePath(u"missing.json"_s))
                .errorString()
                .contains(u"missing.json: cannot read"_s));
}

QTEST_GUILESS_MAIN(tst_CalendarJson)
#include "tst_calendarjson.moc"
