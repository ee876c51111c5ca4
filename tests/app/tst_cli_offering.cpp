#include "clidemo.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

// accordo-cli offering list, add, apply and whatif, and agreement show's price breakdown, on
// the demo workspace: its catalogue has Gold, Silver and Bronze of every service, its customer
// SLAs are priced by breakdown.
class tst_CliOffering : public TestSupport::CliDemoTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void listShowsTheLevelsOfAService();
    void demoFeesAreTheirBreakdownsTotals();
    void addApplyAndShow();
    void writesAreRefused_data();
    void writesAreRefused();
    void whatIfComparesLevels();

private:
    QVariant value(const QString &statement, const QVariantList &binds = {}) const;

    // A customer SLA in negotiation: its number, currency and one service it covers.
    QString mNumber, mCurrency, mService;
};

using Accordo::TestSupport::cli;

QVariant tst_CliOffering::value(const QString &statement, const QVariantList &binds) const
{
    return TestSupport::valueIn(mPath, statement, binds);
}

void tst_CliOffering::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    QCOMPARE(createDemoWithManager(), QString());
    mPath = mDemo;
    mNumber = value(u"SELECT number FROM agreements WHERE status = 'negotiation' AND "
                    "kind = 'customer_sla' ORDER BY id LIMIT 1"_s)
                  .toString();
    QVERIFY2(!mNumber.isEmpty(), "the demo has a customer SLA in negotiation");
    mCurrency = value(u"SELECT currency FROM agreements WHERE number = ?"_s, {mNumber}).toString();
    mService = value(u"SELECT s.code FROM agreement_services x JOIN agreements a "
                     "ON a.id = x.agreement_id JOIN services s ON s.id = x.service_id "
                     "WHERE a.number = ? ORDER BY s.code LIMIT 1"_s,
                     {mNumber})
                   .toString();
    QVERIFY(!mService.isEmpty());
}

void tst_CliOffering::init()
{
    copyDemo();
}

void tst_CliOffering::listShowsTheLevelsOfAService()
{
    const auto run = cli({u"offering"_s, u"list"_s, u"--db"_s, mPath, u"--service"_s,
                          u"SERVICE-DESK"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"id,service,level,price,per,targets"_s), qPrintable(run.out));
    const QStringList lines = run.out.trimmed().split(u'\n');
    // Three levels in each currency the demo's customers pay in
    const int currencies =
        value(u"SELECT count(DISTINCT currency) FROM agreements WHERE kind = 'customer_sla'"_s)
            .toInt();
    QCOMPARE(lines.size() - 1, 3 * currencies);
    for (const QString &level : {u",Gold,"_s, u",Silver,"_s, u",Bronze,"_s})
        QVERIFY2(run.out.contains(u"SERVICE-DESK"_s + level), qPrintable(run.out));
    QVERIFY2(run.out.contains(u",EUR 28.00,user,"_s), qPrintable(run.out));
}

void tst_CliOffering::demoFeesAreTheirBreakdownsTotals()
{
    // Every customer SLA with a fee has a breakdown, and its fee is the breakdown's total
    QCOMPARE(value(u"SELECT count(*) FROM agreements a WHERE kind = 'customer_sla' AND "
                   "price_minor > 0 AND NOT EXISTS (SELECT 1 FROM price_lines l "
                   "WHERE l.agreement_id = a.id)"_s)
                 .toInt(),
             0);
    QCOMPARE(value(u"SELECT count(*) FROM agreements a WHERE EXISTS (SELECT 1 FROM price_lines l "
                   "WHERE l.agreement_id = a.id) AND price_minor <> (SELECT sum(quantity * "
                   "unit_price_minor) FROM price_lines l WHERE l.agreement_id = a.id)"_s)
                 .toInt(),
             0);
    QVERIFY(value(u"SELECT count(*) FROM price_lines"_s).toInt() > 0);
    // and agreement show prints it
    const QString active = value(u"SELECT a.number FROM agreements a WHERE status = 'active' "
                                 "AND EXISTS (SELECT 1 FROM price_lines l WHERE "
                                 "l.agreement_id = a.id) ORDER BY id LIMIT 1"_s)
                               .toString();
    const auto show = cli({u"agreement"_s, u"show"_s, u"--db"_s, mPath, u"--number"_s, active});
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.out.contains(u"a month, the total of:"_s), qPrintable(show.out));
    QVERIFY2(show.out.contains(u" Silver, "_s), qPrintable(show.out));
}

void tst_CliOffering::addApplyAndShow()
{
    // Given a Platinum level added to the catalogue
    const auto add = cli({u"offering"_s, u"add"_s, u"--db"_s, mPath, u"--service"_s, mService,
                          u"--name"_s, u"Platinum"_s, u"--price"_s, mCurrency + u" 99.50"_s,
                          u"--per"_s, u"user"_s, u"--target"_s, u"resolution:2h:95::95=5,90=10"_s,
                          u"--user"_s, mManager});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QVERIFY2(add.out.contains(u"Platinum"_s), qPrintable(add.out));
    // When it is applied to the negotiated SLA's service for 10 users
    const auto apply = cli({u"offering"_s, u"apply"_s, u"--db"_s, mPath, u"--number"_s, mNumber,
                            u"--service"_s, mService, u"--level"_s, u"platinum"_s, u"--quantity"_s,
                            u"10"_s, u"--user"_s, mManager});
    QVERIFY2(apply.exitCode == 0, qPrintable(apply.err));
    // Then the service's line is 10 × 99.50 = 995.00, and its target is Platinum's
    const auto show = cli({u"agreement"_s, u"show"_s, u"--db"_s, mPath, u"--number"_s, mNumber});
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.out.contains(
                 u"price line:    %1 Platinum, 10 × 99.50 per user = 995.00"_s.arg(mService)),
             qPrintable(show.out));
    QCOMPARE(value(u"SELECT count(*) FROM targets t JOIN offerings o ON o.id = t.offering_id "
                   "JOIN agreements a ON a.id = t.agreement_id WHERE a.number = ? "
                   "AND o.name = 'Platinum' AND t.threshold = 7200"_s,
                   {mNumber})
                 .toInt(),
             1);
    // and the fee is the breakdown's total
    QCOMPARE(value(u"SELECT a.price_minor - (SELECT sum(quantity * unit_price_minor) FROM "
                   "price_lines l WHERE l.agreement_id = a.id) FROM agreements a "
                   "WHERE a.number = ?"_s,
                   {mNumber})
                 .toLongLong(),
             0);
    // and the audit trail still matches the tables
    const auto verify = cli({u"audit"_s, u"verify"_s, u"--db"_s, mPath});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
}

void tst_CliOffering::writesAreRefused_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no-user") << QStringList{} << 1 << u"--user"_s;
    QTest::newRow("approver") << QStringList{u"--user"_s, u"bob"_s} << 1 << u"bob"_s;
    QTest::newRow("unknown-level")
        << QStringList{u"--user"_s, u"@manager"_s, u"--level"_s, u"Diamond"_s} << 1
        << u"no offering named \"Diamond\""_s;
    QTest::newRow("quantity-zero")
        << QStringList{u"--user"_s, u"@manager"_s, u"--quantity"_s, u"0"_s} << 2
        << u"--quantity must be a whole number"_s;
}

void tst_CliOffering::writesAreRefused()
{
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    if (TestBackend::isPostgres() && extra.contains(u"bob"_s))
        QSKIP("on a server the acting user is the login");
    extra.replaceInStrings(u"@manager"_s, mManager);
    const qint64 lines = value(u"SELECT count(*) FROM price_lines"_s).toLongLong();
    const qint64 records = value(u"SELECT count(*) FROM audit_log"_s).toLongLong();
    QStringList arguments{u"offering"_s, u"apply"_s, u"--db"_s,      mPath,
                          u"--number"_s, mNumber,    u"--service"_s, mService};
    if (!extra.contains(u"--level"_s))
        arguments << u"--level"_s << u"Gold"_s;
    const auto run = cli(arguments + extra);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(value(u"SELECT count(*) FROM price_lines"_s).toLongLong(), lines);
    QCOMPARE(value(u"SELECT count(*) FROM audit_log"_s).toLongLong(), records);
}

void tst_CliOffering::whatIfComparesLevels()
{
    const auto run = cli({u"offering"_s, u"whatif"_s, u"--db"_s, mPath, u"--number"_s, mNumber,
                          u"--service"_s, mService, u"--level"_s, u"Gold"_s, u"--today"_s,
                          u"2026-10-31"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"%1 %2: Silver -> Gold"_s.arg(mNumber, mService)),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"  fee:        "_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u" a month)"_s), qPrintable(run.out));
    // and nothing was written
    const auto again = cli({u"offering"_s, u"whatif"_s, u"--db"_s, mPath, u"--number"_s, mNumber,
                            u"--service"_s, mService, u"--level"_s, u"Gold"_s, u"--today"_s,
                            u"2026-10-31"_s});
    QCOMPARE(again.out, run.out);
}

QTEST_GUILESS_MAIN(tst_CliOffering)
#include "tst_cli_offering.moc"
