#include "audit/auditlog.h"
#include "lifecycle/versiondiff.h"

#include "lifecycletest.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

/// The transitions of the agreement lifecycle: who may take each step from each state, the
/// guards and the details a step needs, segregation of duties, the approval round, the freeze of
/// a version sent to approval, amendments, and the roles the workspace's writes check. SQLite
/// and PostgreSQL.
class tst_Lifecycle : public TestFixtures::LifecycleTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void transitionMatrix_data();
    void transitionMatrix();
    void authorCannotApproveOwnAgreement();
    void editorCannotApprove();
    void approvalNeedsEveryApproverInTheCurrentRound();
    void guardsExplainWhatIsMissing_data();
    void guardsExplainWhatIsMissing();
    void detailsAreRequired_data();
    void detailsAreRequired();
    void signedVersionIsImmutable();
    void amendmentRoundTrip();
    void workspaceWritesCheckRoles_data();
    void workspaceWritesCheckRoles();
    void signNeedsApproversOnBothSides_data();
    void signNeedsApproversOnBothSides();
    void checksThatCannotReadRefuse_data();
    void checksThatCannotReadRefuse();
};

void tst_Lifecycle::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    createTemplate();
}

void tst_Lifecycle::init()
{
    openCopy();
}

void tst_Lifecycle::cleanup()
{
    closeCopy();
}

void tst_Lifecycle::transitionMatrix_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("transition");
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("allowed");
    for (AgreementStatus state : Enums::all<AgreementStatus>()) {
        for (Transition transition : Transitions::all()) {
            for (Role role : Roles::all()) {
                QString fixture = Enums::key(state);
                // Signing needs every approval in; approving needs one still open.
                if (state == AgreementStatus::Approval && transition == Transition::Sign)
                    fixture = u"approval-complete"_s;
                const bool allowed = Transitions::from(transition) == state
                                     && Transitions::requiredRole(transition) == role;
                const QString name = u"%1-%2-%3"_s.arg(
                    Enums::key(state), Transitions::key(transition), Roles::key(role));
                QTest::newRow(qPrintable(name))
                    << fixture << int(transition) << int(role) << allowed;
            }
        }
    }
}

void tst_Lifecycle::transitionMatrix()
{
    QFETCH(QString, fixture);
    QFETCH(int, transition);
    QFETCH(int, role);
    QFETCH(bool, allowed);
    // Given an agreement in the state, prepared so that the step's own guards are met
    const qint64 id = mFixtureIds.value(fixture);
    const Transition step = Transition(transition);
    const QString user = userFor(Role(role));
    const QString before = snapshot(mCurrent, id);

    // Then the GUI's question and the action agree
    const auto options = mCurrent.workflow->availableTransitions(id, user);
    QCOMPARE(options.size(), Transitions::all().size());
    const TransitionOption option = options.at(Transitions::all().indexOf(step));
    QCOMPARE(option.transition, step);
    QCOMPARE(option.allowed, allowed);
    QCOMPARE(option.refusal.isEmpty(), allowed);

    // When the user attempts the step
    auto result = mCurrent.workflow->transition(id, requestFor(step), user);

    // Then it happens exactly when the specification allows it
    QVERIFY2(result.ok() == allowed, qPrintable(result.errorString()));
    if (allowed) {
        auto after = mCurrent.workspace->agreement(*result);
        QCOMPARE(after->status, Transitions::to(step));
        if (step == Transition::Amend) {
            QCOMPARE(after->version, 2);
            QCOMPARE(mCurrent.workspace->agreement(id)->status, AgreementStatus::Active);
        }
        QVERIFY(snapshot(mCurrent, id) != before);
    } else {
        // and a refused step says why and changes nothing
        QCOMPARE(result.errorString(), option.refusal);
        QCOMPARE(snapshot(mCurrent, id), before);
    }
}

void tst_Lifecycle::authorCannotApproveOwnAgreement()
{
    // Given alice, SLA manager and approver, who wrote the agreement
    auto id = createAgreement(mCurrent, u"alice"_s, u"Alice's own"_s);
    QVERIFY2(id.ok(), qPrintable(id.errorString()));
    QVERIFY(mCurrent.workflow->transition(*id, requestFor(Transition::Submit), u"mia"_s).ok());
    QVERIFY(
        mCurrent.workflow->transition(*id, requestFor(Transition::RequestApproval), u"mia"_s).ok());
    const QString before = snapshot(mCurrent, *id);
    // When she approves (or rejects) it
    for (Transition step : {Transition::Approve, Transition::Reject}) {
        auto result = mCurrent.workflow->transition(*id, requestFor(step), u"alice"_s);
        // Then she is refused by segregation of duties and nothing changes
        QVERIFY(!result.ok());
        QVERIFY2(result.errorString().contains(u"segregation of duties"_s),
                 qPrintable(result.errorString()));
        QCOMPARE(snapshot(mCurrent, *id), before);
    }
    const auto options = mCurrent.workflow->availableTransitions(*id, u"alice"_s);
    QVERIFY(!options.at(Transitions::all().indexOf(Transition::Approve)).allowed);
    // while an independent approver may
    QVERIFY(mCurrent.workflow->transition(*id, requestFor(Transition::Approve), u"bob"_s).ok());
}

void tst_Lifecycle::editorCannotApprove()
{
    // Given ben (SLA manager and approver) edited the price during negotiation
    const qint64 id = mFixtureIds.value(u"negotiation"_s);
    Agreement a = *mCurrent.workspace->agreement(id);
    a.price = Money(1300000, u"EUR"_s);
    mCurrent.workspace->setActingUser(u"ben"_s);
    QVERIFY(mCurrent.workspace->update(a).ok());
    QVERIFY(
        mCurrent.workflow->transition(id, requestFor(Transition::RequestApproval), u"mia"_s).ok());
    // Then ben may not approve, however the question is asked
    const auto option = mCurrent.workflow->check(id, requestFor(Transition::Approve), u"ben"_s);
    QVERIFY(!option.allowed);
    QVERIFY2(option.refusal.contains(u"ben authored or edited"_s), qPrintable(option.refusal));
    QVERIFY(!mCurrent.workflow->transition(id, requestFor(Transition::Approve), u"ben"_s).ok());
    QCOMPARE(mCurrent.workflow->lifecycle(id)->editors, (QStringList{u"author"_s, u"ben"_s}));
}

void tst_Lifecycle::approvalNeedsEveryApproverInTheCurrentRound()
{
    const qint64 id = mFixtureIds.value(u"approval"_s);
    AgreementWorkflow &wf = *mCurrent.workflow;
    // One of two approvals is not enough to sign
    QVERIFY(wf.transition(id, requestFor(Transition::Approve), u"frank"_s).ok());
    auto sign = wf.check(id, requestFor(Transition::Sign), u"mia"_s);
    QVERIFY(!sign.allowed);
    QVERIFY2(sign.refusal.contains(u"approval of Customer representative is still missing"_s),
             qPrintable(sign.refusal));
    // The same person cannot fill the second slot
    QVERIFY(!wf.transition(id, requestFor(Transition::Approve), u"frank"_s).ok());
    // A rejection sends it back to negotiation with its reason
    QVERIFY(wf.transition(id, requestFor(Transition::Reject), u"gina"_s).ok());
    QCOMPARE(mCurrent.workspace->agreement(id)->status, AgreementStatus::Negotiation);
    QCOMPARE(wf.lifecycle(id)->transitions.last().reason, requestFor(Transition::Reject).reason);
    // and the next round starts from scratch: frank's earlier approval no longer counts
    QVERIFY(wf.transition(id, requestFor(Transition::RequestApproval), u"mia"_s).ok());
    QCOMPARE(wf.lifecycle(id)->round, 2);
    QVERIFY(wf.lifecycle(id)->decisions.isEmpty());
    QVERIFY(wf.transition(id, requestFor(Transition::Approve), u"gina"_s).ok());
    QVERIFY(!wf.check(id, requestFor(Transition::Sign), u"mia"_s).allowed);
    QVERIFY(wf.transition(id, requestFor(Transition::Approve), u"frank"_s).ok());
    QVERIFY(wf.transition(id, requestFor(Transition::Sign), u"mia"_s).ok());
    auto lc = wf.lifecycle(id);
    QCOMPARE(lc->status, AgreementStatus::Active);
    QVERIFY(lc->signing.has_value());
    QCOMPARE(lc->signing->signatories.size(), 2);
    QVERIFY(lc->signing->registeredNumber.startsWith(u"REG-2026-"_s));
}

void tst_Lifecycle::guardsExplainWhatIsMissing_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("gaps"); // openGaps()
    QTest::addColumn<int>("transition");
    QTest::addColumn<QString>("message");
    QTest::newRow("submit-without-charter") << u"draft"_s << QStringList{u"charter"_s}
                                            << int(Transition::Submit) << u"charter is empty"_s;
    QTest::newRow("approval-with-unmeasured-service")
        << u"negotiation"_s << QStringList{u"vpn"_s} << int(Transition::RequestApproval)
        << u"covered service VPN has no target"_s;
    QTest::newRow("approval-without-price")
        << u"negotiation"_s << QStringList{u"price"_s} << int(Transition::RequestApproval)
        << u"price is not set"_s;
    QTest::newRow("approval-without-counterparty")
        << u"negotiation"_s << QStringList{u"counterparty"_s} << int(Transition::RequestApproval)
        << u"counterparty's representative"_s;
    QTest::newRow("expire-before-end-date")
        << u"active"_s << QStringList{u"end-date"_s} << int(Transition::Expire)
        << u"runs until 2029-12-31"_s;
    QTest::newRow("amend-twice") << u"active"_s << QStringList{u"amendment"_s}
                                 << int(Transition::Amend) << u"already an open amendment"_s;
}

void tst_Lifecycle::guardsExplainWhatIsMissing()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, gaps);
    QFETCH(int, transition);
    QFETCH(QString, message);
    const qint64 id = mFixtureIds.value(fixture);
    QCOMPARE(openGaps(id, gaps), QString());
    const QString before = snapshot(mCurrent, id);
    auto result = mCurrent.workflow->transition(id, requestFor(Transition(transition)), u"mia"_s);
    QVERIFY(!result.ok());
    QVERIFY2(result.errorString().contains(message), qPrintable(result.errorString()));
    QCOMPARE(snapshot(mCurrent, id), before);
}

void tst_Lifecycle::detailsAreRequired_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("transition");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("breakage");
    QTest::addColumn<QString>("message");
    QTest::newRow("reject-without-reason")
        << u"approval"_s << int(Transition::Reject) << u"bob"_s << 0 << u"needs a reason"_s;
    QTest::newRow("terminate-without-reason")
        << u"active"_s << int(Transition::Terminate) << u"mia"_s << 0 << u"needs a reason"_s;
    QTest::newRow("terminate-without-date")
        << u"active"_s << int(Transition::Terminate) << u"mia"_s << 1 << u"effective date"_s;
    QTest::newRow("sign-in-the-future")
        << u"approval-complete"_s << int(Transition::Sign) << u"mia"_s << 2 << u"in the future"_s;
    QTest::newRow("sign-by-one-side") << u"approval-complete"_s << int(Transition::Sign) << u"mia"_s
                                      << 3 << u"both the provider and the"_s;
    QTest::newRow("sign-unknown-method") << u"approval-complete"_s << int(Transition::Sign)
                                         << u"mia"_s << 4 << u"signing method \"fax\""_s;
}

void tst_Lifecycle::detailsAreRequired()
{
    QFETCH(QString, fixture);
    QFETCH(int, transition);
    QFETCH(QString, user);
    QFETCH(int, breakage);
    QFETCH(QString, message);
    const qint64 id = mFixtureIds.value(fixture);
    TransitionRequest request = requestFor(Transition(transition));
    switch (breakage) {
    case 0:
        request.reason.clear();
        break;
    case 1:
        request.date = {};
        break;
    case 2:
        request.date = Today.addDays(1);
        break;
    case 3:
        request.signatories.removeLast();
        break;
    case 4:
        request.method = u"fax"_s;
        break;
    }
    const QString before = snapshot(mCurrent, id);
    auto result = mCurrent.workflow->transition(id, request, user);
    QVERIFY(!result.ok());
    QVERIFY2(result.errorString().contains(message), qPrintable(result.errorString()));
    QCOMPARE(snapshot(mCurrent, id), before);
}

void tst_Lifecycle::signedVersionIsImmutable()
{
    for (const QString &fixture : {u"approval"_s, u"active"_s, u"expired"_s, u"terminated"_s}) {
        const qint64 id = mFixtureIds.value(fixture);
        Agreement a = *mCurrent.workspace->agreement(id);
        a.title = u"Quietly changed"_s;
        const QString before = snapshot(mCurrent, id);
        // Not even Accordo itself edits a version that went to approval.
        for (const QString &user : {QString(), u"author"_s}) {
            if (user.isEmpty())
                mCurrent.workspace->actAsSystem();
            else
                mCurrent.workspace->setActingUser(user);
            auto updated = mCurrent.workspace->update(a);
            QVERIFY2(!updated.ok(), qPrintable(fixture));
            QVERIFY(!mCurrent.workspace->removeAgreement(id).ok());
            QCOMPARE(snapshot(mCurrent, id), before);
        }
    }
    // A status cannot be set by editing either, even on a draft
    const qint64 draft = mFixtureIds.value(u"draft"_s);
    Agreement a = *mCurrent.workspace->agreement(draft);
    a.status = AgreementStatus::Active;
    auto updated = mCurrent.workspace->update(a);
    QVERIFY(!updated.ok());
    QVERIFY2(updated.errorString().contains(u"only through the workflow"_s),
             qPrintable(updated.errorString()));
}

void tst_Lifecycle::amendmentRoundTrip()
{
    Workspace &ws = *mCurrent.workspace;
    AgreementWorkflow &wf = *mCurrent.workflow;
    const qint64 v1 = mFixtureIds.value(u"active"_s);
    const QString number = ws.agreement(v1)->number;

    // Given an amendment of the active version
    auto v2 = wf.transition(v1, requestFor(Transition::Amend), u"mia"_s);
    QVERIFY2(v2.ok(), qPrintable(v2.errorString()));
    QCOMPARE(ws.agreement(*v2)->version, 2);
    QCOMPARE(ws.agreement(*v2)->status, AgreementStatus::Draft);
    QCOMPARE(*wf.inForce(number), v1);
    QVERIFY(wf.diff(v1, *v2)->isEmpty());

    // When the author changes the price, one target, drops one and adds one
    Agreement amended = *ws.agreement(*v2);
    amended.price = Money(1400000, u"EUR"_s);
    amended.serviceIds.append(mVpn);
    amended.targets[0].threshold = 99950; // MAIL availability
    amended.targets.removeAt(1);          // PRINT first response
    amended.targets.append(TestFixtures::target(mPrint, Metric::Resolution, 8 * 3600));
    amended.targets.append(TestFixtures::target(mVpn, Metric::Availability, 99500, 100000));
    ws.setActingUser(u"author"_s);
    QVERIFY(ws.update(amended).ok());

    // Then the diff lists exactly those changes
    auto diff = wf.diff(v1, *v2);
    QVERIFY2(diff.ok(), qPrintable(diff.errorString()));
    const QStringList expected = {
        u"field price: \"12500.00 EUR\" -> \"14000.00 EUR\""_s,
        u"field services: \"MAIL, PRINT\" -> \"MAIL, PRINT, VPN\""_s,
        u"target removed: PRINT first_response P1"_s,
        u"target MAIL availability: threshold: \"99.9 %\" -> \"99.95 %\""_s,
        u"target added: PRINT resolution"_s,
        u"target added: VPN availability"_s,
    };
    QStringList lines = diff->toLines(); // in any order
    QStringList sortedExpected = expected;
    lines.sort();
    sortedExpected.sort();
    QCOMPARE(lines, sortedExpected);

    // and through negotiation and approval the old version stays in force
    QVERIFY(wf.transition(*v2, requestFor(Transition::Submit), u"mia"_s).ok());
    QVERIFY(wf.transition(*v2, requestFor(Transition::RequestApproval), u"mia"_s).ok());
    QVERIFY(wf.transition(*v2, requestFor(Transition::Approve), u"frank"_s).ok());
    QVERIFY(wf.transition(*v2, requestFor(Transition::Approve), u"gina"_s).ok());
    QCOMPARE(*wf.inForce(number), v1);
    QCOMPARE(ws.agreement(v1)->status, AgreementStatus::Active);

    // until the amendment is signed: then it supersedes the old version
    QVERIFY(wf.transition(*v2, requestFor(Transition::Sign), u"mia"_s).ok());
    QCOMPARE(*wf.inForce(number), *v2);
    QCOMPARE(ws.agreement(v1)->status, AgreementStatus::Expired);
    QCOMPARE(wf.lifecycle(v1)->supersededById, *v2);
    QCOMPARE(wf.lifecycle(*v2)->supersedesId, v1);
    QCOMPARE(wf.versions(number), (QList<qint64>{v1, *v2}));
    // The signed old version is still comparable and still unchanged
    QCOMPARE(wf.diff(v1, *v2)->toLines().size(), expected.size());
    QVERIFY(AuditLog(mCurrent.db->connection()).verify()->intact);
}
void tst_Lifecycle::workspaceWritesCheckRoles_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("write");
    QTest::addColumn<bool>("allowed");
    // 0: new draft agreement, 1: new customer, 2: new calendar
    QTest::newRow("manager-creates-agreement") << u"mia"_s << 0 << true;
    QTest::newRow("analyst-creates-agreement") << u"dave"_s << 0 << false;
    QTest::newRow("approver-creates-agreement") << u"bob"_s << 0 << false;
    QTest::newRow("executive-creates-customer") << u"carol"_s << 1 << false;
    QTest::newRow("admin-creates-customer") << u"erin"_s << 1 << true;
    QTest::newRow("manager-creates-calendar") << u"mia"_s << 2 << false;
    QTest::newRow("admin-creates-calendar") << u"erin"_s << 2 << true;
    QTest::newRow("stranger-creates-customer") << u"mallory"_s << 1 << false;
}

void tst_Lifecycle::workspaceWritesCheckRoles()
{
    QFETCH(QString, user);
    QFETCH(int, write);
    QFETCH(bool, allowed);
    const qint64 audits = AuditLog(mCurrent.db->connection()).count();
    Result<qint64> result = Error{};
    if (write == 0) {
        result = createAgreement(mCurrent, user, u"New"_s);
    } else {
        mCurrent.workspace->setActingUser(user);
        if (write == 1) {
            result = mCurrent.workspace->insert(TestFixtures::party(u"Globex"_s));
        } else {
            result = mCurrent.workspace->insert(CalendarRecord{0, u"Mars"_s, u"UTC"_s, {}});
        }
    }
    QVERIFY2(result.ok() == allowed, qPrintable(result.errorString()));
    if (!allowed)
        QCOMPARE(AuditLog(mCurrent.db->connection()).count(), audits);
}

void tst_Lifecycle::signNeedsApproversOnBothSides_data()
{
    QTest::addColumn<QString>("approverLeft"); // "" none, else the side kept
    QTest::addColumn<QString>("message");

    QTest::newRow("no-approvers") << QString() << u"no approvers are required"_s;
    QTest::newRow("only-the-provider-side-approved")
        << u"provider"_s << u"must name at least one provider role and the counterparty's"_s;
}

void tst_Lifecycle::signNeedsApproversOnBothSides()
{
    QFETCH(QString, approverLeft);
    QFETCH(QString, message);

    // Given a version in approval whose required approvers were taken away behind the
    // workflow's back: all of them, or all but the provider's, which has approved
    const qint64 id = mFixtureIds.value(u"approval"_s);
    QSqlQuery query(mCurrent.db->connection());
    if (!approverLeft.isEmpty())
        QVERIFY(
            mCurrent.workflow->transition(id, requestFor(Transition::Approve), u"frank"_s).ok());
    query.prepare(approverLeft.isEmpty()
                      ? u"DELETE FROM agreement_approvers WHERE agreement_id = ?"_s
                      : u"DELETE FROM agreement_approvers WHERE agreement_id = ? AND side <> ?"_s);
    query.addBindValue(id);
    if (!approverLeft.isEmpty())
        query.addBindValue(approverLeft);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(query.numRowsAffected() > 0);
    const QString before = snapshot(mCurrent, id);
    // When the version is signed
    const TransitionOption option = mCurrent.workflow->check(id, requestFor(Transition::Sign),
                                                             u"mia"_s);
    auto signing = mCurrent.workflow->transition(id, requestFor(Transition::Sign), u"mia"_s);
    // Then the step is refused, saying why, and nothing changes
    QVERIFY(!option.allowed);
    QVERIFY2(option.refusal.contains(message), qPrintable(option.refusal));
    QVERIFY(!signing.ok());
    QVERIFY2(signing.errorString().contains(message), qPrintable(signing.errorString()));
    QCOMPARE(snapshot(mCurrent, id), before);
    QCOMPARE(Enums::key(mCurrent.workspace->agreement(id)->status), u"approval"_s);
}

void tst_Lifecycle::checksThatCannotReadRefuse_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("table"); // dropped before the step
    QTest::addColumn<int>("transition");
    QTest::addColumn<QString>("user");

    QTest::newRow("approve-without-the-editors")
        << u"approval"_s << u"agreement_editors"_s << int(Transition::Approve) << u"frank"_s;
    QTest::newRow("sign-without-the-approvals")
        << u"approval-complete"_s << u"approvals"_s << int(Transition::Sign) << u"mia"_s;
    QTest::newRow("sign-without-the-approvers")
        << u"approval-complete"_s << u"agreement_approvers"_s << int(Transition::Sign) << u"mia"_s;
    QTest::newRow("submit-without-the-charter")
        << u"draft"_s << u"agreement_charters"_s << int(Transition::Submit) << u"mia"_s;
}

void tst_Lifecycle::checksThatCannotReadRefuse()
{
    QFETCH(QString, fixture);
    QFETCH(QString, table);
    QFETCH(int, transition);
    QFETCH(QString, user);

    // Given a workspace where a table the step's checks read is gone
    const qint64 id = mFixtureIds.value(fixture);
    const QString statusBefore = Enums::key(mCurrent.workspace->agreement(id)->status);
    QSqlQuery query(mCurrent.db->connection());
    QVERIFY2(query.exec(u"DROP TABLE "_s + table
                        + (TestBackend::isPostgres() ? u" CASCADE"_s : QString())),
             qPrintable(query.lastError().text()));
    // When the step is checked and taken
    const TransitionRequest request = requestFor(Transition(transition));
    const TransitionOption option = mCurrent.workflow->check(id, request, user);
    auto result = mCurrent.workflow->transition(id, request, user);
    // Then it is refused with the reason, never allowed
    QVERIFY(!option.allowed);
    QVERIFY(!option.refusal.trimmed().isEmpty());
    QVERIFY(!result.ok());
    QVERIFY(!result.errorString().trimmed().isEmpty());
    QCOMPARE(Enums::key(mCurrent.workspace->agreement(id)->status), statusBefore);
}

QTEST_GUILESS_MAIN(tst_Lifecycle)
#include "tst_lifecycle.moc"
