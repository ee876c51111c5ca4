#include "data/workspace.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "testbackend.h"
#include "testfixtures.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

class tst_Workspace : public TestFixtures::FreshWorkspaceTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void agreementRoundTripsWithTargetsAndTiers();
    void numbersAreGeneratedPerKindAndYear();
    void rejectsInvalidRecordsAndWritesNothing_data();
    void rejectsInvalidRecordsAndWritesNothing();
    void failingChildRowRollsBackTheWholeAgreement();
    void duplicateCustomerNameIsRefusedClearly();
    void refusesDeletingPartyInUse();
    void hierarchyGoesFromGeneralToSpecific_data();
    void hierarchyGoesFromGeneralToSpecific();
    void refusesHierarchyCycles();
    void nestedTransactionRollsBackOnlyInnerWork();
    void regionIsUpdatedAndRemovedOnlyWhenUnused();
    void staleSaveIsRefusedAsAConflict_data();
    void staleSaveIsRefusedAsAConflict();

private:
    int count(const QString &table) const;
    Agreement sampleAgreement() const;

    qint64 mCustomer = 0;
    qint64 mMail = 0;
    qint64 mPrint = 0;
};

void tst_Workspace::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
}

void tst_Workspace::init()
{
    QCOMPARE(openWorkspace(u"ws"_s), QString());
    Party customer;
    customer.name = u"Acme Manufacturing"_s;
    customer.email = u"ops@acme.example"_s;
    mCustomer = *mWorkspace->insert(customer);
    mMail = *mWorkspace->insert(Service{0, u"MAIL"_s, u"E-mail"_s, {}, {}, {}, true});
    mPrint = *mWorkspace->insert(Service{0, u"PRINT"_s, u"Printer support"_s, {}, {}, {}, true});
}

void tst_Workspace::cleanup()
{
    closeWorkspace();
}

int tst_Workspace::count(const QString &table) const
{
    QSqlQuery query(mDb->connection());
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Agreement tst_Workspace::sampleAgreement() const
{
    Agreement a;
    a.title = u"Acme workplace services"_s;
    a.partyId = mCustomer;
    a.startDate = QDate(2026, 1, 1);
    a.endDate = QDate(2027, 12, 31);
    a.price = Money(1250050, u"EUR"_s);
    a.serviceIds = {mMail, mPrint};
    Target response;
    response.serviceId = mPrint;
    response.metric = Metric::FirstResponse;
    response.threshold = 4 * 3600;
    response.priority = u"P1"_s;
    response.creditTiers = {{95000, 500}, {90000, 1000}};
    response.creditCapHundredths = 2000;
    Target availability = TestFixtures::target(mMail, Metric::Availability, 99900, 100000);
    availability.period = MeasurementPeriod::Quarter;
    a.targets = {response, availability};
    return a;
}

void tst_Workspace::agreementRoundTripsWithTargetsAndTiers()
{
    const Agreement written = sampleAgreement();
    auto id = mWorkspace->insert(written);
    QVERIFY2(id.ok(), qPrintable(id.errorString()));

    auto read = mWorkspace->agreement(*id);
    QVERIFY(read.ok());
    QCOMPARE(read->number, u"SLA-2026-0001"_s);
    QCOMPARE(read->title, written.title);
    QCOMPARE(read->price, written.price);
    QCOMPARE(read->endDate, written.endDate);
    QCOMPARE(read->serviceIds.size(), 2);
    QCOMPARE(read->targets.size(), 2);
    QCOMPARE(read->targets.at(0).creditTiers, written.targets.at(0).creditTiers);
    QCOMPARE(read->targets.at(0).priority, u"P1"_s);
    QCOMPARE(read->targets.at(1).period, MeasurementPeriod::Quarter);
    QCOMPARE(read->targets.at(1).threshold, qint64(99900));
}

void tst_Workspace::numbersAreGeneratedPerKindAndYear()
{
    Agreement a = sampleAgreement();
    QCOMPARE(mWorkspace->agreement(*mWorkspace->insert(a))->number, u"SLA-2026-0001"_s);
    QCOMPARE(mWorkspace->agreement(*mWorkspace->insert(a))->number, u"SLA-2026-0002"_s);
    a.kind = AgreementKind::Ola;
    QCOMPARE(mWorkspace->agreement(*mWorkspace->insert(a))->number, u"OLA-2026-0001"_s);
    a.kind = AgreementKind::CustomerSla;
    a.startDate = QDate(2027, 3, 1);
    QCOMPARE(mWorkspace->agreement(*mWorkspace->insert(a))->number, u"SLA-2027-0001"_s);
}

void tst_Workspace::rejectsInvalidRecordsAndWritesNothing_data()
{
    QTest::addColumn<int>("breakage");
    QTest::addColumn<QString>("message");
    QTest::newRow("no-title") << 0 << u"title is required"_s;
    QTest::newRow("end-before-start") << 1 << u"is not after the start date"_s;
    QTest::newRow("target-on-uncovered-service") << 2 << u"does not cover"_s;
    QTest::newRow("availability-over-100") << 3 << u"cannot exceed 100"_s;
    QTest::newRow("bad-currency") << 4 << u"is not a currency code"_s;
    QTest::newRow("tiers-out-of-order") << 5 << u"decreasing compliance"_s;
    QTest::newRow("corporate-with-parent") << 6 << u"has no parent"_s;
}

void tst_Workspace::rejectsInvalidRecordsAndWritesNothing()
{
    QFETCH(int, breakage);
    QFETCH(QString, message);
    Agreement a = sampleAgreement();
    switch (breakage) {
    case 0:
        a.title = u"  "_s;
        break;
    case 1:
        a.endDate = QDate(2025, 1, 1);
        break;
    case 2:
        a.serviceIds = {mMail};
        break;
    case 3:
        a.targets[1].threshold = 100001;
        break;
    case 4:
        a.price = Money(100, u"euro"_s);
        break;
    case 5:
        a.targets[0].creditTiers = {{90000, 500}, {95000, 1000}};
        break;
    case 6:
        a.level = AgreementLevel::Corporate;
        a.parentId = 1;
        break;
    }
    auto id = mWorkspace->insert(a);
    QVERIFY(!id.ok());
    QVERIFY2(id.errorString().contains(message), qPrintable(id.errorString()));
    QCOMPARE(count(u"agreements"_s), 0);
    QCOMPARE(count(u"targets"_s), 0);
    QCOMPARE(count(u"number_sequences"_s), 0);
}

void tst_Workspace::failingChildRowRollsBackTheWholeAgreement()
{
    // Given an agreement whose second covered service does not exist
    Agreement a = sampleAgreement();
    a.serviceIds = {mMail, mPrint, 9999};
    // When it is inserted, the foreign key fails after the agreement row was written
    auto id = mWorkspace->insert(a);
    QVERIFY(!id.ok());
    QVERIFY2(id.errorString().contains(u"service 9999"_s), qPrintable(id.errorString()));
    // Then nothing of it remains, not even a consumed number
    QCOMPARE(count(u"agreements"_s), 0);
    QCOMPARE(count(u"agreement_services"_s), 0);
    QCOMPARE(count(u"number_sequences"_s), 0);
}

void tst_Workspace::duplicateCustomerNameIsRefusedClearly()
{
    Party duplicate;
    duplicate.name = u"Acme Manufacturing"_s;
    auto id = mWorkspace->insert(duplicate);
    QVERIFY(!id.ok());
    QCOMPARE(id.errorString(), u"Customer \"Acme Manufacturing\" already exists"_s);
    QCOMPARE(count(u"parties"_s), 1);
    // The same name is fine for a supplier.
    duplicate.kind = PartyKind::Supplier;
    QVERIFY(mWorkspace->insert(duplicate).ok());
}

void tst_Workspace::refusesDeletingPartyInUse()
{
    QVERIFY(mWorkspace->insert(sampleAgreement()).ok());
    auto removed = mWorkspace->removeParty(mCustomer);
    QVERIFY(!removed.ok());
    QVERIFY2(removed.errorString().contains(u"counterparty of 1 agreement"_s),
             qPrintable(removed.errorString()));
    QCOMPARE(count(u"parties"_s), 1);
    auto serviceRemoved = mWorkspace->removeService(mMail);
    QVERIFY(!serviceRemoved.ok());
    QCOMPARE(count(u"services"_s), 2);
}

void tst_Workspace::hierarchyGoesFromGeneralToSpecific_data()
{
    QTest::addColumn<int>("parentLevel");
    QTest::addColumn<int>("childLevel");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("customer-under-corporate")
        << int(AgreementLevel::Corporate) << int(AgreementLevel::Customer) << true;
    QTest::newRow("service-under-customer")
        << int(AgreementLevel::Customer) << int(AgreementLevel::Service) << true;
    QTest::newRow("service-under-corporate")
        << int(AgreementLevel::Corporate) << int(AgreementLevel::Service) << true;
    QTest::newRow("customer-under-service")
        << int(AgreementLevel::Service) << int(AgreementLevel::Customer) << false;
    QTest::newRow("customer-under-customer")
        << int(AgreementLevel::Customer) << int(AgreementLevel::Customer) << false;
}

void tst_Workspace::hierarchyGoesFromGeneralToSpecific()
{
    QFETCH(int, parentLevel);
    QFETCH(int, childLevel);
    QFETCH(bool, allowed);
    Agreement parent = sampleAgreement();
    parent.level = AgreementLevel(parentLevel);
    const qint64 parentId = *mWorkspace->insert(parent);
    Agreement child = sampleAgreement();
    child.level = AgreementLevel(childLevel);
    child.parentId = parentId;
    auto id = mWorkspace->insert(child);
    QCOMPARE(id.ok(), allowed);
    QCOMPARE(count(u"agreements"_s), allowed ? 2 : 1);
    if (allowed)
        QCOMPARE(mWorkspace->ancestors(*id).value(), QList<qint64>{parentId});
}

void tst_Workspace::refusesHierarchyCycles()
{
    Agreement top = sampleAgreement();
    top.level = AgreementLevel::Customer;
    const qint64 topId = *mWorkspace->insert(top);
    Agreement below = sampleAgreement();
    below.level = AgreementLevel::Service;
    below.parentId = topId;
    const qint64 belowId = *mWorkspace->insert(below);

    auto deleted = mWorkspace->removeAgreement(topId);
    QVERIFY(!deleted.ok());
    QVERIFY(deleted.errorString().contains(u"below it"_s));

    Agreement self = *mWorkspace->agreement(belowId);
    self.parentId = belowId;
    QVERIFY(!mWorkspace->update(self).ok());
}

void tst_Workspace::nestedTransactionRollsBackOnlyInnerWork()
{
    Transaction outer(mDb->connection());
    QVERIFY(outer.isActive());
    QVERIFY(mWorkspace->insert(Service{0, u"VPN"_s, u"VPN"_s, {}, {}, {}, true}).ok());
    Agreement bad = sampleAgreement();
    bad.serviceIds.append(12345);
    QVERIFY(!mWorkspace->insert(bad).ok()); // its own savepoint is rolled back
    QVERIFY(outer.commit().ok());
    QCOMPARE(count(u"services"_s), 3);
    QCOMPARE(count(u"agreements"_s), 0);
}

void tst_Workspace::regionIsUpdatedAndRemovedOnlyWhenUnused()
{
    // Given a region with one customer in it
    const auto regionId = mWorkspace->insert(Region{0, u"NORTH"_s, u"North"_s, 0});
    QVERIFY2(regionId.ok(), qPrintable(regionId.errorString()));
    Party customer = *mWorkspace->party(mCustomer);
    customer.regionId = *regionId;
    QVERIFY(mWorkspace->update(customer).ok());

    // When it is renamed, the change is stored
    QVERIFY(mWorkspace->update(Region{*regionId, u"NORTH"_s, u"Northern Europe"_s, 0}).ok());
    QCOMPARE(mWorkspace->region(*regionId)->name, u"Northern Europe"_s);

    // Deleting it is refused while the customer is there, and nothing changes
    auto removed = mWorkspace->removeRegion(*regionId);
    QVERIFY(!removed.ok());
    QVERIFY2(removed.errorString().contains(u"used by 1 parties"_s),
             qPrintable(removed.errorString()));
    QCOMPARE(count(u"regions"_s), 1);

    // Once the customer has moved, it goes
    customer = *mWorkspace->party(mCustomer);
    customer.regionId = 0;
    QVERIFY(mWorkspace->update(customer).ok());
    QVERIFY(mWorkspace->removeRegion(*regionId).ok());
    QCOMPARE(count(u"regions"_s), 0);
}

void tst_Workspace::staleSaveIsRefusedAsAConflict_data()
{
    TestSupport::addWordRows("record", {u"party"_s, u"service"_s, u"region"_s, u"calendar"_s});
}

void tst_Workspace::staleSaveIsRefusedAsAConflict()
{
    QFETCH(QString, record);
    // Given two users who read the same record, and the first one saves a change
    auto region = mWorkspace->insert(Region{0, u"WEST"_s, u"West"_s, 0});
    auto calendar = mWorkspace->insert(CalendarRecord{0, u"Office"_s, u"Europe/Rome"_s, {}});
    QVERIFY(region.ok() && calendar.ok());
    Result<void> first, second;
    QString stored;
    // Each user changes `field` of the `read` record, the first to "First", the second to
    // "Second"; `stored` is the field as the workspace then reads it again.
    const auto race = [&](auto read, auto field, const auto &reread) {
        auto a = read, b = read;
        a.*field = u"First"_s;
        b.*field = u"Second"_s;
        first = mWorkspace->update(a);
        second = mWorkspace->update(b);
        stored = (*reread()).*field;
    };
    if (record == u"party"_s) {
        race(*mWorkspace->party(mCustomer), &Party::contact,
             [&] { return mWorkspace->party(mCustomer); });
    } else if (record == u"service"_s) {
        race(*mWorkspace->service(mMail), &Service::category,
             [&] { return mWorkspace->service(mMail); });
    } else if (record == u"region"_s) {
        race(*mWorkspace->region(*region), &Region::name,
             [&] { return mWorkspace->region(*region); });
    } else {
        CalendarRecord read = *mWorkspace->calendar(*calendar);
        read.definition = QString();
        race(read, &CalendarRecord::name, [&] { return mWorkspace->calendar(*calendar); });
    }
    QVERIFY2(first.ok(), qPrintable(first.errorString()));
    // When the second saves over it, the save is refused as a conflict and nothing is lost
    QVERIFY(!second.ok());
    QVERIFY(second.error().conflict);
    QVERIFY2(second.errorString().contains(u"after you opened it"_s),
             qPrintable(second.errorString()));
    QCOMPARE(stored, u"First"_s);
}

QTEST_GUILESS_MAIN(tst_Workspace)
#include "tst_workspace.moc"
