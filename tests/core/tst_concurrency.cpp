#include "audit/auditlog.h"
#include "data/userdirectory.h"
#include "data/workspace.h"
#include "lifecycle/agreementworkflow.h"
#include "storage/database.h"

#include "testbackend.h"
#include "testfixtures.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <barrier>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Accordo;

// Two users, each on a connection of their own in a thread of their own, working on the same
// records at the same instant: what a team workspace on PostgreSQL (or a shared SQLite file)
// must survive without losing or doubling anything.
class tst_Concurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void racingSavesLetExactlyOneWinEachRound();
    void simultaneousApprovalsAreEachRecordedOnce();

private:
    std::unique_ptr<Database> openWorkspace(Database::OpenMode mode) const;
    qint64 createAgreement(Workspace &workspace, const QString &title) const;

    QTemporaryDir mDir;
    QString mLocation;
    std::unique_ptr<Database> mDb;
    qint64 mCustomer = 0;
    qint64 mMail = 0;
};

std::unique_ptr<Database> tst_Concurrency::openWorkspace(Database::OpenMode mode) const
{
    auto db = Database::open(mLocation, mode);
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(mLocation), qPrintable(db.errorString()));
    return std::move(*db);
}

void tst_Concurrency::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    mLocation = TestBackend::freshLocation(mDir, u"shared"_s);
    mDb = openWorkspace(Database::OpenMode::CreateIfMissing);
    const QList<std::pair<QString, QList<Role>>> people = {
        {u"ann"_s, {Role::SlaManager}}, {u"ben"_s, {Role::SlaManager}},
        {u"mia"_s, {Role::SlaManager}}, {u"frank"_s, {Role::Approver}},
        {u"gina"_s, {Role::Approver}},
    };
    const QString failed = TestFixtures::addUsers(mDb->connection(), people);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    Workspace workspace(*mDb);
    mCustomer = *workspace.insert(TestFixtures::party(u"Acme Manufacturing"_s));
    mMail = *workspace.insert(Service{0, u"MAIL"_s, u"E-mail"_s, {}, {}, {}, true});
}

void tst_Concurrency::cleanup()
{
    QVERIFY(AuditLog(mDb->connection()).verify()->intact);
}

qint64 tst_Concurrency::createAgreement(Workspace &workspace, const QString &title) const
{
    auto id = workspace.insert(
        TestFixtures::agreement(title, mCustomer, {mMail},
                                {TestFixtures::target(mMail, Metric::Availability, 99900, 100000)},
                                QDate(2026, 1, 1), QDate(2028, 12, 31), Money(990000, u"EUR"_s)));
    if (!id)
        qFatal("cannot create %s: %s", qPrintable(title), qPrintable(id.errorString()));
    return *id;
}

void tst_Concurrency::racingSavesLetExactlyOneWinEachRound()
{
    // Given an agreement that ann and ben both have open
    const int rounds = qEnvironmentVariableIntValue("ACCORDO_RACE_ROUNDS") > 0
                           ? qEnvironmentVariableIntValue("ACCORDO_RACE_ROUNDS")
                           : 1000;
    Workspace main(*mDb);
    const qint64 id = createAgreement(main, u"Raced over"_s);
    const int startVersion = main.agreement(id)->rowVersion;

    // When each round both read it, then both save their own title at the same instant
    const QStringList users{u"ann"_s, u"ben"_s};
    std::barrier sync(2);
    struct Outcome
    {
        bool saved = false;
        bool conflict = false;
        QString error;
        QString seen;
    };
    std::vector<std::vector<Outcome>> outcomes(2, std::vector<Outcome>(size_t(rounds)));
    auto worker = [&](int who) {
        auto db = openWorkspace(Database::OpenMode::MustExist);
        Workspace workspace(*db);
        workspace.setActingUser(users.at(who));
        for (int round = 0; round < rounds; ++round) {
            Outcome &outcome = outcomes[size_t(who)][size_t(round)];
            auto read = workspace.agreement(id);
            sync.arrive_and_wait();
            if (!read) {
                outcome.error = read.errorString();
            } else {
                outcome.seen = read->title;
                Agreement edited = *read;
                edited.title = u"round %1 by %2"_s.arg(round).arg(users.at(who));
                auto saved = workspace.update(edited);
                outcome.saved = saved.ok();
                outcome.conflict = !saved && saved.error().conflict;
                if (!saved && !saved.error().conflict)
                    outcome.error = saved.errorString();
                else if (!saved && !saved.errorString().contains(users.at(1 - who)))
                    outcome.error = u"the conflict does not name the other user: "_s
                                    + saved.errorString();
            }
            sync.arrive_and_wait();
        }
    };
    std::thread first(worker, 0);
    std::thread second(worker, 1);
    first.join();
    second.join();

    // Then exactly one save wins each round, the other is told, and no saved title is lost
    QString lastWinner = u"Raced over"_s;
    for (int round = 0; round < rounds; ++round) {
        const Outcome &a = outcomes[0][size_t(round)];
        const Outcome &b = outcomes[1][size_t(round)];
        QVERIFY2(a.error.isEmpty(), qPrintable(u"round %1: %2"_s.arg(round).arg(a.error)));
        QVERIFY2(b.error.isEmpty(), qPrintable(u"round %1: %2"_s.arg(round).arg(b.error)));
        QCOMPARE(int(a.saved) + int(b.saved), 1);
        QCOMPARE(int(a.conflict) + int(b.conflict), 1);
        QCOMPARE(a.seen, lastWinner);
        QCOMPARE(b.seen, lastWinner);
        lastWinner = u"round %1 by %2"_s.arg(round).arg(a.saved ? users.at(0) : users.at(1));
    }
    const Agreement final = *main.agreement(id);
    QCOMPARE(final.title, lastWinner);
    QCOMPARE(final.rowVersion, startVersion + rounds);
    auto history = AuditLog(mDb->connection()).history(u"agreement"_s, id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 1 + rounds);
}

void tst_Concurrency::simultaneousApprovalsAreEachRecordedOnce()
{
    // Given agreements awaiting the approval of a service owner and a customer representative
    const int agreements = 25;
    Workspace main(*mDb);
    AgreementWorkflow workflow(main);
    QList<qint64> ids;
    for (int i = 0; i < agreements; ++i) {
        main.setActingUser(u"ann"_s);
        const qint64 id = createAgreement(main, u"Approved twice at once %1"_s.arg(i));
        main.actAsSystem();
        QVERIFY(
            workflow.setCharter(id, {u"Mail must work."_s, {u"99.9 % mail"_s}, {}}, u"ann"_s).ok());
        QVERIFY(
            workflow
                .setRequiredApprovers(id,
                                      {{0, Side::Provider, u"Service owner"_s, {}},
                                       {0, Side::Counterparty, u"Customer representative"_s, {}}},
                                      u"ann"_s)
                .ok());
        for (Transition step : {Transition::Submit, Transition::RequestApproval}) {
            TransitionRequest request;
            request.transition = step;
            auto moved = workflow.transition(id, request, u"mia"_s);
            QVERIFY2(moved.ok(), qPrintable(moved.errorString()));
        }
        ids.append(id);
    }

    // When frank and gina approve each of them at the same instant
    const QStringList approvers{u"frank"_s, u"gina"_s};
    std::barrier sync(2);
    std::vector<QStringList> errors(2);
    auto worker = [&](int who) {
        auto db = openWorkspace(Database::OpenMode::MustExist);
        Workspace workspace(*db);
        AgreementWorkflow approving(workspace);
        for (qint64 id : ids) {
            TransitionRequest request;
            request.transition = Transition::Approve;
            sync.arrive_and_wait();
            if (auto r = approving.transition(id, request, approvers.at(who)); !r)
                errors[size_t(who)].append(r.errorString());
        }
    };
    std::thread first(worker, 0);
    std::thread second(worker, 1);
    first.join();
    second.join();

    // Then both approvals are recorded once each, in separate slots, and nothing else moved
    QCOMPARE(errors[0], QStringList());
    QCOMPARE(errors[1], QStringList());
    for (qint64 id : ids) {
        auto lifecycle = workflow.lifecycle(id);
        QVERIFY(lifecycle.ok());
        QCOMPARE(lifecycle->status, AgreementStatus::Approval);
        QCOMPARE(lifecycle->decisions.size(), 2);
        QStringList users;
        QSet<qint64> approverIds;
        for (const ApprovalDecision &d : lifecycle->decisions) {
            QVERIFY(d.approved);
            users.append(d.userName);
            approverIds.insert(d.approverId);
        }
        users.sort();
        QCOMPARE(users, approvers);
        QCOMPARE(approverIds.size(), 2);
        QSqlQuery query(mDb->connection());
        query.prepare(u"SELECT count(*) FROM agreement_transitions WHERE agreement_id = ? "
                      "AND transition = 'approve'"_s);
        query.addBindValue(id);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toInt(), 2);
    }
}

QTEST_GUILESS_MAIN(tst_Concurrency)
#include "tst_concurrency.moc"
