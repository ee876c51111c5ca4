#include "testbackend.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// accordo-cli db copy: the demo workspace goes to the back end under test (PostgreSQL in the
// _pg variant, another SQLite file otherwise) and back into a new file, and every listing
// reads the same at each stop.
class tst_CliDbCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoWorkspaceRoundTripsUnchanged();
    void refusesATargetThatHoldsData();
    void craftedColumnNamesNeverReachTheTarget_data();
    void craftedColumnNamesNeverReachTheTarget();

private:
    QStringList listings(const QString &location) const;

    QTemporaryDir mDir;
    QString mDemo;
};

using Accordo::TestSupport::cli;

QStringList tst_CliDbCopy::listings(const QString &location) const
{
    QStringList result;
    for (const QString &what : {u"agreements"_s, u"customers"_s, u"services"_s}) {
        const auto run = cli({u"list"_s, what, u"--db"_s, location, u"--format"_s, u"csv"_s});
        result.append(run.exitCode == 0 ? run.out : u"failed: "_s + run.err);
    }
    // The KPIs as the demo knows them, at the instant its measurements end.
    for (const QString &what : {u"kpi"_s, u"credits"_s}) {
        const auto run = cli({what, u"--db"_s, location, u"--as-of"_s, u"2026-10-31T18:00:00Z"_s,
                              u"--format"_s, u"csv"_s});
        result.append(run.exitCode == 0 ? run.out : u"failed: "_s + run.err);
    }
    const auto audit = cli({u"audit"_s, u"verify"_s, u"--db"_s, location});
    result.append(audit.exitCode == 0 ? audit.out.section(u' ', 0, 0) : u"failed: "_s + audit.err);
    return result;
}

void tst_CliDbCopy::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    mDemo = mDir.filePath(u"demo.accordo"_s);
    const auto init = cli({u"init"_s, u"--db"_s, mDemo, u"--demo"_s});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
}

void tst_CliDbCopy::demoWorkspaceRoundTripsUnchanged()
{
    // Given the demo workspace and its listings
    const QStringList original = listings(mDemo);
    QVERIFY(original.first().count(u'\n') > 60);
    QVERIFY2(original.at(3).count(u'\n') > 100, qPrintable(original.at(3).left(200))); // kpi
    QVERIFY2(original.at(4).count(u'\n') > 1, qPrintable(original.at(4).left(200)));   // credits

    // When it is copied to the back end under test and from there into a new file
    const QString middle = Accordo::TestBackend::freshLocation(mDir, u"middle"_s);
    const auto there = cli({u"db"_s, u"copy"_s, u"--from"_s, mDemo, u"--to"_s, middle});
    QVERIFY2(there.exitCode == 0, qPrintable(there.err));
    const QString back = mDir.filePath(u"back.accordo"_s);
    const auto home = cli({u"db"_s, u"copy"_s, u"--from"_s, middle, u"--to"_s, back});
    QVERIFY2(home.exitCode == 0, qPrintable(home.err));

    // Then every stop lists the same, and the copy reported verified counts
    QVERIFY2(there.out.contains(u"every count verified"_s), qPrintable(there.out));
    QCOMPARE(listings(middle), original);
    QCOMPARE(listings(back), original);
}

void tst_CliDbCopy::refusesATargetThatHoldsData()
{
    // Given a target that already holds the demo data
    const QString target = mDir.filePath(u"full.accordo"_s);
    QCOMPARE(cli({u"db"_s, u"copy"_s, u"--from"_s, mDemo, u"--to"_s, target}).exitCode, 0);

    // When the same workspace is copied into it again
    const auto again = cli({u"db"_s, u"copy"_s, u"--from"_s, mDemo, u"--to"_s, target});

    // Then nothing is written and the refusal names the table
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"is not empty"_s), qPrintable(again.err));
    QCOMPARE(listings(target), listings(mDemo));
}

void tst_CliDbCopy::craftedColumnNamesNeverReachTheTarget_data()
{
    QTest::addColumn<QString>("alteration");
    QTest::addColumn<QString>("named"); // what the refusal must name

    // A column whose name closes the INSERT and runs SQL of its own on the target.
    QTest::newRow("column-with-sql")
        << uR"(ALTER TABLE services ADD COLUMN "code) VALUES (NULL); CREATE TABLE pwned (a INTEGER); INSERT INTO services (code" TEXT)"_s
        << u"services"_s;
    QTest::newRow("table-with-sql")
        << uR"(CREATE TABLE "services (id) VALUES (1); CREATE TABLE pwned (a INTEGER); --" (id INTEGER))"_s
        << u"has no table"_s;
}

void tst_CliDbCopy::craftedColumnNamesNeverReachTheTarget()
{
    QFETCH(QString, alteration);
    QFETCH(QString, named);

    // Given an Accordo workspace altered by hand to carry SQL in an identifier
    static int run = 0;
    const QString crafted = Accordo::TestBackend::copyOfFile(mDemo, mDir,
                                                             u"crafted%1"_s.arg(++run));
    const QString altered = Accordo::TestSupport::execInFile(crafted, alteration);
    QVERIFY2(altered.isEmpty(), qPrintable(alteration + u": "_s + altered));
    // When it is copied to the back end under test
    const QString target = Accordo::TestBackend::freshLocation(mDir, u"target%1"_s.arg(run));
    const auto copy = cli({u"db"_s, u"copy"_s, u"--from"_s, crafted, u"--to"_s, target});
    // Then the copy is refused, naming what is wrong, and the target holds nothing
    QCOMPARE(copy.exitCode, 1);
    QVERIFY2(copy.err.contains(named), qPrintable(copy.err));
    QVERIFY2(copy.err.contains(u"not an Accordo workspace"_s), qPrintable(copy.err));
    const auto list = cli({u"list"_s, u"services"_s, u"--db"_s, target, u"--format"_s, u"csv"_s});
    if (list.exitCode == 0)
        QCOMPARE(list.out.trimmed().count(u'\n'), 0); // the header only
    else
        QVERIFY2(!QFile::exists(target) && !Accordo::TestBackend::isPostgres(),
                 qPrintable(list.err));
    if (!Accordo::TestBackend::isPostgres() && QFile::exists(target)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
        db.setDatabaseName(target);
        QVERIFY(db.open());
        QVERIFY(!db.tables().contains(u"pwned"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"probe"_s);
}

QTEST_GUILESS_MAIN(tst_CliDbCopy)
#include "tst_cli_dbcopy.moc"
