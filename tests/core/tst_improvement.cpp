#include "audit/auditlog.h"
#include "data/actionstore.h"
#include "data/reviewstore.h"
#include "data/userdirectory.h"
#include "data/workspace.h"
#include "kpi/portfoliochecks.h"
#include "lifecycle/agreementworkflow.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Accordo;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Accordo::ActionState)

/// Reviews, improvement actions and owners on a real workspace: an active SLA started
/// 2025-01-01 with a review every six months (overdue since 2025-07-01), users for each role,
/// and one breached KPI result.
class tst_Improvement : public TestFixtures::FreshWorkspaceTest
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void actionTransitions_data();
    void actionTransitions();
    void whoMayChangeAnAction_data();
    void whoMayChangeAnAction();
    void badActionsAreRefusedAndNamed_data();
    void badActionsAreRefusedAndNamed();
    void heldReviewClearsTheOverdueReview();
    void reviewKeepsItsKpiSummary();
    void reviewNeedsBothSides();
    void amendmentNeededOpensTheAmendment();
    void ownerIsSetAndShown();
    void checkActionsFindsOverdueActionsAndUnfollowedBreaches();
    void everyWriteVerifiesClean();

private:
    qint64 userId(const QString &name) const;
    ImprovementAction newAction(ActionState state = ActionState::Open) const;
    // A review of the agreement held on `heldOn` with the provider and the customer present.
    ServiceReview newReview(const QDate &heldOn, const QString &periods,
                            ReviewOutcome outcome) const;
    qint64 raise(const ImprovementAction &action);
    void addBreach(const QString &period);

    qint64 mAgreement = 0, mTarget = 0;
    QString mNumber;
};

void tst_Improvement::init()
{
    ACCORDO_REQUIRE_BACKEND();
    QCOMPARE(openWorkspace(u"improve"_s, {{u"alice"_s, {Role::SlaManager}},
                                          {u"dave"_s, {Role::Analyst}},
                                          {u"bob"_s, {Role::Approver}},
                                          {u"carol"_s, {Role::Executive}},
                                          {u"erin"_s, {Role::Administrator}}}),
             QString());
    Service s;
    s.code = u"NET"_s;
    s.name = u"Network"_s;
    const qint64 net = *mWorkspace->insert(s);
    const qint64 acme = *mWorkspace->insert(TestFixtures::party(u"Acme"_s));
    Agreement a = TestFixtures::agreement(
        u"Acme network"_s, acme, {net},
        {TestFixtures::target(net, Metric::Resolution, 4 * 3600, 95000, u"P1"_s)},
        QDate(2025, 1, 1), QDate(2027, 12, 31), Money(0, u"EUR"_s));
    a.reviewMonths = 6;
    a.status = AgreementStatus::Active;
    auto id = mWorkspace->insert(a);
    QVERIFY2(id, qPrintable(id.errorString()));
    mAgreement = *id;
    const Agreement stored = *mWorkspace->agreement(mAgreement);
    mNumber = stored.number;
    mTarget = stored.targets.constFirst().id;
}

void tst_Improvement::cleanup()
{
    closeWorkspace();
}

qint64 tst_Improvement::userId(const QString &name) const
{
    return UserDirectory(mDb->connection()).user(name)->id;
}

ImprovementAction tst_Improvement::newAction(ActionState state) const
{
    ImprovementAction a;
    a.agreementId = mAgreement;
    a.title = u"Replace the core switch"_s;
    a.ownerId = userId(u"dave"_s);
    a.dueDate = QDate(2026, 12, 15);
    a.state = state;
    if (state == ActionState::Dropped)
        a.reason = u"the supplier replaced it under warranty"_s;
    return a;
}

ServiceReview tst_Improvement::newReview(const QDate &heldOn, const QString &periods,
                                         ReviewOutcome outcome) const
{
    ServiceReview review;
    review.agreementId = mAgreement;
    review.heldOn = heldOn;
    review.periods = periods;
    review.participants = {{u"provider"_s, u"Alice"_s}, {u"customer"_s, u"Giulia"_s}};
    review.outcome = outcome;
    return review;
}

qint64 tst_Improvement::raise(const ImprovementAction &action)
{
    return TestFixtures::idOrZero(ActionStore(*mWorkspace).insert(action));
}

// A KPI result as the engine stores it: derived data, written here without the engine.
void tst_Improvement::addBreach(const QString &period)
{
    QSqlQuery q(mDb->connection());
    q.prepare(u"INSERT INTO kpi_periods (agreement_id, target_id, period, period_start, "
              "period_end, closed, metric, tickets, breached, goal_milli, status, currency, as_of) "
              "VALUES (?, ?, ?, ?, ?, 1, 'resolution', 10, 3, 95000, 'breached', 'EUR', 0)"_s);
    const QDate first = QDate::fromString(period + u"-01"_s, Qt::ISODate);
    const auto epoch = [](const QDate &d) { return (d.toJulianDay() - 2440588) * 86400; };
    q.addBindValue(mAgreement);
    q.addBindValue(mTarget);
    q.addBindValue(period);
    q.addBindValue(epoch(first));
    q.addBindValue(epoch(first.addMonths(1)));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void tst_Improvement::actionTransitions_data()
{
    QTest::addColumn<ActionState>("from");
    QTest::addColumn<ActionState>("to");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("allowed");
    const QString why = u"no longer needed"_s;
    using S = ActionState;
    QTest::newRow("open-stays-open") << S::Open << S::Open << QString() << true;
    QTest::newRow("open-to-in-progress") << S::Open << S::InProgress << QString() << true;
    QTest::newRow("open-to-done") << S::Open << S::Done << QString() << true;
    QTest::newRow("open-to-dropped-with-reason") << S::Open << S::Dropped << why << true;
    QTest::newRow("open-to-dropped-without-reason") << S::Open << S::Dropped << QString() << false;
    QTest::newRow("open-to-dropped-blank-reason") << S::Open << S::Dropped << u"  "_s << false;
    QTest::newRow("in-progress-to-open") << S::InProgress << S::Open << QString() << false;
    QTest::newRow("in-progress-stays") << S::InProgress << S::InProgress << QString() << true;
    QTest::newRow("in-progress-to-done") << S::InProgress << S::Done << QString() << true;
    QTest::newRow("in-progress-to-dropped-with-reason")
        << S::InProgress << S::Dropped << why << true;
    QTest::newRow("in-progress-to-dropped-without-reason")
        << S::InProgress << S::Dropped << QString() << false;
    QTest::newRow("done-to-open") << S::Done << S::Open << QString() << false;
    QTest::newRow("done-to-in-progress") << S::Done << S::InProgress << QString() << false;
    QTest::newRow("done-to-dropped") << S::Done << S::Dropped << why << false;
    QTest::newRow("done-stays-done") << S::Done << S::Done << QString() << true;
    QTest::newRow("dropped-to-open") << S::Dropped << S::Open << why << false;
    QTest::newRow("dropped-to-in-progress") << S::Dropped << S::InProgress << why << false;
    QTest::newRow("dropped-to-done") << S::Dropped << S::Done << why << false;
    QTest::newRow("dropped-stays-dropped") << S::Dropped << S::Dropped << why << true;
}

void tst_Improvement::actionTransitions()
{
    QFETCH(ActionState, from);
    QFETCH(ActionState, to);
    QFETCH(QString, reason);
    QFETCH(bool, allowed);
    // Given an action in state `from`
    const qint64 id = raise(newAction(from));
    QVERIFY(id != 0);
    ImprovementAction action = *ActionStore(*mWorkspace).action(id);
    const qint64 records = AuditLog(mDb->connection()).count();
    // When an SLA manager moves it to `to`
    mWorkspace->setActingUser(u"alice"_s);
    action.state = to;
    action.reason = reason;
    auto updated = ActionStore(*mWorkspace).update(action);
    // Then the step is taken, or refused with nothing stored
    QCOMPARE(updated.ok(), allowed);
    const ImprovementAction stored = *ActionStore(*mWorkspace).action(id);
    QCOMPARE(stored.state, allowed ? to : from);
    QCOMPARE(AuditLog(mDb->connection()).count(), records + (allowed ? 1 : 0));
    if (!allowed)
        QVERIFY2(!updated.errorString().isEmpty(), "a refusal says why");
}

void tst_Improvement::whoMayChangeAnAction_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("mayRaise");
    QTest::addColumn<bool>("mayUpdate"); // dave's action
    QTest::newRow("sla-manager") << u"alice"_s << true << true;
    QTest::newRow("administrator") << u"erin"_s << true << true;
    QTest::newRow("analyst-owner") << u"dave"_s << true << true;
    QTest::newRow("approver") << u"bob"_s << false << false;
    QTest::newRow("executive") << u"carol"_s << false << false;
}

void tst_Improvement::whoMayChangeAnAction()
{
    QFETCH(QString, user);
    QFETCH(bool, mayRaise);
    QFETCH(bool, mayUpdate);
    // Given an action owned by dave (an analyst)
    const qint64 id = raise(newAction());
    QVERIFY(id != 0);
    // When `user` raises one and moves dave's to in progress
    mWorkspace->setActingUser(user);
    auto raised = ActionStore(*mWorkspace).insert(newAction());
    ImprovementAction action = *ActionStore(*mWorkspace).action(id);
    action.state = ActionState::InProgress;
    auto updated = ActionStore(*mWorkspace).update(action);
    // Then the roles (and ownership) decide
    QCOMPARE(raised.ok(), mayRaise);
    QCOMPARE(updated.ok(), mayUpdate);
    if (!mayUpdate)
        QVERIFY2(updated.errorString().contains(u"needs the role"_s),
                 qPrintable(updated.errorString()));
}

void tst_Improvement::badActionsAreRefusedAndNamed_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("no-title") << u"title"_s << u"needs a title"_s;
    QTest::newRow("no-due-date") << u"due"_s << u"field due date"_s;
    QTest::newRow("due-after-2199") << u"due-late"_s << u"outside the years 1970 to 2199"_s;
    QTest::newRow("bad-period") << u"period"_s << u"field period: \"2026-13\""_s;
    QTest::newRow("bad-source") << u"source"_s << u"field source: \"rumour\""_s;
    QTest::newRow("unknown-owner") << u"owner"_s << u"field owner"_s;
    QTest::newRow("no-agreement") << u"agreement"_s << u"field agreement"_s;
    QTest::newRow("dropped-without-reason") << u"dropped"_s << u"field reason"_s;
}

void tst_Improvement::badActionsAreRefusedAndNamed()
{
    QFETCH(QString, field);
    QFETCH(QString, message);
    ImprovementAction a = newAction();
    if (field == u"title"_s)
        a.title = u"  "_s;
    else if (field == u"due"_s)
        a.dueDate = {};
    else if (field == u"due-late"_s)
        a.dueDate = QDate(2200, 1, 1);
    else if (field == u"period"_s)
        a.period = u"2026-13"_s;
    else if (field == u"source"_s)
        a.source = u"rumour"_s;
    else if (field == u"owner"_s)
        a.ownerId = 999;
    else if (field == u"agreement"_s)
        a.agreementId = 999;
    else if (field == u"dropped"_s)
        a.state = ActionState::Dropped;
    auto id = ActionStore(*mWorkspace).insert(a);
    QVERIFY(!id);
    QVERIFY2(id.errorString().contains(message), qPrintable(id.errorString()));
    QCOMPARE(ActionStore(*mWorkspace).actions()->size(), 0);
}

void tst_Improvement::heldReviewClearsTheOverdueReview()
{
    // Given an SLA whose review of 2025-07-01 was never held
    auto due = PortfolioChecks::reviews(mDb->connection(), QDate(2026, 3, 1));
    QVERIFY2(due, qPrintable(due.errorString()));
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->first().due, QDate(2025, 7, 1));
    // When alice records a review held on 2026-02-10 that changes nothing
    mWorkspace->setActingUser(u"alice"_s);
    ServiceReview review = newReview(QDate(2026, 2, 10), u"2025-Q4"_s, ReviewOutcome::NoChange);
    auto id = ReviewStore(*mWorkspace).record(review);
    QVERIFY2(id, qPrintable(id.errorString()));
    // Then it is no longer overdue; the next scheduled review (2026-07-01) is due in its turn
    due = PortfolioChecks::reviews(mDb->connection(), QDate(2026, 3, 1));
    QVERIFY2(due, qPrintable(due.errorString()));
    QCOMPARE(due->size(), 0);
    due = PortfolioChecks::reviews(mDb->connection(), QDate(2026, 7, 2));
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->first().due, QDate(2026, 7, 1));
    // And the list of reviews coming up starts after the review held
    AgreementWorkflow workflow(*mWorkspace);
    workflow.setToday(QDate(2026, 2, 1));
    const QList<DueItem> upcoming = workflow.reviewsDue(200);
    QCOMPARE(upcoming.size(), 1);
    QCOMPARE(upcoming.first().due, QDate(2026, 7, 1));
}

void tst_Improvement::reviewKeepsItsKpiSummary()
{
    addBreach(u"2026-08"_s);
    auto summary = ReviewStore::kpiSummary(mDb->connection(), mNumber, u"2026-Q3"_s);
    QVERIFY2(summary, qPrintable(summary.errorString()));
    mWorkspace->setActingUser(u"alice"_s);
    ServiceReview review = newReview(QDate(2026, 10, 5), u"2026-Q3"_s,
                                     ReviewOutcome::ActionsAgreed);
    review.kpiSummary = *summary;
    const qint64 id = *ReviewStore(*mWorkspace).record(review);
    // When the KPIs change afterwards
    QSqlQuery(mDb->connection()).exec(u"DELETE FROM kpi_periods"_s);
    // Then the review still reads as it was held
    const ServiceReview stored = *ReviewStore(*mWorkspace).review(id);
    const QJsonArray rows = QJsonDocument::fromJson(stored.kpiSummary.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0)[u"period"_s].toString(), u"2026-08"_s);
    QCOMPARE(rows.at(0)[u"status"_s].toString(), u"breached"_s);
    QCOMPARE(stored.participants, review.participants);
    QCOMPARE(stored.recordedBy, u"alice"_s);
}

void tst_Improvement::reviewNeedsBothSides()
{
    mWorkspace->setActingUser(u"alice"_s);
    ServiceReview review = newReview(QDate(2026, 2, 10), u"2025-Q4"_s, ReviewOutcome::NoChange);
    review.participants = {{u"provider"_s, u"Alice"_s}};
    auto id = ReviewStore(*mWorkspace).record(review);
    QVERIFY(!id);
    QVERIFY2(id.errorString().contains(u"field participants"_s), qPrintable(id.errorString()));
    review.participants.append({u"customer"_s, u"Giulia"_s});
    review.periods = u"Q4"_s;
    id = ReviewStore(*mWorkspace).record(review);
    QVERIFY2(id.errorString().contains(u"field periods: \"Q4\""_s), qPrintable(id.errorString()));
    // An approver may not record one
    review.periods = u"2025-Q4"_s;
    mWorkspace->setActingUser(u"bob"_s);
    id = ReviewStore(*mWorkspace).record(review);
    QVERIFY2(id.errorString().contains(u"needs the role"_s), qPrintable(id.errorString()));
    QCOMPARE(ReviewStore(*mWorkspace).reviews()->size(), 0);
}

void tst_Improvement::amendmentNeededOpensTheAmendment()
{
    mWorkspace->setActingUser(u"alice"_s);
    ServiceReview review = newReview(QDate(2026, 2, 10), u"2025-Q4"_s,
                                     ReviewOutcome::AmendmentNeeded);
    auto id = ReviewStore(*mWorkspace).record(review, true);
    QVERIFY2(id, qPrintable(id.errorString()));
    const ServiceReview stored = *ReviewStore(*mWorkspace).review(*id);
    QVERIFY(stored.amendmentId != 0);
    const Agreement amendment = *mWorkspace->agreement(stored.amendmentId);
    QCOMPARE(amendment.number, mNumber);
    QCOMPARE(amendment.version, 2);
    QCOMPARE(amendment.status, AgreementStatus::Draft);
}

void tst_Improvement::ownerIsSetAndShown()
{
    AgreementOwners owners(*mWorkspace);
    QCOMPARE(*owners.ownerOf(mNumber), QString());
    mWorkspace->setActingUser(u"alice"_s);
    QVERIFY(owners.set(mNumber, u"alice"_s));
    QCOMPARE(*owners.ownerOf(mNumber), u"alice"_s);
    QVERIFY(owners.set(mNumber, u"dave"_s));
    QCOMPARE(*owners.ownerOf(mNumber), u"dave"_s);
    QCOMPARE(owners.owners()->value(mNumber), u"dave"_s);
    // Refused: an unknown user, an unknown agreement, a user without the role
    auto unknown = owners.set(mNumber, u"zoe"_s);
    QVERIFY2(unknown.errorString().contains(u"\"zoe\" is not an active user"_s),
             qPrintable(unknown.errorString()));
    QVERIFY(!owners.set(u"SLA-1999-0001"_s, u"alice"_s));
    mWorkspace->setActingUser(u"dave"_s);
    QVERIFY(!owners.set(mNumber, u"dave"_s));
    QCOMPARE(*owners.ownerOf(mNumber), u"dave"_s);
}

void tst_Improvement::checkActionsFindsOverdueActionsAndUnfollowedBreaches()
{
    const QDate today(2026, 10, 31);
    // Given a breach in September and an action due in the past
    addBreach(u"2026-09"_s);
    addBreach(u"2026-03"_s); // too old to count
    ImprovementAction late = newAction();
    late.dueDate = QDate(2026, 10, 1);
    const qint64 lateId = raise(late);
    ImprovementAction finished = newAction(ActionState::Done);
    finished.dueDate = QDate(2026, 9, 1);
    raise(finished);
    auto findings = PortfolioChecks::actions(mDb->connection(), today);
    QVERIFY2(findings, qPrintable(findings.errorString()));
    QCOMPARE(findings->size(), 2);
    QCOMPARE(findings->at(0).kind, u"overdue_action"_s);
    QCOMPARE(findings->at(0).actionId, lateId);
    QCOMPARE(findings->at(0).owner, u"dave"_s);
    QCOMPARE(findings->at(1).kind, u"breach_without_action"_s);
    QCOMPARE(findings->at(1).period, u"2026-09"_s);
    QCOMPARE(findings->at(1).targetId, mTarget);
    // When an action follows the breach and the late one is done
    ImprovementAction follow = newAction();
    follow.source = u"breach"_s;
    follow.targetId = mTarget;
    follow.period = u"2026-09"_s;
    QVERIFY(raise(follow) != 0);
    ImprovementAction stored = *ActionStore(*mWorkspace).action(lateId);
    stored.state = ActionState::Done;
    QVERIFY(ActionStore(*mWorkspace).update(stored));
    // Then nothing is left to find
    findings = PortfolioChecks::actions(mDb->connection(), today);
    QCOMPARE(findings->size(), 0);
}

void tst_Improvement::everyWriteVerifiesClean()
{
    mWorkspace->setActingUser(u"alice"_s);
    QVERIFY(AgreementOwners(*mWorkspace).set(mNumber, u"alice"_s));
    ServiceReview review = newReview(QDate(2026, 2, 10), u"2025-Q4"_s,
                                     ReviewOutcome::ActionsAgreed);
    const qint64 reviewId = *ReviewStore(*mWorkspace).record(review);
    ImprovementAction a = newAction();
    a.reviewId = reviewId;
    a.source = u"review"_s;
    const qint64 id = raise(a);
    ImprovementAction stored = *ActionStore(*mWorkspace).action(id);
    stored.state = ActionState::Dropped;
    stored.reason = u"overtaken by the new contract"_s;
    QVERIFY(ActionStore(*mWorkspace).update(stored));
    auto verification = AuditLog(mDb->connection()).verify();
    QVERIFY2(verification, qPrintable(verification.errorString()));
    QVERIFY2(verification->intact, qPrintable(verification->problem));
    // A review changed behind Accordo's back is named
    QSqlQuery(mDb->connection()).exec(u"UPDATE reviews SET outcome = 'no_change'"_s);
    verification = AuditLog(mDb->connection()).verify();
    QVERIFY(!verification->intact);
    QVERIFY2(verification->problem.contains(u"column outcome"_s),
             qPrintable(verification->problem));
}

QTEST_GUILESS_MAIN(tst_Improvement)
#include "tst_improvement.moc"
