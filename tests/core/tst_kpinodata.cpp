#include "calendar/isotime.h"
#include "data/workspace.h"
#include "kpi/kpiengine.h"
#include "kpi/kpiperiods.h"
#include "measurement/evaluator.h"
#include "reportdata/dashboarddata.h"
#include "reportdata/servicereportdata.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"
#include "testsupport.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Accordo;
using namespace Qt::StringLiterals;

namespace {

using TestFixtures::at;
using TestFixtures::FixtureNow;
using TestFixtures::FixtureToday;

} // namespace

/// A period in which nothing was measured stores no KPI row, and every reader still reports it
/// as "no data", as when it was stored.
///
/// Acme's SLA (from 2025-12-01, EUR 1,000.00 a month, 24×7 UTC) measures DESK resolution per
/// month and per quarter, DESK satisfaction and NET availability. Its only tickets and survey
/// answers are of January 2026, and the monthly target governs the tickets (the first of two
/// alike), so that the quarterly one measures nothing; now is 2026-04-10 12:00 UTC.
class tst_KpiNoData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void periodsAreNarrowedToTheMonthsAsked_data();
    void periodsAreNarrowedToTheMonthsAsked();
    void aPeriodWithoutDataIsDerivedNotStored_data();
    void aPeriodWithoutDataIsDerivedNotStored();
    void aMonthWithoutTicketsIsJudgedForWatermelons_data();
    void aMonthWithoutTicketsIsJudgedForWatermelons();

private:
    QTemporaryDir mDir;
    std::unique_ptr<Database> mDb;
    QString mNumber;
};

void tst_KpiNoData::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    QCOMPARE(TestFixtures::create(TestBackend::freshLocation(mDir, u"nodata"_s), mDb), QString());
    Workspace ws(*mDb);
    const TestFixtures::DeskPortfolio portfolio = TestFixtures::addDeskPortfolio(ws);

    Target resolution = TestFixtures::target(portfolio.desk, Metric::Resolution, 4 * 3600);
    resolution.creditTiers = {{95000, 500}};
    Target quarterly = resolution;
    quarterly.period = MeasurementPeriod::Quarter;
    Target satisfaction = TestFixtures::target(portfolio.desk, Metric::Satisfaction, 4000, 100000);
    Target availability = TestFixtures::target(portfolio.net, Metric::Availability, 99500, 100000);
    Agreement a = TestFixtures::agreement(u"Acme SLA"_s, portfolio.acme,
                                          {portfolio.desk, portfolio.net},
                                          {resolution, quarterly, satisfaction, availability},
                                          QDate(2025, 12, 1), QDate(), Money(100000, u"EUR"_s));
    a.status = AgreementStatus::Active;
    auto id = ws.insert(a);
    QVERIFY2(id, qPrintable(id.errorString()));
    mNumber = ws.agreement(*id)->number;

    // January only: three tickets resolved within the hour, and two survey answers.
    QSqlQuery q(mDb->connection());
    for (int i = 1; i <= 3; ++i) {
        QCOMPARE(TestFixtures::addDeskTicket(mDb->connection(), u"J%1"_s.arg(i), u"Acme"_s,
                                             at(u"2026-01-1%1T10:00:00Z"_s.arg(i)), 60),
                 QString());
    }
    for (int day : {20, 21}) {
        q.prepare(u"INSERT INTO surveys (ticket_number, customer, answered_at, score) "
                  "VALUES ('', 'Acme', ?, 5)"_s);
        q.addBindValue(at(u"2026-01-%1T12:00:00Z"_s.arg(day)));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    auto summary = TestFixtures::judgeAndRecompute(mDb->connection(), FixtureNow);
    QVERIFY2(summary, qPrintable(summary.errorString()));
    // Every period counts as computed, stored or not: 5 months × 3 targets and 3 quarters.
    QCOMPARE(summary->periods, 5 * 3 + 3);
}

void tst_KpiNoData::aPeriodWithoutDataIsDerivedNotStored_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("period");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<bool>("measured"); // January: stored, and not "no data"

    QTest::newRow("resolution-december") << u"resolution"_s << u"2025-12"_s << true << false;
    QTest::newRow("resolution-february") << u"resolution"_s << u"2026-02"_s << true << false;
    QTest::newRow("resolution-april-open") << u"resolution"_s << u"2026-04"_s << false << false;
    QTest::newRow("resolution-january") << u"resolution"_s << u"2026-01"_s << true << true;
    QTest::newRow("quarter-2025-Q4") << u"resolution"_s << u"2025-Q4"_s << true << false;
    QTest::newRow("quarter-2026-Q2-open") << u"resolution"_s << u"2026-Q2"_s << false << false;
    QTest::newRow("satisfaction-march") << u"satisfaction"_s << u"2026-03"_s << true << false;
    QTest::newRow("satisfaction-april-open") << u"satisfaction"_s << u"2026-04"_s << false << false;
    QTest::newRow("satisfaction-january") << u"satisfaction"_s << u"2026-01"_s << true << true;
}

void tst_KpiNoData::aPeriodWithoutDataIsDerivedNotStored()
{
    QFETCH(QString, metric);
    QFETCH(QString, period);
    QFETCH(bool, closed);
    QFETCH(bool, measured);
    QSqlDatabase db = mDb->connection();
    const QString status = measured ? u"met"_s : u"no_data"_s;

    // Given the recomputed workspace
    // Then the period is stored when something was measured in it, and only then
    QCOMPARE(TestSupport::count(
                 db, u"SELECT count(*) FROM kpi_periods WHERE metric = ? AND period = ?"_s,
                 {metric, period}),
             measured ? 1 : 0);

    // And the KPI rows (kpi, credits) report it, "no data" with nothing owed when unmeasured
    auto rows = KpiEngine::rows(db, {mNumber, {}, {}});
    QVERIFY2(rows, qPrintable(rows.errorString()));
    QList<KpiRow> found;
    for (const KpiRow &r : *rows)
        if (r.metric == metric && r.period == period)
            found.append(r);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().status, status);
    QCOMPARE(found.first().closed, closed);
    QCOMPARE(found.first().tickets > 0 || found.first().answers.value_or(0) > 0, measured);
    QCOMPARE(found.first().credit, Money(0, u"EUR"_s));
    auto statements = KpiEngine::statements(db, {mNumber, {}, {}});
    QVERIFY2(statements, qPrintable(statements.errorString()));
    QVERIFY(statements->isEmpty());

    // And the service report of the period lists it
    auto report = ServiceReportData::load(db, mNumber, period, FixtureToday);
    QVERIFY2(report, qPrintable(report.errorString()));
    QStringList statuses;
    for (const TargetResult &r : report->results)
        if (r.metric == metric && r.period == period)
            statuses.append(r.status);
    QCOMPARE(statuses, QStringList{status});

    // And the dashboard of its (last) month, DESK only, says so of the agreement
    DashboardFilter filter;
    filter.serviceCode = u"DESK"_s;
    filter.toMonth = period.at(5) == u'Q'
                         ? period.left(5)
                               + u"%1"_s.arg(period.mid(6).toInt() * 3, 2, 10, QChar(u'0'))
                         : period;
    const auto snapshot = DashboardData::load(db, filter, FixtureToday);
    QVERIFY2(snapshot, qPrintable(snapshot.errorString()));
    QCOMPARE(snapshot->agreements.size(), 1);
    QCOMPARE(snapshot->agreements.first().number, mNumber);
    if (!measured)
        QCOMPARE(snapshot->agreements.first().monthStatus.last(), u"no_data"_s);
}

void tst_KpiNoData::aMonthWithoutTicketsIsJudgedForWatermelons_data()
{
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("reason"); // of the month's flag; empty: none

    // February and March measured nothing (their rows are derived, "met" and closed) while
    // the customer was unhappy in February: green outside, red inside, as when stored.
    QTest::newRow("february-unhappy") << u"2026-02"_s << u"low"_s;
    QTest::newRow("march-no-answers") << u"2026-03"_s << QString();
    QTest::newRow("january-measured-no-answers") << u"2026-01"_s << QString();
}

/// Bravo's SLA measures DESK resolution only; its tickets are of January, and three survey
/// answers of February score 1.
void tst_KpiNoData::aMonthWithoutTicketsIsJudgedForWatermelons()
{
    QFETCH(QString, month);
    QFETCH(QString, reason);
    auto opened = Database::open(
        TestBackend::freshLocation(mDir,
                                   u"watermelon-"_s + QString::fromLatin1(QTest::currentDataTag())),
        Database::OpenMode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened.errorString()));
    std::unique_ptr<Database> database = std::move(*opened);
    QSqlDatabase db = database->connection();
    Workspace ws(*database);
    Service desk;
    desk.code = u"DESK"_s;
    desk.name = u"Service desk"_s;
    const qint64 deskId = *ws.insert(desk);
    const qint64 party = *ws.insert(TestFixtures::party(u"Bravo"_s));
    Agreement a = TestFixtures::agreement(
        u"Bravo SLA"_s, party, {deskId},
        {TestFixtures::target(deskId, Metric::Resolution, 4 * 3600)}, QDate(2025, 12, 1), QDate(),
        Money(100000, u"EUR"_s));
    a.status = AgreementStatus::Active;
    auto id = ws.insert(a);
    QVERIFY2(id, qPrintable(id.errorString()));
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO tickets (number, customer, service, priority, opened_at, "
              "resolved_at) VALUES ('B1', 'Bravo', 'DESK', 'P2', ?, ?)"_s);
    q.addBindValue(at(u"2026-01-12T10:00:00Z"_s));
    q.addBindValue(at(u"2026-01-12T11:00:00Z"_s));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    for (int day : {10, 11, 12}) {
        q.prepare(u"INSERT INTO surveys (ticket_number, customer, answered_at, score) "
                  "VALUES ('', 'Bravo', ?, 1)"_s);
        q.addBindValue(at(u"2026-02-%1T12:00:00Z"_s.arg(day)));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    // When the KPIs are computed
    auto summary = TestFixtures::judgeAndRecompute(db, FixtureNow);
    QVERIFY2(summary, qPrintable(summary.errorString()));

    // Then the month is flagged as when its period was stored, or not at all
    QCOMPARE(
        TestSupport::count(db, u"SELECT count(*) FROM kpi_periods WHERE period = ?"_s, {month}),
        month == u"2026-01"_s ? 1 : 0);
    auto flags = KpiEngine::watermelons(db);
    QVERIFY2(flags, qPrintable(flags.errorString()));
    QStringList reasons;
    for (const WatermelonFlag &f : *flags)
        if (f.period == month)
            reasons.append(f.reason);
    QCOMPARE(reasons, reason.isEmpty() ? QStringList() : QStringList{reason});
}

QTEST_GUILESS_MAIN(tst_KpiNoData)
void tst_KpiNoData::periodsAreNarrowedToTheMonthsAsked_data()
{
    QTest::addColumn<bool>("byQuarter");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    for (const bool quarter : {false, true}) {
        const char *table = quarter ? "quarters" : "months";
        const auto row = [&](const char *what) -> QTestData & {
            return QTest::addRow("%s, %s", table, what) << quarter;
        };
        row("open") << QString() << QString();
        row("from only") << u"2025-05"_s << QString();
        row("to only") << QString() << u"2026-02"_s;
        row("inside a quarter") << u"2025-05"_s << u"2025-05"_s;
        row("across quarters") << u"2025-03"_s << u"2026-10"_s;
        row("a quarter's first and last month") << u"2025-04"_s << u"2025-06"_s;
        row("before the span") << u"2019-01"_s << u"2024-12"_s;
        row("after the span") << u"2027-01"_s << u"2027-12"_s;
        row("wider than the span") << u"2020-01"_s << u"2030-12"_s;
        row("backwards") << u"2026-06"_s << u"2026-01"_s;
    }
}

void tst_KpiNoData::periodsAreNarrowedToTheMonthsAsked()
{
    QFETCH(bool, byQuarter);
    QFETCH(QString, from);
    QFETCH(QString, to);
    Kpi::PeriodTable table;
    table.build(QTimeZone(QByteArrayLiteral("Europe/Rome")), byQuarter);
    // A target in force from January 2025 to December 2026
    const int spanFirst = table.indexOf(
        QDateTime(QDate(2025, 1, 15), QTime(12, 0), Qt::UTC).toSecsSinceEpoch());
    const int spanLast = table.indexOf(
        QDateTime(QDate(2026, 12, 15), QTime(12, 0), Qt::UTC).toSecsSinceEpoch());
    int first = spanFirst, last = spanLast;
    table.narrow(from, to, first, last);
    // Exactly the periods of the span that inMonths() takes
    KpiFilter filter;
    filter.fromMonth = from;
    filter.toMonth = to;
    QStringList expected, narrowed;
    for (int i = spanFirst; i <= spanLast; ++i)
        if (Kpi::inMonths(filter, table.name(i)))
            expected.append(table.name(i));
    for (int i = first; i <= last; ++i)
        narrowed.append(table.name(i));
    QCOMPARE(narrowed, expected);
}

#include "tst_kpinodata.moc"
