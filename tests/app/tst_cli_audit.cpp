#include "audit/auditlog.h"
#include "clidemo.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

// accordo-cli audit verify and audit head on the demo workspace, as a user, a script or
// someone with write access to the database meets them.
class tst_CliAudit : public TestSupport::CliDemoTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void demoAfterEverydayWorkVerifiesClean();
    void handEditsOfTheTablesAreNamed_data();
    void handEditsOfTheTablesAreNamed();
    void importLeavesOneRecordWithTheFilesHash();
    void headAnchorsTheTrail();
    void rechainedTrailFailsOnlyTheAnchor();
    void truncatedTrailFailsTheAnchor();
    void expectHeadMustBeAHash();

private:
    TestSupport::CliRun verify(const QStringList &extra = {}) const;
    // SQL run on the workspace directly, as someone with write access to the database could.
    void sql(const QString &statement) const;
    QVariant value(const QString &statement) const;
    QString head() const;
    // Rewrites every record from `seq` on so that the chain holds again, as someone who knows
    // the hashing would, and moves the recorded head along.
    void rechainFrom(qint64 seq) const;

    // The administrator who acts: erin on a file, the login on a server (as mManager, the SLA
    // manager).
    QString mAdmin;
};

using Accordo::TestSupport::cli;

TestSupport::CliRun tst_CliAudit::verify(const QStringList &extra) const
{
    return cli(QStringList{u"audit"_s, u"verify"_s, u"--db"_s, mPath} + extra);
}

void tst_CliAudit::sql(const QString &statement) const
{
    auto db = Database::open(mPath, Database::OpenMode::MustExist);
    QVERIFY2(db.ok(), qPrintable(db.errorString()));
    QSqlQuery query((*db)->connection());
    QVERIFY2(query.exec(statement), qPrintable(statement + u": "_s + query.lastError().text()));
}

QVariant tst_CliAudit::value(const QString &statement) const
{
    return TestSupport::valueIn(mPath, statement);
}

QString tst_CliAudit::head() const
{
    const auto run = cli({u"audit"_s, u"head"_s, u"--db"_s, mPath});
    if (run.exitCode != 0)
        return {};
    static const QRegularExpression form(u"^head ([0-9a-f]{64}) records (\\d+)$"_s);
    const auto match = form.match(run.out.trimmed());
    return match.hasMatch() ? match.captured(1) : QString();
}

void tst_CliAudit::rechainFrom(qint64 seq) const
{
    auto db = Database::open(mPath, Database::OpenMode::MustExist);
    QVERIFY(db.ok());
    QSqlDatabase connection = (*db)->connection();
    QSqlQuery read(connection);
    QVERIFY(read.exec(u"SELECT seq, at, user_name, entity, entity_id, action, old_value, "
                      "new_value, prev_hash FROM audit_log ORDER BY seq"_s));
    QList<AuditRecord> records;
    while (read.next()) {
        AuditRecord r;
        r.seq = read.value(0).toLongLong();
        r.at = read.value(1).toString();
        r.user = read.value(2).toString();
        r.entity = read.value(3).toString();
        r.entityId = read.value(4).toLongLong();
        r.action = read.value(5).toString();
        r.oldValue = read.value(6).toString();
        r.newValue = read.value(7).toString();
        r.prevHash = read.value(8).toString();
        records.append(r);
    }
    read.finish();
    QString previous = AuditLog::genesisHash();
    for (AuditRecord &r : records) {
        if (r.seq >= seq) {
            r.prevHash = previous;
            r.hash = AuditLog::hashOf(r);
            QSqlQuery write(connection);
            write.prepare(u"UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?"_s);
            write.addBindValue(r.prevHash);
            write.addBindValue(r.hash);
            write.addBindValue(r.seq);
            QVERIFY(write.exec());
        } else {
            QSqlQuery hash(connection);
            hash.prepare(u"SELECT hash FROM audit_log WHERE seq = ?"_s);
            hash.addBindValue(r.seq);
            QVERIFY(hash.exec() && hash.next());
            r.hash = hash.value(0).toString();
        }
        previous = r.hash;
    }
    QSqlQuery meta(connection);
    meta.prepare(u"UPDATE accordo_meta SET value = ? WHERE key = 'audit_head'"_s);
    meta.addBindValue(u"%1:%2"_s.arg(records.last().seq).arg(previous));
    QVERIFY(meta.exec());
}

void tst_CliAudit::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    QCOMPARE(createDemoWithManager(), QString());
    mAdmin = u"erin"_s;
    if (TestBackend::isPostgres())
        mAdmin = mManager;
}

void tst_CliAudit::init()
{
    copyDemo();
}

void tst_CliAudit::demoAfterEverydayWorkVerifiesClean()
{
    // Given the demo workspace, after the measurements are judged and the KPIs computed, a
    // file is imported and undone, a user is added and a workflow step taken
    const QString tickets = QStringLiteral(ACCORDO_SOURCE_DIR)
                            + u"/tests/core/data/servicenow-slice.csv"_s;
    QCOMPARE(cli({u"evaluate"_s, u"--db"_s, mPath}).exitCode, 0);
    QCOMPARE(cli({u"kpi"_s, u"--db"_s, mPath}).exitCode, 0);
    const auto imported = cli({u"import"_s, u"tickets"_s, u"--db"_s, mPath, u"--file"_s, tickets,
                               u"--preset"_s, u"servicenow"_s, u"--user"_s, mAdmin, u"--skip-bad"_s,
                               mDir.filePath(u"rejects%1.csv"_s.arg(mRun))});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const auto again = cli({u"import"_s, u"tickets"_s, u"--db"_s, mPath, u"--file"_s, tickets,
                            u"--preset"_s, u"servicenow"_s, u"--user"_s, mAdmin, u"--skip-bad"_s,
                            mDir.filePath(u"rejects%1b.csv"_s.arg(mRun))});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    const QString last = value(u"SELECT max(id) FROM import_batches"_s).toString();
    const auto undo = cli({u"import"_s, u"undo"_s, last, u"--db"_s, mPath, u"--user"_s, mAdmin});
    QVERIFY2(undo.exitCode == 0, qPrintable(undo.err));
    QCOMPARE(cli({u"kpi"_s, u"--db"_s, mPath}).exitCode, 0);
    const auto user = cli({u"user"_s, u"add"_s, u"--db"_s, mPath, u"--name"_s, u"zed"_s,
                           u"--role"_s, u"analyst"_s, u"--user"_s, mAdmin});
    QVERIFY2(user.exitCode == 0, qPrintable(user.err));
    const QString draft =
        value(u"SELECT number FROM agreements WHERE status = 'draft' ORDER BY id"_s).toString();
    QVERIFY(!draft.isEmpty());
    const auto charter = cli({u"agreement"_s, u"charter"_s, u"--db"_s, mPath, u"--number"_s, draft,
                              u"--user"_s, mManager, u"--needs"_s, u"Mail for 900 staff"_s});
    QVERIFY2(charter.exitCode == 0, qPrintable(charter.err));
    const auto step = cli({u"agreement"_s, u"transition"_s, u"--db"_s, mPath, u"--number"_s, draft,
                           u"--to"_s, u"negotiation"_s, u"--user"_s, mManager});
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    // Then the trail and the tables agree, and so does a copy in a SQLite file
    const auto run = verify();
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QCOMPARE(run.out.trimmed(), u"ok"_s);
    const QString copy = mDir.filePath(u"copy%1.accordo"_s.arg(mRun));
    const auto copied = cli({u"db"_s, u"copy"_s, u"--from"_s, mPath, u"--to"_s, copy});
    QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
    const auto copyVerified = cli({u"audit"_s, u"verify"_s, u"--db"_s, copy});
    QCOMPARE(copyVerified.out.trimmed(), u"ok"_s);
}

void tst_CliAudit::handEditsOfTheTablesAreNamed_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("message"); // %1: the value the statement overwrote
    QTest::addColumn<QString>("before");  // reads %1 before the edit

    QTest::newRow("price") << u"UPDATE agreements SET price_minor = 1 WHERE id = 17"_s
                           << u"agreements 17, column price_minor: the trail says %1, the table "
                              "holds 1"_s
                           << u"SELECT price_minor FROM agreements WHERE id = 17"_s;
    QTest::newRow("status") << u"UPDATE agreements SET status = 'terminated' WHERE id = 3"_s
                            << u"agreements 3, column status: the trail says \"%1\", the table "
                               "holds \"terminated\""_s
                            << u"SELECT status FROM agreements WHERE id = 3"_s;
    QTest::newRow("target-threshold")
        << u"UPDATE targets SET threshold = 7 WHERE id = (SELECT min(id) FROM targets "
           "WHERE agreement_id = 17)"_s
        << u"(agreement 17, target 1), column threshold: the trail says %1, the table holds 7"_s
        << u"SELECT threshold FROM targets WHERE agreement_id = 17 ORDER BY position LIMIT 1"_s;
    QTest::newRow("target-goal")
        << u"UPDATE targets SET goal_milli = 1 WHERE agreement_id = 17"_s
        << u"(agreement 17, target 1), column goal_milli: the trail says %1, the table holds 1"_s
        << u"SELECT goal_milli FROM targets WHERE agreement_id = 17 ORDER BY position LIMIT 1"_s;
    QTest::newRow("credit-tier")
        << u"UPDATE credit_tiers SET credit_hundredths = 1"_s
        << u"column credit_hundredths: the trail says %1, the table holds 1"_s
        << u"SELECT credit_hundredths FROM credit_tiers ORDER BY target_id, position LIMIT 1"_s;
    QTest::newRow("customer-renamed") << u"UPDATE parties SET name = 'Mallory Ltd' WHERE id = 5"_s
                                      << u"parties 5, column name: the trail says \"%1\""_s
                                      << u"SELECT name FROM parties WHERE id = 5"_s;
    QTest::newRow("calendar") << u"UPDATE calendars SET time_zone = 'UTC' WHERE id = 1"_s
                              << u"calendars 1, column time_zone: the trail says \"%1\", the "
                                 "table holds \"UTC\""_s
                              << u"SELECT time_zone FROM calendars WHERE id = 1"_s;
    QTest::newRow("inserted-service")
        << u"INSERT INTO services (code, name) VALUES ('GHOST', 'Ghost service')"_s
        << u"services %1: the table holds this row, but the audit trail never recorded it"_s
        << u"SELECT 'GHOST'"_s;
    // The newest user who is not an administrator is made one
    const QString notAdministrator = u"(SELECT max(id) FROM users WHERE id NOT IN (SELECT user_id "
                                     "FROM user_roles WHERE role = 'administrator'))"_s;
    QTest::newRow("inserted-role")
        << u"INSERT INTO user_roles (user_id, role) SELECT id, 'administrator' FROM users "
           "WHERE id = "_s
               + notAdministrator
        << u"user_roles (user %1, role administrator): the table holds this row"_s
        << u"SELECT "_s + notAdministrator;
    QTest::newRow("vanished-service-link")
        << u"DELETE FROM agreement_services WHERE agreement_id = 17"_s
        << u"agreement_services (agreement 17, service %1): the audit trail says this row "
           "exists, but the table has no such row and the trail records no deletion"_s
        << u"SELECT min(service_id) FROM agreement_services WHERE agreement_id = 17"_s;
}

void tst_CliAudit::handEditsOfTheTablesAreNamed()
{
    QFETCH(QString, statement);
    QFETCH(QString, message);
    QFETCH(QString, before);
    // Given the demo workspace, whose trail verifies
    QCOMPARE(verify().out.trimmed(), u"ok"_s);
    QString overwritten = value(before).toString();
    QVERIFY(!overwritten.isEmpty());
    // When a row is changed behind Accordo's back
    sql(statement);
    if (overwritten == u"GHOST"_s) // the new row's id, whichever the database gave it
        overwritten = value(u"SELECT id FROM services WHERE code = 'GHOST'"_s).toString();
    // Then verify fails and names table, row and column, and the two values
    const auto run = verify();
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith(u"broken: "_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(message.arg(overwritten)), qPrintable(run.out));
}

void tst_CliAudit::importLeavesOneRecordWithTheFilesHash()
{
    const QString tickets = QStringLiteral(ACCORDO_SOURCE_DIR)
                            + u"/tests/core/data/servicenow-slice.csv"_s;
    QFile file(tickets);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString sha256 = QString::fromLatin1(
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    const qint64 records = value(u"SELECT count(*) FROM audit_log"_s).toLongLong();
    // When a file is imported
    const auto imported = cli({u"import"_s, u"tickets"_s, u"--db"_s, mPath, u"--file"_s, tickets,
                               u"--preset"_s, u"servicenow"_s, u"--user"_s, mAdmin, u"--skip-bad"_s,
                               mDir.filePath(u"rejects-import.csv"_s)});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    // Then the trail holds one more record: the batch, its file's SHA-256, counts and who
    QCOMPARE(value(u"SELECT count(*) FROM audit_log"_s).toLongLong(), records + 1);
    QCOMPARE(value(u"SELECT entity FROM audit_log ORDER BY seq DESC LIMIT 1"_s).toString(),
             u"import_batch"_s);
    QCOMPARE(value(u"SELECT user_name FROM audit_log ORDER BY seq DESC LIMIT 1"_s).toString(),
             mAdmin);
    const QJsonObject batch =
        QJsonDocument::fromJson(
            value(u"SELECT new_value FROM audit_log ORDER BY seq DESC LIMIT 1"_s)
                .toString()
                .toUtf8())
            .object();
    QCOMPARE(batch.value(u"sha256"_s).toString(), sha256);
    QCOMPARE(batch.value(u"file_name"_s).toString(), u"servicenow-slice.csv"_s);
    QCOMPARE(batch.value(u"inserted"_s).toString(), u"33"_s);
    QCOMPARE(batch.value(u"rejected"_s).toString(), u"2"_s);
    QCOMPARE(verify().out.trimmed(), u"ok"_s);
    // and its undo one more
    const QString id = value(u"SELECT max(id) FROM import_batches"_s).toString();
    QCOMPARE(cli({u"import"_s, u"undo"_s, id, u"--db"_s, mPath, u"--user"_s, mAdmin}).exitCode, 0);
    QCOMPARE(value(u"SELECT count(*) FROM audit_log"_s).toLongLong(), records + 2);
    QCOMPARE(value(u"SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1"_s).toString(),
             u"rollback"_s);
    QCOMPARE(verify().out.trimmed(), u"ok"_s);
    // and a batch's record changed by hand is named
    sql(u"UPDATE import_batches SET sha256 = 'feed' WHERE id = %1"_s.arg(id));
    const auto run = verify();
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(
                 u"import_batches %1, column sha256: the trail says \"%2\""_s.arg(id, sha256)),
             qPrintable(run.out));
}

void tst_CliAudit::headAnchorsTheTrail()
{
    const auto run = cli({u"audit"_s, u"head"_s, u"--db"_s, mPath});
    QCOMPARE(run.exitCode, 0);
    const QString records = value(u"SELECT count(*) FROM audit_log"_s).toString();
    const QString newest =
        value(u"SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s).toString();
    QCOMPARE(run.out.trimmed(), u"head %1 records %2"_s.arg(newest, records));
    QCOMPARE(verify({u"--expect-head"_s, newest}).out.trimmed(), u"ok"_s);
    // A trail that grew since still extends the head taken earlier
    const auto user = cli({u"user"_s, u"add"_s, u"--db"_s, mPath, u"--name"_s, u"zed"_s,
                           u"--role"_s, u"analyst"_s, u"--user"_s, mAdmin});
    QVERIFY2(user.exitCode == 0, qPrintable(user.err));
    QVERIFY(head() != newest);
    QCOMPARE(verify({u"--expect-head"_s, newest}).out.trimmed(), u"ok"_s);
}

void tst_CliAudit::rechainedTrailFailsOnlyTheAnchor()
{
    const QString anchored = head();
    QVERIFY(!anchored.isEmpty());
    // When an early record is rewritten and every later one re-hashed, the stored head too
    sql(u"UPDATE audit_log SET user_name = 'mallory' WHERE seq = 5"_s);
    QVERIFY(verify().exitCode != 0);
    rechainFrom(5);
    // Then the chain holds and the tables agree: plain verify passes
    QCOMPARE(verify().out.trimmed(), u"ok"_s);
    // but the head kept elsewhere is no longer on the trail
    const auto run = verify({u"--expect-head"_s, anchored});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"no longer extends the expected head %1"_s.arg(anchored)),
             qPrintable(run.out));
}

void tst_CliAudit::truncatedTrailFailsTheAnchor()
{
    // Given a head taken after the newest change, a user added
    const auto user = cli({u"user"_s, u"add"_s, u"--db"_s, mPath, u"--name"_s, u"zed"_s,
                           u"--role"_s, u"analyst"_s, u"--user"_s, mAdmin});
    QVERIFY2(user.exitCode == 0, qPrintable(user.err));
    const QString anchored = head();
    QVERIFY(!anchored.isEmpty());
    // When that change is undone by hand together with its record and the stored head
    sql(u"DELETE FROM user_roles WHERE user_id = (SELECT id FROM users WHERE name = 'zed')"_s);
    sql(u"DELETE FROM users WHERE name = 'zed'"_s);
    sql(u"DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)"_s);
    const QString previous =
        value(u"SELECT seq FROM audit_log ORDER BY seq DESC LIMIT 1"_s).toString() + u":"_s
        + value(u"SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s).toString();
    sql(u"UPDATE accordo_meta SET value = '%1' WHERE key = 'audit_head'"_s.arg(previous));
    // Then plain verify cannot tell, but the anchor can
    QCOMPARE(verify().out.trimmed(), u"ok"_s);
    const auto run = verify({u"--expect-head"_s, anchored});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"no longer extends the expected head"_s), qPrintable(run.out));
}

void tst_CliAudit::expectHeadMustBeAHash()
{
    const auto run = verify({u"--expect-head"_s, u"3f9a"_s});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(u"\"3f9a\" is not a SHA-256 hash"_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(tst_CliAudit)
#include "tst_cli_audit.moc"
