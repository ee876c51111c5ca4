#include "dashboardshown.h"
#include "demo/demomeasurements.h"
#include "kpi/kpiengine.h"
#include "kpi/kpirecompute.h"
#include "reportdata/dashboarddata.h"
#include "reportdata/valuevscost.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "testbackend.h"
#include "testfixtures.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Accordo;
using namespace Qt::StringLiterals;
using namespace Accordo::DashboardShown;

namespace {

// What a filter looks at of a target: its service, its region (the target's, else its
// party's), its agreement's kind and party.
struct TargetKeys
{
    QString service, region, kind;
    qint64 party = 0;
};

bool keeps(const DashboardFilter &f, const TargetKeys &k)
{
    return (f.serviceCode.isEmpty() || f.serviceCode == k.service)
           && (f.regionCode.isEmpty() || f.regionCode == k.region)
           && (f.agreementKind.isEmpty() || f.agreementKind == k.kind)
           && (f.partyId == 0 || f.partyId == k.party);
}

QString monthOf(const QString &period)
{
    if (period.at(5) != u'Q')
        return period;
    return period.left(5) + u"%1"_s.arg(period.mid(6).toInt() * 3, 2, 10, QChar(u'0'));
}

int severity(const QString &status)
{
    const QStringList order{u"no_data"_s, u"met"_s, u"at_risk"_s, u"breached"_s};
    return int(order.indexOf(status)); // -1 for "" (not in force)
}

// What the dashboard should show of one month, counted from KpiEngine::rows().
struct MonthCount
{
    qint64 results = 0, breaches = 0, met = 0, breached = 0;
};

} // namespace

/// The dashboard counts each result the KPI readers report, stored or derived ("no data": a
/// period in which nothing was measured is not stored), for every kind of filter. Checked on
/// the demo, brought up to date at its "now", against KpiEngine::rows() and the targets'
/// services, regions, kinds and customers as the database holds them.
class tst_DashboardData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultMonthIsNotPastTheLastMeasurement_data();
    void defaultMonthIsNotPastTheLastMeasurement();
    void countsWhatTheKpiReadersReport_data();
    void countsWhatTheKpiReadersReport();
    void valueAgainstCostIsTheSumOfItsPeriods_data();
    void valueAgainstCostIsTheSumOfItsPeriods();
    void readsValueBesideTheDashboard_data();
    void readsValueBesideTheDashboard();
    void readsTheSameWithTheRecomputesTerms();      // moves the as-of: last
    void forecastMonthsFollowTheRangeWithoutAGap(); // moves it further

private:
    QTemporaryDir mDir;
    std::unique_ptr<Database> mDb;
    QList<KpiRow> mRows;
    QHash<qint64, TargetKeys> mKeys;
};

void tst_DashboardData::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    const QString failed = TestFixtures::openDemoUpToDate(mDir, mDb);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto rows = KpiEngine::rows(mDb->connection());
    QVERIFY2(rows, qPrintable(rows.errorString()));
    mRows = *rows;
    QSqlQuery q(mDb->connection());
    QVERIFY(q.exec(uR"(SELECT t.id, s.code AS service, COALESCE(r.code, '') AS region, a.kind,
            a.party_id FROM targets t JOIN agreements a ON a.id = t.agreement_id
            JOIN parties p ON p.id = a.party_id JOIN services s ON s.id = t.service_id
            LEFT JOIN regions r ON r.id = COALESCE(t.region_id, p.region_id))"_s));
    while (q.next())
        mKeys.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString(),
                                               q.value(3).toString(), q.value(4).toLongLong()});
    // Both kinds of result are there to count
    const auto noData = std::count_if(mRows.cbegin(), mRows.cend(), [](const KpiRow &r) {
        return r.status == u"no_data"_s && r.tickets == 0;
    });
    QVERIFY2(noData > 100, qPrintable(QString::number(noData)));
}

void tst_DashboardData::defaultMonthIsNotPastTheLastMeasurement_data()
{
    QTest::addColumn<QString>("latestWithKpis");
    QTest::addColumn<QString>("lastMeasured"); // ISO 8601 UTC; empty: nothing measured
    QTest::addColumn<QString>("expected");
    // A target in Singapore counts 31 October 17:59 UTC in November (01:59 there).
    QTest::newRow("a zone ahead opened the next month")
        << u"2026-11"_s << u"2026-10-31T17:59:00Z"_s << u"2026-10"_s;
    QTest::newRow("measured in the month")
        << u"2026-11"_s << u"2026-11-15T09:00:00Z"_s << u"2026-11"_s;
    // A target in New York still counts 1 November 03:00 UTC in October.
    QTest::newRow("a zone behind is still in the month before")
        << u"2026-10"_s << u"2026-11-01T03:00:00Z"_s << u"2026-10"_s;
    QTest::newRow("nothing measured") << u"2026-11"_s << QString() << u"2026-11"_s;
    QTest::newRow("no KPIs") << QString() << u"2026-11-15T09:00:00Z"_s << QString();
}

void tst_DashboardData::defaultMonthIsNotPastTheLastMeasurement()
{
    QFETCH(QString, latestWithKpis);
    QFETCH(QString, lastMeasured);
    QFETCH(QString, expected);
    std::optional<qint64> instant;
    if (!lastMeasured.isEmpty())
        instant = QDateTime::fromString(lastMeasured, Qt::ISODate).toSecsSinceEpoch();
    QCOMPARE(DashboardData::defaultMonth(latestWithKpis, instant), expected);
}

void tst_DashboardData::countsWhatTheKpiReadersReport_data()
{
    addFilterRows();
}

void tst_DashboardData::countsWhatTheKpiReadersReport()
{
    const auto rowFilter = filterOfRow(mDb->connection());
    QVERIFY(rowFilter);
    const DashboardFilter &filter = *rowFilter;

    // When the dashboard is loaded for the filter
    const auto snapshot = DashboardData::load(mDb->connection(), filter, QDate(2026, 10, 31));
    QVERIFY2(snapshot, qPrintable(snapshot.errorString()));
    const QStringList months = snapshot->months;
    QCOMPARE(months.size(), 12);

    // Then it counts, month by month and agreement by agreement, what the readers report
    QMap<QString, MonthCount> perMonth;
    QMap<qint64, QStringList> monthStatus;
    for (const KpiRow &r : std::as_const(mRows)) {
        const QString month = monthOf(r.period);
        if (!months.contains(month) || !keeps(snapshot->filter, mKeys.value(r.targetId)))
            continue;
        MonthCount &c = perMonth[month];
        ++c.results;
        c.breaches += r.status == u"breached"_s ? 1 : 0;
        if (r.metric == u"first_response"_s || r.metric == u"resolution"_s) {
            c.met += r.met;
            c.breached += r.breached;
        }
        QStringList &statuses = monthStatus[r.agreementId];
        if (statuses.isEmpty())
            statuses = QStringList(months.size());
        QString &cell = statuses[months.indexOf(month)];
        if (severity(r.status) >= severity(cell))
            cell = r.status;
    }
    QVERIFY2(!perMonth.isEmpty(), "the filter keeps some results");
    qint64 results = 0;
    for (const QString &month : months) {
        const MonthCount c = perMonth.value(month);
        const auto point = std::find_if(snapshot->trend.cbegin(), snapshot->trend.cend(),
                                        [&](const TrendPoint &p) { return p.period == month; });
        QVERIFY(point != snapshot->trend.cend());
        QCOMPARE(point->breaches, c.breaches);
        const std::optional<qint64> compliance =
            c.met + c.breached == 0 ? std::nullopt
                                    : std::optional(c.met * 100000 / (c.met + c.breached));
        QCOMPARE(point->complianceMilli, compliance);
        results += c.results;
    }
    for (const auto *bars : {&snapshot->byRegion, &snapshot->byService, &snapshot->byCustomer}) {
        qint64 counted = 0;
        for (const BreakdownBar &b : *bars)
            counted += b.results;
        QCOMPARE(counted, results);
    }
    QMap<qint64, QStringList> shown;
    for (const AgreementStanding &a : snapshot->agreements)
        shown.insert(a.agreementId, a.monthStatus);
    QCOMPARE(shown.keys(), monthStatus.keys());
    for (auto it = monthStatus.cbegin(); it != monthStatus.cend(); ++it)
        QCOMPARE(shown.value(it.key()), it.value());
    QCOMPARE(snapshot->tiles.breaches, perMonth.value(snapshot->filter.toMonth).breaches);
}

void tst_DashboardData::valueAgainstCostIsTheSumOfItsPeriods_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("dashboardTerms"); // the terms the dashboard read, not read again

    QTest::newRow("a month") << u"2026-10"_s << u"2026-10"_s << false;
    QTest::newRow("twelve months") << u"2025-11"_s << u"2026-10"_s << false;
    QTest::newRow("twelve months, the dashboard's terms") << u"2025-11"_s << u"2026-10"_s << true;
    QTest::newRow("quarters cut at both ends") << u"2026-02"_s << u"2026-05"_s << false;
    QTest::newRow("the middle of a quarter") << u"2026-08"_s << u"2026-08"_s << true;
    QTest::newRow("before any agreement") << u"2019-01"_s << u"2019-12"_s << false;
}

void tst_DashboardData::valueAgainstCostIsTheSumOfItsPeriods()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, dashboardTerms);
    const KpiFilter filter{QString(), from, to};
    std::shared_ptr<const Kpi::Recompute> terms;
    if (dashboardTerms) {
        const auto snapshot = DashboardData::load(mDb->connection(), {}, QDate(2026, 10, 31));
        QVERIFY2(snapshot, qPrintable(snapshot.errorString()));
        QVERIFY(snapshot->allTerms);
        terms = snapshot->allTerms;
    }
    // When value against cost is read per agreement over the range
    const auto value = ValueVsCost::agreements(mDb->connection(), filter, terms.get());
    QVERIFY2(value, qPrintable(value.errorString()));
    // Then it is what the KPI readers' periods add up to
    const auto expected = ValueVsCost::fromPeriods(mDb->connection(), filter);
    QVERIFY2(expected, qPrintable(expected.errorString()));
    const auto line = [](const ValueCost &v) {
        return u"%1 %2 %3 %4 %5 %6 %7 %8"_s.arg(v.agreementId)
            .arg(v.number, v.title, v.period)
            .arg(v.months)
            .arg(v.revenue.toDisplayString(), v.credits.toDisplayString())
            .arg(v.ratioMilli.value_or(-1));
    };
    QStringList got, want;
    for (const ValueCost &v : *value)
        got.append(line(v));
    for (const ValueCost &v : *expected)
        want.append(line(v));
    QCOMPARE(got, want);
    if (from >= u"2025-01"_s)
        QVERIFY2(want.size() > 20, qPrintable(QString::number(want.size())));
}

QTEST_GUILESS_MAIN(tst_DashboardData)
void tst_DashboardData::readsValueBesideTheDashboard_data()
{
    QTest::addColumn<QString>("filterBy");   // "", "region", "service": the first target's
    QTest::addColumn<bool>("lastMonth");     // value against cost of the last month alone
    QTest::addColumn<bool>("inTransaction"); // with a change not committed yet

    QTest::newRow("everything, the range") << QString() << false << false;
    QTest::newRow("everything, the last month") << QString() << true << false;
    QTest::newRow("a region") << u"region"_s << false << false;
    QTest::newRow("a service, the last month") << u"service"_s << true << false;
    QTest::newRow("a change not committed") << QString() << false << true;
}

/// The dashboard and value against cost, read side by side on two connections, show what
/// each shows read alone on the caller's connection; a connection in a transaction reads both
/// itself, since another would not see what it changed.
void tst_DashboardData::readsValueBesideTheDashboard()
{
    QFETCH(QString, filterBy);
    QFETCH(bool, lastMonth);
    QFETCH(bool, inTransaction);
    QSqlDatabase db = mDb->connection();
    DashboardFilter filter;
    const TargetKeys &first = mKeys.cbegin().value();
    if (filterBy == u"region"_s)
        filter.regionCode = first.region;
    if (filterBy == u"service"_s)
        filter.serviceCode = first.service;
    std::optional<Transaction> transaction;
    if (inTransaction) {
        transaction.emplace(db);
        QVERIFY(transaction->isActive());
        QSqlQuery rename(db);
        QVERIFY(rename.exec(u"UPDATE agreements SET title = title || ' (renamed)'"_s));
    }
    // A second connection is taken only when it sees what this one sees
    const auto location = Database::alikeLocation(db);
    QCOMPARE(bool(location), !inTransaction);
    if (location) {
        auto other = Database::open(*location, Database::OpenMode::ReadOnly);
        QVERIFY2(other, qPrintable(other.errorString()));
    }

    // When both are read side by side
    const QDate today(2026, 10, 31);
    const auto reading = DashboardData::loadWithValue(
        db, filter,
        lastMonth ? DashboardData::ValueMonths::LastMonth : DashboardData::ValueMonths::Range,
        today);
    QVERIFY2(reading, qPrintable(reading.errorString()));
    // Then the dashboard is what load() gives
    const auto alone = DashboardData::load(db, filter, today);
    QVERIFY2(alone, qPrintable(alone.errorString()));
    QVERIFY(!reading->snapshot.agreements.isEmpty());
    QCOMPARE(shown(reading->snapshot), shown(*alone));
    QVERIFY(!alone->actionFindings.isEmpty());
    QCOMPARE(reading->snapshot.actionFindings.size(), alone->actionFindings.size());
    QCOMPARE(reading->snapshot.tiles.actionFindings, alone->tiles.actionFindings);
    // And value against cost is what it gives read alone, over the months asked
    const DashboardFilter &range = alone->filter;
    const auto value = ValueVsCost::agreements(
        db, {QString(), lastMonth ? range.toMonth : range.fromMonth, range.toMonth});
    QVERIFY2(value, qPrintable(value.errorString()));
    const auto line = [](const ValueCost &v) {
        return u"%1 %2 %3 %4 %5"_s.arg(v.number, v.title, v.period, v.revenue.toDisplayString(),
                                       v.credits.toDisplayString());
    };
    QStringList got, want;
    for (const ValueCost &v : reading->value)
        got.append(line(v));
    for (const ValueCost &v : *value)
        want.append(line(v));
    QVERIFY(!want.isEmpty());
    QCOMPARE(got, want);
    if (inTransaction)
        QVERIFY(want.constFirst().contains(u"(renamed)"_s));
}

/// The portfolio report hands the dashboard the terms its recompute loaded, rather than
/// loading every target's terms again: the figures are the same, and terms of another as-of
/// are not used.
void tst_DashboardData::readsTheSameWithTheRecomputesTerms()
{
    // Given the results brought three days on, with the recompute's terms kept
    QSqlDatabase db = mDb->connection();
    KpiOptions later;
    later.asOf = DemoMeasurements::now() + 3 * 86400;
    std::shared_ptr<const Kpi::Recompute> terms;
    auto update = KpiEngine::bringUpToDate(db, later, terms);
    QVERIFY2(update, qPrintable(update.errorString()));
    QVERIFY(terms);
    // When the dashboard loads with them and without them
    const QDate today = QDateTime::fromSecsSinceEpoch(later.asOf, Qt::UTC).date();
    auto given = DashboardData::load(db, {}, today, terms);
    QVERIFY2(given, qPrintable(given.errorString()));
    auto loaded = DashboardData::load(db, {}, today);
    QVERIFY2(loaded, qPrintable(loaded.errorString()));
    // Then it used the terms handed in, and shows the same
    QCOMPARE(given->allTerms.get(), terms.get());
    QVERIFY(loaded->allTerms && loaded->allTerms != terms);
    QVERIFY(!shown(*loaded).isEmpty());
    QCOMPARE(shown(*given), shown(*loaded));

    // And terms of an earlier as-of are not taken once the results moved on
    KpiOptions evenLater;
    evenLater.asOf = later.asOf + 86400;
    auto moved = KpiEngine::bringUpToDate(db, evenLater);
    QVERIFY2(moved, qPrintable(moved.errorString()));
    auto stale = DashboardData::load(db, {}, today, terms);
    QVERIFY2(stale, qPrintable(stale.errorString()));
    QVERIFY(stale->allTerms && stale->allTerms != terms);
}

/// Results brought five weeks past the last measurement: the forecast starts after the as-of,
/// and the trend still names every month after the range up to the last one forecast, the
/// month the forecast skips too, so that the volume chart's axis has no gap.
void tst_DashboardData::forecastMonthsFollowTheRangeWithoutAGap()
{
    // Given the results brought to 5 December, the last measurement on 31 October
    QSqlDatabase db = mDb->connection();
    KpiOptions later;
    later.asOf = DemoMeasurements::now() + 35 * 86400;
    auto update = KpiEngine::bringUpToDate(db, later);
    QVERIFY2(update, qPrintable(update.errorString()));
    // When the dashboard shows October
    DashboardFilter october;
    october.toMonth = u"2026-10"_s;
    const QDate today = QDateTime::fromSecsSinceEpoch(later.asOf, Qt::UTC).date();
    auto snap = DashboardData::load(db, october, today);
    QVERIFY2(snap, qPrintable(snap.errorString()));
    // Then the months after it follow one another, November without a forecast
    QStringList after, forecast;
    for (const TrendPoint &p : std::as_const(snap->trend)) {
        QCOMPARE(p.forecastMonth, p.period > october.toMonth);
        if (p.forecastMonth) {
            after.append(p.period);
            QVERIFY(!p.tickets && !p.complianceMilli);
            if (p.forecastTickets)
                forecast.append(p.period);
        }
    }
    QVERIFY2(!forecast.isEmpty() && !forecast.contains(u"2026-11"_s),
             qPrintable(forecast.join(u' ')));
    QCOMPARE(after.constFirst(), u"2026-11"_s);
    QCOMPARE(after.constLast(), forecast.constLast());
    for (qsizetype i = 1; i < after.size(); ++i)
        QCOMPARE(after.at(i), DashboardData::addMonths(after.at(i - 1), 1));
}

#include "tst_dashboarddata.moc"
