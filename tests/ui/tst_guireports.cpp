#include "dialogs/servicereportdialog.h"
#include "kpi/kpiengine.h"
#include "mainwindow.h"
#include "openmainwindow.h"
#include "report/servicereport.h"
#include "storage/database.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "widgets/recordlistview.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

// The reports as the GUI makes them: the service report from the Agreements list is saved
// under its suggested name, in the folder used last, and is the PDF `accordo-cli report
// service` writes; a printed report keeps its charts' titles and axes; a target without
// tickets reads "No data".
class tst_GuiReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void serviceReportFromTheAgreementListIsTheCliPdf();
    void printedServiceReportKeepsItsCharts();
    void serviceReportSaysNoDataForATargetWithoutTickets();

private:
    QString pdfText(const QString &pdf) const;
    // Writes the command line's PDF of the service report of mNumber for mPeriod to `path`; its
    // exit code.
    int writeCliReport(const QString &path) const;
    // The first line where two texts differ, both versions; empty when they are equal.
    static QString firstDifference(const QString &actual, const QString &expected);
    // Opens the service report dialog from the Agreements list for `number` and `period`,
    // clicks Export PDF… and hands the file dialog to `onFileDialog`.
    void exportFromTheList(qint64 id, const QString &period,
                           const std::function<void(QFileDialog *)> &onFileDialog);
    ServiceReport::Options options(const QString &number, const QString &period) const;

    QTemporaryDir mDir;
    QString mDb;
    qint64 mId = 0;
    QString mNumber; // the agreement with the most credit in mPeriod
    QString mPeriod;
    std::unique_ptr<MainWindow> mWindow;
};

QString tst_GuiReports::pdfText(const QString &pdf) const
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    process.waitForFinished(60000);
    // The footer names the minute the PDF was made; everything else must match.
    QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n');
    lines.removeIf([](const QString &line) { return line.contains(u"Generated"_s); });
    return lines.join(u'\n');
}

QString tst_GuiReports::firstDifference(const QString &actual, const QString &expected)
{
    const QStringList a = actual.split(u'\n');
    const QStringList e = expected.split(u'\n');
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        if (a.value(i) != e.value(i))
            return u"line %1:\n  actual:   %2\n  expected: %3"_s.arg(i + 1).arg(a.value(i),
                                                                                e.value(i));
    }
    return {};
}

void tst_GuiReports::initTestCase()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    TestSupport::isolateSettings(u"AccordoGuiReportsTest"_s);
    mDb = mDir.filePath(u"demo.accordo"_s);
    const auto init = TestSupport::runCli({u"init"_s, u"--db"_s, mDb, u"--demo"_s});
    QCOMPARE(init.exitCode, 0);
    const auto kpi = TestSupport::runCli({u"kpi"_s, u"--db"_s, mDb, u"--format"_s, u"csv"_s});
    QCOMPARE(kpi.exitCode, 0);
    const QVariantList pick = TestSupport::rowInFile(
        mDb, u"SELECT a.id, a.number, k.period, SUM(k.credit_minor) AS c "
             "FROM kpi_periods k JOIN agreements a ON a.id = k.agreement_id "
             "WHERE k.period NOT LIKE '%Q%' GROUP BY a.id, a.number, k.period "
             "ORDER BY c DESC, k.period DESC LIMIT 1"_s);
    QCOMPARE(pick.size(), 4);
    mId = pick.at(0).toLongLong();
    mNumber = pick.at(1).toString();
    mPeriod = pick.at(2).toString();
}

void tst_GuiReports::init()
{
    QSettings().clear();
    QVERIFY(TestSupport::openMainWindow(mWindow, mDb, u"alice"_s));
}

void tst_GuiReports::cleanup()
{
    mWindow.reset();
}

int tst_GuiReports::writeCliReport(const QString &path) const
{
    return TestSupport::runCli({u"report"_s, u"service"_s, u"--db"_s, mDb, u"--agreement"_s,
                                mNumber, u"--period"_s, mPeriod, u"--out"_s, path})
        .exitCode;
}

ServiceReport::Options tst_GuiReports::options(const QString &number, const QString &period) const
{
    ServiceReport::Options o;
    o.number = number;
    o.period = period;
    o.language = u"en"_s;
    return o;
}

void tst_GuiReports::exportFromTheList(qint64 id, const QString &period,
                                       const std::function<void(QFileDialog *)> &onFileDialog)
{
    auto *list = mWindow->findChild<RecordListView *>(u"agreementList"_s);
    QVERIFY(list);
    list->selectId(id);
    QCOMPARE(list->currentId(), id);
    auto *action = mWindow->findChild<QAction *>(u"actionServiceReport"_s);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QVERIFY(list->view()->actions().contains(action)); // in the list's context menu
    bool opened = false;
    TestSupport::whenDialogOpens<ServiceReportDialog>(this, [&](ServiceReportDialog *dialog) {
        opened = true;
        const int index = dialog->periodBox()->findData(period);
        if (index < 0) {
            dialog->reject();
            QFAIL("the period is not offered");
        }
        dialog->periodBox()->setCurrentIndex(index);
        dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(u"en"_s));
        TestSupport::whenDialogOpens<QFileDialog>(this, onFileDialog);
        dialog->exportButton()->click();
        if (dialog->isVisible())
            dialog->reject();
    });
    action->trigger();
    QVERIFY(opened);
}

void tst_GuiReports::serviceReportFromTheAgreementListIsTheCliPdf()
{
    // Given the demo workspace, the agreement owing the most credit in a month, and the PDF
    // the command line writes for it
    const QString cliPdf = mDir.filePath(u"cli.pdf"_s);
    QCOMPARE(writeCliReport(cliPdf), 0);
    const QString folder = mDir.filePath(u"exports"_s);
    QVERIFY(QDir().mkpath(folder));

    // When Service Report… is chosen on the Agreements list and Export PDF… saved
    QString suggested;
    const QString guiPdf = QDir(folder).filePath(u"%1 %2.pdf"_s.arg(mNumber, mPeriod));
    exportFromTheList(mId, mPeriod, [&](QFileDialog *dialog) {
        suggested = dialog->selectedFiles().value(0);
        dialog->selectFile(guiPdf);
        QMetaObject::invokeMethod(dialog, "accept"); // as the Save button does
    });

    // Then the file dialog suggested "<number> <period>.pdf"
    QCOMPARE(QFileInfo(suggested).fileName(), u"%1 %2.pdf"_s.arg(mNumber, mPeriod));
    // And the status bar says where the PDF went
    QVERIFY(QFileInfo::exists(guiPdf));
    QVERIFY2(mWindow->statusBar()->currentMessage().contains(QDir::toNativeSeparators(guiPdf)),
             qPrintable(mWindow->statusBar()->currentMessage()));
    // And the PDF reads as the command line's, charts and all
    const QString cliText = pdfText(cliPdf);
    QVERIFY(cliText.contains(u"Compliance against the goal"_s) || cliText.contains(u"Trends"_s));
    const QString guiText = pdfText(guiPdf);
    QVERIFY2(guiText == cliText, qPrintable(firstDifference(guiText, cliText)));

    // When it is exported again
    QString again;
    exportFromTheList(mId, mPeriod, [&](QFileDialog *dialog) {
        again = dialog->selectedFiles().value(0);
        dialog->reject();
    });
    // Then the file dialog starts in the folder used last, kept in the settings
    QCOMPARE(QFileInfo(again).absolutePath(), QFileInfo(folder).absoluteFilePath());
    QCOMPARE(QSettings().value(u"reports/folder"_s).toString(),
             QFileInfo(folder).absoluteFilePath());
}

void tst_GuiReports::printedServiceReportKeepsItsCharts()
{
    // Given the command line's PDF of the service report
    const QString cliPdf = mDir.filePath(u"cli-print.pdf"_s);
    QCOMPARE(writeCliReport(cliPdf), 0);
    // When the GUI prints it as the print preview does, on a 1200 dpi printer to a PDF file
    const QString printed = mDir.filePath(u"printed.pdf"_s);
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setFullPage(true);
        auto db = Database::open(mDb, Database::OpenMode::MustExist);
        QVERIFY2(db, qPrintable(db.errorString()));
        const auto pages = ServiceReport::render((*db)->connection(), options(mNumber, mPeriod),
                                                 &printer);
        QVERIFY2(pages, qPrintable(pages.errorString()));
    }
    // Then its text, chart titles and axes included, is the command line's
    // (Word for word: a 1200 dpi page places the columns a space apart here and there.)
    const auto words = [](const QString &text) { return text.simplified().replace(u' ', u'\n'); };
    const QString printedText = words(pdfText(printed));
    const QString cliText = words(pdfText(cliPdf));
    QVERIFY2(printedText == cliText, qPrintable(firstDifference(printedText, cliText)));
}

void tst_GuiReports::serviceReportSaysNoDataForATargetWithoutTickets()
{
    // Given a closed month in which a ticket target of an agreement had no ticket (such
    // periods are derived when read, not stored: found through the KPI rows)
    QVariantList pick;
    {
        auto opened = Database::open(mDb, Database::OpenMode::MustExist);
        QVERIFY2(opened, qPrintable(opened.errorString()));
        auto rows = KpiEngine::rows((*opened)->connection());
        QVERIFY2(rows, qPrintable(rows.errorString()));
        const KpiRow *best = nullptr;
        for (const KpiRow &r : std::as_const(*rows)) {
            if (!r.closed || r.tickets != 0 || r.metric != u"resolution"_s
                || r.period.contains(u'Q') || r.status != u"no_data"_s)
                continue;
            if (!best || r.period > best->period
                || (r.period == best->period && r.number < best->number))
                best = &r;
        }
        if (best)
            pick = {best->number, best->period, best->target.section(u' ', 0, 0)};
    }
    QCOMPARE(pick.size(), 3);
    const QString number = pick.at(0).toString();
    const QString period = pick.at(1).toString();
    const QString service = pick.at(2).toString();
    // When the GUI writes its service report
    const QString pdf = mDir.filePath(u"nodata.pdf"_s);
    auto db = Database::open(mDb, Database::OpenMode::MustExist);
    QVERIFY2(db, qPrintable(db.errorString()));
    const auto pages = ServiceReport::writePdf((*db)->connection(), options(number, period), pdf);
    QVERIFY2(pages, qPrintable(pages.errorString()));
    // Then the target's row says "No data", not "Met"
    const QStringList lines = pdfText(pdf).split(u'\n');
    bool found = false;
    for (const QString &line : lines) {
        if (line.contains(service + u" · Resolution"_s) && line.contains(u" 0 "_s)) {
            QVERIFY2(line.contains(u"No data"_s), qPrintable(line));
            QVERIFY2(!line.contains(u"Met"_s), qPrintable(line));
            found = true;
            break;
        }
    }
    QVERIFY2(found, qPrintable(service));
}

QTEST_MAIN(tst_GuiReports)

#include "tst_guireports.moc"
