#include "alerts/alertscanner.h"
#include "audit/auditlog.h"
#include "calendar/isotime.h"
#include "change/changerequests.h"
#include "data/actionstore.h"
#include "data/reviewstore.h"
#include "data/workspace.h"
#include "kpi/kpiengine.h"
#include "lifecycle/agreementworkflow.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"
#include "testsupport.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Accordo;
using TestFixtures::at;
using TestFixtures::FixtureNow;
using TestFixtures::FixtureToday;

/// Alerts: rules per user choose events and agreements; a recompute that turns a target at
/// risk raises an alert once for each user whose rule covers it. SQLite and PostgreSQL.
///
/// Acme's SLA (amended by alice, who owns it so) and Beta's resolve DESK tickets
/// within 4 h for 95 %, in force from 2026-01-01. Now is 2026-04-10 12:00 UTC.
class tst_Alerts : public TestFixtures::FreshWorkspaceTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void recomputeTurningTargetAtRiskRaisesAlert();
    void rulesChooseTheAgreements_data();
    void rulesChooseTheAgreements();
    void changeRequestWaitingIsRaisedPerState();
    void actionsOverdueAreRaisedOnce();
    void onlyTheOwnerMarksAlertsSeen();
    void badRulesAreRefused_data();
    void badRulesAreRefused();

private:
    void addTicket(const QString &number, const QString &customer, const QString &opened,
                   std::optional<qint64> minutes);
    void recompute();
    Result<QList<Alert>> raise();
    qint64 addRule(const QString &user, AlertEvent event, AlertScope scope, qint64 party = 0);

    qint64 mAcme = 0, mBeta = 0, mAcmeSla = 0, mBetaSla = 0;
};

void tst_Alerts::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
}

void tst_Alerts::init()
{
    QCOMPARE(openWorkspace(u"alerts"_s, {{u"alice"_s, {Role::SlaManager}},
                                         {u"bob"_s, {Role::Approver}},
                                         {u"carol"_s, {Role::Executive}},
                                         {u"erin"_s, {Role::Administrator}}}),
             QString());
    const TestFixtures::DeskPortfolio portfolio = TestFixtures::addDeskPortfolio(*mWorkspace);
    const qint64 desk = portfolio.desk;
    mAcme = portfolio.acme;
    mBeta = *mWorkspace->insert(
        TestFixtures::party(u"Beta"_s, PartyKind::Customer, portfolio.region));
    auto sla = [&](qint64 party, const QString &title) {
        Agreement a = TestFixtures::agreement(
            title, party, {desk}, {TestFixtures::target(desk, Metric::Resolution, 4 * 3600)},
            QDate(2026, 1, 1), QDate(2027, 12, 31), Money(100000, u"EUR"_s));
        a.status = AgreementStatus::Active;
        auto id = mWorkspace->insert(a);
        if (!id)
            qFatal("%s", qPrintable(id.errorString()));
        return *id;
    };
    mAcmeSla = sla(mAcme, u"Acme desk"_s);
    mBetaSla = sla(mBeta, u"Beta desk"_s);
    // alice opened the amendment of Acme's agreement
    AgreementWorkflow workflow(*mWorkspace);
    workflow.setToday(FixtureToday);
    TransitionRequest amend;
    amend.transition = Transition::Amend;
    auto amendment = workflow.transition(mAcmeSla, amend, u"alice"_s);
    QVERIFY2(amendment, qPrintable(amendment.errorString()));
    // and is its owner, the one the rules on "agreements I own" follow.
    QSqlQuery number(mDb->connection());
    QVERIFY(number.exec(u"SELECT number FROM agreements WHERE id = %1"_s.arg(mAcmeSla)));
    QVERIFY(number.next());
    auto owned = AgreementOwners(*mWorkspace).set(number.value(0).toString(), u"alice"_s);
    QVERIFY2(owned, qPrintable(owned.errorString()));
    // Four tickets of each resolved within the hour in April: both targets met so far.
    for (int i = 0; i < 4; ++i) {
        addTicket(u"A%1"_s.arg(i), u"Acme"_s, u"2026-04-06T10:00:00Z"_s, 60);
        addTicket(u"B%1"_s.arg(i), u"Beta"_s, u"2026-04-06T10:00:00Z"_s, 60);
    }
}

void tst_Alerts::cleanup()
{
    closeWorkspace();
}

void tst_Alerts::addTicket(const QString &number, const QString &customer, const QString &opened,
                           std::optional<qint64> minutes)
{
    QCOMPARE(TestFixtures::addDeskTicket(mDb->connection(), number, customer, at(opened), minutes),
             QString());
    // As an import does: the verdicts are judged again.
    QSqlQuery q(mDb->connection());
    QVERIFY(q.exec(u"UPDATE accordo_meta SET value = '1' WHERE key = 'ticket_results_stale'"_s));
}

void tst_Alerts::recompute()
{
    KpiOptions options;
    options.asOf = FixtureNow;
    auto updated = KpiEngine::bringUpToDate(mDb->connection(), options);
    QVERIFY2(updated, qPrintable(updated.errorString()));
}

Result<QList<Alert>> tst_Alerts::raise()
{
    AlertScanner scanner(*mWorkspace);
    scanner.setAsOf(FixtureNow);
    return scanner.raise();
}

qint64 tst_Alerts::addRule(const QString &user, AlertEvent event, AlertScope scope, qint64 party)
{
    AlertRule rule;
    rule.userName = user;
    rule.event = event;
    rule.scope = scope;
    rule.partyId = party;
    auto id = AlertStore(*mWorkspace).addRule(rule);
    if (!id)
        qFatal("%s", qPrintable(id.errorString()));
    return *id;
}

void tst_Alerts::recomputeTurningTargetAtRiskRaisesAlert()
{
    // Given alice's rule on targets at risk anywhere, and KPIs where every target is met
    addRule(u"alice"_s, AlertEvent::TargetAtRisk, AlertScope::All);
    recompute();
    auto none = raise();
    QVERIFY2(none, qPrintable(none.errorString()));
    QCOMPARE(none->size(), 0);
    // When a ticket near its due time arrives and the recompute turns Acme's target at risk
    addTicket(u"A9"_s, u"Acme"_s, u"2026-04-10T08:30:00Z"_s, std::nullopt);
    recompute();
    QCOMPARE(count(u"SELECT count(*) FROM kpi_periods WHERE status = 'at_risk'"_s), 1);
    auto raised = raise();
    QVERIFY2(raised, qPrintable(raised.errorString()));
    // Then alice is told of it, once
    QCOMPARE(raised->size(), 1);
    const Alert &alert = raised->constFirst();
    QCOMPARE(alert.userName, u"alice"_s);
    QCOMPARE(alert.event, AlertEvent::TargetAtRisk);
    QCOMPARE(alert.agreementId, mAcmeSla);
    QCOMPARE(alert.raisedAt, FixtureNow);
    QVERIFY2(alert.subject.contains(u"DESK"_s) && alert.subject.contains(u"2026-04"_s),
             qPrintable(alert.subject));
    auto again = raise();
    QVERIFY2(again, qPrintable(again.errorString()));
    QCOMPARE(again->size(), 0);
    auto listed = AlertStore(*mWorkspace).alerts(u"alice"_s, std::nullopt, true);
    QVERIFY2(listed, qPrintable(listed.errorString()));
    QCOMPARE(listed->size(), 1);
    auto verified = AuditLog(mDb->connection()).verify();
    QVERIFY2(verified && verified->intact,
             qPrintable(verified ? verified->problem : verified.errorString()));
}

void tst_Alerts::rulesChooseTheAgreements_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("scope");
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QStringList>("agreements"); // titles told of

    QTest::newRow("all") << u"carol"_s << int(AlertScope::All) << QString()
                         << QStringList{u"Acme desk"_s, u"Beta desk"_s};
    QTest::newRow("customer-beta")
        << u"carol"_s << int(AlertScope::Customer) << u"Beta"_s << QStringList{u"Beta desk"_s};
    QTest::newRow("owner-creator")
        << u"alice"_s << int(AlertScope::Owner) << QString() << QStringList{u"Acme desk"_s};
    QTest::newRow("owner-of-none")
        << u"carol"_s << int(AlertScope::Owner) << QString() << QStringList{};
}

void tst_Alerts::rulesChooseTheAgreements()
{
    QFETCH(QString, user);
    QFETCH(int, scope);
    QFETCH(QString, customer);
    QFETCH(QStringList, agreements);
    // Given both targets at risk
    addTicket(u"A9"_s, u"Acme"_s, u"2026-04-10T08:30:00Z"_s, std::nullopt);
    addTicket(u"B9"_s, u"Beta"_s, u"2026-04-10T08:30:00Z"_s, std::nullopt);
    recompute();
    QCOMPARE(count(u"SELECT count(*) FROM kpi_periods WHERE status = 'at_risk'"_s), 2);
    // When the user's rule covers some agreements
    addRule(user, AlertEvent::TargetAtRisk, AlertScope(scope), customer == u"Beta"_s ? mBeta : 0);
    auto raised = raise();
    QVERIFY2(raised, qPrintable(raised.errorString()));
    // Then the user is told of those, and only those
    QStringList told;
    for (const Alert &a : std::as_const(*raised)) {
        QCOMPARE(a.userName, user);
        told.append(mWorkspace->agreement(a.agreementId)->title);
    }
    told.sort();
    QCOMPARE(told, agreements);
}

void tst_Alerts::changeRequestWaitingIsRaisedPerState()
{
    // Given alice's rule on change requests waiting and a request submitted
    addRule(u"alice"_s, AlertEvent::ChangeRequestWaiting, AlertScope::All);
    mWorkspace->setActingUser(u"alice"_s);
    ChangeRequest r;
    r.agreementId = mBetaSla;
    r.requestedBy = u"Beta"_s;
    r.requestedOn = QDate(2026, 4, 1);
    r.description = u"Faster"_s;
    ChangeRequests changes(*mWorkspace);
    changes.setToday(FixtureToday);
    auto id = changes.submit(r);
    QVERIFY2(id, qPrintable(id.errorString()));
    auto first = raise();
    QVERIFY2(first, qPrintable(first.errorString()));
    QCOMPARE(first->size(), 1);
    QVERIFY2(first->constFirst().subject.contains(u"waiting for an assessment"_s),
             qPrintable(first->constFirst().subject));
    // When it is assessed it waits anew, for a decision; once decided it waits no more
    QVERIFY(changes.assess(*id, u"Fine"_s, 0));
    auto second = raise();
    QVERIFY2(second, qPrintable(second.errorString()));
    QCOMPARE(second->size(), 1);
    QVERIFY2(second->constFirst().subject.contains(u"waiting for a decision"_s),
             qPrintable(second->constFirst().subject));
    QVERIFY(changes.reject(*id, u"No"_s));
    auto third = raise();
    QVERIFY2(third, qPrintable(third.errorString()));
    QCOMPARE(third->size(), 0);
}

void tst_Alerts::actionsOverdueAreRaisedOnce()
{
    // Given an action of alice's past its due date, one not due yet and one done late
    addRule(u"alice"_s, AlertEvent::ActionOverdue, AlertScope::All);
    QSqlQuery user(mDb->connection());
    QVERIFY(user.exec(u"SELECT id FROM users WHERE name = 'alice'"_s) && user.next());
    const QDate today = QDateTime::fromSecsSinceEpoch(FixtureNow, QTimeZone::utc()).date();
    const auto action = [&](const QString &title, const QDate &due, ActionState state) {
        ImprovementAction a;
        a.agreementId = mAcmeSla;
        a.title = title;
        a.ownerId = user.value(0).toLongLong();
        a.dueDate = due;
        a.state = state;
        return ActionStore(*mWorkspace).insert(a);
    };
    QVERIFY(action(u"Late"_s, today.addDays(-3), ActionState::Open));
    QVERIFY(action(u"Not yet"_s, today.addDays(3), ActionState::Open));
    QVERIFY(action(u"Done late"_s, today.addDays(-3), ActionState::Done));
    // When the scanner looks
    auto overdue = AlertScanner::overdueActions(mDb->connection(), FixtureNow);
    QVERIFY2(overdue, qPrintable(overdue.errorString()));
    // Then only the open one past its date is found, and raised once
    QCOMPARE(overdue->size(), 1);
    QVERIFY2(overdue->constFirst().subject.contains(u"Late"_s),
             qPrintable(overdue->constFirst().subject));
    auto raised = raise();
    QVERIFY2(raised, qPrintable(raised.errorString()));
    QCOMPARE(raised->size(), 1);
    QCOMPARE(raised->constFirst().event, AlertEvent::ActionOverdue);
    auto again = raise();
    QVERIFY2(again, qPrintable(again.errorString()));
    QCOMPARE(again->size(), 0);
}

void tst_Alerts::onlyTheOwnerMarksAlertsSeen()
{
    // Given an alert of alice's
    addRule(u"alice"_s, AlertEvent::TargetAtRisk, AlertScope::All);
    addTicket(u"A9"_s, u"Acme"_s, u"2026-04-10T08:30:00Z"_s, std::nullopt);
    recompute();
    auto raised = raise();
    QVERIFY2(raised && raised->size() == 1, qPrintable(raised.errorString()));
    const qint64 id = raised->constFirst().id;
    // When bob marks it seen, then he is refused
    mWorkspace->setActingUser(u"bob"_s);
    auto refused = AlertStore(*mWorkspace).markSeen({id}, FixtureNow + 60);
    QVERIFY(!refused);
    QVERIFY2(refused.errorString().contains(u"alice"_s), qPrintable(refused.errorString()));
    QCOMPARE(count(u"SELECT count(*) FROM alerts WHERE seen_at IS NULL"_s), 1);
    // and when alice does, it is no longer new for her
    mWorkspace->setActingUser(u"alice"_s);
    auto seen = AlertStore(*mWorkspace).markSeen({id}, FixtureNow + 60);
    QVERIFY2(seen, qPrintable(seen.errorString()));
    auto unseen = AlertStore(*mWorkspace).alerts(u"alice"_s, std::nullopt, true);
    QVERIFY2(unseen, qPrintable(unseen.errorString()));
    QCOMPARE(unseen->size(), 0);
    auto since = AlertStore(*mWorkspace).alerts(u"alice"_s, FixtureNow, false);
    QVERIFY2(since, qPrintable(since.errorString()));
    QCOMPARE(since->size(), 1);
    QCOMPARE(since->constFirst().seenAt.value_or(0), FixtureNow + 60);
}

void tst_Alerts::badRulesAreRefused_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<int>("scope");
    QTest::addColumn<qint64>("party");
    QTest::addColumn<int>("within");
    QTest::addColumn<QString>("message"); // empty: accepted

    QTest::newRow("own-rule") << u"bob"_s << u"bob"_s << int(AlertScope::All) << 0LL << 30
                              << QString();
    QTest::newRow("someone-elses")
        << u"bob"_s << u"alice"_s << int(AlertScope::All) << 0LL << 30 << u"needs the role"_s;
    QTest::newRow("administrator-for-another")
        << u"erin"_s << u"alice"_s << int(AlertScope::All) << 0LL << 30 << QString();
    QTest::newRow("unknown-user") << u"erin"_s << u"zoe"_s << int(AlertScope::All) << 0LL << 30
                                  << u"user:"_s;
    QTest::newRow("unknown-customer") << u"bob"_s << u"bob"_s << int(AlertScope::Customer) << 999LL
                                      << 30 << u"customer: there is no party with id 999"_s;
    QTest::newRow("window-too-long")
        << u"bob"_s << u"bob"_s << int(AlertScope::All) << 0LL << 5000 << u"within days: 5000"_s;
}

void tst_Alerts::badRulesAreRefused()
{
    QFETCH(QString, actor);
    QFETCH(QString, owner);
    QFETCH(int, scope);
    QFETCH(qint64, party);
    QFETCH(int, within);
    QFETCH(QString, message);
    mWorkspace->setActingUser(actor);
    AlertRule rule;
    rule.userName = owner;
    rule.event = AlertEvent::ReviewDue;
    rule.scope = AlertScope(scope);
    rule.partyId = party;
    rule.withinDays = within;
    auto id = AlertStore(*mWorkspace).addRule(rule);
    checkStoredOrRefused(id, message, u"alert_rules"_s);
}

QTEST_GUILESS_MAIN(tst_Alerts)
#include "tst_alerts.moc"
