#include "testbackend.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

// Who accordo-cli acts as: every change names its user with --user, "system" is nobody's name,
// the first user of a workspace is an administrator naming themself, and on PostgreSQL --user
// is the server login.
class tst_CliIdentity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void firstAdministratorNamesThemself_data();
    void firstAdministratorNamesThemself();
    void everyChangeNamesAUserOfTheWorkspace_data();
    void everyChangeNamesAUserOfTheWorkspace();
    void helpSaysWhatTheUserOptionIs();

private:
    QStringList users() const;
    // The first administrator: the server login on PostgreSQL, erin on a file.
    QString admin() const;

    QTemporaryDir mDir;
    QString mDb;
    int mRun = 0;
};

using Accordo::TestSupport::cli;

QStringList tst_CliIdentity::users() const
{
    const auto run = cli({u"user"_s, u"list"_s, u"--db"_s, mDb});
    return run.exitCode == 0 ? run.out.split(u'\n', Qt::SkipEmptyParts)
                             : QStringList{u"failed: "_s + run.err};
}

QString tst_CliIdentity::admin() const
{
    return Accordo::TestBackend::isPostgres() ? QUrl(mDb).userName() : u"erin"_s;
}

void tst_CliIdentity::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
}

void tst_CliIdentity::init()
{
    mDb = Accordo::TestBackend::freshLocation(mDir, u"identity%1"_s.arg(++mRun));
    const auto run = cli({u"init"_s, u"--db"_s, mDb});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void tst_CliIdentity::firstAdministratorNamesThemself_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");
    // "@admin" is the first administrator's name (the login on PostgreSQL)
    QTest::newRow("administrator-names-themself")
        << QStringList{u"--name"_s,        u"@admin"_s, u"--role"_s,
                       u"administrator"_s, u"--user"_s, u"@admin"_s}
        << 0 << QString();
    QTest::newRow("without-user") << QStringList{u"--name"_s, u"@admin"_s, u"--role"_s,
                                                 u"administrator"_s}
                                  << 1 << u"--user NAME is required"_s;
    QTest::newRow("as-system") << QStringList{u"--name"_s,        u"@admin"_s, u"--role"_s,
                                              u"administrator"_s, u"--user"_s, u"system"_s}
                               << 1 << u"reserved for Accordo itself"_s;
    QTest::newRow("as-system-in-disguise")
        << QStringList{u"--name"_s,        u"@admin"_s, u"--role"_s,
                       u"administrator"_s, u"--user"_s, u" SYSTEM "_s}
        << 1 << u"reserved for Accordo itself"_s;
    QTest::newRow("first-user-not-an-administrator")
        << QStringList{u"--name"_s,  u"@admin"_s, u"--role"_s,
                       u"analyst"_s, u"--user"_s, u"@admin"_s}
        << 1 << u"no users yet"_s;
    QTest::newRow("user-named-system") << QStringList{u"--name"_s,        u"system"_s, u"--role"_s,
                                                      u"administrator"_s, u"--user"_s, u"@admin"_s}
                                       << 1 << u"reserved for Accordo itself"_s;
}

void tst_CliIdentity::firstAdministratorNamesThemself()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    arguments.replaceInStrings(u"@admin"_s, admin());

    // Given a workspace without users, when its first user is added
    const auto run = cli(QStringList{u"user"_s, u"add"_s, u"--db"_s, mDb} + arguments);

    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(error), qPrintable(run.err));
    if (exitCode == 0)
        QCOMPARE(users(), QStringList{u"%1\t%1\tadministrator"_s.arg(admin())});
    else
        QCOMPARE(users(), QStringList());
}

void tst_CliIdentity::everyChangeNamesAUserOfTheWorkspace_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");
    const QStringList addZed{u"user"_s, u"add"_s,    u"--name"_s,
                             u"zed"_s,  u"--role"_s, u"administrator"_s};
    QTest::newRow("user-add-by-the-administrator")
        << addZed + QStringList{u"--user"_s, u"@admin"_s} << 0 << QString();
    QTest::newRow("user-add-without-user") << addZed << 1 << u"--user NAME is required"_s;
    QTest::newRow("user-add-as-system")
        << addZed + QStringList{u"--user"_s, u"system"_s} << 1 << u"reserved for Accordo itself"_s;
    QTest::newRow("user-add-as-System")
        << addZed + QStringList{u"--user"_s, u"System"_s} << 1 << u"reserved for Accordo itself"_s;
    QTest::newRow("import-without-user")
        << QStringList{u"import"_s, u"tickets"_s, u"--file"_s, u"@tickets"_s} << 1
        << u"--user NAME is required"_s;
    QTest::newRow("import-as-system") << QStringList{u"import"_s,   u"tickets"_s, u"--file"_s,
                                                     u"@tickets"_s, u"--user"_s,  u"system"_s}
                                      << 1 << u"reserved for Accordo itself"_s;
    QTest::newRow("import-undo-without-user")
        << QStringList{u"import"_s, u"undo"_s, u"1"_s} << 1 << u"--user NAME is required"_s;
    QTest::newRow("calendar-import-without-user")
        << QStringList{u"calendar"_s, u"import"_s, u"--file"_s, u"@calendar"_s} << 2
        << u"--user NAME is required"_s;
    // On PostgreSQL --user is the login; on a file, erin is a user but zed is nobody
    QTest::newRow("user-add-as-someone-else")
        << addZed + QStringList{u"--user"_s, u"mallory"_s} << 1
        << (Accordo::TestBackend::isPostgres() ? u"--user mallory does not match the server login"_s
                                               : u"there is no user \"mallory\""_s);
    QTest::newRow("calendar-import-as-someone-else")
        << QStringList{u"calendar"_s,  u"import"_s, u"--file"_s,
                       u"@calendar"_s, u"--user"_s, u"mallory"_s}
        << 1
        << (Accordo::TestBackend::isPostgres() ? u"--user mallory does not match the server login"_s
                                               : u"there is no user \"mallory\""_s);
}

void tst_CliIdentity::everyChangeNamesAUserOfTheWorkspace()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    // Given a workspace with its first administrator
    const auto first = cli({u"user"_s, u"add"_s, u"--db"_s, mDb, u"--name"_s, admin(), u"--role"_s,
                            u"administrator"_s, u"--user"_s, admin()});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QString tickets = mDir.filePath(u"tickets%1.csv"_s.arg(mRun));
    QFile file(tickets);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,opened_at,status\nT1,2026-01-01T00:00:00Z,open\n");
    file.close();
    arguments.replaceInStrings(u"@admin"_s, admin());
    arguments.replaceInStrings(u"@tickets"_s, tickets);
    arguments.replaceInStrings(u"@calendar"_s, QStringLiteral(ACCORDO_SOURCE_DIR)
                                                   + u"/tests/reference/it-office.json"_s);

    // When a command that changes the workspace runs
    const auto run = cli(arguments + QStringList{u"--db"_s, mDb});

    // Then it runs only for a named user of the workspace
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(error), qPrintable(run.err));
    if (exitCode != 0) {
        QCOMPARE(users().size(), 1);
        const auto history = cli(
            {u"import"_s, u"history"_s, u"--db"_s, mDb, u"--format"_s, u"csv"_s});
        QCOMPARE(history.out.trimmed().count(u'\n'), 0);
        const auto calendar = cli(
            {u"calendar"_s, u"export"_s, u"--db"_s, mDb, u"--name"_s, u"Italy office (Milan)"_s});
        QCOMPARE(calendar.exitCode, 1);
    }
}

void tst_CliIdentity::helpSaysWhatTheUserOptionIs()
{
    // On a file, --user attributes; it does not authenticate: the help says so
    const auto usage = cli({u"--help"_s});
    QCOMPARE(usage.exitCode, 0);
    QVERIFY2(usage.out.contains(u"it is not a password"_s), qPrintable(usage.out));
    const auto help = cli({u"user"_s, u"add"_s, u"--help"_s});
    QVERIFY2(help.out.simplified().contains(u"this records who made each change; it is not a "
                                            "password check"_s),
             qPrintable(help.out));
}

QTEST_GUILESS_MAIN(tst_CliIdentity)
#include "tst_cli_identity.moc"
