#include "data/workspace.h"
#include "demo/demodata.h"
#include "demo/demomeasurements.h"
#include "kpi/kpiengine.h"
#include "kpi/kpirecompute.h"
#include "measurement/evaluator.h"
#include "measurement/verdictscope.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Accordo;
using namespace Qt::StringLiterals;

namespace {

// Every stored verdict and KPI row, column by column.
QStringList stored(QSqlDatabase db)
{
    return TestFixtures::storedRows(
        db, QStringList{u"SELECT * FROM ticket_results ORDER BY ticket_id, target_id"_s}
                + TestFixtures::StoredKpiTables);
}

qint64 count(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("%s", qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

// How much of the portfolio an update judges again; Beside: the scope, in chunks so small
// that a second connection reads and judges half of its pairs.
enum class Judged { Nothing, Scope, Beside, Everything };

// The first response or resolution targets of SLA-2024-0017 (a customer-level agreement whose
// parent, SLA-2024-0016, is corporate-level) and of its parent.
const QString kAgreement = u"(SELECT id FROM agreements WHERE number = 'SLA-2024-0017')"_s;
const QString kTarget = u"(SELECT min(id) FROM targets WHERE metric = 'resolution' "
                        "AND agreement_id = "_s
                        + kAgreement + u')';
const QString kParentTarget = u"(SELECT min(id) FROM targets WHERE metric = 'resolution' "
                              "AND agreement_id = (SELECT parent_id FROM agreements "
                              "WHERE number = 'SLA-2024-0017'))"_s;

} // namespace

Q_DECLARE_METATYPE(Judged)

/// A change of terms notes the (counterparty, service) pairs whose tickets it can affect, and
/// the evaluator judges only those tickets again: what it then stores, and the KPIs that
/// follow, equal what a recompute from scratch stores.
///
/// The demo workspace with its measurements, brought up to date at its "now"; each row makes
/// one change in a copy of it, brings the results up to date, keeps every stored verdict and
/// KPI row, recomputes everything and compares.
class tst_VerdictScope : public TestFixtures::UpToDateDemoTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void updateStoresWhatAFullRecomputeStores_data();
    void updateStoresWhatAFullRecomputeStores();
    void aChangeDuringTheRunStaysNoted();
    void aNotedChangeIsSeenByTheUpToDateCheck();
};

void tst_VerdictScope::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    QCOMPARE(createUpToDateDemo(), QString());
}

void tst_VerdictScope::updateStoresWhatAFullRecomputeStores_data()
{
    QTest::addColumn<QStringList>("change");
    QTest::addColumn<Judged>("judged");

    QTest::newRow("target-threshold-edited")
        << QStringList{u"UPDATE targets SET threshold = threshold / 5 WHERE id = "_s + kTarget}
        << Judged::Scope;
    QTest::newRow("target-calendar-edited")
        << QStringList{u"UPDATE targets SET calendar_id = (SELECT id FROM calendars "
                       "WHERE name = 'Singapore office') WHERE id = "_s
                       + kTarget}
        << Judged::Scope;
    QTest::newRow("target-priority-edited")
        << QStringList{u"UPDATE targets SET priority = 'P2' WHERE id = "_s + kTarget}
        << Judged::Scope;
    QTest::newRow("target-region-edited")
        << QStringList{u"UPDATE targets SET region_id = (SELECT id FROM regions "
                       "WHERE code = 'EMEA-S') WHERE id = "_s
                       + kTarget}
        << Judged::Scope;
    // A stricter target for P1 tickets takes them from the one it copies.
    QTest::newRow("target-added") << QStringList{
        u"INSERT INTO targets (agreement_id, service_id, region_id, priority, "
        "metric, threshold, goal_milli, period, calendar_id) "
        "SELECT agreement_id, service_id, region_id, 'P1', metric, "
        "threshold / 4, goal_milli, period, calendar_id FROM targets WHERE id = "_s
        + kTarget} << Judged::Scope;
    // A catch-all target governs the Hudson Insurance hosting tickets that none governed.
    QTest::newRow("target-added-for-ungoverned-tickets")
        << QStringList{u"INSERT INTO targets (agreement_id, service_id, priority, metric, "
                       "threshold, goal_milli, period) SELECT a.id, v.id, '', 'resolution', "
                       "86400, 95000, 'month' FROM agreements a, services v "
                       "WHERE a.number = 'SLA-2024-0013' AND v.code = 'HOSTING'"_s}
        << Judged::Scope;
    // Its tickets fall back to the parent's corporate-level target, or to none.
    QTest::newRow("target-deleted")
        << QStringList{u"DELETE FROM targets WHERE id = "_s + kTarget} << Judged::Scope;
    QTest::newRow("parent-target-edited")
        << QStringList{u"UPDATE targets SET threshold = threshold / 7 WHERE id = "_s
                       + kParentTarget}
        << Judged::Scope;
    QTest::newRow("calendar-working-hours-edited")
        << QStringList{u"UPDATE calendars SET definition = replace(definition, '08:00-17:00', "
                       "'08:00-15:00') WHERE name = 'US East office'"_s}
        << Judged::Scope;
    QTest::newRow("calendar-time-zone-edited")
        << QStringList{u"UPDATE calendars SET time_zone = 'America/Chicago', definition = "
                       "replace(definition, 'America/New_York', 'America/Chicago') "
                       "WHERE name = 'US East office'"_s}
        << Judged::Scope;
    // A region's calendar: another zone and other hours for its counterparties' targets.
    QTest::newRow("region-calendar-edited")
        << QStringList{u"UPDATE regions SET calendar_id = (SELECT id FROM calendars "
                       "WHERE name = 'Singapore office') WHERE code = 'NA-E'"_s}
        << Judged::Scope;
    QTest::newRow("agreement-end-date-edited")
        << QStringList{u"UPDATE agreements SET end_date = '2025-12-31' "
                       "WHERE number = 'SLA-2024-0017'"_s}
        << Judged::Scope;
    QTest::newRow("agreement-terminated")
        << TestFixtures::DemoChanges::TerminateSla0017 << Judged::Scope;
    QTest::newRow("agreement-signed") << TestFixtures::DemoChanges::SignSla0022 << Judged::Scope;
    QTest::newRow("calendar-working-hours-edited-beside")
        << QStringList{u"UPDATE calendars SET definition = replace(definition, '08:00-17:00', "
                       "'08:00-15:00') WHERE name = 'US East office'"_s}
        << Judged::Beside;
    QTest::newRow("region-calendar-edited-beside")
        << QStringList{u"UPDATE regions SET calendar_id = (SELECT id FROM calendars "
                       "WHERE name = 'Singapore office') WHERE code = 'NA-E'"_s}
        << Judged::Beside;
    // Its tickets' verdicts are gone, those the second connection read too.
    QTest::newRow("agreement-terminated-beside")
        << TestFixtures::DemoChanges::TerminateSla0017 << Judged::Beside;
    // What neither the matching nor the judging reads moves no verdict.
    QTest::newRow("target-goal-edited")
        << QStringList{u"UPDATE targets SET goal_milli = 99900 WHERE id = "_s + kTarget}
        << Judged::Nothing;
    QTest::newRow("agreement-title-edited")
        << QStringList{u"UPDATE agreements SET title = title || '.' "
                       "WHERE number = 'SLA-2024-0017'"_s}
        << Judged::Nothing;
    // Every counterparty's region names a calendar: the whole portfolio, in one pass.
    QTest::newRow("every-region-calendar-edited")
        << QStringList{u"UPDATE regions SET calendar_id = (SELECT id FROM calendars "
                       "WHERE name = 'UK 24x7')"_s}
        << Judged::Everything;
}

void tst_VerdictScope::updateStoresWhatAFullRecomputeStores()
{
    QFETCH(QStringList, change);
    QFETCH(Judged, judged);

    // Given the demo, up to date, and one change of terms
    auto db = copy();
    QSqlDatabase c = db->connection();
    const qint64 tickets = count(c, u"SELECT count(*) FROM tickets"_s);
    for (const QString &step : std::as_const(change)) {
        QCOMPARE(TestFixtures::change(c, step), QString());
    }
    QVERIFY(!KpiEngine::isUpToDate(c, mOptions.asOf));

    // When the results are brought up to date (the verdicts first, in chunks of four tickets,
    // for Beside), and then recomputed from scratch
    std::optional<EvaluationSummary> besideFirst;
    if (judged == Judged::Beside) {
        auto evaluated = Evaluator::update(c, mOptions.asOf, 4);
        QVERIFY2(evaluated, qPrintable(evaluated.errorString()));
        besideFirst = *evaluated;
    }
    auto updated = KpiEngine::bringUpToDate(c, mOptions);
    QVERIFY2(updated, qPrintable(updated.errorString()));
    QVERIFY(KpiEngine::isUpToDate(c, mOptions.asOf));
    QCOMPARE(count(c, u"SELECT count(*) FROM verdict_scope"_s), qint64(0));
    const QStringList incremental = stored(c);
    auto full = KpiEngine::recomputeEverything(c, mOptions);
    QVERIFY2(full, qPrintable(full.errorString()));

    // Then both stored the same verdicts and KPIs, and the update judged only the tickets of
    // what changed
    const QStringList everything = stored(c);
    // (a list compared as a whole names the first row that differs)
    QCOMPARE(incremental, everything);
    const EvaluationSummary evaluation = updated->evaluation.value_or(EvaluationSummary{});
    switch (judged) {
    case Judged::Nothing:
        QVERIFY(!updated->evaluation);
        break;
    case Judged::Scope:
        QVERIFY(updated->evaluation);
        QVERIFY(!evaluation.full);
        QVERIFY2(evaluation.scopedTickets > 0 && evaluation.scopedTickets < tickets,
                 qPrintable(u"%1 of %2 tickets"_s.arg(evaluation.scopedTickets).arg(tickets)));
        QCOMPARE(evaluation.tickets, evaluation.scopedTickets);
        break;
    case Judged::Beside:
        // The verdicts were up to date before the KPIs were brought there.
        QVERIFY(!updated->evaluation);
        QVERIFY(besideFirst && !besideFirst->full);
        QVERIFY2(besideFirst->besideTickets > 0
                     && besideFirst->besideTickets < besideFirst->scopedTickets,
                 qPrintable(u"%1 of %2 tickets"_s.arg(besideFirst->besideTickets)
                                .arg(besideFirst->scopedTickets)));
        QCOMPARE(besideFirst->tickets, besideFirst->scopedTickets);
        break;
    case Judged::Everything:
        QVERIFY(updated->evaluation);
        QVERIFY(evaluation.full);
        QCOMPARE(evaluation.scopedTickets, qint64(0));
        // Every target changed with its zone: their stored periods were read beside.
        QVERIFY2(updated->kpis.targetsReadBeside >= Kpi::kTargetsReadBeside,
                 qPrintable(QString::number(updated->kpis.targetsReadBeside)));
        break;
    }
}

void tst_VerdictScope::aChangeDuringTheRunStaysNoted()
{
    // Given a change of a target, claimed by an evaluation that read the terms
    auto db = copy();
    QSqlDatabase c = db->connection();
    const QString edit = u"UPDATE targets SET threshold = threshold + 60 WHERE id = "_s + kTarget;
    QSqlQuery q(c);
    QVERIFY2(q.exec(edit), qPrintable(q.lastError().text()));
    auto claimed = VerdictScope::claim(c);
    QVERIFY2(claimed, qPrintable(claimed.errorString()));
    QCOMPARE(claimed->size(), 1);

    // When the same target changes again before the evaluation clears what it claimed
    QVERIFY2(q.exec(edit), qPrintable(q.lastError().text()));
    QVERIFY(VerdictScope::clearClaimed(c));

    // Then the second change is still noted, and the results are not up to date
    auto noted = VerdictScope::any(c);
    QVERIFY2(noted, qPrintable(noted.errorString()));
    QVERIFY(*noted);
    QVERIFY(Evaluator::isStale(c));
    QVERIFY(!Evaluator::isUpToDate(c, mOptions.asOf));
}

void tst_VerdictScope::aNotedChangeIsSeenByTheUpToDateCheck()
{
    // Given the demo, up to date
    auto db = copy();
    QSqlDatabase c = db->connection();
    QVERIFY(Evaluator::isUpToDate(c, mOptions.asOf));

    // When a region's code changes (tickets name their region by code)
    QSqlQuery q(c);
    QVERIFY2(q.exec(u"UPDATE regions SET code = 'NA-EAST' WHERE code = 'NA-E'"_s),
             qPrintable(q.lastError().text()));

    // Then the pairs of the targets in that region are noted, not the whole workspace
    QVERIFY(!Evaluator::isUpToDate(c, mOptions.asOf));
    QCOMPARE(count(c, u"SELECT value FROM accordo_meta WHERE key = 'ticket_results_stale'"_s),
             qint64(0));
    QVERIFY(count(c, u"SELECT count(*) FROM verdict_scope"_s) > 0);
}

QTEST_GUILESS_MAIN(tst_VerdictScope)
#include "tst_verdictscope.moc"
