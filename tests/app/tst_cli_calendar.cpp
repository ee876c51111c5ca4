#include "calendar/calendarjson.h"
#include "data/workspace.h"
#include "storage/database.h"
#include "testfixtures.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

namespace {

const QString Example = QStringLiteral(ACCORDO_SOURCE_DIR
                                       "/tests/core/data/calendar-issue-example.json");
const QString Broken = QStringLiteral(ACCORDO_SOURCE_DIR "/tests/core/data/calendar-broken.json");

} // namespace

/// `accordo-cli calendar import|export`: calendars between JSON files and a workspace.
class tst_CliCalendar : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importThenExportRoundTrips();
    void importReplacesTheCalendarOfTheSameName();
    void importOntoACalendarOfSignedAgreementsIsRefused();
    void refusals_data();
    void refusals();

private:
    QTemporaryDir mDir;
    QString mDb;
    int mRun = 0;
};

using Accordo::TestSupport::cli;

void tst_CliCalendar::init()
{
    mDb = mDir.filePath(u"cli%1.accordo"_s.arg(++mRun));
    // Calendars are an administrator's: erin, the first user
    QCOMPARE(TestSupport::initThroughCli(mDb), QString());
}

void tst_CliCalendar::importThenExportRoundTrips()
{
    const auto imported = cli(
        {u"calendar"_s, u"import"_s, u"--db"_s, mDb, u"--file"_s, Example, u"--user"_s, u"erin"_s});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains(u"Added calendar \"Italy office\""_s), qPrintable(imported.out));

    const QString out = mDir.filePath(u"out%1.json"_s.arg(mRun));
    const auto exported = cli({u"calendar"_s, u"export"_s, u"--db"_s, mDb, u"--name"_s,
                               u"Italy office"_s, u"--out"_s, out});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(*CalendarJson::readFile(out), *CalendarJson::readFile(Example));

    const auto toStdout = cli(
        {u"calendar"_s, u"export"_s, u"--db"_s, mDb, u"--name"_s, u"Italy office"_s});
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(*CalendarJson::fromJson(toStdout.out.toUtf8()), *CalendarJson::readFile(Example));
}

void tst_CliCalendar::importReplacesTheCalendarOfTheSameName()
{
    QCOMPARE(cli({u"calendar"_s, u"import"_s, u"--db"_s, mDb, u"--file"_s, Example, u"--user"_s,
                  u"erin"_s})
                 .exitCode,
             0);
    const auto again = cli(
        {u"calendar"_s, u"import"_s, u"--db"_s, mDb, u"--file"_s, Example, u"--user"_s, u"erin"_s});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(u"Updated"_s), qPrintable(again.out));
    auto db = Database::open(mDb, Database::OpenMode::MustExist);
    QVERIFY(db.ok());
    QCOMPARE(Workspace(**db).calendars()->size(), 1);
}

void tst_CliCalendar::importOntoACalendarOfSignedAgreementsIsRefused()
{
    // Given the imported calendar, which the target of an active agreement is judged in
    QCOMPARE(cli({u"calendar"_s, u"import"_s, u"--db"_s, mDb, u"--file"_s, Example, u"--user"_s,
                  u"erin"_s})
                 .exitCode,
             0);
    QString number;
    QString before;
    {
        auto db = Database::open(mDb, Database::OpenMode::MustExist);
        QVERIFY(db.ok());
        Workspace workspace(**db);
        const CalendarRecord calendar = workspace.calendars()->first();
        before = calendar.definition;
        Service service;
        service.code = u"MAIL"_s;
        service.name = u"mail"_s;
        const qint64 serviceId = *workspace.insert(service);
        const qint64 party = *workspace.insert(TestFixtures::party(u"Acme"_s));
        Target target = TestFixtures::target(serviceId, Metric::Resolution, 4 * 3600);
        target.calendarId = calendar.id;
        Agreement agreement = TestFixtures::agreement(u"Mail"_s, party, {serviceId}, {target},
                                                      QDate(2026, 1, 1), QDate(2027, 12, 31),
                                                      Money(0, u"EUR"_s));
        agreement.status = AgreementStatus::Active;
        auto id = workspace.insert(agreement);
        QVERIFY2(id, qPrintable(id.errorString()));
        number = workspace.agreement(*id)->number;
    }

    // When a version with Wednesday hours is imported onto it
    BusinessCalendar changed = *CalendarJson::readFile(Example);
    QVERIFY(changed.setWorkingIntervals(Qt::Wednesday, {{8 * 3600, 17 * 3600}}));
    const QString file = mDir.filePath(u"changed%1.json"_s.arg(mRun));
    QVERIFY(CalendarJson::writeFile(changed, file));
    const auto again = cli(
        {u"calendar"_s, u"import"_s, u"--db"_s, mDb, u"--file"_s, file, u"--user"_s, u"erin"_s});

    // Then it is refused, naming the file and the agreement, and nothing changes
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"%1: Calendar \"Italy office\" is used by signed agreements "
                                "%2: amend them, or create a new calendar"_s.arg(file, number)),
             qPrintable(again.err));
    auto db = Database::open(mDb, Database::OpenMode::MustExist);
    QVERIFY(db.ok());
    QCOMPARE(Workspace(**db).calendars()->first().definition, before);
}

void tst_CliCalendar::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");

    QTest::newRow("broken-file-names-file-and-field")
        << QStringList{u"import"_s, u"--db"_s, u"@db"_s, u"--file"_s, Broken} << 1
        << u"calendar-broken.json: week.mon[1]"_s;
    QTest::newRow("missing-file") << QStringList{u"import"_s, u"--db"_s, u"@db"_s, u"--file"_s,
                                                 u"/nonexistent/x.json"_s}
                                  << 1 << u"/nonexistent/x.json"_s;
    QTest::newRow("unknown-name-lists-known")
        << QStringList{u"export"_s, u"--db"_s, u"@db"_s, u"--name"_s, u"Mars"_s} << 1
        << u"no calendar named \"Mars\""_s;
    QTest::newRow("missing-workspace-is-not-created")
        << QStringList{u"export"_s, u"--db"_s, u"@missing"_s, u"--name"_s, u"X"_s} << 1
        << u"missing.accordo"_s;
    QTest::newRow("import-without-user")
        << QStringList{u"import"_s, u"--db"_s, u"@db"_s, u"--file"_s, Example} << 2
        << u"--user NAME is required"_s;
    QTest::newRow("import-as-system")
        << QStringList{u"import"_s, u"--db"_s,   u"@db"_s,     u"--file"_s,
                       Example,     u"--user"_s, u" System "_s}
        << 1 << u"reserved for Accordo itself"_s;
    QTest::newRow("import-without-file")
        << QStringList{u"import"_s, u"--db"_s, u"@db"_s} << 2 << u"--file"_s;
    QTest::newRow("export-does-not-take-file")
        << QStringList{u"export"_s, u"--db"_s, u"@db"_s, u"--name"_s, u"X"_s, u"--file"_s, Example}
        << 2 << u"--file"_s;
}

void tst_CliCalendar::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    arguments.replaceInStrings(u"@db"_s, mDb);
    arguments.replaceInStrings(u"@missing"_s, mDir.filePath(u"missing.accordo"_s));

    const auto run = cli(QStringList{u"calendar"_s} + arguments);

    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(error), qPrintable(run.err));
    QVERIFY(!QFile::exists(mDir.filePath(u"missing.accordo"_s)));
}

QTEST_GUILESS_MAIN(tst_CliCalendar)
#include "tst_cli_calendar.moc"
