#include "data/workspace.h"
#include "demo/demodata.h"
#include "io/listings.h"
#include "storage/database.h"
#include "testfixtures.h"
#include "testsupport.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

class tst_DemoData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void coversEveryKindLevelAndStatus_data();
    void coversEveryKindLevelAndStatus();
    void meetsTheMinimumVolumes();
    void includesTheClassicServiceExamples_data();
    void includesTheClassicServiceExamples();
    void everyAgreementHasTargets();
    void databaseIsConsistent();
    void cancellingKeepsNothing();
    void scaleMultipliesVolume();

private:
    int scalar(const QString &sql) const;

    QTemporaryDir mDir;
    std::unique_ptr<Database> mDb;
};

void tst_DemoData::initTestCase()
{
    QCOMPARE(TestFixtures::create(mDir.filePath(u"demo.accordo"_s), mDb), QString());
    Workspace workspace(*mDb);
    auto counts = DemoData::populate(workspace);
    QVERIFY2(counts.ok(), qPrintable(counts.errorString()));
    QCOMPARE(counts->agreements, scalar(u"SELECT count(DISTINCT number) FROM agreements"_s));
    // One renegotiation in progress: a signed customer SLA with a draft second version whose
    // response and resolution times are tighter, for the agreement view's backtest; and the
    // amendment that the accepted change request opened.
    QCOMPARE(scalar(u"SELECT count(*) FROM agreements WHERE version = 2 AND status = 'draft'"_s),
             2);
    // One change request in each state; the accepted one's amendment holds its tighter target.
    QCOMPARE(scalar(u"SELECT count(DISTINCT status) FROM change_requests"_s), 4);
    QCOMPARE(scalar(uR"(SELECT count(*) FROM change_requests r
                        JOIN agreements a ON a.id = r.amendment_id
                        WHERE r.status = 'accepted' AND a.version = 2 AND a.status = 'draft')"_s),
             1);
    QVERIFY(scalar(u"SELECT count(*) FROM alert_rules"_s) > 0);
    QVERIFY(scalar(u"SELECT count(*) FROM alerts"_s) > 0);
    QCOMPARE(scalar(uR"(SELECT count(*) FROM targets n JOIN agreements a ON a.id = n.agreement_id
                        JOIN agreements o ON o.number = a.number AND o.version = 1
                        JOIN targets p ON p.agreement_id = o.id AND p.service_id = n.service_id
                         AND p.metric = n.metric AND p.priority = n.priority
                        WHERE a.version = 2 AND n.metric IN ('first_response', 'resolution')
                          AND a.id NOT IN (SELECT amendment_id FROM change_requests)
                          AND n.threshold >= p.threshold)"_s),
             0);
}

int tst_DemoData::scalar(const QString &sql) const
{
    return int(TestSupport::count(mDb->connection(), sql));
}

void tst_DemoData::coversEveryKindLevelAndStatus_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    for (const auto kind : Enums::all<AgreementKind>())
        QTest::newRow(qPrintable(u"kind-"_s + Enums::key(kind))) << u"kind"_s << Enums::key(kind);
    for (const auto level : Enums::all<AgreementLevel>())
        QTest::newRow(qPrintable(u"level-"_s + Enums::key(level)))
            << u"level"_s << Enums::key(level);
    for (const auto status : Enums::all<AgreementStatus>())
        QTest::newRow(qPrintable(u"status-"_s + Enums::key(status)))
            << u"status"_s << Enums::key(status);
}

void tst_DemoData::coversEveryKindLevelAndStatus()
{
    QFETCH(QString, column);
    QFETCH(QString, value);
    QVERIFY(scalar(u"SELECT count(*) FROM agreements WHERE %1 = '%2'"_s.arg(column, value)) > 0);
}

void tst_DemoData::meetsTheMinimumVolumes()
{
    QVERIFY(scalar(u"SELECT count(*) FROM parties WHERE kind = 'customer'"_s) >= 30);
    QVERIFY(scalar(u"SELECT count(DISTINCT region_id) FROM parties WHERE kind = 'customer'"_s)
            >= 3);
    QCOMPARE(scalar(u"SELECT count(*) FROM services"_s), 12);
    QVERIFY(scalar(u"SELECT count(*) FROM agreements"_s) >= 60);
    // Multi-level: some service-level agreement sits below a customer level below a corporate.
    QVERIFY(scalar(u"SELECT count(*) FROM agreements s JOIN agreements c ON c.id = s.parent_id "
                   "JOIN agreements k ON k.id = c.parent_id WHERE s.level = 'service' "
                   "AND c.level = 'customer' AND k.level = 'corporate'"_s)
            > 0);
}

void tst_DemoData::includesTheClassicServiceExamples_data()
{
    TestSupport::addRows<QString>(
        "phrase",
        {{"account-1-business-day", u"New customer account created within 1 business day"_s},
         {"termination-immediately", u"User termination handled immediately"_s},
         {"equipment-5-days", u"purchased and shipped within 5 business days"_s},
         {"printer-4h", u"Printer support: 4-hour response, 8:00–17:00 on weekdays"_s}});
}

void tst_DemoData::includesTheClassicServiceExamples()
{
    QFETCH(QString, phrase);
    QSqlQuery query(mDb->connection());
    query.prepare(u"SELECT count(*) FROM services WHERE description LIKE ?"_s);
    query.addBindValue(QString(u"%"_s + phrase + u"%"_s));
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void tst_DemoData::everyAgreementHasTargets()
{
    QCOMPARE(scalar(u"SELECT count(*) FROM agreements a WHERE NOT EXISTS "
                    "(SELECT 1 FROM targets t WHERE t.agreement_id = a.id)"_s),
             0);
    // The printer service carries the classic 4-hour first response target.
    QVERIFY(scalar(u"SELECT count(*) FROM targets t JOIN services s ON s.id = t.service_id "
                   "WHERE s.code = 'PRINT' AND t.metric = 'first_response' "
                   "AND t.threshold = 14400"_s)
            > 0);
}

void tst_DemoData::databaseIsConsistent()
{
    QSqlQuery query(mDb->connection());
    QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"ok"_s);
    QVERIFY(query.exec(u"PRAGMA foreign_key_check"_s));
    QVERIFY(!query.next());
    auto listing = Listings::agreements(mDb->connection());
    QVERIFY(listing.ok());
    QCOMPARE(listing->rows.size(), scalar(u"SELECT count(*) FROM agreements"_s));
}

void tst_DemoData::cancellingKeepsNothing()
{
    auto db = Database::open(mDir.filePath(u"cancel.accordo"_s),
                             Database::OpenMode::CreateIfMissing);
    QVERIFY(db.ok());
    Workspace workspace(**db);
    auto counts = DemoData::populate(workspace, 3, [](qint64 done, qint64) { return done < 100; });
    QVERIFY(!counts.ok());
    QSqlQuery query((*db)->connection());
    QVERIFY(
        query.exec(u"SELECT (SELECT count(*) FROM agreements) + (SELECT count(*) FROM parties)"_s)
        && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void tst_DemoData::scaleMultipliesVolume()
{
    auto db = Database::open(mDir.filePath(u"scaled.accordo"_s),
                             Database::OpenMode::CreateIfMissing);
    QVERIFY(db.ok());
    Workspace workspace(**db);
    auto counts = DemoData::populate(workspace, 3);
    QVERIFY2(counts.ok(), qPrintable(counts.errorString()));
    QCOMPARE(counts->agreements, 3 * scalar(u"SELECT count(DISTINCT number) FROM agreements"_s));
    QCOMPARE(counts->customers, 96);
}

QTEST_GUILESS_MAIN(tst_DemoData)
#include "tst_demodata.moc"
