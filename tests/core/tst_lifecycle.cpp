#include "audit/auditlog.h"
#include "data/agreementrules.h"
#include "data/userdirectory.h"
#include "data/workspace.h"
#include "lifecycle/agreementworkflow.h"
#include "lifecycle/versiondiff.h"
#include "storage/database.h"

#include "testbackend.h"
#include "testfixtures.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

namespace {

// The workflow's clock in these tests: after the fixtures' end date, so that expiry is due.
const QDate Today(2030, 1, 1);

// The user who holds exactly one role and never touched the fixtures.
QString userFor(Role role)
{
    switch (role) {
    case Role::SlaManager:
        return u"mia"_s;
    case Role::Approver:
        return u"bob"_s;
    case Role::Executive:
        return u"carol"_s;
    case Role::Analyst:
        return u"dave"_s;
    case Role::Administrator:
        return u"erin"_s;
    }
    return {};
}

TransitionRequest requestFor(Transition transition)
{
    TransitionRequest request = TestFixtures::transitionRequest(
        transition, QDate(2026, 1, 15), u"as agreed in the steering meeting"_s);
    if (transition == Transition::Terminate)
        request.date = QDate(2029, 6, 30);
    return request;
}

} // namespace

class tst_Lifecycle : public QObject
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
    void terminationStopsMonitoring();
    void reviewsAndRenewalsWithinWindows_data();
    void reviewsAndRenewalsWithinWindows();
    void workspaceWritesCheckRoles_data();
    void workspaceWritesCheckRoles();
    void signNeedsApproversOnBothSides_data();
    void signNeedsApproversOnBothSides();
    void checksThatCannotReadRefuse_data();
    void checksThatCannotReadRefuse();
    void nextStepListsEverythingMissing_data();
    void nextStepListsEverythingMissing();
    void approvalProgressSaysWhoIsAwaited_data();
    void approvalProgressSaysWhoIsAwaited();
    void awaitingDecisionListsWhatTheUserMayDecide_data();
    void awaitingDecisionListsWhatTheUserMayDecide();
    void awaitingDecisionFailsClosed();
    void signedAheadIsNotInForceYet_data();
    void signedAheadIsNotInForceYet();

private:
    struct Fixture
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<Workspace> workspace;
        std::unique_ptr<AgreementWorkflow> workflow;
    };
    Fixture open(const QString &path) const;
    Fixture copyOfTemplate();
    QString snapshot(Fixture &f, qint64 agreementId) const;
    Result<qint64> createAgreement(Fixture &f, const QString &author, const QString &title) const;
    qint64 prepare(Fixture &f, AgreementStatus status, bool approvalsComplete,
                   const QString &title) const;
    QString openGaps(qint64 id, const QStringList &gaps);

    QTemporaryDir mDir;
    QString mTemplate;
    QHash<QString, qint64> mFixtureIds; // "draft", "approval-open", ... -> agreement id
    qint64 mCustomer = 0, mMail = 0, mPrint = 0, mVpn = 0;
    int mCopies = 0;
    Fixture mCurrent;
};

tst_Lifecycle::Fixture tst_Lifecycle::open(const QString &path) const
{
    Fixture f;
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.errorString()));
    f.db = std::move(*db);
    f.workspace = std::make_unique<Workspace>(*f.db);
    f.workflow = std::make_unique<AgreementWorkflow>(*f.workspace);
    f.workflow->setToday(Today);
    return f;
}

Result<qint64> tst_Lifecycle::createAgreement(Fixture &f, const QString &author,
                                              const QString &title) const
{
    Target response = TestFixtures::target(mPrint, Metric::FirstResponse, 4 * 3600);
    response.priority = u"P1"_s;
    const Agreement a = TestFixtures::agreement(
        title, mCustomer, {mMail, mPrint},
        {TestFixtures::target(mMail, Metric::Availability, 99900, 100000), response},
        QDate(2026, 1, 1), QDate(2029, 12, 31), Money(1250000, u"EUR"_s));
    f.workspace->setActingUser(author);
    auto id = f.workspace->insert(a);
    f.workspace->actAsSystem();
    if (!id)
        return id;
    if (auto r = f.workflow->setCharter(*id,
                                        {u"Mail must always work; printers fixed fast."_s,
                                         {u"99.9 % mail availability"_s},
                                         {u"on-site printer support"_s}},
                                        author);
        !r)
        return r.error();
    if (auto r = f.workflow->setRequiredApprovers(
            *id,
            {{0, Side::Provider, u"Service owner"_s, {}},
             {0, Side::Counterparty, u"Customer representative"_s, {}}},
            author);
        !r)
        return r.error();
    return id;
}

// Walks a fresh agreement along the happy path up to `status`, with every guard met.
qint64 tst_Lifecycle::prepare(Fixture &f, AgreementStatus status, bool approvalsComplete,
                              const QString &title) const
{
    auto id = createAgreement(f, u"author"_s, title);
    if (!id)
        qFatal("fixture: %s", qPrintable(id.errorString()));
    auto step = [&](Transition t, const QString &user) {
        auto r = f.workflow->transition(*id, requestFor(t), user);
        if (!r)
            qFatal("fixture %s: %s", qPrintable(title), qPrintable(r.errorString()));
    };
    if (status == AgreementStatus::Draft)
        return *id;
    step(Transition::Submit, u"mia"_s);
    if (status == AgreementStatus::Negotiation)
        return *id;
    step(Transition::RequestApproval, u"mia"_s);
    if (status == AgreementStatus::Approval && !approvalsComplete)
        return *id;
    step(Transition::Approve, u"frank"_s);
    step(Transition::Approve, u"gina"_s);
    if (status == AgreementStatus::Approval)
        return *id;
    step(Transition::Sign, u"mia"_s);
    if (status == AgreementStatus::Expired)
        step(Transition::Expire, u"mia"_s);
    if (status == AgreementStatus::Terminated)
        step(Transition::Terminate, u"mia"_s);
    return *id;
}

// Opens `gaps` in the version `id` of the current copy, as its author: "charter" empties its
// charter, "services" drops its services and targets, "vpn" adds VPN without a target, "price"
// unsets its price, "counterparty" requires the provider's approval alone; "end-date" makes
// today its last day, "amendment" opens an amendment of it (as mia). The error, or an empty
// string.
QString tst_Lifecycle::openGaps(qint64 id, const QStringList &gaps)
{
    Workspace &ws = *mCurrent.workspace;
    AgreementWorkflow &wf = *mCurrent.workflow;
    ws.setActingUser(u"author"_s);
    Agreement a = *ws.agreement(id);
    if (gaps.contains(u"services"_s)) {
        a.serviceIds.clear();
        a.targets.clear();
    }
    if (gaps.contains(u"vpn"_s))
        a.serviceIds.append(mVpn);
    if (gaps.contains(u"price"_s))
        a.price = Money(0, u"EUR"_s);
    if (gaps.contains(u"services"_s) || gaps.contains(u"vpn"_s) || gaps.contains(u"price"_s)) {
        if (auto updated = ws.update(a); !updated)
            return updated.errorString();
    }
    if (gaps.contains(u"charter"_s)) {
        if (auto r = wf.setCharter(id, {}, u"author"_s); !r)
            return r.errorString();
    }
    if (gaps.contains(u"counterparty"_s)) {
        if (auto r = wf.setRequiredApprovers(id, {{0, Side::Provider, u"Service owner"_s, {}}},
                                             u"author"_s);
            !r)
            return r.errorString();
    }
    if (gaps.contains(u"end-date"_s))
        wf.setToday(QDate(2029, 12, 31));
    if (gaps.contains(u"amendment"_s)) {
        if (auto r = wf.transition(id, requestFor(Transition::Amend), u"mia"_s); !r)
            return r.errorString();
    }
    return {};
}

void tst_Lifecycle::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    mTemplate = TestBackend::freshLocation(mDir, u"template"_s);
    Fixture f = open(mTemplate);
    const QList<std::pair<QString, QList<Role>>> people = {
        {u"author"_s, {Role::SlaManager}},
        {u"mia"_s, {Role::SlaManager}},
        {u"bob"_s, {Role::Approver}},
        {u"carol"_s, {Role::Executive}},
        {u"dave"_s, {Role::Analyst}},
        {u"erin"_s, {Role::Administrator}},
        {u"frank"_s, {Role::Approver}},
        {u"gina"_s, {Role::Approver}},
        {u"alice"_s, {Role::SlaManager, Role::Approver}},
        {u"ben"_s, {Role::SlaManager, Role::Approver}},
    };
    const QString failed = TestFixtures::addUsers(f.db->connection(), people);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    mCustomer = *f.workspace->insert(TestFixtures::party(u"Acme Manufacturing"_s));
    mMail = *f.workspace->insert(Service{0, u"MAIL"_s, u"E-mail"_s, {}, {}, {}, true});
    mPrint = *f.workspace->insert(Service{0, u"PRINT"_s, u"Printer support"_s, {}, {}, {}, true});
    mVpn = *f.workspace->insert(Service{0, u"VPN"_s, u"Remote access"_s, {}, {}, {}, true});

    mFixtureIds[u"draft"_s] = prepare(f, AgreementStatus::Draft, false, u"Draft"_s);
    mFixtureIds[u"negotiation"_s] = prepare(f, AgreementStatus::Negotiation, false, u"Nego"_s);
    mFixtureIds[u"approval"_s] = prepare(f, AgreementStatus::Approval, false, u"Open"_s);
    mFixtureIds[u"approval-complete"_s] = prepare(f, AgreementStatus::Approval, true, u"Done"_s);
    mFixtureIds[u"active"_s] = prepare(f, AgreementStatus::Active, true, u"Active"_s);
    mFixtureIds[u"expired"_s] = prepare(f, AgreementStatus::Expired, true, u"Expired"_s);
    mFixtureIds[u"terminated"_s] = prepare(f, AgreementStatus::Terminated, true, u"Ended"_s);
    for (auto it = mFixtureIds.cbegin(); it != mFixtureIds.cend(); ++it) {
        const QString state = it.key().section(u'-', 0, 0);
        QCOMPARE(Enums::key(f.workspace->agreement(it.value())->status), state);
    }
}

void tst_Lifecycle::init()
{
    // Every test works on a copy of its own of the template.
    mCurrent = copyOfTemplate();
}

void tst_Lifecycle::cleanup()
{
    // The connection users go before the connection itself.
    mCurrent.workflow.reset();
    mCurrent.workspace.reset();
    mCurrent.db.reset();
}

tst_Lifecycle::Fixture tst_Lifecycle::copyOfTemplate()
{
    return open(TestBackend::copyOf(mTemplate, mDir, u"copy%1"_s.arg(++mCopies)));
}

// Everything a refused transition could have touched: each table's size, the agreement row,
// and the audit trail's head.
QString tst_Lifecycle::snapshot(Fixture &f, qint64 agreementId) const
{
    QStringList parts;
    QSqlQuery query(f.db->connection());
    QStringList tables = f.db->connection().tables(QSql::Tables);
    tables.sort();
    for (const QString &table : tables) {
        query.exec(u"SELECT count(*) FROM "_s + table);
        query.next();
        parts.append(table + u"="_s + query.value(0).toString());
    }
    query.prepare(u"SELECT * FROM agreements WHERE id = ?"_s);
    query.addBindValue(agreementId);
    query.exec();
    query.next();
    for (int i = 0; i < query.record().count(); ++i)
        parts.append(query.value(i).toString());
    query.exec(u"SELECT value FROM accordo_meta ORDER BY key"_s);
    while (query.next())
        parts.append(query.value(0).toString());
    return parts.join(u'|');
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

void tst_Lifecycle::terminationStopsMonitoring()
{
    const qint64 active = mFixtureIds.value(u"active"_s);
    QCOMPARE(*mCurrent.workflow->monitoringEnd(active), QDate(2029, 12, 31));
    const qint64 ended = mFixtureIds.value(u"terminated"_s);
    QCOMPARE(*mCurrent.workflow->monitoringEnd(ended), QDate(2029, 6, 30));
    QCOMPARE(mCurrent.workflow->lifecycle(ended)->terminationReason,
             requestFor(Transition::Terminate).reason);
}

void tst_Lifecycle::reviewsAndRenewalsWithinWindows_data()
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

void tst_Lifecycle::reviewsAndRenewalsWithinWindows()
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

void tst_Lifecycle::nextStepListsEverythingMissing_data()
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

void tst_Lifecycle::nextStepListsEverythingMissing()
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

void tst_Lifecycle::approvalProgressSaysWhoIsAwaited_data()
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

void tst_Lifecycle::approvalProgressSaysWhoIsAwaited()
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

void tst_Lifecycle::awaitingDecisionListsWhatTheUserMayDecide_data()
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

void tst_Lifecycle::awaitingDecisionListsWhatTheUserMayDecide()
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

void tst_Lifecycle::awaitingDecisionFailsClosed()
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

void tst_Lifecycle::signedAheadIsNotInForceYet_data()
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

void tst_Lifecycle::signedAheadIsNotInForceYet()
{
    QFETCH(int, status);
    QFETCH(QDate, start);
    QFETCH(bool, ahead);
    QCOMPARE(Agreements::isSignedAhead(AgreementStatus(status), start, QDate(2026, 11, 29)), ahead);
}

QTEST_GUILESS_MAIN(tst_Lifecycle)
#include "tst_lifecycle.moc"
