#include "audit/auditlog.h"
#include "calendar/calendarjson.h"
#include "data/workspace.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

namespace {

const QString OfficeJson = uR"({ "name": "EU-Office", "timezone": "Europe/Rome",
  "week": { "mon": ["08:00-17:00"], "tue": ["08:00-17:00"], "wed": ["08:00-17:00"],
            "thu": ["08:00-17:00"], "fri": ["08:00-17:00"] },
  "holidays": [ {"fixed": "12-25", "name": "Natale"} ] })"_s;

// How a signed agreement's target comes to be judged in the office calendar.
enum class Via { TargetCalendar, TargetRegion, PartyRegion };

} // namespace

/// Signed terms cannot move: a calendar or region change that would change the business time
/// targets of signed agreements are judged in is refused, naming the agreements, and the
/// refusal is on the audit trail. SQLite and PostgreSQL.
class tst_SignedTerms : public TestFixtures::FreshWorkspaceTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void calendarChangeUnderSignedAgreement_data();
    void calendarChangeUnderSignedAgreement();
    void regionCalendarChangeUnderSignedAgreement_data();
    void regionCalendarChangeUnderSignedAgreement();

private:
    QString addAgreement(Via via, AgreementStatus status);
    Result<void> changeOffice(const std::function<void(BusinessCalendar &)> &edit);
    QList<AuditRecord> officeHistory() const;

    qint64 mOffice = 0, mOther = 0, mRegion = 0, mService = 0;
};

void tst_SignedTerms::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
}

void tst_SignedTerms::init()
{
    QCOMPARE(openWorkspace(u"terms"_s), QString());
    auto office = mWorkspace->insert(CalendarRecord{0, u"EU-Office"_s, {}, OfficeJson});
    QVERIFY2(office, qPrintable(office.errorString()));
    mOffice = *office;
    auto other = mWorkspace->insert(CalendarRecord{0, u"UK-Office"_s, u"Europe/London"_s, {}});
    QVERIFY2(other, qPrintable(other.errorString()));
    mOther = *other;
    auto region = mWorkspace->insert(Region{0, u"EU"_s, u"Europe"_s, mOffice, 0});
    QVERIFY2(region, qPrintable(region.errorString()));
    mRegion = *region;
    Service service;
    service.code = u"MAIL"_s;
    service.name = u"mail"_s;
    auto serviceId = mWorkspace->insert(service);
    QVERIFY2(serviceId, qPrintable(serviceId.errorString()));
    mService = *serviceId;
}

void tst_SignedTerms::cleanup()
{
    closeWorkspace();
}

QString tst_SignedTerms::addAgreement(Via via, AgreementStatus status)
{
    static int parties = 0;
    auto party = mWorkspace->insert(TestFixtures::party(u"Customer %1"_s.arg(++parties),
                                                        PartyKind::Customer,
                                                        via == Via::PartyRegion ? mRegion : 0));
    if (!party)
        qFatal("%s", qPrintable(party.errorString()));
    Target target = TestFixtures::target(mService, Metric::Resolution, 4 * 3600);
    if (via == Via::TargetCalendar)
        target.calendarId = mOffice;
    if (via == Via::TargetRegion)
        target.regionId = mRegion;
    Agreement a = TestFixtures::agreement(u"Mail SLA"_s, *party, {mService}, {target},
                                          QDate(2026, 1, 1), QDate(2027, 12, 31),
                                          Money(0, u"EUR"_s));
    a.status = status;
    auto id = mWorkspace->insert(a);
    if (!id)
        qFatal("%s", qPrintable(id.errorString()));
    return mWorkspace->agreement(*id)->number;
}

Result<void> tst_SignedTerms::changeOffice(const std::function<void(BusinessCalendar &)> &edit)
{
    CalendarRecord record = *mWorkspace->calendar(mOffice);
    BusinessCalendar calendar = *CalendarJson::fromJson(record.definition.toUtf8());
    edit(calendar);
    record.name = calendar.name();
    record.timeZone = QString::fromUtf8(calendar.timeZone().id());
    record.definition = QString::fromUtf8(CalendarJson::toJson(calendar));
    return mWorkspace->update(record);
}

QList<AuditRecord> tst_SignedTerms::officeHistory() const
{
    return *AuditLog(mDb->connection()).history(u"calendar"_s, mOffice);
}

void tst_SignedTerms::calendarChangeUnderSignedAgreement_data()
{
    QTest::addColumn<int>("via");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("change");
    QTest::addColumn<bool>("refused");

    // The changes: 0 Saturday hours, 1 another zone, 2 a holiday in the past, 3 a yearly
    // holiday, 4 a one-off holiday next year, 5 a new name only, 6 removing Christmas, 7 a
    // one-off holiday next year with a ticket stored after it.
    const int active = int(AgreementStatus::Active);
    const int draft = int(AgreementStatus::Draft);
    const int expired = int(AgreementStatus::Expired);
    const int target = int(Via::TargetCalendar);
    QTest::newRow("hours, target's calendar") << target << active << 0 << true;
    QTest::newRow("hours, target's region") << int(Via::TargetRegion) << active << 0 << true;
    QTest::newRow("hours, party's region") << int(Via::PartyRegion) << active << 0 << true;
    QTest::newRow("zone") << target << active << 1 << true;
    QTest::newRow("holiday in the past") << target << active << 2 << true;
    QTest::newRow("yearly holiday") << target << active << 3 << true;
    QTest::newRow("removed yearly holiday") << target << active << 6 << true;
    QTest::newRow("expired agreement: its credits stay") << target << expired << 0 << true;
    QTest::newRow("one-off holiday next year: allowed") << target << active << 4 << false;
    QTest::newRow("one-off holiday next year, a measurement after it")
        << target << active << 7 << true;
    QTest::newRow("new name only: allowed") << target << active << 5 << false;
    QTest::newRow("draft only: allowed") << target << draft << 0 << false;
}

void tst_SignedTerms::calendarChangeUnderSignedAgreement()
{
    QFETCH(int, via);
    QFETCH(int, status);
    QFETCH(int, change);
    QFETCH(bool, refused);

    // Given an agreement whose target is judged in EU-Office, and a second one of the same status
    const QString number = addAgreement(Via(via), AgreementStatus(status));
    const QString second = addAgreement(Via::TargetCalendar, AgreementStatus(status));
    const QString before = mWorkspace->calendar(mOffice)->definition;
    const qsizetype audits = officeHistory().size();

    // When the calendar is changed
    const auto result = changeOffice([&](BusinessCalendar &calendar) {
        switch (change) {
        case 0:
            QVERIFY(calendar.setWorkingIntervals(Qt::Saturday, {{9 * 3600, 12 * 3600}}).ok());
            break;
        case 1:
            calendar.setTimeZone(QTimeZone("Europe/Lisbon"));
            break;
        case 2:
            calendar.addHoliday(HolidayRule::oneOff(QDate(2026, 5, 4), u"Closed"_s));
            break;
        case 3:
            calendar.addHoliday(
                HolidayRule::fixed(8, 15, HolidayRule::Observed::None, u"Ferragosto"_s));
            break;
        case 4:
            calendar.addHoliday(
                HolidayRule::oneOff(QDate::currentDate().addYears(1), u"Company day"_s));
            break;
        case 5:
            calendar.setName(u"EU-Office 2"_s);
            break;
        case 6:
            calendar.setHolidays({});
            break;
        case 7: {
            const QDate day = QDate::currentDate().addYears(1);
            calendar.addHoliday(HolidayRule::oneOff(day, u"Company day"_s));
            QSqlQuery ticket(mDb->connection());
            ticket.prepare(u"INSERT INTO tickets (number, opened_at) VALUES ('T1', ?)"_s);
            ticket.addBindValue(
                QDateTime(day.addDays(10), QTime(9, 0), QTimeZone::utc()).toSecsSinceEpoch());
            QVERIFY(ticket.exec());
            break;
        }
        }
    });

    // Then it is refused naming the signed agreements, and nothing is stored, but the
    // attempt is on the trail; or it is stored and audited as an update
    const QList<AuditRecord> history = officeHistory();
    QCOMPARE(history.size(), audits + 1);
    if (refused) {
        QVERIFY(!result);
        QVERIFY2(result.errorString().startsWith(u"Calendar \"EU-Office\" is used by signed "
                                                 "agreements "_s),
                 qPrintable(result.errorString()));
        const QStringList numbers = QStringList{number, second};
        const QString listed =
            result.errorString().section(u"agreements "_s, 1).section(u':', 0, 0);
        QCOMPARE(listed, (number < second ? numbers : QStringList{second, number}).join(u", "_s));
        QCOMPARE(mWorkspace->calendar(mOffice)->definition, before);
        QCOMPARE(history.last().action, u"refused:update"_s);
    } else {
        QVERIFY2(result, qPrintable(result.errorString()));
        QVERIFY(mWorkspace->calendar(mOffice)->definition != before);
        QCOMPARE(history.last().action, u"update"_s);
    }
}

void tst_SignedTerms::regionCalendarChangeUnderSignedAgreement_data()
{
    QTest::addColumn<int>("via");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("noCalendar");
    QTest::addColumn<bool>("refused");

    const int active = int(AgreementStatus::Active);
    QTest::newRow("target's region") << int(Via::TargetRegion) << active << false << true;
    QTest::newRow("party's region") << int(Via::PartyRegion) << active << false << true;
    QTest::newRow("region loses its calendar") << int(Via::PartyRegion) << active << true << true;
    QTest::newRow("target names its own calendar: allowed")
        << int(Via::TargetCalendar) << active << false << false;
    QTest::newRow("draft only: allowed")
        << int(Via::TargetRegion) << int(AgreementStatus::Draft) << false << false;
}

void tst_SignedTerms::regionCalendarChangeUnderSignedAgreement()
{
    QFETCH(int, via);
    QFETCH(int, status);
    QFETCH(bool, noCalendar);
    QFETCH(bool, refused);

    // Given an agreement whose target is judged in the EU region's calendar (or its own)
    const QString number = addAgreement(Via(via), AgreementStatus(status));
    const auto audits = AuditLog(mDb->connection()).history(u"region"_s, mRegion)->size();

    // When the region is given another calendar (or none)
    Region region = *mWorkspace->region(mRegion);
    region.calendarId = noCalendar ? 0 : mOther;
    const auto result = mWorkspace->update(region);

    const QList<AuditRecord> history = *AuditLog(mDb->connection()).history(u"region"_s, mRegion);
    QCOMPARE(history.size(), audits + 1);
    if (refused) {
        QVERIFY(!result);
        QCOMPARE(result.errorString(),
                 u"Region EU: its calendar is used by signed agreements %1: amend them, or give "
                 "the new calendar to a new region"_s.arg(number));
        QCOMPARE(mWorkspace->region(mRegion)->calendarId, mOffice);
        QCOMPARE(history.last().action, u"refused:update"_s);
    } else {
        QVERIFY2(result, qPrintable(result.errorString()));
        QCOMPARE(mWorkspace->region(mRegion)->calendarId, mOther);
        QCOMPARE(history.last().action, u"update"_s);
    }
}

QTEST_GUILESS_MAIN(tst_SignedTerms)
#include "tst_signedterms.moc"
