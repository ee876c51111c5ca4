#include "data/workspace.h"
#include "demo/demodata.h"
#include "demo/demomeasurements.h"
#include "kpi/kpiengine.h"
#include "measurement/importmapping.h"
#include "measurement/measurementimporter.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Accordo;
using namespace Qt::StringLiterals;

namespace {

// Every stored KPI table, row by row and column by column.
QStringList stored(QSqlDatabase db)
{
    return TestFixtures::storedRows(db, TestFixtures::StoredKpiTables);
}

// Demo tickets of one customer and service in the last two months, as a canonical CSV.
const QByteArray kNewTickets =
    "id,customer,service,region,priority,opened_at,first_response_at,resolved_at,closed_at,"
    "status,satisfaction,pauses\n"
    "NEW-1,Hudson Insurance,SERVICE-DESK,NA-E,P2,2026-09-14T13:00:00Z,2026-09-14T13:20:00Z,"
    "2026-09-18T13:00:00Z,,resolved,2,\n"
    "NEW-2,Hudson Insurance,SERVICE-DESK,NA-E,P1,2026-10-20T09:00:00Z,2026-10-20T09:05:00Z,"
    "2026-10-20T10:00:00Z,,resolved,5,\n"
    "NEW-3,Orchard Retail,ERP,APAC,P3,2026-10-29T02:00:00Z,,,,open,,\n"
    "NEW-4,Hudson Insurance,SERVICE-DESK,NA-E,P1,2026-01-31T15:00:00Z,2026-02-02T14:05:00Z,"
    "2026-02-02T15:00:00Z,,resolved,,\n";

// The same file with NEW-2 opened a month earlier (at the end of September), NEW-3 answered
// and NEW-4 opened on Sunday 1 February instead of Saturday 31 January: outside the office's
// hours either way, so its verdicts stay as they were while it moves to February's periods.
const QByteArray kChangedTickets =
    "id,customer,service,region,priority,opened_at,first_response_at,resolved_at,closed_at,"
    "status,satisfaction,pauses\n"
    "NEW-1,Hudson Insurance,SERVICE-DESK,NA-E,P2,2026-09-14T13:00:00Z,2026-09-14T13:20:00Z,"
    "2026-09-18T13:00:00Z,,resolved,2,\n"
    "NEW-2,Hudson Insurance,SERVICE-DESK,NA-E,P1,2026-09-30T23:30:00Z,2026-09-30T23:35:00Z,"
    "2026-10-01T00:30:00Z,,resolved,5,\n"
    "NEW-3,Orchard Retail,ERP,APAC,P3,2026-10-29T02:00:00Z,2026-10-29T03:00:00Z,,,open,,\n"
    "NEW-4,Hudson Insurance,SERVICE-DESK,NA-E,P1,2026-02-01T15:00:00Z,2026-02-02T14:05:00Z,"
    "2026-02-02T15:00:00Z,,resolved,,\n";

// Thirty user-terminal tickets of the planted watermelon customer in September 2026, each
// resolved three days late: the month is no longer all met, so its watermelon flag goes.
QByteArray lateTickets()
{
    QByteArray csv = "id,customer,service,region,priority,opened_at,first_response_at,"
                     "resolved_at,closed_at,status,satisfaction,pauses\n";
    for (int i = 1; i <= 30; ++i)
        csv += "LATE-" + QByteArray::number(i) + ",Garden State Energy,USER-TERM,NA-E,P3,"
               + "2026-09-" + QByteArray::number(i % 20 + 1).rightJustified(2, '0')
               + "T14:00:00Z,,2026-09-" + QByteArray::number(i % 20 + 4).rightJustified(2, '0')
               + "T14:00:00Z,,resolved,,\n";
    return csv;
}

} // namespace

/// After each kind of change, the incremental refresh stores exactly what a full recompute
/// stores, and touches only what depends on the change.
///
/// The demo workspace with its two years of measurements, brought up to date at its "now";
/// each row changes one thing in a copy of it, refreshes, keeps every stored KPI row, then
/// recomputes everything and compares.
class tst_KpiIncremental : public TestFixtures::UpToDateDemoTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refreshStoresWhatAFullRecomputeStores_data();
    void refreshStoresWhatAFullRecomputeStores();
    void nothingChangedRecomputesNothing();
    void aChangeOfTermsIsSeenByTheUpToDateCheck();
    void asOfMovedWithinTheMonth_data();
    void asOfMovedWithinTheMonth();
    void savedAsItWasChangesNothing_data();
    void savedAsItWasChangesNothing();

private:
    Result<qint64> importTickets(QSqlDatabase db, const QByteArray &csv = kNewTickets);
};

Result<qint64> tst_KpiIncremental::importTickets(QSqlDatabase db, const QByteArray &csv)
{
    const QString path = TestSupport::writeFile(mDir.filePath(u"new-tickets.csv"_s), csv);
    ImportOptions options;
    options.userName = u"dave"_s; // the demo's analyst
    auto report = MeasurementImporter::importFile(db, RecordKind::Ticket, path,
                                                  ImportMapping(RecordKind::Ticket), options);
    if (!report)
        return report.error();
    return report->batchId;
}

void tst_KpiIncremental::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    QCOMPARE(createUpToDateDemo(), QString());
}

void tst_KpiIncremental::refreshStoresWhatAFullRecomputeStores_data()
{
    QTest::addColumn<QStringList>("change");
    QTest::addColumn<bool>("partial"); // the refresh recomputes some periods, not all
    // The tickets the evaluator judges for the imports (their batches), or -1: not by batch.
    QTest::addColumn<qint64>("imported");

    const QString target = u"(SELECT min(t.id) FROM targets t JOIN agreements a "
                           "ON a.id = t.agreement_id WHERE a.number = 'SLA-2024-0017')"_s;
    QTest::newRow("target-goal-edited")
        << QStringList{u"UPDATE targets SET goal_milli = 99900 WHERE id = "_s + target} << true
        << qint64(-1);
    // A new threshold changes the target's verdicts, judged again first.
    QTest::newRow("target-threshold-edited")
        << QStringList{u"UPDATE targets SET threshold = threshold / 5 WHERE id = "_s + target}
        << true << qint64(-1);
    QTest::newRow("credit-tier-removed")
        << QStringList{u"DELETE FROM credit_tiers WHERE target_id = (SELECT min(target_id) "
                       "FROM credit_tiers)"_s}
        << true << qint64(-1);
    QTest::newRow("calendar-edited")
        << QStringList{u"UPDATE calendars SET definition = replace(definition, '-17:00\"', "
                       "'-15:00\"') WHERE name = 'US East office'"_s}
        << true << qint64(-1);
    // The calendar of the availability targets: their agreed hours change with no verdict.
    QTest::newRow("availability-calendar-edited")
        << QStringList{u"UPDATE calendars SET definition = replace(definition, "
                       "'\"sun\": [\"00:00-24:00\"]', '\"sun\": []') WHERE name = 'UK 24x7'"_s}
        << true << qint64(-1);
    // Another zone moves every period's bounds, not only the verdicts.
    QTest::newRow("calendar-zone-changed")
        << QStringList{u"UPDATE calendars SET time_zone = 'America/Chicago', definition = "
                       "replace(definition, 'America/New_York', 'America/Chicago') "
                       "WHERE name = 'US East office'"_s}
        << true << qint64(-1);
    QTest::newRow("agreement-price-edited")
        << QStringList{u"UPDATE agreements SET price_minor = price_minor * 3 "
                       "WHERE number = 'SLA-2024-0017'"_s}
        << true << qint64(-1);
    QTest::newRow("agreement-terminated")
        << TestFixtures::DemoChanges::TerminateSla0017 << true << qint64(-1);
    QTest::newRow("agreement-signed")
        << TestFixtures::DemoChanges::SignSla0022 << true << qint64(-1);
    QTest::newRow("tickets-imported") << QStringList{u"import"_s} << true << qint64(4);
    // The four tickets again, three of them changed: the changed ones are judged again.
    QTest::newRow("tickets-changed")
        << QStringList{u"import"_s, u"refresh"_s, u"import-changed"_s} << true << qint64(3);
    QTest::newRow("watermelon-customer-late")
        << QStringList{u"import-late"_s} << true << qint64(30);
    QTest::newRow("batch-rolled-back")
        << QStringList{u"import"_s, u"refresh"_s, u"rollback"_s} << false << qint64(-1);
    QTest::newRow("survey-answered")
        << QStringList{u"INSERT INTO surveys (customer, answered_at, score) "
                       "VALUES ('Hudson Insurance', 1791000000, 1)"_s}
        << true << qint64(-1);
    // A customer's answers all withdrawn, as a rolled back import withdraws them: its
    // satisfaction rows go.
    QTest::newRow("surveys-withdrawn")
        << QStringList{u"DELETE FROM surveys WHERE customer = 'Hudson Insurance'"_s,
                       u"UPDATE tickets SET satisfaction = NULL WHERE customer = "
                       "'Hudson Insurance' AND satisfaction IS NOT NULL"_s,
                       u"UPDATE accordo_meta SET value = '1' WHERE key = 'kpi_stale'"_s}
        << false << qint64(-1);
    // Happy answers lift the planted watermelon customer's September: its flag goes, though
    // its agreement (which has no satisfaction target) has no period written.
    QTest::newRow("watermelon-customer-happier")
        << QStringList{u"INSERT INTO surveys (customer, answered_at, score) "
                       "SELECT 'Garden State Energy', 1788998400 + n * 3600, 5 FROM "
                       "(WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k "
                       "WHERE n < 40) SELECT n FROM k) AS numbers"_s}
        << true << qint64(-1);
    QTest::newRow("outage-recorded")
        << QStringList{u"INSERT INTO outages (service, start_at, end_at) "
                       "VALUES ('HOSTING', 1790000000, 1790007200)"_s}
        << false << qint64(-1);
}

void tst_KpiIncremental::refreshStoresWhatAFullRecomputeStores()
{
    QFETCH(QStringList, change);
    QFETCH(bool, partial);
    QFETCH(qint64, imported);

    // Given the demo, up to date, and one change
    auto db = copy();
    QSqlDatabase c = db->connection();
    qint64 batch = 0;
    for (const QString &step : std::as_const(change)) {
        if (step == u"import"_s) {
            auto imported = importTickets(c);
            QVERIFY2(imported, qPrintable(imported.errorString()));
            batch = *imported;
        } else if (step == u"import-late"_s) {
            auto late = importTickets(c, lateTickets());
            QVERIFY2(late, qPrintable(late.errorString()));
        } else if (step == u"import-changed"_s) {
            auto changed = importTickets(c, kChangedTickets);
            QVERIFY2(changed, qPrintable(changed.errorString()));
        } else if (step == u"refresh"_s) {
            QVERIFY(KpiEngine::bringUpToDate(c, mOptions));
        } else if (step == u"rollback"_s) {
            auto undone = MeasurementImporter::rollBack(c, batch, u"dave"_s);
            QVERIFY2(undone, qPrintable(undone.errorString()));
        } else {
            QCOMPARE(TestFixtures::change(c, step), QString());
        }
    }
    QVERIFY(!KpiEngine::isUpToDate(c, mOptions.asOf));

    // When the results are refreshed, and then recomputed from scratch
    auto refreshed = KpiEngine::bringUpToDate(c, mOptions);
    QVERIFY2(refreshed, qPrintable(refreshed.errorString()));
    QVERIFY(KpiEngine::isUpToDate(c, mOptions.asOf));
    const QStringList incremental = stored(c);
    // (the satisfaction rows, written where they differ, are written from nothing here)
    QCOMPARE(TestFixtures::change(c, u"DELETE FROM kpi_satisfaction"_s), QString());
    auto full = KpiEngine::recomputeEverything(c, mOptions);
    QVERIFY2(full, qPrintable(full.errorString()));

    // Then both stored the same rows, and the refresh wrote only some periods
    const QStringList everything = stored(c);
    // (a list compared as a whole names the first row that differs)
    QCOMPARE(incremental, everything);
    QCOMPARE(refreshed->kpis.full, !partial);
    if (partial)
        QVERIFY2(refreshed->kpis.periods < full->kpis.periods / 2,
                 qPrintable(u"%1 of %2"_s.arg(refreshed->kpis.periods).arg(full->kpis.periods)));
    if (imported >= 0) {
        // An import is judged ticket by ticket: only what it added or changed, and only the
        // periods those tickets (and the satisfaction targets of their months) fall in.
        QVERIFY(refreshed->evaluation);
        QVERIFY(!refreshed->evaluation->full);
        QCOMPARE(refreshed->evaluation->importedTickets, imported);
        QCOMPARE(refreshed->evaluation->tickets, imported);
        QVERIFY2(refreshed->kpis.periods * 10 < full->kpis.periods,
                 qPrintable(u"%1 of %2"_s.arg(refreshed->kpis.periods).arg(full->kpis.periods)));
    }
}

void tst_KpiIncremental::nothingChangedRecomputesNothing()
{
    // Given the demo, up to date
    auto db = copy();
    const QStringList before = stored(db->connection());

    // When it is brought up to date again at the same as-of
    auto update = KpiEngine::bringUpToDate(db->connection(), mOptions);

    // Then nothing was judged or computed again, and nothing changed
    QVERIFY2(update, qPrintable(update.errorString()));
    QVERIFY(!update->evaluation);
    QCOMPARE(update->kpis.periods, qint64(0));
    QCOMPARE(update->kpis.resultsRead, qint64(0));
    QCOMPARE(stored(db->connection()), before);
}

void tst_KpiIncremental::aChangeOfTermsIsSeenByTheUpToDateCheck()
{
    // Given the demo, up to date, whose stored verdicts stay up to date
    auto db = copy();
    QSqlDatabase c = db->connection();
    QVERIFY(KpiEngine::isUpToDate(c, mOptions.asOf));

    // When a target's credit tier is added (the verdicts do not depend on it)
    QSqlQuery q(c);
    QVERIFY2(q.exec(u"INSERT INTO credit_tiers (target_id, position, below_milli, "
                    "credit_hundredths) SELECT min(target_id), 9, 10000, 5000 "
                    "FROM credit_tiers"_s),
             qPrintable(q.lastError().text()));

    // Then the results are no longer up to date
    QVERIFY(!KpiEngine::isUpToDate(c, mOptions.asOf));
}

void tst_KpiIncremental::asOfMovedWithinTheMonth_data()
{
    // The seconds from the demo's "now" to the other as-of.
    TestSupport::addRows<qint64>("seconds", {{"three-days-before", -3 * 86400},
                                             {"the-month-just-begun", -30 * 86400 - 17 * 3600},
                                             {"later-that-day", 5 * 3600}});
}

void tst_KpiIncremental::asOfMovedWithinTheMonth()
{
    QFETCH(qint64, seconds);

    // Given the demo, up to date at its "now" (31 October 2026, 18:00), brought to another
    // instant of the same month and back
    auto db = copy();
    QSqlDatabase c = db->connection();
    KpiOptions other = mOptions;
    other.asOf += seconds;
    auto there = KpiEngine::bringUpToDate(c, other);
    QVERIFY2(there, qPrintable(there.errorString()));
    auto back = KpiEngine::bringUpToDate(c, mOptions);
    QVERIFY2(back, qPrintable(back.errorString()));
    QVERIFY(!back->kpis.full);

    // Then every stored row is the one a full recompute stores; a row kept through the moves
    // keeps the as-of that wrote it
    const auto withoutAsOf = [](QStringList rows) {
        static const QRegularExpression asOf(u" as_of=\\d+"_s);
        for (QString &row : rows)
            row.remove(asOf);
        return rows;
    };
    const QStringList moved = withoutAsOf(stored(c));
    QVERIFY(KpiEngine::recomputeEverything(c, mOptions));
    const QStringList everything = withoutAsOf(stored(c));
    QCOMPARE(moved.size(), everything.size());
    for (qsizetype i = 0; i < everything.size(); ++i)
        QCOMPARE(moved.at(i), everything.at(i));
}

void tst_KpiIncremental::savedAsItWasChangesNothing_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("upToDate");

    QTest::newRow("calendar-saved-unchanged")
        << u"UPDATE calendars SET row_version = row_version + 1 WHERE name = 'US East office'"_s
        << true;
    QTest::newRow("region-saved-unchanged")
        << u"UPDATE regions SET row_version = row_version + 1 WHERE code = 'NA-E'"_s << true;
    // The same statements with a real change, for contrast.
    QTest::newRow("calendar-hours-changed")
        << u"UPDATE calendars SET definition = replace(definition, '-17:00\"', '-16:00\"') "
           "WHERE name = 'US East office'"_s
        << false;
    QTest::newRow("region-renamed")
        << u"UPDATE regions SET name = name || ' (renamed)' WHERE code = 'NA-E'"_s << false;
}

void tst_KpiIncremental::savedAsItWasChangesNothing()
{
    QFETCH(QString, change);
    QFETCH(bool, upToDate);

    // Given the demo, up to date
    auto db = copy();
    QSqlDatabase c = db->connection();
    QVERIFY(KpiEngine::isUpToDate(c, mOptions.asOf));

    // When a calendar or region is saved
    QSqlQuery q(c);
    QVERIFY2(q.exec(change), qPrintable(q.lastError().text()));
    QCOMPARE(q.numRowsAffected(), 1);

    // Then the results are still up to date when nothing the KPIs read changed
    QCOMPARE(KpiEngine::isUpToDate(c, mOptions.asOf), upToDate);
}

QTEST_GUILESS_MAIN(tst_KpiIncremental)
#include "tst_kpiincremental.moc"
