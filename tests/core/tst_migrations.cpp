#include "storage/database.h"
#include "storage/migrations.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

class tst_Migrations : public QObject
{
    Q_OBJECT

private slots:
    void createsLatestSchemaInEmptyFile();
    void reopensExistingWorkspace();
    void upgradesFromEveryOlderVersion_data();
    void upgradesFromEveryOlderVersion();
    void refusesMissingFileWithoutCreatingIt();
    void refusesForeignFiles_data();
    void refusesForeignFiles();
    void refusesNewerSchema();
    void enforcesForeignKeysAndWal();

private:
    QTemporaryDir mDir;
};

void tst_Migrations::createsLatestSchemaInEmptyFile()
{
    // Given a path where nothing exists
    const QString path = mDir.filePath(u"new.accordo"_s);
    // When it is opened for creation
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    // Then it holds the latest schema
    QVERIFY2(db.ok(), qPrintable(db.errorString()));
    QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
    const QStringList tables = (*db)->connection().tables();
    for (const QString &table : {u"parties"_s, u"services"_s, u"agreements"_s, u"targets"_s,
                                 u"credit_tiers"_s, u"regions"_s, u"calendars"_s})
        QVERIFY2(tables.contains(table), qPrintable(table));
}

void tst_Migrations::reopensExistingWorkspace()
{
    const QString path = mDir.filePath(u"reopen.accordo"_s);
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(u"INSERT INTO services (code, name) VALUES ('MAIL', 'Mail')"_s));
    }
    auto db = Database::open(path, Database::OpenMode::MustExist);
    QVERIFY2(db.ok(), qPrintable(db.errorString()));
    QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(u"SELECT count(*) FROM services"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void tst_Migrations::upgradesFromEveryOlderVersion_data()
{
    QTest::addColumn<int>("from");
    for (int version = 0; version < Migrations::latestVersion(); ++version)
        QTest::newRow(qPrintable(u"from-v%1"_s.arg(version))) << version;
}

void tst_Migrations::upgradesFromEveryOlderVersion()
{
    QFETCH(int, from);
    const QString path = mDir.filePath(u"old-v%1.accordo"_s.arg(from));
    {
        // Given a file left at an older schema version
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(u"PRAGMA application_id = %1"_s.arg(Database::ApplicationId)));
        QVERIFY(Migrations::upgrade(raw, from).ok());
        QCOMPARE(*Migrations::currentVersion(raw), from);
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    // When Accordo opens it, then it is upgraded to the latest version
    auto db = Database::open(path, Database::OpenMode::MustExist);
    QVERIFY2(db.ok(), qPrintable(db.errorString()));
    QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
}

void tst_Migrations::refusesMissingFileWithoutCreatingIt()
{
    const QString path = mDir.filePath(u"missing.accordo"_s);
    auto db = Database::open(path, Database::OpenMode::MustExist);
    QVERIFY(!db.ok());
    QVERIFY(db.errorString().contains(path));
    QVERIFY(!QFile::exists(path));
}

void tst_Migrations::refusesForeignFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("isSqlite");
    QTest::newRow("text-file") << QByteArray("name,region\nAcme,EMEA\n") << false;
    QTest::newRow("other-sqlite-database") << QByteArray() << true;
}

void tst_Migrations::refusesForeignFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, isSqlite);
    const QString path = mDir.filePath(QString::fromLatin1(QTest::currentDataTag()));
    if (isSqlite) {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(u"CREATE TABLE notes (text TEXT)"_s));
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"foreign"_s);
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QByteArray before = [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();

    auto db = Database::open(path, Database::OpenMode::MustExist);
    QVERIFY(!db.ok());
    QVERIFY2(db.errorString().contains(u"not an Accordo workspace"_s),
             qPrintable(db.errorString()));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

void tst_Migrations::refusesNewerSchema()
{
    const QString path = mDir.filePath(u"future.accordo"_s);
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        QVERIFY(QSqlQuery((*db)->connection())
                    .exec(u"UPDATE accordo_meta SET value = '999' WHERE key = 'schema_version'"_s));
    }
    auto db = Database::open(path, Database::OpenMode::MustExist);
    QVERIFY(!db.ok());
    QVERIFY2(db.errorString().contains(u"newer Accordo"_s), qPrintable(db.errorString()));
}

void tst_Migrations::enforcesForeignKeysAndWal()
{
    auto db = Database::open(mDir.filePath(u"pragmas.accordo"_s),
                             Database::OpenMode::CreateIfMissing);
    QVERIFY(db.ok());
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_s);
    QVERIFY(!query.exec(u"INSERT INTO regions (code, name, calendar_id) VALUES ('X', 'X', 42)"_s));
}

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
