#include "data/userdirectory.h"
#include "data/workspace.h"
#include "lifecycle/agreementworkflow.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Accordo;

// Who acts in a workspace: Accordo itself only as a state of the process, never as a name;
// the first administrator; on PostgreSQL the server login, with the server's own grants.
class tst_Identity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void reservedNameCannotAct_data();
    void reservedNameCannotAct();
    void inProcessSystemIsAStateNotAName();
    void firstAdministratorNamesThemself_data();
    void firstAdministratorNamesThemself();
    void onlyAnAdministratorAddsUsersOnceThereAreUsers();
    void serverLoginIsTheActingUser_data();
    void serverLoginIsTheActingUser();
    void serverKeepsTheAuditTrailAppendOnly();

private:
    qint64 count(const QString &sql, const QVariantList &binds = {}) const;
    // An agreement of mia's, in approval, awaiting a service owner and the customer.
    qint64 agreementInApproval();
    // A new login on the test server, member of accordo_users when `member`; its location.
    QString newLogin(bool member, QString &login);

    QTemporaryDir mDir;
    QString mLocation;
    std::unique_ptr<Database> mDb;
    qint64 mDraft = 0; // a second agreement of mia's, still a draft
    int mRun = 0;
};

void tst_Identity::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
}

void tst_Identity::init()
{
    mLocation = TestBackend::freshLocation(mDir, u"identity%1"_s.arg(++mRun));
    QCOMPARE(TestFixtures::create(mLocation, mDb), QString());
}

void tst_Identity::cleanup()
{
    mDb.reset();
}

qint64 tst_Identity::count(const QString &sql, const QVariantList &binds) const
{
    return TestSupport::count(mDb->connection(), sql, binds);
}

qint64 tst_Identity::agreementInApproval()
{
    const QString failed = TestFixtures::addUsers(
        mDb->connection(), {{u"erin"_s, {Role::Administrator}},
                            {u"mia"_s, {Role::SlaManager}},
                            {u"frank"_s, {Role::Approver}},
                            {u"alice"_s, {Role::SlaManager, Role::Approver}}});
    if (!failed.isEmpty())
        return 0;
    Workspace workspace(*mDb);
    const qint64 customer = *workspace.insert(TestFixtures::party(u"Acme"_s));
    const qint64 mail = *workspace.insert(Service{0, u"MAIL"_s, u"E-mail"_s, {}, {}, {}, true});
    workspace.setActingUser(u"mia"_s);
    const auto mailSla = [&](const QString &title) {
        return workspace.insert(TestFixtures::agreement(
            title, customer, {mail},
            {TestFixtures::target(mail, Metric::Availability, 99900, 100000)}, QDate(2026, 1, 1),
            QDate(2029, 12, 31), Money(100000, u"EUR"_s)));
    };
    auto id = mailSla(u"Mail for Acme"_s);
    auto draft = mailSla(u"Mail for Acme, draft"_s);
    if (!id || !draft)
        return 0;
    mDraft = *draft;
    AgreementWorkflow workflow(workspace);
    if (!workflow.setCharter(*id, {u"Mail always on"_s, {u"99.9 %"_s}, {}}, u"mia"_s)
        || !workflow.setRequiredApprovers(*id,
                                          {{0, Side::Provider, u"Service owner"_s, {}},
                                           {0, Side::Counterparty, u"Acme IT director"_s, {}}},
                                          u"mia"_s))
        return 0;
    qint64 current = *id;
    for (Transition step : {Transition::Submit, Transition::RequestApproval}) {
        TransitionRequest request;
        request.transition = step;
        auto moved = workflow.transition(current, request, u"mia"_s);
        if (!moved)
            return 0;
        current = *moved;
    }
    return current;
}

void tst_Identity::reservedNameCannotAct_data()
{
    TestSupport::addRows<QString>("name", {{"system", u"system"_s},
                                           {"capitals-and-spaces", u" System "_s},
                                           {"upper-case", u"SYSTEM"_s}});
}

void tst_Identity::reservedNameCannotAct()
{
    QFETCH(QString, name);
    // Given an agreement awaiting approval and an approver who may not set its approvers
    const qint64 id = agreementInApproval();
    QVERIFY(id > 0);
    Workspace workspace(*mDb);
    AgreementWorkflow workflow(workspace);
    const qint64 auditBefore = count(u"SELECT count(*) FROM audit_log"_s);
    const qint64 partiesBefore = count(u"SELECT count(*) FROM parties"_s);

    // When the reserved name is used as the acting user of a plain write
    workspace.setActingUser(name);
    auto inserted = workspace.insert(TestFixtures::party(u"Slipped in"_s));
    // Then it is refused as a name, whatever its case and spacing
    QVERIFY(!inserted);
    QVERIFY2(inserted.errorString().contains(u"reserved for Accordo itself"_s),
             qPrintable(inserted.errorString()));

    // And it cannot set the required approvers (the segregation of duties stays)
    TransitionRequest rework;
    rework.transition = Transition::Reject;
    rework.reason = u"Back to the drawing board"_s;
    auto approvers = workflow.setRequiredApprovers(
        mDraft,
        {{0, Side::Provider, u"Anyone"_s, u"alice"_s}, {0, Side::Counterparty, u"Anyone"_s, {}}},
        name);
    QVERIFY(!approvers);
    QVERIFY2(approvers.errorString().contains(u"reserved for Accordo itself"_s),
             qPrintable(approvers.errorString()));
    QCOMPARE(count(u"SELECT count(*) FROM agreement_approvers WHERE agreement_id = ?"_s, {mDraft}),
             0);
    // Nor approve or reject under it
    TransitionRequest approve;
    approve.transition = Transition::Approve;
    for (const TransitionRequest &request : {approve, rework}) {
        auto decided = workflow.transition(id, request, name);
        QVERIFY(!decided);
        QVERIFY2(decided.errorString().contains(u"reserved for Accordo itself"_s),
                 qPrintable(decided.errorString()));
    }
    // Nor be a user's name
    auto added =
        UserDirectory(mDb->connection()).add(User{0, name, {}, {Role::Analyst}, true}, u"erin"_s);
    QVERIFY(!added);
    QVERIFY2(added.errorString().contains(u"reserved for Accordo itself"_s),
             qPrintable(added.errorString()));
    // And nothing was stored or audited
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), auditBefore);
    QCOMPARE(count(u"SELECT count(*) FROM parties"_s), partiesBefore);
    QCOMPARE(count(u"SELECT count(*) FROM users WHERE lower(name) = 'system'"_s), 0);

    // While a real approver may decide, so the refusals above are about the name
    auto approved = workflow.transition(id, approve, u"frank"_s);
    QVERIFY2(approved.ok(), qPrintable(approved.errorString()));
}

void tst_Identity::inProcessSystemIsAStateNotAName()
{
    // A new Workspace is Accordo itself, until a user is named
    Workspace workspace(*mDb);
    QVERIFY(workspace.actsAsSystem());
    QVERIFY(workspace.insert(TestFixtures::party(u"By Accordo"_s)).ok());
    // Naming a user ends that state; nobody at all may not write
    workspace.setActingUser(QString());
    QVERIFY(!workspace.actsAsSystem());
    QVERIFY(!workspace.insert(TestFixtures::party(u"By nobody"_s)).ok());
    // Only code in the process returns to it
    workspace.actAsSystem();
    QVERIFY(workspace.insert(TestFixtures::party(u"By Accordo again"_s)).ok());
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE user_name = ? AND entity = 'party'"_s,
                   {UserDirectory::reservedName()}),
             2);
}

void tst_Identity::firstAdministratorNamesThemself_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QList<Role>>("roles");
    QTest::addColumn<QString>("acting");
    QTest::addColumn<QString>("refusal");
    // "@login": the server login on PostgreSQL, alice on a file
    QTest::newRow("administrator-adds-themself")
        << u"@login"_s << QList<Role>{Role::Administrator} << u"@login"_s << QString();
    QTest::newRow("first-user-is-not-an-administrator")
        << u"@login"_s << QList<Role>{Role::Analyst} << u"@login"_s << u"no users yet"_s;
    QTest::newRow("someone-else-vouches")
        << u"@login"_s << QList<Role>{Role::Administrator} << u"bob"_s << u"no users yet"_s;
    QTest::newRow("system-vouches")
        << u"@login"_s << QList<Role>{Role::Administrator} << u"system"_s << u"no users yet"_s;
    QTest::newRow("nobody-vouches")
        << u"@login"_s << QList<Role>{Role::Administrator} << QString() << u"no users yet"_s;
}

void tst_Identity::firstAdministratorNamesThemself()
{
    QFETCH(QString, name);
    QFETCH(QList<Role>, roles);
    QFETCH(QString, acting);
    QFETCH(QString, refusal);
    const QString login = TestBackend::isPostgres() ? QUrl(mLocation).userName() : u"alice"_s;
    name.replace(u"@login"_s, login);
    acting.replace(u"@login"_s, login);

    // Given a workspace without users, when its first user is added
    auto added = UserDirectory(mDb->connection()).add(User{0, name, {}, roles, true}, acting);

    if (refusal.isEmpty()) {
        // Then an administrator naming themself is its first user, on the record as such
        QVERIFY2(added.ok(), qPrintable(added.errorString()));
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE user_name = ? AND entity = 'user'"_s,
                       {name}),
                 1);
        return;
    }
    // Otherwise nothing is added, and the refusal says why
    QVERIFY(!added);
    QVERIFY2(added.errorString().contains(refusal), qPrintable(added.errorString()));
    QCOMPARE(count(u"SELECT count(*) FROM users"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), 0);
}

void tst_Identity::onlyAnAdministratorAddsUsersOnceThereAreUsers()
{
    // Given a workspace whose only user is an analyst (added by Accordo itself)
    QVERIFY(UserDirectory(mDb->connection())
                .addAsSystem(User{0, u"dave"_s, {}, {Role::Analyst}, true})
                .ok());
    // Then nobody can bootstrap an administrator any more, not the analyst, not a newcomer
    for (const QString &acting : {u"dave"_s, u"zed"_s}) {
        auto added = UserDirectory(mDb->connection())
                         .add(User{0, u"zed"_s, {}, {Role::Administrator}, true}, acting);
        QVERIFY2(!added, qPrintable(acting));
    }
    QCOMPARE(count(u"SELECT count(*) FROM users"_s), 1);
}

QString tst_Identity::newLogin(bool member, QString &login)
{
    static int counter = 0;
    login = u"idt%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++counter);
    const QString password = u"pw%1"_s.arg(counter);
    QSqlQuery query(mDb->connection());
    if (!query.exec(u"CREATE ROLE %1 LOGIN PASSWORD '%2'%3"_s.arg(
            login, password, member ? u" IN ROLE accordo_users"_s : QString())))
        qWarning("CREATE ROLE: %s", qPrintable(query.lastError().text()));
    QUrl url(mLocation);
    url.setUserName(login);
    url.setPassword(password);
    return url.toString();
}

void tst_Identity::serverLoginIsTheActingUser_data()
{
    QTest::addColumn<bool>("registered");
    QTest::addColumn<QString>("acting");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("login-that-is-a-user") << true << u"@login"_s << QString();
    QTest::newRow("other-name-than-the-login")
        << true << u"erin"_s << u"erin does not match the server login @login"_s;
    QTest::newRow("login-without-a-user")
        << false << u"@login"_s << u"the server login @login is not a user of this workspace"_s;
}

void tst_Identity::serverLoginIsTheActingUser()
{
    if (!TestBackend::isPostgres())
        QSKIP("a server login exists on PostgreSQL only");
    QFETCH(bool, registered);
    QFETCH(QString, acting);
    QFETCH(QString, refusal);
    // Given a login of the server, a member of accordo_users, and maybe an Accordo user
    QVERIFY(
        TestFixtures::addUsers(mDb->connection(), {{u"erin"_s, {Role::Administrator}}}).isEmpty());
    QString login;
    const QString location = newLogin(true, login);
    if (registered)
        QVERIFY(UserDirectory(mDb->connection())
                    .addAsSystem(User{0, login, {}, {Role::SlaManager}, true})
                    .ok());
    acting.replace(u"@login"_s, login);
    refusal.replace(u"@login"_s, login);

    // When that login opens the workspace and saves a customer as `acting`
    auto theirs = Database::open(location, Database::OpenMode::MustExist);
    QVERIFY2(theirs.ok(), qPrintable(theirs.errorString()));
    Workspace workspace(**theirs);
    workspace.setActingUser(acting);
    auto saved = workspace.insert(TestFixtures::party(u"Saved by a login"_s));

    // Then it can always read
    QVERIFY2(workspace.parties().ok(), qPrintable(workspace.parties().errorString()));
    if (refusal.isEmpty()) {
        // And a login that is a user writes, on the record under its own name
        QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE user_name = ? AND entity = "
                       "'party' AND entity_id = ?"_s,
                       {login, *saved}),
                 1);
        return;
    }
    // Otherwise the write is refused naming the login, and nothing is stored
    QVERIFY(!saved);
    QVERIFY2(saved.errorString().contains(refusal), qPrintable(saved.errorString()));
    QCOMPARE(count(u"SELECT count(*) FROM parties"_s), 0);
}

void tst_Identity::serverKeepsTheAuditTrailAppendOnly()
{
    if (!TestBackend::isPostgres())
        QSKIP("server privileges exist on PostgreSQL only");
    // Given a member of accordo_users that is an Accordo user and has saved a customer
    QString login;
    const QString location = newLogin(true, login);
    QVERIFY(UserDirectory(mDb->connection())
                .addAsSystem(User{0, login, {}, {Role::SlaManager}, true})
                .ok());
    auto theirs = Database::open(location, Database::OpenMode::MustExist);
    QVERIFY2(theirs.ok(), qPrintable(theirs.errorString()));
    Workspace workspace(**theirs);
    workspace.setActingUser(login);
    QVERIFY(workspace.insert(TestFixtures::party(u"On the record"_s)).ok());
    const qint64 audit = count(u"SELECT count(*) FROM audit_log"_s);

    // When the login goes around Accordo and edits the audit trail with plain SQL
    QSqlQuery query((*theirs)->connection());
    QVERIFY2(query.exec(u"SELECT count(*) FROM audit_log"_s), qPrintable(query.lastError().text()));
    for (const QString &sql : {u"UPDATE audit_log SET user_name = 'nobody'"_s,
                               u"DELETE FROM audit_log"_s, u"TRUNCATE audit_log"_s}) {
        // Then the server refuses it: the application's checks are not the only defence
        QVERIFY2(!query.exec(sql), qPrintable(sql));
        QVERIFY2(query.lastError().text().contains(u"permission denied"_s),
                 qPrintable(query.lastError().text()));
    }
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), audit);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE user_name = ?"_s, {login}), 1);

    // And a login outside accordo_users cannot read the workspace at all
    QString outsider;
    const QString outside = newLogin(false, outsider);
    auto theirsToo = Database::open(outside, Database::OpenMode::MustExist);
    if (theirsToo) {
        QSqlQuery read((*theirsToo)->connection());
        QVERIFY(!read.exec(u"SELECT count(*) FROM parties"_s));
    }
}

QTEST_GUILESS_MAIN(tst_Identity)
#include "tst_identity.moc"
