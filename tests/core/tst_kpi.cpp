#include "calendar/isotime.h"
#include "data/workspace.h"
#include "domain/targetvalue.h"
#include "kpi/kpicalculator.h"
#include "kpi/kpiengine.h"
#include "measurement/evaluator.h"
#include "reportdata/dashboarddata.h"
#include "reportdata/servicereportdata.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Accordo;
using TestFixtures::at;
using namespace Qt::StringLiterals;
using TestFixtures::FixtureNow;
using TestFixtures::FixtureToday;

/// Every KPI on a small hand-made workspace with the expected values written out.
///
/// Acme's SLA (from 2025-12-01, EUR 1,000.00 a month, 24×7 UTC calendar) has three targets:
/// DESK resolution within 4 h for 95 % (credit 5 % below 95 %, 10 % below 90 %, cap 8 %),
/// NET availability 99.5 % (10 % below 99.5 %, 25 % below 99 %, cap 20 %) and DESK
/// satisfaction 4.0. Beta's SLA (from 2026-01-01) has one resolution target that is always
/// met while Beta's satisfaction falls: the watermelon. Now is 2026-04-10 12:00 UTC.
class tst_Kpi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void compliance_data();
    void compliance();
    void elapsedStatistics();
    void availability_data();
    void availability();
    void satisfaction();
    void creditStatements();
    void watermelons();
    void verdict_data();
    void verdict();
    void readersSayNoDataAndTheLastMeasurement();
    void errorBudget_data();
    void errorBudget();
    void creditRule_data();
    void creditRule();
    void forecast_data();
    void forecast();
    void refreshRecomputesOnlyAffectedPeriods();
    void changedMonthsAreNoted_data();
    void changedMonthsAreNoted();

private:
    void addTicket(const QString &number, const QString &customer, const QString &opened,
                   std::optional<qint64> minutes, int satisfaction = 0);
    KpiRow row(const QString &number, const QString &target, const QString &period);

    QTemporaryDir mDir;
    std::unique_ptr<Database> mDb;
    QString mAcmeNumber, mBetaNumber;
    QList<KpiRow> mRows;
};

void tst_Kpi::addTicket(const QString &number, const QString &customer, const QString &opened,
                        std::optional<qint64> minutes, int satisfaction)
{
    QCOMPARE(TestFixtures::addDeskTicket(mDb->connection(), number, customer, at(opened), minutes,
                                         satisfaction),
             QString());
}

KpiRow tst_Kpi::row(const QString &number, const QString &target, const QString &period)
{
    for (const KpiRow &r : std::as_const(mRows)) {
        if (r.number == number && r.target == target && r.period == period)
            return r;
    }
    qWarning("no KPI row for %s %s %s", qPrintable(number), qPrintable(target), qPrintable(period));
    return {};
}

void tst_Kpi::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    QCOMPARE(TestFixtures::create(TestBackend::freshLocation(mDir, u"kpi"_s), mDb), QString());
    Workspace ws(*mDb);
    const TestFixtures::DeskPortfolio portfolio = TestFixtures::addDeskPortfolio(ws);

    const auto addAgreement = [&](qint64 party, const QString &customer, const QDate &start,
                                  const QList<Target> &targets) {
        Agreement a = TestFixtures::agreement(customer + u" SLA"_s, party,
                                              {portfolio.desk, portfolio.net}, targets, start,
                                              QDate(), Money(100000, u"EUR"_s));
        a.status = AgreementStatus::Active;
        auto id = ws.insert(a);
        if (!id)
            qFatal("%s", qPrintable(id.errorString()));
        return ws.agreement(*id)->number;
    };
    Target resolution = TestFixtures::target(portfolio.desk, Metric::Resolution, 4 * 3600, 95000);
    resolution.creditTiers = {{95000, 500}, {90000, 1000}};
    resolution.creditCapHundredths = 800;
    Target availability = TestFixtures::target(portfolio.net, Metric::Availability, 99500, 100000);
    availability.creditTiers = {{99500, 1000}, {99000, 2500}};
    availability.creditCapHundredths = 2000;
    const Target satisfaction = TestFixtures::target(portfolio.desk, Metric::Satisfaction, 4000,
                                                     100000);
    mAcmeNumber = addAgreement(portfolio.acme, u"Acme"_s, QDate(2025, 12, 1),
                               {resolution, availability, satisfaction});
    Target plain = resolution;
    plain.creditTiers.clear();
    plain.creditCapHundredths = 0;
    const qint64 betaParty = *ws.insert(
        TestFixtures::party(u"Beta"_s, PartyKind::Customer, portfolio.region));
    mBetaNumber = addAgreement(betaParty, u"Beta"_s, QDate(2026, 1, 1), {plain});

    // December: no tickets. January: 19 met in 10, 20, ... 190 minutes, one breached in 300.
    for (int i = 1; i <= 19; ++i)
        addTicket(u"J%1"_s.arg(i), u"Acme"_s, u"2026-01-05T10:00:00Z"_s, 10 * i);
    addTicket(u"J20"_s, u"Acme"_s, u"2026-01-05T10:00:00Z"_s, 300, 2);
    // February: 9 of 10 met (exactly 90 %). March: 7 of 10 met (70 %).
    for (int i = 1; i <= 10; ++i)
        addTicket(u"F%1"_s.arg(i), u"Acme"_s, u"2026-02-10T10:00:00Z"_s, i <= 9 ? 60 : 600);
    for (int i = 1; i <= 10; ++i)
        addTicket(u"M%1"_s.arg(i), u"Acme"_s, u"2026-03-10T10:00:00Z"_s, i <= 7 ? 60 : 600);
    // April, still open: 4 met and one open for 3.5 h of its 4 h.
    for (int i = 1; i <= 4; ++i)
        addTicket(u"A%1"_s.arg(i), u"Acme"_s, u"2026-04-06T10:00:00Z"_s, 60);
    addTicket(u"A5"_s, u"Acme"_s, u"2026-04-10T08:30:00Z"_s, std::nullopt);
    // Beta: two quick tickets a month.
    for (int month = 1; month <= 3; ++month) {
        for (int i = 1; i <= 2; ++i)
            addTicket(u"B%1-%2"_s.arg(month).arg(i), u"Beta"_s,
                      u"2026-%1-12T09:00:00Z"_s.arg(month, 2, 10, QChar(u'0')), 30);
    }

    QSqlQuery q(mDb->connection());
    const auto outage = [&](const QString &from, const QString &to, bool planned) {
        q.prepare(u"INSERT INTO outages (service, start_at, end_at, planned) VALUES "
                  "('NET', ?, ?, ?)"_s);
        q.addBindValue(at(from));
        q.addBindValue(at(to));
        q.addBindValue(planned ? 1 : 0);
        QVERIFY(q.exec());
    };
    // January: 4 h maintenance with a 1 h failure inside it, and a 2 h failure.
    outage(u"2026-01-10T00:00:00Z"_s, u"2026-01-10T04:00:00Z"_s, true);
    outage(u"2026-01-10T01:00:00Z"_s, u"2026-01-10T02:00:00Z"_s, false);
    outage(u"2026-01-20T08:00:00Z"_s, u"2026-01-20T10:00:00Z"_s, false);
    // February: a 5 h failure.
    outage(u"2026-02-03T08:00:00Z"_s, u"2026-02-03T13:00:00Z"_s, false);

    const auto survey = [&](const QString &customer, const QString &when, int score) {
        q.prepare(u"INSERT INTO surveys (ticket_number, customer, answered_at, score) "
                  "VALUES ('', ?, ?, ?)"_s);
        q.addBindValue(customer);
        q.addBindValue(at(when));
        q.addBindValue(score);
        QVERIFY(q.exec());
    };
    // Acme, January: 5, 4, 4, 5 and the ticket score 2 of J20.
    const int acme[] = {5, 4, 4, 5};
    for (int i = 0; i < 4; ++i)
        survey(u"Acme"_s, u"2026-01-2%1T12:00:00Z"_s.arg(i), acme[i]);
    // Beta: January 100 %, February 80 % (a drop of 20 points), March 20 % (low).
    const int beta[3][5] = {{5, 5, 5, 4, 4}, {5, 4, 4, 4, 2}, {1, 2, 2, 3, 5}};
    for (int month = 0; month < 3; ++month) {
        for (int i = 0; i < 5; ++i)
            survey(u"Beta"_s, u"2026-%1-1%2T12:00:00Z"_s.arg(month + 1, 2, 10, QChar(u'0')).arg(i),
                   beta[month][i]);
    }

    auto summary = TestFixtures::judgeAndRecompute(mDb->connection(), FixtureNow);
    QVERIFY2(summary, qPrintable(summary.errorString()));
    QVERIFY(summary->full);
    // Acme: 3 targets × 5 months (December to April); Beta: 4 months.
    QCOMPARE(summary->periods, 3 * 5 + 4);
    auto rows = KpiEngine::rows(mDb->connection());
    QVERIFY2(rows, qPrintable(rows.errorString()));
    mRows = *rows;
}

void tst_Kpi::compliance_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<qint64>("tickets");
    QTest::addColumn<qint64>("met");
    QTest::addColumn<qint64>("breached");
    QTest::addColumn<qint64>("pending");
    QTest::addColumn<qint64>("complianceMilli"); // -1: no decided ticket
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("budget");
    QTest::addColumn<qint64>("creditHundredths");
    QTest::addColumn<QString>("credit");

    // Nothing to judge is not "met": the readers say there was no data.
    QTest::newRow("period-with-no-tickets") << u"2025-12"_s << 0LL << 0LL << 0LL << 0LL << -1LL
                                            << u"no_data"_s << 0LL << 0LL << u"0.00"_s;
    // 19 of 20 is exactly 95 %: the goal is met and the 95 % tier, "below 95", does not apply.
    QTest::newRow("goal-boundary-no-credit") << u"2026-01"_s << 20LL << 19LL << 1LL << 0LL
                                             << 95000LL << u"met"_s << 0LL << 0LL << u"0.00"_s;
    // 90 % is not below the 90 % tier: only the 5 % tier applies. Budget: floor(-0.53) = -1.
    QTest::newRow("credit-tier-boundary") << u"2026-02"_s << 10LL << 9LL << 1LL << 0LL << 90000LL
                                          << u"breached"_s << -1LL << 500LL << u"50.00"_s;
    // 70 % earns the 10 % tier, capped at 8 % of EUR 1,000.00.
    QTest::newRow("credit-cap") << u"2026-03"_s << 10LL << 7LL << 3LL << 0LL << 70000LL
                                << u"breached"_s << -3LL << 800LL << u"80.00"_s;
    // Open period: 100 % so far, but if the ticket near its due time breaches, 4 of 5 is 80 %.
    QTest::newRow("open-at-risk-near-due") << u"2026-04"_s << 5LL << 4LL << 0LL << 1LL << 100000LL
                                           << u"at_risk"_s << 0LL << 0LL << u"0.00"_s;
}

void tst_Kpi::compliance()
{
    QFETCH(QString, period);
    const KpiRow r = row(mAcmeNumber, u"DESK resolution"_s, period);
    QFETCH(qint64, tickets);
    QFETCH(qint64, met);
    QFETCH(qint64, breached);
    QFETCH(qint64, pending);
    QFETCH(qint64, complianceMilli);
    QFETCH(QString, status);
    QFETCH(qint64, budget);
    QFETCH(qint64, creditHundredths);
    QFETCH(QString, credit);
    QCOMPARE(r.tickets, tickets);
    QCOMPARE(r.met, met);
    QCOMPARE(r.breached, breached);
    QCOMPARE(r.pending, pending);
    QCOMPARE(r.achievedMilli.value_or(-1), complianceMilli);
    QCOMPARE(r.goalMilli, 95000);
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorBudget.value_or(-999), budget);
    QCOMPARE(r.creditHundredths, creditHundredths);
    QCOMPARE(r.credit.toPlainString(), credit);
    QCOMPARE(r.credit.currency(), u"EUR"_s);
}

void tst_Kpi::elapsedStatistics()
{
    // January: 600, 1200, ..., 11400 and 18000 s. Mean (114000 + 18000) / 20 = 6600; nearest
    // rank median is the 10th value, the 90th percentile the 18th.
    const KpiRow r = row(mAcmeNumber, u"DESK resolution"_s, u"2026-01"_s);
    QCOMPARE(r.elapsed.mean.value_or(-1), 6600);
    QCOMPARE(r.elapsed.median.value_or(-1), 6000);
    QCOMPARE(r.elapsed.p90.value_or(-1), 10800);
    QVERIFY(!row(mAcmeNumber, u"DESK resolution"_s, u"2025-12"_s).elapsed.mean);
}

void tst_Kpi::availability_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<qint64>("agreed");
    QTest::addColumn<qint64>("downtime");
    QTest::addColumn<qint64>("availabilityMilli");
    QTest::addColumn<qint64>("outages");
    QTest::addColumn<qint64>("mttr"); // -1: no failure
    QTest::addColumn<qint64>("mtbf");
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("budget");
    QTest::addColumn<QString>("credit");

    QTest::newRow("no-outages") << u"2025-12"_s << 2678400LL << 0LL << 100000LL << 0LL << -1LL
                                << -1LL << u"met"_s << 13392LL << u"0.00"_s;
    // 31 days = 2,678,400 s minus 4 h maintenance = 2,664,000 s agreed; the failure inside the
    // maintenance does not count; 7,200 s down: 2,656,800 / 2,664,000 = 99.729 %.
    // Budget: 0.5 % of 2,664,000 = 13,320 s, minus 7,200 = 6,120 s.
    QTest::newRow("24x7-planned-maintenance-excluded")
        << u"2026-01"_s << 2664000LL << 7200LL << 99729LL << 1LL << 7200LL << 2656800LL << u"met"_s
        << 6120LL << u"0.00"_s;
    // 28 days = 2,419,200 s, 5 h down: 99.255 %, below 99.5 %: 10 % of EUR 1,000.00.
    QTest::newRow("below-tier") << u"2026-02"_s << 2419200LL << 18000LL << 99255LL << 1LL << 18000LL
                                << 2401200LL << u"breached"_s << -5904LL << u"100.00"_s;
    // Open: April 1 to 10 12:00 is 9.5 days so far; the budget is of the whole month.
    QTest::newRow("open-period") << u"2026-04"_s << 820800LL << 0LL << 100000LL << 0LL << -1LL
                                 << -1LL << u"met"_s << 12960LL << u"0.00"_s;
}

void tst_Kpi::availability()
{
    QFETCH(QString, period);
    const KpiRow r = row(mAcmeNumber, u"NET availability"_s, period);
    QFETCH(qint64, agreed);
    QFETCH(qint64, downtime);
    QFETCH(qint64, availabilityMilli);
    QFETCH(qint64, outages);
    QFETCH(qint64, mttr);
    QFETCH(qint64, mtbf);
    QFETCH(QString, status);
    QFETCH(qint64, budget);
    QFETCH(QString, credit);
    QCOMPARE(r.agreedSeconds.value_or(-1), agreed);
    QCOMPARE(r.downtimeSeconds.value_or(-1), downtime);
    QCOMPARE(r.achievedMilli.value_or(-1), availabilityMilli);
    QCOMPARE(r.goalMilli, 99500);
    QCOMPARE(r.outages.value_or(-1), outages);
    QCOMPARE(r.mttrSeconds.value_or(-1), mttr);
    QCOMPARE(r.mtbfSeconds.value_or(-1), mtbf);
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorBudget.value_or(-1), budget);
    QCOMPARE(r.credit.toPlainString(), credit);
}

void tst_Kpi::satisfaction()
{
    // Surveys 5, 4, 4, 5 and J20's own score 2: average 4.0 (meets 4.0), CSAT 4 of 5 = 80 %.
    const KpiRow january = row(mAcmeNumber, u"DESK satisfaction"_s, u"2026-01"_s);
    QCOMPARE(january.answers.value_or(-1), 5);
    QCOMPARE(january.scoreMilli.value_or(-1), 4000);
    QCOMPARE(january.csatMilli.value_or(-1), 80000);
    QCOMPARE(january.status, u"met"_s);
    QCOMPARE(january.creditHundredths, 0);
    const KpiRow february = row(mAcmeNumber, u"DESK satisfaction"_s, u"2026-02"_s);
    QCOMPARE(february.answers.value_or(-1), 0);
    QVERIFY(!february.scoreMilli);
    QCOMPARE(february.status, u"no_data"_s);
}

void tst_Kpi::creditStatements()
{
    auto statements = KpiEngine::statements(mDb->connection());
    QVERIFY2(statements, qPrintable(statements.errorString()));
    QCOMPARE(statements->size(), 2);
    const CreditStatement &february = statements->at(0);
    QCOMPARE(february.number, mAcmeNumber);
    QCOMPARE(february.period, u"2026-02"_s);
    QCOMPARE(february.credits.size(), 2);
    QCOMPARE(february.credits.at(0).credit.toPlainString(), u"50.00"_s);
    QCOMPARE(february.credits.at(1).credit.toPlainString(), u"100.00"_s);
    QCOMPARE(february.total, Money(15000, u"EUR"_s));
    QCOMPARE(statements->at(1).period, u"2026-03"_s);
    QCOMPARE(statements->at(1).total, Money(8000, u"EUR"_s));
}

void tst_Kpi::watermelons()
{
    // Beta meets its target every month. January: CSAT 100 %. February: 80 %, down 20 points.
    // March: 20 %, below 70 %. April is not over. Acme is never all green with poor CSAT.
    auto flags = KpiEngine::watermelons(mDb->connection());
    QVERIFY2(flags, qPrintable(flags.errorString()));
    QCOMPARE(flags->size(), 2);
    QCOMPARE(flags->at(0).number, mBetaNumber);
    QCOMPARE(flags->at(0).customer, u"Beta"_s);
    QCOMPARE(flags->at(0).period, u"2026-02"_s);
    QCOMPARE(flags->at(0).csatMilli, 80000);
    QCOMPARE(flags->at(0).previousCsatMilli.value_or(-1), 100000);
    QCOMPARE(flags->at(0).reason, u"drop"_s);
    QCOMPARE(flags->at(1).period, u"2026-03"_s);
    QCOMPARE(flags->at(1).csatMilli, 20000);
    QCOMPARE(flags->at(1).reason, u"low"_s);
}

void tst_Kpi::verdict_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<qint64>("achievedMilli"); // -1: nothing measured
    QTest::addColumn<QString>("shown");
    QTest::newRow("met-with-a-result") << u"met"_s << 95000LL << u"met"_s;
    QTest::newRow("met-without-a-result") << u"met"_s << -1LL << u"no_data"_s;
    // Only pending tickets, one close to its due time: at risk says more than "no data".
    QTest::newRow("at-risk-without-a-decided-ticket") << u"at_risk"_s << -1LL << u"at_risk"_s;
    QTest::newRow("breached") << u"breached"_s << 80000LL << u"breached"_s;
}

void tst_Kpi::verdict()
{
    QFETCH(QString, stored);
    QFETCH(qint64, achievedMilli);
    QFETCH(QString, shown);
    const std::optional<qint64> achieved = achievedMilli < 0 ? std::nullopt
                                                             : std::optional<qint64>(achievedMilli);
    QCOMPARE(KpiCalculator::verdictKey(stored, achieved), shown);
}

void tst_Kpi::readersSayNoDataAndTheLastMeasurement()
{
    // Given Acme's December without a ticket or a survey on DESK
    QSqlDatabase db = mDb->connection();
    // When the dashboard (DESK only) and the service report read that month
    DashboardFilter filter;
    filter.toMonth = u"2025-12"_s;
    filter.serviceCode = u"DESK"_s;
    const auto snapshot = DashboardData::load(db, filter, FixtureToday);
    QVERIFY2(snapshot, qPrintable(snapshot.errorString()));
    const auto report = ServiceReportData::load(db, mAcmeNumber, u"2025-12"_s, FixtureToday);
    QVERIFY2(report, qPrintable(report.errorString()));
    // Then both say "no data" where the store says "met", and no breach is invented
    QCOMPARE(snapshot->agreements.size(), 1);
    const AgreementStanding &acme = snapshot->agreements.first();
    QCOMPARE(acme.number, mAcmeNumber);
    QCOMPARE(acme.status, u"no_data"_s);
    QCOMPARE(acme.monthStatus.last(), u"no_data"_s);
    QVERIFY(!snapshot->tiles.complianceMilli);
    QVERIFY(!snapshot->tiles.goalMilli);
    QStringList statuses;
    for (const TargetResult &r : report->results)
        if (r.period == u"2025-12"_s)
            statuses.append(r.metric + u'=' + r.status);
    QCOMPARE(statuses, QStringList({u"resolution=no_data"_s, u"availability=met"_s,
                                    u"satisfaction=no_data"_s}));
    // And the data is as of the last measurement: A5, opened at 08:30 on 10 April
    QCOMPARE(snapshot->dataAsOf.value_or(-1), at(u"2026-04-10T08:30:00Z"_s));
    QCOMPARE(report->dataAsOf.value_or(-1), at(u"2026-04-10T08:30:00Z"_s));
    // And January, with tickets (Acme 19 of 20, Beta 2 of 2), has a compliance tile with its
    // ticket-weighted goal
    filter.toMonth = u"2026-01"_s;
    const auto january = DashboardData::load(db, filter, FixtureToday);
    QVERIFY2(january, qPrintable(january.errorString()));
    QCOMPARE(january->tiles.complianceMilli.value_or(-1), 21 * 100000 / 22);
    QCOMPARE(january->tiles.goalMilli.value_or(-1), 95000);
    QCOMPARE(january->agreements.first().monthStatus.last(), u"met"_s);
}

void tst_Kpi::errorBudget_data()
{
    QTest::addColumn<qint64>("met");
    QTest::addColumn<qint64>("breached");
    QTest::addColumn<qint64>("goalMilli");
    QTest::addColumn<qint64>("budget");
    QTest::addColumn<qint64>("burnMilli"); // -1: undefined

    // 97 of 100 at 95 %: 2 more breaches (99 of 102 = 95.1 %; a third gives 94.2 %).
    QTest::newRow("two-more") << 97LL << 3LL << 95000LL << 2LL << 600LL;
    QTest::newRow("spent-exactly") << 95LL << 5LL << 95000LL << 0LL << 1000LL;
    QTest::newRow("overspent-burn-above-one") << 90LL << 10LL << 95000LL << -6LL << 2000LL;
    QTest::newRow("no-tickets") << 0LL << 0LL << 95000LL << 0LL << -1LL;
    QTest::newRow("goal-100-percent") << 10LL << 1LL << 100000LL << -1LL << -1LL;
}

void tst_Kpi::errorBudget()
{
    QFETCH(qint64, met);
    QFETCH(qint64, breached);
    QFETCH(qint64, goalMilli);
    QFETCH(qint64, budget);
    QFETCH(qint64, burnMilli);
    QCOMPARE(KpiCalculator::errorBudget(met, breached, goalMilli), budget);
    QCOMPARE(KpiCalculator::burnRateMilli(met, breached, goalMilli).value_or(-1), burnMilli);
    // An open period whose burn rate is above 1 is at risk; closed, it is breached.
    const bool over = burnMilli > 1000 || (goalMilli == 100000 && breached > 0);
    QCOMPARE(KpiCalculator::ticketStatus(false, met, breached, 0, 0, goalMilli),
             over ? KpiStatus::AtRisk : KpiStatus::Met);
    QCOMPARE(KpiCalculator::ticketStatus(true, met, breached, 0, 0, goalMilli),
             over ? KpiStatus::Breached : KpiStatus::Met);
}

void tst_Kpi::creditRule_data()
{
    QTest::addColumn<qint64>("achievedMilli");
    QTest::addColumn<qint64>("capHundredths");
    QTest::addColumn<qint64>("credit");

    QTest::newRow("above-all-tiers") << 99000LL << 0LL << 0LL;
    QTest::newRow("at-first-bound") << 95000LL << 0LL << 0LL;
    QTest::newRow("just-below-first") << 94999LL << 0LL << 500LL;
    QTest::newRow("at-second-bound") << 90000LL << 0LL << 500LL;
    QTest::newRow("lowest-tier") << 50000LL << 0LL << 2000LL;
    QTest::newRow("capped") << 50000LL << 1500LL << 1500LL;
    QTest::newRow("cap-above-credit") << 92000LL << 1500LL << 500LL;
}

void tst_Kpi::creditRule()
{
    QFETCH(qint64, achievedMilli);
    QFETCH(qint64, capHundredths);
    QFETCH(qint64, credit);
    const QList<CreditTier> tiers = {{95000, 500}, {90000, 1000}, {80000, 2000}};
    QCOMPARE(KpiCalculator::creditHundredths(tiers, capHundredths, achievedMilli), credit);
    // A quarter's fee is three months: 15 % of 3 × EUR 333.33 = EUR 150.00 (149.9985 rounded).
    QCOMPARE(*KpiCalculator::credit(Money(33333, u"EUR"_s), MeasurementPeriod::Quarter, 1500),
             Money(15000, u"EUR"_s));
}

void tst_Kpi::forecast_data()
{
    QTest::addColumn<QList<qint64>>("history");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::addColumn<QString>("method");

    QTest::newRow("linear-rising")
        << QList<qint64>{10, 12, 14, 16} << QList<qint64>{18, 20, 22} << u"linear-trend"_s;
    QTest::newRow("single-value") << QList<qint64>{7} << QList<qint64>{7, 7, 7}
                                  << u"linear-trend"_s;
    QTest::newRow("never-negative")
        << QList<qint64>{9, 5, 1} << QList<qint64>{0, 0, 0} << u"linear-trend"_s;
    QList<qint64> year;
    for (int m = 1; m <= 13; ++m)
        year.append(m == 12 || m == 13 ? 200 : 100);
    // Seasonal naive: the next months repeat the same months a year before.
    QTest::newRow("seasonal-naive")
        << year << QList<qint64>{100, 100, 100} << u"seasonal-naive-12"_s;
}

void tst_Kpi::forecast()
{
    QFETCH(QList<qint64>, history);
    QFETCH(QList<qint64>, expected);
    QFETCH(QString, method);
    QString used;
    QCOMPARE(KpiEngine::forecast(history, 3, &used), expected);
    QCOMPARE(used, method);
}

void tst_Kpi::refreshRecomputesOnlyAffectedPeriods()
{
    // Given stored KPIs, when a breached ticket of February arrives and the tickets are
    // evaluated again, then a refresh recomputes February and the open April only.
    QVERIFY(!KpiEngine::isStale(mDb->connection()));
    addTicket(u"F11"_s, u"Acme"_s, u"2026-02-11T10:00:00Z"_s, 600);
    QVERIFY(Evaluator::evaluate(mDb->connection(), FixtureNow));
    KpiOptions options;
    options.asOf = FixtureNow;
    auto summary = KpiEngine::refresh(mDb->connection(), options);
    QVERIFY2(summary, qPrintable(summary.errorString()));
    QVERIFY(!summary->full);
    // February and April, with January and March reached by the day of margin around
    // February, for Acme's 3 targets and Beta's 1.
    QVERIFY2(summary->periods < 19, qPrintable(QString::number(summary->periods)));
    auto rows = KpiEngine::rows(mDb->connection(), {mAcmeNumber, u"2026-02"_s, u"2026-02"_s});
    QVERIFY(rows);
    QCOMPARE(rows->size(), 3);
    QCOMPARE(rows->at(0).tickets, 11);
    QCOMPARE(rows->at(0).breached, 2);
    QCOMPARE(rows->at(0).achievedMilli.value_or(-1), 81818);
    // December was not touched and is still there.
    auto december = KpiEngine::rows(mDb->connection(), {mAcmeNumber, u"2025-12"_s, u"2025-12"_s});
    QVERIFY(december);
    QCOMPARE(december->size(), 3);
    // A full recompute agrees with the refresh.
    QList<KpiRow> before = *KpiEngine::rows(mDb->connection());
    QVERIFY(KpiEngine::recompute(mDb->connection(), options));
    QList<KpiRow> after = *KpiEngine::rows(mDb->connection());
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).period, before.at(i).period);
        QCOMPARE(after.at(i).met, before.at(i).met);
        QCOMPARE(after.at(i).breached, before.at(i).breached);
        QCOMPARE(after.at(i).status, before.at(i).status);
        QCOMPARE(after.at(i).credit, before.at(i).credit);
    }
}

void tst_Kpi::changedMonthsAreNoted_data()
{
    // Statements separated by ';' on a ticket DIRTY-1 opened 2026-05-10, then the UTC months
    // the triggers note for the KPI refresh (schema version 6).
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("months");

    const QString insert = u"INSERT INTO tickets (number, customer, opened_at) VALUES "_s;
    QTest::newRow("nothing") << QString() << QString();
    QTest::newRow("new-ticket") << insert + u"('DIRTY-2', 'x', 1782864000)"_s << u"2026-07"_s;
    QTest::newRow("two-in-one-month")
        << insert + u"('DIRTY-2', 'x', 1782864000);"_s + insert + u"('DIRTY-3', 'x', 1782864000)"_s
        << u"2026-07"_s;
    QTest::newRow("month-by-utc") << insert + u"('DIRTY-2', 'x', 1780270200)"_s << u"2026-05"_s;
    QTest::newRow("moved-ticket-notes-both-months")
        << u"UPDATE tickets SET opened_at = 1782864000 WHERE number = 'DIRTY-1'"_s
        << u"2026-05 2026-07"_s;
    QTest::newRow("edited-ticket-notes-its-month")
        << u"UPDATE tickets SET priority = 'P1' WHERE number = 'DIRTY-1'"_s << u"2026-05"_s;
    QTest::newRow("reimport-upsert")
        << insert
               + u"('DIRTY-1', 'x', 1778371200) ON CONFLICT (source, number) DO UPDATE "
                 "SET opened_at = excluded.opened_at, customer = excluded.customer"_s
        << u"2026-05"_s;
    QTest::newRow("deleted-ticket")
        << u"DELETE FROM tickets WHERE number = 'DIRTY-1'"_s << u"2026-05"_s;
    QTest::newRow("survey")
        << u"INSERT INTO surveys (customer, answered_at, score) VALUES ('x', 1785715200, 4)"_s
        << u"2026-08"_s;
}

void tst_Kpi::changedMonthsAreNoted()
{
    QFETCH(QString, change);
    QFETCH(QString, months);

    QSqlQuery q(mDb->connection());
    QVERIFY(q.exec(u"DELETE FROM tickets WHERE number LIKE 'DIRTY-%'"_s));
    QVERIFY(q.exec(u"DELETE FROM surveys WHERE customer = 'x'"_s));
    QVERIFY(q.exec(u"INSERT INTO tickets (number, customer, opened_at) "
                   "VALUES ('DIRTY-1', 'x', 1778371200)"_s));
    QVERIFY(q.exec(u"DELETE FROM kpi_dirty_months"_s));
    for (const QString &statement : change.split(u';', Qt::SkipEmptyParts))
        QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(u"SELECT month FROM kpi_dirty_months ORDER BY month"_s));
    QStringList noted;
    while (q.next())
        noted.append(q.value(0).toString());
    QCOMPARE(noted.join(u' '), months);
}

QTEST_GUILESS_MAIN(tst_Kpi)
#include "tst_kpi.moc"
