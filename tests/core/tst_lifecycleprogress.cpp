#include "data/agreementrules.h"

#include "lifecycletest.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

/// What the agreement lifecycle tells of its versions: when monitoring ends, which reviews and
/// renewals are due, what the next step still needs, whose approval is awaited, what waits for
/// a user's decision, and whether a signed version is in force yet. SQLite and PostgreSQL.
class tst_LifecycleProgress : public TestFixtures::LifecycleTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void terminationStopsMonitoring();
    void reviewsAndRenewalsWithinWindows_data();
    void reviewsAndRenewalsWithinWindows();
    void nextStepListsEverythingMissing_data();
    void nextStepListsEverythingMissing();
    void approvalProgressSaysWhoIsAwaited_data();
    void approvalProgressSaysWhoIsAwaited();
    void awaitingDecisionListsWhatTheUserMayDecide_data();
    void awaitingDecisionListsWhatTheUserMayDecide();
    void awaitingDecisionFailsClosed();
    void signedAheadIsNotInForceYet_data();
    void signedAheadIsNotInForceYet();
    void eachKindIsSignedByItsKindOfParty_data();
    void eachKindIsSignedByItsKindOfParty();
};

void tst_LifecycleProgress::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    createTemplate();
}

void tst_LifecycleProgress::init()
{
    openCopy();
}

void tst_LifecycleProgress::cleanup()
{
    closeCopy();
}

void tst_LifecycleProgress::terminationStopsMonitoring()
{
    const qint64 active = mFixtureIds.value(u"active"_s);
    QCOMPARE(*mCurrent.workflow->monitoringEnd(active), QDate(2029, 12, 31));
    const qint64 ended = mFixtureIds.value(u"terminated"_s);
    QCOMPARE(*mCurrent.workflow->monitoringEnd(ended), QDate(2029, 6, 30));
    QCOMPARE(mCurrent.workflow->lifecycle(ended)->terminationReason,
             requestFor(Transition::Terminate).reason);
}

void tst_LifecycleProgress::reviewsAndRenewalsWithinWindows_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("within");
    QTest::addColumn<QDate>("review");
    QTest::addColumn<bool>("renewal");
    // The active fixture runs 2026-01-01 .. 2029-12-31, reviewed every 12 months.
    QTest::newRow("review-in-30-days") << QDate(2026, 12, 15) << 30 << QDate(2027, 1, 1) << false;
    QTest::newRow("review-not-in-10-days") << QDate(2026, 12, 15) << 10 << QDate() << false;
    QTest::newRow("review-due-today") << QDate(2028, 1, 1) << 30 << QDate(2028, 1, 1) << false;
    QTest::newRow("renewal-in-60-days") << QDate(2029, 11, 1) << 60 << QDate() << true;
    QTest::newRow("renewal-not-in-30-days") << QDate(2029, 10, 1) << 30 << QDate() << false;
    QTest::newRow("renewal-in-90-days") << QDate(2029, 10, 10) << 90 << QDate() << true;
}

void tst_LifecycleProgress::reviewsAndRenewalsWithinWindows()
{
    QFETCH(QDate, today);
    QFETCH(int, within);
    QFETCH(QDate, review);
    QFETCH(bool, renewal);
    mCurrent.workflow->setToday(today);
    const qint64 id = mFixtureIds.value(u"active"_s);
    QDate found;
    for (const DueItem &item : mCurrent.workflow->reviewsDue(within)) {
        if (item.agreementId == id)
            found = item.due;
    }
    QCOMPARE(found, review);
    bool renewalFound = false;
    for (const DueItem &item : mCurrent.workflow->renewalsDue(within)) {
        if (item.agreementId == id) {
            renewalFound = true;
            QCOMPARE(item.noticeDeadline, QDate(2029, 12, 31).addDays(-90));
        }
    }
    QCOMPARE(renewalFound, renewal);
}

void tst_LifecycleProgress::nextStepListsEverythingMissing_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("gaps"); // openGaps()
    QTest::addColumn<int>("next");         // -1: no next step
    QTest::addColumn<QStringList>("missing");

    QTest::newRow("draft-ready") << u"draft"_s << QStringList() << int(Transition::Submit)
                                 << QStringList();
    QTest::newRow("draft-without-charter-and-services")
        << u"draft"_s << QStringList{u"charter"_s, u"services"_s} << int(Transition::Submit)
        << QStringList{u"the requirements charter is empty"_s, u"no services are proposed"_s};
    QTest::newRow("negotiation-with-unmeasured-service-and-no-price")
        << u"negotiation"_s << QStringList{u"vpn"_s, u"price"_s} << int(Transition::RequestApproval)
        << QStringList{u"the covered service VPN has no target"_s, u"the price is not set"_s};
    QTest::newRow("approval-open")
        << u"approval"_s << QStringList() << int(Transition::Sign)
        << QStringList{u"the approval of Service owner is still missing"_s,
                       u"the approval of Customer representative is still missing"_s};
    QTest::newRow("approval-complete")
        << u"approval-complete"_s << QStringList() << int(Transition::Sign) << QStringList();
    QTest::newRow("active") << u"active"_s << QStringList() << -1 << QStringList();
}

void tst_LifecycleProgress::nextStepListsEverythingMissing()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, gaps);
    QFETCH(int, next);
    QFETCH(QStringList, missing);

    // Given a version with none, one or several gaps for its next step
    const qint64 id = mFixtureIds.value(fixture);
    QCOMPARE(openGaps(id, gaps), QString());
    mCurrent.workspace->actAsSystem();
    // When the workflow is asked what the next step still needs
    auto step = mCurrent.workflow->nextStep(id);
    // Then it names the step and every gap, in the guard's words, in the guard's order
    QVERIFY2(step.ok(), qPrintable(step.errorString()));
    QCOMPARE(step->transition.has_value(), next >= 0);
    if (next >= 0)
        QCOMPARE(int(*step->transition), next);
    QCOMPARE(step->missing.size(), missing.size());
    for (int i = 0; i < missing.size(); ++i)
        QVERIFY2(step->missing.at(i).startsWith(missing.at(i)), qPrintable(step->missing.at(i)));
    // and the guard refuses the step with the first of them
    if (!missing.isEmpty()) {
        const auto option = mCurrent.workflow->check(id, requestFor(Transition(next)), u"mia"_s);
        QVERIFY(!option.allowed);
        QVERIFY2(option.refusal.contains(step->missing.constFirst()), qPrintable(option.refusal));
    }
}

void tst_LifecycleProgress::approvalProgressSaysWhoIsAwaited_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("approving"); // who approves before the question
    QTest::addColumn<QStringList>("approved");  // "title/user"
    QTest::addColumn<QStringList>("awaited");   // titles
    QTest::addColumn<bool>("readyToSign");

    const QString owner = u"Service owner"_s;
    const QString representative = u"Customer representative"_s;
    QTest::newRow("draft-nobody-asked") << u"draft"_s << QStringList() << QStringList()
                                        << QStringList{owner, representative} << false;
    QTest::newRow("approval-none-yet") << u"approval"_s << QStringList() << QStringList()
                                       << QStringList{owner, representative} << false;
    QTest::newRow("approval-one-of-two")
        << u"approval"_s << QStringList{u"frank"_s} << QStringList{owner + u"/frank"_s}
        << QStringList{representative} << false;
    QTest::newRow("approval-complete")
        << u"approval-complete"_s << QStringList()
        << QStringList{owner + u"/frank"_s, representative + u"/gina"_s} << QStringList() << true;
    QTest::newRow("active-signed")
        << u"active"_s << QStringList()
        << QStringList{owner + u"/frank"_s, representative + u"/gina"_s} << QStringList() << false;
}

void tst_LifecycleProgress::approvalProgressSaysWhoIsAwaited()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, approving);
    QFETCH(QStringList, approved);
    QFETCH(QStringList, awaited);
    QFETCH(bool, readyToSign);

    // Given a version and the approvals given so far
    const qint64 id = mFixtureIds.value(fixture);
    for (const QString &user : approving)
        QVERIFY(mCurrent.workflow->transition(id, requestFor(Transition::Approve), user).ok());
    // When its approval progress is read
    auto progress = mCurrent.workflow->approvalProgress(id);
    // Then it says who approved what, who is still awaited and whether it may be signed
    QVERIFY2(progress.ok(), qPrintable(progress.errorString()));
    QCOMPARE(progress->required, 2);
    QStringList given;
    for (const ApprovalProgress::Given &g : progress->approved)
        given.append(g.title + u'/' + g.userName);
    QCOMPARE(given, approved);
    QStringList waiting;
    for (const RequiredApprover &r : progress->awaited)
        waiting.append(r.title);
    QCOMPARE(waiting, awaited);
    QCOMPARE(progress->readyToSign, readyToSign);
    // and ready to sign means exactly that the guard lets it be signed
    QCOMPARE(mCurrent.workflow->check(id, requestFor(Transition::Sign), u"mia"_s).allowed,
             readyToSign);
}

void tst_LifecycleProgress::awaitingDecisionListsWhatTheUserMayDecide_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("titles");    // agreement titles
    QTest::addColumn<QStringList>("approvals"); // the approval each would give

    // "Open" waits for both approvals; "Done" has both, from frank and gina.
    QTest::newRow("approver") << u"bob"_s << QStringList{u"Open"_s}
                              << QStringList{u"Service owner"_s};
    QTest::newRow("approver-who-decided-elsewhere")
        << u"frank"_s << QStringList{u"Open"_s} << QStringList{u"Service owner"_s};
    QTest::newRow("manager-and-approver")
        << u"alice"_s << QStringList{u"Open"_s} << QStringList{u"Service owner"_s};
    QTest::newRow("author-and-approver-who-edited") << u"ben"_s << QStringList() << QStringList();
    QTest::newRow("manager-only") << u"mia"_s << QStringList() << QStringList();
    QTest::newRow("executive") << u"carol"_s << QStringList() << QStringList();
    QTest::newRow("unknown-user") << u"nobody"_s << QStringList() << QStringList();
}

void tst_LifecycleProgress::awaitingDecisionListsWhatTheUserMayDecide()
{
    QFETCH(QString, user);
    QFETCH(QStringList, titles);
    QFETCH(QStringList, approvals);

    // Given the fixtures, and ben having edited the open one
    const qint64 open = mFixtureIds.value(u"approval"_s);
    QSqlQuery query(mCurrent.db->connection());
    query.prepare(u"INSERT INTO agreement_editors (agreement_id, user_name) VALUES (?, ?)"_s);
    query.addBindValue(open);
    query.addBindValue(u"ben"_s);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    // When the user asks what waits for them
    auto awaited = mCurrent.workflow->awaitingDecision(user);
    // Then it is each version in approval they may decide now, with the approval they'd give
    QVERIFY2(awaited.ok(), qPrintable(awaited.errorString()));
    QStringList gotTitles;
    QStringList gotSlots;
    for (const AwaitedApproval &item : *awaited) {
        gotTitles.append(item.title);
        gotSlots.append(item.approverTitle);
        QCOMPARE(item.agreementId, open);
        QCOMPARE(item.number, mCurrent.workspace->agreement(open)->number);
    }
    QCOMPARE(gotTitles, titles);
    QCOMPARE(gotSlots, approvals);
}

void tst_LifecycleProgress::awaitingDecisionFailsClosed()
{
    // Given a workspace whose required approvers cannot be read
    QSqlQuery query(mCurrent.db->connection());
    QVERIFY2(query.exec(u"DROP TABLE agreement_approvers"_s
                        + (TestBackend::isPostgres() ? u" CASCADE"_s : QString())),
             qPrintable(query.lastError().text()));
    // When an approver asks what waits for them
    auto awaited = mCurrent.workflow->awaitingDecision(u"bob"_s);
    // Then the answer is an error, not an empty list
    QVERIFY(!awaited.ok());
    QVERIFY(!awaited.errorString().trimmed().isEmpty());
    QVERIFY(!mCurrent.workflow->approvalProgress(mFixtureIds.value(u"approval"_s)).ok());
    QVERIFY(!mCurrent.workflow->nextStep(mFixtureIds.value(u"approval"_s)).ok());
}

void tst_LifecycleProgress::signedAheadIsNotInForceYet_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<bool>("ahead");

    const QDate today(2026, 11, 29);
    QTest::newRow("signed-starts-tomorrow")
        << int(AgreementStatus::Active) << today.addDays(1) << true;
    QTest::newRow("signed-starts-today") << int(AgreementStatus::Active) << today << false;
    QTest::newRow("signed-started") << int(AgreementStatus::Active) << today.addYears(-1) << false;
    QTest::newRow("approval-starts-later")
        << int(AgreementStatus::Approval) << today.addMonths(2) << false;
    QTest::newRow("expired") << int(AgreementStatus::Expired) << today.addDays(5) << false;
}

void tst_LifecycleProgress::signedAheadIsNotInForceYet()
{
    QFETCH(int, status);
    QFETCH(QDate, start);
    QFETCH(bool, ahead);
    QCOMPARE(Agreements::isSignedAhead(AgreementStatus(status), start, QDate(2026, 11, 29)), ahead);
}

void tst_LifecycleProgress::eachKindIsSignedByItsKindOfParty_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("party");
    QTest::addColumn<bool>("usual"); // a new agreement with such a party starts as this kind
    QTest::newRow("customer SLA") << int(AgreementKind::CustomerSla) << int(PartyKind::Customer)
                                  << true;
    QTest::newRow("internal SLA") << int(AgreementKind::InternalSla) << int(PartyKind::Department)
                                  << true;
    QTest::newRow("OLA") << int(AgreementKind::Ola) << int(PartyKind::Department) << false;
    QTest::newRow("UC") << int(AgreementKind::UnderpinningContract) << int(PartyKind::Supplier)
                        << true;
}

void tst_LifecycleProgress::eachKindIsSignedByItsKindOfParty()
{
    QFETCH(int, kind);
    QFETCH(int, party);
    QFETCH(bool, usual);
    QCOMPARE(Agreements::counterpartyKind(AgreementKind(kind)), std::optional(PartyKind(party)));
    QCOMPARE(Agreements::usualKindFor(PartyKind(party)) == AgreementKind(kind), usual);
}

QTEST_GUILESS_MAIN(tst_LifecycleProgress)
#include "tst_lifecycleprogress.moc"
