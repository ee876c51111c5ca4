#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kOffice = QStringLiteral(ACCORDO_SOURCE_DIR "/tests/reference/it-office.json");
const QString kBroken = QStringLiteral(ACCORDO_SOURCE_DIR "/tests/core/data/calendar-broken.json");

} // namespace

/// `accordo-cli calendar` as a user meets it: answers on stdout, located errors on stderr.
class tst_CalendarCli : public QObject
{
    Q_OBJECT

private slots:
    void run_data();
    void run();
};

void tst_CalendarCli::run_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("error"); // a part of stderr

    QTest::newRow("due-lands-on-friday-closing-16")
        << QStringList{u"due"_s,
                       u"--calendar"_s,
                       kOffice,
                       u"--start"_s,
                       u"2026-11-27T15:00:00+01:00"_s,
                       u"--add"_s,
                       u"1h"_s}
        << QByteArray() << 0 << QByteArray("2026-11-27T15:00:00Z\n") << QString();
    QTest::newRow("due-with-pause")
        << QStringList{u"due"_s,     u"--calendar"_s,       kOffice,
                       u"--start"_s, u"2026-11-27T14:00"_s, u"--add"_s,
                       u"PT2H"_s,    u"--pause"_s,          u"2026-11-27T15:00/2026-11-30T09:00"_s}
        << QByteArray() << 0 << QByteArray("2026-11-30T09:00:00Z\n") << QString();
    QTest::newRow("elapsed-working-day")
        << QStringList{u"elapsed"_s,          u"--calendar"_s,        kOffice,
                       u"--from"_s,           u"2026-11-30T00:00Z"_s, u"--to"_s,
                       u"2026-12-01T00:00Z"_s}
        << QByteArray() << 0 << QByteArray("28800\n") << QString();
    QTest::newRow("batch-due-in-order")
        << QStringList{u"due"_s, u"--calendar"_s, kOffice, u"--batch"_s, u"-"_s}
        << QByteArray("2026-11-27T16:00:00+01:00,1h\r\n2026-11-30T12:00,90m\n"
                      "2026-11-27T15:00,2h,2026-11-27T15:00/2026-11-30T09:00")
        << 0 << QByteArray("2026-11-30T08:00:00Z\n2026-11-30T13:30:00Z\n2026-11-30T10:00:00Z\n")
        << QString();
    QTest::newRow("batch-bad-duration-names-line-and-field")
        << QStringList{u"due"_s, u"--calendar"_s, kOffice, u"--batch"_s, u"-"_s}
        << QByteArray("2026-11-27T16:00:00Z,1h\n2026-11-27T16:00:00Z,soon\n") << 1
        << QByteArray("2026-11-30T08:00:00Z\n") << u"stdin:2: field 2: \"soon\""_s;
    QTest::newRow("batch-elapsed-missing-comma")
        << QStringList{u"elapsed"_s, u"--calendar"_s, kOffice, u"--batch"_s, u"-"_s}
        << QByteArray("2026-11-27T16:00:00Z\n") << 1 << QByteArray()
        << u"stdin:1: field 1: expected FROM,TO"_s;
    QTest::newRow("due-99999999h-refused-at-once")
        << QStringList{u"due"_s,        u"--calendar"_s, kOffice,       u"--start"_s,
                       u"2026-11-30"_s, u"--add"_s,      u"99999999h"_s}
        << QByteArray() << 1 << QByteArray()
        << u"\"99999999h\" is too long: durations go up to 100 years (36525d)"_s;
    QTest::newRow("due-past-2199-refused")
        << QStringList{u"due"_s,     u"--calendar"_s,           kOffice,
                       u"--start"_s, u"2150-01-01T00:00:00Z"_s, u"--add"_s,
                       u"36525d"_s}
        << QByteArray() << 1 << QByteArray()
        << u"\"36525d\" after 2150-01-01T00:00:00Z is due after the years Accordo supports "
           "(1970 to 2199)"_s;
    QTest::newRow("start-in-2200-refused")
        << QStringList{u"due"_s,     u"--calendar"_s,           kOffice,
                       u"--start"_s, u"2200-01-01T00:00:00Z"_s, u"--add"_s,
                       u"1h"_s}
        << QByteArray() << 1 << QByteArray()
        << u"\"2200-01-01T00:00:00Z\": the year 2200 is outside the years Accordo supports "
           "(1970 to 2199)"_s;
    // Instants and due dates outside the supported years are refused before the calendar
    // searches for them (its tables up to the year 9990 took tens of seconds).
    QTest::newRow("batch-far-year-refused")
        << QStringList{u"due"_s, u"--calendar"_s, kOffice, u"--batch"_s, u"-"_s}
        << QByteArray("2026-11-27T16:00:00Z,1h\n7026-12-24,P1D\n") << 1
        << QByteArray("2026-11-30T08:00:00Z\n")
        << u"stdin:2: field 1: \"7026-12-24\": the year 7026 is outside the years Accordo "
           u"supports (1970 to 2199)"_s;
    QTest::newRow("batch-elapsed-far-year-refused")
        << QStringList{u"elapsed"_s, u"--calendar"_s, kOffice, u"--batch"_s, u"-"_s}
        << QByteArray("2026-11-27T16:00:00Z,9999-12-31T23:59Z\n") << 1 << QByteArray()
        << u"stdin:1: field 2: \"9999-12-31T23:59Z\": the year 9999 is outside"_s;
    QTest::newRow("batch-duration-past-the-years-refused")
        << QStringList{u"due"_s, u"--calendar"_s, kOffice, u"--batch"_s, u"-"_s}
        << QByteArray("2026-11-30T10:00:00Z,1099511627775s\n") << 1 << QByteArray()
        << u"stdin:1: field 2: \"1099511627775s\" is too long: durations go up to 100 years "
           "(36525d)"_s;
    QTest::newRow("pause-far-year-refused")
        << QStringList{u"due"_s,     u"--calendar"_s, kOffice,
                       u"--start"_s, u"2026-11-30"_s, u"--add"_s,
                       u"1h"_s,      u"--pause"_s,    u"2026-11-30T10:00/4044-12-24T10:00"_s}
        << QByteArray() << 1 << QByteArray()
        << u"--pause: \"4044-12-24T10:00\": the year 4044 is outside"_s;
    QTest::newRow("bad-instant-names-option")
        << QStringList{u"elapsed"_s,    u"--calendar"_s, kOffice,        u"--from"_s,
                       u"2026-11-31"_s, u"--to"_s,       u"2026-12-01"_s}
        << QByteArray() << 1 << QByteArray() << u"--from: \"2026-11-31\""_s;
    QTest::newRow("broken-calendar-names-file-and-field")
        << QStringList{u"due"_s,        u"--calendar"_s, kBroken, u"--start"_s,
                       u"2026-11-30"_s, u"--add"_s,      u"1h"_s}
        << QByteArray() << 1 << QByteArray()
        << u"calendar-broken.json: week.mon[1]: \"25:00-26:00\" is not a valid interval"_s;
    QTest::newRow("missing-calendar-is-usage-error")
        << QStringList{u"due"_s, u"--start"_s, u"2026-11-30"_s, u"--add"_s, u"1h"_s} << QByteArray()
        << 2 << QByteArray() << u"missing --calendar"_s;
    QTest::newRow("wrong-options-for-command")
        << QStringList{u"due"_s,        u"--calendar"_s, kOffice,        u"--from"_s,
                       u"2026-11-30"_s, u"--to"_s,       u"2026-12-01"_s}
        << QByteArray() << 2 << QByteArray() << u"due takes --start and --add"_s;
    QTest::newRow("unknown-command") << QStringList{u"add"_s} << QByteArray() << 2 << QByteArray()
                                     << u"unknown command \"add\""_s;
}

void tst_CalendarCli::run()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, output);
    QFETCH(QString, error);

    QProcess process;
    process.start(QStringLiteral(ACCORDO_CLI_PATH), QStringList{u"calendar"_s} + arguments);
    QVERIFY(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished());

    const QString stderrText = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(stderrText.contains(error), qPrintable(stderrText));
    QCOMPARE(process.readAllStandardOutput(), output);
    QCOMPARE(process.exitCode(), exitCode);
}

QTEST_GUILESS_MAIN(tst_CalendarCli)
#include "tst_calendarcli.moc"
