#include "data/workspace.h"
#include "demo/demomeasurements.h"
#include "demosession.h"
#include "dialogs/portfoliochecksdialog.h"
#include "kpi/kpiengine.h"
#include "kpi/portfoliochecks.h"
#include "models/findingsmodel.h"
#include "session/workspacesession.h"
#include "storage/database.h"
#include "testfixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

/// View ▸ Portfolio Checks on the demo workspace: the cases the demo plants are found, each
/// table passes the model tester, and a double-click opens the row's agreement.
class tst_PortfolioChecksDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsThePlantedCases_data();
    void findsThePlantedCases();

private:
    QTemporaryDir mDir;
    std::unique_ptr<WorkspaceSession> mSession;
};

void tst_PortfolioChecksDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(TestSupport::openDemoSession(mDir, mSession, TestSupport::DemoResults::UpToDate),
             QString());
}

void tst_PortfolioChecksDialog::findsThePlantedCases_data()
{
    QTest::addColumn<int>("check");
    QTest::addColumn<int>("rows");      // -1: some; -2: as many as PortfolioChecks finds
    QTest::addColumn<QString>("first"); // the first row's first cell; empty: any
    QTest::addColumn<bool>("opens");    // a double-click opens the agreement in that cell

    // As `accordo-cli check … --as-of 2026-10-31` finds them.
    QTest::newRow("consistency") << int(PortfolioChecksDialog::Consistency) << -2
                                 << u"OLA-2025-0002"_s << true;
    QTest::newRow("coverage") << int(PortfolioChecksDialog::Coverage) << -2 << u"Hudson Insurance"_s
                              << false;
    QTest::newRow("reviews") << int(PortfolioChecksDialog::Reviews) << -1 << QString() << true;
    QTest::newRow("watermelons") << int(PortfolioChecksDialog::Watermelons) << -1
                                 << u"SLA-2024-0020"_s << true;
    // The demo's custom metrics were observed only from 2025-11 on.
    QTest::newRow("metrics") << int(PortfolioChecksDialog::Metrics) << 2 << u"SLA-2024-0024"_s
                             << true;
}

void tst_PortfolioChecksDialog::findsThePlantedCases()
{
    QFETCH(int, check);
    QFETCH(int, rows);
    QFETCH(QString, first);
    QFETCH(bool, opens);

    PortfolioChecksDialog dialog(*mSession);
    const auto which = PortfolioChecksDialog::Check(check);
    QAbstractItemModelTester tester(dialog.model(which),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDate today(2026, 10, 31);
    dialog.setToday(today);
    if (rows == -2) {
        const QSqlDatabase db = mSession->database().connection();
        rows = which == PortfolioChecksDialog::Consistency
                   ? int(PortfolioChecks::consistency(db)->size())
                   : int(PortfolioChecks::coverage(db, today)->size());
    }
    QVERIFY(dialog.findings(which) > 0);
    if (rows >= 0)
        QCOMPARE(dialog.findings(which), rows);
    FindingsModel *model = dialog.model(which);
    if (!first.isEmpty())
        QCOMPARE(model->index(0, 0).data().toString(), first);
    for (int column = 0; column < model->columnCount(); ++column)
        QVERIFY(!model->headerData(column, Qt::Horizontal).toString().isEmpty());

    auto *view = dialog.findChild<QTableView *>(u"checkView%1"_s.arg(check));
    QVERIFY(view);
    QSignalSpy opened(&dialog, &PortfolioChecksDialog::openAgreement);
    emit view->doubleClicked(model->index(0, 1));
    if (!opens) {
        QCOMPARE(opened.size(), 0);
        return;
    }
    QCOMPARE(opened.size(), 1);
    const QString number = model->index(0, 0).data().toString();
    QCOMPARE(opened.first().first().toLongLong(),
             *mSession->workspace().agreementIdByNumber(number));
}

QTEST_MAIN(tst_PortfolioChecksDialog)
#include "tst_portfoliochecksdialog.moc"
