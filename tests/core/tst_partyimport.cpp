#include "audit/auditlog.h"
#include "crm/partyimport.h"
#include "crm/partyimportfile.h"
#include "crm/vcardreader.h"
#include "data/partystore.h"
#include "data/workspace.h"
#include "kpi/portfoliochecks.h"
#include "reportdata/duelistdata.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Accordo;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kHeader =
    "external_id,name,region,status,segment,contact_name,contact_role,contact_email,"
    "contact_phone\n";

// Two customers from the CRM: Acme with two contacts, Beta with one.
const QByteArray kTwoCustomers =
    kHeader
    + "ACC-1,Acme,EU,active,Enterprise,Giulia Ferri,CIO,giulia@acme.example,+39 02 1\n"
      "ACC-1,Acme,EU,active,Enterprise,Sara Lombardi,Procurement,sara@acme.example,\n"
      "ACC-2,Beta,US,active,Mid-market,Bob Stone,IT Manager,bob@beta.example,555\n";

// What an import plan counts, in one line: "2 created, 0 updated, 0 conflict(s)".
QString counts(const PartyImportPlan &plan)
{
    return u"%1 created, %2 updated, %3 conflict(s)"_s.arg(plan.created)
        .arg(plan.updated)
        .arg(plan.conflicts.size());
}

} // namespace

/// Customers and contacts come from the CRM by their account id; what was changed in Accordo
/// since the last import is never overwritten without saying so.
class tst_PartyImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsCustomersWithContacts();
    void updatesWhatTheCrmChanged();
    void changeMadeInAccordoIsAConflict_data();
    void changeMadeInAccordoIsAConflict();
    void customerTypedInBeforeJoinsTheCrm();
    void vCardContacts_data();
    void vCardContacts();
    void vCardOfUnknownOrganisationNamesItsLine();
    void badRowNamesLineFieldAndValueAndStoresNothing_data();
    void badRowNamesLineFieldAndValueAndStoresNothing();
    void lostCustomerPutsItsAgreementOnTheRenewalsList();
    void onlyThoseWhoEditPartiesImport();

private:
    Result<PartyImportPlan> run(const QByteArray &data, bool preferImport = false,
                                const QString &name = u"crm.csv"_s);
    Party customer(const QString &externalId);
    QString verifyProblem();
    qint64 count(const QString &sql) { return TestSupport::count(mDb->connection(), sql); }

    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<Database> mDb;
    std::unique_ptr<Workspace> mWorkspace;
    qint64 mEu = 0;
    qint64 mUs = 0;
};

void tst_PartyImport::init()
{
    ACCORDO_REQUIRE_BACKEND();
    mDir = std::make_unique<QTemporaryDir>();
    QCOMPARE(TestFixtures::create(TestBackend::freshLocation(*mDir, u"crm"_s), mDb), QString());
    mWorkspace = std::make_unique<Workspace>(*mDb);
    mEu = *mWorkspace->insert(Region{0, u"EU"_s, u"Europe"_s, 0, 0});
    mUs = *mWorkspace->insert(Region{0, u"US"_s, u"United States"_s, 0, 0});
    QCOMPARE(TestFixtures::addUsers(mDb->connection(),
                                    {{u"mia"_s, {Role::SlaManager}}, {u"dave"_s, {Role::Analyst}}}),
             QString());
    mWorkspace->setActingUser(u"mia"_s);
}

void tst_PartyImport::cleanup()
{
    mWorkspace.reset();
    mDb.reset();
    mDir.reset();
}

Result<PartyImportPlan> tst_PartyImport::run(const QByteArray &data, bool preferImport,
                                             const QString &name)
{
    const QString path = TestSupport::writeFile(mDir->filePath(name), data);
    auto parties = PartyImportFile::read(path, {});
    if (!parties)
        return parties.error();
    PartyImport import(*mWorkspace);
    auto plan = import.plan(*parties, preferImport);
    if (!plan)
        return plan;
    if (auto r = import.apply(*plan); !r)
        return r.error();
    return plan;
}

Party tst_PartyImport::customer(const QString &externalId)
{
    auto found = PartyStore(*mWorkspace).partyByExternalId(PartyKind::Customer, externalId);
    if (!found || !found->has_value())
        qFatal("no customer %s", qPrintable(externalId));
    return **found;
}

QString tst_PartyImport::verifyProblem()
{
    auto verification = AuditLog(mDb->connection()).verify();
    if (!verification)
        return verification.errorString();
    return verification->intact ? QString() : verification->problem;
}

void tst_PartyImport::createsCustomersWithContacts()
{
    // Given a CRM export with two customers, one row per contact
    // When it is imported
    auto plan = run(kTwoCustomers);
    QVERIFY2(plan, qPrintable(plan.errorString()));

    // Then both customers exist with their account ids, regions, segments and contacts in order
    QCOMPARE(counts(*plan), u"2 created, 0 updated, 0 conflict(s)"_s);
    const Party acme = customer(u"ACC-1"_s);
    QCOMPARE(acme.name, u"Acme"_s);
    QCOMPARE(acme.regionId, mEu);
    QCOMPARE(acme.segment, u"Enterprise"_s);
    QCOMPARE(acme.crmStatus, u"active"_s);
    QCOMPARE(acme.contacts,
             (QList<PartyContact>{
                 {u"Giulia Ferri"_s, u"CIO"_s, u"giulia@acme.example"_s, u"+39 02 1"_s},
                 {u"Sara Lombardi"_s, u"Procurement"_s, u"sara@acme.example"_s, u""_s}}));
    // and the first contact is the primary one
    QCOMPARE(acme.contact, u"Giulia Ferri"_s);
    QCOMPARE(acme.email, u"giulia@acme.example"_s);
    QCOMPARE(customer(u"ACC-2"_s).regionId, mUs);
    // and the audit trail leads to exactly the rows stored
    QCOMPARE(verifyProblem(), QString());
}

void tst_PartyImport::updatesWhatTheCrmChanged()
{
    QVERIFY(run(kTwoCustomers));
    // When the CRM renames Beta, moves it and gives it another contact
    auto plan = run(kHeader
                    + "ACC-2,Beta Corp,EU,active,Mid-market,Ann Lee,CFO,ann@beta.example,\n");
    QVERIFY2(plan, qPrintable(plan.errorString()));

    // Then Beta is updated without conflicts: nobody changed it in Accordo
    QCOMPARE(counts(*plan), u"0 created, 1 updated, 0 conflict(s)"_s);
    const Party beta = customer(u"ACC-2"_s);
    QCOMPARE(beta.name, u"Beta Corp"_s);
    QCOMPARE(beta.regionId, mEu);
    QCOMPARE(beta.contacts.size(), 1);
    QCOMPARE(beta.contacts.first().name, u"Ann Lee"_s);
    QCOMPARE(customer(u"ACC-1"_s).contacts.size(), 2); // not in the file: untouched
    QCOMPARE(verifyProblem(), QString());
}

void tst_PartyImport::changeMadeInAccordoIsAConflict_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("preferImport");
    QTest::addColumn<QString>("expected"); // Beta's segment / name / first contact afterwards
    QTest::newRow("segment-kept") << u"segment"_s << false << u"Strategic"_s;
    QTest::newRow("segment-prefer-import") << u"segment"_s << true << u"Large"_s;
    QTest::newRow("name-kept") << u"name"_s << false << u"Beta (renamed)"_s;
    QTest::newRow("name-prefer-import") << u"name"_s << true << u"Beta Corp"_s;
    QTest::newRow("contacts-kept") << u"contacts"_s << false << u"Carla Neri"_s;
    QTest::newRow("contacts-prefer-import") << u"contacts"_s << true << u"Ann Lee"_s;
}

void tst_PartyImport::changeMadeInAccordoIsAConflict()
{
    QFETCH(QString, field);
    QFETCH(bool, preferImport);
    QFETCH(QString, expected);
    QVERIFY(run(kTwoCustomers));
    // Given Beta changed in Accordo after the import
    Party beta = customer(u"ACC-2"_s);
    const QString before = field == u"segment"_s ? beta.segment
                           : field == u"name"_s  ? beta.name
                                                 : beta.contacts.first().name;
    if (field == u"segment"_s)
        beta.segment = u"Strategic"_s;
    else if (field == u"name"_s)
        beta.name = u"Beta (renamed)"_s;
    else
        beta.contacts = {{u"Carla Neri"_s, u"COO"_s, {}, {}}};
    QVERIFY(mWorkspace->update(beta));

    // When the CRM changes the same field otherwise
    QByteArray row = "ACC-2,Beta,US,active,Mid-market,Bob Stone,IT Manager,bob@beta.example,555\n";
    if (field == u"segment"_s)
        row.replace("Mid-market", "Large");
    else if (field == u"name"_s)
        row.replace("Beta,", "Beta Corp,");
    else
        row = "ACC-2,Beta,US,active,Mid-market,Ann Lee,CFO,ann@beta.example,\n";
    auto plan = run(kHeader + row, preferImport);
    QVERIFY2(plan, qPrintable(plan.errorString()));

    // Then the conflict is listed with both values, and Accordo's is kept unless preferred
    QCOMPARE(plan->conflicts.size(), 1);
    const PartyImportConflict &conflict = plan->conflicts.first();
    QCOMPARE(conflict.field, field);
    QVERIFY2(conflict.accordoValue.contains(field == u"contacts"_s           ? u"Carla Neri"_s
                                            : beta.segment == u"Strategic"_s ? u"Strategic"_s
                                                                             : u"Beta (renamed)"_s),
             qPrintable(conflict.accordoValue));
    QVERIFY(!conflict.fileValue.isEmpty());
    QVERIFY(conflict.fileValue != before || field == u"contacts"_s);
    const Party after = customer(u"ACC-2"_s);
    const QString actual = field == u"segment"_s ? after.segment
                           : field == u"name"_s  ? after.name
                                                 : after.contacts.first().name;
    QCOMPARE(actual, expected);
    QCOMPARE(verifyProblem(), QString());
}

void tst_PartyImport::customerTypedInBeforeJoinsTheCrm()
{
    // Given Acme typed in by hand, with a contact of its own
    Party acme = TestFixtures::party(u"Acme"_s, PartyKind::Customer, mEu);
    acme.segment = u"Enterprise"_s;
    const qint64 id = *mWorkspace->insert(acme);

    // When the CRM export names it
    auto plan = run(kTwoCustomers);
    QVERIFY2(plan, qPrintable(plan.errorString()));

    // Then it is the same customer, now with its account id, and Beta is new
    QCOMPARE(plan->created, 1);
    QCOMPARE(customer(u"ACC-1"_s).id, id);
    QCOMPARE(count(u"SELECT count(*) FROM parties WHERE name = 'Acme'"_s), 1);
}

void tst_PartyImport::vCardContacts_data()
{
    QTest::addColumn<QByteArray>("vcf");
    QTest::addColumn<QList<PartyContact>>("contacts");
    QTest::newRow("vcard-3-folded-escaped")
        << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ferri;Giulia;;Dr.;\r\n"
                      "ORG:Acme;Operations\r\nTITLE:Head of IT\\, Operations\r\n"
                      "EMAIL;TYPE=INTERNET,WORK:giulia@ac\r\n me.example\r\n"
                      "TEL;TYPE=WORK:+39 02 555\r\nX-CRM-ACCOUNT-ID:ACC-1\r\nEND:VCARD\r\n"
                      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sara Lombardi\r\nORG:Acme\r\n"
                      "ROLE:Procurement\\; contracts\r\nX-CRM-ACCOUNT-ID:ACC-1\r\nEND:VCARD\r\n")
        << QList<PartyContact>{{u"Dr. Giulia Ferri"_s, u"Head of IT, Operations"_s,
                                u"giulia@acme.example"_s, u"+39 02 555"_s},
                               {u"Sara Lombardi"_s, u"Procurement; contracts"_s, {}, {}}};
    QTest::newRow("vcard-4-uri-tel-group")
        << QByteArray("BEGIN:VCARD\nVERSION:4.0\nFN:Giulia\n  Ferri\nORG:Acme\n"
                      "item1.EMAIL;TYPE=work:giulia@acme.example\n"
                      "TEL;VALUE=uri;TYPE=\"voice,work\":tel:+39-02-555\n"
                      "NOTE:line one\\nline two\nX-CRM-ACCOUNT-ID:ACC-1\nEND:VCARD\n")
        << QList<PartyContact>{{u"Giulia Ferri"_s, {}, u"giulia@acme.example"_s, u"+39-02-555"_s}};
}

void tst_PartyImport::vCardContacts()
{
    QFETCH(QByteArray, vcf);
    QFETCH(QList<PartyContact>, contacts);
    auto plan = run(vcf, false, u"contacts.vcf"_s);
    QVERIFY2(plan, qPrintable(plan.errorString()));
    QCOMPARE(plan->created, 1);
    const Party acme = customer(u"ACC-1"_s);
    QCOMPARE(acme.name, u"Acme"_s);
    QCOMPARE(acme.contacts.size(), contacts.size());
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        QCOMPARE(acme.contacts.at(i).name, contacts.at(i).name);
        QCOMPARE(acme.contacts.at(i).role, contacts.at(i).role);
        QCOMPARE(acme.contacts.at(i).email, contacts.at(i).email);
        QCOMPARE(acme.contacts.at(i).phone, contacts.at(i).phone);
    }
    QCOMPARE(verifyProblem(), QString());
}

void tst_PartyImport::vCardOfUnknownOrganisationNamesItsLine()
{
    QVERIFY(run(kTwoCustomers));
    // A card for Beta (known by name) and one for Gamma, which no customer is called
    const QByteArray vcf = "BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nORG:beta\nEND:VCARD\n"
                           "BEGIN:VCARD\nVERSION:3.0\nFN:Tom Hill\nORG:Gamma\nEND:VCARD\n";
    const qint64 auditBefore = count(u"SELECT count(*) FROM audit_log"_s);
    auto plan = run(vcf, false, u"contacts.vcf"_s);
    QVERIFY(!plan);
    QVERIFY2(plan.errorString().contains(u"contacts.vcf, line 6"_s),
             qPrintable(plan.errorString()));
    QVERIFY2(plan.errorString().contains(u"Gamma"_s), qPrintable(plan.errorString()));
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), auditBefore);
    QCOMPARE(customer(u"ACC-2"_s).contacts.first().name, u"Bob Stone"_s);

    // Without Gamma's card, Beta's contacts become the file's
    auto known = run(vcf.left(vcf.indexOf("BEGIN:VCARD", 10)), false, u"contacts.vcf"_s);
    QVERIFY2(known, qPrintable(known.errorString()));
    QCOMPARE(customer(u"ACC-2"_s).contacts.first().name, u"Ann Lee"_s);
}

void tst_PartyImport::badRowNamesLineFieldAndValueAndStoresNothing_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QStringList>("named");
    const QByteArray good = "ACC-9,Good,EU,active,,,,,\n";
    QTest::newRow("bad-status") << good + "ACC-3,Gamma,EU,gone,,,,,\n"
                                << QStringList{u"line 3"_s, u"status"_s, u"\"gone\""_s};
    QTest::newRow("bad-email") << good + "ACC-3,Gamma,EU,active,,Tom,,tom@,\n"
                               << QStringList{u"line 3"_s, u"contact_email"_s, u"\"tom@\""_s};
    QTest::newRow("no-account-id") << good + ",Gamma,EU,active,,,,,\n"
                                   << QStringList{u"line 3"_s, u"external_id"_s};
    QTest::newRow("unknown-region") << good + "ACC-3,Gamma,ASIA,active,,,,,\n"
                                    << QStringList{u"line 3"_s, u"region"_s, u"\"ASIA\""_s};
    QTest::newRow("same-id-other-name") << good + "ACC-9,Other,EU,active,,,,,\n"
                                        << QStringList{u"line 3"_s, u"name"_s, u"\"Other\""_s};
    QTest::newRow("short-row") << good + "ACC-3,Gamma\n" << QStringList{u"line 3"_s};
}

void tst_PartyImport::badRowNamesLineFieldAndValueAndStoresNothing()
{
    QFETCH(QByteArray, rows);
    QFETCH(QStringList, named);
    const qint64 parties = count(u"SELECT count(*) FROM parties"_s);
    const qint64 audit = count(u"SELECT count(*) FROM audit_log"_s);
    auto plan = run(kHeader + rows);
    QVERIFY(!plan);
    QVERIFY2(plan.errorString().contains(u"crm.csv"_s), qPrintable(plan.errorString()));
    for (const QString &part : named)
        QVERIFY2(plan.errorString().contains(part), qPrintable(plan.errorString()));
    QCOMPARE(count(u"SELECT count(*) FROM parties"_s), parties);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), audit);
}

void tst_PartyImport::lostCustomerPutsItsAgreementOnTheRenewalsList()
{
    QVERIFY(run(kTwoCustomers));
    Service service;
    service.code = u"NET"_s;
    service.name = u"Network"_s;
    const qint64 net = *mWorkspace->insert(service);
    mWorkspace->actAsSystem();
    Agreement sla = TestFixtures::agreement(u"Acme network"_s, customer(u"ACC-1"_s).id, {net}, {},
                                            QDate(2026, 1, 1), QDate(2028, 12, 31),
                                            Money(0, u"EUR"_s));
    sla.kind = AgreementKind::CustomerSla;
    sla.status = AgreementStatus::Active;
    const auto id = mWorkspace->insert(sla);
    QVERIFY2(id, qPrintable(id.errorString()));
    const QString number = mWorkspace->agreement(*id)->number;
    mWorkspace->setActingUser(u"mia"_s);
    const QDate today(2026, 6, 1);
    auto isEnded = [&] {
        auto due = PortfolioChecks::reviews(mDb->connection(), today);
        if (!due)
            qFatal("%s", qPrintable(due.errorString()));
        return std::any_of(due->cbegin(), due->cend(), [&](const DueAgreement &d) {
            return d.number == number && d.kind == u"customer_ended"_s;
        });
    };
    QVERIFY(!isEnded());
    QCOMPARE(DueListData::customerEnded(mDb->connection())->size(), 0);

    // When the CRM marks Acme lost
    QByteArray lost = kTwoCustomers;
    lost.replace("EU,active", "EU,lost");
    auto plan = run(lost);
    QVERIFY2(plan, qPrintable(plan.errorString()));

    // Then its agreement in force waits for a decision on termination, still active
    QVERIFY(isEnded());
    const auto ended = DueListData::customerEnded(mDb->connection());
    QVERIFY2(ended, qPrintable(ended.errorString()));
    QCOMPARE(ended->size(), 1);
    QCOMPARE(ended->first().number, number);
    QCOMPARE(ended->first().note, u"customer ended in CRM: termination to be decided"_s);
    QCOMPARE(mWorkspace->agreement(*id)->status, AgreementStatus::Active);
}

void tst_PartyImport::onlyThoseWhoEditPartiesImport()
{
    // Given dave, an analyst, acting
    mWorkspace->setActingUser(u"dave"_s);
    const qint64 audit = count(u"SELECT count(*) FROM audit_log"_s);
    auto plan = run(kTwoCustomers);
    // Then the import is refused and nothing is stored
    QVERIFY(!plan);
    QVERIFY2(plan.errorString().contains(u"dave"_s), qPrintable(plan.errorString()));
    QCOMPARE(count(u"SELECT count(*) FROM parties"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM party_contacts"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), audit);
}

QTEST_GUILESS_MAIN(tst_PartyImport)
#include "tst_partyimport.moc"
