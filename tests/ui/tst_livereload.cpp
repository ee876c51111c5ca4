#include "data/userdirectory.h"
#include "data/workspace.h"
#include "session/workspacesession.h"
#include "storage/database.h"

#include "../testbackend.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

/// Live refresh: what one user saves reaches the other users' open views. On PostgreSQL the
/// server announces each change (LISTEN/NOTIFY); a SQLite file has no such channel.
class tst_LiveReload : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anotherUsersSaveReachesAnOpenSession_data();
    void anotherUsersSaveReachesAnOpenSession();
    void serverRoleIsTheActingUserAndIsAudited();

private:
    QTemporaryDir mDir;
    QString mLocation;
};

void tst_LiveReload::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    if (!TestBackend::isPostgres())
        QSKIP("live refresh uses PostgreSQL's LISTEN/NOTIFY: see tst_livereload_pg");
    mLocation = TestBackend::freshLocation(mDir, u"live"_s);
    QVERIFY(Database::open(mLocation, Database::OpenMode::CreateIfMissing).ok());
}

void tst_LiveReload::anotherUsersSaveReachesAnOpenSession_data()
{
    QTest::addColumn<int>("what");
    QTest::addColumn<int>("table");
    QTest::newRow("customer-added") << 0 << int(WorkspaceSession::Table::Parties);
    QTest::newRow("service-added") << 1 << int(WorkspaceSession::Table::Services);
    QTest::newRow("region-added") << 2 << int(WorkspaceSession::Table::Regions);
}

void tst_LiveReload::anotherUsersSaveReachesAnOpenSession()
{
    QFETCH(int, what);
    QFETCH(int, table);
    static int round = 0;
    ++round;

    // Given one user's session with its views open
    auto mine = Database::open(mLocation, Database::OpenMode::MustExist);
    QVERIFY2(mine.ok(), qPrintable(mine.errorString()));
    WorkspaceSession session(std::move(*mine));
    QSignalSpy changed(&session, &WorkspaceSession::changed);

    // When another user, on their own connection, saves a record
    auto theirs = Database::open(mLocation, Database::OpenMode::MustExist);
    QVERIFY(theirs.ok());
    Workspace other(**theirs);
    Result<qint64> saved = Error{};
    switch (what) {
    case 0: {
        Party customer;
        customer.name = u"Live customer %1"_s.arg(round);
        saved = other.insert(customer);
        break;
    }
    case 1:
        saved = other.insert(Service{0, u"LIVE-%1"_s.arg(round), u"Live"_s, {}, {}, {}, true});
        break;
    default:
        saved = other.insert(Region{0, u"R%1"_s.arg(round), u"Live region"_s, 0});
        break;
    }
    QVERIFY2(saved.ok(), qPrintable(saved.errorString()));

    // Then the open session hears of it and names the table to refresh
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
    QCOMPARE(changed.first().first().value<WorkspaceSession::Table>(),
             WorkspaceSession::Table(table));
}

void tst_LiveReload::serverRoleIsTheActingUserAndIsAudited()
{
    // Given the server role this connection logs in as, known to Accordo as an SLA manager
    const QString role = QUrl(mLocation).userName();
    QVERIFY(!role.isEmpty());
    {
        auto admin = Database::open(mLocation, Database::OpenMode::MustExist);
        QVERIFY(admin.ok());
        UserDirectory users((*admin)->connection());
        auto added = users.addAsSystem(User{0, role, u"Server login"_s, {Role::SlaManager}, true});
        QVERIFY2(added.ok(), qPrintable(added.errorString()));
    }

    // When a session opens the server workspace and saves a customer
    auto mine = Database::open(mLocation, Database::OpenMode::MustExist);
    QVERIFY(mine.ok());
    WorkspaceSession session(std::move(*mine));
    Party customer;
    customer.name = u"Saved by the server role"_s;
    const auto id = session.workspace().insert(customer);
    QVERIFY2(id.ok(), qPrintable(id.errorString()));

    // Then the session works as that role, and the audit trail names it
    QCOMPARE(session.userName(), role);
    QSqlQuery query(session.database().connection());
    QVERIFY(query.exec(u"SELECT user_name FROM audit_log ORDER BY seq DESC LIMIT 1"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), role);
}

QTEST_MAIN(tst_LiveReload)
#include "tst_livereload.moc"
