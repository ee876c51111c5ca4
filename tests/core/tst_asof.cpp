#include "calendar/isotime.h"
#include "data/workspace.h"
#include "demo/demodata.h"
#include "kpi/kpiengine.h"
#include "kpi/resultsscope.h"
#include "measurement/evaluator.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Accordo;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kLondon = TestSupport::weekdayCalendarJson(u"london"_s, u"Europe/London"_s,
                                                            u"08:00-17:00"_s);
const QByteArray kNewYork = TestSupport::weekdayCalendarJson(u"new-york"_s, u"America/New_York"_s,
                                                             u"09:00-17:00"_s);

using TestFixtures::at;

// Two as-ofs on either side of the New York tickets' edges.
const QString kEarly = u"2026-05-20T00:00:00Z"_s;
const QString kLate = u"2026-07-01T00:00:00Z"_s;

// Everything the results say, row by row: the verdicts and the KPI periods (not when each
// row was last written).
QStringList fingerprint(QSqlDatabase db)
{
    QStringList rows;
    QSqlQuery q(db);
    q.exec(u"SELECT t.number, r.target_id, r.elapsed, coalesce(r.due_at, -1), r.verdict "
           "FROM ticket_results r JOIN tickets t ON t.id = r.ticket_id "
           "ORDER BY t.number, r.target_id"_s);
    while (q.next())
        rows.append(u"verdict %1/%2/%3/%4/%5"_s.arg(q.value(0).toString())
                        .arg(q.value(1).toLongLong())
                        .arg(q.value(2).toLongLong())
                        .arg(q.value(3).toLongLong())
                        .arg(q.value(4).toString()));
    q.exec(u"SELECT target_id, period, period_start, period_end, closed, tickets, met, breached, "
           "pending, near_due, coalesce(achieved_milli, -1), status, "
           "coalesce(error_budget, -1), credit_minor, coalesce(downtime_seconds, -1), "
           "coalesce(answers, -1) FROM kpi_periods ORDER BY target_id, period"_s);
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 16; ++i)
            fields.append(q.value(i).toString());
        rows.append(u"kpi "_s + fields.join(u'/'));
    }
    return rows;
}

// Tickets judged by the stored verdicts, and tickets counted over the KPI rows of the time
// targets: equal when every verdict lands in exactly one row.
std::pair<qint64, qint64> verdictsAndCounted(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.exec(u"SELECT count(*) FROM ticket_results"_s);
    q.next();
    const qint64 verdicts = q.value(0).toLongLong();
    q.exec(u"SELECT coalesce(sum(tickets), 0) FROM kpi_periods "
           "WHERE metric IN ('first_response', 'resolution')"_s);
    q.next();
    return {verdicts, q.value(0).toLongLong()};
}

} // namespace

/// What "as of T" means, and that the results are a function of the workspace and the as-of
/// alone: whatever was asked before, in whichever zone, every verdict counted once.
///
/// A small workspace: Brit Ltd (UK, London hours 08-17) with an SLA since 2025-06-01 and
/// Yank Inc (North America East, New York hours 09-17) with one from 2026-05-01, both a
/// 4 h resolution target on the service desk. The demo, for the property over many as-ofs.
class tst_AsOf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ticketsAsTheyStood_data();
    void ticketsAsTheyStood();
    void asOfAskedBeforeDoesNotMatter_data();
    void asOfAskedBeforeDoesNotMatter();
    void judgedAndCountedInOneZone();
    void firstLocalDayOfTheAgreement();
    void resultsAsideLeaveTheStoredOnes();
    void demoAnswersDoNotDependOnTheOrder();
    void oneAgreementAsideAnswersAsThePortfolio_data();
    void oneAgreementAsideAnswersAsThePortfolio();
    void asOfOutsideTheSupportedYearsIsRefused_data();
    void asOfOutsideTheSupportedYearsIsRefused();

private:
    std::unique_ptr<Database> copy(const QString &name);
    // copy() with its results brought up to date as of `asOf`.
    std::unique_ptr<Database> copyAsOf(const QString &name, const QString &asOf);
    void addTicket(QSqlDatabase db, const QString &number, const QString &customer,
                   const QString &region, const QString &opened, const QString &resolved);
    static void bringTo(Database &db, const QString &asOf);

    QTemporaryDir mDir;
    QString mTemplate;
    QString mDemo;
    std::unique_ptr<Database> mDemoNow; // the demo, its results stored for its "now"
};

std::unique_ptr<Database> tst_AsOf::copy(const QString &name)
{
    return TestFixtures::openCopy(mTemplate, mDir, name);
}

std::unique_ptr<Database> tst_AsOf::copyAsOf(const QString &name, const QString &asOf)
{
    auto db = copy(name);
    bringTo(*db, asOf);
    return db;
}

void tst_AsOf::addTicket(QSqlDatabase db, const QString &number, const QString &customer,
                         const QString &region, const QString &opened, const QString &resolved)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO tickets (number, customer, service, region, priority, opened_at, "
              "first_response_at, resolved_at) VALUES (?, ?, 'DESK', ?, 'P2', ?, ?, ?)"_s);
    for (const QVariant &v :
         QVariantList{number, customer, region, at(opened), at(opened), at(resolved)})
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(number));
}

void tst_AsOf::bringTo(Database &db, const QString &asOf)
{
    KpiOptions options;
    options.asOf = at(asOf);
    auto update = KpiEngine::bringUpToDate(db.connection(), options);
    QVERIFY2(update, qPrintable(update.errorString()));
}

void tst_AsOf::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    mTemplate = TestBackend::freshLocation(mDir, u"template"_s);
    {
        auto db = Database::open(mTemplate, Database::OpenMode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.errorString()));
        Workspace ws(**db);
        const qint64 london = *ws.insert(
            CalendarRecord{0, u"london"_s, u"Europe/London"_s, QString::fromUtf8(kLondon)});
        const qint64 newYork = *ws.insert(
            CalendarRecord{0, u"new-york"_s, u"America/New_York"_s, QString::fromUtf8(kNewYork)});
        const qint64 uk = *ws.insert(Region{0, u"UK"_s, u"United Kingdom"_s, london});
        const qint64 nae = *ws.insert(Region{0, u"NA-E"_s, u"North America East"_s, newYork});
        Service desk;
        desk.code = u"DESK"_s;
        desk.name = u"Service desk"_s;
        const qint64 deskId = *ws.insert(desk);
        const auto addAgreement = [&](const QString &customer, qint64 region, QDate start) {
            const qint64 party = *ws.insert(
                TestFixtures::party(customer, PartyKind::Customer, region));
            Agreement a = TestFixtures::agreement(
                customer + u" SLA"_s, party, {deskId},
                {TestFixtures::target(deskId, Metric::Resolution, 4 * 3600)}, start, QDate(),
                Money(100000, u"GBP"_s));
            a.status = AgreementStatus::Active;
            auto id = ws.insert(a);
            QVERIFY2(id, qPrintable(id.errorString()));
        };
        addAgreement(u"Brit Ltd"_s, uk, QDate(2025, 6, 1));
        addAgreement(u"Yank Inc"_s, nae, QDate(2026, 5, 1));
        const QSqlDatabase c = (*db)->connection();
        // Filed under New York at 20:12 there on 30 June, 01:12 on 1 July in London: the
        // customer's hours govern, so it is judged and counted on London's 1 July.
        addTicket(c, u"brit-filed-in-ny"_s, u"Brit Ltd"_s, u"NA-E"_s, u"2025-07-01T00:12:00Z"_s,
                  u"2025-07-01T10:12:00Z"_s);
        // 23:46 on 30 April in New York: the day before Yank's agreement starts.
        addTicket(c, u"yank-before-start"_s, u"Yank Inc"_s, u"NA-E"_s, u"2026-05-01T03:46:00Z"_s,
                  u"2026-05-01T15:00:00Z"_s);
        // 00:10 on 1 May in New York, answered 11:00 there: 2 h of business time.
        addTicket(c, u"yank-first-day"_s, u"Yank Inc"_s, u"NA-E"_s, u"2026-05-01T04:10:00Z"_s,
                  u"2026-05-01T15:00:00Z"_s);
        // Tuesday 16:00 to Wednesday 10:00 in New York: met (2 h), open as of kEarly (1 h).
        addTicket(c, u"yank-open-early"_s, u"Yank Inc"_s, u"NA-E"_s, u"2026-05-19T20:00:00Z"_s,
                  u"2026-05-20T14:00:00Z"_s);
        // Opened after kEarly.
        addTicket(c, u"yank-june"_s, u"Yank Inc"_s, u"NA-E"_s, u"2026-06-10T13:00:00Z"_s,
                  u"2026-06-10T15:00:00Z"_s);
        // Monday 09:00 London, resolved three days later: breached either way.
        addTicket(c, u"brit-long"_s, u"Brit Ltd"_s, u"UK"_s, u"2026-05-18T08:00:00Z"_s,
                  u"2026-05-21T08:00:00Z"_s);
    }
}

void tst_AsOf::ticketsAsTheyStood_data()
{
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<QString>("ticket");
    QTest::addColumn<QString>("verdict"); // empty: no verdict
    QTest::addColumn<qint64>("elapsed");

    QTest::newRow("resolved-after-the-as-of-was-open")
        << kEarly << u"yank-open-early"_s << u"pending"_s << qint64(3600);
    QTest::newRow("resolved-before-a-later-as-of")
        << kLate << u"yank-open-early"_s << u"met"_s << qint64(7200);
    QTest::newRow("opened-after-the-as-of-does-not-exist")
        << kEarly << u"yank-june"_s << QString() << qint64(0);
    QTest::newRow("opened-before-the-later-as-of")
        << kLate << u"yank-june"_s << u"met"_s << qint64(7200);
    QTest::newRow("open-and-past-its-target")
        << kEarly << u"brit-long"_s << u"breached"_s << qint64(17 * 3600);
    QTest::newRow("resolved-and-past-its-target")
        << kLate << u"brit-long"_s << u"breached"_s << qint64(3 * 9 * 3600);
}

void tst_AsOf::ticketsAsTheyStood()
{
    QFETCH(QString, asOf);
    QFETCH(QString, ticket);
    QFETCH(QString, verdict);
    QFETCH(qint64, elapsed);

    auto db = copyAsOf(u"stood"_s, asOf);
    const QStringList expected = verdict.isEmpty()
                                     ? QStringList()
                                     : QStringList{u"%1|%2"_s.arg(verdict).arg(elapsed)};
    QCOMPARE(TestSupport::rows(db->connection(),
                               u"SELECT r.verdict, r.elapsed FROM ticket_results r "
                               "JOIN tickets t ON t.id = r.ticket_id WHERE t.number = ?"_s,
                               {ticket}),
             expected);
}

void tst_AsOf::asOfOutsideTheSupportedYearsIsRefused_data()
{
    QTest::addColumn<qint64>("asOf");
    QTest::addColumn<QString>("error");

    QTest::newRow("9999") << qint64(253402300799)
                          << u"as-of 9999-12-31T23:59:59Z: the year 9999 is outside the years "
                             "Accordo supports (1970 to 2199)"_s;
    QTest::newRow("2200-01-01") << qint64(7258118400)
                                << u"as-of 2200-01-01T00:00:00Z: the year 2200 is outside the "
                                   "years Accordo supports (1970 to 2199)"_s;
    QTest::newRow("1969-12-31T23:59:59Z")
        << qint64(-1)
        << u"as-of 1969-12-31T23:59:59Z: the year 1969 is outside the years Accordo supports "
           "(1970 to 2199)"_s;
}

void tst_AsOf::asOfOutsideTheSupportedYearsIsRefused()
{
    QFETCH(qint64, asOf);
    QFETCH(QString, error);

    // Given verdicts brought to an as-of in range
    auto db = copyAsOf(u"range"_s, kLate);
    const QStringList before = fingerprint(db->connection());

    // When evaluated (and updated) as of an instant outside the supported years
    const auto evaluated = Evaluator::evaluate(db->connection(), asOf);
    const auto updated = Evaluator::update(db->connection(), asOf);

    // Then both are refused at once, naming the value, and the stored verdicts stay
    QVERIFY(!evaluated);
    QCOMPARE(evaluated.errorString(), error);
    QVERIFY(!updated);
    QCOMPARE(updated.errorString(), error);
    QCOMPARE(fingerprint(db->connection()), before);
    QCOMPARE(Evaluator::storedAsOf(db->connection()), std::optional(at(kLate)));
}

void tst_AsOf::asOfAskedBeforeDoesNotMatter_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QString>("asOf");

    QTest::newRow("later-then-earlier") << QStringList{kLate} << kEarly;
    QTest::newRow("earlier-then-later") << QStringList{kEarly} << kLate;
    QTest::newRow("now-then-earlier") << QStringList{u"2026-11-29T12:00:00Z"_s} << kEarly;
    QTest::newRow("back-and-forth")
        << QStringList{kEarly, kLate, u"2025-06-30T23:30:00Z"_s, kEarly} << kLate;
    QTest::newRow("before-every-agreement-then-later")
        << QStringList{u"2025-01-01T00:00:00Z"_s} << kLate;
    QTest::newRow("one-second-apart")
        << QStringList{u"2026-05-19T20:00:01Z"_s} << u"2026-05-19T20:00:00Z"_s;
}

void tst_AsOf::asOfAskedBeforeDoesNotMatter()
{
    QFETCH(QStringList, before);
    QFETCH(QString, asOf);

    // Given a fresh copy asked only for the as-of
    auto fresh = copyAsOf(u"fresh"_s, asOf);
    const QStringList expected = fingerprint(fresh->connection());
    QVERIFY(!expected.isEmpty());
    // When another copy was asked for other as-ofs first
    auto used = copy(u"used"_s);
    for (const QString &earlier : std::as_const(before))
        bringTo(*used, earlier);
    bringTo(*used, asOf);
    // Then it answers the same, and counts every verdict once
    QCOMPARE(fingerprint(used->connection()), expected);
    const auto [verdicts, counted] = verdictsAndCounted(used->connection());
    QCOMPARE(counted, verdicts);
    QVERIFY(KpiEngine::isUpToDate(used->connection(), at(asOf)));
}

void tst_AsOf::judgedAndCountedInOneZone()
{
    auto db = copyAsOf(u"zone"_s, kLate);
    QSqlQuery q(db->connection());
    // Judged in London hours: 08:00 to 11:12 BST.
    QVERIFY(q.exec(u"SELECT r.elapsed FROM ticket_results r JOIN tickets t ON t.id = r.ticket_id "
                   "WHERE t.number = 'brit-filed-in-ny'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(3 * 3600 + 12 * 60));
    // Counted in London's July, not in June.
    auto rows = KpiEngine::rows(db->connection(), {});
    QVERIFY2(rows, qPrintable(rows.errorString()));
    QHash<QString, qint64> brit;
    for (const KpiRow &row : *rows) {
        if (row.agreementTitle == u"Brit Ltd SLA"_s)
            brit.insert(row.period, row.tickets);
    }
    QCOMPARE(brit.value(u"2025-06"_s, -1), qint64(0));
    QCOMPARE(brit.value(u"2025-07"_s, -1), qint64(1));
    const auto [verdicts, counted] = verdictsAndCounted(db->connection());
    QCOMPARE(counted, verdicts);
}

void tst_AsOf::firstLocalDayOfTheAgreement()
{
    auto db = copyAsOf(u"first-day"_s, kLate);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"SELECT t.number FROM ticket_results r JOIN tickets t ON t.id = r.ticket_id "
                   "JOIN agreements a ON a.id = r.agreement_id "
                   "WHERE a.title = 'Yank Inc SLA' ORDER BY t.number"_s));
    QStringList governed;
    while (q.next())
        governed.append(q.value(0).toString());
    // 23:46 on 30 April in New York is before the agreement; 00:10 on 1 May is in it.
    QCOMPARE(governed, (QStringList{u"yank-first-day"_s, u"yank-june"_s, u"yank-open-early"_s}));
    auto rows = KpiEngine::rows(db->connection(), {});
    QVERIFY2(rows, qPrintable(rows.errorString()));
    QStringList periods;
    for (const KpiRow &row : *rows) {
        if (row.agreementTitle == u"Yank Inc SLA"_s)
            periods.append(u"%1:%2"_s.arg(row.period).arg(row.tickets));
    }
    QCOMPARE(periods, (QStringList{u"2026-05:2"_s, u"2026-06:1"_s}));
    const auto [verdicts, counted] = verdictsAndCounted(db->connection());
    QCOMPARE(counted, verdicts);
}

void tst_AsOf::resultsAsideLeaveTheStoredOnes()
{
    // Given results stored for "now"
    auto db = copyAsOf(u"aside"_s, kLate);
    const QStringList stored = fingerprint(db->connection());
    // When another as-of is looked at aside
    {
        KpiOptions options;
        options.asOf = at(kEarly);
        auto aside = ResultsScope::open(db->connection(), options, ResultsScope::Mode::Aside);
        QVERIFY2(aside, qPrintable(aside.errorString()));
        // Then it reads as of then while the scope lives
        auto rows = KpiEngine::rows(db->connection(), {});
        QVERIFY(rows);
        QStringList yank;
        for (const KpiRow &row : *rows) {
            if (row.agreementTitle == u"Yank Inc SLA"_s)
                yank.append(
                    u"%1:%2 met, %3 pending"_s.arg(row.period).arg(row.met).arg(row.pending));
        }
        QCOMPARE(yank, QStringList{u"2026-05:1 met, 1 pending"_s});
    }
    // And the stored results answer for "now" as before
    QCOMPARE(fingerprint(db->connection()), stored);
    QCOMPARE(KpiEngine::storedAsOf(db->connection()), std::optional(at(kLate)));
    QVERIFY(KpiEngine::isUpToDate(db->connection(), at(kLate)));
}

void tst_AsOf::demoAnswersDoNotDependOnTheOrder()
{
    // Given the demo workspace
    const QString demo = TestBackend::freshLocation(mDir, u"demo"_s);
    {
        auto db = Database::open(demo, Database::OpenMode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.errorString()));
        Workspace ws(**db);
        auto counts = DemoData::populate(ws);
        QVERIFY2(counts, qPrintable(counts.errorString()));
    }
    // When it is asked for several as-ofs in a random order
    QList<QString> asOfs = {u"2026-10-31T18:00:00Z"_s, u"2027-03-31T00:00:00Z"_s,
                            u"2026-03-29T00:30:00Z"_s, u"2025-12-31T23:30:00Z"_s,
                            u"2026-06-30T22:00:00Z"_s, u"2026-11-29T12:00:00Z"_s};
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("as-of order seed: %u", seed);
    QRandomGenerator random(seed);
    std::shuffle(asOfs.begin(), asOfs.end(), random);
    auto used = Database::open(TestBackend::copyOf(demo, mDir, u"demo-used"_s),
                               Database::OpenMode::MustExist);
    QVERIFY2(used, qPrintable(used.errorString()));
    for (const QString &asOf : std::as_const(asOfs)) {
        bringTo(**used, asOf);
        // Then each answer is that of a fresh copy asked only that as-of
        const QStringList answer = fingerprint((*used)->connection());
        const QString fresh = TestBackend::copyOf(demo, mDir, u"demo-fresh-"_s + asOf.left(10));
        {
            auto db = Database::open(fresh, Database::OpenMode::MustExist);
            QVERIFY2(db, qPrintable(db.errorString()));
            bringTo(**db, asOf);
            QCOMPARE(answer, fingerprint((*db)->connection()));
        }
        if (!TestBackend::isPostgres())
            QFile::remove(fresh);
        // And every stored verdict is counted in exactly one KPI row
        const auto [verdicts, counted] = verdictsAndCounted((*used)->connection());
        QVERIFY2(verdicts > 0 || asOf < u"2025"_s, qPrintable(asOf));
        QCOMPARE(counted, verdicts);
    }
}

// Every field of an agreement's KPI rows and credit statements, for comparing two reads.
QStringList agreementAnswer(QSqlDatabase db, const QString &number)
{
    QStringList answer;
    auto rows = KpiEngine::rows(db, {number, {}, {}});
    auto statements = KpiEngine::statements(db, {number, {}, {}});
    if (!rows || !statements)
        return {u"error: "_s + (rows ? statements.errorString() : rows.errorString())};
    for (const KpiRow &r : *rows) {
        answer.append(QStringList{
            r.number, r.target, r.period, QString::number(r.tickets), QString::number(r.met),
            QString::number(r.breached), QString::number(r.pending), QString::number(r.nearDue),
            QString::number(r.achievedMilli.value_or(-1)),
            QString::number(r.scoreMilli.value_or(-1)),
            QString::number(r.downtimeSeconds.value_or(-1)), r.status,
            QString::number(r.errorBudget.value_or(-1)), r.credit.toPlainString()}
                          .join(u'/'));
    }
    for (const CreditStatement &s : *statements)
        answer.append(u"credits %1 %2 %3"_s.arg(s.number, s.period, s.total.toPlainString()));
    return answer;
}

void tst_AsOf::oneAgreementAsideAnswersAsThePortfolio_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("asOf");
    QTest::newRow("customer level, month end") << u"SLA-2024-0017"_s << u"2026-10-31T18:00:00Z"_s;
    QTest::newRow("amended: two versions") << u"SLA-2024-0007"_s << u"2026-03-29T00:30:00Z"_s;
    QTest::newRow("service level under a parent")
        << u"SLA-2024-0013"_s << u"2026-06-30T22:00:00Z"_s;
    QTest::newRow("availability and satisfaction")
        << u"SLA-2026-0002"_s << u"2026-10-31T18:00:00Z"_s;
    QTest::newRow("custom metrics") << u"SLA-2024-0024"_s << u"2025-12-31T23:30:00Z"_s;
    QTest::newRow("operational level agreement") << u"OLA-2025-0001"_s << u"2026-09-15T12:00:00Z"_s;
    QTest::newRow("after the stored as-of") << u"SLA-2024-0017"_s << u"2027-03-31T00:00:00Z"_s;
}

// Given the demo with its results stored for "now", when one agreement is looked at aside as
// of another instant, then it reads exactly as it does when the whole portfolio is brought
// to that instant aside, and the stored results are untouched.
void tst_AsOf::oneAgreementAsideAnswersAsThePortfolio()
{
    QFETCH(QString, number);
    QFETCH(QString, asOf);
    if (!mDemoNow) {
        const QString location = TestBackend::freshLocation(mDir, u"demo-now"_s);
        auto db = TestFixtures::openDemo(location);
        QVERIFY2(db, qPrintable(db.errorString()));
        mDemoNow = std::move(*db);
        bringTo(*mDemoNow, u"2026-11-29T12:00:00Z"_s);
    }
    const QSqlDatabase db = mDemoNow->connection();
    const QStringList stored = fingerprint(db);
    KpiOptions options;
    options.asOf = at(asOf);
    QStringList portfolio;
    {
        auto aside = ResultsScope::open(db, options, ResultsScope::Mode::Aside);
        QVERIFY2(aside, qPrintable(aside.errorString()));
        portfolio = agreementAnswer(db, number);
    }
    QStringList one;
    {
        auto aside = ResultsScope::open(db, options, ResultsScope::Mode::Aside, number);
        QVERIFY2(aside, qPrintable(aside.errorString()));
        one = agreementAnswer(db, number);
    }
    QVERIFY2(portfolio.size() > 1, qPrintable(portfolio.join(u'\n')));
    QCOMPARE(one, portfolio);
    QCOMPARE(fingerprint(db), stored);
}

QTEST_GUILESS_MAIN(tst_AsOf)
#include "tst_asof.moc"
