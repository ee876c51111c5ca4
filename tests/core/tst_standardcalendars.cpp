#include "calendar/standardcalendars.h"
#include "data/calendarstore.h"
#include "data/workspace.h"
#include "storage/database.h"
#include "testbackend.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

class tst_StandardCalendars : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyOfferedCountryHasACalendar_data();
    void everyOfferedCountryHasACalendar();
    void closesTheNationalHolidays_data();
    void closesTheNationalHolidays();
    void aCountryWithoutOneIsNamed();
    void theDefinitionIsStoredAsItIs_data();
    void theDefinitionIsStoredAsItIs();

private:
    QTemporaryDir mDir;
    int mRun = 0;
};

void tst_StandardCalendars::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
}

void tst_StandardCalendars::everyOfferedCountryHasACalendar_data()
{
    QTest::addColumn<QLocale::Territory>("territory");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("name");

    QTest::newRow("italy") << QLocale::Italy << u"Europe/Rome"_s << u"Italy office"_s;
    QTest::newRow("united-kingdom")
        << QLocale::UnitedKingdom << u"Europe/London"_s << u"UK office (England and Wales)"_s;
    QTest::newRow("united-states")
        << QLocale::UnitedStates << u"America/New_York"_s << u"US office (Eastern Time)"_s;
    QTest::newRow("germany") << QLocale::Germany << u"Europe/Berlin"_s << u"Germany office"_s;
    QTest::newRow("france") << QLocale::France << u"Europe/Paris"_s << u"France office"_s;
    QTest::newRow("spain") << QLocale::Spain << u"Europe/Madrid"_s << u"Spain office"_s;
}

void tst_StandardCalendars::everyOfferedCountryHasACalendar()
{
    QFETCH(QLocale::Territory, territory);
    QFETCH(QString, zone);
    QFETCH(QString, name);

    QVERIFY(StandardCalendars::territories().contains(territory));
    auto calendar = StandardCalendars::calendar(territory);
    QVERIFY2(calendar.ok(), qPrintable(calendar.errorString()));
    QCOMPARE(calendar->name(), name);
    QCOMPARE(calendar->timeZone().id(), zone.toLatin1());
    // An office: open on weekdays, closed at the weekend.
    QVERIFY(calendar->weeklyWorkingSeconds() >= 35 * 3600);
    QVERIFY(!calendar->workingIntervals(Qt::Monday).isEmpty());
    QVERIFY(calendar->workingIntervals(Qt::Saturday).isEmpty());
    QVERIFY(calendar->workingIntervals(Qt::Sunday).isEmpty());
    QVERIFY(calendar->holidays().size() >= 8);
}

void tst_StandardCalendars::closesTheNationalHolidays_data()
{
    QTest::addColumn<QLocale::Territory>("territory");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("closed");

    QTest::newRow("italy-easter-monday") << QLocale::Italy << QDate(2026, 4, 6) << true;
    QTest::newRow("italy-republic-day") << QLocale::Italy << QDate(2026, 6, 2) << true;
    QTest::newRow("italy-ferragosto") << QLocale::Italy << QDate(2026, 8, 15) << true;
    QTest::newRow("italy-ordinary-day") << QLocale::Italy << QDate(2026, 6, 3) << false;
    QTest::newRow("uk-summer-bank-holiday") << QLocale::UnitedKingdom << QDate(2026, 8, 31) << true;
    QTest::newRow("uk-good-friday") << QLocale::UnitedKingdom << QDate(2026, 4, 3) << true;
    QTest::newRow("uk-not-republic-day") << QLocale::UnitedKingdom << QDate(2026, 6, 2) << false;
    QTest::newRow("us-thanksgiving") << QLocale::UnitedStates << QDate(2026, 11, 26) << true;
    QTest::newRow("us-independence-observed-friday")
        << QLocale::UnitedStates << QDate(2026, 7, 3) << true;
    QTest::newRow("us-mlk-day") << QLocale::UnitedStates << QDate(2026, 1, 19) << true;
    QTest::newRow("us-not-easter-monday") << QLocale::UnitedStates << QDate(2026, 4, 6) << false;
    QTest::newRow("germany-ascension") << QLocale::Germany << QDate(2026, 5, 14) << true;
    QTest::newRow("germany-whit-monday") << QLocale::Germany << QDate(2026, 5, 25) << true;
    QTest::newRow("germany-unity-day") << QLocale::Germany << QDate(2026, 10, 3) << true;
    QTest::newRow("germany-not-ferragosto") << QLocale::Germany << QDate(2026, 8, 15) << false;
    QTest::newRow("france-bastille-day") << QLocale::France << QDate(2026, 7, 14) << true;
    QTest::newRow("france-armistice") << QLocale::France << QDate(2026, 11, 11) << true;
    QTest::newRow("france-not-good-friday") << QLocale::France << QDate(2026, 4, 3) << false;
    QTest::newRow("spain-national-day") << QLocale::Spain << QDate(2026, 10, 12) << true;
    QTest::newRow("spain-constitution-day") << QLocale::Spain << QDate(2026, 12, 6) << true;
}

void tst_StandardCalendars::closesTheNationalHolidays()
{
    QFETCH(QLocale::Territory, territory);
    QFETCH(QDate, day);
    QFETCH(bool, closed);

    auto calendar = StandardCalendars::calendar(territory);
    QVERIFY2(calendar.ok(), qPrintable(calendar.errorString()));
    QCOMPARE(calendar->isHoliday(day), closed);
}

void tst_StandardCalendars::aCountryWithoutOneIsNamed()
{
    QVERIFY(!StandardCalendars::territories().contains(QLocale::Japan));
    auto definition = StandardCalendars::definition(QLocale::Japan);
    QVERIFY(!definition.ok());
    QVERIFY2(definition.errorString().contains(u"Japan"_s), qPrintable(definition.errorString()));
}

void tst_StandardCalendars::theDefinitionIsStoredAsItIs_data()
{
    QTest::addColumn<QLocale::Territory>("territory");
    for (QLocale::Territory territory : StandardCalendars::territories())
        QTest::newRow(qPrintable(QLocale::territoryToCode(territory))) << territory;
}

void tst_StandardCalendars::theDefinitionIsStoredAsItIs()
{
    // Given a new, empty workspace
    QFETCH(QLocale::Territory, territory);
    auto db = Database::open(TestBackend::freshLocation(mDir, u"std%1"_s.arg(++mRun)),
                             Database::OpenMode::CreateIfMissing);
    QVERIFY2(db.ok(), qPrintable(db.errorString()));
    Workspace workspace(**db);
    auto definition = StandardCalendars::definition(territory);
    QVERIFY2(definition.ok(), qPrintable(definition.errorString()));

    // When the country's calendar goes in
    CalendarRecord record;
    record.definition = QString::fromUtf8(*definition);
    auto id = workspace.insert(record);
    QVERIFY2(id.ok(), qPrintable(id.errorString()));

    // Then it is the one calendar, stored in the form it was offered in
    auto calendars = CalendarStore(workspace).calendars();
    QVERIFY2(calendars.ok(), qPrintable(calendars.errorString()));
    QCOMPARE(calendars->size(), 1);
    QCOMPARE(calendars->constFirst().name, StandardCalendars::calendar(territory)->name());
    QCOMPARE(calendars->constFirst().definition.toUtf8(), *definition);
}

QTEST_GUILESS_MAIN(tst_StandardCalendars)
#include "tst_standardcalendars.moc"
