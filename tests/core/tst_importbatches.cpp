#include "data/workspace.h"
#include "demo/demodata.h"
#include "kpi/kpiengine.h"
#include "measurement/measurementimporter.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "testbackend.h"
#include "testfixtures.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <thread>

using namespace Accordo;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kHeader =
    "id,customer,service,region,priority,opened_at,first_response_at,resolved_at,closed_at,"
    "status,satisfaction,pauses\n";

const QString kSlice = QStringLiteral(ACCORDO_SOURCE_DIR "/tests/core/data/servicenow-slice.csv");

const QString kCustomerIndex = u"SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                               u"AND name = 'tickets_customer_service'"_s;

// The instant of row `i` (from 1): the one `instants` gives it, else one within the hour after
// 10:00 on 5 January 2026.
QByteArray instantOfRow(const QList<QByteArray> &instants, int i)
{
    return i <= instants.size() ? instants.at(i - 1)
                                : "2026-01-05T10:" + QByteArray::number(10 + i % 50) + "Z";
}

// `count` tickets T1, T2, … of one customer and service, the first opened at `instants`, the
// others within one hour.
QByteArray ticketsOpenedAt(const QList<QByteArray> &instants, int count)
{
    QByteArray csv = kHeader;
    for (int i = 1; i <= count; ++i)
        csv += "T" + QByteArray::number(i) + ",Acme,EMAIL,EU,P1," + instantOfRow(instants, i)
               + ",,,,open,,\n";
    return csv;
}

// `count` tickets T1, T2, … of one customer and service, opened within one hour.
QByteArray tickets(int count)
{
    return ticketsOpenedAt({}, count);
}

// Survey answers at the given instants, then answers of early January up to `count`.
QByteArray surveysAnsweredAt(const QList<QByteArray> &instants, int count)
{
    QByteArray csv = "ticket_id,date,score\n";
    for (int i = 1; i <= count; ++i)
        csv += "INC" + QByteArray::number(i) + "," + instantOfRow(instants, i) + ",4\n";
    return csv;
}

const QString kNotedMonths = u"SELECT month FROM kpi_dirty_months ORDER BY month"_s;

} // namespace

/// Imports never damage what is stored: a ticket is known by its source and id, every import
/// is a batch that reports the rows it wrote and can be rolled back to what was there.
class tst_ImportBatches : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sameIdsFromAnotherSourceAreOtherTickets();
    void serviceNowExportBesideTheDemoChangesNoDemoTicket();
    void rollBackRestoresWhatWasThere_data();
    void rollBackRestoresWhatWasThere();
    void rollBackWaitsForLaterBatches();
    void onlyAnActiveUserImportsOrRollsBack_data();
    void onlyAnActiveUserImportsOrRollsBack();
    void batchKeepsHashUserAndCounts();
    void badSourceIsRefused_data();
    void badSourceIsRefused();
    void concurrentImportsCountTheirOwnRows();
    void surveyAboutASharedNumberCountsOnce();
    void refusedRowNamesItsLineAndStoresNothing_data();
    void refusedRowNamesItsLineAndStoresNothing();
    void ticketNamedTwiceKeepsTheLaterLine_data();
    void ticketNamedTwiceKeepsTheLaterLine();
    void importBesideAnUnfinishedReadStoresItsTickets();
    void importNotesTheMonthsOfTheRowsItAdds_data();
    void importNotesTheMonthsOfTheRowsItAdds();
    void refusedImportKeepsNotingMonths();

private:
    QString write(const QString &name, const QByteArray &content);
    Result<ImportReport> import(RecordKind kind, const QByteArray &csv, const QString &source,
                                const QString &user = u"ann"_s);
    // import() of the ticket lines `rows` under kHeader.
    Result<ImportReport> importTickets(const QByteArray &rows, const QString &source,
                                       const QString &user = u"ann"_s);
    QStringList fingerprint(const QString &table);
    QStringList notedMonths();
    qint64 scalar(const QString &sql);
    QSqlDatabase db() const { return mDb->connection(); }

    std::unique_ptr<QTemporaryDir> mDir;
    QString mLocation;
    std::unique_ptr<Database> mDb;
    int mFiles = 0;
};

void tst_ImportBatches::init()
{
    ACCORDO_REQUIRE_BACKEND();
    mDir = std::make_unique<QTemporaryDir>();
    mLocation = TestBackend::freshLocation(*mDir, u"w"_s);
    // ann imports, bob rolls back; on PostgreSQL the fixtures' login is a superuser, which may
    // name the user it acts for.
    QCOMPARE(TestFixtures::create(mLocation, mDb, TestFixtures::ImportUsers), QString());
}

void tst_ImportBatches::cleanup()
{
    mDb.reset();
    mDir.reset();
}

QString tst_ImportBatches::write(const QString &name, const QByteArray &content)
{
    return TestSupport::writeFile(mDir->filePath(u"%1-%2"_s.arg(++mFiles).arg(name)), content);
}

Result<ImportReport> tst_ImportBatches::import(RecordKind kind, const QByteArray &csv,
                                               const QString &source, const QString &user)
{
    ImportOptions options;
    options.source = source;
    options.userName = user;
    return MeasurementImporter::importFile(db(), kind, write(u"f.csv"_s, csv), ImportMapping(kind),
                                           options);
}

Result<ImportReport> tst_ImportBatches::importTickets(const QByteArray &rows, const QString &source,
                                                      const QString &user)
{
    return import(RecordKind::Ticket, kHeader + rows, source, user);
}

QStringList tst_ImportBatches::fingerprint(const QString &table)
{
    QSqlQuery q(db());
    if (!q.exec(u"SELECT * FROM %1 ORDER BY id"_s.arg(table)))
        qFatal("%s", qPrintable(q.lastError().text()));
    const int columns = q.record().count();
    QStringList rows;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < columns; ++i)
            fields.append(q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
        rows.append(fields.join(u'|'));
    }
    return rows;
}

QStringList tst_ImportBatches::notedMonths()
{
    QSqlQuery q(db());
    if (!q.exec(kNotedMonths))
        qFatal("%s", qPrintable(q.lastError().text()));
    QStringList months;
    while (q.next())
        months.append(q.value(0).toString());
    return months;
}

qint64 tst_ImportBatches::scalar(const QString &sql)
{
    return TestSupport::count(db(), sql);
}

void tst_ImportBatches::sameIdsFromAnotherSourceAreOtherTickets()
{
    // Given two tickets from one system
    auto first = importTickets("INC1,Acme,EMAIL,EU,P1,2026-01-05T10:00Z,,,,open,,\n"
                               "INC2,Acme,EMAIL,EU,P2,2026-01-05T11:00Z,,,,open,,\n",
                               u"alpha"_s);
    QVERIFY2(first, qPrintable(first.errorString()));
    const QStringList before = fingerprint(u"tickets"_s);
    // When another system's export has the same ids
    auto second = importTickets("INC1,Beta,WEB,US,P3,2026-02-01T10:00Z,,,,open,,\n"
                                "INC2,Beta,WEB,US,P3,2026-02-01T11:00Z,,,,open,,\n",
                                u"beta"_s);
    QVERIFY2(second, qPrintable(second.errorString()));
    // Then they are new tickets, and the first system's are as they were
    QCOMPARE(second->inserted, 2);
    QCOMPARE(second->updated, 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), 4);
    QCOMPARE(fingerprint(u"tickets"_s).mid(0, 2), before);
}

void tst_ImportBatches::serviceNowExportBesideTheDemoChangesNoDemoTicket()
{
    // Given the demo, whose tickets are numbered INC0000001 and up (in a workspace of its own:
    // the demo brings its own users)
    mDb.reset();
    mLocation = TestBackend::freshLocation(*mDir, u"demo"_s);
    auto database = Database::open(mLocation, Database::OpenMode::CreateIfMissing);
    QVERIFY2(database, qPrintable(database.errorString()));
    mDb = std::move(*database);
    Workspace workspace(*mDb);
    QVERIFY(DemoData::populate(workspace));
    const QStringList demo = fingerprint(u"tickets"_s);
    // When the ServiceNow slice (INC0000045 and others) is imported with its preset
    ImportOptions options;
    options.userName = u"alice"_s;
    options.source = u"servicenow-prod"_s;
    options.preset = TicketReader::Preset::ServiceNow;
    options.rejectsPath = mDir->filePath(u"rejects.csv"_s);
    auto report = MeasurementImporter::importFile(db(), RecordKind::Ticket, kSlice,
                                                  ImportMapping(RecordKind::Ticket), options);
    QVERIFY2(report, qPrintable(report.errorString()));
    // Then every incident is a new ticket and no demo ticket changed
    QCOMPARE(report->inserted, 33);
    QCOMPARE(report->updated, 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets t JOIN tickets d ON d.number = t.number "
                    "AND d.source = 'demo' WHERE t.source = 'servicenow-prod'"_s)
                 > 0,
             true);
    QCOMPARE(fingerprint(u"tickets"_s).mid(0, demo.size()), demo);
}

void tst_ImportBatches::rollBackRestoresWhatWasThere_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second"); // changes one row, adds one, repeats one
    QTest::addColumn<QString>("table");

    const QByteArray tickets = "A,Acme,EMAIL,EU,P1,2026-01-05T10:00Z,,,,open,,\n"
                               "B,Acme,EMAIL,EU,P2,2026-01-05T11:00Z,,,,open,4,\n";
    const QByteArray changed = kHeader
                               + "A,Acme,EMAIL,EU,P1,2026-01-05T10:00Z,,2026-01-05T12:00Z,,"
                                 "resolved,5,2026-01-05T10:30Z/2026-01-05T11:00Z\n"
                                 "B,Acme,EMAIL,EU,P2,2026-01-05T11:00Z,,,,open,4,\n"
                                 "C,Acme,WEB,EU,P3,2026-01-06T09:00Z,,,,open,,\n";
    QTest::newRow("tickets") << int(RecordKind::Ticket) << kHeader + tickets << changed
                             << u"tickets"_s;
    // The same into a source holding far more tickets than the file: they are looked up one
    // by one instead of all read first, with the same outcome.
    QByteArray many;
    for (int i = 0; i < 200; ++i)
        many += "F" + QByteArray::number(i) + ",Acme,EMAIL,EU,P3,2026-01-04T10:00Z,,,,open,,\n";
    QTest::newRow("tickets-into-a-large-source")
        << int(RecordKind::Ticket) << kHeader + many + tickets << changed << u"tickets"_s;
    QTest::newRow("outages") << int(RecordKind::Outage)
                             << QByteArray("service,customer,start,end,planned\n"
                                           "EMAIL,Acme,2026-01-01T10:00Z,,false\n"
                                           "EMAIL,,2026-01-02T10:00Z,2026-01-02T11:00Z,true\n")
                             << QByteArray("service,customer,start,end,planned\n"
                                           "EMAIL,Acme,2026-01-01T10:00Z,2026-01-01T12:00Z,false\n"
                                           "EMAIL,,2026-01-02T10:00Z,2026-01-02T11:00Z,true\n"
                                           "WEB,,2026-01-03T10:00Z,2026-01-03T10:30Z,false\n")
                             << u"outages"_s;
    QTest::newRow("surveys") << int(RecordKind::Survey)
                             << QByteArray(
                                    "ticket_id,customer,date,score\nA,Acme,2026-01-05T10:00Z,2\n"
                                    "B,Acme,2026-01-05T11:00Z,4\n")
                             << QByteArray(
                                    "ticket_id,customer,date,score\nA,Acme,2026-01-05T10:00Z,3\n"
                                    "B,Acme,2026-01-05T11:00Z,4\nC,Acme,2026-01-06T11:00Z,5\n")
                             << u"surveys"_s;
}

void tst_ImportBatches::rollBackRestoresWhatWasThere()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QFETCH(QString, table);

    // Given a first import and a second that changes one row, adds one and repeats one
    auto one = import(RecordKind(kind), first, u"alpha"_s);
    QVERIFY2(one, qPrintable(one.errorString()));
    const QStringList before = fingerprint(table);
    auto two = import(RecordKind(kind), second, u"alpha"_s);
    QVERIFY2(two, qPrintable(two.errorString()));
    QCOMPARE(two->inserted, 1);
    QCOMPARE(two->updated, 1);
    QCOMPARE(two->unchanged, 1);
    QVERIFY(fingerprint(table) != before);
    // When the second batch is rolled back
    auto undone = MeasurementImporter::rollBack(db(), two->batchId, u"bob"_s);
    QVERIFY2(undone, qPrintable(undone.errorString()));
    // Then the rows are exactly as after the first, and the batch says who undid it
    QCOMPARE(undone->removed, 1);
    QCOMPARE(undone->restored, 1);
    QCOMPARE(fingerprint(table), before);
    auto batches = MeasurementImporter::batches(db());
    QVERIFY(batches);
    QCOMPARE(batches->size(), 2);
    QCOMPARE(batches->first().id, two->batchId);
    QVERIFY(batches->first().rolledBackAt.has_value());
    QCOMPARE(batches->first().rolledBackBy, u"bob"_s);
    QVERIFY(!batches->last().rolledBackAt.has_value());
    // And it cannot be rolled back twice
    auto again = MeasurementImporter::rollBack(db(), two->batchId, u"bob"_s);
    QVERIFY(!again);
    QVERIFY2(again.errorString().contains(u"rolled back already"_s),
             qPrintable(again.errorString()));
    // Nor can a batch that does not exist
    auto missing = MeasurementImporter::rollBack(db(), 999, u"bob"_s);
    QVERIFY(!missing);
    QVERIFY2(missing.errorString().contains(u"no import batch 999"_s),
             qPrintable(missing.errorString()));
}

void tst_ImportBatches::onlyAnActiveUserImportsOrRollsBack_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("reason");
    QTest::newRow("nobody named") << QString() << u"no user is named"_s;
    QTest::newRow("reserved name") << u"system"_s << u"reserved"_s;
    QTest::newRow("reserved name, other case") << u" System "_s << u"reserved"_s;
    QTest::newRow("not a user") << u"mallory"_s << u"mallory"_s;
    QTest::newRow("deactivated") << u"gone"_s << u"gone"_s;
}

void tst_ImportBatches::onlyAnActiveUserImportsOrRollsBack()
{
    QFETCH(QString, user);
    QFETCH(QString, reason);
    // Given a batch imported by ann, and a user who was deactivated since
    User gone;
    gone.name = u"gone"_s;
    gone.roles = {Role::Analyst};
    gone.active = false;
    QVERIFY(UserDirectory(db()).addAsSystem(gone));
    auto first = importTickets("INC1,Acme,EMAIL,EU,P1,2026-01-05T10:00Z,,,,open,,\n", u"alpha"_s);
    QVERIFY2(first, qPrintable(first.errorString()));
    const QStringList tickets = fingerprint(u"tickets"_s);
    const QStringList batches = fingerprint(u"import_batches"_s);
    // When someone who is not an active user imports a file or rolls the batch back
    auto imported = importTickets("INC1,Acme,EMAIL,EU,P1,2026-01-05T10:00Z,,,,closed,,\n"
                                  "INC2,Acme,EMAIL,EU,P1,2026-01-06T10:00Z,,,,open,,\n",
                                  u"alpha"_s, user);
    auto undone = MeasurementImporter::rollBack(db(), first->batchId, user);
    // Then both are refused with the reason, and nothing stored changed
    QVERIFY(!imported);
    QVERIFY2(imported.errorString().contains(reason, Qt::CaseInsensitive),
             qPrintable(imported.errorString()));
    QVERIFY(!undone);
    QVERIFY2(undone.errorString().contains(reason, Qt::CaseInsensitive),
             qPrintable(undone.errorString()));
    QCOMPARE(fingerprint(u"tickets"_s), tickets);
    QCOMPARE(fingerprint(u"import_batches"_s), batches);
}

void tst_ImportBatches::rollBackWaitsForLaterBatches()
{
    // Given a ticket imported, then changed by a later import
    auto one = importTickets("A,Acme,EMAIL,EU,P1,2026-01-05T10:00Z,,,,open,,\n", u"alpha"_s);
    QVERIFY(one);
    auto two = importTickets("A,Acme,EMAIL,EU,P1,2026-01-05T10:00Z,,,,closed,,\n", u"alpha"_s);
    QVERIFY(two);
    // When the first batch is rolled back, it is refused and names the later one
    auto refused = MeasurementImporter::rollBack(db(), one->batchId, u"bob"_s);
    QVERIFY(!refused);
    QVERIFY2(refused.errorString().contains(u"batch %1"_s.arg(two->batchId)),
             qPrintable(refused.errorString()));
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets WHERE status = 'closed'"_s), 1);
    // Then in order, later first, both go and nothing is left
    QVERIFY(MeasurementImporter::rollBack(db(), two->batchId, u"bob"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets WHERE status = 'open'"_s), 1);
    QVERIFY(MeasurementImporter::rollBack(db(), one->batchId, u"bob"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), 0);
}

void tst_ImportBatches::batchKeepsHashUserAndCounts()
{
    const QByteArray csv = kHeader
                           + "A,Acme,EMAIL,EU,P1,2026-01-05T10:00Z,,,,open,,\n"
                             "B,Acme,EMAIL,EU,P1,not a date,,,,open,,\n";
    ImportOptions options;
    options.source = u"alpha"_s;
    options.userName = u"ann"_s;
    options.rejectsPath = mDir->filePath(u"rejects.csv"_s);
    const QString path = write(u"hash.csv"_s, csv);
    auto report = MeasurementImporter::importFile(db(), RecordKind::Ticket, path,
                                                  ImportMapping(RecordKind::Ticket), options);
    QVERIFY2(report, qPrintable(report.errorString()));
    auto batches = MeasurementImporter::batches(db());
    QVERIFY(batches);
    QCOMPARE(batches->size(), 1);
    const ImportBatch &b = batches->first();
    QCOMPARE(b.id, report->batchId);
    QCOMPARE(b.kind, u"tickets"_s);
    QCOMPARE(b.source, u"alpha"_s);
    QCOMPARE(b.userName, u"ann"_s);
    QVERIFY(b.fileName.endsWith(u"hash.csv"_s));
    QCOMPARE(b.sha256, QString::fromLatin1(
                           QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(b.rowsRead, 2);
    QCOMPARE(b.inserted, 1);
    QCOMPARE(b.rejected, 1);
    QVERIFY(qAbs(b.importedAt - QDateTime::currentSecsSinceEpoch()) < 60);
}

void tst_ImportBatches::badSourceIsRefused_data()
{
    TestSupport::addRows<QString>("source", {{"empty", QString()},
                                             {"space", u"service now"_s},
                                             {"sql", u"x'; DROP TABLE tickets; --"_s},
                                             {"too-long", QString(65, u'a')}});
}

void tst_ImportBatches::badSourceIsRefused()
{
    QFETCH(QString, source);
    auto report = importTickets("A,Acme,EMAIL,EU,P1,2026-01-05T10:00Z,,,,open,,\n", source);
    QVERIFY(!report);
    QVERIFY2(report.errorString().contains(u"source"_s), qPrintable(report.errorString()));
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM import_batches"_s), 0);
}

void tst_ImportBatches::concurrentImportsCountTheirOwnRows()
{
    // Given four files of new tickets, imported at once over four connections
    constexpr int kFiles = 4, kRows = 500;
    QStringList paths;
    for (int f = 0; f < kFiles; ++f) {
        QByteArray csv = kHeader;
        for (int i = 0; i < kRows; ++i)
            csv += "F" + QByteArray::number(f) + "-" + QByteArray::number(i)
                   + ",Acme,EMAIL,EU,P1,2026-01-05T10:00Z,,,,open,,\n";
        paths.append(write(u"c.csv"_s, csv));
    }
    std::vector<Result<ImportReport>> reports(kFiles, Error{u"not run"_s});
    std::vector<std::thread> threads;
    for (int f = 0; f < kFiles; ++f) {
        threads.emplace_back([&, f] {
            auto database = Database::open(mLocation, Database::OpenMode::MustExist);
            if (!database) {
                reports[size_t(f)] = database.error();
                return;
            }
            ImportOptions options;
            options.source = u"alpha"_s;
            options.userName = u"ann"_s;
            reports[size_t(f)] = MeasurementImporter::importFile(
                (*database)->connection(), RecordKind::Ticket, paths.at(f),
                ImportMapping(RecordKind::Ticket), options);
        });
    }
    for (std::thread &t : threads)
        t.join();
    // Then each reports its own rows, and all are stored
    for (const auto &report : reports) {
        QVERIFY2(report, qPrintable(report.errorString()));
        QCOMPARE(report->inserted, kRows);
        QCOMPARE(report->updated, 0);
    }
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), kFiles * kRows);
    QCOMPARE(scalar(u"SELECT sum(inserted) FROM import_batches"_s), kFiles * kRows);
}

void tst_ImportBatches::surveyAboutASharedNumberCountsOnce()
{
    // Given two customers, each with an INC1 from its own system, and a survey about INC1
    Workspace workspace(*mDb);
    for (const QString &name : {u"Acme"_s, u"Beta"_s}) {
        Party party;
        party.name = name;
        QVERIFY(workspace.insert(party));
    }
    QVERIFY(importTickets("INC1,Acme,EMAIL,EU,P1,2026-01-05T10:00Z,,,,open,,\n", u"alpha"_s));
    QVERIFY(importTickets("INC1,Beta,EMAIL,EU,P1,2026-01-05T10:00Z,,,,open,,\n", u"beta"_s));
    QVERIFY(
        import(RecordKind::Survey, "ticket_id,date,score\nINC1,2026-01-06T10:00Z,5\n", u"alpha"_s));
    // When the KPIs are computed
    KpiOptions options;
    options.asOf = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    QVERIFY(KpiEngine::recompute(db(), options));
    // Then the answer counts once
    QCOMPARE(scalar(u"SELECT sum(answers) FROM kpi_satisfaction"_s), 1);
}

void tst_ImportBatches::refusedRowNamesItsLineAndStoresNothing_data()
{
    // New tickets are written many at a time: the refused one may be anywhere in such a group,
    // or among the last few rows of the file.
    QTest::addColumn<int>("refused");
    QTest::newRow("first") << 1;
    QTest::newRow("last-of-the-first-group") << 64;
    QTest::newRow("first-of-the-second-group") << 65;
    QTest::newRow("among-the-last-rows") << 140;
}

void tst_ImportBatches::refusedRowNamesItsLineAndStoresNothing()
{
    QFETCH(int, refused);
    if (TestBackend::isPostgres())
        QSKIP("the refusing trigger is written in SQLite's dialect");
    // Given a workspace that refuses one of the tickets when it is stored
    QSqlQuery refuse(db());
    QVERIFY2(refuse.exec(uR"(CREATE TRIGGER refuse_one BEFORE INSERT ON tickets
                               WHEN NEW.number = 'T%1' BEGIN SELECT RAISE(ABORT, 'refused'); END)"_s
                             .arg(refused)),
             qPrintable(refuse.lastError().text()));
    // When a file of 150 tickets is imported
    auto report = import(RecordKind::Ticket, tickets(150), u"alpha"_s);
    // Then the import fails naming that ticket's line (the header is line 1)
    QVERIFY(!report);
    QVERIFY2(report.errorString().contains(u".csv:%1: "_s.arg(refused + 1)),
             qPrintable(report.errorString()));
    QVERIFY2(report.errorString().contains(u"refused"_s), qPrintable(report.errorString()));
    // And nothing of it is stored, and the table keeps its indexes
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM import_batches"_s), 0);
    QCOMPARE(scalar(kCustomerIndex), 1);
}

void tst_ImportBatches::ticketNamedTwiceKeepsTheLaterLine_data()
{
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("again");
    QTest::newRow("in-the-same-group") << 3 << 10;
    QTest::newRow("in-a-later-group") << 3 << 70;
    QTest::newRow("among-the-last-rows") << 130 << 140;
}

void tst_ImportBatches::ticketNamedTwiceKeepsTheLaterLine()
{
    QFETCH(int, first);
    QFETCH(int, again);
    // Given a file of 150 tickets in which one line names an earlier ticket again, resolved
    QByteArray csv = tickets(150);
    QList<QByteArray> lines = csv.split('\n');
    lines[again] = "T" + QByteArray::number(first)
                   + ",Acme,EMAIL,EU,P2,2026-01-05T11:00Z,,2026-01-05T12:00Z,,resolved,,";
    // When it is imported
    auto report = import(RecordKind::Ticket, lines.join('\n'), u"alpha"_s);
    QVERIFY2(report, qPrintable(report.errorString()));
    // Then the ticket is stored once, as the later line has it, and added by the batch
    QCOMPARE(report->inserted, 149);
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), 149);
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets WHERE number = 'T%1' AND status = 'resolved' "
                    "AND priority = 'P2' AND batch_id = %2"_s.arg(first)
                        .arg(report->batchId)),
             1);
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets WHERE number = 'T%1'"_s.arg(again)), 0);
    // And the table keeps its indexes, though a file this large sets them aside meanwhile
    if (!TestBackend::isPostgres()) {
        QCOMPARE(scalar(kCustomerIndex), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM tickets INDEXED BY tickets_customer_service "
                        "WHERE customer = 'Acme' AND service = 'EMAIL'"_s),
                 149);
    }
}

void tst_ImportBatches::importBesideAnUnfinishedReadStoresItsTickets()
{
    if (TestBackend::isPostgres())
        QSKIP("SQLite's refusal to drop an index while the connection reads");
    // Given a read of the connection left unfinished, as a window's list leaves it
    QVERIFY(import(RecordKind::Ticket, tickets(3), u"alpha"_s));
    QSqlQuery reading(db());
    reading.setForwardOnly(true);
    QVERIFY(reading.exec(u"SELECT number FROM tickets ORDER BY id"_s) && reading.next());
    // When a file larger than the table is imported (which sets its indexes aside if it can)
    auto report = import(RecordKind::Ticket, tickets(150), u"beta"_s);
    // Then its tickets are stored all the same, and the table keeps its indexes
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(report->inserted, 150);
    reading.finish();
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), 153);
    QCOMPARE(scalar(kCustomerIndex), 1);
}

void tst_ImportBatches::importNotesTheMonthsOfTheRowsItAdds_data()
{
    QTest::addColumn<bool>("surveys"); // else tickets, noted by the month they were opened
    QTest::addColumn<int>("count");
    // A file of a few rows leaves it to the schema's trigger; a large one, on SQLite, sets the
    // trigger aside and notes the months itself. The importer judges a file's rows by its size
    // (about a hundred bytes a row): a survey line is short.
    QTest::newRow("tickets, small file") << false << 20;
    QTest::newRow("tickets, large file") << false << 3000;
    QTest::newRow("surveys, small file") << true << 20;
    QTest::newRow("surveys, large file") << true << 8000;
}

void tst_ImportBatches::importNotesTheMonthsOfTheRowsItAdds()
{
    QFETCH(bool, surveys);
    QFETCH(int, count);
    const RecordKind kind = surveys ? RecordKind::Survey : RecordKind::Ticket;
    const auto file = surveys ? surveysAnsweredAt : ticketsOpenedAt;
    // Given a workspace whose KPIs are up to date with its rows, and one stored row
    QVERIFY(import(kind, file({"2026-02-10T10:00Z"}, 1), u"alpha"_s));
    QVERIFY(Sql::exec(db(), u"DELETE FROM kpi_dirty_months"_s));
    // When a file adds rows at the edges of UTC months and of the years Accordo supports (one
    // of its lines the stored row, unchanged)
    auto report = import(
        kind,
        file({"2026-02-10T10:00Z", "2025-12-31T23:59:59Z", "2026-01-01T00:00:00Z",
              "2026-04-01T01:30:00+02:00", "1970-01-01T00:00:00Z", "2199-12-31T23:59:59Z"},
             count),
        u"alpha"_s);
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(report->inserted, count - 1);
    // Then the months noted are those of the rows it added, by UTC, and no other
    QCOMPARE(notedMonths(),
             (QStringList{u"1970-01"_s, u"2025-12"_s, u"2026-01"_s, u"2026-03"_s, u"2199-12"_s}));
    // And a row added later still notes its month
    QVERIFY(Sql::exec(db(), u"DELETE FROM kpi_dirty_months"_s));
    QVERIFY(Sql::exec(db(), surveys ? u"INSERT INTO surveys (ticket_number, answered_at, score) "
                                      "VALUES ('LATER', 1782864000, 3)"_s
                                    : u"INSERT INTO tickets (number, customer, opened_at) "
                                      "VALUES ('LATER', 'x', 1782864000)"_s));
    QCOMPARE(notedMonths(), QStringList{u"2026-07"_s});
}

void tst_ImportBatches::refusedImportKeepsNotingMonths()
{
    // Given a large file with one bad row
    QByteArray csv = ticketsOpenedAt({}, 3000);
    csv += "BAD,Acme,EMAIL,EU,P1,not-a-time,,,,open,,\n";
    // When it is refused
    QVERIFY(!import(RecordKind::Ticket, csv, u"alpha"_s));
    // Then nothing is noted, and a ticket added later still notes its month
    QCOMPARE(notedMonths(), QStringList());
    QVERIFY(Sql::exec(db(), u"INSERT INTO tickets (number, customer, opened_at) "
                            "VALUES ('LATER', 'x', 1782864000)"_s));
    QCOMPARE(notedMonths(), QStringList{u"2026-07"_s});
}

QTEST_GUILESS_MAIN(tst_ImportBatches)
#include "tst_importbatches.moc"
