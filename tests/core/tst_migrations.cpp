#include "storage/database.h"
#include "storage/migrations.h"

#include <QFile>
#include <QSqlError>
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
    void keepsEveryStatusCheckThroughItsRewrite_data();
    void keepsEveryStatusCheckThroughItsRewrite();
    void keepsTheTicketKeyAsAnIndexOfItsOwn();
    void refusesMissingFileWithoutCreatingIt();
    void refusesForeignFiles_data();
    void refusesForeignFiles();
    void refusesNewerSchema();
    void enforcesForeignKeysAndWal();

private:
    // Writes a workspace file left at schema `version` (its references not enforced: the raw
    // connection does not), then runs `sql` on it; the empty string on success, else why not.
    QString writeAtVersion(const QString &path, int version, const QString &sql = {});

    QTemporaryDir mDir;
};

QString tst_Migrations::writeAtVersion(const QString &path, int version, const QString &sql)
{
    QString error;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(path);
        QSqlQuery query(raw);
        if (!raw.open())
            error = raw.lastError().text();
        else if (!query.exec(u"PRAGMA application_id = %1"_s.arg(Database::ApplicationId)))
            error = query.lastError().text();
        else if (auto upgraded = Migrations::upgrade(raw, version); !upgraded)
            error = upgraded.errorString();
        else if (*Migrations::currentVersion(raw) != version)
            error = u"not at version %1"_s.arg(version);
        else if (!sql.isEmpty() && !query.exec(sql))
            error = query.lastError().text();
        query = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return error;
}

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
    // Given a file left at an older schema version
    QCOMPARE(writeAtVersion(path, from), QString());
    // When Accordo opens it, then it is upgraded to the latest version
    auto db = Database::open(path, Database::OpenMode::MustExist);
    QVERIFY2(db.ok(), qPrintable(db.errorString()));
    QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
}

void tst_Migrations::keepsEveryStatusCheckThroughItsRewrite_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    const QString periods = u"kpi_periods"_s, results = u"ticket_results"_s;
    QTest::newRow("period met") << periods << u"status"_s << u"met"_s << true;
    QTest::newRow("period at risk") << periods << u"status"_s << u"at_risk"_s << true;
    QTest::newRow("period breached") << periods << u"status"_s << u"breached"_s << true;
    QTest::newRow("period pending") << periods << u"status"_s << u"pending"_s << false;
    QTest::newRow("period in capitals") << periods << u"status"_s << u"MET"_s << false;
    QTest::newRow("period empty") << periods << u"status"_s << QString(u""_s) << false;
    QTest::newRow("verdict met") << results << u"verdict"_s << u"met"_s << true;
    QTest::newRow("verdict breached") << results << u"verdict"_s << u"breached"_s << true;
    QTest::newRow("verdict pending") << results << u"verdict"_s << u"pending"_s << true;
    QTest::newRow("verdict at risk") << results << u"verdict"_s << u"at_risk"_s << false;
    QTest::newRow("verdict padded") << results << u"verdict"_s << u"met "_s << false;
}

void tst_Migrations::keepsEveryStatusCheckThroughItsRewrite()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    const QString path = mDir.filePath(
        u"checks-%1.accordo"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    // Given a workspace of version 20 holding a row
    QCOMPARE(writeAtVersion(path, 20,
                            table == u"kpi_periods"_s
                                ? u"INSERT INTO kpi_periods (agreement_id, target_id, period, "
                                  "period_start, period_end, closed, metric, goal_milli, status, "
                                  "currency, as_of) VALUES (1, 1, '2026-10', 0, 1, 0, "
                                  "'resolution', 95000, 'met', 'EUR', 1)"_s
                                : u"INSERT INTO ticket_results (ticket_id, target_id, "
                                  "agreement_id, elapsed, verdict, as_of) "
                                  "VALUES (1, 1, 1, 60, 'met', 1)"_s),
             QString());
    // When Accordo opens it, the check is stored as a chain of comparisons
    auto db = Database::open(path, Database::OpenMode::MustExist);
    QVERIFY2(db.ok(), qPrintable(db.errorString()));
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(u"SELECT sql FROM sqlite_master WHERE name = '%1'"_s.arg(table)));
    QVERIFY(query.next());
    const QString definition = query.value(0).toString();
    QVERIFY2(!definition.contains(u"IN ('met'"_s), qPrintable(definition));
    QVERIFY2(definition.contains(u"CHECK (%1 = 'met' OR "_s.arg(column)), qPrintable(definition));
    // and it takes and refuses the same values as before
    QVERIFY(query.exec(u"SELECT count(*) FROM %1"_s.arg(table)) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QSqlQuery update((*db)->connection());
    update.prepare(u"UPDATE %1 SET %2 = ?"_s.arg(table, column));
    update.addBindValue(value);
    QCOMPARE(update.exec(), accepted);
    if (!accepted)
        QVERIFY2(update.lastError().text().contains(u"CHECK constraint failed"_s),
                 qPrintable(update.lastError().text()));
    QVERIFY(query.exec(u"SELECT %1 FROM %2"_s.arg(column, table)) && query.next());
    QCOMPARE(query.value(0).toString(), accepted ? value : u"met"_s);
}

/// Version 23: the tickets' UNIQUE (source, number) becomes the unique index
/// tickets_source_number, on the same b-tree, and holds as before.
void tst_Migrations::keepsTheTicketKeyAsAnIndexOfItsOwn()
{
    const QString path = mDir.filePath(u"ticket-key.accordo"_s);
    // Given a workspace of version 22 holding ticket INC1 of two sources
    QCOMPARE(writeAtVersion(path, 22,
                            u"INSERT INTO tickets (source, number, opened_at) VALUES "
                            "('', 'INC1', 1), ('crm', 'INC1', 2), ('', 'INC2', 3)"_s),
             QString());
    // When Accordo opens it
    auto db = Database::open(path, Database::OpenMode::MustExist);
    QVERIFY2(db.ok(), qPrintable(db.errorString()));
    QSqlQuery query((*db)->connection());
    // Then the table's definition holds no UNIQUE, and the key is an index of its own
    QVERIFY(query.exec(u"SELECT sql FROM sqlite_master WHERE name = 'tickets'"_s) && query.next());
    QVERIFY2(!query.value(0).toString().contains(u"UNIQUE"_s),
             qPrintable(query.value(0).toString()));
    QVERIFY(query.exec(u"SELECT name, \"unique\", origin FROM pragma_index_list('tickets') "
                       "WHERE name LIKE '%source%' OR origin = 'u'"_s));
    QStringList indexes;
    while (query.next())
        indexes.append(u"%1 %2 %3"_s.arg(query.value(0).toString(), query.value(1).toString(),
                                         query.value(2).toString()));
    QCOMPARE(indexes, QStringList{u"tickets_source_number 1 c"_s});
    // on the rows it held, whole
    QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"ok"_s);
    QVERIFY(query.exec(u"SELECT count(*) FROM tickets INDEXED BY tickets_source_number "
                       "WHERE source = 'crm' AND number = 'INC1'"_s)
            && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    // and it refuses a key twice, takes it of another source, and answers ON CONFLICT
    QVERIFY(!query.exec(u"INSERT INTO tickets (source, number, opened_at) "
                        "VALUES ('', 'INC1', 4)"_s));
    QVERIFY2(query.lastError().text().contains(u"UNIQUE constraint failed"_s),
             qPrintable(query.lastError().text()));
    QVERIFY(query.exec(u"INSERT INTO tickets (source, number, opened_at) "
                       "VALUES ('other', 'INC1', 5)"_s));
    QVERIFY2(
        query.exec(u"INSERT INTO tickets (source, number, opened_at) VALUES ('', 'INC2', 6) "
                   "ON CONFLICT (source, number) DO UPDATE SET opened_at = excluded.opened_at"_s),
        qPrintable(query.lastError().text()));
    QVERIFY(query.exec(u"SELECT opened_at FROM tickets WHERE source = '' AND number = 'INC2'"_s)
            && query.next());
    QCOMPARE(query.value(0).toInt(), 6);
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
