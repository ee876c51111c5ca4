#include "clidemo.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testsupport.h"

#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

// accordo-cli review, action, owner, check actions and report review on the demo workspace,
// whose "today" is 2026-10-31: reviews held, actions open, done, dropped and overdue.
class tst_CliReview : public TestSupport::CliDemoTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void checkActionsFindsTheDemosProblems();
    void heldReviewLeavesTheReviewsCheck();
    void actionLifecycle();
    void refusedWordsAreUsageErrors_data();
    void refusedWordsAreUsageErrors();
    void ownerIsSetAndListed();
    void reviewPackReadsAsText();

private:
    QVariant value(const QString &statement) const;
    // An agreement whose review the demo left overdue.
    QString overdueReview() const;
};

using Accordo::TestSupport::cli;

QVariant tst_CliReview::value(const QString &statement) const
{
    return TestSupport::valueIn(mPath, statement);
}

QString tst_CliReview::overdueReview() const
{
    const auto run = cli({u"check"_s, u"reviews"_s, u"--db"_s, mPath, u"--as-of"_s, u"2026-10-31"_s,
                          u"--format"_s, u"csv"_s});
    for (const QString &line : run.out.split(u'\n')) {
        if (line.section(u',', 2, 2) == u"review"_s && line.startsWith(u"SLA-"_s))
            return line.section(u',', 0, 0);
    }
    return {};
}

void tst_CliReview::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    QCOMPARE(createDemoWithManager(), QString());
}

void tst_CliReview::init()
{
    copyDemo();
}

void tst_CliReview::checkActionsFindsTheDemosProblems()
{
    // Given the demo, when the actions are checked as of its today
    const auto run = cli({u"check"_s, u"actions"_s, u"--db"_s, mPath, u"--as-of"_s, u"2026-10-31"_s,
                          u"--format"_s, u"csv"_s});
    // Then the overdue actions and the breaches nobody follows are found, with exit code 3
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.startsWith(u"finding,number,subject,period,owner,due,action"_s),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"overdue_action,SLA-"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"breach_without_action,SLA-"_s), qPrintable(run.out));
    QVERIFY2(run.err.contains(u"problem(s) found"_s), qPrintable(run.err));
    // And once every open action is done, no overdue action is left
    auto db = Database::open(mPath, Database::OpenMode::MustExist);
    QVERIFY(db.ok());
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(u"UPDATE actions SET state = 'done' WHERE state IN ('open', 'in_progress')"_s));
    QVERIFY(q.exec(u"UPDATE kpi_periods SET status = 'met' WHERE status = 'breached'"_s));
    db->reset();
    const auto clean = cli(
        {u"check"_s, u"actions"_s, u"--db"_s, mPath, u"--as-of"_s, u"2026-10-31"_s});
    // (the breaches come back: the check computes the KPIs again for its as-of)
    QVERIFY2(!clean.out.contains(u"overdue_action"_s), qPrintable(clean.out));
}

void tst_CliReview::heldReviewLeavesTheReviewsCheck()
{
    // Given an agreement whose review is overdue
    const QString number = overdueReview();
    QVERIFY2(!number.isEmpty(), "the demo leaves some reviews overdue");
    // When the review is recorded as held, changing nothing
    const auto added = cli({u"review"_s, u"add"_s, u"--db"_s, mPath, u"--user"_s, mManager,
                            u"--number"_s, number, u"--date"_s, u"2026-10-30"_s, u"--period"_s,
                            u"2026-Q3"_s, u"--provider"_s, u"Alice Martin"_s, u"--customer"_s,
                            u"Giulia Bianchi"_s, u"--outcome"_s, u"no_change"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY2(added.out.contains(u"recorded (no_change)"_s), qPrintable(added.out));
    // Then the check no longer lists it, and the review is listed with who took part
    const auto check = cli({u"check"_s, u"reviews"_s, u"--db"_s, mPath, u"--as-of"_s,
                            u"2026-10-31"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(!check.out.contains(number + u","_s), qPrintable(check.out));
    const auto list = cli(
        {u"review"_s, u"list"_s, u"--db"_s, mPath, u"--number"_s, number, u"--format"_s, u"csv"_s});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(u"2026-10-30,2026-Q3,no_change,Alice Martin,Giulia Bianchi"_s),
             qPrintable(list.out));
    QCOMPARE(cli({u"audit"_s, u"verify"_s, u"--db"_s, mPath}).exitCode, 0);
}

void tst_CliReview::actionLifecycle()
{
    const QString number =
        value(u"SELECT number FROM agreement_owners ORDER BY number"_s).toString();
    QVERIFY(!number.isEmpty());
    // An action raised without --owner goes to the agreement's owner
    const auto added = cli({u"action"_s, u"add"_s, u"--db"_s, mPath, u"--user"_s, mManager,
                            u"--number"_s, number, u"--title"_s, u"Check the backup window"_s,
                            u"--due"_s, u"2026-12-01"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString id =
        value(u"SELECT max(id) FROM actions WHERE title = 'Check the backup window'"_s).toString();
    const QString owner =
        value(u"SELECT u.name FROM agreement_owners o JOIN users u ON u.id = o.user_id "
              "WHERE o.number = '%1'"_s.arg(number))
            .toString();
    QVERIFY2(added.out.contains(u"owned by %1"_s.arg(owner)), qPrintable(added.out));
    // Dropping without a reason is refused and changes nothing
    const auto drop = cli({u"action"_s, u"update"_s, u"--db"_s, mPath, u"--user"_s, mManager,
                           u"--id"_s, id, u"--state"_s, u"dropped"_s});
    QCOMPARE(drop.exitCode, 1);
    QVERIFY2(drop.err.contains(u"needs a reason"_s), qPrintable(drop.err));
    QCOMPARE(value(u"SELECT state FROM actions WHERE id = %1"_s.arg(id)).toString(), u"open"_s);
    // In progress, then done; done is final
    for (const QString &state : {u"in_progress"_s, u"done"_s}) {
        const auto step = cli({u"action"_s, u"update"_s, u"--db"_s, mPath, u"--user"_s, mManager,
                               u"--id"_s, id, u"--state"_s, state});
        QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    }
    const auto reopen = cli({u"action"_s, u"update"_s, u"--db"_s, mPath, u"--user"_s, mManager,
                             u"--id"_s, id, u"--state"_s, u"open"_s});
    QCOMPARE(reopen.exitCode, 1);
    QVERIFY2(reopen.err.contains(u"final"_s), qPrintable(reopen.err));
    const auto list = cli({u"action"_s, u"list"_s, u"--db"_s, mPath, u"--state"_s, u"done"_s,
                           u"--format"_s, u"csv"_s});
    QVERIFY2(list.out.contains(u"%1,%2,Check the backup window,%3"_s.arg(id, number, owner)),
             qPrintable(list.out));
    // Someone who is neither the owner nor a manager may not change it
    const auto bob = cli({u"action"_s, u"update"_s, u"--db"_s, mPath, u"--user"_s, u"bob"_s,
                          u"--id"_s, id, u"--notes"_s, u"mine now"_s});
    QCOMPARE(bob.exitCode, 1);
    QCOMPARE(value(u"SELECT notes FROM actions WHERE id = %1"_s.arg(id)).toString(), u""_s);
    QCOMPARE(cli({u"audit"_s, u"verify"_s, u"--db"_s, mPath}).exitCode, 0);
}

void tst_CliReview::refusedWordsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("action-without-subcommand") << QStringList{u"action"_s} << u"say what to do"_s;
    QTest::newRow("action-bad-id") << QStringList{u"action"_s, u"update"_s, u"--db"_s, u"x"_s,
                                                  u"--user"_s, u"alice"_s,  u"--id"_s, u"seven"_s}
                                   << u"--id: \"seven\""_s;
    QTest::newRow("action-bad-state")
        << QStringList{u"action"_s, u"list"_s, u"--db"_s, u"x"_s, u"--state"_s, u"closed"_s}
        << u"--state: \"closed\""_s;
    QTest::newRow("action-bad-due")
        << QStringList{u"action"_s,  u"add"_s,   u"--db"_s,     u"x"_s,
                       u"--user"_s,  u"alice"_s, u"--number"_s, u"SLA-1"_s,
                       u"--title"_s, u"t"_s,     u"--due"_s,    u"2026-02-30"_s}
        << u"--due: \"2026-02-30\""_s;
    QTest::newRow("review-bad-outcome")
        << QStringList{u"review"_s,   u"add"_s,      u"--db"_s,      u"x"_s,      u"--user"_s,
                       u"alice"_s,    u"--number"_s, u"SLA-1"_s,     u"--date"_s, u"2026-10-01"_s,
                       u"--period"_s, u"2026-Q3"_s,  u"--outcome"_s, u"maybe"_s}
        << u"--outcome: \"maybe\""_s;
    QTest::newRow("check-unknown")
        << QStringList{u"check"_s, u"nothing"_s, u"--db"_s, u"x"_s} << u"actions or metrics"_s;
}

void tst_CliReview::refusedWordsAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void tst_CliReview::ownerIsSetAndListed()
{
    const QString number =
        value(u"SELECT number FROM agreements WHERE status = 'draft' ORDER BY number"_s).toString();
    const auto set = cli({u"owner"_s, u"set"_s, u"--db"_s, mPath, u"--user"_s, mManager,
                          u"--number"_s, number, u"--owner"_s, u"dave"_s});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const auto list = cli({u"owner"_s, u"list"_s, u"--db"_s, mPath, u"--format"_s, u"csv"_s});
    QVERIFY2(list.out.contains(number + u",dave"_s), qPrintable(list.out));
    // The agreements list shows the owner of every version of the number
    const auto agreements = cli(
        {u"list"_s, u"agreements"_s, u"--db"_s, mPath, u"--format"_s, u"csv"_s});
    QVERIFY2(agreements.out.section(u'\n', 0, 0).endsWith(u",targets,owner"_s),
             qPrintable(agreements.out.section(u'\n', 0, 0)));
    bool shown = false;
    for (const QString &line : agreements.out.split(u'\n'))
        shown |= line.startsWith(number + u","_s) && line.endsWith(u",dave"_s);
    QVERIFY2(shown, qPrintable(agreements.out));
    const auto unknown = cli({u"owner"_s, u"set"_s, u"--db"_s, mPath, u"--user"_s, mManager,
                              u"--number"_s, number, u"--owner"_s, u"nobody"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(u"\"nobody\" is not an active user"_s), qPrintable(unknown.err));
}

void tst_CliReview::reviewPackReadsAsText()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext is not installed");
    // An agreement with an open action raised on a breach
    const QString number = value(u"SELECT a.number FROM actions x JOIN agreements a "
                                 "ON a.id = x.agreement_id WHERE x.state = 'open' "
                                 "AND x.source = 'breach' ORDER BY x.id"_s)
                               .toString();
    const QString title = value(u"SELECT x.title FROM actions x JOIN agreements a "
                                "ON a.id = x.agreement_id WHERE a.number = '%1' "
                                "AND x.state = 'open' ORDER BY x.id"_s.arg(number))
                              .toString();
    QVERIFY(!number.isEmpty());
    const QString pdf = mDir.filePath(u"pack%1.pdf"_s.arg(mRun));
    const auto run = cli({u"report"_s, u"review"_s, u"--db"_s, mPath, u"--number"_s, number,
                          u"--period"_s, u"2026-Q3"_s, u"--out"_s, pdf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QProcess text;
    text.start(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY(text.waitForFinished(60000));
    const QString body = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    for (const QString &expected :
         {u"SERVICE REVIEW PACK"_s, u"Account owner"_s, u"Results per target"_s,
          u"Improvement actions"_s, title, u"Open change requests None."_s, u"Decisions"_s,
          u"Agreement %1"_s.arg(number)})
        QVERIFY2(body.contains(expected), qPrintable(expected + u" missing from: "_s + body));
}

QTEST_GUILESS_MAIN(tst_CliReview)
#include "tst_cli_review.moc"
