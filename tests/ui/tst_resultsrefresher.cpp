#include "data/workspace.h"
#include "demo/demodata.h"
#include "kpi/kpiengine.h"
#include "mainwindow.h"
#include "measurement/evaluator.h"
#include "session/resultsrefresher.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"
#include "testsupport.h"

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

/// Verdicts and KPIs follow a change of terms by themselves, in a worker thread with its own
/// connection, on SQLite and on PostgreSQL.
class tst_ResultsRefresher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void upToDateWorkspaceNeedsNothing();
    void changeIsFollowedInTheBackground_data();
    void changeIsFollowedInTheBackground();
    void changeDuringARunRunsAgain();
    void changeKeepsACurrentAsOf_data();
    void changeKeepsACurrentAsOf();
    void recomputeEverythingOnDemand();
    void twoSessionsRecomputingAtOnce();
    void mainWindowCatchesUpOnOpening();

private:
    qint64 value(const QString &sql) const;
    void exec(const QString &sql) const;
    bool finishOne(ResultsRefresher &refresher, bool *changed = nullptr);

    QTemporaryDir mDir;
    QString mLocation;
    std::unique_ptr<Database> mDb; // the test's own connection, as another user's
    qint64 mTarget = 0;            // resolution targets with met and breached tickets
    qint64 mThreshold = 0;         // mTarget's own
    qint64 mOtherTarget = 0;
};

qint64 tst_ResultsRefresher::value(const QString &sql) const
{
    QSqlQuery q(mDb->connection());
    if (!q.exec(sql) || !q.next())
        qFatal("%s", qPrintable(sql));
    return q.value(0).toLongLong();
}

void tst_ResultsRefresher::exec(const QString &sql) const
{
    QSqlQuery q(mDb->connection());
    if (!q.exec(sql))
        qFatal("%s", qPrintable(sql));
}

bool tst_ResultsRefresher::finishOne(ResultsRefresher &refresher, bool *changed)
{
    QSignalSpy finished(&refresher, &ResultsRefresher::finished);
    QSignalSpy failed(&refresher, &ResultsRefresher::failed);
    if (!refresher.waitForIdle())
        return false;
    if (finished.isEmpty() && !finished.wait(60000))
        return false;
    if (!failed.isEmpty())
        qWarning("%s", qPrintable(failed.first().first().toString()));
    if (changed)
        *changed = finished.first().first().toBool();
    return failed.isEmpty();
}

void tst_ResultsRefresher::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    TestSupport::isolateSettings(u"AccordoRefresherTest"_s);
    mLocation = TestBackend::freshLocation(mDir, u"refresh"_s);
    QCOMPARE(TestFixtures::create(mLocation, mDb), QString());
    Workspace workspace(*mDb);
    QVERIFY(DemoData::populate(workspace).ok());
    const QString candidates =
        u"SELECT target_id FROM ticket_results r JOIN targets t ON t.id = r.target_id "
        "WHERE t.metric = 'resolution' GROUP BY target_id "
        "HAVING sum(CASE WHEN verdict = 'met' THEN 1 ELSE 0 END) > 10 "
        "AND sum(CASE WHEN verdict = 'breached' THEN 1 ELSE 0 END) > 0 "
        "ORDER BY target_id LIMIT 1 OFFSET %1"_s;
    mTarget = value(candidates.arg(0));
    mOtherTarget = value(candidates.arg(1));
    mThreshold = value(u"SELECT threshold FROM targets WHERE id = %1"_s.arg(mTarget));
}

void tst_ResultsRefresher::init()
{
    exec(u"UPDATE targets SET threshold = %1 WHERE id = %2"_s.arg(mThreshold).arg(mTarget));
    KpiOptions options;
    options.asOf = QDateTime::currentSecsSinceEpoch();
    QVERIFY(KpiEngine::bringUpToDate(mDb->connection(), options));
    QVERIFY(KpiEngine::isUpToDate(mDb->connection(), QDateTime::currentSecsSinceEpoch(),
                                  ResultsRefresher::kNowTolerance));
}

void tst_ResultsRefresher::cleanup()
{
    QSettings().clear();
}

void tst_ResultsRefresher::upToDateWorkspaceNeedsNothing()
{
    ResultsRefresher refresher(mLocation);
    refresher.refreshNow();
    bool changed = true;
    QVERIFY(finishOne(refresher, &changed));
    QVERIFY(!changed);
}

void tst_ResultsRefresher::changeIsFollowedInTheBackground_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("check");
    QTest::addColumn<qint64>("expected");

    const QString target = QString::number(mTarget);
    QTest::newRow("tightened-target-breaches-every-ticket")
        << u"UPDATE targets SET threshold = 1 WHERE id = "_s + target
        << u"SELECT count(*) FROM ticket_results WHERE verdict = 'met' AND target_id = "_s + target
        << qint64(0);
    QTest::newRow("kpis-follow-the-verdicts")
        << u"UPDATE targets SET threshold = 1 WHERE id = "_s + target
        << u"SELECT coalesce(sum(met), 0) FROM kpi_periods WHERE target_id = "_s + target
        << qint64(0);
    QTest::newRow("loosened-target-meets-every-closed-ticket")
        << u"UPDATE targets SET threshold = 999999999 WHERE id = "_s + target
        << u"SELECT count(*) FROM ticket_results WHERE verdict = 'breached' AND target_id = "_s
               + target
        << qint64(0);
    const QString other = QString::number(mOtherTarget);
    QTest::newRow("deleted-tickets-leave-the-kpis")
        << u"DELETE FROM tickets WHERE id IN (SELECT ticket_id FROM ticket_results "
           "WHERE target_id = "_s
               + other + u")"_s
        << u"SELECT coalesce(sum(tickets), 0) FROM kpi_periods WHERE target_id = "_s + other
        << qint64(0);
}

void tst_ResultsRefresher::changeIsFollowedInTheBackground()
{
    QFETCH(QString, change);
    QFETCH(QString, check);
    QFETCH(qint64, expected);

    QVERIFY(value(check) != expected);
    exec(change);
    QVERIFY(!KpiEngine::isUpToDate(mDb->connection(), QDateTime::currentSecsSinceEpoch(),
                                   ResultsRefresher::kNowTolerance));
    ResultsRefresher refresher(mLocation);
    QSignalSpy started(&refresher, &ResultsRefresher::started);
    refresher.schedule(10);
    QVERIFY(started.wait(5000));
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.takeFirst(), QList<QVariant>()); // started() has no arguments
    bool changed = false;
    QVERIFY(finishOne(refresher, &changed));
    QVERIFY(changed);
    QCOMPARE(value(check), expected);
    QVERIFY(KpiEngine::isUpToDate(mDb->connection(), QDateTime::currentSecsSinceEpoch(),
                                  ResultsRefresher::kNowTolerance));
}

void tst_ResultsRefresher::changeDuringARunRunsAgain()
{
    exec(u"UPDATE targets SET threshold = threshold + 60 WHERE id = %1"_s.arg(mTarget));
    ResultsRefresher refresher(mLocation);
    QSignalSpy finished(&refresher, &ResultsRefresher::finished);
    refresher.refreshNow();
    QTRY_VERIFY(refresher.isRunning());
    // Another user's change while the first run works; the refresher is told of it.
    exec(u"UPDATE targets SET threshold = 1 WHERE id = %1"_s.arg(mTarget));
    refresher.schedule(10);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    // Each run says what it did in the status bar; at least one had something to recompute.
    bool anyChanged = false;
    for (const QList<QVariant> &run : std::as_const(finished)) {
        anyChanged = anyChanged || run.at(0).toBool();
        QVERIFY(!run.at(1).toString().isEmpty());
    }
    QVERIFY(anyChanged);
    QVERIFY(KpiEngine::isUpToDate(mDb->connection(), QDateTime::currentSecsSinceEpoch(),
                                  ResultsRefresher::kNowTolerance));
    QCOMPARE(value(u"SELECT count(*) FROM ticket_results WHERE verdict = 'met' "
                   "AND target_id = %1"_s.arg(mTarget)),
             qint64(0));
}

void tst_ResultsRefresher::changeKeepsACurrentAsOf_data()
{
    QTest::addColumn<qint64>("age");       // of the stored as-of, in seconds before now
    QTest::addColumn<QString>("measured"); // a change of measurements beside the target's
    QTest::addColumn<bool>("kept");

    const QString ticket = u"UPDATE tickets SET priority = priority WHERE id = "
                           "(SELECT min(id) FROM tickets)"_s;
    QTest::newRow("just-computed") << qint64(0) << QString() << true;
    QTest::newRow("four-minutes-old") << qint64(240) << QString() << true;
    QTest::newRow("at-the-tolerance") << ResultsRefresher::kNowTolerance << QString() << true;
    QTest::newRow("past-the-tolerance")
        << ResultsRefresher::kNowTolerance + 1 << QString() << false;
    QTest::newRow("an-hour-old") << qint64(3600) << QString() << false;
    QTest::newRow("ahead-of-now") << qint64(-60) << QString() << false;
    QTest::newRow("a-ticket-changed") << qint64(240) << ticket << false;
    QTest::newRow("an-outage-added")
        << qint64(240)
        << u"INSERT INTO outages (service, start_at, end_at) SELECT min(code), %1, %2 "
           "FROM services"_s.arg(QDateTime::currentSecsSinceEpoch() - 7200)
               .arg(QDateTime::currentSecsSinceEpoch() - 3600)
        << false;
}

void tst_ResultsRefresher::changeKeepsACurrentAsOf()
{
    QFETCH(qint64, age);
    QFETCH(QString, measured);
    QFETCH(bool, kept);

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    KpiOptions options;
    options.asOf = now - age;
    QVERIFY(KpiEngine::bringUpToDate(mDb->connection(), options));
    const QString met = u"SELECT count(*) FROM ticket_results WHERE verdict = 'met' "
                        "AND target_id = %1"_s.arg(mTarget);
    QVERIFY(value(met) > 0);
    exec(u"UPDATE targets SET threshold = 1 WHERE id = %1"_s.arg(mTarget));
    if (!measured.isEmpty())
        exec(measured);

    const auto done = ResultsRefresher::bringUpToDate(mDb->connection(), now);
    QVERIFY(done.has_value());
    QVERIFY2(*done, qPrintable(done->errorString()));
    // The change is followed either way; the as-of moves only when the stored one is not
    // current for now.
    QCOMPARE(value(met), qint64(0));
    const qint64 expected = kept ? now - age : now;
    QCOMPARE(KpiEngine::storedAsOf(mDb->connection()), std::optional<qint64>(expected));
    QCOMPARE(Evaluator::storedAsOf(mDb->connection()), std::optional<qint64>(expected));
    // Then nothing is left to do for now.
    QVERIFY(!ResultsRefresher::bringUpToDate(mDb->connection(), now).has_value());
}

void tst_ResultsRefresher::recomputeEverythingOnDemand()
{
    ResultsRefresher refresher(mLocation);
    refresher.recomputeEverything();
    bool changed = false;
    QVERIFY(finishOne(refresher, &changed));
    QVERIFY(changed);
    QVERIFY(KpiEngine::isUpToDate(mDb->connection(), QDateTime::currentSecsSinceEpoch(),
                                  ResultsRefresher::kNowTolerance));
}

void tst_ResultsRefresher::twoSessionsRecomputingAtOnce()
{
    // Two windows on one workspace, both told of the same change, recompute at the same time
    // (the evaluator's upsert covers rows the other wrote in between; how the runs interleave
    // is up to the scheduler): both succeed, and the results are whole and up to date.
    const qint64 verdicts = value(u"SELECT count(*) FROM ticket_results"_s);
    exec(u"DELETE FROM ticket_results"_s);
    ResultsRefresher first(mLocation), second(mLocation);
    QSignalSpy firstFailed(&first, &ResultsRefresher::failed);
    QSignalSpy secondFailed(&second, &ResultsRefresher::failed);
    first.recomputeEverything();
    second.recomputeEverything();
    QVERIFY(first.waitForIdle());
    QVERIFY(second.waitForIdle());
    QVERIFY2(firstFailed.isEmpty(), qPrintable(firstFailed.value(0).value(0).toString()));
    QVERIFY2(secondFailed.isEmpty(), qPrintable(secondFailed.value(0).value(0).toString()));
    QCOMPARE(value(u"SELECT count(*) FROM ticket_results"_s), verdicts);
    QVERIFY(KpiEngine::isUpToDate(mDb->connection(), QDateTime::currentSecsSinceEpoch(),
                                  ResultsRefresher::kNowTolerance));
}

void tst_ResultsRefresher::mainWindowCatchesUpOnOpening()
{
    // Stale before the window opens, as after `accordo-cli` changed a calendar.
    exec(u"UPDATE calendars SET definition = replace(definition, '-17:00\"', '-16:30\"')"_s);
    QVERIFY(!KpiEngine::isUpToDate(mDb->connection(), QDateTime::currentSecsSinceEpoch(),
                                   ResultsRefresher::kNowTolerance));
    MainWindow window;
    // On a server the login is the user: the window opens as the login, read-only when it is
    // not a user of the workspace; results are brought up to date either way.
    const QString user = mDb->isServer() ? mDb->serverUser() : u"alice"_s;
    QVERIFY(window.openWorkspace(mLocation, false, user));
    QVERIFY(window.resultsRefresher());
    QVERIFY(finishOne(*window.resultsRefresher()));
    QVERIFY(KpiEngine::isUpToDate(mDb->connection(), QDateTime::currentSecsSinceEpoch(),
                                  ResultsRefresher::kNowTolerance));
    auto *busy = window.findChild<QWidget *>(u"resultsBusy"_s);
    QVERIFY(busy && busy->isHidden());
}

QTEST_MAIN(tst_ResultsRefresher)
#include "tst_resultsrefresher.moc"
