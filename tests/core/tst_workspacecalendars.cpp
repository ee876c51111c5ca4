#include "audit/auditlog.h"
#include "calendar/calendarjson.h"
#include "data/userdirectory.h"
#include "data/workspace.h"
#include "storage/database.h"
#include "testfixtures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

namespace {

const QString OfficeJson = uR"({ "name": "Italy office", "timezone": "Europe/Rome",
  "week": { "mon": ["08:00-12:30", "13:30-17:00"], "fri": ["08:00-12:30"] },
  "holidays": [ {"fixed": "12-25", "name": "Natale"}, {"easter": 1} ] })"_s;

} // namespace

class tst_WorkspaceCalendars : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void insertStoresCanonicalJsonInStepWithTheColumns();
    void emptyDefinitionIsACalendarWithoutWorkingHours();
    void updateReplacesTheDefinitionAndIsAudited();
    void refusesDefinitionsThatDoNotRead_data();
    void refusesDefinitionsThatDoNotRead();
    void removeIsRefusedWhileInUse_data();
    void removeIsRefusedWhileInUse();
    void removeOfAnUnusedCalendarIsAudited();
    void onlyAdministratorsChangeCalendars();
    void unknownIdIsNamed();

private:
    QString storedDefinition(qint64 id) const;

    QTemporaryDir mDir;
    std::unique_ptr<Database> mDb;
    std::unique_ptr<Workspace> mWorkspace;
    qint64 mOffice = 0;
    int mRun = 0;
};

void tst_WorkspaceCalendars::init()
{
    QCOMPARE(TestFixtures::create(mDir.filePath(u"cal%1.accordo"_s.arg(++mRun)), mDb), QString());
    mWorkspace = std::make_unique<Workspace>(*mDb);
    auto id = mWorkspace->insert(
        CalendarRecord{0, u"Italy office"_s, u"Europe/Rome"_s, OfficeJson});
    QVERIFY2(id.ok(), qPrintable(id.errorString()));
    mOffice = *id;
}

void tst_WorkspaceCalendars::cleanup()
{
    mWorkspace.reset();
    mDb.reset();
}

QString tst_WorkspaceCalendars::storedDefinition(qint64 id) const
{
    QSqlQuery query(mDb->connection());
    query.prepare(u"SELECT definition FROM calendars WHERE id = ?"_s);
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

void tst_WorkspaceCalendars::insertStoresCanonicalJsonInStepWithTheColumns()
{
    // Given a calendar inserted from hand-written JSON (see init)
    // When it is read back
    auto stored = mWorkspace->calendar(mOffice);
    QVERIFY2(stored.ok(), qPrintable(stored.errorString()));

    // Then the definition reads as the same calendar, in the exchange format's own layout
    auto original = CalendarJson::fromJson(OfficeJson.toUtf8());
    auto reread = CalendarJson::fromJson(stored->definition.toUtf8());
    QVERIFY2(reread.ok(), qPrintable(reread.errorString()));
    QCOMPARE(*reread, *original);
    QCOMPARE(stored->definition.toUtf8(), CalendarJson::toJson(*original));
    QCOMPARE(stored->name, u"Italy office"_s);
    QCOMPARE(stored->timeZone, u"Europe/Rome"_s);
    QCOMPARE(mWorkspace->calendars()->size(), 1);
}

void tst_WorkspaceCalendars::emptyDefinitionIsACalendarWithoutWorkingHours()
{
    auto id = mWorkspace->insert(CalendarRecord{0, u"UK office"_s, u"Europe/London"_s, {}});
    QVERIFY2(id.ok(), qPrintable(id.errorString()));

    auto calendar = CalendarJson::fromJson(storedDefinition(*id).toUtf8());
    QVERIFY2(calendar.ok(), qPrintable(calendar.errorString()));
    QCOMPARE(calendar->name(), u"UK office"_s);
    QCOMPARE(calendar->timeZone().id(), QByteArray("Europe/London"));
    QCOMPARE(calendar->weeklyWorkingSeconds(), 0);
}

void tst_WorkspaceCalendars::updateReplacesTheDefinitionAndIsAudited()
{
    // Given the office calendar
    CalendarRecord record = *mWorkspace->calendar(mOffice);
    const qint64 audits = AuditLog(mDb->connection()).count();

    // When it is renamed and given Saturday mornings
    BusinessCalendar calendar = *CalendarJson::fromJson(record.definition.toUtf8());
    calendar.setName(u"Milan office"_s);
    QVERIFY(calendar.setWorkingIntervals(Qt::Saturday, {{9 * 3600, 12 * 3600}}).ok());
    record.name = calendar.name();
    record.definition = QString::fromUtf8(CalendarJson::toJson(calendar));
    const auto updated = mWorkspace->update(record);
    QVERIFY2(updated.ok(), qPrintable(updated.errorString()));

    // Then the columns and the definition agree, and one audit record holds both versions
    const CalendarRecord stored = *mWorkspace->calendar(mOffice);
    QCOMPARE(stored.name, u"Milan office"_s);
    QCOMPARE(*CalendarJson::fromJson(stored.definition.toUtf8()), calendar);
    QCOMPARE(AuditLog(mDb->connection()).count(), audits + 1);
    const auto history = AuditLog(mDb->connection()).history(u"calendar"_s, mOffice);
    QVERIFY(history.ok());
    QCOMPARE(history->last().action, u"update"_s);
    const QJsonObject before = QJsonDocument::fromJson(history->last().oldValue.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(history->last().newValue.toUtf8()).object();
    QCOMPARE(before.value(u"name"_s).toString(), u"Italy office"_s);
    QCOMPARE(after.value(u"name"_s).toString(), u"Milan office"_s);
}

void tst_WorkspaceCalendars::refusesDefinitionsThatDoNotRead_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("named");

    QTest::newRow("json-syntax") << u"Italy office"_s << u"Europe/Rome"_s << u"{ \"week\": "_s
                                 << u"JSON syntax error"_s;
    QTest::newRow("bad-interval") << u"Italy office"_s << u"Europe/Rome"_s
                                  << uR"({"name": "Italy office", "timezone": "Europe/Rome",
               "week": {"tue": ["25:00-26:00"]}})"_s
                                  << u"week.tue[0]"_s;
    QTest::newRow("unknown-zone-in-definition")
        << u"Italy office"_s << u""_s
        << uR"({"name": "Italy office", "timezone": "Europe/Milano", "week": {}})"_s
        << u"timezone"_s;
    QTest::newRow("unknown-zone-without-definition")
        << u"Italy office"_s << u"Mars/Olympus"_s << u""_s << u"time zone"_s;
    QTest::newRow("zone-differs") << u"Italy office"_s << u"Europe/London"_s << OfficeJson
                                  << u"time zone"_s;
    QTest::newRow("name-differs") << u"Rome office"_s << u"Europe/Rome"_s << OfficeJson
                                  << u"name"_s;
    QTest::newRow("no-name") << u""_s << u"UTC"_s << u""_s << u"name"_s;
}

void tst_WorkspaceCalendars::refusesDefinitionsThatDoNotRead()
{
    QFETCH(QString, name);
    QFETCH(QString, zone);
    QFETCH(QString, definition);
    QFETCH(QString, named);
    const QString before = storedDefinition(mOffice);
    const qint64 audits = AuditLog(mDb->connection()).count();

    const auto updated = mWorkspace->update(CalendarRecord{mOffice, name, zone, definition});
    const auto inserted = mWorkspace->insert(CalendarRecord{0, name, zone, definition});

    QVERIFY(!updated.ok());
    QVERIFY(!inserted.ok());
    QVERIFY2(updated.errorString().contains(named), qPrintable(updated.errorString()));
    QVERIFY2(inserted.errorString().contains(named), qPrintable(inserted.errorString()));
    QCOMPARE(storedDefinition(mOffice), before);
    QCOMPARE(mWorkspace->calendars()->size(), 1);
    QCOMPARE(AuditLog(mDb->connection()).count(), audits);
}

void tst_WorkspaceCalendars::removeIsRefusedWhileInUse_data()
{
    QTest::addColumn<bool>("byRegion");
    QTest::addColumn<bool>("byTarget");
    QTest::addColumn<QString>("reason");

    QTest::newRow("region") << true << false << u"region(s) EMEA-S"_s;
    QTest::newRow("target") << false << true << u"1 target(s)"_s;
    QTest::newRow("region-and-target") << true << true << u"EMEA-S and of 1 target(s)"_s;
}

void tst_WorkspaceCalendars::removeIsRefusedWhileInUse()
{
    QFETCH(bool, byRegion);
    QFETCH(bool, byTarget);
    QFETCH(QString, reason);

    // Given the office calendar used by a region, a target or both
    if (byRegion)
        QVERIFY(mWorkspace->insert(Region{0, u"EMEA-S"_s, u"Southern Europe"_s, mOffice}).ok());
    if (byTarget) {
        Party party;
        party.name = u"Acme"_s;
        const qint64 partyId = *mWorkspace->insert(party);
        const qint64 serviceId = *mWorkspace->insert(
            Service{0, u"MAIL"_s, u"E-mail"_s, {}, {}, {}, true});
        Agreement a;
        a.title = u"Acme mail"_s;
        a.partyId = partyId;
        a.startDate = QDate(2026, 1, 1);
        a.price = Money(100, u"EUR"_s);
        a.serviceIds = {serviceId};
        Target t;
        t.serviceId = serviceId;
        t.metric = Metric::Resolution;
        t.threshold = 4 * 3600;
        t.calendarId = mOffice;
        a.targets = {t};
        const auto agreement = mWorkspace->insert(a);
        QVERIFY2(agreement.ok(), qPrintable(agreement.errorString()));
    }
    const qint64 audits = AuditLog(mDb->connection()).count();

    // When it is deleted
    const auto removed = mWorkspace->removeCalendar(mOffice);

    // Then the workspace refuses and says who uses it
    QVERIFY(!removed.ok());
    QVERIFY2(removed.errorString().contains(u"Italy office"_s), qPrintable(removed.errorString()));
    QVERIFY2(removed.errorString().contains(reason), qPrintable(removed.errorString()));
    QVERIFY(mWorkspace->calendar(mOffice).ok());
    QCOMPARE(AuditLog(mDb->connection()).count(), audits);
}

void tst_WorkspaceCalendars::removeOfAnUnusedCalendarIsAudited()
{
    const qint64 audits = AuditLog(mDb->connection()).count();

    const auto removed = mWorkspace->removeCalendar(mOffice);

    QVERIFY2(removed.ok(), qPrintable(removed.errorString()));
    QVERIFY(!mWorkspace->calendar(mOffice).ok());
    QCOMPARE(AuditLog(mDb->connection()).count(), audits + 1);
    QCOMPARE(AuditLog(mDb->connection()).history(u"calendar"_s, mOffice)->last().action,
             u"delete"_s);
}

void tst_WorkspaceCalendars::onlyAdministratorsChangeCalendars()
{
    QCOMPARE(TestFixtures::addUsers(mDb->connection(), {{u"bob"_s, {Role::SlaManager}}}),
             QString());
    mWorkspace->setActingUser(u"bob"_s);
    CalendarRecord record = *mWorkspace->calendar(mOffice);

    const auto updated = mWorkspace->update(record);
    const auto removed = mWorkspace->removeCalendar(mOffice);

    QVERIFY(!updated.ok());
    QVERIFY(!removed.ok());
    QVERIFY2(updated.errorString().contains(u"bob"_s), qPrintable(updated.errorString()));
    QVERIFY(mWorkspace->calendar(mOffice).ok());
}

void tst_WorkspaceCalendars::unknownIdIsNamed()
{
    const auto missing = mWorkspace->calendar(4242);
    QVERIFY(!missing.ok());
    QVERIFY(missing.errorString().contains(u"4242"_s));
    QVERIFY(!mWorkspace->update(CalendarRecord{4242, u"Ghost"_s, u"UTC"_s, {}}).ok());
    QVERIFY(!mWorkspace->removeCalendar(4242).ok());
}

QTEST_GUILESS_MAIN(tst_WorkspaceCalendars)
#include "tst_workspacecalendars.moc"
