#include "testbackend.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/// accordo-cli kpi, credits, forecast and check on the demo workspace: the planted watermelon
/// customer, inconsistent OLA and coverage gap are found, and checks exit with 3 on problems.
class tst_CliKpi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checksFindThePlantedCases_data();
    void checksFindThePlantedCases();
    void checksPassOnAnEmptyWorkspace_data();
    void checksPassOnAnEmptyWorkspace();
    void consistencyLeavesOutWhatNoLongerBindsAndTheDemoTiersAreSound();
    void kpiRowsAsCsv();
    void everyMetricFillsTheColumns_data();
    void everyMetricFillsTheColumns();
    void kpiOfOneAgreementAsJson();
    void creditStatementsAddUp();
    void forecastStatesItsMethod();
    void asOfAnswersAsAFreshCopy_data();
    void asOfAnswersAsAFreshCopy();
    void portfolioCsvQuotesAndEncodesAsOneAgreementsCsv();
    void oneAgreementNowIsLookedAtAside_data();
    void oneAgreementNowIsLookedAtAside();
    void helpNamesTheSubcommand_data();
    void helpNamesTheSubcommand();
    void usageErrors_data();
    void usageErrors();
    void asOfOutsideTheSupportedYearsIsRefused_data();
    void asOfOutsideTheSupportedYearsIsRefused();
    void emptyFileIsNotAWorkspace_data();
    void emptyFileIsNotAWorkspace();
    void readOnlyWorkspaceIsReadNotWritten_data();
    void readOnlyWorkspaceIsReadNotWritten();
    void busyWorkspaceIsReportedNotWaitedFor();

private:
    QTemporaryDir mDir;
    QString mDemo;
    QString mEmpty;
};

using Accordo::TestBackend::copyOfFile;
using Accordo::TestSupport::cli;

void tst_CliKpi::initTestCase()
{
    mDemo = mDir.filePath(u"demo.accordo"_s);
    mEmpty = mDir.filePath(u"empty.accordo"_s);
    const auto demo = cli({u"init"_s, u"--db"_s, mDemo, u"--demo"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const auto empty = cli({u"init"_s, u"--db"_s, mEmpty});
    QVERIFY2(empty.exitCode == 0, qPrintable(empty.err));
}

void tst_CliKpi::checksFindThePlantedCases_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedLine"); // the start of one CSV line
    QTest::addColumn<int>("rows");

    // The demo's "now" is 2026-10-31 18:00 UTC.
    const QStringList common = {u"--format"_s, u"csv"_s, u"--as-of"_s, u"2026-10-31T18:00:00Z"_s};
    // Network operations promise 6 h for P1 network resolution, the SLAs 3 or 4 h: one OLA,
    // a line per SLA it supports that is in force or in negotiation (-1: every line is of
    // that OLA, and none names an SLA that expired or was terminated).
    QTest::newRow("inconsistent-ola") << (QStringList{u"consistency"_s} + common)
                                      << u"OLA-2025-0002,Network operations second line,"_s << -1;
    QTest::newRow("coverage-gap") << (QStringList{u"coverage"_s} + common)
                                  << u"Hudson Insurance,BACKUP,"_s << 1;
    QTest::newRow("watermelon") << (QStringList{u"watermelon"_s} + common)
                                << u"SLA-2024-0020,Garden State Energy,2026-02,"_s << 8;
}

void tst_CliKpi::checksFindThePlantedCases()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedLine);
    QFETCH(int, rows);
    const auto run = cli(QStringList{u"check"_s} + arguments + QStringList{u"--db"_s, mDemo});
    QCOMPARE(run.exitCode, 3);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    if (rows < 0) {
        QVERIFY(lines.size() > 1);
        const QStringList ended = Accordo::TestSupport::listInFile(
            mDemo, u"SELECT number FROM agreements WHERE status IN ('expired', 'terminated')"_s);
        QVERIFY(!ended.isEmpty());
        for (const QString &line : lines.mid(1)) {
            QVERIFY2(line.startsWith(expectedLine), qPrintable(line));
            for (const QString &number : ended)
                QVERIFY2(!line.contains(u","_s + number + u","_s), qPrintable(line));
        }
    } else {
        QCOMPARE(lines.size(), rows + 1);
    }
    QVERIFY2(std::any_of(lines.begin(), lines.end(),
                         [&](const QString &line) { return line.startsWith(expectedLine); }),
             qPrintable(run.out));
    QVERIFY(run.err.contains(u"problem"_s));
}

void tst_CliKpi::checksPassOnAnEmptyWorkspace_data()
{
    Accordo::TestSupport::addWordRows(
        "what", {u"consistency"_s, u"coverage"_s, u"reviews"_s, u"watermelon"_s});
}

void tst_CliKpi::checksPassOnAnEmptyWorkspace()
{
    QFETCH(QString, what);
    const auto run = cli({u"check"_s, what, u"--db"_s, mEmpty, u"--format"_s, u"csv"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count(u'\n'), 1); // the header only
}

void tst_CliKpi::consistencyLeavesOutWhatNoLongerBindsAndTheDemoTiersAreSound()
{
    // Given the demo, whose SLA-2023-0001 expired and SLA-2024-0001 was terminated, both
    // still linked to the OLAs that supported them
    QVERIFY(Accordo::TestSupport::countInFile(mDemo,
                                              u"SELECT count(*) FROM agreement_supports WHERE "
                                              "supported_number IN ('SLA-2023-0001', "
                                              "'SLA-2024-0001')"_s)
            > 0);
    // When the consistency is checked
    const auto run = cli({u"check"_s, u"consistency"_s, u"--db"_s, mDemo, u"--format"_s, u"csv"_s,
                          u"--as-of"_s, u"2026-10-31T18:00:00Z"_s});
    // Then neither is compared any more, and no target owes a credit while it is met
    QVERIFY2(!run.out.contains(u"SLA-2023-0001"_s), qPrintable(run.out));
    QVERIFY2(!run.out.contains(u"SLA-2024-0001"_s), qPrintable(run.out));
    QVERIFY2(!run.out.contains(u"credit_tier"_s), qPrintable(run.out));
    // (the demo's SLA-2024-0017 PRINT resolution, goal 90 %, has its first tier at 90 %)
    QCOMPARE(Accordo::TestSupport::countInFile(
                 mDemo, u"SELECT min(c.below_milli) FROM credit_tiers c "
                        "JOIN targets t ON t.id = c.target_id "
                        "JOIN services s ON s.id = t.service_id "
                        "JOIN agreements a ON a.id = t.agreement_id "
                        "WHERE a.number = 'SLA-2024-0017' AND s.code = 'PRINT' "
                        "AND t.metric = 'resolution' AND c.position = 0"_s),
             90000);
}

void tst_CliKpi::kpiRowsAsCsv()
{
    const auto run = cli({u"kpi"_s, u"--db"_s, mDemo, u"--from"_s, u"2026-09"_s, u"--to"_s,
                          u"2026-09"_s, u"--format"_s, u"csv"_s, u"--as-of"_s,
                          u"2026-10-31T18:00:00Z"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), u"number,target,period,tickets,met,breached,pending,compliance_pct,"
                            "goal_pct,status,error_budget,credit,currency"_s);
    QVERIFY(lines.size() > 50);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(u',');
        QCOMPARE(fields.size(), 13);
        QVERIFY2(fields.at(2) == u"2026-09"_s || fields.at(2) == u"2026-Q3"_s,
                 qPrintable(lines.at(i)));
        QVERIFY(QStringList({u"met"_s, u"at_risk"_s, u"breached"_s, u"no_data"_s})
                    .contains(fields.at(9)));
        // Every metric's target carries its goal; a result without a value (no decided
        // ticket, no answer, no observation) was not met: it had nothing to judge.
        QVERIFY2(!fields.at(8).isEmpty(), qPrintable(lines.at(i)));
        if (fields.at(7).isEmpty() && fields.at(9) != u"at_risk"_s)
            QCOMPARE(fields.at(9), u"no_data"_s);
        else
            QVERIFY2(fields.at(9) != u"no_data"_s, qPrintable(lines.at(i)));
        // met + breached + pending = tickets
        QCOMPARE(fields.at(4).toInt() + fields.at(5).toInt() + fields.at(6).toInt(),
                 fields.at(3).toInt());
    }
}

void tst_CliKpi::everyMetricFillsTheColumns_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("compliance");
    QTest::addColumn<QString>("goal");
    QTest::addColumn<QString>("rest"); // status, error budget, credit, currency
    // The average score of the period's answers against the 4.2 threshold
    QTest::newRow("satisfaction") << u"SLA-2024-0002"_s << u"SERVICE-DESK satisfaction"_s
                                  << u"2026-09"_s << QString() << u"4.200"_s << QString();
    // 40 nightly jobs × 31 days = 1240, 38 failed: 1202 / 1240 = 96.935 %, below 97 %: 10 %
    // of SGD 10,250.00
    QTest::newRow("custom-rate") << u"SLA-2024-0024"_s << u"BACKUP Backup success rate"_s
                                 << u"2026-03"_s << u"96.935"_s << u"99.000"_s
                                 << u"breached,,1025.00,SGD"_s;
    // The demo's eleventh month: six deliveries of 4.5, 3, 4.5, 3, 4.5 and 3 days (in half
    // days 5 + (10·7 + 3d) mod 6): 22.5 / 6 = 3.750 days, within 5
    QTest::newRow("custom-mean") << u"SLA-2024-0024"_s << u"EQUIP-PURCH Equipment delivery time"_s
                                 << u"2026-09"_s << u"3.750"_s << u"5.000"_s << u"met,,0.00,SGD"_s;
}

void tst_CliKpi::everyMetricFillsTheColumns()
{
    QFETCH(QString, number);
    QFETCH(QString, target);
    QFETCH(QString, period);
    QFETCH(QString, compliance);
    QFETCH(QString, goal);
    QFETCH(QString, rest);
    const auto run = cli({u"kpi"_s, u"--db"_s, mDemo, u"--agreement"_s, number, u"--from"_s, period,
                          u"--to"_s, period, u"--format"_s, u"csv"_s, u"--as-of"_s,
                          u"2026-10-31T18:00:00Z"_s});
    QCOMPARE(run.exitCode, 0);
    QStringList fields;
    for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(number + u',' + target + u',' + period + u','))
            fields = line.split(u',');
    }
    QVERIFY2(fields.size() == 13, qPrintable(run.out));
    // A score has its compliance too, whatever its value
    QVERIFY2(!fields.at(7).isEmpty(), qPrintable(fields.join(u',')));
    if (!compliance.isEmpty())
        QCOMPARE(fields.at(7), compliance);
    QCOMPARE(fields.at(8), goal);
    if (!rest.isEmpty())
        QCOMPARE(fields.mid(9).join(u','), rest);
}

void tst_CliKpi::kpiOfOneAgreementAsJson()
{
    const auto run = cli({u"kpi"_s, u"--db"_s, mDemo, u"--agreement"_s, u"SLA-2024-0020"_s,
                          u"--from"_s, u"2026-09"_s, u"--to"_s, u"2026-09"_s, u"--format"_s,
                          u"json"_s, u"--as-of"_s, u"2026-10-31T18:00:00Z"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.trimmed().startsWith(u'['));
    QVERIFY(run.out.contains(u"\"number\": \"SLA-2024-0020\""_s));
    QVERIFY(!run.out.contains(u"\"status\": \"breached\""_s)); // the watermelon is all green
    const auto missing = cli({u"kpi"_s, u"--db"_s, mDemo, u"--agreement"_s, u"SLA-1999-0001"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(u"SLA-1999-0001"_s));
}

void tst_CliKpi::creditStatementsAddUp()
{
    const auto run = cli({u"credits"_s, u"--db"_s, mDemo, u"--format"_s, u"csv"_s, u"--as-of"_s,
                          u"2026-10-31T18:00:00Z"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 10);
    // Each statement's credits, in cents, add up to its total line.
    qint64 running = 0;
    int totals = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines.at(i).split(u',');
        const qint64 cents = qRound64(f.at(5).toDouble() * 100);
        if (f.at(2) == u"total"_s) {
            QCOMPARE(cents, running);
            running = 0;
            ++totals;
        } else {
            QVERIFY(cents > 0);
            running += cents;
        }
    }
    QVERIFY(totals > 0);
}

void tst_CliKpi::forecastStatesItsMethod()
{
    const auto run = cli({u"forecast"_s, u"--db"_s, mDemo, u"--forecast-only"_s, u"--format"_s,
                          u"csv"_s, u"--as-of"_s, u"2026-10-31T18:00:00Z"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 10);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines.at(i).split(u',');
        QCOMPARE(f.at(4), u"forecast"_s);
        QVERIFY2(f.at(5) == u"seasonal-naive-12"_s || f.at(5) == u"linear-trend"_s,
                 qPrintable(lines.at(i)));
    }
}

void tst_CliKpi::asOfAnswersAsAFreshCopy_data()
{
    QTest::addColumn<QStringList>("before"); // as-ofs asked first; "" is now
    QTest::addColumn<QString>("asOf");

    // The README's "as it was then" after the default "now", and the other way round.
    QTest::newRow("now-then-end-of-october") << QStringList{QString()} << u"2026-10-31T18:00:00Z"_s;
    QTest::newRow("end-of-october-then-march")
        << QStringList{u"2026-10-31T18:00:00Z"_s} << u"2027-03-31T00:00:00Z"_s;
    QTest::newRow("march-now-then-end-of-october")
        << QStringList{u"2027-03-31T00:00:00Z"_s, QString()} << u"2026-10-31T18:00:00Z"_s;
}

void tst_CliKpi::asOfAnswersAsAFreshCopy()
{
    QFETCH(QStringList, before);
    QFETCH(QString, asOf);

    static int copies = 0;
    const QString used = copyOfFile(mDemo, mDir, u"used%1"_s.arg(++copies));
    const QString fresh = copyOfFile(mDemo, mDir, u"fresh%1"_s.arg(copies));
    const auto kpi = [this](const QString &db, const QString &at) {
        QStringList arguments{u"kpi"_s, u"--db"_s, db, u"--format"_s, u"csv"_s};
        if (!at.isEmpty())
            arguments << u"--as-of"_s << at;
        return cli(arguments);
    };
    // Given a workspace asked other as-ofs first
    for (const QString &earlier : std::as_const(before))
        QCOMPARE(kpi(used, earlier).exitCode, 0);
    // When it is asked for this one
    const auto answer = kpi(used, asOf);
    QCOMPARE(answer.exitCode, 0);
    // Then it answers as a fresh copy asked only this one
    const auto expected = kpi(fresh, asOf);
    QCOMPARE(expected.exitCode, 0);
    QVERIFY(answer.out.count(u'\n') > 1000);
    QCOMPARE(answer.out, expected.out);
    // And a look at another as-of leaves what is stored for now as it was
    const QString stored = kpi(used, QString()).out;
    QCOMPARE(kpi(used, asOf).out, expected.out);
    QCOMPARE(kpi(used, QString()).out, stored);
}

void tst_CliKpi::portfolioCsvQuotesAndEncodesAsOneAgreementsCsv()
{
    // Given a copy of the demo whose custom metric is named with quotes, a comma and accents
    const QString used = copyOfFile(mDemo, mDir, u"quoted"_s);
    const QString name = u"Backup \"nightly\", città — é"_s;
    for (const QString &sql :
         {u"UPDATE metric_definitions SET name = '%1' WHERE name = 'Backup success rate'"_s,
          u"UPDATE targets SET custom_name = '%1' WHERE custom_name = 'Backup success rate'"_s})
        QCOMPARE(Accordo::TestSupport::execInFile(used, sql.arg(name)), QString());
    const QStringList agreements = Accordo::TestSupport::listInFile(
        used, u"SELECT a.number FROM targets t JOIN agreements a ON a.id = t.agreement_id "
              "WHERE t.custom_name = '%1' ORDER BY a.number"_s.arg(name));
    QVERIFY(!agreements.isEmpty());
    const QString agreement = agreements.constFirst();

    // When the whole portfolio is written as CSV (streamed) and one agreement (as a table)
    const QStringList asOf = {u"--format"_s, u"csv"_s, u"--as-of"_s, u"2026-10-31T18:00:00Z"_s};
    const auto all = cli(QStringList{u"kpi"_s, u"--db"_s, used} + asOf);
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    const auto one = cli(QStringList{u"kpi"_s, u"--db"_s, used, u"--agreement"_s, agreement}
                         + asOf);
    QVERIFY2(one.exitCode == 0, qPrintable(one.err));

    // Then the name is quoted as CSV quotes it, in UTF-8
    const QString quoted = u"\"BACKUP Backup \"\"nightly\"\", città — é\""_s;
    QVERIFY2(all.out.contains(u',' + quoted + u','), qPrintable(all.out.left(300)));
    // And the agreement's lines are those written for it alone, byte for byte
    QStringList expected;
    for (const QString &line : all.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (expected.isEmpty() || line.startsWith(agreement + u','))
            expected.append(line);
    }
    QVERIFY(expected.join(u'\n').contains(quoted));
    QCOMPARE(one.out.split(u'\n', Qt::SkipEmptyParts), expected);
}

void tst_CliKpi::oneAgreementNowIsLookedAtAside_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("agreement");

    QTest::newRow("kpi-sla") << u"kpi"_s << u"SLA-2024-0017"_s;
    QTest::newRow("kpi-ola") << u"kpi"_s << u"OLA-2025-0001"_s;
    QTest::newRow("credits-sla") << u"credits"_s << u"SLA-2024-0017"_s;
}

void tst_CliKpi::oneAgreementNowIsLookedAtAside()
{
    QFETCH(QString, command);
    QFETCH(QString, agreement);

    // Given a copy of the demo whose stored results answer for some earlier instant
    static int copies = 0;
    const QString used = copyOfFile(mDemo, mDir, u"aside%1"_s.arg(++copies));
    const auto storedAsOf = [&used] {
        return Accordo::TestSupport::listInFile(
            used, u"SELECT value FROM accordo_meta WHERE key = 'kpi_as_of'"_s);
    };
    const QStringList before = storedAsOf();

    // When one agreement's figures are asked for now
    const auto one = cli(
        {command, u"--db"_s, used, u"--agreement"_s, agreement, u"--format"_s, u"csv"_s});
    QCOMPARE(one.exitCode, 0);

    // Then the stored results still answer for the instant they did
    QCOMPARE(storedAsOf(), before);
    // And the rows are those of the agreement in the whole portfolio's answer for now
    const auto all = cli({command, u"--db"_s, used, u"--format"_s, u"csv"_s});
    QCOMPARE(all.exitCode, 0);
    QVERIFY(storedAsOf() != before);
    const QStringList lines = one.out.split(u'\n', Qt::SkipEmptyParts);
    QStringList expected;
    for (const QString &line : all.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (expected.isEmpty() || line.startsWith(agreement + u','))
            expected.append(line);
    }
    QVERIFY2(lines.size() > 10, qPrintable(one.out.left(400)));
    QCOMPARE(lines, expected);
}

void tst_CliKpi::helpNamesTheSubcommand_data()
{
    Accordo::TestSupport::addWordRows(
        "command", {u"init"_s, u"list"_s, u"kpi"_s, u"credits"_s, u"forecast"_s, u"check"_s,
                    u"import"_s, u"evaluate"_s, u"backtest"_s, u"agreement show"_s,
                    u"agreement supports"_s, u"user add"_s, u"report service"_s, u"db copy"_s});
}

void tst_CliKpi::helpNamesTheSubcommand()
{
    QFETCH(QString, command);
    const auto run = cli(command.split(u' ') + QStringList{u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    // Not the path of the executable, which QCommandLineParser would print.
    QVERIFY2(run.out.startsWith(u"Usage: accordo-cli "_s + command + u" [options]"_s),
             qPrintable(run.out.section(u'\n', 0, 0)));
}

void tst_CliKpi::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("names"); // what the message must point at
    QTest::newRow("check-without-what")
        << QStringList{u"check"_s, u"--db"_s, u"x"_s} << u"consistency"_s;
    QTest::newRow("check-unknown")
        << QStringList{u"check"_s, u"everything"_s, u"--db"_s, u"x"_s} << u"everything"_s;
    QTest::newRow("kpi-without-db") << QStringList{u"kpi"_s} << u"--db"_s;
    QTest::newRow("kpi-bad-month")
        << QStringList{u"kpi"_s, u"--db"_s, u"x"_s, u"--from"_s, u"2026-13"_s}
        << u"--from: \"2026-13\" is not a month"_s;
    QTest::newRow("credits-bad-month")
        << QStringList{u"credits"_s, u"--db"_s, u"x"_s, u"--to"_s, u"13"_s}
        << u"--to: \"13\" is not a month"_s;
    QTest::newRow("credits-bad-as-of")
        << QStringList{u"credits"_s, u"--db"_s, u"x"_s, u"--as-of"_s, u"yesterday"_s}
        << u"--as-of"_s;
}

void tst_CliKpi::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, names);
    const auto run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(names), qPrintable(run.err));
}

void tst_CliKpi::asOfOutsideTheSupportedYearsIsRefused_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<QString>("year");

    const QList<QStringList> commands = {{u"kpi"_s},
                                         {u"credits"_s},
                                         {u"forecast"_s},
                                         {u"check"_s, u"watermelon"_s},
                                         {u"check"_s, u"coverage"_s},
                                         {u"evaluate"_s}};
    const QList<std::pair<QString, QString>> asOfs = {{u"0001-01-01"_s, u"1"_s},
                                                      {u"1969-12-31"_s, u"1969"_s},
                                                      {u"1969-12-31T23:59:59Z"_s, u"1969"_s},
                                                      {u"2200-01-01T00:00:00Z"_s, u"2200"_s},
                                                      {u"9999-12-31"_s, u"9999"_s}};
    for (const QStringList &command : commands) {
        for (const auto &[asOf, year] : asOfs) {
            QTest::addRow("%s-%s", qPrintable(command.join(u'-')), qPrintable(asOf))
                << command << asOf << year;
        }
    }
}

void tst_CliKpi::asOfOutsideTheSupportedYearsIsRefused()
{
    QFETCH(QStringList, command);
    QFETCH(QString, asOf);
    QFETCH(QString, year);

    // Given a workspace whose KPIs are stored
    const QString withKpis = mDir.filePath(u"with-kpis.accordo"_s);
    if (!QFile::exists(withKpis)) {
        QVERIFY(QFile::copy(mDemo, withKpis));
        QFile::setPermissions(withKpis, QFile::ReadOwner | QFile::WriteOwner);
        const auto stored = cli({u"kpi"_s, u"--db"_s, withKpis, u"--format"_s, u"csv"_s});
        QCOMPARE(stored.exitCode, 0);
        QVERIFY(stored.out.count(u'\n') > 1000);
    }
    static int copies = 0;
    const QString db = copyOfFile(withKpis, mDir, u"range%1"_s.arg(++copies));
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    QFile file(db);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    // When a command is asked for an as-of outside the supported years
    const auto run = cli(command + QStringList{u"--db"_s, db, u"--as-of"_s, asOf});
    // Then it is refused, naming the option, the value and the year
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--as-of"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u'"' + asOf + u'"'), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"the year "_s + year + u" is outside"_s), qPrintable(run.err));
    // And the workspace, its stored KPIs with it, is as it was, byte for byte
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == before);
    QVERIFY(!QFile::exists(db + u"-wal"_s) || QFileInfo(db + u"-wal"_s).size() == 0);
}

namespace {

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

// The words of a command on a workspace; %DB% is the workspace, %OUT% a file to write.
QStringList commandOn(const QString &words, const QString &db, const QString &out)
{
    QStringList arguments = words.split(u' ');
    for (QString &word : arguments) {
        if (word == u"%DB%"_s)
            word = db;
        else if (word == u"%OUT%"_s)
            word = out;
        else if (word == u"%SLICE%"_s)
            word = QStringLiteral(ACCORDO_SOURCE_DIR "/tests/core/data/servicenow-slice.csv");
    }
    return arguments;
}

} // namespace

void tst_CliKpi::emptyFileIsNotAWorkspace_data()
{
    Accordo::TestSupport::addWordRows(
        "command",
        {u"list customers --db %DB%"_s, u"kpi --db %DB% --format csv"_s, u"credits --db %DB%"_s,
         u"audit verify --db %DB%"_s, u"user list --db %DB%"_s, u"check reviews --db %DB%"_s,
         u"report portfolio --db %DB% --period 2026-10 --out %OUT%"_s,
         u"import tickets --db %DB% --file %SLICE% --preset servicenow --user erin --skip-bad "
         "%OUT%"_s,
         u"agreement show --db %DB% --number SLA-0001"_s, u"evaluate --db %DB%"_s});
}

void tst_CliKpi::emptyFileIsNotAWorkspace()
{
    QFETCH(QString, command);

    // Given an empty file where a workspace is expected
    QTemporaryDir dir;
    const QString db = Accordo::TestSupport::writeFile(dir.filePath(u"empty.accordo"_s), {});
    const QString out = dir.filePath(u"out"_s);
    // When a command other than init is run on it
    const auto run = cli(commandOn(command, db, out));
    // Then it is refused, and the file stays an empty file, with nothing beside it
    QVERIFY2(run.exitCode != 0, qPrintable(run.out));
    QVERIFY2(run.err.contains(db + u" is not an Accordo workspace (empty file)"_s),
             qPrintable(run.err));
    QCOMPARE(QFileInfo(db).size(), 0);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"empty.accordo"_s});
    // And a file that is not there is not created
    const QString missing = dir.filePath(u"missing.accordo"_s);
    const auto none = cli(commandOn(command, missing, out));
    QVERIFY(none.exitCode != 0);
    QVERIFY2(none.err.contains(missing + u": no such workspace file"_s), qPrintable(none.err));
    QVERIFY(!QFile::exists(missing));
}

void tst_CliKpi::readOnlyWorkspaceIsReadNotWritten_data()
{
    QTest::addColumn<QString>("made"); // "file": chmod 444; "folder": a folder of mode 555
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // in stdout for 0, in stderr otherwise

    for (const QString &made : {u"file"_s, u"folder"_s}) {
        const auto row = [&](const char *name, const QString &command, int exitCode,
                             const QString &expected) {
            QTest::addRow("%s-%s", qPrintable(made), name)
                << made << command << exitCode << expected;
        };
        row("list", u"list customers --db %DB% --format csv"_s, 0, u"Acme Manufacturing"_s);
        row("kpi", u"kpi --db %DB% --format csv"_s, 0, u"number,target,period"_s);
        row("kpi-as-of", u"kpi --db %DB% --format csv --as-of 2026-10-31"_s, 0,
            u"number,target,period"_s);
        row("audit-verify", u"audit verify --db %DB%"_s, 0, u"ok"_s);
        row("report", u"report portfolio --db %DB% --period 2026-10 --out %OUT%"_s, 0, QString());
        row("import", u"import tickets --db %DB% --file %SLICE% --preset servicenow --user erin"_s,
            1, u"the workspace is read-only"_s);
        row("evaluate", u"evaluate --db %DB%"_s, 1, u"the workspace is read-only"_s);
        row("evaluate-as-of", u"evaluate --db %DB% --as-of 2026-10-31T00:00:00Z"_s, 0,
            u"Evaluated"_s);
    }
}

void tst_CliKpi::readOnlyWorkspaceIsReadNotWritten()
{
    QFETCH(QString, made);
    QFETCH(QString, command);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);

    // Given a workspace with its KPIs stored, which may not be written
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"ws"_s));
    const QString folder = dir.filePath(u"ws"_s);
    const QString db = folder + u"/ro.accordo"_s;
    QVERIFY(QFile::copy(mDemo, db));
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(cli({u"kpi"_s, u"--db"_s, db, u"--format"_s, u"csv"_s}).exitCode, 0);
    const QStringList beside = QDir(folder).entryList(QDir::Files);
    const QByteArray before = contentOf(db);
    const auto readOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    if (made == u"file"_s)
        QVERIFY(QFile::setPermissions(db, readOnly));
    else
        QVERIFY(QFile::setPermissions(folder, readOnly | QFile::ExeOwner | QFile::ExeGroup
                                                  | QFile::ExeOther));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    });
    // When a command is run on it
    const QString out = dir.filePath(u"out.pdf"_s);
    const auto run = cli(commandOn(command, db, out));
    // Then it reads, or refuses to write, saying why
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.err));
    if (!expected.isEmpty())
        QVERIFY2((exitCode == 0 ? run.out : run.err).contains(expected),
                 qPrintable(run.out.left(300) + run.err));
    if (command.startsWith(u"report"_s))
        QVERIFY(QFileInfo(out).size() > 1000);
    // And the workspace is as it was, byte for byte
    QVERIFY(contentOf(db) == before);
    QCOMPARE(QDir(folder).entryList(QDir::Files), beside);
}

void tst_CliKpi::busyWorkspaceIsReportedNotWaitedFor()
{
    // Given a workspace another connection is writing (a write transaction held open)
    QTemporaryDir dir;
    const QString db = copyOfFile(mDemo, dir, u"busy"_s);
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = contentOf(db);
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer"_s);
        writer.setDatabaseName(db);
        QVERIFY(writer.open());
        QSqlQuery hold(writer);
        QVERIFY2(hold.exec(u"BEGIN IMMEDIATE"_s), qPrintable(hold.lastError().text()));
        QVERIFY(hold.exec(u"UPDATE accordo_meta SET value = value WHERE key = 'kpi_stale'"_s));
        // When a command that writes runs on it
        QElapsedTimer timer;
        timer.start();
        const auto import = cli(
            {u"import"_s, u"tickets"_s, u"--db"_s, db, u"--file"_s,
             QStringLiteral(ACCORDO_SOURCE_DIR "/tests/core/data/servicenow-slice.csv"),
             u"--preset"_s, u"servicenow"_s, u"--user"_s, u"erin"_s, u"--skip-bad"_s,
             dir.filePath(u"rejects.csv"_s)});
        // Then it gives up after the busy timeout (5 s), saying the workspace is busy
        QCOMPARE(import.exitCode, 1);
        QVERIFY2(import.err.contains(u"the workspace is busy (another Accordo is writing)"_s),
                 qPrintable(import.err));
        QVERIFY2(timer.elapsed() >= 4000 && timer.elapsed() < 30000,
                 qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!QFile::exists(dir.filePath(u"rejects.csv"_s)));
        // And a command that only reads goes ahead without waiting
        timer.restart();
        const auto list = cli({u"list"_s, u"customers"_s, u"--db"_s, db});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(u"Acme Manufacturing"_s));
        QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(hold.exec(u"ROLLBACK"_s));
        writer.close();
    }
    QSqlDatabase::removeDatabase(u"writer"_s);
    QVERIFY(contentOf(db) == before);
}

QTEST_GUILESS_MAIN(tst_CliKpi)
#include "tst_cli_kpi.moc"
