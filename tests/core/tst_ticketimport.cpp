#include "measurement/importmapping.h"
#include "measurement/measurementimporter.h"
#include "storage/database.h"
#include "testfixtures.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Accordo;
using namespace Qt::StringLiterals;

namespace {

const QString kSlice = QStringLiteral(ACCORDO_SOURCE_DIR "/tests/core/data/servicenow-slice.csv");

const QByteArray kHeader =
    "id,customer,service,region,priority,opened_at,first_response_at,resolved_at,closed_at,"
    "status,satisfaction,pauses\n";

} // namespace

/// Importing tickets, outages and surveys: mappings, bad rows, atomicity, re-import, presets.
class tst_TicketImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void canonicalRowIsStoredInUtcSeconds();
    void mapping_data();
    void mapping();
    void mappingErrors_data();
    void mappingErrors();
    void badRowsNameLineFieldAndReason_data();
    void badRowsNameLineFieldAndReason();
    void failingRowInTheMiddleImportsNothing();
    void reimportUpdatesAndNeverDuplicates();
    void skipBadImportsGoodRowsAndWritesRejects();
    void serviceNowSliceFoldsIncidents();
    void cancelledImportKeepsNothing();
    void serviceNowPresetTakesConstantsAndZoneFromMapping();
    void outagesAndSurveys();
    void instantsOutsideTheSupportedYearsAreRefused_data();
    void instantsOutsideTheSupportedYearsAreRefused();
    void serviceNowRowsMustMatchTheHeader_data();
    void serviceNowRowsMustMatchTheHeader();
    void encodingIsCheckedOrDeclared_data();
    void encodingIsCheckedOrDeclared();
    void rejectsMayNotOverwriteTheInput_data();
    void rejectsMayNotOverwriteTheInput();
    void rejectsAreWrittenOnlyAfterTheCommit();
    void largeFileSetsTheIndexesAsideAndMakesThemAgain_data();
    void largeFileSetsTheIndexesAsideAndMakesThemAgain();

private:
    QString write(const QString &name, const QByteArray &content);
    QSqlDatabase db() const { return mDb->connection(); }
    Result<ImportReport> importTickets(const QByteArray &csv, const QByteArray &mappingJson = {},
                                       const QString &rejects = {});
    qint64 scalar(const QString &sql);
    // The columns of the first row `sql` answers, as text; empty when it answers no row.
    QStringList row(const QString &sql);
    // What ann imports the ServiceNow slice with: its preset, and rejects.csv in the folder.
    ImportOptions serviceNowOptions() const;
    // Checks that an import was refused with a message that contains `message`, and that no
    // ticket is stored.
    void checkRefused(const Result<ImportReport> &report, const QString &message);

    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<Database> mDb;
};

void tst_TicketImport::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QCOMPARE(
        TestFixtures::create(mDir->filePath(u"w.accordo"_s), mDb, {{u"ann"_s, {Role::Analyst}}}),
        QString());
}

void tst_TicketImport::cleanup()
{
    mDb.reset();
    mDir.reset();
}

QString tst_TicketImport::write(const QString &name, const QByteArray &content)
{
    return TestSupport::writeFile(mDir->filePath(name), content);
}

Result<ImportReport> tst_TicketImport::importTickets(const QByteArray &csv,
                                                     const QByteArray &mappingJson,
                                                     const QString &rejects)
{
    ImportMapping mapping(RecordKind::Ticket);
    if (!mappingJson.isEmpty()) {
        auto parsed = ImportMapping::fromJson(mappingJson, RecordKind::Ticket, u"m.json"_s);
        if (!parsed)
            return parsed.error();
        mapping = *parsed;
    }
    ImportOptions options;
    options.userName = u"ann"_s;
    options.rejectsPath = rejects;
    return MeasurementImporter::importFile(db(), RecordKind::Ticket, write(u"t.csv"_s, csv),
                                           mapping, options);
}

ImportOptions tst_TicketImport::serviceNowOptions() const
{
    ImportOptions options;
    options.userName = u"ann"_s;
    options.preset = TicketReader::Preset::ServiceNow;
    options.rejectsPath = mDir->filePath(u"rejects.csv"_s);
    return options;
}

void tst_TicketImport::checkRefused(const Result<ImportReport> &report, const QString &message)
{
    QVERIFY(!report);
    QVERIFY2(report.errorString().contains(message), qPrintable(report.errorString()));
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), 0);
}

QStringList tst_TicketImport::row(const QString &sql)
{
    QSqlQuery query(db());
    QStringList columns;
    if (query.exec(sql) && query.next()) {
        for (int i = 0; i < query.record().count(); ++i)
            columns.append(query.value(i).toString());
    }
    return columns;
}

qint64 tst_TicketImport::scalar(const QString &sql)
{
    QSqlQuery query(db());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).isNull() ? -2 : query.value(0).toLongLong();
}

void tst_TicketImport::canonicalRowIsStoredInUtcSeconds()
{
    // Given a canonical file with an offset, a naive instant (UTC by default) and a pause
    auto report = importTickets(kHeader
                                + "T-1,Acme,EMAIL,EU,P1,2026-03-02T09:00:00+01:00,"
                                  "2026-03-02 08:30,,,open,4,"
                                  "2026-03-02T09:00Z/2026-03-02T10:00Z\n");
    QVERIFY2(report, qPrintable(report.errorString()));
    // Then one ticket is stored with epoch seconds and NULL for what is missing
    QCOMPARE(report->records, 1);
    QCOMPARE(report->inserted, 1);
    QCOMPARE(scalar(u"SELECT opened_at FROM tickets"_s), 1772438400);
    QCOMPARE(scalar(u"SELECT first_response_at FROM tickets"_s), 1772440200);
    QCOMPARE(scalar(u"SELECT resolved_at FROM tickets"_s), -2);
    QCOMPARE(scalar(u"SELECT satisfaction FROM tickets"_s), 4);
    QCOMPARE(row(u"SELECT pauses, customer FROM tickets"_s),
             (QStringList{u"1772442000-1772445600"_s, u"Acme"_s}));
}

void tst_TicketImport::mapping_data()
{
    QTest::addColumn<QByteArray>("mapping");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariant>("expected");

    const QByteArray foreign = "Number,Opened,Prio,Done\nX-9,29/2/2016 04:40,1 - Critical,?\n";
    const QByteArray base = R"("columns": {"id": "Number", "opened_at": "Opened",
                                "priority": "Prio", "resolved_at": "Done"},
                               "date_format": "D/M/YYYY HH:MM", "missing": ["?"])";
    QTest::newRow("columns-and-date-format")
        << "{" + base + "}" << foreign << u"SELECT opened_at FROM tickets"_s
        << QVariant(qint64(1456720800));
    QTest::newRow("question-mark-is-missing")
        << "{" + base + "}" << foreign << u"SELECT resolved_at IS NULL FROM tickets"_s
        << QVariant(qint64(1));
    QTest::newRow("constant-customer")
        << "{" + base + R"(, "constants": {"customer": "Acme"}})" << foreign
        << u"SELECT customer FROM tickets"_s << QVariant(u"Acme"_s);
    QTest::newRow("value-translation")
        << "{" + base + R"(, "values": {"priority": {"1 - Critical": "P1"}}})" << foreign
        << u"SELECT priority FROM tickets"_s << QVariant(u"P1"_s);
    QTest::newRow("naive-time-in-zone-winter")
        << "{" + base + R"(, "time_zone": "Europe/Rome"})" << foreign
        << u"SELECT opened_at FROM tickets"_s << QVariant(qint64(1456720800 - 3600));
    QTest::newRow("naive-time-in-zone-summer")
        << QByteArray(R"({"time_zone": "Europe/Rome"})")
        << kHeader + "S,,,,,2026-07-01 12:00,,,,,,\n"
        << u"SELECT opened_at FROM tickets"_s << QVariant(qint64(1782907200 - 7200));
}

void tst_TicketImport::mapping()
{
    QFETCH(QByteArray, mapping);
    QFETCH(QByteArray, csv);
    QFETCH(QString, sql);
    QFETCH(QVariant, expected);

    auto report = importTickets(csv, mapping);
    QVERIFY2(report, qPrintable(report.errorString()));
    QSqlQuery q(db());
    QVERIFY(q.exec(sql) && q.next());
    if (expected.typeId() == QMetaType::QString)
        QCOMPARE(q.value(0).toString(), expected.toString());
    else
        QCOMPARE(q.value(0).toLongLong(), expected.toLongLong());
}

void tst_TicketImport::mappingErrors_data()
{
    QTest::addColumn<QByteArray>("mapping");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");

    const QByteArray csv = kHeader + "A,,,,,2026-01-01T00:00Z,,,,,,\n";
    QTest::newRow("unknown-key") << QByteArray(R"({"colums": {}})") << csv
                                 << u"m.json: unknown key \"colums\""_s;
    QTest::newRow("unknown-field") << QByteArray(R"({"columns": {"opened": "x"}})") << csv
                                   << u"m.json: columns.opened: unknown field"_s;
    QTest::newRow("constant-and-column")
        << QByteArray(R"({"columns": {"customer": "c"}, "constants": {"customer": "Acme"}})") << csv
        << u"m.json: constants.customer: the field is also mapped to a column"_s;
    QTest::newRow("bad-zone") << QByteArray(R"({"time_zone": "Mars/Olympus"})") << csv
                              << u"m.json: time_zone: \"Mars/Olympus\" is not a known"_s;
    QTest::newRow("bad-date-format") << QByteArray(R"({"date_format": "D/M/YY"})") << csv
                                     << u"m.json: date_format: date format \"D/M/YY\""_s;
    QTest::newRow("mapped-column-not-in-header")
        << QByteArray(R"({"columns": {"id": "Number"}})") << csv
        << u"m.json: columns.id: the column \"Number\" is not in the header"_s;
    QTest::newRow("required-field-without-column")
        << QByteArray(R"({})") << QByteArray("id,customer\nA,B\n")
        << u"t.csv:1: no column for the required field \"opened_at\""_s;
    QTest::newRow("not-json") << QByteArray("{") << csv << u"m.json: offset 1"_s;
    QTest::newRow("column-named-twice")
        << QByteArray(R"({})") << QByteArray("id,opened_at,customer,id\nA,2026-01-01T00:00Z,B,C\n")
        << u"t.csv:1: the column \"id\" is named twice in the header (columns 1 and 4)"_s;
    QTest::newRow("unused-column-named-twice")
        << QByteArray(R"({})") << QByteArray("id,opened_at,note,note\nA,2026-01-01T00:00Z,x,y\n")
        << u"t.csv:1: the column \"note\" is named twice in the header (columns 3 and 4)"_s;
}

void tst_TicketImport::mappingErrors()
{
    QFETCH(QByteArray, mapping);
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);

    auto report = importTickets(csv, mapping);
    checkRefused(report, error);
}

void tst_TicketImport::badRowsNameLineFieldAndReason_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("error");

    QTest::newRow("missing-id") << QByteArray(",,,,,2026-01-01T00:00Z,,,,,,")
                                << u"t.csv:3: id: the ticket id is missing"_s;
    QTest::newRow("missing-opened")
        << QByteArray("B,,,,,,,,,,,") << u"t.csv:3: opened_at: the opening instant is missing"_s;
    QTest::newRow("bad-instant") << QByteArray("B,,,,,2026-02-30T00:00Z,,,,,,")
                                 << u"t.csv:3: opened_at: \"2026-02-30T00:00Z\""_s;
    QTest::newRow("resolved-before-opened")
        << QByteArray("B,,,,,2026-01-02T00:00Z,,2026-01-01T00:00Z,,,,")
        << u"t.csv:3: resolved_at: 2026-01-01T00:00:00Z comes before"_s;
    QTest::newRow("satisfaction-out-of-range") << QByteArray("B,,,,,2026-01-01T00:00Z,,,,,6,")
                                               << u"t.csv:3: satisfaction: \"6\" is not a score"_s;
    QTest::newRow("pause-without-slash")
        << QByteArray("B,,,,,2026-01-01T00:00Z,,,,,,2026-01-01T01:00Z")
        << u"t.csv:3: pauses: \"2026-01-01T01:00Z\" is not START/END"_s;
    QTest::newRow("pause-backwards")
        << QByteArray("B,,,,,2026-01-01T00:00Z,,,,,,2026-01-01T02:00Z/2026-01-01T01:00Z")
        << u"t.csv:3: pauses: the pause"_s;
    QTest::newRow("fewer-fields-than-the-header")
        << QByteArray("B,,,,,2026-01-01T00:00Z")
        << u"t.csv:3: row: the row has 6 fields, fewer than the 12 of the header"_s;
    QTest::newRow("more-fields-than-the-header")
        << QByteArray("B,,,,,2026-01-01T00:00Z,,,,,,,surplus")
        << u"t.csv:3: row: the row has 13 fields, more than the 12 of the header"_s;
}

void tst_TicketImport::badRowsNameLineFieldAndReason()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, error);

    auto report = importTickets(kHeader + "A,,,,,2026-01-01T00:00Z,,,,,,\n" + row + '\n');
    QVERIFY(!report);
    QVERIFY2(report.errorString().contains(error), qPrintable(report.errorString()));
}

void tst_TicketImport::failingRowInTheMiddleImportsNothing()
{
    // Given a workspace that already holds ticket A as first imported
    QVERIFY(importTickets(kHeader + "A,Acme,,,P1,2026-01-01T00:00Z,,,,open,,\n"));
    // When a file that would update A and add 999 tickets has one bad row in the middle
    QByteArray csv = kHeader + "A,Acme,,,P2,2026-01-01T00:00Z,,,,closed,,\n";
    for (int i = 0; i < 1000; ++i)
        csv += i == 500 ? QByteArray("BAD,,,,,yesterday,,,,,,\n")
                        : "N" + QByteArray::number(i) + ",,,,,2026-01-01T00:00Z,,,,,,\n";
    auto report = importTickets(csv);
    // Then the import is refused with the row's line, and the workspace is as it was
    QVERIFY(!report);
    QVERIFY2(report.errorString().contains(u"t.csv:503: opened_at"_s),
             qPrintable(report.errorString()));
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), 1);
    QCOMPARE(row(u"SELECT priority, status FROM tickets WHERE number = 'A'"_s),
             (QStringList{u"P1"_s, u"open"_s}));
}

void tst_TicketImport::reimportUpdatesAndNeverDuplicates()
{
    const QByteArray first = kHeader
                             + "A,Acme,,,P1,2026-01-01T00:00Z,,,,open,,\n"
                               "B,Acme,,,P2,2026-01-01T00:00Z,,,,open,,\n";
    auto r1 = importTickets(first);
    QVERIFY2(r1, qPrintable(r1.errorString()));
    QCOMPARE(r1->inserted, 2);
    // The same file again: nothing new, nothing changed
    auto r2 = importTickets(first);
    QVERIFY(r2);
    QCOMPARE(r2->inserted, 0);
    QCOMPARE(r2->updated, 0);
    QCOMPARE(r2->unchanged, 2);
    // A later export with A resolved and a new C
    auto r3 = importTickets(kHeader
                            + "A,Acme,,,P1,2026-01-01T00:00Z,,2026-01-01T05:00Z,,"
                              "resolved,,\nC,Acme,,,P3,2026-01-02T00:00Z,,,,open,,\n");
    QVERIFY(r3);
    QCOMPARE(r3->inserted, 1);
    QCOMPARE(r3->updated, 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), 3);
    QCOMPARE(scalar(u"SELECT resolved_at FROM tickets WHERE number = 'A'"_s), 1767243600);
}

void tst_TicketImport::skipBadImportsGoodRowsAndWritesRejects()
{
    const QString rejects = mDir->filePath(u"rejects.csv"_s);
    auto report = importTickets(kHeader
                                    + "A,,,,,2026-01-01T00:00Z,,,,,,\n"
                                      "B,,,,,someday,,,,,,\n"
                                      "C,,,,,2026-01-01T00:00Z,,,,,9,\n"
                                      "D,,,,,2026-01-01T00:00Z,,,,,,\n",
                                {}, rejects);
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(report->records, 2);
    QCOMPARE(report->rejected, 2);
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), 2);
    QFile file(rejects);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.value(0), QByteArray("line,field,reason,record"));
    QVERIFY(lines.value(1).startsWith("3,opened_at,"));
    QVERIFY(lines.value(1).endsWith(",\"B,,,,,someday,,,,,,\""));
    QVERIFY(lines.value(2).startsWith("4,satisfaction,\"\"\"9\"\" is not a score"));
}

void tst_TicketImport::serviceNowSliceFoldsIncidents()
{
    // Given the first 200 rows of the real export plus every row of INC0028089, whose two
    // "-100" states are not incident states
    ImportOptions options = serviceNowOptions();
    auto report = MeasurementImporter::importFile(db(), RecordKind::Ticket, kSlice,
                                                  ImportMapping(RecordKind::Ticket), options);
    QVERIFY2(report, qPrintable(report.errorString()));
    // Then one ticket per incident and the two odd rows rejected with their lines
    QCOMPARE(report->records, 33);
    QCOMPARE(report->rejected, 2);
    QCOMPARE(report->problems.at(0).line, 203);
    QCOMPARE(report->problems.at(1).line, 204);
    QCOMPARE(report->problems.at(0).field, u"incident_state"_s);
    // INC0000047: opened 29/2 04:40, leaves New at 05:30, awaits user info 1/3 09:14-09:52,
    // resolved 1/3 09:52, closed 6/3 10:00
    QCOMPARE(row(u"SELECT opened_at, first_response_at, resolved_at, closed_at, pauses, status, "
                 "priority, service, region FROM tickets WHERE number = 'INC0000047'"_s),
             (QStringList{u"1456720800"_s, u"1456723800"_s, u"1456825920"_s, u"1457258400"_s,
                          u"1456823640-1456825920"_s, u"Closed"_s, u"P3"_s, u"Category 40"_s,
                          u"Location 165"_s}));
    // And without --skip-bad the same file imports nothing
    QSqlQuery q(db());
    QVERIFY(q.exec(u"DELETE FROM tickets"_s));
    options.rejectsPath.clear();
    auto strict = MeasurementImporter::importFile(db(), RecordKind::Ticket, kSlice,
                                                  ImportMapping(RecordKind::Ticket), options);
    QVERIFY(!strict);
    QVERIFY2(strict.errorString().contains(u"servicenow-slice.csv:203: incident_state"_s),
             qPrintable(strict.errorString()));
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), 0);
}

void tst_TicketImport::cancelledImportKeepsNothing()
{
    // Given an import of the slice that is cancelled while it reads
    ImportOptions options = serviceNowOptions();
    options.cancelled = [] { return true; };

    // When it runs
    auto report = MeasurementImporter::importFile(db(), RecordKind::Ticket, kSlice,
                                                  ImportMapping(RecordKind::Ticket), options);

    // Then it fails saying so and no ticket is kept
    checkRefused(report, u"cancelled"_s);
}

void tst_TicketImport::serviceNowPresetTakesConstantsAndZoneFromMapping()
{
    // Given a mapping that names the customer and the zone of the export's naive times
    auto mapping = ImportMapping::fromJson(R"({"constants": {"customer": "Acme"},
                                               "values": {"service": {"Category 40": "EMAIL"}},
                                               "time_zone": "Europe/Rome"})",
                                           RecordKind::Ticket, u"m.json"_s);
    QVERIFY2(mapping, qPrintable(mapping.errorString()));
    const ImportOptions options = serviceNowOptions();
    auto report = MeasurementImporter::importFile(db(), RecordKind::Ticket, kSlice, *mapping,
                                                  options);
    QVERIFY2(report, qPrintable(report.errorString()));
    // Then every ticket is Acme's, Category 40 is translated, and 04:40 in Rome is 03:40 UTC
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets WHERE customer <> 'Acme'"_s), 0);
    QCOMPARE(row(u"SELECT service, opened_at FROM tickets WHERE number = 'INC0000047'"_s),
             (QStringList{u"EMAIL"_s, QString::number(1456720800 - 3600)}));
}

void tst_TicketImport::outagesAndSurveys()
{
    ImportOptions byAnn;
    byAnn.userName = u"ann"_s;
    const QString outages = write(u"o.csv"_s,
                                  "service,customer,start,end,planned\n"
                                  "EMAIL,Acme,2026-01-01T10:00Z,2026-01-01T11:00Z,true\n"
                                  "EMAIL,,2026-01-02T10:00Z,,no\n");
    const ImportMapping outageMapping(RecordKind::Outage);
    auto r1 = MeasurementImporter::importFile(db(), RecordKind::Outage, outages, outageMapping,
                                              byAnn);
    QVERIFY2(r1, qPrintable(r1.errorString()));
    auto r2 = MeasurementImporter::importFile(db(), RecordKind::Outage, outages, outageMapping,
                                              byAnn);
    QVERIFY(r2);
    QCOMPARE(r2->inserted, 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM outages"_s), 2);
    QCOMPARE(scalar(u"SELECT sum(planned) FROM outages"_s), 1);

    const QString badOutage = write(u"o2.csv"_s, "service,start,end\nEMAIL,2026-01-02T10:00Z,"
                                                 "2026-01-01T10:00Z\n");
    auto r3 = MeasurementImporter::importFile(db(), RecordKind::Outage, badOutage, outageMapping,
                                              byAnn);
    QVERIFY(!r3);
    QVERIFY2(r3.errorString().contains(u"o2.csv:2: end: the end comes before the start"_s),
             qPrintable(r3.errorString()));

    auto surveyMapping = ImportMapping::fromJson(
        R"({"columns": {"ticket_id": "Ticket", "date": "When", "score": "Stars"},
            "date_format": "D/M/YYYY HH:MM"})",
        RecordKind::Survey, u"s.json"_s);
    QVERIFY2(surveyMapping, qPrintable(surveyMapping.errorString()));
    const QString surveys = write(u"s.csv"_s, "Ticket,When,Stars\nA,1/3/2016 10:00,5\n"
                                              "B,1/3/2016 11:00,0\n");
    auto r4 = MeasurementImporter::importFile(db(), RecordKind::Survey, surveys, *surveyMapping,
                                              byAnn);
    QVERIFY(!r4);
    QVERIFY2(r4.errorString().contains(u"s.csv:3: score: \"0\" is not a score from 1 to 5"_s),
             qPrintable(r4.errorString()));
    ImportOptions skip;
    skip.userName = u"ann"_s;
    skip.rejectsPath = mDir->filePath(u"sr.csv"_s);
    auto r5 = MeasurementImporter::importFile(db(), RecordKind::Survey, surveys, *surveyMapping,
                                              skip);
    QVERIFY(r5);
    QCOMPARE(scalar(u"SELECT score FROM surveys WHERE ticket_number = 'A'"_s), 5);
}

void tst_TicketImport::instantsOutsideTheSupportedYearsAreRefused_data()
{
    QTest::addColumn<QByteArray>("mapping");
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("year");

    QTest::newRow("iso-opened-1969")
        << QByteArray("{}") << QByteArray("B,,,,,1969-12-31T23:59:59Z,,,,,,")
        << u"t.csv:2: opened_at: "_s << u"1969"_s;
    QTest::newRow("iso-resolved-2200")
        << QByteArray("{}") << QByteArray("B,,,,,2026-01-01T00:00Z,,2200-01-01T00:00Z,,,,")
        << u"t.csv:2: resolved_at: "_s << u"2200"_s;
    QTest::newRow("iso-pause-end-9999")
        << QByteArray("{}")
        << QByteArray("B,,,,,2026-01-01T00:00Z,,,,,,2026-01-01T01:00Z/9999-01-01T00:00Z")
        << u"t.csv:2: pauses: "_s << u"9999"_s;
    const QByteArray pattern = R"({"date_format": "D/M/YYYY HH:MM"})";
    QTest::newRow("pattern-opened-1900")
        << pattern << QByteArray("B,,,,,1/1/1900 00:00,,,,,,") << u"t.csv:2: opened_at: "_s
        << u"\"1/1/1900 00:00\": the year 1900 is outside the years Accordo supports "
           "(1970 to 2199)"_s;
    QTest::newRow("pattern-closed-0001")
        << pattern << QByteArray("B,,,,,1/1/2026 00:00,,,1/1/0001 00:00,,,")
        << u"t.csv:2: closed_at: "_s << u"the year 1 is outside"_s;
    QTest::newRow("pattern-first-response-2300")
        << pattern << QByteArray("B,,,,,1/1/2026 00:00,31/12/2300 23:59,,,,,")
        << u"t.csv:2: first_response_at: "_s << u"the year 2300 is outside"_s;
}

void tst_TicketImport::instantsOutsideTheSupportedYearsAreRefused()
{
    QFETCH(QByteArray, mapping);
    QFETCH(QByteArray, row);
    QFETCH(QString, where);
    QFETCH(QString, year);

    auto report = importTickets(kHeader + row + '\n', mapping);
    QVERIFY(!report);
    QVERIFY2(report.errorString().contains(where), qPrintable(report.errorString()));
    QVERIFY2(report.errorString().contains(year), qPrintable(report.errorString()));
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), 0);
}

void tst_TicketImport::serviceNowRowsMustMatchTheHeader_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");

    QFile slice(kSlice);
    if (!slice.open(QIODevice::ReadOnly))
        qFatal("cannot read the slice");
    const QByteArray header = slice.readLine();
    const QByteArray row = slice.readLine().trimmed();
    QTest::newRow("one-field-more") << header + row + ",surplus\n"
                                    << u"t.csv:2: row: the row has 37 fields, more than the 36 of "
                                       "the header"_s;
    QTest::newRow("last-field-missing")
        << header + row.left(row.lastIndexOf(',')) + '\n'
        << u"t.csv:2: row: the row has 35 fields, fewer than the 36 of the header"_s;
    QTest::newRow("column-named-twice")
        << QByteArray(header.trimmed() + ",category\n" + row + ",x\n")
        << u"t.csv:1: the column \"category\" is named twice in the header (columns 17 and 37)"_s;
    QTest::newRow("opened-in-1900")
        << header + QByteArray(row).replace("29/2/2016 01:16", "1/1/1900 01:16") + '\n'
        << u"t.csv:2: opened_at: \"1/1/1900 01:16\": the year 1900 is outside"_s;
}

void tst_TicketImport::serviceNowRowsMustMatchTheHeader()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);

    ImportOptions options;
    options.userName = u"ann"_s;
    options.preset = TicketReader::Preset::ServiceNow;
    auto report = MeasurementImporter::importFile(db(), RecordKind::Ticket, write(u"t.csv"_s, csv),
                                                  ImportMapping(RecordKind::Ticket), options);
    checkRefused(report, error);
}

void tst_TicketImport::encodingIsCheckedOrDeclared_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("customer"); // as the file holds it
    QTest::addColumn<QString>("stored");      // empty: refused
    QTest::addColumn<QString>("error");

    QTest::newRow("latin1-undeclared")
        << QString() << QByteArray("Caf\xE9") << QString()
        << u"t.csv: line 3 is not valid UTF-8; use --encoding latin1 if the file is Latin-1"_s;
    QTest::newRow("latin1-declared")
        << u"latin1"_s << QByteArray("Caf\xE9") << u"Café"_s << QString();
    QTest::newRow("windows-1252-declared") << u"windows-1252"_s << QByteArray("\x84Quote\x93 GmbH")
                                           << u"\u201eQuote\u201c GmbH"_s << QString();
    QTest::newRow("utf-8") << u"utf-8"_s << QByteArray("Caf\xC3\xA9") << u"Café"_s << QString();
}

void tst_TicketImport::encodingIsCheckedOrDeclared()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, customer);
    QFETCH(QString, stored);
    QFETCH(QString, error);

    ImportOptions options;
    options.userName = u"ann"_s;
    options.encoding = encoding;
    const QByteArray csv = kHeader + "A,Plain,,,,2026-01-01T00:00Z,,,,,,\n" + "B," + customer
                           + ",,,,2026-01-01T00:00Z,,,,,,\n";
    auto report = MeasurementImporter::importFile(db(), RecordKind::Ticket, write(u"t.csv"_s, csv),
                                                  ImportMapping(RecordKind::Ticket), options);
    if (stored.isEmpty()) {
        checkRefused(report, error);
        return;
    }
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(row(u"SELECT customer FROM tickets WHERE number = 'B'"_s), QStringList{stored});
}

void tst_TicketImport::rejectsMayNotOverwriteTheInput_data()
{
    // The rejects file, relative to the temporary folder.
    TestSupport::addRows<QString>("rejects", {{"same-path", u"t.csv"_s},
                                              {"dot-segments", u"sub/../t.csv"_s},
                                              {"through-a-link", u"link.csv"_s}});
}

void tst_TicketImport::rejectsMayNotOverwriteTheInput()
{
    QFETCH(QString, rejects);

    QVERIFY(QDir(mDir->path()).mkdir(u"sub"_s));
    const QByteArray csv = kHeader
                           + "A,,,,,2026-01-01T00:00Z,,,,,,\n"
                             "B,,,,,someday,,,,,,\n";
    const QString input = write(u"t.csv"_s, csv);
    QVERIFY(QFile::link(input, mDir->filePath(u"link.csv"_s)));
    ImportOptions options;
    options.userName = u"ann"_s;
    options.rejectsPath = mDir->filePath(rejects);
    auto report = MeasurementImporter::importFile(db(), RecordKind::Ticket, input,
                                                  ImportMapping(RecordKind::Ticket), options);
    checkRefused(report, u"cannot be written to the file being imported"_s);
    QFile file(input);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), csv);
}

void tst_TicketImport::rejectsAreWrittenOnlyAfterTheCommit()
{
    // Given a workspace whose batch bookkeeping fails at the end of the import
    QSqlQuery q(db());
    QVERIFY(q.exec(u"CREATE TRIGGER refuse_counts BEFORE UPDATE ON import_batches "
                   "BEGIN SELECT RAISE(ABORT, 'counts refused'); END"_s));
    // When an import that skips its bad rows fails there
    const QString rejects = mDir->filePath(u"rejects.csv"_s);
    const QByteArray csv = kHeader
                           + "A,,,,,2026-01-01T00:00Z,,,,,,\n"
                             "B,,,,,someday,,,,,,\n";
    auto report = importTickets(csv, {}, rejects);
    QVERIFY(!report);
    // Then no rejects file tells of rows rejected from an import that did not happen
    QVERIFY2(!QFile::exists(rejects), qPrintable(report.errorString()));
    QCOMPARE(QDir(mDir->path()).entryList({u"rejects*"_s}, QDir::Files | QDir::Hidden),
             QStringList());
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), 0);
    // And once the import can commit, the file is there
    QVERIFY(q.exec(u"DROP TRIGGER refuse_counts"_s));
    report = importTickets(csv, {}, rejects);
    QVERIFY2(report, qPrintable(report.errorString()));
    QVERIFY(QFile::exists(rejects));
}

void tst_TicketImport::largeFileSetsTheIndexesAsideAndMakesThemAgain_data()
{
    // The row the file repeats or spoils comes after 10,000 rows added: the indexes, the
    // key's too, are aside by then.
    TestSupport::addRows<QString>("change", {{"new rows only", u"none"_s},
                                             {"a key named again", u"repeat"_s},
                                             {"a bad row", u"bad"_s}});
}

/// A file about as large as the table or larger sets its indexes aside once it has added
/// enough rows, and makes them again at the end, the key's unique index among them; a row found
/// by its key after that, or a refused file, leaves them as they were.
void tst_TicketImport::largeFileSetsTheIndexesAsideAndMakesThemAgain()
{
    QFETCH(QString, change);
    // Given a workspace that holds ticket A
    QVERIFY(importTickets(kHeader + "A,Acme,,,P1,2026-01-01T00:00Z,,,,open,,\n"));
    const auto indexes = [this] {
        QStringList found;
        QSqlQuery q(db());
        q.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' "
               "AND tbl_name = 'tickets' ORDER BY name"_s);
        while (q.next())
            found.append(q.value(0).toString() + u": "_s + q.value(1).toString());
        return found;
    };
    const QStringList before = indexes();
    QVERIFY2(before.join(u'|').contains(u"CREATE UNIQUE INDEX tickets_source_number"_s),
             qPrintable(before.join(u'|')));
    // The connection's settings, which the import changes while it writes and sorts.
    const auto settings = [this] {
        return row(u"PRAGMA cache_size"_s) + row(u"PRAGMA temp_store"_s);
    };
    const QStringList settingsBefore = settings();
    // When a file of 12,000 rows is imported
    QByteArray csv = kHeader;
    for (int i = 0; i < 12000; ++i) {
        if (i == 11000 && change == u"bad"_s)
            csv += "BAD,,,,,yesterday,,,,,,\n";
        else if (i == 11999 && change == u"repeat"_s)
            csv += "N5,Acme,,,P1,2026-01-02T00:00Z,,,,closed,,\n";
        else
            csv += "N" + QByteArray::number(i) + ",Acme,,,P1,2026-01-02T00:00Z,,,,open,,\n";
    }
    auto report = importTickets(csv);
    // Then the indexes are those of before, the key's unique index holds, and the rows are
    // those of the file, or of before for a refused file
    QCOMPARE(indexes(), before);
    QCOMPARE(row(u"PRAGMA integrity_check"_s), QStringList{u"ok"_s});
    QCOMPARE(settings(), settingsBefore);
    QSqlQuery twice(db());
    QVERIFY(!twice.exec(u"INSERT INTO tickets (source, number, opened_at) "
                        "SELECT source, number, opened_at FROM tickets WHERE number = 'A'"_s));
    QVERIFY2(twice.lastError().text().contains(u"UNIQUE constraint failed"_s),
             qPrintable(twice.lastError().text()));
    if (change == u"bad"_s) {
        QVERIFY(!report);
        QVERIFY2(report.errorString().contains(u"t.csv:11002: opened_at"_s),
                 qPrintable(report.errorString()));
        QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), 1);
        return;
    }
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), change == u"repeat"_s ? 12000 : 12001);
    QCOMPARE(row(u"SELECT status FROM tickets WHERE number = 'N5'"_s),
             QStringList{change == u"repeat"_s ? u"closed"_s : u"open"_s});
}

QTEST_GUILESS_MAIN(tst_TicketImport)
#include "tst_ticketimport.moc"
