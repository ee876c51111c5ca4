#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

const QString kSlice = QStringLiteral(ACCORDO_SOURCE_DIR "/tests/core/data/servicenow-slice.csv");

} // namespace

/// accordo-cli import, evaluate and backtest as a user or a script meets them, including an
/// import killed half-way.
class tst_CliMeasurement : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void strictImportRefusesTheFileAndNamesTheRow();
    void skipBadImportWritesRejects();
    void usageErrors_data();
    void usageErrors();
    void evaluateReportsVerdicts();
    void backtestWritesCsv();
    void killedImportLeavesTheWorkspaceAsItWas();
    void importHistoryAndUndo();
    void importReadsStandardInput();
    void importChecksOrDeclaresTheEncoding_data();
    void importChecksOrDeclaresTheEncoding();
    void skipBadMayNotNameTheInputOrTheWorkspace_data();
    void skipBadMayNotNameTheInputOrTheWorkspace();

private:
    qint64 ticketCount() const;

    std::unique_ptr<QTemporaryDir> mDir;
    QString mDb;
};

using Accordo::TestSupport::cli;

qint64 tst_CliMeasurement::ticketCount() const
{
    // A damaged file has no count to trust.
    if (Accordo::TestSupport::listInFile(mDb, u"PRAGMA integrity_check"_s) != QStringList{u"ok"_s})
        return -1;
    return Accordo::TestSupport::countInFile(mDb, u"SELECT count(*) FROM tickets"_s);
}

void tst_CliMeasurement::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    mDb = mDir->filePath(u"w.accordo"_s);
    const auto run = cli({u"init"_s, u"--db"_s, mDb});
    QCOMPARE(run.exitCode, 0);
    // Every import names who makes it: ann, the first administrator, and bob, an analyst
    QCOMPARE(cli({u"user"_s, u"add"_s, u"--db"_s, mDb, u"--name"_s, u"ann"_s, u"--role"_s,
                  u"administrator"_s, u"--user"_s, u"ann"_s})
                 .exitCode,
             0);
    QCOMPARE(cli({u"user"_s, u"add"_s, u"--db"_s, mDb, u"--name"_s, u"bob"_s, u"--role"_s,
                  u"analyst"_s, u"--user"_s, u"ann"_s})
                 .exitCode,
             0);
}

void tst_CliMeasurement::strictImportRefusesTheFileAndNamesTheRow()
{
    const auto run = cli({u"import"_s, u"tickets"_s, u"--db"_s, mDb, u"--file"_s, kSlice,
                          u"--preset"_s, u"servicenow"_s, u"--user"_s, u"ann"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"nothing was imported"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"servicenow-slice.csv:203: incident_state: \"-100\""_s),
             qPrintable(run.err));
    QCOMPARE(ticketCount(), 0);
}

void tst_CliMeasurement::skipBadImportWritesRejects()
{
    const QString rejects = mDir->filePath(u"rejects.csv"_s);
    const QStringList args = {u"import"_s,     u"tickets"_s, u"--db"_s,     mDb,
                              u"--file"_s,     kSlice,       u"--preset"_s, u"servicenow"_s,
                              u"--skip-bad"_s, rejects,      u"--user"_s,   u"ann"_s};
    auto run = cli(args);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Imported 33 record(s)"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"2 bad row(s) rejected"_s), qPrintable(run.out));
    QCOMPARE(ticketCount(), 33);
    QFile file(rejects);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 3);
    // The same file again updates the 33 tickets
    run = cli(args);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"0 new, 0 updated, 33 unchanged"_s), qPrintable(run.out));
    QCOMPARE(ticketCount(), 33);
}

void tst_CliMeasurement::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");

    QTest::newRow("import-what") << QStringList{u"import"_s, u"cats"_s} << 2
                                 << u"\"cats\" is not tickets, outages, surveys or observations"_s;
    QTest::newRow("import-needs-file") << QStringList{u"import"_s, u"tickets"_s} << 2
                                       << u"--db FILE and --file FILE are required"_s;
    QTest::newRow("unknown-preset")
        << QStringList{u"import"_s, u"tickets"_s, u"--db"_s,     u"x"_s,
                       u"--file"_s, u"y"_s,       u"--preset"_s, u"jira"_s}
        << 2 << u"\"jira\" is not a known preset"_s;
    QTest::newRow("missing-mapping-file")
        << QStringList{u"import"_s, u"tickets"_s, u"--db"_s,      u"x"_s,
                       u"--file"_s, u"y"_s,       u"--mapping"_s, u"/nonexistent/m.json"_s}
        << 1 << u"/nonexistent/m.json: cannot be read"_s;
    QTest::newRow("bad-source") << QStringList{u"import"_s,   u"tickets"_s,    u"--db"_s,
                                               u"x"_s,        u"--file"_s,     u"y"_s,
                                               u"--source"_s, u"service now"_s}
                                << 2 << u"--source: the source \"service now\" is not"_s;
    QTest::newRow("undo-needs-a-batch") << QStringList{u"import"_s, u"undo"_s, u"--db"_s, u"x"_s}
                                        << 2 << u"say which batch to roll back"_s;
    QTest::newRow("undo-batch-is-a-number")
        << QStringList{u"import"_s, u"undo"_s, u"last"_s, u"--db"_s, u"x"_s} << 2
        << u"say which batch to roll back"_s;
    QTest::newRow("history-format")
        << QStringList{u"import"_s, u"history"_s, u"--db"_s, u"x"_s, u"--format"_s, u"xml"_s} << 2
        << u"unknown format \"xml\""_s;
    QTest::newRow("bad-as-of") << QStringList{u"evaluate"_s, u"--db"_s, u"x"_s, u"--as-of"_s,
                                              u"tomorrow"_s}
                               << 2 << u"--as-of: \"tomorrow\""_s;
    QTest::newRow("backtest-format")
        << QStringList{u"backtest"_s, u"--tickets"_s, u"t"_s,  u"--targets"_s,
                       u"x"_s,        u"--format"_s,  u"xml"_s}
        << 2 << u"--format: \"xml\" is not csv"_s;
}

void tst_CliMeasurement::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    const auto run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(error), qPrintable(run.err));
}

void tst_CliMeasurement::evaluateReportsVerdicts()
{
    QCOMPARE(
        cli({u"import"_s, u"tickets"_s, u"--db"_s, mDb, u"--file"_s, kSlice, u"--preset"_s,
             u"servicenow"_s, u"--skip-bad"_s, mDir->filePath(u"r.csv"_s), u"--user"_s, u"ann"_s})
            .exitCode,
        0);
    // No agreements in this workspace: every ticket is counted and none is governed.
    const auto run = cli({u"evaluate"_s, u"--db"_s, mDb, u"--as-of"_s, u"2016-06-01T00:00Z"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Evaluated 33 ticket(s) as of 2016-06-01T00:00:00Z: 0 governed"_s),
             qPrintable(run.out));
}

void tst_CliMeasurement::backtestWritesCsv()
{
    QFile targets(mDir->filePath(u"targets.json"_s));
    QVERIFY(targets.open(QIODevice::WriteOnly));
    targets.write(R"({"targets": [
        {"name": "P3 resolution", "metric": "resolution", "priority": "P3", "within": "3d"},
        {"name": "response", "metric": "first_response", "within": "1h"}]})");
    targets.close();
    const auto run = cli({u"backtest"_s, u"--tickets"_s, kSlice, u"--preset"_s, u"servicenow"_s,
                          u"--targets"_s, targets.fileName(), u"--as-of"_s, u"2016-06-01T00:00Z"_s,
                          u"--format"_s, u"csv"_s, u"--compare-made-sla"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), u"period,target,tickets,met,breached,pending,compliance_pct"_s);
    QVERIFY2(lines.size() >= 3, qPrintable(run.out));
    QVERIFY2(lines.value(1).startsWith(u"2016-02,P3 resolution,"_s), qPrintable(run.out));
    QVERIFY2(run.err.contains(u"made_sla agreement for \"P3 resolution\""_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"2 bad row(s) were skipped"_s), qPrintable(run.err));
}

void tst_CliMeasurement::killedImportLeavesTheWorkspaceAsItWas()
{
    // Given a workspace with one ticket and a file large enough to take a while
    QFile small(mDir->filePath(u"small.csv"_s));
    QVERIFY(small.open(QIODevice::WriteOnly));
    small.write("id,opened_at,status\nKEEP,2026-01-01T00:00:00Z,open\n");
    small.close();
    QCOMPARE(cli({u"import"_s, u"tickets"_s, u"--db"_s, mDb, u"--file"_s, small.fileName(),
                  u"--user"_s, u"ann"_s})
                 .exitCode,
             0);
    QFile big(mDir->filePath(u"big.csv"_s));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write("id,opened_at,status\nKEEP,2026-01-01T00:00:00Z,changed\n");
    QByteArray chunk;
    for (int i = 0; i < 400000; ++i)
        chunk += "T" + QByteArray::number(i) + ",2026-01-01T00:00:00Z,open\n";
    big.write(chunk);
    big.close();
    // When an import of it is killed while it runs
    QProcess process;
    process.start(QStringLiteral(ACCORDO_CLI_PATH),
                  {u"import"_s, u"tickets"_s, u"--db"_s, mDb, u"--file"_s, big.fileName(),
                   u"--user"_s, u"ann"_s});
    QVERIFY(process.waitForStarted());
    // Killed once it provably holds the import's write transaction: a second connection that
    // may not wait cannot start one of its own, twice 150 ms apart (longer than opening the
    // workspace holds one).
    bool insideTransaction = false;
    int lockedPolls = 0;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
        probe.setDatabaseName(mDb);
        probe.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s);
        QVERIFY(probe.open());
        QSqlQuery query(probe);
        while (!insideTransaction && process.state() != QProcess::NotRunning) {
            if (query.exec(u"BEGIN IMMEDIATE"_s)) {
                query.exec(u"ROLLBACK"_s);
                lockedPolls = 0;
            } else {
                insideTransaction = ++lockedPolls == 2;
            }
            if (!insideTransaction)
                QTest::qWait(lockedPolls ? 150 : 2);
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(u"probe"_s);
    // processId() is 0 once the process has ended, and kill(0) would hit our own process
    // group (ctest, the CI script): only a live child with a real pid is killed.
    const pid_t pid = pid_t(process.processId());
    QVERIFY2(insideTransaction && pid > 0, "the import ended before it was seen at work");
    ::kill(pid, SIGKILL);
    process.waitForFinished();
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    // Then the workspace holds exactly what it held before, and a new import works
    QCOMPARE(ticketCount(), 1);
    const auto again = cli({u"import"_s, u"tickets"_s, u"--db"_s, mDb, u"--file"_s,
                            small.fileName(), u"--user"_s, u"ann"_s});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(u"0 new, 0 updated, 1 unchanged"_s), qPrintable(again.out));
}

void tst_CliMeasurement::importHistoryAndUndo()
{
    // Given the slice imported as one batch from its preset's source
    const QString rejects = mDir->filePath(u"rejects.csv"_s);
    const auto imported = cli({u"import"_s, u"tickets"_s, u"--db"_s, mDb, u"--file"_s, kSlice,
                               u"--preset"_s, u"servicenow"_s, u"--skip-bad"_s, rejects,
                               u"--user"_s, u"ann"_s});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains(u"as batch 1: 33 new, 0 updated, 0 unchanged"_s),
             qPrintable(imported.out));
    // Then the history lists it with its source, user and counts
    const auto history = cli({u"import"_s, u"history"_s, u"--db"_s, mDb, u"--format"_s, u"csv"_s});
    QCOMPARE(history.exitCode, 0);
    const QStringList lines = history.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).startsWith(u"1,tickets,servicenow,servicenow-slice.csv,"_s),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(u",ann,35,33,0,0,2,,"_s), qPrintable(lines.at(1)));
    // When it is undone, its tickets go
    const auto undone = cli(
        {u"import"_s, u"undo"_s, u"1"_s, u"--db"_s, mDb, u"--user"_s, u"bob"_s});
    QCOMPARE(undone.exitCode, 0);
    QVERIFY2(undone.out.contains(u"Batch 1 rolled back: 33 added row(s) removed, 0 changed"_s),
             qPrintable(undone.out));
    QCOMPARE(ticketCount(), 0);
    // And a second undo says why not
    const auto again = cli({u"import"_s, u"undo"_s, u"1"_s, u"--db"_s, mDb, u"--user"_s, u"bob"_s});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"batch 1 (servicenow-slice.csv) was rolled back already"_s),
             qPrintable(again.err));
}

void tst_CliMeasurement::importReadsStandardInput()
{
    const QByteArray header = "id,customer,opened_at\n";
    const auto importStdin = [this](const QByteArray &csv) {
        QProcess process;
        process.start(QStringLiteral(ACCORDO_CLI_PATH),
                      {u"import"_s, u"tickets"_s, u"--db"_s, mDb, u"--file"_s, u"-"_s, u"--user"_s,
                       u"ann"_s});
        process.write(csv);
        process.closeWriteChannel();
        process.waitForFinished(120000);
        return Accordo::TestSupport::CliRun{
            process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    };
    // A bad row read from standard input is named by its line there
    auto run = importStdin(header + "A,Acme,2026-01-01T00:00Z\nB,Acme,someday\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"standard input:3: opened_at"_s), qPrintable(run.err));
    QCOMPARE(ticketCount(), 0);
    // Good rows are imported as from a file, with no line break at the end
    run = importStdin(header + "A,Acme,2026-01-01T00:00Z\nB,Acme,2026-01-02T00:00Z");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Imported 2 record(s)"_s), qPrintable(run.out));
    QCOMPARE(ticketCount(), 2);
    // And an empty standard input is refused
    run = importStdin({});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"the file is empty"_s), qPrintable(run.err));
}

void tst_CliMeasurement::importChecksOrDeclaresTheEncoding_data()
{
    QTest::addColumn<QStringList>("encoding");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("undeclared") << QStringList() << 1
                                << u"t.csv: line 3 is not valid UTF-8; use --encoding latin1 if "
                                   "the file is Latin-1"_s;
    QTest::newRow("latin1") << QStringList{u"--encoding"_s, u"latin1"_s} << 0
                            << u"Imported 2 record(s)"_s;
    QTest::newRow("iso-8859-1") << QStringList{u"--encoding"_s, u"ISO-8859-1"_s} << 0
                                << u"Imported 2 record(s)"_s;
    QTest::newRow("windows-1252") << QStringList{u"--encoding"_s, u"windows-1252"_s} << 0
                                  << u"Imported 2 record(s)"_s;
    QTest::newRow("unknown") << QStringList{u"--encoding"_s, u"ebcdic-klingon"_s} << 2
                             << u"--encoding: \"ebcdic-klingon\" is not a known encoding"_s;
}

void tst_CliMeasurement::importChecksOrDeclaresTheEncoding()
{
    QFETCH(QStringList, encoding);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    const QString csv = mDir->filePath(u"t.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,customer,opened_at\nA,Acme,2026-01-01T00:00Z\nB,Caf\xE9 M\xFCller,"
               "2026-01-01T00:00Z\n");
    file.close();
    const auto run = cli(QStringList{u"import"_s, u"tickets"_s, u"--db"_s, mDb, u"--file"_s, csv,
                                     u"--user"_s, u"ann"_s}
                         + encoding);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2((exitCode == 0 ? run.out : run.err).contains(message), qPrintable(run.err + run.out));
    QCOMPARE(ticketCount(), exitCode == 0 ? 2 : 0);
}

void tst_CliMeasurement::skipBadMayNotNameTheInputOrTheWorkspace_data()
{
    QTest::addColumn<QString>("rejects"); // "FILE" the input, "DB" the workspace
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("the-input") << u"FILE"_s << 1
                               << u"cannot be written to the file being imported"_s;
    QTest::newRow("the-workspace") << u"DB"_s << 2 << u"is the workspace itself"_s;
}

void tst_CliMeasurement::skipBadMayNotNameTheInputOrTheWorkspace()
{
    QFETCH(QString, rejects);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    const QString csv = mDir->filePath(u"t.csv"_s);
    const QByteArray content = "id,opened_at\nA,2026-01-01T00:00Z\nB,someday\n";
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QFile workspace(mDb);
    QVERIFY(workspace.open(QIODevice::ReadOnly));
    const QByteArray workspaceBefore = workspace.readAll();
    workspace.close();
    const auto run = cli({u"import"_s, u"tickets"_s, u"--db"_s, mDb, u"--file"_s, csv,
                          u"--skip-bad"_s, rejects == u"FILE"_s ? csv : mDb, u"--user"_s,
                          u"ann"_s});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
    QVERIFY(workspace.open(QIODevice::ReadOnly));
    QVERIFY(workspace.readAll() == workspaceBefore);
    QCOMPARE(ticketCount(), 0);
}

QTEST_GUILESS_MAIN(tst_CliMeasurement)
#include "tst_cli_measurement.moc"
