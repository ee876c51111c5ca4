#include "calendar/calendarjson.h"
#include "calendar/isotime.h"
#include "data/workspace.h"
#include "domain/money.h"
#include "domain/targetvalue.h"
#include "measurement/backtest.h"
#include "measurement/evaluator.h"
#include "measurement/importmapping.h"
#include "measurement/measurementimporter.h"
#include "measurement/targetjudgement.h"
#include "storage/database.h"
#include "testfixtures.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Accordo;
using namespace Qt::StringLiterals;

namespace {

// Monday to Friday 09:00-17:00 UTC, so that expected business times are easy to check.
const QByteArray kOffice = TestSupport::weekdayCalendarJson(u"office"_s, u"UTC"_s,
                                                            u"09:00-17:00"_s);

// The fixture is judged as of the end of its working day: every ticket resolved by then is
// judged on its resolution, the three still open are judged on the time they have been open.
const char *const kAsOf = "2026-03-02T18:30Z";

qint64 at(const char *iso)
{
    return *IsoTime::parse(QString::fromLatin1(iso), QTimeZone::utc());
}

} // namespace

/// Which target governs a ticket, and its verdict: matching precedence, agreements in force,
/// business time with pauses, open tickets as of an instant, results stored and recomputed.
class tst_Evaluation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void governingTarget_data();
    void governingTarget();
    void judgeOpenTicketsAsOf_data();
    void judgeOpenTicketsAsOf();
    void changedTargetMakesResultsStale();
    void chunkSizeDoesNotChangeTheVerdicts_data();
    void chunkSizeDoesNotChangeTheVerdicts();
    void interruptedRunLeavesResultsStale();
    void onlyChangedVerdictsAreWritten();
    void backtestStoredTickets_data();
    void backtestStoredTickets();

private:
    qint64 addAgreement(const QString &title, AgreementLevel level, qint64 parentId,
                        qint64 serviceId, const QList<Target> &targets, bool sign,
                        const QString &terminatedOn = {});

    QTemporaryDir mDir;
    std::unique_ptr<Database> mDb;
    std::unique_ptr<Workspace> mWorkspace;
    qint64 mEmail = 0, mWeb = 0, mAcme = 0, mEu = 0, mUs = 0;
};

qint64 tst_Evaluation::addAgreement(const QString &title, AgreementLevel level, qint64 parentId,
                                    qint64 serviceId, const QList<Target> &targets, bool sign,
                                    const QString &terminatedOn)
{
    Agreement a = TestFixtures::agreement(title, mAcme, {serviceId}, targets, QDate(2026, 1, 1),
                                          QDate(), Money(0, u"EUR"_s));
    a.level = level;
    a.parentId = parentId;
    auto id = mWorkspace->insert(a);
    if (!id)
        qFatal("%s", qPrintable(id.errorString()));
    QSqlQuery q(mDb->connection());
    if (sign) {
        q.prepare(u"INSERT INTO signings (agreement_id, signed_on, method, registered_number, "
                  "recorded_by, recorded_at) VALUES (?, '2026-01-01', 'electronic', ?, 'test', "
                  "'2026-01-01T00:00:00Z')"_s);
        q.addBindValue(*id);
        q.addBindValue(u"REG-%1"_s.arg(*id));
        if (!q.exec())
            qFatal("signing failed");
        q.exec(u"UPDATE agreements SET status = 'active' WHERE id = %1"_s.arg(*id));
    }
    if (!terminatedOn.isEmpty())
        q.exec(u"UPDATE agreements SET status = 'terminated', terminated_on = '%1' WHERE id = %2"_s
                   .arg(terminatedOn)
                   .arg(*id));
    return *id;
}

void tst_Evaluation::initTestCase()
{
    QCOMPARE(TestFixtures::create(mDir.filePath(u"w.accordo"_s), mDb), QString());
    mWorkspace = std::make_unique<Workspace>(*mDb);
    auto office = mWorkspace->insert(
        CalendarRecord{0, u"office"_s, u"UTC"_s, QString::fromUtf8(kOffice)});
    QVERIFY2(office, qPrintable(office.errorString()));
    mEu = *mWorkspace->insert(Region{0, u"EU"_s, u"Europe"_s, *office});
    mUs = *mWorkspace->insert(Region{0, u"US"_s, u"Americas"_s, *office});
    Party acme;
    acme.name = u"Acme"_s;
    acme.regionId = mEu;
    mAcme = *mWorkspace->insert(acme);
    Service email;
    email.code = u"EMAIL"_s;
    email.name = u"E-mail"_s;
    mEmail = *mWorkspace->insert(email);
    Service web;
    web.code = u"WEB"_s;
    web.name = u"Web shop"_s;
    mWeb = *mWorkspace->insert(web);

    const auto target = [](qint64 service, Metric metric, const char *within,
                           const QString &priority = {}, qint64 region = 0) {
        Target t;
        t.serviceId = service;
        t.metric = metric;
        t.threshold = *TargetValue::parseDuration(QString::fromLatin1(within));
        t.priority = priority;
        t.regionId = region;
        return t;
    };
    // Corporate: resolution 8h and first response 2h for everything.
    const qint64 corporate = addAgreement(
        u"corporate"_s, AgreementLevel::Corporate, 0, mEmail,
        {target(mEmail, Metric::Resolution, "8h"), target(mEmail, Metric::FirstResponse, "2h")},
        true);
    // Customer level: P1 resolution 4h.
    const qint64 customer = addAgreement(u"customer"_s, AgreementLevel::Customer, corporate, mEmail,
                                         {target(mEmail, Metric::Resolution, "4h", u"P1"_s)}, true);
    // Service level: P1 in the EU resolved within 2h; a P2 target of 3h for all regions.
    addAgreement(u"service"_s, AgreementLevel::Service, customer, mEmail,
                 {target(mEmail, Metric::Resolution, "2h", u"P1"_s, mEu),
                  target(mEmail, Metric::Resolution, "3h", u"P2"_s)},
                 true);
    // A draft never governs, however specific.
    addAgreement(u"draft"_s, AgreementLevel::Service, 0, mEmail,
                 {target(mEmail, Metric::Resolution, "1h")}, false);
    // Active without a signing record, as agreements made before the workflow are.
    Service vpn;
    vpn.code = u"VPN"_s;
    vpn.name = u"VPN"_s;
    const qint64 vpnId = *mWorkspace->insert(vpn);
    const qint64 legacy = addAgreement(u"legacy"_s, AgreementLevel::Customer, 0, vpnId,
                                       {target(vpnId, Metric::Resolution, "1h")}, false);
    QSqlQuery(mDb->connection())
        .exec(u"UPDATE agreements SET status = 'active' WHERE id = %1"_s.arg(legacy));
    // The web shop's agreement was terminated on 1 February.
    addAgreement(u"web"_s, AgreementLevel::Customer, 0, mWeb,
                 {target(mWeb, Metric::Resolution, "5h")}, true, u"2026-02-01"_s);

    const QByteArray tickets =
        "id,customer,service,region,priority,opened_at,first_response_at,resolved_at,pauses\n"
        "svc-level,Acme,EMAIL,EU,P1,2026-03-02T09:00Z,2026-03-02T09:30Z,2026-03-02T10:30Z,\n"
        "cust-level-other-region,Acme,EMAIL,US,P1,2026-03-02T09:00Z,,2026-03-02T12:00Z,\n"
        "corp-level-other-priority,Acme,EMAIL,EU,P3,2026-03-02T09:00Z,,2026-03-02T18:00Z,\n"
        "svc-level-any-region,Acme,E-mail,US,P2,2026-03-02T09:00Z,,2026-03-02T12:00Z,\n"
        "other-customer,Beta,EMAIL,EU,P1,2026-03-02T09:00Z,,2026-03-02T10:00Z,\n"
        "unknown-service,Acme,FAX,EU,P1,2026-03-02T09:00Z,,2026-03-02T10:00Z,\n"
        "web-before-termination,Acme,WEB,EU,P3,2026-01-20T09:00Z,,2026-01-20T15:00Z,\n"
        "web-after-termination,Acme,WEB,EU,P3,2026-02-20T09:00Z,,2026-02-20T10:00Z,\n"
        "legacy-active,Acme,VPN,EU,P3,2026-03-02T09:00Z,,2026-03-02T10:00Z,\n"
        "over-weekend,Acme,EMAIL,EU,P1,2026-02-27T16:00Z,,2026-03-02T10:00Z,\n"
        "pause-too-short,Acme,EMAIL,EU,P1,2026-03-02T09:00Z,,2026-03-02T13:00Z,"
        "2026-03-02T10:00Z/2026-03-02T11:00Z\n"
        "pauses-overlapping,Acme,EMAIL,EU,P1,2026-03-02T09:00Z,,2026-03-02T13:00Z,"
        "2026-03-02T10:00Z/2026-03-02T11:30Z;2026-03-02T11:00Z/2026-03-02T12:00Z\n"
        "open-pending,Acme,EMAIL,EU,P1,2026-03-02T15:30Z,,,\n"
        "open-breached,Acme,EMAIL,EU,P1,2026-03-02T14:30Z,,,\n"
        "open-paused,Acme,EMAIL,EU,P1,2026-03-02T14:00Z,,,2026-03-02T14:00Z/2026-03-02T18:00Z\n";
    QFile file(mDir.filePath(u"t.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(tickets);
    file.close();
    QCOMPARE(TestFixtures::addUsers(mDb->connection(), {{u"ann"_s, {Role::Analyst}}}), QString());
    ImportOptions options;
    options.userName = u"ann"_s;
    auto imported = MeasurementImporter::importFile(mDb->connection(), RecordKind::Ticket,
                                                    file.fileName(),
                                                    ImportMapping(RecordKind::Ticket), options);
    QVERIFY2(imported, qPrintable(imported.errorString()));
    QVERIFY(Evaluator::isStale(mDb->connection()));
    auto summary = Evaluator::evaluate(mDb->connection(), at(kAsOf));
    QVERIFY2(summary, qPrintable(summary.errorString()));
    QCOMPARE(summary->tickets, 15);
    QVERIFY(!Evaluator::isStale(mDb->connection()));
}

void tst_Evaluation::cleanupTestCase()
{
    mWorkspace.reset();
    mDb.reset();
}

void tst_Evaluation::governingTarget_data()
{
    QTest::addColumn<QString>("ticket");
    QTest::addColumn<QString>("agreement"); // of the resolution target; empty: none
    QTest::addColumn<qint64>("threshold");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<qint64>("elapsed");

    QTest::newRow("service-level-beats-customer-and-corporate")
        << u"svc-level"_s << u"service"_s << qint64(7200) << u"met"_s << qint64(5400);
    QTest::newRow("customer-level-when-service-target-names-other-region")
        << u"cust-level-other-region"_s << u"customer"_s << qint64(14400) << u"met"_s
        << qint64(10800);
    QTest::newRow("corporate-level-for-other-priority")
        << u"corp-level-other-priority"_s << u"corporate"_s << qint64(28800) << u"met"_s
        << qint64(28800);
    QTest::newRow("service-matched-by-name-target-without-region")
        << u"svc-level-any-region"_s << u"service"_s << qint64(10800) << u"met"_s << qint64(10800);
    QTest::newRow("other-customer-is-not-governed")
        << u"other-customer"_s << QString() << qint64(0) << QString() << qint64(0);
    QTest::newRow("unknown-service-is-not-governed")
        << u"unknown-service"_s << QString() << qint64(0) << QString() << qint64(0);
    QTest::newRow("terminated-agreement-governs-before-termination")
        << u"web-before-termination"_s << u"web"_s << qint64(18000) << u"breached"_s
        << qint64(21600);
    QTest::newRow("terminated-agreement-not-after")
        << u"web-after-termination"_s << QString() << qint64(0) << QString() << qint64(0);
    QTest::newRow("active-without-signing-record-governs")
        << u"legacy-active"_s << u"legacy"_s << qint64(3600) << u"met"_s << qint64(3600);
    QTest::newRow("weekend-is-not-business-time")
        << u"over-weekend"_s << u"service"_s << qint64(7200) << u"met"_s << qint64(7200);
    QTest::newRow("pause-subtracted-still-breached")
        << u"pause-too-short"_s << u"service"_s << qint64(7200) << u"breached"_s << qint64(10800);
    QTest::newRow("overlapping-pauses-counted-once")
        << u"pauses-overlapping"_s << u"service"_s << qint64(7200) << u"met"_s << qint64(7200);
    QTest::newRow("open-within-target-is-pending")
        << u"open-pending"_s << u"service"_s << qint64(7200) << u"pending"_s << qint64(5400);
    QTest::newRow("open-past-target-is-breached")
        << u"open-breached"_s << u"service"_s << qint64(7200) << u"breached"_s << qint64(9000);
    QTest::newRow("open-but-paused-is-pending")
        << u"open-paused"_s << u"service"_s << qint64(7200) << u"pending"_s << qint64(0);
}

void tst_Evaluation::governingTarget()
{
    QFETCH(QString, ticket);
    QFETCH(QString, agreement);
    QFETCH(qint64, threshold);
    QFETCH(QString, verdict);
    QFETCH(qint64, elapsed);

    // One governing target per metric: one row, or none when no agreement governs the ticket.
    const QStringList expected =
        agreement.isEmpty()
            ? QStringList()
            : QStringList{u"%1|%2|%3|%4"_s.arg(agreement).arg(threshold).arg(verdict).arg(elapsed)};
    QCOMPARE(TestSupport::rows(mDb->connection(),
                               u"SELECT a.title, g.threshold, r.verdict, r.elapsed "
                               "FROM ticket_results r JOIN tickets t ON t.id = r.ticket_id "
                               "JOIN targets g ON g.id = r.target_id "
                               "JOIN agreements a ON a.id = r.agreement_id "
                               "WHERE t.number = ? AND g.metric = 'resolution'"_s,
                               {ticket}),
             expected);
}

void tst_Evaluation::judgeOpenTicketsAsOf_data()
{
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<qint64>("elapsed");

    // Opened Monday 09:00, 1h target, clock stopped 10:00-11:00.
    QTest::newRow("before-opening") << u"2026-03-02T08:00Z"_s << u"pending"_s << qint64(0);
    QTest::newRow("exactly-at-target") << u"2026-03-02T10:00Z"_s << u"pending"_s << qint64(3600);
    QTest::newRow("paused-past-target") << u"2026-03-02T10:59Z"_s << u"pending"_s << qint64(3600);
    QTest::newRow("one-minute-after-pause")
        << u"2026-03-02T11:01Z"_s << u"breached"_s << qint64(3660);
}

void tst_Evaluation::judgeOpenTicketsAsOf()
{
    QFETCH(QString, asOf);
    QFETCH(QString, verdict);
    QFETCH(qint64, elapsed);

    auto calendar = CalendarJson::fromJson(kOffice);
    QVERIFY(calendar);
    const Judgement j = TargetJudgement::judge(
        *calendar, 3600, at("2026-03-02T09:00Z"), std::nullopt,
        {Pause{at("2026-03-02T10:00Z"), at("2026-03-02T11:00Z")}},
        *IsoTime::parse(asOf, QTimeZone::utc()));
    QCOMPARE(TargetJudgement::key(j.verdict), verdict);
    QCOMPARE(j.elapsed, elapsed);
}

void tst_Evaluation::changedTargetMakesResultsStale()
{
    // Given fresh results
    QVERIFY(!Evaluator::isStale(mDb->connection()));
    // When the service-level P1 target is loosened to 4h
    QSqlQuery q(mDb->connection());
    QVERIFY(q.exec(u"UPDATE targets SET threshold = 14400 WHERE threshold = 7200 "
                   "AND metric = 'resolution'"_s));
    // Then the results are stale, and recomputing turns the paused ticket's breach into met
    QVERIFY(Evaluator::isStale(mDb->connection()));
    auto summary = Evaluator::evaluate(mDb->connection(), at(kAsOf));
    QVERIFY(summary);
    QVERIFY(q.exec(u"SELECT r.verdict FROM ticket_results r JOIN tickets t ON t.id = r.ticket_id "
                   "JOIN targets g ON g.id = r.target_id "
                   "WHERE t.number = 'pause-too-short' AND g.metric = 'resolution'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"met"_s);
}

void tst_Evaluation::chunkSizeDoesNotChangeTheVerdicts_data()
{
    TestSupport::addRows<qint64>("chunk", {{"one-ticket-per-transaction", 1},
                                           {"two", 2},
                                           {"seven", 7},
                                           {"exactly-all-fifteen", 15},
                                           {"more-than-all", 1000}});
}

void tst_Evaluation::chunkSizeDoesNotChangeTheVerdicts()
{
    QFETCH(qint64, chunk);
    const auto fingerprint = [this] {
        QSqlQuery q(mDb->connection());
        q.exec(u"SELECT t.number, r.target_id, r.elapsed, coalesce(r.due_at, -1), r.verdict "
               "FROM ticket_results r JOIN tickets t ON t.id = r.ticket_id "
               "ORDER BY t.number, r.target_id"_s);
        QStringList rows;
        while (q.next())
            rows.append(u"%1/%2/%3/%4/%5"_s.arg(q.value(0).toString())
                            .arg(q.value(1).toLongLong())
                            .arg(q.value(2).toLongLong())
                            .arg(q.value(3).toLongLong())
                            .arg(q.value(4).toString()));
        return rows;
    };
    const qint64 asOf = at(kAsOf);
    QVERIFY(Evaluator::evaluate(mDb->connection(), asOf));
    const QStringList whole = fingerprint();
    QVERIFY(whole.size() > 10);
    // A ticket that no target governs any more loses its verdicts whichever chunk it is in.
    QSqlQuery q(mDb->connection());
    QVERIFY(
        q.exec(u"UPDATE tickets SET customer = 'Nobody' WHERE number = 'pauses-overlapping'"_s));
    auto summary = Evaluator::evaluate(mDb->connection(), asOf, chunk);
    QVERIFY2(summary, qPrintable(summary.errorString()));
    QCOMPARE(summary->tickets, qint64(15));
    QStringList expected;
    for (const QString &row : whole) {
        if (!row.startsWith(u"pauses-overlapping/"_s))
            expected.append(row);
    }
    QCOMPARE(fingerprint(), expected);
    QVERIFY(!Evaluator::isStale(mDb->connection()));
    QVERIFY(q.exec(u"UPDATE tickets SET customer = 'Acme' WHERE number = 'pauses-overlapping'"_s));
    QVERIFY(Evaluator::evaluate(mDb->connection(), asOf));
    QCOMPARE(fingerprint(), whole);
}

void tst_Evaluation::interruptedRunLeavesResultsStale()
{
    // A run marks the results as being recomputed and clears the mark only when it completes:
    // one that died half-way, or saw terms change under it, leaves them stale.
    QVERIFY(Evaluator::evaluate(mDb->connection(), at(kAsOf)));
    QVERIFY(!Evaluator::isStale(mDb->connection()));
    QSqlQuery q(mDb->connection());
    QVERIFY(q.exec(u"UPDATE accordo_meta SET value = 'running' "
                   "WHERE key = 'ticket_results_stale'"_s));
    QVERIFY(Evaluator::isStale(mDb->connection()));
    QVERIFY(Evaluator::evaluate(mDb->connection(), at(kAsOf)));
    QVERIFY(!Evaluator::isStale(mDb->connection()));
}

void tst_Evaluation::onlyChangedVerdictsAreWritten()
{
    // A row's as_of is the run that last changed it: a minute later, a closed ticket's verdict
    // is the same and untouched; an open one has a minute more of business time.
    const auto asOfOf = [this](const char *ticket) {
        QSqlQuery q(mDb->connection());
        q.prepare(u"SELECT r.as_of FROM ticket_results r JOIN tickets t ON t.id = r.ticket_id "
                  "JOIN targets g ON g.id = r.target_id "
                  "WHERE t.number = ? AND g.metric = 'resolution'"_s);
        q.addBindValue(QString::fromLatin1(ticket));
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    };
    QVERIFY(Evaluator::evaluate(mDb->connection(), at("2026-03-03T10:00Z")));
    QVERIFY(Evaluator::evaluate(mDb->connection(), at("2026-03-03T10:01Z")));
    QVERIFY(asOfOf("svc-level") <= at(kAsOf));
    QCOMPARE(asOfOf("open-pending"), at("2026-03-03T10:01Z"));
}

void tst_Evaluation::backtestStoredTickets_data()
{
    // A draft's targets judged on the stored tickets as if the draft alone were in force:
    // "period:target:tickets:met:breached:pending" per row, in period and target-name order.
    QTest::addColumn<QString>("targets"); // service/metric/within[/priority[/region]], ';'
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected");

    // Every Acme e-mail ticket (by code or name; not Beta's, not FAX) against 3h resolution in
    // the office hours of Acme's region; the three open ones are still within 3h at the as-of.
    QTest::newRow("resolution-all-tickets-by-month")
        << u"EMAIL/resolution/3h"_s << u"2026-01-01T00:00Z"_s << u"2027-01-01T00:00Z"_s
        << u"2026-02:0:1:1:0:0 2026-03:0:9:5:1:3"_s;
    QTest::newRow("window-leaves-out-february")
        << u"EMAIL/resolution/3h"_s << u"2026-03-01T00:00Z"_s << u"2026-04-01T00:00Z"_s
        << u"2026-03:0:9:5:1:3"_s;
    QTest::newRow("priority-and-region-narrow-the-tickets")
        << u"EMAIL/first_response/1h/P1/US"_s << u"2026-01-01T00:00Z"_s << u"2027-01-01T00:00Z"_s
        << u"2026-03:0:1:0:1:0"_s;
    // The web shop's agreement was terminated; a proposal is judged on every ticket regardless.
    QTest::newRow("agreements-in-force-do-not-matter")
        << u"WEB/resolution/5h"_s << u"2026-01-01T00:00Z"_s << u"2027-01-01T00:00Z"_s
        << u"2026-01:0:1:0:1:0 2026-02:0:1:1:0:0"_s;
    QTest::newRow("availability-is-not-backtested")
        << u"EMAIL/availability/0;EMAIL/resolution/8h/P3"_s << u"2026-01-01T00:00Z"_s
        << u"2027-01-01T00:00Z"_s << u"2026-03:0:1:1:0:0"_s;
    QTest::newRow("no-tickets-in-window") << u"EMAIL/resolution/3h"_s << u"2025-01-01T00:00Z"_s
                                          << u"2026-01-01T00:00Z"_s << QString();
}

void tst_Evaluation::backtestStoredTickets()
{
    QFETCH(QString, targets);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, expected);

    const QHash<QString, qint64> services{{u"EMAIL"_s, mEmail}, {u"WEB"_s, mWeb}};
    const QHash<QString, qint64> regions{{u"EU"_s, mEu}, {u"US"_s, mUs}};
    QList<Target> proposal;
    for (const QString &spec : targets.split(u';')) {
        const QStringList f = spec.split(u'/');
        Target t;
        t.serviceId = services.value(f.at(0));
        t.metric = *Enums::fromKey<Metric>(f.at(1));
        t.threshold = t.metric == Metric::Availability ? 99000
                                                       : *TargetValue::parseDuration(f.at(2));
        t.priority = f.value(3);
        t.regionId = regions.value(f.value(4));
        proposal.append(t);
    }
    auto backtest = Backtest::forTargets(mDb->connection(), mAcme, proposal);
    QVERIFY2(backtest, qPrintable(backtest.errorString()));
    QCOMPARE(backtest->targets().size(), 1);
    QCOMPARE(backtest->targets().first().sourceIndex, proposal.size() - 1);
    auto run = backtest->runStored(mDb->connection(), at(qPrintable(from)), at(qPrintable(to)),
                                   at(kAsOf));
    QVERIFY2(run, qPrintable(run.errorString()));
    QStringList actual;
    for (const BacktestRow &row : backtest->rows())
        actual.append(u"%1:%2:%3:%4:%5:%6"_s.arg(row.period)
                          .arg(row.targetIndex)
                          .arg(row.tickets)
                          .arg(row.met)
                          .arg(row.breached)
                          .arg(row.pending));
    QCOMPARE(actual.join(u' '), expected);
}

QTEST_GUILESS_MAIN(tst_Evaluation)
#include "tst_evaluation.moc"
