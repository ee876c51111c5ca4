#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The PDF reports, read back as text with pdftotext: what a customer reads must be what
// `accordo-cli kpi` prints for the same agreement and period.
class tst_Reports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serviceReportShowsTheKpiFigures();
    void serviceReportInItalianFormatsForItaly();
    void portfolioReportListsTheAgreementsAtRisk();
    void portfolioReportListsTheWorstAgreements_data();
    void portfolioReportListsTheWorstAgreements();
    void refusesUnknownAgreementAndBadPeriod();

private:
    struct KpiLine
    {
        QString number, target, period, compliance, goal, status, credit, currency;
    };
    QString cli(const QStringList &arguments, int *exitCode = nullptr) const;
    QString pdfText(const QString &pdf) const;
    static QString money(const QString &plain, const QString &currency, const QLocale &locale);
    static QString percent(const QString &plain, const QLocale &locale);

    QTemporaryDir mDir;
    QString mDb;
    QList<KpiLine> mKpis;
    QString mNumber; // an agreement with credits in mPeriod
    QString mPeriod;
    QString mParty;
};

QString tst_Reports::cli(const QStringList &arguments, int *exitCode) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s); // the report command must manage without a display
    const Accordo::TestSupport::CliRun run = Accordo::TestSupport::runCli(arguments, 120000, env);
    if (exitCode)
        *exitCode = run.exitCode;
    else if (run.exitCode != 0)
        qWarning().noquote() << run.err;
    return run.out + run.err;
}

QString tst_Reports::pdfText(const QString &pdf) const
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString tst_Reports::money(const QString &plain, const QString &currency, const QLocale &locale)
{
    const qsizetype dot = plain.indexOf(u'.');
    return currency + u' ' + locale.toString(plain.left(dot).toLongLong()) + locale.decimalPoint()
           + plain.mid(dot + 1);
}

QString tst_Reports::percent(const QString &plain, const QLocale &locale)
{
    const qsizetype dot = plain.indexOf(u'.');
    return locale.toString(plain.left(dot).toLongLong()) + locale.decimalPoint()
           + plain.mid(dot + 1) + u" %"_s;
}

void tst_Reports::initTestCase()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    mDb = mDir.filePath(u"demo.accordo"_s);
    int code = 0;
    cli({u"init"_s, u"--db"_s, mDb, u"--demo"_s}, &code);
    QCOMPARE(code, 0);
    const QString csv = cli({u"kpi"_s, u"--db"_s, mDb, u"--format"_s, u"csv"_s}, &code);
    QCOMPARE(code, 0);
    const QStringList lines = csv.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 10);
    QCOMPARE(lines.first().section(u',', 7, 7), u"compliance_pct"_s);
    for (const QString &line : lines.mid(1)) {
        const QStringList f = line.split(u',');
        QCOMPARE(f.size(), 13);
        mKpis.append({f[0], f[1], f[2], f[7], f[8], f[9], f[11], f[12]});
    }
    // The agreement and month with the most credit: the report has most to say there.
    qint64 best = -1;
    for (const KpiLine &k : mKpis) {
        if (k.period.contains(u'Q'))
            continue;
        const qint64 cents = QString(k.credit).remove(u'.').toLongLong();
        if (cents > best) {
            best = cents;
            mNumber = k.number;
            mPeriod = k.period;
        }
    }
    QVERIFY(!mNumber.isEmpty());
    const QVariantList party = Accordo::TestSupport::rowInFile(
        mDb, u"SELECT p.name FROM agreements a JOIN parties p ON p.id = a.party_id "
             "WHERE a.number = '%1'"_s.arg(mNumber));
    QCOMPARE(party.size(), 1);
    mParty = party.at(0).toString();
}

void tst_Reports::serviceReportShowsTheKpiFigures()
{
    // Given the demo workspace with its KPIs computed
    const QString pdf = mDir.filePath(u"service.pdf"_s);
    // When the service report of the agreement and month is written without a display
    QElapsedTimer timer;
    timer.start();
    int code = 0;
    const QString output = cli({u"report"_s, u"service"_s, u"--db"_s, mDb, u"--agreement"_s,
                                mNumber, u"--period"_s, mPeriod, u"--out"_s, pdf},
                               &code);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(code == 0, qPrintable(output));
    qInfo("service report of %s %s in %lld ms (process included)", qPrintable(mNumber),
          qPrintable(mPeriod), elapsed);
    // Then its text names the agreement and the parties, and shows kpi's figures
    const QString text = pdfText(pdf).simplified();
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    QVERIFY(text.contains(mNumber));
    QVERIFY(text.contains(mParty));
    QVERIFY(text.contains(u"Executive summary"_s));
    QVERIFY(text.contains(u"Page 1 of "_s));
    qint64 total = 0;
    QString currency;
    int compared = 0;
    for (const KpiLine &k : std::as_const(mKpis)) {
        if (k.number != mNumber || k.period != mPeriod)
            continue;
        // (a satisfaction target's column holds its average score, which the report shows as
        // a score, not a percentage)
        if (!k.compliance.isEmpty() && !k.target.contains(u"satisfaction"_s)) {
            QVERIFY2(text.contains(percent(k.compliance, en)),
                     qPrintable(k.target + u": "_s + percent(k.compliance, en)));
            ++compared;
        }
        total += QString(k.credit).remove(u'.').toLongLong();
        currency = k.currency;
        if (k.credit != u"0.00"_s)
            QVERIFY2(text.contains(money(k.credit, k.currency, en)), qPrintable(k.credit));
    }
    QVERIFY(compared > 0);
    const QString totalText = money(
        u"%1.%2"_s.arg(total / 100).arg(total % 100, 2, 10, QChar(u'0')), currency, en);
    QVERIFY2(text.contains(u"Total owed "_s + totalText), qPrintable(totalText));

    if (qEnvironmentVariableIsSet("ACCORDO_SCREENSHOTS")) {
        QProcess::execute(u"pdftoppm"_s,
                          {u"-png"_s, u"-r"_s, u"60"_s, pdf, u"/tmp/report-service"_s});
        QFile::copy(pdf, u"/tmp/report-service.pdf"_s);
    }
}

void tst_Reports::serviceReportInItalianFormatsForItaly()
{
    const QString pdf = mDir.filePath(u"servizio.pdf"_s);
    int code = 0;
    const QString output = cli({u"report"_s, u"service"_s, u"--db"_s, mDb, u"--agreement"_s,
                                mNumber, u"--period"_s, mPeriod, u"--out"_s, pdf, u"--lang"_s,
                                u"it"_s},
                               &code);
    QVERIFY2(code == 0, qPrintable(output));
    const QString text = pdfText(pdf).simplified();
    const QLocale it(QLocale::Italian, QLocale::Italy);
    QVERIFY(text.contains(mNumber));
    const QDate month = QDate::fromString(mPeriod + u"-01"_s, u"yyyy-MM-dd"_s);
    QVERIFY2(text.contains(it.standaloneMonthName(month.month()), Qt::CaseInsensitive),
             "the period is named in Italian");
    for (const KpiLine &k : std::as_const(mKpis)) {
        if (k.number != mNumber || k.period != mPeriod)
            continue;
        if (!k.compliance.isEmpty() && !k.target.contains(u"satisfaction"_s))
            QVERIFY2(text.contains(percent(k.compliance, it)),
                     qPrintable(percent(k.compliance, it)));
        if (k.credit != u"0.00"_s)
            QVERIFY2(text.contains(money(k.credit, k.currency, it)),
                     qPrintable(money(k.credit, k.currency, it)));
    }
}

void tst_Reports::portfolioReportListsTheAgreementsAtRisk()
{
    const QString pdf = mDir.filePath(u"portfolio.pdf"_s);
    QElapsedTimer timer;
    timer.start();
    int code = 0;
    const QString output = cli({u"report"_s, u"portfolio"_s, u"--db"_s, mDb, u"--period"_s, mPeriod,
                                u"--out"_s, pdf, u"--all"_s},
                               &code);
    QVERIFY2(code == 0, qPrintable(output));
    qInfo("portfolio report %s in %lld ms (process included)", qPrintable(mPeriod),
          timer.elapsed());
    const QString text = pdfText(pdf).simplified();
    QVERIFY(text.contains(u"Portfolio compliance"_s));
    QVERIFY(text.contains(u"Agreements by risk"_s));
    // Every agreement with a breached monthly target in the period is listed.
    for (const KpiLine &k : std::as_const(mKpis))
        if (k.period == mPeriod && k.status == u"breached"_s)
            QVERIFY2(text.contains(k.number), qPrintable(k.number));
    // The agreement that owes the most credit comes before one that is all green.
    QVERIFY(text.indexOf(mNumber) >= 0);
    if (qEnvironmentVariableIsSet("ACCORDO_SCREENSHOTS"))
        QProcess::execute(u"pdftoppm"_s,
                          {u"-png"_s, u"-r"_s, u"60"_s, pdf, u"/tmp/report-portfolio"_s});
}

void tst_Reports::portfolioReportListsTheWorstAgreements_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected"); // in the PDF's text, or in the error

    // The demo measures 40 agreements in its December 2025.
    QTest::newRow("top-3") << QStringList{u"--top"_s, u"3"_s} << 0
                           << QStringList{u"The 3 agreements most at risk"_s,
                                          u"3 of 40 measured agreements are listed."_s,
                                          u"The 3 highest of"_s};
    QTest::newRow("top-39") << QStringList{u"--top"_s, u"39"_s} << 0
                            << QStringList{u"39 of 40 measured agreements are listed."_s};
    QTest::newRow("default-50-lists-all-40")
        << QStringList{} << 0 << QStringList{u"Agreements by risk"_s};
    QTest::newRow("all") << QStringList{u"--all"_s} << 0 << QStringList{u"Agreements by risk"_s};
    QTest::newRow("top-zero") << QStringList{u"--top"_s, u"0"_s} << 2
                              << QStringList{u"--top: \"0\" is not a positive whole number"_s};
    QTest::newRow("top-and-all") << QStringList{u"--top"_s, u"5"_s, u"--all"_s} << 2
                                 << QStringList{u"--top and --all exclude each other"_s};
}

void tst_Reports::portfolioReportListsTheWorstAgreements()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);

    // Given the demo
    const QString pdf = mDir.filePath(u"worst.pdf"_s);
    QFile::remove(pdf);

    // When the portfolio report is asked for with these options
    int code = 0;
    const QString output = cli(QStringList{u"report"_s, u"portfolio"_s, u"--db"_s, mDb,
                                           u"--period"_s, mPeriod, u"--out"_s, pdf}
                                   + options,
                               &code);

    // Then it lists the worst agreements as asked, or refuses and writes nothing
    QCOMPARE(code, exitCode);
    const QString text = code == 0 ? pdfText(pdf).simplified() : output;
    for (const QString &words : expected)
        QVERIFY2(text.contains(words), qPrintable(words + u" not in: "_s + text.left(2000)));
    if (code != 0)
        QVERIFY(!QFile::exists(pdf));
}

void tst_Reports::refusesUnknownAgreementAndBadPeriod()
{
    int code = 0;
    QString output = cli({u"report"_s, u"service"_s, u"--db"_s, mDb, u"--agreement"_s, u"NOPE-1"_s,
                          u"--period"_s, mPeriod, u"--out"_s, mDir.filePath(u"x.pdf"_s)},
                         &code);
    QCOMPARE(code, 1);
    QVERIFY(output.contains(u"NOPE-1"_s));
    output = cli({u"report"_s, u"service"_s, u"--db"_s, mDb, u"--agreement"_s, mNumber,
                  u"--period"_s, u"2026-13"_s, u"--out"_s, mDir.filePath(u"x.pdf"_s)},
                 &code);
    QCOMPARE(code, 2);
    QVERIFY(output.contains(u"2026-13"_s));
    QVERIFY(!QFile::exists(mDir.filePath(u"x.pdf"_s)));
}

QTEST_GUILESS_MAIN(tst_Reports)
#include "tst_reports.moc"
