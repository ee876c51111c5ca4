#include "dashboardshown.h"
#include "data/actionstore.h"
#include "data/agreementstore.h"
#include "data/partystore.h"
#include "data/workspace.h"
#include "demo/demomeasurements.h"
#include "kpi/kpiengine.h"
#include "reportdata/dashboarddata.h"
#include "reportdata/heldperiods.h"
#include "reportdata/resultindex.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Accordo;
using namespace Accordo::DashboardShown;
using namespace Qt::StringLiterals;

namespace {

// The watermelons of the snapshot's month and the satisfaction of each month, counted by SQL
// for the customers and agreements its filter keeps (the party's region, the party, the kind;
// satisfaction is a party's, whatever the kind).
QStringList partyFigures(QSqlDatabase db, const DashboardSnapshot &s)
{
    const DashboardFilter &f = s.filter;
    QString where = u" WHERE 1 = 1"_s;
    QVariantList values;
    if (!f.regionCode.isEmpty()) {
        where += u" AND r.code = ?"_s;
        values.append(f.regionCode);
    }
    if (f.partyId > 0) {
        where += u" AND p.id = ?"_s;
        values.append(f.partyId);
    }
    const QVariantList partyValues = values;
    QString agreementWhere = where;
    if (!f.agreementKind.isEmpty()) {
        agreementWhere += u" AND a.kind = ?"_s;
        values.append(f.agreementKind);
    }
    QStringList lines;
    QSqlQuery q(db);
    q.prepare(u"SELECT COUNT(*) FROM kpi_watermelons k JOIN agreements a ON a.id = k.agreement_id "
              "JOIN parties p ON p.id = a.party_id LEFT JOIN regions r ON r.id = p.region_id"_s
              + agreementWhere + u" AND k.period = ?"_s);
    for (const QVariant &v : values + QVariantList{f.toMonth})
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {q.lastError().text()};
    lines.append(u"watermelons %1"_s.arg(q.value(0).toLongLong()));
    q.prepare(u"SELECT k.period, CAST(SUM(k.csat_milli * k.answers) AS BIGINT) "
              "/ CAST(SUM(k.answers) AS BIGINT) "
              "FROM kpi_satisfaction k JOIN parties p ON p.id = k.party_id "
              "LEFT JOIN regions r ON r.id = p.region_id"_s
              + where
              + u" AND k.period >= ? AND k.period <= ? AND k.answers > 0 "
                "GROUP BY k.period ORDER BY k.period"_s);
    for (const QVariant &v : partyValues + QVariantList{f.fromMonth, f.toMonth})
        q.addBindValue(v);
    if (!q.exec())
        return {q.lastError().text()};
    while (q.next())
        lines.append(u"%1 %2"_s.arg(q.value(0).toString()).arg(q.value(1).toLongLong()));
    return lines;
}

// The same figures as the snapshot shows them.
QStringList partyFiguresShown(const DashboardSnapshot &s)
{
    QStringList lines{u"watermelons %1"_s.arg(s.tiles.watermelons)};
    for (const TrendPoint &p : s.trend) {
        if (p.csatMilli)
            lines.append(u"%1 %2"_s.arg(p.period).arg(*p.csatMilli));
    }
    return lines;
}

} // namespace

/// The dashboard's cache (DashboardCache) gives what a load without it gives, for any filter,
/// and reads the workspace again when what it holds may have changed. Checked on the demo,
/// brought up to date at its "now".
class tst_DashboardCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addsUpEveryFilterFromTheCache_data();
    void addsUpEveryFilterFromTheCache();
    void indexRefusesWhatItCannotGiveBack_data();
    void indexRefusesWhatItCannotGiveBack();
    void readsAgainAfterAChange_data();
    void findsEachLabelByItsNumber_data();
    void findsEachLabelByItsNumber();
    void forgetsAnAgreementsResults();
    void readsAgainOnlyTheAgreementsChanged_data();
    void readsAgainOnlyTheAgreementsChanged(); // changes targets and actions
    void readsAgainAfterAChange();             // renames a customer, moves the as-of: last

private:
    QTemporaryDir mDir;
    std::unique_ptr<Database> mDb;
};

void tst_DashboardCache::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    const QString failed = TestFixtures::openDemoUpToDate(mDir, mDb);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void tst_DashboardCache::addsUpEveryFilterFromTheCache_data()
{
    addFilterRows();
    QTest::newRow("a region no target has")
        << u"NOWHERE"_s << QString() << QString() << false << QString();
    QTest::newRow("an earlier range, a service")
        << QString() << u"SERVICE-DESK"_s << QString() << false << u"2026-03"_s;
    // A month with a watermelon, whose agreement is a customer SLA
    QTest::newRow("an earlier range, another kind")
        << QString() << QString() << u"ola"_s << false << u"2026-03"_s;
}

/// The dashboard's cache holds the results of the whole portfolio added up, and gives for any
/// filter of the same range what a read of the workspace gives: whether the cache was filled
/// by a load of that filter or of another.
void tst_DashboardCache::addsUpEveryFilterFromTheCache()
{
    QSqlDatabase db = mDb->connection();
    const auto rowFilter = filterOfRow(db);
    QVERIFY(rowFilter);
    const DashboardFilter &filter = *rowFilter;
    DashboardFilter everything;
    everything.toMonth = filter.toMonth;
    const QDate today(2026, 10, 31);
    const auto months = DashboardData::ValueMonths::LastMonth;
    const auto read = [&](const DashboardFilter &f, DashboardCache *cache) {
        auto reading = DashboardData::loadWithValue(db, f, months, today, {}, cache);
        if (!reading)
            qWarning("%s", qPrintable(reading.errorString()));
        return reading ? std::optional(*reading) : std::nullopt;
    };
    const auto expectedFiltered = read(filter, nullptr);
    const auto expectedEverything = read(everything, nullptr);
    QVERIFY(expectedFiltered && expectedEverything);
    QVERIFY(!expectedEverything->snapshot.agreements.isEmpty());
    QVERIFY(!expectedEverything->value.isEmpty());
    QVERIFY(!expectedEverything->snapshot.actionFindings.isEmpty());

    // The party-level figures are those SQL counts of the filter's customers and agreements
    const DashboardSnapshot &expected = expectedFiltered->snapshot;
    QCOMPARE(partyFigures(db, expected), partyFiguresShown(expected));

    // Given a cache filled by a load of the filter
    DashboardCache cache;
    const auto filled = read(filter, &cache);
    QVERIFY(filled);
    QVERIFY(!cache.lastLoadReused());
    QVERIFY(cache.holdsResults());
    QCOMPARE(shown(filled->snapshot), shown(expectedFiltered->snapshot));
    QCOMPARE(shown(filled->value), shown(expectedFiltered->value));
    // When the whole portfolio, then the filter again, are loaded through it
    const auto all = read(everything, &cache);
    QVERIFY(all);
    QVERIFY(cache.lastLoadReused());
    const auto again = read(filter, &cache);
    QVERIFY(again);
    QVERIFY(cache.lastLoadReused());
    // Then each shows what a read of the workspace shows
    QCOMPARE(shown(all->snapshot), shown(expectedEverything->snapshot));
    QCOMPARE(shown(all->value), shown(expectedEverything->value));
    QCOMPARE(shown(again->snapshot), shown(expectedFiltered->snapshot));
    QCOMPARE(shown(again->value), shown(expectedFiltered->value));
    QCOMPARE(again->snapshot.actionFindings.size(),
             expectedFiltered->snapshot.actionFindings.size());
}

void tst_DashboardCache::findsEachLabelByItsNumber_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<int>("place");
    // The labels of a range as the readers list them: its months, then its quarters.
    QTest::newRow("first month") << u"2026-09"_s << 0;
    QTest::newRow("a month") << u"2026-11"_s << 2;
    QTest::newRow("December") << u"2026-12"_s << 3;
    QTest::newRow("next January") << u"2027-01"_s << 4;
    QTest::newRow("a quarter") << u"2026-Q3"_s << 5;
    QTest::newRow("the quarter after December") << u"2026-Q4"_s << 6;
    QTest::newRow("a month before") << u"2026-08"_s << -1;
    QTest::newRow("a month after") << u"2027-02"_s << -1;
    QTest::newRow("a quarter not listed") << u"2026-Q2"_s << -1;
    QTest::newRow("the first quarter after") << u"2027-Q1"_s << -1;
    QTest::newRow("month 13") << u"2026-13"_s << -1;
    QTest::newRow("month 0") << u"2026-00"_s << -1;
    QTest::newRow("quarter 5") << u"2026-Q5"_s << -1;
    QTest::newRow("short") << u"2026-1"_s << -1;
    QTest::newRow("a letter in the year") << u"20x6-10"_s << -1;
    QTest::newRow("a slash") << u"2026/10"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void tst_DashboardCache::findsEachLabelByItsNumber()
{
    QFETCH(QString, period);
    QFETCH(int, place);
    const PeriodLabels labels({u"2026-09"_s, u"2026-10"_s, u"2026-11"_s, u"2026-12"_s, u"2027-01"_s,
                               u"2026-Q3"_s, u"2026-Q4"_s});
    QCOMPARE(labels.of(period), place);
}

/// An agreement the index forgets counts no more for any filter, and its results added again
/// count as they are then, under what is then its number.
void tst_DashboardCache::forgetsAnAgreementsResults()
{
    using namespace Dashboard;
    const QStringList service{u"DESK"_s, u"Service desk"_s};
    const auto ownerOf = [&](qint64 id, const QString &number) {
        ResultOwner o;
        o.agreementId = id;
        o.number = number;
        o.partyKey = u"3"_s;
        o.service = &service;
        return o;
    };
    const ResultOwner first = ownerOf(7, u"SLA-7"_s), second = ownerOf(8, u"SLA-8"_s);
    ResultIndex index({u"2026-10"_s});
    QVERIFY(index.add({first, 70, u"2026-10"_s, Measure(u"breached"_s, 1, 2, 90000, true), false,
                       std::nullopt, 0, 0, u"EUR"_s}));
    QVERIFY(index.add({second, 80, u"2026-10"_s, Measure(u"met"_s, 4, 0, 90000, true), false,
                       std::nullopt, 0, 0, u"EUR"_s}));
    DashboardSnapshot snap;
    snap.filter.toMonth = u"2026-10"_s;
    snap.months = {u"2026-10"_s};
    const auto figures = [&] {
        const KpiTotals t = index.totals(snap);
        QStringList lines{
            u"met %1 breached %2 breaches %3"_s.arg(t.perMonth.value(u"2026-10"_s).met)
                .arg(t.perMonth.value(u"2026-10"_s).breached)
                .arg(t.breaches)};
        for (const KpiTotals::Standing &s : t.standings)
            lines.append(s.shown.number + u' ' + s.shown.title + u' ' + s.shown.status);
        return lines;
    };
    QCOMPARE(figures(), (QStringList{u"met 5 breached 2 breaches 1"_s, u"SLA-7  breached"_s,
                                     u"SLA-8  met"_s}));
    // When the first is forgotten
    index.forget({7});
    QCOMPARE(figures(), (QStringList{u"met 4 breached 0 breaches 0"_s, u"SLA-8  met"_s}));
    // Then added again, renamed, with its target met
    ResultOwner renamed = ownerOf(7, u"SLA-7"_s);
    renamed.title = u"Renamed"_s;
    QVERIFY(index.add({renamed, 70, u"2026-10"_s, Measure(u"met"_s, 3, 0, 90000, true), false,
                       std::nullopt, 0, 0, u"EUR"_s}));
    QCOMPARE(figures(), (QStringList{u"met 7 breached 0 breaches 0"_s, u"SLA-8  met"_s,
                                     u"SLA-7 Renamed met"_s}));
    // Forgetting an agreement it never held changes nothing
    index.forget({99});
    QCOMPARE(figures().size(), 3);
}

void tst_DashboardCache::readsAgainOnlyTheAgreementsChanged_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("patched");
    QTest::newRow("a target's results written again") << u"target"_s << true;
    QTest::newRow("an agreement's targets all met") << u"met"_s << true;
    QTest::newRow("an action follows a breach") << u"action"_s << true;
    QTest::newRow("both, then another target") << u"both"_s << true;
    QTest::newRow("results written again, none changed") << u"none"_s << true;
    QTest::newRow("results written at another as-of") << u"later"_s << false;
    QTest::newRow("a customer renamed") << u"rename"_s << false;
}

/// After audited changes of a few agreements and results written again for a few, the cache
/// reads again those agreements alone, and gives for every filter what a read of the
/// workspace gives; any other change reads everything again.
void tst_DashboardCache::readsAgainOnlyTheAgreementsChanged()
{
    QFETCH(QString, change);
    QFETCH(bool, patched);
    QSqlDatabase db = mDb->connection();
    const QDate today(2026, 10, 31);
    const auto months = DashboardData::ValueMonths::Range;
    DashboardCache cache;
    const auto before = DashboardData::loadWithValue(db, {}, months, today, {}, &cache);
    QVERIFY2(before, qPrintable(before.errorString()));
    QVERIFY(cache.holdsResults());
    const DashboardSnapshot &was = before->snapshot;
    QVERIFY(was.agreements.size() > 2);
    Workspace workspace(db);
    const auto number = [&db](const QString &sql, const QVariantList &values = {}) {
        return TestSupport::count(db, sql, values);
    };
    const qint64 shownParty = number(u"SELECT party_id FROM agreements WHERE id = ?"_s,
                                     {was.agreements.constFirst().agreementId});
    // Each filter of the rows loaded once before the change, so that the sums kept for each
    // are brought to it
    const auto rowFilters = [&] {
        QList<DashboardFilter> filters{DashboardFilter{}};
        DashboardFilter kind;
        kind.agreementKind = u"customer_sla"_s;
        DashboardFilter customer;
        customer.partyId = shownParty;
        return filters << kind << customer;
    }();
    for (const DashboardFilter &f : rowFilters)
        QVERIFY(DashboardData::loadWithValue(db, f, months, today, {}, &cache));
    const auto recompute = [&](qint64 later) {
        KpiOptions options;
        options.asOf = *KpiEngine::storedAsOf(db) + later;
        return bool(KpiEngine::bringUpToDate(db, options));
    };
    // The goal of a target of an agreement the dashboard shows, moved: its results change
    const auto moveGoal = [&](qsizetype shown) {
        QSqlQuery q(db);
        q.prepare(u"UPDATE targets SET goal_milli = goal_milli - 5000 WHERE id = (SELECT MIN(id) "
                  "FROM targets WHERE agreement_id = ? AND metric = 'resolution')"_s);
        q.addBindValue(was.agreements.at(shown).agreementId);
        return q.exec() && q.numRowsAffected() == 1;
    };
    // An agreement that breached this month, no result of it at risk
    const auto breachedOnly = std::find_if(
        was.agreements.cbegin(), was.agreements.cend(), [](const AgreementStanding &a) {
            return a.status == u"breached"_s && a.atRisk == 0 && a.breaches > 0;
        });
    QVERIFY(breachedOnly != was.agreements.cend());
    if (change == u"met"_s) {
        // With every goal lowered to 1 %, it is at risk no more
        QSqlQuery q(db);
        q.prepare(u"UPDATE targets SET goal_milli = 1000 WHERE agreement_id = ?"_s);
        q.addBindValue(breachedOnly->agreementId);
        QVERIFY(q.exec() && q.numRowsAffected() > 0);
        QVERIFY(recompute(0));
    }
    if (change == u"target"_s || change == u"both"_s || change == u"later"_s) {
        QVERIFY(moveGoal(0));
        QVERIFY(recompute(change == u"later"_s ? 3600 : 0));
    }
    if (change == u"action"_s || change == u"both"_s) {
        const auto breach = std::find_if(
            was.actionFindings.cbegin(), was.actionFindings.cend(),
            [](const ActionFinding &f) { return f.kind == u"breach_without_action"_s; });
        QVERIFY(breach != was.actionFindings.cend());
        ImprovementAction action;
        action.agreementId = number(
            u"SELECT id FROM agreements WHERE number = ? AND status = 'active'"_s,
            {breach->number});
        action.title = u"Find why it breached"_s;
        action.source = u"breach"_s;
        action.targetId = breach->targetId;
        action.period = breach->period;
        action.ownerId = number(u"SELECT MIN(id) FROM users"_s);
        action.dueDate = today.addDays(14);
        auto added = ActionStore(workspace).insert(action);
        QVERIFY2(added, qPrintable(added.errorString()));
    }
    if (change == u"both"_s) {
        QVERIFY(moveGoal(1));
        QVERIFY(recompute(0));
    }
    if (change == u"none"_s) {
        KpiOptions options;
        options.asOf = *KpiEngine::storedAsOf(db);
        QVERIFY(KpiEngine::refresh(db, options));
    }
    if (change == u"rename"_s) {
        PartyStore parties(workspace);
        auto party = parties.party(shownParty);
        QVERIFY2(party, qPrintable(party.errorString()));
        party->name += u" (renamed)"_s;
        QVERIFY(parties.update(*party));
    }
    // Then each filter shows what a read of the workspace shows
    bool first = true;
    for (const DashboardFilter &f : rowFilters) {
        const auto next = DashboardData::loadWithValue(db, f, months, today, {}, &cache);
        QVERIFY2(next, qPrintable(next.errorString()));
        if (first) {
            QCOMPARE(cache.lastLoadPatched(), patched);
            QVERIFY(!cache.lastLoadReused());
            first = false;
        } else {
            QVERIFY(cache.lastLoadReused());
        }
        const auto expected = DashboardData::loadWithValue(db, f, months, today);
        QVERIFY2(expected, qPrintable(expected.errorString()));
        QCOMPARE(shown(next->snapshot), shown(expected->snapshot));
        QCOMPARE(shown(next->value), shown(expected->value));
        QCOMPARE(next->snapshot.actionFindings.size(), expected->snapshot.actionFindings.size());
        for (qsizetype i = 0; i < expected->snapshot.actionFindings.size(); ++i) {
            const ActionFinding &got = next->snapshot.actionFindings.at(i);
            const ActionFinding &want = expected->snapshot.actionFindings.at(i);
            QCOMPARE(got.kind + got.number + got.subject + got.period + got.owner,
                     want.kind + want.number + want.subject + want.period + want.owner);
        }
    }
    // And the change shows
    const auto now = DashboardData::loadWithValue(db, {}, months, today);
    QVERIFY(now);
    if (change == u"action"_s)
        QCOMPARE(now->snapshot.actionFindings.size(), was.actionFindings.size() - 1);
    if (change == u"target"_s)
        QVERIFY(shown(now->snapshot) != shown(was));
    if (change == u"met"_s)
        QCOMPARE(now->snapshot.tiles.agreementsAtRisk, was.tiles.agreementsAtRisk - 1);
}

void tst_DashboardCache::readsAgainAfterAChange_data()
{
    TestSupport::addRows<QString>("change",
                                  {{"another day", u"day"_s},
                                   {"another range", u"range"_s},
                                   {"a customer renamed", u"rename"_s},
                                   {"results written again, the same as-of", u"rewrite"_s},
                                   {"results brought on a day", u"later"_s}});
}

/// What changes the figures makes the dashboard's cache read them again: the day (reviews
/// and actions due), the range, an audited change (a customer's name), the results written
/// again even at the same as-of, the results brought on.
void tst_DashboardCache::readsAgainAfterAChange()
{
    QFETCH(QString, change);
    QSqlDatabase db = mDb->connection();
    QDate today(2026, 10, 31);
    DashboardFilter filter;
    const auto months = DashboardData::ValueMonths::LastMonth;
    // Given a cache filled, and used once
    DashboardCache cache;
    QVERIFY(DashboardData::loadWithValue(db, filter, months, today, {}, &cache));
    const auto before = DashboardData::loadWithValue(db, filter, months, today, {}, &cache);
    QVERIFY2(before, qPrintable(before.errorString()));
    QVERIFY(cache.lastLoadReused());
    QVERIFY(!before->snapshot.agreements.isEmpty());
    // When something changes
    if (change == u"day"_s)
        today = today.addDays(1);
    if (change == u"range"_s)
        filter.fromMonth = u"2026-06"_s;
    if (change == u"rename"_s) {
        // The customer of an agreement the dashboard shows
        Workspace workspace(db);
        auto shownAgreement = AgreementStore(workspace).agreement(
            before->snapshot.agreements.constFirst().agreementId);
        QVERIFY2(shownAgreement, qPrintable(shownAgreement.errorString()));
        PartyStore parties(workspace);
        auto party = parties.party(shownAgreement->partyId);
        QVERIFY2(party, qPrintable(party.errorString()));
        party->name += u" (renamed)"_s;
        auto updated = parties.update(*party);
        QVERIFY2(updated, qPrintable(updated.errorString()));
    }
    if (change == u"rewrite"_s || change == u"later"_s) {
        KpiOptions options;
        options.asOf = *KpiEngine::storedAsOf(db) + (change == u"later"_s ? 86400 : 0);
        auto written = KpiEngine::recomputeEverything(db, options);
        QVERIFY2(written, qPrintable(written.errorString()));
    }
    // Then the next load reads the workspace, and shows what a read without the cache shows
    const auto next = DashboardData::loadWithValue(db, filter, months, today, {}, &cache);
    QVERIFY2(next, qPrintable(next.errorString()));
    QVERIFY(!cache.lastLoadReused());
    const auto expected = DashboardData::loadWithValue(db, filter, months, today);
    QVERIFY2(expected, qPrintable(expected.errorString()));
    QCOMPARE(shown(next->snapshot), shown(expected->snapshot));
    QCOMPARE(shown(next->value), shown(expected->value));
    if (change == u"rename"_s)
        QVERIFY(shown(next->snapshot).join(u'\n').contains(u"(renamed)"_s));
}

void tst_DashboardCache::indexRefusesWhatItCannotGiveBack_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("met");
    QTest::addColumn<bool>("held");

    QTest::newRow("a result it holds") << u"met"_s << u"2026-10"_s << u"EUR"_s << 5LL << true;
    QTest::newRow("nothing measured") << u"no_data"_s << u"2026-10"_s << u"EUR"_s << 0LL << true;
    QTest::newRow("a status it does not know")
        << u"waived"_s << u"2026-10"_s << u"EUR"_s << 5LL << false;
    QTest::newRow("a month outside the range")
        << u"met"_s << u"2027-01"_s << u"EUR"_s << 5LL << false;
    QTest::newRow("a second currency in the agreement")
        << u"met"_s << u"2026-10"_s << u"USD"_s << 5LL << false;
    QTest::newRow("more tickets than a cell counts")
        << u"met"_s << u"2026-10"_s << u"EUR"_s << (1LL << 31) << false;
}

/// The dashboard's index of results takes only what it can give back exactly as the results
/// were read; for anything else the dashboard reads the workspace instead.
void tst_DashboardCache::indexRefusesWhatItCannotGiveBack()
{
    QFETCH(QString, status);
    QFETCH(QString, month);
    QFETCH(QString, currency);
    QFETCH(qint64, met);
    QFETCH(bool, held);
    using namespace Dashboard;
    const QStringList service{u"DESK"_s, u"Service desk"_s};
    ResultOwner owner;
    owner.agreementId = 7;
    owner.number = u"SLA-7"_s;
    owner.partyKey = u"3"_s;
    owner.service = &service;
    ResultIndex index({u"2026-09"_s, u"2026-10"_s});
    // Given a result of the agreement in euros
    QVERIFY(index.add({owner, 70, u"2026-09"_s, Measure(u"breached"_s, 1, 2, 90000, true), false,
                       std::nullopt, 0, 0, u"EUR"_s}));
    // When another result of it is added
    const bool added = index.add({owner, 71, month, Measure(status, met, 0, 90000, true), false,
                                  std::nullopt, 0, 0, currency});
    // Then the index holds it, or says it cannot
    QCOMPARE(added, held);
    if (held) {
        DashboardSnapshot snap;
        snap.filter.toMonth = u"2026-10"_s;
        snap.months = {u"2026-10"_s};
        const KpiTotals totals = index.totals(snap);
        QCOMPARE(totals.perMonth.value(u"2026-10"_s).met, met);
        QCOMPARE(totals.perMonth.value(u"2026-09"_s).breached, 2);
        QCOMPARE(totals.standings.size(), size_t(1));
        QCOMPARE(totals.standings.front().shown.status, status);
    }
}

QTEST_GUILESS_MAIN(tst_DashboardCache)
#include "tst_dashboardcache.moc"
