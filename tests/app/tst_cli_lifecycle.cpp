#include "data/userdirectory.h"
#include "data/workspace.h"
#include "lifecycle/agreementworkflow.h"
#include "storage/database.h"
#include "testfixtures.h"
#include "testsupport.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

// Drives the real accordo-cli binary, as a user or a script would.
class tst_CliLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void refusedTransitionPrintsTheGuardsReason_data();
    void refusedTransitionPrintsTheGuardsReason();
    void authorCannotApproveOwnAgreement();
    void walksTheWholeWorkflow();
    void auditVerifyDetectsHandEdits_data();
    void auditVerifyDetectsHandEdits();
    void onlyAnAdministratorAddsUsers();
    void charterAndApproversThroughTheCli_data();
    void charterAndApproversThroughTheCli();
    void supportsThroughTheCli_data();
    void supportsThroughTheCli();

private:
    int auditCount() const;
    int countOf(const QString &path, const QString &sql) const;
    void rawSql(const QString &sql) const;

    QTemporaryDir mDir;
    QString mPath;
    QString mNumber;
    int mRun = 0;
};

using Accordo::TestSupport::cli;

int tst_CliLifecycle::auditCount() const
{
    return countOf(mPath, u"SELECT count(*) FROM audit_log"_s);
}

int tst_CliLifecycle::countOf(const QString &path, const QString &sql) const
{
    return int(TestSupport::countInFile(path, sql));
}

// What someone with the sqlite3 shell could do: no Accordo code involved.
void tst_CliLifecycle::rawSql(const QString &sql) const
{
    const QString error = TestSupport::execInFile(mPath, sql);
    QVERIFY2(error.isEmpty(), qPrintable(sql + u": "_s + error));
}

void tst_CliLifecycle::init()
{
    // Given a workspace with users made through the CLI and a draft written by alice
    mPath = mDir.filePath(u"cli%1.accordo"_s.arg(++mRun));
    QCOMPARE(TestSupport::initThroughCli(mPath, {{u"alice"_s, u"sla_manager,approver"_s},
                                                 {u"mia"_s, u"sla_manager"_s},
                                                 {u"frank"_s, u"approver"_s},
                                                 {u"gina"_s, u"approver"_s},
                                                 {u"dave"_s, u"analyst"_s}}),
             QString());

    auto database = Database::open(mPath, Database::OpenMode::MustExist);
    QVERIFY(database.ok());
    Workspace workspace(**database);
    workspace.setActingUser(u"alice"_s);
    Party customer;
    customer.name = u"Acme"_s;
    const qint64 partyId = *workspace.insert(customer);
    const qint64 mail = *workspace.insert(Service{0, u"MAIL"_s, u"E-mail"_s, {}, {}, {}, true});
    auto id = workspace.insert(TestFixtures::agreement(
        u"Acme mail"_s, partyId, {mail}, {TestFixtures::target(mail, Metric::Availability, 99900)},
        QDate(2026, 1, 1), QDate(2027, 12, 31), Money(50000, u"EUR"_s)));
    QVERIFY2(id.ok(), qPrintable(id.errorString()));
    mNumber = workspace.agreement(*id)->number;
    AgreementWorkflow workflow(workspace);
    QVERIFY(workflow.setCharter(*id, {u"Mail always on"_s, {}, {}}, u"alice"_s).ok());
    QVERIFY(workflow
                .setRequiredApprovers(*id,
                                      {{0, Side::Provider, u"Service owner"_s, {}},
                                       {0, Side::Counterparty, u"Acme CIO"_s, {}}},
                                      u"alice"_s)
                .ok());
}

void tst_CliLifecycle::refusedTransitionPrintsTheGuardsReason_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("message");
    QTest::newRow("analyst-submits")
        << u"negotiation"_s << u"dave"_s << u"needs the SLA manager role"_s;
    QTest::newRow("approver-submits")
        << u"submit"_s << u"frank"_s << u"needs the SLA manager role"_s;
    QTest::newRow("skip-to-approval")
        << u"approve"_s << u"frank"_s << u"the agreement is in draft"_s;
    QTest::newRow("unknown-user") << u"negotiation"_s << u"mallory"_s
                                  << u"there is no user \"mallory\""_s;
    QTest::newRow("no-path-to-state") << u"active"_s << u"mia"_s << u"no step leads"_s;
}

void tst_CliLifecycle::refusedTransitionPrintsTheGuardsReason()
{
    QFETCH(QString, to);
    QFETCH(QString, user);
    QFETCH(QString, message);
    const int audits = auditCount();
    const auto run = cli({u"agreement"_s, u"transition"_s, u"--db"_s, mPath, u"--number"_s, mNumber,
                          u"--to"_s, to, u"--user"_s, user});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(auditCount(), audits);
    const auto show = cli({u"agreement"_s, u"show"_s, u"--db"_s, mPath, u"--number"_s, mNumber});
    QVERIFY2(show.out.contains(u"status:        draft"_s), qPrintable(show.out));
}

void tst_CliLifecycle::authorCannotApproveOwnAgreement()
{
    auto step = [&](const QString &to, const QString &user) {
        return cli({u"agreement"_s, u"transition"_s, u"--db"_s, mPath, u"--number"_s, mNumber,
                    u"--to"_s, to, u"--user"_s, user});
    };
    QCOMPARE(step(u"negotiation"_s, u"mia"_s).exitCode, 0);
    QCOMPARE(step(u"approval"_s, u"mia"_s).exitCode, 0);
    // When alice, who wrote it and holds the approver role, approves it
    const int audits = auditCount();
    const auto own = step(u"approve"_s, u"alice"_s);
    // Then she is refused, told why, and nothing is recorded
    QCOMPARE(own.exitCode, 1);
    QVERIFY2(own.err.contains(u"alice authored or edited this agreement"_s), qPrintable(own.err));
    QVERIFY2(own.err.contains(u"segregation of duties"_s), qPrintable(own.err));
    QCOMPARE(auditCount(), audits);
    // and the show command does not offer it to her
    const auto show = cli({u"agreement"_s, u"show"_s, u"--db"_s, mPath, u"--number"_s, mNumber,
                           u"--user"_s, u"alice"_s});
    QVERIFY(!show.out.contains(u"may:           approve"_s));
    const auto frank = cli({u"agreement"_s, u"show"_s, u"--db"_s, mPath, u"--number"_s, mNumber,
                            u"--user"_s, u"frank"_s});
    QVERIFY2(frank.out.contains(u"may:           approve"_s), qPrintable(frank.out));
    QCOMPARE(step(u"approve"_s, u"frank"_s).exitCode, 0);
}

void tst_CliLifecycle::walksTheWholeWorkflow()
{
    auto step = [&](const QStringList &extra) {
        return cli(
            QStringList{u"agreement"_s, u"transition"_s, u"--db"_s, mPath, u"--number"_s, mNumber}
            + extra);
    };
    QCOMPARE(step({u"--to"_s, u"negotiation"_s, u"--user"_s, u"mia"_s}).exitCode, 0);
    QCOMPARE(step({u"--to"_s, u"approval"_s, u"--user"_s, u"mia"_s}).exitCode, 0);
    const auto reject = step({u"--to"_s, u"negotiation"_s, u"--user"_s, u"gina"_s});
    QCOMPARE(reject.exitCode, 1);
    QVERIFY2(reject.err.contains(u"needs a reason"_s), qPrintable(reject.err));
    QCOMPARE(step({u"--to"_s, u"negotiation"_s, u"--user"_s, u"gina"_s, u"--reason"_s,
                   u"price too high"_s})
                 .exitCode,
             0);
    QCOMPARE(step({u"--to"_s, u"approval"_s, u"--user"_s, u"mia"_s}).exitCode, 0);
    QCOMPARE(step({u"--to"_s, u"approve"_s, u"--user"_s, u"gina"_s}).exitCode, 0);
    QCOMPARE(step({u"--to"_s, u"approve"_s, u"--user"_s, u"frank"_s}).exitCode, 0);
    const auto sign = step({u"--to"_s, u"active"_s, u"--user"_s, u"mia"_s, u"--date"_s,
                            u"2026-01-10"_s, u"--method"_s, u"handwritten"_s, u"--signatory"_s,
                            u"provider:Paula Provider:CIO"_s, u"--signatory"_s,
                            u"counterparty:Carl Customer"_s});
    QVERIFY2(sign.exitCode == 0, qPrintable(sign.err));
    QVERIFY2(sign.out.contains(u"is now active"_s), qPrintable(sign.out));
    QCOMPARE(step({u"--to"_s, u"amend"_s, u"--user"_s, u"mia"_s}).exitCode, 0);
    const auto diff = cli({u"agreement"_s, u"diff"_s, u"--db"_s, mPath, u"--number"_s, mNumber});
    QCOMPARE(diff.exitCode, 0);
    QCOMPARE(diff.out.trimmed(), u"no differences"_s);
    const auto show = cli({u"agreement"_s, u"show"_s, u"--db"_s, mPath, u"--number"_s, mNumber,
                           u"--version"_s, u"1"_s});
    QVERIFY2(show.out.contains(u"registered as REG-2026-"_s), qPrintable(show.out));
    QVERIFY(show.out.contains(u"status:        active"_s));
    QCOMPARE(cli({u"audit"_s, u"verify"_s, u"--db"_s, mPath}).out.trimmed(), u"ok"_s);
}

void tst_CliLifecycle::auditVerifyDetectsHandEdits_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("record");
    QTest::newRow("edit-a-value") << u"UPDATE audit_log SET new_value = '{}' WHERE seq = 4"_s
                                  << u"audit record 4 "_s;
    QTest::newRow("edit-the-user")
        << u"UPDATE audit_log SET user_name = 'erin' WHERE seq = 9"_s << u"audit record 9 "_s;
    QTest::newRow("delete-a-row") << u"DELETE FROM audit_log WHERE seq = 7"_s
                                  << u"audit record 7 "_s;
    QTest::newRow("delete-the-newest") << u"DELETE FROM audit_log WHERE seq = "
                                          "(SELECT max(seq) FROM audit_log)"_s
                                       << u"is missing"_s;
}

void tst_CliLifecycle::auditVerifyDetectsHandEdits()
{
    QFETCH(QString, sql);
    QFETCH(QString, record);
    const auto intact = cli({u"audit"_s, u"verify"_s, u"--db"_s, mPath});
    QCOMPARE(intact.exitCode, 0);
    QCOMPARE(intact.out.trimmed(), u"ok"_s);
    rawSql(sql);
    const auto broken = cli({u"audit"_s, u"verify"_s, u"--db"_s, mPath});
    QVERIFY(broken.exitCode != 0);
    QVERIFY2(broken.out.contains(record), qPrintable(broken.out + broken.err));
    QVERIFY(!broken.out.startsWith(u"ok"_s));
}

void tst_CliLifecycle::onlyAnAdministratorAddsUsers()
{
    const auto byManager = cli({u"user"_s, u"add"_s, u"--db"_s, mPath, u"--name"_s, u"zed"_s,
                                u"--role"_s, u"administrator"_s, u"--user"_s, u"mia"_s});
    QCOMPARE(byManager.exitCode, 1);
    QVERIFY2(byManager.err.contains(u"only an administrator"_s), qPrintable(byManager.err));
    const auto anonymous = cli(
        {u"user"_s, u"add"_s, u"--db"_s, mPath, u"--name"_s, u"zed"_s, u"--role"_s, u"analyst"_s});
    QCOMPARE(anonymous.exitCode, 1);
    const auto list = cli({u"user"_s, u"list"_s, u"--db"_s, mPath});
    QVERIFY(!list.out.contains(u"zed"_s));
    QVERIFY(list.out.contains(u"alice\talice\tsla_manager,approver"_s));
}

void tst_CliLifecycle::charterAndApproversThroughTheCli_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("shown");
    QTest::newRow("charter-by-manager") << QStringList{u"charter"_s,
                                                       u"--user"_s,
                                                       u"mia"_s,
                                                       u"--needs"_s,
                                                       u"Mail for 900 staff"_s,
                                                       u"--requirement"_s,
                                                       u"99.9 % a month"_s}
                                        << 0 << u"Mail for 900 staff"_s;
    QTest::newRow("charter-by-analyst-refused")
        << QStringList{u"charter"_s, u"--user"_s, u"dave"_s, u"--needs"_s, u"x"_s} << 1
        << u"Mail always on"_s;
    QTest::newRow("approvers-by-manager") << QStringList{u"approvers"_s,
                                                         u"--user"_s,
                                                         u"mia"_s,
                                                         u"--approver"_s,
                                                         u"provider:Mail service owner:frank"_s,
                                                         u"--approver"_s,
                                                         u"counterparty:Acme IT director"_s}
                                          << 0 << u"Acme IT director"_s;
    QTest::newRow("approver-without-side-refused")
        << QStringList{u"approvers"_s, u"--user"_s, u"mia"_s, u"--approver"_s, u"Someone"_s} << 1
        << u"Acme CIO"_s;
}

void tst_CliLifecycle::charterAndApproversThroughTheCli()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, shown);
    QStringList command{u"agreement"_s, arguments.takeFirst(), u"--db"_s,
                        mPath,          u"--number"_s,         mNumber};
    const auto run = cli(command + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.err.isEmpty(), exitCode == 0);
    // What show prints is the new value after success and the old one after a refusal.
    const auto show = cli({u"agreement"_s, u"show"_s, u"--db"_s, mPath, u"--number"_s, mNumber});
    QVERIFY2(show.out.contains(shown), qPrintable(show.out));
}

void tst_CliLifecycle::supportsThroughTheCli_data()
{
    QTest::addColumn<QStringList>("arguments"); // after `agreement supports --db DEMO`
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says"); // on stdout when 0, else on stderr
    QTest::addColumn<int>("linksAdded");

    const QString sla = u"SLA-2024-0004"_s;
    QTest::newRow("list-an-sla") << QStringList{u"--number"_s, sla} << 0
                                 << u"SLA-2024-0004 is supported by OLA-2025-0002 (ola, draft)"_s
                                 << 0;
    QTest::newRow("list-an-ola") << QStringList{u"--number"_s, u"OLA-2025-0002"_s} << 0
                                 << u"OLA-2025-0002 supports SLA-2024-0004"_s << 0;
    QTest::newRow("link-from-the-sla-side")
        << QStringList{u"--number"_s, sla, u"--add"_s, u"OLA-2025-0005"_s, u"--user"_s, u"alice"_s}
        << 0 << u"SLA-2024-0004 is supported by OLA-2025-0005 (ola, active)"_s << 1;
    QTest::newRow("unlink-from-the-ola-side")
        << QStringList{u"--number"_s, u"OLA-2025-0002"_s, u"--remove"_s,
                       sla,           u"--user"_s,        u"alice"_s}
        << 0 << u"OLA-2025-0002 supports SLA-2023-0001"_s << -1;
    QTest::newRow("one-refused-change-undoes-the-others")
        << QStringList{u"--number"_s,      sla,         u"--add"_s, u"OLA-2025-0005"_s, u"--add"_s,
                       u"SLA-2024-0003"_s, u"--user"_s, u"alice"_s}
        << 1 << u"SLA-2024-0003 is not an OLA or underpinning contract"_s << 0;
    QTest::newRow("analyst-may-not") << QStringList{u"--number"_s,      sla,         u"--remove"_s,
                                                    u"OLA-2025-0002"_s, u"--user"_s, u"dave"_s}
                                     << 1 << u"dave is not allowed"_s << 0;
    QTest::newRow("changes-need-a-user")
        << QStringList{u"--number"_s, sla, u"--remove"_s, u"OLA-2025-0002"_s} << 1
        << u"--user NAME is required"_s << 0;
    QTest::newRow("unknown-agreement")
        << QStringList{u"--number"_s, u"SLA-1999-0001"_s} << 1 << u"SLA-1999-0001"_s << 0;
}

void tst_CliLifecycle::supportsThroughTheCli()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QFETCH(int, linksAdded);

    const QString path = mDir.filePath(u"supports%1.accordo"_s.arg(mRun));
    QCOMPARE(cli({u"init"_s, u"--db"_s, path, u"--demo"_s}).exitCode, 0);
    const QString countLinks = u"SELECT count(*) FROM agreement_supports"_s;
    const int before = countOf(path, countLinks);
    const auto run = cli(QStringList{u"agreement"_s, u"supports"_s, u"--db"_s, path} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2((exitCode == 0 ? run.out : run.err).contains(says), qPrintable(run.out + run.err));
    QCOMPARE(countOf(path, countLinks), before + linksAdded);
    QCOMPARE(cli({u"audit"_s, u"verify"_s, u"--db"_s, path}).out.trimmed(), u"ok"_s);
}

QTEST_GUILESS_MAIN(tst_CliLifecycle)
#include "tst_cli_lifecycle.moc"
