#include "alerts/alertscanner.h"
#include "change/changerequests.h"
#include "data/workspace.h"
#include "demosession.h"
#include "mainwindow.h"
#include "models/alertsmodel.h"
#include "models/changerequestsmodel.h"
#include "session/resultsrefresher.h"
#include "session/workspacesession.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"
#include "testsupport.h"
#include "widgets/alertspanel.h"
#include "widgets/changerequestspanel.h"
#include "workflow/changealertsui.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Accordo;

namespace {

// Screenshots for people to look at, when ACCORDO_SHOTS names a folder.
void shoot(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("ACCORDO_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    widget.grab().save(QDir(folder).filePath(name));
}

// The change request register of the workspace at `location` as alice sees it, its model under
// a model tester from the start.
struct RegisterAsAlice
{
    explicit RegisterAsAlice(const QString &location)
        : session(TestSupport::openSessionOn(location, u"alice"_s)),
          panel(*session),
          modelTester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest)
    {}

    std::unique_ptr<WorkspaceSession> session;
    ChangeRequestsPanel panel;
    QAbstractItemModelTester modelTester;
};

} // namespace

/// The change request register (its model, filters and sort) and the Alerts panel: a
/// background recompute that turns a target at risk shows a new alert in the main window's
/// panel and notifies the user.
class tst_ChangeAlertsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void registerFiltersAndSorts_data();
    void registerFiltersAndSorts();
    void agreementViewListsItsOwn_data();
    void agreementViewListsItsOwn();
    void backgroundRecomputeRaisesAlertInPanel();
    void notificationText_data();
    void notificationText();

private:
    QTemporaryDir mDir;
    QString mDemo;
};

void tst_ChangeAlertsUi::initTestCase()
{
    TestSupport::isolateSettings(u"AccordoChangeAlertsTest"_s);
    QCOMPARE(TestFixtures::createDemo(mDir, u"demo"_s, mDemo, {}), QString());
}

void tst_ChangeAlertsUi::registerFiltersAndSorts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("rows");

    // The demo has one change request in each state.
    QTest::newRow("all") << QString() << QString() << 4;
    QTest::newRow("submitted") << QString() << u"submitted"_s << 1;
    QTest::newRow("rejected") << QString() << u"rejected"_s << 1;
    QTest::newRow("text") << u"rota"_s << QString() << 1;
    QTest::newRow("text-and-state") << u"rota"_s << u"accepted"_s << 0;
}

void tst_ChangeAlertsUi::registerFiltersAndSorts()
{
    QFETCH(QString, text);
    QFETCH(QString, status);
    QFETCH(int, rows);
    // Given the register under the model testers
    RegisterAsAlice shown(mDemo);
    ChangeRequestsPanel &panel = shown.panel;
    QAbstractItemModelTester proxyTester(panel.proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(panel.model(), &QAbstractItemModel::modelReset);
    auto loaded = panel.reload();
    QVERIFY2(loaded, qPrintable(loaded.errorString()));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(panel.model()->rowCount(), 4);
    // When it is filtered
    panel.setFilter(text, status);
    // Then only the matching requests show
    QCOMPARE(panel.proxy()->rowCount(), rows);
    // and sorting by number orders them by number, not by text
    panel.proxy()->sort(ChangeRequestsModel::Id, Qt::AscendingOrder);
    for (int row = 1; row < panel.proxy()->rowCount(); ++row)
        QVERIFY(panel.proxy()->index(row - 1, 0).data(Qt::UserRole + 1).toLongLong()
                < panel.proxy()->index(row, 0).data(Qt::UserRole + 1).toLongLong());
    if (text.isEmpty() && status.isEmpty()) {
        panel.view()->selectRow(1);
        panel.resize(1100, 420);
        shoot(panel, u"change-requests-register.png"_s);
    }
}

void tst_ChangeAlertsUi::agreementViewListsItsOwn_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("rows");
    QTest::newRow("with-a-request") << u"SLA-2026-0001"_s << 1;
    QTest::newRow("without") << u"SLA-2024-0007"_s << 0;
    // A new agreement has no number yet, and no requests.
    QTest::newRow("new-agreement") << QString() << 0;
}

void tst_ChangeAlertsUi::agreementViewListsItsOwn()
{
    QFETCH(QString, number);
    QFETCH(int, rows);
    RegisterAsAlice shown(mDemo);
    ChangeRequestsPanel &panel = shown.panel;
    const qint64 id = number.isEmpty() ? 0
                                       : *shown.session->workspace().agreementIdByNumber(number);
    panel.setAgreement(id, number);
    QCOMPARE(panel.model()->rowCount(), rows);
    for (int row = 0; row < rows; ++row)
        QVERIFY(panel.model()
                    ->index(row, ChangeRequestsModel::Agreement)
                    .data()
                    .toString()
                    .startsWith(number));
}

void tst_ChangeAlertsUi::backgroundRecomputeRaisesAlertInPanel()
{
    // The ticket below is 7/8 of its target's time old (near due: over 3/4) and inside the
    // current UTC month, whose period is the one still open: 3.5 h of a 4 h target, or less in
    // the first hours of a month.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QDate today = QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date();
    const qint64 monthStart =
        QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 threshold = std::min<qint64>(4 * 3600, (now - monthStart - 300) / 480 * 480);
    if (threshold < 480)
        QSKIP("the UTC month began minutes ago: no ticket of it can be near its due time yet");
    const qint64 age = threshold / 8 * 7;
    // Given a workspace where alice is told of targets at risk, and Acme's target is met
    const QString location = mDir.filePath(u"alerts.accordo"_s);
    {
        auto db = Database::open(location, Database::OpenMode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.errorString()));
        Workspace ws(**db);
        QCOMPARE(TestFixtures::addUsers(ws.connection(), {{u"alice"_s, {Role::SlaManager}}}),
                 QString());
        const TestFixtures::DeskPortfolio portfolio = TestFixtures::addDeskPortfolio(ws);
        const qint64 desk = portfolio.desk;
        const qint64 acme = portfolio.acme;
        Agreement a = TestFixtures::agreement(
            u"Acme desk"_s, acme, {desk},
            {TestFixtures::target(desk, Metric::Resolution, threshold)}, QDate(2020, 1, 1), {},
            Money(100000, u"EUR"_s));
        a.status = AgreementStatus::Active;
        QVERIFY(ws.insert(a));
        AlertRule rule;
        rule.userName = u"alice"_s;
        rule.event = AlertEvent::TargetAtRisk;
        QVERIFY(AlertStore(ws).addRule(rule));
    }
    MainWindow window;
    QVERIFY(window.openWorkspace(location, false, u"alice"_s));
    QVERIFY(window.resultsRefresher()->waitForIdle());
    AlertsPanel *panel = window.changeAlerts()->alertsPanel();
    QAbstractItemModelTester tester(panel->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel->model()->rowCount(), 0);
    QSignalSpy raised(panel, &AlertsPanel::alertsRaised);
    // When a ticket close to its due time arrives and the background recompute runs
    {
        QSqlQuery q(window.session()->workspace().connection());
        q.prepare(u"INSERT INTO tickets (number, customer, service, region, priority, opened_at) "
                  "VALUES ('INC1', 'Acme', 'DESK', 'EU', 'P2', ?)"_s);
        q.addBindValue(QDateTime::currentSecsSinceEpoch() - age);
        QVERIFY(q.exec());
        QVERIFY(q.exec(u"UPDATE accordo_meta SET value = '1' "
                       "WHERE key = 'ticket_results_stale'"_s));
    }
    window.resultsRefresher()->refreshNow();
    QVERIFY(window.resultsRefresher()->waitForIdle());
    // Then alice's panel shows the new alert, and she is notified of it
    QTRY_COMPARE_WITH_TIMEOUT(raised.size(), 1, 10000);
    const auto alerts = raised.first().first().value<QList<Alert>>();
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().event, AlertEvent::TargetAtRisk);
    QCOMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(panel->model()->unseen(), 1);
    QVERIFY(panel->model()->index(0, AlertsModel::Subject).data().toString().contains(u"DESK"_s));
    QVERIFY(window.changeAlerts()->dock()->windowTitle().contains(u"1"_s));
    window.resize(1200, 700);
    window.show();
    shoot(window, u"alerts-panel.png"_s);
    // When she marks them seen, then none is new
    QVERIFY(panel->markAllSeen());
    QCOMPARE(panel->model()->unseen(), 0);
}

void tst_ChangeAlertsUi::notificationText_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("firstLine");
    QTest::newRow("none") << 0 << QString() << QString();
    QTest::newRow("one") << 1 << u"Target at risk"_s << u"SLA-1 v1 · DESK · 2026-11"_s;
    QTest::newRow("many") << 5 << u"5 new alert(s)"_s
                          << u"Target at risk: SLA-1 v1 · DESK · 2026-11"_s;
}

void tst_ChangeAlertsUi::notificationText()
{
    QFETCH(int, count);
    QFETCH(QString, title);
    QFETCH(QString, firstLine);
    QList<Alert> alerts;
    for (int i = 0; i < count; ++i)
        alerts.append({i + 1,
                       u"alice"_s,
                       AlertEvent::TargetAtRisk,
                       u"k%1"_s.arg(i),
                       1,
                       u"SLA-1 v1 · DESK · 2026-11"_s,
                       0,
                       {}});
    const auto [shownTitle, text] = AlertsPanel::notification(alerts);
    QCOMPARE(shownTitle, title);
    QCOMPARE(text.section(u'\n', 0, 0), firstLine);
    if (count > 3)
        QVERIFY(text.endsWith(u"and 2 more"_s));
}

QTEST_MAIN(tst_ChangeAlertsUi)
#include "tst_changealertsui.moc"
