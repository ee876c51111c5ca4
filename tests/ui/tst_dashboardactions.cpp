#include "dashboard/dashboardraise.h"
#include "dashboard/dashboardview.h"
#include "dashboard/statusgridmodel.h"
#include "dashboardtest.h"
#include "data/actionstore.h"
#include "data/workspace.h"
#include "dialogs/actiondialog.h"
#include "kpi/kpiengine.h"
#include "kpi/portfoliochecks.h"
#include "session/workspacesession.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateTime>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Accordo;

/// What follows the dashboard's figures on the demo: the tile of `check actions` (overdue
/// actions, breaches no action follows) opens its findings, and Raise Action… from the lists
/// of breaches, agreements at risk, watermelons and actions, and from the heat map, starts
/// an action with its agreement, target and period filled in.
class tst_DashboardActions : public TestSupport::DashboardTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void actionsTileCountsWhatCheckActionsFinds();
    void actionsListRaisesAnActionOnABreachNoActionFollows();
    void listsOfFiguresOfferRaiseAction_data();
    void listsOfFiguresOfferRaiseAction();
    void heatMapCellProposesItsWorstTargetAndPeriod();

private:
    QDialog *openedList(DashboardView::Tile tile);
    /// Clicks Raise Action… on `row` of `list`; the action the dialog opened with, saved under
    /// `title` when it is not empty, else cancelled.
    ImprovementAction raiseFrom(QDialog *list, int row, const QString &title);

    QTemporaryDir mDir;
    QString mLocation;
};

void tst_DashboardActions::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    TestSupport::isolateSettings(u"AccordoDashboardActionsTest"_s);
    QCOMPARE(TestFixtures::createDemo(mDir, u"dashboardactions"_s, mLocation, {Role::SlaManager},
                                      QDateTime::currentSecsSinceEpoch()),
             QString());
}

void tst_DashboardActions::init()
{
    // On a server the connection's login acts, whatever name the session gives.
    QCOMPARE(openDashboard(mLocation, TestBackend::isPostgres() ? QString() : u"alice"_s),
             QString());
}

void tst_DashboardActions::cleanup()
{
    closeDashboard();
}

QDialog *tst_DashboardActions::openedList(DashboardView::Tile tile)
{
    QTest::mouseClick(mView->tileButton(tile), Qt::LeftButton);
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == u"dashboardList"_s && w->isVisible())
            return qobject_cast<QDialog *>(w);
    return nullptr;
}

ImprovementAction tst_DashboardActions::raiseFrom(QDialog *list, int row, const QString &title)
{
    auto *table = list->findChild<QTableWidget *>();
    table->setCurrentCell(row, 0);
    auto *raise = list->findChild<QPushButton *>(u"raiseAction"_s);
    if (!raise || !raise->isEnabled())
        return {};
    ImprovementAction opened;
    TestSupport::whenDialogOpens<ActionDialog>(this, [&](ActionDialog *dialog) {
        opened = dialog->action();
        if (title.isEmpty())
            return dialog->reject();
        dialog->findChild<QLineEdit *>(u"title"_s)->setText(title);
        dialog->accept();
        if (dialog->isVisible()) // refused: say why, and close
            QFAIL(qPrintable(dialog->findChild<QLabel *>(u"error"_s)->text()));
    });
    raise->click();
    return opened;
}

void tst_DashboardActions::actionsTileCountsWhatCheckActionsFinds()
{
    // Given the demo with its overdue actions and breaches
    auto findings = PortfolioChecks::actions(mSession->database().connection(),
                                             QDate::currentDate());
    QVERIFY2(findings, qPrintable(findings.errorString()));
    QVERIFY(!findings->isEmpty());

    // Then the tile shows their count, and the list behind it one row each
    QCOMPARE(mView->snapshot().tiles.actionFindings, findings->size());
    const QString text = mView->tileButton(DashboardView::ActionsTile)->text();
    QVERIFY2(text.startsWith(QLocale().toString(findings->size()) + u'\n'), qPrintable(text));
    QDialog *list = openedList(DashboardView::ActionsTile);
    QVERIFY(list);
    auto *table = list->findChild<QTableWidget *>();
    QCOMPARE(table->rowCount(), int(findings->size()));
    QCOMPARE(table->item(0, 0)->text(), findings->first().number);
}

void tst_DashboardActions::actionsListRaisesAnActionOnABreachNoActionFollows()
{
    // Given the list behind the actions tile
    const QList<ActionFinding> findings = mView->snapshot().actionFindings;
    const auto breach = std::find_if(findings.cbegin(), findings.cend(), [](const auto &f) {
        return f.kind == u"breach_without_action"_s;
    });
    QVERIFY(breach != findings.cend());
    const auto overdue = std::find_if(findings.cbegin(), findings.cend(),
                                      [](const auto &f) { return f.kind == u"overdue_action"_s; });
    QVERIFY(overdue != findings.cend());
    QDialog *list = openedList(DashboardView::ActionsTile);
    QVERIFY(list);
    auto *raise = list->findChild<QPushButton *>(u"raiseAction"_s);
    auto *table = list->findChild<QTableWidget *>();

    // When an overdue action is selected, then there is nothing to raise: it exists
    table->setCurrentCell(int(overdue - findings.cbegin()), 0);
    QVERIFY(!raise->isEnabled());

    // When Raise Action… is used on the breach and the action saved
    const ActionFilter filter{breach->number, {}, {}, false};
    const qsizetype before = ActionStore(mSession->workspace()).actions(filter)->size();
    const ImprovementAction opened = raiseFrom(list, int(breach - findings.cbegin()),
                                               u"Find why it breached"_s);

    // Then the dialog opened with its agreement, target and period
    QCOMPARE(opened.number, breach->number);
    QCOMPARE(opened.targetId, breach->targetId);
    QCOMPARE(opened.period, breach->period);
    QCOMPARE(opened.source, u"breach"_s);
    QVERIFY(opened.finding.contains(breach->subject));
    // And the action is stored, so that the breach is followed and leaves the tile
    QCOMPARE(ActionStore(mSession->workspace()).actions(filter)->size(), before + 1);
    QVERIFY(mView->waitForLoaded());
    QCOMPARE(mView->snapshot().tiles.actionFindings, findings.size() - 1);
}

void tst_DashboardActions::listsOfFiguresOfferRaiseAction_data()
{
    QTest::addColumn<DashboardView::Tile>("tile");
    QTest::addColumn<QStringList>("sources"); // what a row raises from
    QTest::addColumn<bool>("hasTarget");
    QTest::newRow("breaches") << DashboardView::BreachesTile << QStringList{u"breach"_s} << true;
    QTest::newRow("at-risk") << DashboardView::AtRiskTile << QStringList{u"breach"_s, u"at_risk"_s}
                             << true;
    QTest::newRow("watermelons") << DashboardView::WatermelonsTile << QStringList{u"watermelon"_s}
                                 << false;
}

void tst_DashboardActions::listsOfFiguresOfferRaiseAction()
{
    QFETCH(DashboardView::Tile, tile);
    QFETCH(QStringList, sources);
    QFETCH(bool, hasTarget);
    const QString month = mView->snapshot().tiles.period;
    // Given the list behind the tile, with at least one agreement
    QDialog *list = openedList(tile);
    QVERIFY(list);
    auto *table = list->findChild<QTableWidget *>();
    if (table->rowCount() == 0)
        QSKIP("the demo has no such agreement this month");
    const qint64 agreementId = table->item(0, 0)->data(Qt::UserRole).toLongLong();

    // When Raise Action… is used on its first row (and the dialog cancelled)
    const ImprovementAction opened = raiseFrom(list, 0, {});

    // Then the action starts on that agreement, from that figure, with the target that did
    // worst in the month and the period of its result
    QCOMPARE(opened.agreementId, agreementId);
    QVERIFY2(sources.contains(opened.source), qPrintable(opened.source));
    QCOMPARE(opened.targetId != 0, hasTarget);
    QVERIFY2(opened.period == month || opened.period.startsWith(month.left(5) + u'Q'),
             qPrintable(opened.period));
    if (hasTarget) {
        const qint64 results = TestSupport::count(
            mSession->database().connection(),
            u"SELECT count(*) FROM kpi_periods WHERE target_id = ? AND period = ? "
            "AND status IN ('breached', 'at_risk')"_s,
            {opened.targetId, opened.period});
        QCOMPARE(results, 1);
        QVERIFY(!opened.finding.isEmpty());
    }
}

void tst_DashboardActions::heatMapCellProposesItsWorstTargetAndPeriod()
{
    // Given a heat map cell of a month in which its agreement breached
    StatusGridModel *grid = mView->gridModel();
    QModelIndex breached;
    for (int row = 0; row < grid->rowCount() && !breached.isValid(); ++row)
        for (int column = StatusGridModel::FirstMonthColumn; column < grid->columnCount(); ++column)
            if (grid->index(row, column).data(Qt::UserRole).toString() == u"breached"_s) {
                breached = grid->index(row, column);
                break;
            }
    QVERIFY(breached.isValid());
    const QString month = mView->snapshot().months.at(breached.column()
                                                      - StatusGridModel::FirstMonthColumn);

    // When Raise Action… is chosen on it
    const DashboardRaise::Origin origin = mView->cellOrigin(breached);
    auto action = DashboardRaise::proposal(*mSession, origin);
    QVERIFY2(action, qPrintable(action.errorString()));

    // Then the action is of that agreement, raised by the breach of a target in that month
    QCOMPARE(action->agreementId, grid->agreementId(breached.row()));
    QCOMPARE(action->source, u"breach"_s);
    QVERIFY(action->targetId != 0);
    const qint64 results = TestSupport::count(
        mSession->database().connection(),
        u"SELECT count(*) FROM kpi_periods WHERE agreement_id = ? AND target_id = ? "
        "AND period = ? AND status = 'breached'"_s,
        {action->agreementId, action->targetId, action->period});
    QCOMPARE(results, 1);
    QVERIFY2(action->period == month || action->period.startsWith(month.left(5) + u'Q'),
             qPrintable(action->period));

    // And a cell without a breach raises no breach
    const QModelIndex number = grid->index(breached.row(), StatusGridModel::NumberColumn);
    QCOMPARE(mView->cellOrigin(number).agreementId, grid->agreementId(breached.row()));
    QVERIFY(!mView->cellOrigin(QModelIndex()).agreementId);
}

QTEST_MAIN(tst_DashboardActions)
#include "tst_dashboardactions.moc"
