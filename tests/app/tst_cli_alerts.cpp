#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/// accordo-cli alerts, change and alert-rule on the demo workspace: the alerts of a user in
/// each format, exit code 3 when there are any and 0 when there are none, and the change
/// request steps with their refusals.
class tst_CliAlerts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void alertsInEachFormat_data();
    void alertsInEachFormat();
    void exitCodeSaysWhetherThereAreAlerts_data();
    void exitCodeSaysWhetherThereAreAlerts();
    void usageErrors_data();
    void usageErrors();
    void changeRequestSteps();
    void alertRuleRoundTrip();

private:
    QTemporaryDir mDir;
    QString mDemo;
};

using Accordo::TestSupport::cli;

void tst_CliAlerts::initTestCase()
{
    mDemo = mDir.filePath(u"demo.accordo"_s);
    const auto demo = cli({u"init"_s, u"--db"_s, mDemo, u"--demo"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void tst_CliAlerts::alertsInEachFormat_data()
{
    Accordo::TestSupport::addWordRows("format", {u"text"_s, u"csv"_s, u"json"_s});
}

void tst_CliAlerts::alertsInEachFormat()
{
    QFETCH(QString, format);
    // The demo's rules tell alice of targets at risk and change requests waiting.
    const auto run = cli({u"alerts"_s, u"--db"_s, mDemo, u"--user"_s, u"alice"_s, u"--since"_s,
                          u"2026-01-01"_s, u"--format"_s, format});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    if (format == u"json"_s) {
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY(rows.size() >= 2);
        QStringList events;
        for (const QJsonValue &row : rows) {
            const QJsonObject o = row.toObject();
            QCOMPARE(o.keys(), (QStringList{u"event"_s, u"raised_at"_s, u"seen"_s, u"subject"_s}));
            events.append(o.value(u"event"_s).toString());
        }
        QVERIFY(events.contains(u"change_request_waiting"_s));
        QVERIFY(events.contains(u"target_at_risk"_s));
        return;
    }
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    if (format == u"csv"_s) {
        QCOMPARE(lines.constFirst(), u"raised_at,event,subject,seen"_s);
        QVERIFY(lines.size() >= 3);
        QVERIFY2(run.out.contains(u",change_request_waiting,"_s), qPrintable(run.out));
    } else {
        QVERIFY2(lines.constFirst().startsWith(u"raised_at"_s), qPrintable(lines.constFirst()));
        QVERIFY2(run.out.contains(u"waiting for an assessment"_s), qPrintable(run.out));
    }
}

void tst_CliAlerts::exitCodeSaysWhetherThereAreAlerts_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("since");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("minimumRows");

    QTest::newRow("alerts") << u"carol"_s << u"2026-01-01"_s << 3 << 1;
    // frank's only rule is on overdue actions of the agreements he owns, and he owns none.
    QTest::newRow("no-rule-fires") << u"frank"_s << QString() << 0 << 0;
    QTest::newRow("none-since") << u"alice"_s << u"2199-12-31T00:00:00Z"_s << 0 << 0;
}

void tst_CliAlerts::exitCodeSaysWhetherThereAreAlerts()
{
    QFETCH(QString, user);
    QFETCH(QString, since);
    QFETCH(int, exitCode);
    QFETCH(int, minimumRows);
    QStringList arguments{u"alerts"_s, u"--db"_s,     mDemo,   u"--user"_s,
                          user,        u"--format"_s, u"csv"_s};
    if (!since.isEmpty())
        arguments << u"--since"_s << since;
    const auto run = cli(arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.err + run.out));
    const qsizetype rows = run.out.split(u'\n', Qt::SkipEmptyParts).size() - 1;
    QVERIFY2(rows >= minimumRows, qPrintable(run.out));
    if (exitCode == 0)
        QCOMPARE(rows, 0);
}

void tst_CliAlerts::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("format") << QStringList{u"--user"_s, u"alice"_s, u"--format"_s, u"xml"_s} << 2
                            << u"--format: say text, csv or json, not \"xml\""_s;
    QTest::newRow("since") << QStringList{u"--user"_s, u"alice"_s, u"--since"_s, u"soon"_s} << 2
                           << u"--since"_s;
    QTest::newRow("since-unsupported")
        << QStringList{u"--user"_s, u"alice"_s, u"--since"_s, u"2300-01-01"_s} << 2 << u"2300"_s;
    QTest::newRow("no-user") << QStringList{} << 1 << u"--user"_s;
    QTest::newRow("unknown-user") << QStringList{u"--user"_s, u"zoe"_s} << 1 << u"zoe"_s;
}

void tst_CliAlerts::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const auto run = cli(QStringList{u"alerts"_s, u"--db"_s, mDemo} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void tst_CliAlerts::changeRequestSteps()
{
    // Given a request submitted on an SLA in force, proposing a target of one of its services
    const auto plain = cli({u"change"_s, u"submit"_s, u"--db"_s, mDemo, u"--user"_s, u"alice"_s,
                            u"--number"_s, u"SLA-2026-0002"_s, u"--requested-by"_s, u"Customer"_s,
                            u"--description"_s, u"Faster resolution"_s, u"--target"_s,
                            u"SERVICE-DESK:resolution:2h:95"_s});
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
    // A target on a service the agreement does not deliver is refused, naming it
    const auto foreign = cli({u"change"_s, u"submit"_s, u"--db"_s, mDemo, u"--user"_s, u"alice"_s,
                              u"--number"_s, u"SLA-2026-0002"_s, u"--requested-by"_s, u"Customer"_s,
                              u"--description"_s, u"More"_s, u"--target"_s,
                              u"NOPE:resolution:2h:95"_s});
    QCOMPARE(foreign.exitCode, 2);
    QVERIFY2(foreign.err.contains(u"no service with code \"NOPE\""_s), qPrintable(foreign.err));
    const QString id = plain.out.section(u' ', 2, 2);
    QVERIFY2(id.toInt() > 0, qPrintable(plain.out));
    // When it is accepted before it is assessed, then it is refused
    const auto early = cli(
        {u"change"_s, u"accept"_s, u"--db"_s, mDemo, u"--user"_s, u"alice"_s, u"--id"_s, id});
    QCOMPARE(early.exitCode, 1);
    QVERIFY2(early.err.contains(u"has not been assessed yet"_s), qPrintable(early.err));
    // and a rejection without a reason is refused too
    const auto noReason = cli(
        {u"change"_s, u"reject"_s, u"--db"_s, mDemo, u"--user"_s, u"alice"_s, u"--id"_s, id});
    QCOMPARE(noReason.exitCode, 1);
    QVERIFY2(noReason.err.contains(u"needs a reason"_s), qPrintable(noReason.err));
    // When it is assessed, then the listing shows it assessed with its price effect
    const auto assessed = cli({u"change"_s, u"assess"_s, u"--db"_s, mDemo, u"--user"_s, u"dave"_s,
                               u"--id"_s, id, u"--feasibility"_s, u"Fine"_s, u"--price-effect"_s,
                               u"-12.50"_s});
    QVERIFY2(assessed.exitCode == 0, qPrintable(assessed.err));
    const auto listed = cli({u"change"_s, u"list"_s, u"--db"_s, mDemo, u"--number"_s,
                             u"SLA-2026-0002"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(id + u",SLA-2026-0002 v1,"_s), qPrintable(listed.out));
    QVERIFY2(listed.out.contains(u",assessed,"_s), qPrintable(listed.out));
    QVERIFY2(listed.out.contains(u"-12.50"_s), qPrintable(listed.out));
    const auto verified = cli({u"audit"_s, u"verify"_s, u"--db"_s, mDemo});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
}

void tst_CliAlerts::alertRuleRoundTrip()
{
    const auto added = cli({u"alert-rule"_s, u"add"_s, u"--db"_s, mDemo, u"--user"_s, u"frank"_s,
                            u"--event"_s, u"renewal_due"_s, u"--within"_s, u"400"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const auto listed = cli({u"alert-rule"_s, u"list"_s, u"--db"_s, mDemo, u"--for"_s, u"frank"_s,
                             u"--format"_s, u"csv"_s});
    QVERIFY2(listed.out.contains(u",frank,renewal_due,all,,400"_s), qPrintable(listed.out));
    const auto refused = cli({u"alert-rule"_s, u"add"_s, u"--db"_s, mDemo, u"--user"_s, u"frank"_s,
                              u"--for"_s, u"alice"_s, u"--event"_s, u"credit_owed"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"Administrator"_s), qPrintable(refused.err));
    const auto badEvent = cli({u"alert-rule"_s, u"add"_s, u"--db"_s, mDemo, u"--user"_s, u"frank"_s,
                               u"--event"_s, u"fire"_s});
    QCOMPARE(badEvent.exitCode, 2);
    QVERIFY2(badEvent.err.contains(u"--event: \"fire\""_s), qPrintable(badEvent.err));
}

QTEST_GUILESS_MAIN(tst_CliAlerts)
#include "tst_cli_alerts.moc"
