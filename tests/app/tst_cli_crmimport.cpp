#include "data/userdirectory.h"
#include "data/workspace.h"
#include "domain/role.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Accordo;

namespace {

const QByteArray kHeader = "external_id,name,region,status,segment,contact_name,contact_role,"
                           "contact_email,contact_phone\n";

// Two customers new to the demo: Tundra with two contacts, Vega with one.
const QByteArray kTwoCustomers =
    kHeader
    + "T-1,Tundra Logistics,EMEA-S,active,Enterprise,Giulia Ferri,CIO,giulia@tundra.example,"
      "+39 02 1\n"
      "T-1,Tundra Logistics,EMEA-S,active,Enterprise,Marco Bassi,Buyer,marco@tundra.example,\n"
      "T-2,Vega Foods,EMEA-S,active,Mid-market,Ann Lee,Head of IT,ann@vega.example,\n";

const QByteArray kVCard3 =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ferri;Giulia;;Dr.;\r\nORG:Tundra Logistics;Operations\r\n"
    "TITLE:Head of IT\\, Operations\r\nEMAIL;TYPE=INTERNET,WORK:giulia@tun\r\n dra.example\r\n"
    "TEL;TYPE=WORK:+39 02 555\r\nX-CRM-ACCOUNT-ID:T-1\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nORG:Vega Foods\r\nX-CRM-ACCOUNT-ID:T-2\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tom Hill\r\nORG:Vega Foods\r\nX-CRM-ACCOUNT-ID:T-2\r\n"
    "END:VCARD\r\n";

const QByteArray kVCard4 =
    "BEGIN:VCARD\nVERSION:4.0\nFN:Giulia\n  Ferri\nORG:Tundra Logistics\n"
    "item1.EMAIL;TYPE=work:giulia@tundra.example\n"
    "TEL;VALUE=uri;TYPE=\"voice,work\":tel:+39-02-555\nX-CRM-ACCOUNT-ID:T-1\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:4.0\nFN:Ann Lee\nORG:Vega Foods\nX-CRM-ACCOUNT-ID:T-2\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:4.0\nFN:Tom Hill\nORG:Vega Foods\nX-CRM-ACCOUNT-ID:T-2\nEND:VCARD\n";

} // namespace

// accordo-cli import parties on a workspace with one region, as a script runs it: CSV and vCard 3 and 4
// files create customers with their contacts; a field changed in Accordo since the last
// import is a conflict that keeps Accordo's value unless --prefer-import; a malformed file is
// refused naming its file and line and stores nothing; and the exit codes say which happened.
class tst_CliCrmImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void createsPartiesAndContacts_data();
    void createsPartiesAndContacts();
    void conflictKeepsAccordoUnlessPreferred_data();
    void conflictKeepsAccordoUnlessPreferred();
    void malformedFileStoresNothing_data();
    void malformedFileStoresNothing();
    void usageErrors_data();
    void usageErrors();

private:
    using Run = TestSupport::CliRun;
    Run import(const QString &file, const QStringList &extra = {}) const;
    QString write(const QString &name, const QByteArray &data) const;
    // Every row of `statement`, each as its columns joined by '|'.
    QStringList rows(const QString &statement, const QVariantList &binds = {}) const;
    // What an import may change: the customers, their contacts and the audit log.
    QStringList stored() const;

    QTemporaryDir mDir;
    QString mDemo;
    QString mPath;
    QString mManager; // alice on a file, the login on a server
    int mRun = 0;
};

tst_CliCrmImport::Run tst_CliCrmImport::import(const QString &file, const QStringList &extra) const
{
    return TestSupport::runCli(QStringList{u"import"_s, u"parties"_s, u"--db"_s, mPath, u"--file"_s,
                                           file, u"--user"_s, mManager}
                                   + extra,
                               300000);
}

QString tst_CliCrmImport::write(const QString &name, const QByteArray &data) const
{
    return Accordo::TestSupport::writeFile(mDir.filePath(name), data);
}

QStringList tst_CliCrmImport::rows(const QString &statement, const QVariantList &binds) const
{
    auto db = Database::open(mPath, Database::OpenMode::MustExist);
    if (!db)
        return {u"(cannot open: %1)"_s.arg(db.errorString())};
    return TestSupport::rows((*db)->connection(), statement, binds);
}

QStringList tst_CliCrmImport::stored() const
{
    return rows(u"SELECT id, name, region_id, segment, external_id, crm_status, crm_imported, "
                "contact, email FROM parties ORDER BY id"_s)
           + rows(u"SELECT party_id, position, name, role, email, phone FROM party_contacts "
                  "ORDER BY party_id, position"_s)
           + rows(u"SELECT count(*) FROM audit_log"_s);
}

void tst_CliCrmImport::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    // A workspace with one region and the users who import, copied for every test
    mDemo = TestBackend::freshLocation(mDir, u"base"_s);
    auto db = Database::open(mDemo, Database::OpenMode::CreateIfMissing);
    QVERIFY2(db.ok(), qPrintable(db.errorString()));
    mManager = TestBackend::isPostgres() ? QUrl(mDemo).userName() : u"alice"_s;
    // On a server the acting user is the login: it becomes a user with every role.
    const User manager{0, mManager, {}, Roles::all(), true};
    QVERIFY(UserDirectory((*db)->connection()).addAsSystem(manager).ok());
    Workspace workspace(**db);
    QVERIFY(workspace.insert(Region{0, u"EMEA-S"_s, u"Southern Europe"_s, 0, 0}).ok());
}

void tst_CliCrmImport::init()
{
    mPath = TestBackend::copyOf(mDemo, mDir, u"w%1"_s.arg(++mRun));
}

void tst_CliCrmImport::createsPartiesAndContacts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("tundra"); // its contacts: name|role|email|phone
    QTest::addColumn<QStringList>("vega");

    QTest::newRow("csv") << u"crm.csv"_s << kTwoCustomers
                         << QStringList{u"Giulia Ferri|CIO|giulia@tundra.example|+39 02 1"_s,
                                        u"Marco Bassi|Buyer|marco@tundra.example|"_s}
                         << QStringList{u"Ann Lee|Head of IT|ann@vega.example|"_s};
    QTest::newRow("vcard-3") << u"crm.vcf"_s << kVCard3
                             << QStringList{u"Dr. Giulia Ferri|Head of IT, Operations|"
                                            "giulia@tundra.example|+39 02 555"_s}
                             << QStringList{u"Ann Lee|||"_s, u"Tom Hill|||"_s};
    QTest::newRow("vcard-4") << u"crm.vcard"_s << kVCard4
                             << QStringList{u"Giulia Ferri||giulia@tundra.example|+39-02-555"_s}
                             << QStringList{u"Ann Lee|||"_s, u"Tom Hill|||"_s};
}

void tst_CliCrmImport::createsPartiesAndContacts()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    QFETCH(QStringList, tundra);
    QFETCH(QStringList, vega);
    const QString contactsOf = u"SELECT c.name, c.role, c.email, c.phone FROM party_contacts c "
                               "JOIN parties p ON p.id = c.party_id WHERE p.external_id = ? "
                               "ORDER BY c.position"_s;
    // Given a workspace that knows neither customer
    const qint64 before = rows(u"SELECT count(*) FROM parties"_s).value(0).toLongLong();
    QCOMPARE(rows(u"SELECT name FROM parties WHERE external_id IN ('T-1', 'T-2')"_s),
             QStringList());

    // When the export is imported
    const Run run = import(write(name, data));

    // Then both are customers with the file's contacts, and it says so
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QVERIFY2(run.out.contains(u"2 created, 0 updated, 0 unchanged, 0 conflict(s)."_s),
             qPrintable(run.out));
    QCOMPARE(rows(u"SELECT count(*) FROM parties"_s).value(0).toLongLong(), before + 2);
    QCOMPARE(rows(u"SELECT name, kind FROM parties WHERE external_id IN ('T-1', 'T-2') "
                  "ORDER BY external_id"_s),
             (QStringList{u"Tundra Logistics|customer"_s, u"Vega Foods|customer"_s}));
    QCOMPARE(rows(contactsOf, {u"T-1"_s}), tundra);
    QCOMPARE(rows(contactsOf, {u"T-2"_s}), vega);

    // And importing the same file again changes nothing
    const QStringList after = stored();
    const Run again = import(write(name, data));
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(u"0 created, 0 updated, 2 unchanged, 0 conflict(s)."_s),
             qPrintable(again.out));
    QCOMPARE(stored(), after);
}

void tst_CliCrmImport::conflictKeepsAccordoUnlessPreferred_data()
{
    QTest::addColumn<bool>("prefer");
    QTest::addColumn<QString>("name"); // Tundra's name afterwards
    QTest::newRow("accordo-kept-by-default") << false << u"Tundra Logistics Italia"_s;
    QTest::newRow("prefer-import") << true << u"Tundra Logistics SpA"_s;
}

void tst_CliCrmImport::conflictKeepsAccordoUnlessPreferred()
{
    QFETCH(bool, prefer);
    QFETCH(QString, name);
    // Given Tundra imported, then renamed in Accordo
    QCOMPARE(import(write(u"first.csv"_s, kTwoCustomers)).exitCode, 0);
    {
        auto db = Database::open(mPath, Database::OpenMode::MustExist);
        QVERIFY2(db, qPrintable(db.errorString()));
        Workspace workspace(**db);
        const qint64 id = TestSupport::count(workspace.connection(),
                                             u"SELECT id FROM parties WHERE external_id = 'T-1'"_s);
        auto party = workspace.party(id);
        QVERIFY2(party, qPrintable(party.errorString()));
        party->name = u"Tundra Logistics Italia"_s;
        QVERIFY(workspace.update(*party));
    }

    // When the CRM, which renamed it too, is imported again (with Vega's contact changed)
    QByteArray next = kTwoCustomers;
    next.replace("T-1,Tundra Logistics,", "T-1,Tundra Logistics SpA,");
    next.replace("Ann Lee,Head of IT", "Ann Lee,CIO");
    const QStringList args = prefer ? QStringList{u"--prefer-import"_s} : QStringList();
    const Run run = import(write(u"next.csv"_s, next), args);

    // Then the conflict is listed with both values, and the name is Accordo's unless preferred
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QVERIFY2(
        run.out.contains(prefer ? u"the file's value is taken"_s : u"Accordo's value is kept"_s),
        qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Tundra Logistics Italia"_s)
                 && run.out.contains(u"Tundra Logistics SpA"_s) && run.out.contains(u"name"_s),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"1 conflict(s)."_s), qPrintable(run.out));
    QCOMPARE(rows(u"SELECT name FROM parties WHERE external_id = 'T-1'"_s), QStringList{name});
    // What only the CRM changed is taken either way
    QCOMPARE(rows(u"SELECT c.role FROM party_contacts c JOIN parties p ON p.id = c.party_id "
                  "WHERE p.external_id = 'T-2'"_s),
             QStringList{u"CIO"_s});
}

void tst_CliCrmImport::malformedFileStoresNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("named"); // what the message names besides the file

    QTest::newRow("csv-bad-status")
        << u"bad.csv"_s << kTwoCustomers + "T-3,Gamma,EMEA-S,gone,,,,,\n"
        << QStringList{u"line 5"_s, u"status"_s, u"\"gone\""_s};
    QTest::newRow("csv-unknown-region")
        << u"bad.csv"_s << kTwoCustomers + "T-3,Gamma,XX-NOWHERE,active,,,,,\n"
        << QStringList{u"line 5"_s, u"region"_s, u"XX-NOWHERE"_s};
    QTest::newRow("csv-bad-email")
        << u"bad.csv"_s << kTwoCustomers + "T-3,Gamma,EMEA-S,active,,Tom,,tom@,\n"
        << QStringList{u"line 5"_s, u"tom@"_s};
    QTest::newRow("vcard-no-end") << u"bad.vcf"_s
                                  << kVCard3 + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zed\r\n"
                                  << QStringList{u"line 23"_s, u"END:VCARD"_s};
    QTest::newRow("vcard-not-a-property")
        << u"bad.vcf"_s << kVCard4 + "BEGIN:VCARD\nVERSION:4.0\nthis is no property\nEND:VCARD\n"
        << QStringList{u"line 24"_s, u"this is no property"_s};
}

void tst_CliCrmImport::malformedFileStoresNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    QFETCH(QStringList, named);
    // Given Tundra and Vega imported
    QCOMPARE(import(write(u"first.csv"_s, kTwoCustomers)).exitCode, 0);
    const QStringList before = stored();
    QVERIFY(before.size() > 3);

    // When a file with good rows and a bad one is imported
    const QString path = write(name, data);
    const Run run = import(path);

    // Then it fails with a data error naming the file, the line and the problem
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(path + u", line"_s), qPrintable(run.err));
    for (const QString &part : std::as_const(named))
        QVERIFY2(run.err.contains(part), qPrintable(run.err));
    // And nothing is stored, not even the good rows
    QCOMPARE(stored(), before);
}

void tst_CliCrmImport::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("named");
    QTest::newRow("no-file") << QStringList{u"import"_s, u"parties"_s, u"--db"_s, u"@db"_s} << 2
                             << u"--file FILE"_s;
    QTest::newRow("missing-file") << QStringList{u"import"_s, u"parties"_s, u"--db"_s,
                                                 u"@db"_s,    u"--file"_s,  u"@dir/none.csv"_s,
                                                 u"--user"_s, u"@user"_s}
                                  << 1 << u"none.csv"_s;
    // On a server --user must be the login, a usage error; a file has no such user, bad data.
    QTest::newRow("unknown-user") << QStringList{u"import"_s, u"parties"_s, u"--db"_s,
                                                 u"@db"_s,    u"--file"_s,  u"@dir/crm.csv"_s,
                                                 u"--user"_s, u"nobody"_s}
                                  << (TestBackend::isPostgres() ? 2 : 1) << u"nobody"_s;
}

void tst_CliCrmImport::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, named);
    write(u"crm.csv"_s, kTwoCustomers);
    for (QString &argument : arguments) {
        argument.replace(u"@db"_s, mPath);
        argument.replace(u"@dir"_s, mDir.path());
        argument.replace(u"@user"_s, mManager);
    }
    const QStringList before = stored();
    const Run run = TestSupport::runCli(arguments, 300000);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(named), qPrintable(run.err));
    QCOMPARE(stored(), before);
}

QTEST_GUILESS_MAIN(tst_CliCrmImport)
#include "tst_cli_crmimport.moc"
