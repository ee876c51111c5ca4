#include "charts/chartview.h"
#include "dashboard/dashboardview.h"
#include "dashboard/statusgridmodel.h"
#include "dashboardtest.h"
#include "data/workspace.h"
#include "kpi/kpiengine.h"
#include "mainwindow.h"
#include "openmainwindow.h"
#include "report/reportformat.h"
#include "report/valuesection.h"
#include "session/workspacesession.h"
#include "storage/database.h"
#include "testfixtures.h"
#include "testsupport.h"
#include "widgets/performancepanel.h"

#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QMap>
#include <QProgressBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Accordo;

class tst_Dashboard : public TestSupport::DashboardTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheStoredKpisOfTheLatestMonth();
    void tilesCountWhatKpiPeriodsHold();
    void keepsItsFiltersBetweenSessions();
    void regionFilterNarrowsTheGrid();
    void readsInTheBackgroundAndShowsTheLatestFilter();
    void tileClickOpensTheListBehindIt();
    void chartsSaveAsPngAndSvg();
    void mainWindowHasADashboardTab();
    void performancePanelShowsAPeriodWithItsBreachesAndCredits();
    void saysWhenTheDataIsFromAndWhichMonthTheTilesShow();
    void complianceTileShowsItsGoal();
    void creditsAreTotalledPerCurrency();
    void valueTileShowsTheCreditsAgainstRevenueOfTheMonth();
    void aMonthWithNothingToJudgeIsNoDataNotMet();
    void gridCellsNameTheirStatusInTheirToolTip();
    void customersAreDrawnByTheirBreaches();

private:
    QTemporaryDir mDir;
    QString mPath;
};

void tst_Dashboard::initTestCase()
{
    TestSupport::isolateSettings(u"AccordoDashboardTest"_s);
    QCOMPARE(TestFixtures::createDemo(mDir, u"dashboard"_s, mPath, {},
                                      QDateTime::currentSecsSinceEpoch()),
             QString());
}

void tst_Dashboard::init()
{
    QCOMPARE(openDashboard(mPath), QString());
}

void tst_Dashboard::cleanup()
{
    closeDashboard();
}

void tst_Dashboard::showsTheStoredKpisOfTheLatestMonth()
{
    // Given the demo workspace with its KPIs computed, and no filter
    const DashboardSnapshot &s = mView->snapshot();
    // Then the dashboard shows the latest month, its compliance, trends and agreements
    QSqlDatabase db = mSession->database().connection();
    QCOMPARE(s.filter.toMonth, DashboardData::defaultMonth(*DashboardData::latestMonth(db),
                                                           *DashboardData::lastMeasurement(db)));
    QCOMPARE(s.months.size(), 12);
    QVERIFY(s.tiles.complianceMilli.has_value());
    QVERIFY(*s.tiles.complianceMilli > 50000 && *s.tiles.complianceMilli <= 100000);
    QVERIFY(!s.agreements.isEmpty());
    QCOMPARE(mView->gridModel()->rowCount(), int(s.agreements.size()));
    QCOMPARE(mView->gridModel()->columnCount(), StatusGridModel::FirstMonthColumn + 12);
    QVERIFY(mView->tileButton(DashboardView::ComplianceTile)->text().contains(u'%'));
    QVERIFY(!s.byRegion.isEmpty());
    QVERIFY(!s.byService.isEmpty());
    // The riskiest agreement comes first.
    for (qsizetype i = 1; i < s.agreements.size(); ++i)
        QVERIFY(s.agreements[i - 1].riskScore >= s.agreements[i].riskScore);
}

void tst_Dashboard::tilesCountWhatKpiPeriodsHold()
{
    const DashboardSnapshot &s = mView->snapshot();
    const QString month = s.filter.toMonth;
    const QString quarter = month.left(5) + u'Q' + QString::number(month.mid(5).toInt() / 3);
    const QString periods = month.mid(5).toInt() % 3 == 0 ? u"('%1', '%2')"_s.arg(month, quarter)
                                                          : u"('%1')"_s.arg(month);
    QCOMPARE(s.tiles.breaches,
             count(u"SELECT COUNT(*) FROM kpi_periods WHERE status = 'breached' AND period IN "_s
                   + periods));
    QCOMPARE(s.tiles.agreementsAtRisk,
             count(u"SELECT COUNT(DISTINCT agreement_id) FROM kpi_periods WHERE status <> 'met' "
                   "AND period IN "_s
                   + periods));
    qint64 credits = 0;
    for (const Money &m : s.tiles.creditsOwed)
        credits += m.minorUnits();
    QCOMPARE(credits, count(u"SELECT COALESCE(SUM(credit_minor), 0) FROM kpi_periods "
                            "WHERE period IN "_s
                            + periods));
    QCOMPARE(s.tiles.watermelons,
             count(u"SELECT COUNT(*) FROM kpi_watermelons WHERE period = '%1'"_s.arg(month)));
}

void tst_Dashboard::keepsItsFiltersBetweenSessions()
{
    // Given a dashboard filtered to one region and one kind
    auto *region = mView->findChild<QComboBox *>(u"region"_s);
    auto *kind = mView->findChild<QComboBox *>(u"kind"_s);
    QVERIFY(region && region->count() > 1 && kind && kind->count() > 1);
    region->setCurrentIndex(1);
    kind->setCurrentIndex(1);
    QVERIFY(mView->waitForLoaded());
    const DashboardFilter chosen = mView->filter();
    QVERIFY(!chosen.regionCode.isEmpty());
    // When the dashboard is closed and opened again
    mTester.reset();
    mView = std::make_unique<DashboardView>();
    mView->setSession(mSession.get());
    QVERIFY(mView->waitForLoaded());
    // Then it shows the same filters
    QCOMPARE(mView->filter(), chosen);
    QCOMPARE(mView->snapshot().filter.regionCode, chosen.regionCode);
}

void tst_Dashboard::regionFilterNarrowsTheGrid()
{
    const qsizetype all = mView->snapshot().agreements.size();
    auto *region = mView->findChild<QComboBox *>(u"region"_s);
    region->setCurrentIndex(1);
    QVERIFY(mView->waitForLoaded());
    QVERIFY(mView->snapshot().agreements.size() < all);
    region->setCurrentIndex(0);
    QVERIFY(mView->waitForLoaded());
    QCOMPARE(mView->snapshot().agreements.size(), all);
}

void tst_Dashboard::readsInTheBackgroundAndShowsTheLatestFilter()
{
    const DashboardSnapshot before = mView->snapshot();
    auto *region = mView->findChild<QComboBox *>(u"region"_s);
    auto *busy = mView->findChild<QProgressBar *>(u"dashboardBusy"_s);
    QVERIFY(region && region->count() > 2 && busy);
    QVERIFY(!mView->isLoading());
    QVERIFY(busy->isHidden());
    // When two regions are chosen one after the other
    region->setCurrentIndex(1);
    region->setCurrentIndex(2);
    // Then the figures are read in the background: the ones shown stay until they arrive,
    // and the bar says so
    QVERIFY(mView->isLoading());
    QVERIFY(!busy->isHidden());
    QVERIFY(!mView->findChild<QLabel *>(u"dashboardBusyText"_s)->isHidden());
    QCOMPARE(mView->snapshot().filter, before.filter);
    QCOMPARE(mView->snapshot().agreements.size(), before.agreements.size());
    // And only the last region's figures are shown
    QSignalSpy shown(mView->gridModel(), &QAbstractItemModel::modelReset);
    QVERIFY(mView->waitForLoaded());
    QCOMPARE(shown.count(), 1);
    QVERIFY(!mView->isLoading());
    QVERIFY(busy->isHidden());
    QVERIFY(mView->findChild<QLabel *>(u"dashboardBusyText"_s)->isHidden());
    QCOMPARE(mView->snapshot().filter.regionCode, region->itemData(2).toString());
    QVERIFY(mView->snapshot().agreements.size() < before.agreements.size());
}

void tst_Dashboard::tileClickOpensTheListBehindIt()
{
    // When the breaches tile is clicked
    QTest::mouseClick(mView->tileButton(DashboardView::BreachesTile), Qt::LeftButton);
    // Then a list opens with each agreement that has a breach this month
    QDialog *list = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == u"dashboardList"_s)
            list = qobject_cast<QDialog *>(w);
    QVERIFY(list);
    auto *table = list->findChild<QTableWidget *>();
    QList<AgreementStanding> expected;
    for (const AgreementStanding &a : mView->snapshot().agreements)
        if (a.breaches > 0)
            expected.append(a);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(table->rowCount(), int(expected.size()));
    QCOMPARE(table->item(0, 0)->text(), expected.first().number);
    // And a double click asks for that agreement
    QSignalSpy spy(mView.get(), &DashboardView::agreementActivated);
    emit table->cellDoubleClicked(0, 0);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toLongLong(), expected.first().agreementId);
}

void tst_Dashboard::chartsSaveAsPngAndSvg()
{
    ChartView *chart = mView->chartView(DashboardView::ComplianceChart);
    const QString png = mDir.filePath(u"compliance.png"_s);
    const QString svg = mDir.filePath(u"compliance.svg"_s);
    QVERIFY(chart->savePng(png));
    QVERIFY(chart->saveSvg(svg));
    QImage image(png);
    QCOMPARE(image.size(), chart->size());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("<svg"));
    QVERIFY(content.contains("<path") || content.contains("<polyline"));
}

void tst_Dashboard::mainWindowHasADashboardTab()
{
    mTester.reset();
    mView.reset();
    mSession.reset();
    MainWindow window;
    QVERIFY(TestSupport::showWorkspace(window, mPath, u"alice"_s, QSize(1680, 1050)));
    // The dashboard reads nothing until it is shown: opening the workspace does not wait for
    // it
    window.showPage(MainWindow::AgreementsPage);
    QVERIFY(window.dashboard());
    QVERIFY(!window.dashboard()->session());
    QVERIFY(window.dashboard()->snapshot().agreements.isEmpty());
    QElapsedTimer timer;
    timer.start();
    window.showPage(MainWindow::DashboardPage);
    qInfo("dashboard shown: %lld ms", timer.elapsed());
    QVERIFY(window.dashboard()->isVisible());
    QVERIFY(window.dashboard()->waitForLoaded());
    QVERIFY(!window.dashboard()->snapshot().agreements.isEmpty());
    // Editing keys do nothing on the dashboard: no dialog asks, nothing is deleted, and the
    // dashboard stays where it was.
    const QString records = u"SELECT (SELECT count(*) FROM agreements) + (SELECT count(*) FROM "
                            "parties) + (SELECT count(*) FROM services) AS n"_s;
    const qint64 before = TestSupport::countInFile(mPath, records);
    QVERIFY(before > 0);
    int dialogs = 0;
    QTimer closeDialogs;
    connect(&closeDialogs, &QTimer::timeout, this, [&dialogs] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            ++dialogs;
            modal->close();
        }
    });
    closeDialogs.start(10);
    window.editRecord();
    window.deleteRecord();
    QTest::qWait(50);
    closeDialogs.stop();
    QCOMPARE(dialogs, 0);
    QVERIFY(window.dashboard()->isVisible());
    QCOMPARE(TestSupport::countInFile(mPath, records), before);
}

void tst_Dashboard::performancePanelShowsAPeriodWithItsBreachesAndCredits()
{
    // Given the agreement owing the most credit in its latest month
    QSqlQuery q(mSession->database().connection());
    QVERIFY(q.exec(u"SELECT a.id, a.number, k.period, SUM(k.credit_minor) AS c FROM kpi_periods k "
                   "JOIN agreements a ON a.id = k.agreement_id WHERE k.period NOT LIKE '%Q%' "
                   "GROUP BY a.id, k.period ORDER BY c DESC, k.period DESC LIMIT 1"_s));
    QVERIFY(q.next());
    const qint64 id = q.value(0).toLongLong();
    const QString number = q.value(1).toString();
    const QString period = q.value(2).toString();
    // When its performance panel shows that month
    PerformancePanel panel(*mSession);
    panel.setAgreement(id, number);
    const int index = panel.periodBox()->findData(period);
    QVERIFY2(index >= 0, qPrintable(panel.creditLabel()->text()));
    panel.periodBox()->setCurrentIndex(index);
    // Then each target's result, the breached tickets and the credit total are there
    QCOMPARE(panel.data().period, period);
    QCOMPARE(panel.resultsTable()->rowCount(), int(panel.data().results.size()));
    QVERIFY(panel.resultsTable()->rowCount() > 0);
    QCOMPARE(panel.data().creditTotal.minorUnits(), q.value(3).toLongLong());
    QVERIFY(panel.creditLabel()->text().contains(panel.data().creditTotal.toDisplayString()));
    qint64 breached = 0;
    for (const TargetResult &r : panel.data().results)
        breached += r.breached;
    QCOMPARE(qint64(panel.breachesTable()->rowCount()), std::min<qint64>(breached, 200));
}

void tst_Dashboard::saysWhenTheDataIsFromAndWhichMonthTheTilesShow()
{
    // Given the instant of the last ticket event, outage or survey, as another reader finds it
    qint64 last = 0;
    for (const QString &sql :
         {u"SELECT MAX(opened_at), MAX(first_response_at), MAX(resolved_at), MAX(closed_at) "
          "FROM tickets"_s,
          u"SELECT MAX(start_at), MAX(end_at) FROM outages"_s,
          u"SELECT MAX(answered_at) FROM surveys"_s}) {
        QSqlQuery q(mSession->database().connection());
        QVERIFY(q.exec(sql));
        QVERIFY(q.next());
        for (int i = 0; i < q.record().count(); ++i)
            last = std::max(last, q.value(i).toLongLong());
    }
    QVERIFY(last > 0);
    // Then the dashboard says the data is as of then, and which month its tiles show
    const ReportFormat f{QLocale()};
    const QString text = mView->asOfLabel()->text();
    QVERIFY2(text.contains(u"Data as of %1 UTC"_s.arg(f.instant(last))), qPrintable(text));
    QVERIFY2(text.contains(u"The tiles show %1"_s.arg(f.period(mView->snapshot().filter.toMonth))),
             qPrintable(text));
    QCOMPARE(mView->snapshot().dataAsOf.value_or(-1), last);
}

void tst_Dashboard::complianceTileShowsItsGoal()
{
    const DashboardTiles &t = mView->snapshot().tiles;
    QVERIFY(t.goalMilli.has_value());
    const QString text = mView->tileButton(DashboardView::ComplianceTile)->text();
    QVERIFY2(text.contains(u"goal %1"_s.arg(ReportFormat(QLocale()).percent(t.goalMilli, 2))),
             qPrintable(text));
}

void tst_Dashboard::creditsAreTotalledPerCurrency()
{
    // Given the credits the store holds for the dashboard's month, per currency
    const QString month = mView->snapshot().filter.toMonth;
    QStringList periods{month};
    if (month.mid(5).toInt() % 3 == 0)
        periods.append(month.left(5) + u'Q' + QString::number(month.mid(5).toInt() / 3));
    QSqlQuery q(mSession->database().connection());
    q.prepare(u"SELECT currency, SUM(credit_minor) FROM kpi_periods WHERE period IN (?, ?) "
              "AND credit_minor <> 0 GROUP BY currency ORDER BY currency"_s);
    q.addBindValue(periods.first());
    q.addBindValue(periods.last());
    QVERIFY(q.exec());
    QList<Money> expected;
    while (q.next())
        expected.append(Money(q.value(1).toLongLong(), q.value(0).toString()));
    QVERIFY2(expected.size() > 1, "the demo owes credits in several currencies");
    // Then the tile shows each currency's total, none hidden behind "+ n more"
    QCOMPARE(mView->snapshot().tiles.creditsOwed, expected);
    const QString text = mView->tileButton(DashboardView::CreditsTile)->text();
    for (const Money &m : expected)
        QVERIFY2(text.contains(m.toDisplayString()), qPrintable(text));
    QVERIFY2(!text.contains(u"more"_s), qPrintable(text));
}

void tst_Dashboard::valueTileShowsTheCreditsAgainstRevenueOfTheMonth()
{
    // Given value against cost of the tiles' month, read on the test's connection
    const DashboardSnapshot &snapshot = mView->snapshot();
    const QString month = snapshot.filter.toMonth;
    auto all = ValueVsCost::agreements(mSession->database().connection(),
                                       {QString(), month, month});
    QVERIFY2(all, qPrintable(all.errorString()));
    const QList<ValueCost> shown = ValueSection::shown({snapshot, *all});
    QVERIFY2(shown.size() > 10, qPrintable(QString::number(shown.size())));
    // The rows are those of the agreements shown, with one agreement left out of the snapshot
    // left out of them; the highest share of revenue first, else in the order read
    DashboardSnapshot fewer = snapshot;
    const qint64 leftOut = fewer.agreements.takeLast().agreementId;
    QSet<qint64> kept;
    for (const AgreementStanding &a : std::as_const(fewer.agreements))
        kept.insert(a.agreementId);
    QList<ValueCost> expected;
    for (const ValueCost &v : std::as_const(*all)) {
        if (kept.contains(v.agreementId))
            expected.append(v);
    }
    std::stable_sort(expected.begin(), expected.end(), [](const ValueCost &l, const ValueCost &r) {
        return l.ratioMilli.value_or(-1) > r.ratioMilli.value_or(-1);
    });
    const QList<ValueCost> shownOfFewer = ValueSection::shown({fewer, *all});
    QCOMPARE(shownOfFewer.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(shownOfFewer.at(i).agreementId, expected.at(i).agreementId);
        QCOMPARE(shownOfFewer.at(i).period, expected.at(i).period);
    }
    QVERIFY(std::none_of(shownOfFewer.cbegin(), shownOfFewer.cend(),
                         [leftOut](const ValueCost &v) { return v.agreementId == leftOut; }));
    // Then the tile shows the ratio of every currency of the agreements shown
    const QStringList parts = ValueSection::ratioParts(ValueSection::totals(shown),
                                                       ReportFormat(QLocale()));
    QVERIFY2(parts.size() > 1, qPrintable(parts.join(u'|')));
    const QString text = mView->tileButton(DashboardView::ValueTile)->text();
    for (const QString &part : parts)
        QVERIFY2(text.contains(part), qPrintable(text + u" / "_s + part));
}

void tst_Dashboard::aMonthWithNothingToJudgeIsNoDataNotMet()
{
    // Given an agreement whose every result of a month (not the end of a quarter) is "no
    // data": met without anything measured (such periods are derived, not stored)
    const QStringList months = mView->snapshot().months;
    auto rows = KpiEngine::rows(mSession->database().connection());
    QVERIFY2(rows, qPrintable(rows.errorString()));
    QMap<std::pair<QString, qint64>, bool> nothing; // (month, agreement) -> nothing measured
    for (const KpiRow &r : *rows) {
        if (r.period.contains(u'Q'))
            continue;
        auto it = nothing.find({r.period, r.agreementId});
        if (it == nothing.end())
            it = nothing.insert({r.period, r.agreementId}, true);
        *it = *it && !r.achievedMilli && r.status == u"no_data"_s;
    }
    qint64 agreement = 0;
    QString month;
    for (auto it = nothing.cend(); it != nothing.cbegin() && agreement == 0;) {
        --it;
        const QString period = it.key().first;
        if (it.value() && months.contains(period) && period.mid(5).toInt() % 3 != 0) {
            agreement = it.key().second;
            month = period;
        }
    }
    QVERIFY2(agreement != 0, "the demo has a month with nothing to judge");
    // Then the grid shows that month as "no data"
    StatusGridModel *grid = mView->gridModel();
    int row = -1;
    for (int r = 0; r < grid->rowCount(); ++r)
        if (grid->agreementId(r) == agreement)
            row = r;
    QVERIFY(row >= 0);
    const QModelIndex cell = grid->index(row, StatusGridModel::FirstMonthColumn
                                                  + int(months.indexOf(month)));
    QCOMPARE(cell.data(Qt::UserRole).toString(), u"no_data"_s);
    QVERIFY2(cell.data(Qt::ToolTipRole).toString().startsWith(u"No data"_s),
             qPrintable(cell.data(Qt::ToolTipRole).toString()));
}

void tst_Dashboard::gridCellsNameTheirStatusInTheirToolTip()
{
    // Given the grid of the demo workspace's latest year
    const StatusGridModel *grid = mView->gridModel();
    const QHash<QString, QString> names{{u"met"_s, u"Met"_s},
                                        {u"at_risk"_s, u"At risk"_s},
                                        {u"breached"_s, u"Breached"_s},
                                        {u"no_data"_s, u"No data: nothing to judge in the month"_s},
                                        {QString(), u"Not measured"_s}};
    QSet<QString> seen;
    // Then every month's cell says in its tool tip what its status is
    for (int row = 0; row < grid->rowCount(); ++row) {
        for (int column = StatusGridModel::FirstMonthColumn; column < grid->columnCount();
             ++column) {
            const QModelIndex cell = grid->index(row, column);
            const QString status = cell.data(Qt::UserRole).toString();
            QVERIFY2(names.contains(status), qPrintable(status));
            QCOMPARE(cell.data(Qt::ToolTipRole).toString(), names.value(status));
            seen.insert(status);
        }
    }
    QVERIFY(seen.contains(u"met"_s));
    QVERIFY(seen.contains(u"breached"_s));
}

void tst_Dashboard::customersAreDrawnByTheirBreaches()
{
    // Given the customers with breaches, most first
    QList<qint64> breaches;
    for (const BreakdownBar &b : mView->snapshot().byCustomer)
        if (b.breaches > 0)
            breaches.append(b.breaches);
    std::sort(breaches.begin(), breaches.end(), std::greater<>());
    breaches = breaches.mid(0, 8);
    QVERIFY(!breaches.isEmpty());
    // Then the chart's bars are their breaches, the most at the top, on an axis named for them
    QChart *chart = mView->chartView(DashboardView::CustomerChart)->chart();
    auto *series = qobject_cast<QHorizontalBarSeries *>(chart->series().value(0));
    QVERIFY(series);
    QBarSet *set = series->barSets().value(0);
    QVERIFY(set);
    QList<qint64> drawn;
    for (int i = set->count() - 1; i >= 0; --i)
        drawn.append(qint64(set->at(i)));
    QCOMPARE(drawn, breaches);
    QVERIFY(series->isLabelsVisible());
    QCOMPARE(chart->axes(Qt::Horizontal).value(0)->titleText(),
             u"Breached results (agreement × target)"_s);
    QCOMPARE(chart->axes(Qt::Horizontal).value(0)->property("min").toDouble(), 0.0);
}

QTEST_MAIN(tst_Dashboard)
#include "tst_dashboard.moc"
