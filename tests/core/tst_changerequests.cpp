#include "audit/auditlog.h"
#include "calendar/isotime.h"
#include "change/changerequests.h"
#include "data/workspace.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;
using TestFixtures::FixtureToday;

/// Change requests: the state machine submitted → assessed → accepted or rejected with its
/// refusals, the backtest of an assessment, and an acceptance that amends the agreement with
/// the proposed targets. SQLite and PostgreSQL.
class tst_ChangeRequests : public TestFixtures::DeskWorkspaceTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void stateMachine_data();
    void stateMachine();
    void acceptanceOpensAmendmentWithProposedTargets();
    void refusedAcceptanceChangesNothing();
    void badSubmissionsAreRefused_data();
    void badSubmissionsAreRefused();
    void assessmentBacktestsTheStoredTickets();
    void mergedTargets();

private:
    ChangeRequest request() const;
    Result<void> step(qint64 id, const QString &spec);
    QString status(qint64 id) const;

    qint64 mAgreement = 0;
};

void tst_ChangeRequests::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
}

void tst_ChangeRequests::init()
{
    QCOMPARE(openDeskWorkspace(u"changes"_s), QString());
    mAgreement = insertAcmeDesk(
        {TestFixtures::target(mPortfolio.desk, Metric::Resolution, 4 * 3600, 95000),
         TestFixtures::target(mPortfolio.desk, Metric::FirstResponse, 3600, 90000)},
        Money(100000, u"EUR"_s), AgreementStatus::Active);
    QVERIFY(mAgreement);
}

void tst_ChangeRequests::cleanup()
{
    closeWorkspace();
}

ChangeRequest tst_ChangeRequests::request() const
{
    ChangeRequest r;
    r.agreementId = mAgreement;
    r.requestedBy = u"Giulia at Acme"_s;
    r.requestedOn = QDate(2026, 4, 1);
    r.description = u"Resolution within two hours"_s;
    r.proposedTargets = {
        TestFixtures::target(mPortfolio.desk, Metric::Resolution, 2 * 3600, 95000)};
    return r;
}

// "user:assess", "user:accept", "user:reject:REASON".
Result<void> tst_ChangeRequests::step(qint64 id, const QString &spec)
{
    const QStringList parts = spec.split(u':');
    mWorkspace->setActingUser(parts.at(0));
    ChangeRequests changes(*mWorkspace);
    changes.setToday(FixtureToday);
    const QString action = parts.at(1);
    if (action == u"assess"_s)
        return changes.assess(id, u"Feasible with a second shift"_s, 20000);
    if (action == u"accept"_s) {
        auto amendment = changes.accept(id);
        if (!amendment)
            return amendment.error();
        return {};
    }
    return changes.reject(id, parts.value(2));
}

QString tst_ChangeRequests::status(qint64 id) const
{
    QSqlQuery q(mDb->connection());
    q.prepare(u"SELECT status FROM change_requests WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return u"(none)"_s;
    return q.value(0).toString();
}

void tst_ChangeRequests::stateMachine_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("refusal"); // of the last step; empty: it succeeds
    QTest::addColumn<QString>("finalStatus");

    QTest::newRow("submitted-assessed")
        << QStringList{u"dave:assess"_s} << QString() << u"assessed"_s;
    QTest::newRow("assessed-accepted")
        << QStringList{u"dave:assess"_s, u"alice:accept"_s} << QString() << u"accepted"_s;
    QTest::newRow("assessed-rejected")
        << QStringList{u"dave:assess"_s, u"alice:reject:Too dear"_s} << QString() << u"rejected"_s;
    QTest::newRow("submitted-rejected")
        << QStringList{u"alice:reject:Out of scope"_s} << QString() << u"rejected"_s;
    QTest::newRow("reassessed") << QStringList{u"dave:assess"_s, u"alice:assess"_s} << QString()
                                << u"assessed"_s;
    QTest::newRow("accept-unassessed-refused")
        << QStringList{u"alice:accept"_s} << u"has not been assessed yet"_s << u"submitted"_s;
    QTest::newRow("reject-needs-reason") << QStringList{u"dave:assess"_s, u"alice:reject:  "_s}
                                         << u"a rejection needs a reason"_s << u"assessed"_s;
    QTest::newRow("accepted-is-final")
        << QStringList{u"dave:assess"_s, u"alice:accept"_s, u"alice:reject:Changed mind"_s}
        << u"was already accepted"_s << u"accepted"_s;
    QTest::newRow("rejected-is-final") << QStringList{u"alice:reject:No"_s, u"dave:assess"_s}
                                       << u"was already rejected"_s << u"rejected"_s;
    QTest::newRow("analyst-cannot-decide")
        << QStringList{u"dave:assess"_s, u"dave:accept"_s} << u"needs the role"_s << u"assessed"_s;
    QTest::newRow("approver-cannot-assess")
        << QStringList{u"bob:assess"_s} << u"needs the role"_s << u"submitted"_s;
}

void tst_ChangeRequests::stateMachine()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, refusal);
    QFETCH(QString, finalStatus);
    // Given a submitted change request
    mWorkspace->setActingUser(u"alice"_s);
    auto id = ChangeRequests(*mWorkspace).submit(request());
    QVERIFY2(id, qPrintable(id.errorString()));
    QCOMPARE(status(*id), u"submitted"_s);
    const qint64 trail = count(u"SELECT count(*) FROM audit_log"_s);
    // When the steps are taken
    for (qsizetype i = 0; i + 1 < steps.size(); ++i) {
        auto done = step(*id, steps.at(i));
        QVERIFY2(done, qPrintable(steps.at(i) + u": "_s + done.errorString()));
    }
    const qint64 before = count(u"SELECT count(*) FROM audit_log"_s);
    auto last = step(*id, steps.constLast());
    // Then the last one succeeds or is refused with its reason, changing nothing
    if (refusal.isEmpty()) {
        QVERIFY2(last, qPrintable(last.errorString()));
        QVERIFY(count(u"SELECT count(*) FROM audit_log"_s) > before);
    } else {
        QVERIFY(!last);
        QVERIFY2(last.errorString().contains(refusal), qPrintable(last.errorString()));
        QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), before);
    }
    QCOMPARE(status(*id), finalStatus);
    QVERIFY(count(u"SELECT count(*) FROM audit_log"_s) > trail - 1);
    auto verified = AuditLog(mDb->connection()).verify();
    QVERIFY2(verified && verified->intact,
             qPrintable(verified ? verified->problem : verified.errorString()));
}

void tst_ChangeRequests::acceptanceOpensAmendmentWithProposedTargets()
{
    // Given an assessed request that tightens the resolution target and adds a NET
    // availability target
    ChangeRequest r = request();
    r.proposedTargets.append(
        TestFixtures::target(mPortfolio.net, Metric::Availability, 99500, 99500));
    mWorkspace->setActingUser(u"alice"_s);
    auto id = ChangeRequests(*mWorkspace).submit(r);
    QVERIFY2(id, qPrintable(id.errorString()));
    QVERIFY(step(*id, u"dave:assess"_s));
    // When it is accepted
    mWorkspace->setActingUser(u"alice"_s);
    ChangeRequests changes(*mWorkspace);
    changes.setToday(FixtureToday);
    auto amendment = changes.accept(*id);
    QVERIFY2(amendment, qPrintable(amendment.errorString()));
    // Then the agreement has a new draft version that holds the proposed targets, and the
    // version in force keeps its own
    auto draft = mWorkspace->agreement(*amendment);
    QVERIFY2(draft, qPrintable(draft.errorString()));
    QCOMPARE(draft->version, 2);
    QCOMPARE(draft->status, AgreementStatus::Draft);
    QCOMPARE(draft->targets.size(), 3);
    QCOMPARE(draft->targets.at(0).metric, Metric::Resolution);
    QCOMPARE(draft->targets.at(0).threshold, 2 * 3600);
    QCOMPARE(draft->targets.at(1).metric, Metric::FirstResponse);
    QCOMPARE(draft->targets.at(1).threshold, 3600);
    QCOMPARE(draft->targets.at(2).serviceId, mPortfolio.net);
    QCOMPARE(draft->targets.at(2).metric, Metric::Availability);
    auto inForce = mWorkspace->agreement(mAgreement);
    QCOMPARE(inForce->status, AgreementStatus::Active);
    QCOMPARE(inForce->targets.at(0).threshold, 4 * 3600);
    auto stored = ChangeRequestStore(mDb->connection()).request(*id);
    QVERIFY2(stored, qPrintable(stored.errorString()));
    QCOMPARE(stored->status, ChangeRequestStatus::Accepted);
    QCOMPARE(stored->amendmentId, *amendment);
    QCOMPARE(stored->decidedBy, u"alice"_s);
    QCOMPARE(stored->decidedOn, FixtureToday);
    // The amendment went through the lifecycle: its transition is on the trail
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'transition:amend'"_s), 1);
    auto verified = AuditLog(mDb->connection()).verify();
    QVERIFY2(verified && verified->intact,
             qPrintable(verified ? verified->problem : verified.errorString()));
}

void tst_ChangeRequests::refusedAcceptanceChangesNothing()
{
    // Given an assessed request on an agreement that already has an open amendment
    mWorkspace->setActingUser(u"alice"_s);
    auto id = ChangeRequests(*mWorkspace).submit(request());
    QVERIFY2(id, qPrintable(id.errorString()));
    QVERIFY(step(*id, u"dave:assess"_s));
    mWorkspace->setActingUser(u"alice"_s);
    auto other = ChangeRequests(*mWorkspace).submit(request());
    QVERIFY(other);
    QVERIFY(step(*other, u"dave:assess"_s));
    QVERIFY(step(*other, u"alice:accept"_s));
    const qint64 versions = count(u"SELECT count(*) FROM agreements"_s);
    const qint64 trail = count(u"SELECT count(*) FROM audit_log"_s);
    // When it is accepted, then the lifecycle's guard refuses the amendment
    auto refused = step(*id, u"alice:accept"_s);
    QVERIFY(!refused);
    QVERIFY2(refused.errorString().contains(u"already an open amendment"_s),
             qPrintable(refused.errorString()));
    // and nothing changed
    QCOMPARE(status(*id), u"assessed"_s);
    QCOMPARE(count(u"SELECT count(*) FROM agreements"_s), versions);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), trail);
}

void tst_ChangeRequests::badSubmissionsAreRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("no-description") << u"description"_s << u"the description) is empty"_s;
    QTest::newRow("no-requester") << u"requested_by"_s << u"requested by) is empty"_s;
    QTest::newRow("no-date") << u"requested_on"_s << u"the request date is missing"_s;
    QTest::newRow("foreign-service")
        << u"service"_s << u"proposed target 1: service id 999 is not one of the agreement's"_s;
    QTest::newRow("bad-goal") << u"goal"_s << u"proposed target 1"_s;
    QTest::newRow("analyst-may-submit") << u"analyst"_s << QString();
    QTest::newRow("approver-may-not") << u"approver"_s << u"needs the role"_s;
}

void tst_ChangeRequests::badSubmissionsAreRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, message);
    ChangeRequest r = request();
    QString user = u"alice"_s;
    if (field == u"description"_s)
        r.description = u"  "_s;
    else if (field == u"requested_by"_s)
        r.requestedBy.clear();
    else if (field == u"requested_on"_s)
        r.requestedOn = {};
    else if (field == u"service"_s)
        r.proposedTargets[0].serviceId = 999;
    else if (field == u"goal"_s)
        r.proposedTargets[0].goalMilli = 0;
    else if (field == u"analyst"_s)
        user = u"dave"_s;
    else if (field == u"approver"_s)
        user = u"bob"_s;
    mWorkspace->setActingUser(user);
    auto id = ChangeRequests(*mWorkspace).submit(r);
    checkStoredOrRefused(id, message, u"change_requests"_s);
}

void tst_ChangeRequests::assessmentBacktestsTheStoredTickets()
{
    // Given Acme's DESK tickets of March: four resolved within three hours, one in five
    const qint64 opened = TestFixtures::at(u"2026-03-10T09:00:00Z"_s);
    const int hours[] = {1, 2, 3, 3, 5};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(TestFixtures::addDeskTicket(mDb->connection(), u"INC%1"_s.arg(i), u"Acme"_s,
                                             opened + i * 3600, hours[i] * 60),
                 QString());
    }
    // When a request for resolution within two hours is assessed
    mWorkspace->setActingUser(u"alice"_s);
    auto id = ChangeRequests(*mWorkspace).submit(request());
    QVERIFY2(id, qPrintable(id.errorString()));
    auto assessed = step(*id, u"dave:assess"_s);
    QVERIFY2(assessed, qPrintable(assessed.errorString()));
    // Then the backtest judged them against the proposed target: two of five met
    auto stored = ChangeRequestStore(mDb->connection()).request(*id);
    QVERIFY2(stored, qPrintable(stored.errorString()));
    QCOMPARE(stored->backtest.size(), 1);
    QCOMPARE(stored->backtest.at(0).tickets, 5);
    QCOMPARE(stored->backtest.at(0).met, 2);
    QCOMPARE(stored->backtest.at(0).breached, 3);
    QCOMPARE(stored->backtest.at(0).goalMilli, 95000);
    QCOMPARE(stored->priceEffectMinor, 20000);
    QCOMPARE(stored->assessedBy, u"dave"_s);
    QCOMPARE(stored->feasibility, u"Feasible with a second shift"_s);
}

void tst_ChangeRequests::mergedTargets()
{
    Target resolution = TestFixtures::target(mPortfolio.desk, Metric::Resolution, 4 * 3600);
    resolution.id = 7;
    Target p1 = TestFixtures::target(mPortfolio.desk, Metric::Resolution, 3600, 95000, u"P1"_s);
    Target tighter = TestFixtures::target(mPortfolio.desk, Metric::Resolution, 2 * 3600);
    const QList<Target> merged = ChangeRequests::merged({resolution}, {tighter, p1});
    // The same slot is replaced in place, keeping its id; another priority is added
    QCOMPARE(merged.size(), 2);
    QCOMPARE(merged.at(0).id, 7);
    QCOMPARE(merged.at(0).threshold, 2 * 3600);
    QCOMPARE(merged.at(1).priority, u"P1"_s);
    QCOMPARE(merged.at(1).id, 0);
}

QTEST_GUILESS_MAIN(tst_ChangeRequests)
#include "tst_changerequests.moc"
