#include "data/actionstore.h"
#include "data/workspace.h"
#include "demosession.h"
#include "dialogs/actiondialog.h"
#include "dialogs/actionsdialog.h"
#include "models/actionsmodel.h"
#include "models/agreementsmodel.h"
#include "session/workspacesession.h"
#include "storage/database.h"
#include "testfixtures.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

/// View ▸ Improvement Actions on the demo workspace (today 2026-10-31): the list passes the
/// model tester, filters by state and owner, sorts by due date, and the action dialog offers
/// only the steps the state machine allows.
class tst_ActionsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEveryActionUnderTheModelTester();
    void filtersByStateAndOwner_data();
    void filtersByStateAndOwner();
    void sortsByDueDate();
    void dialogOffersOnlyAllowedSteps_data();
    void dialogOffersOnlyAllowedSteps();
    void droppingWithoutReasonIsShownAndNotSaved();
    void agreementsListShowsTheOwner();

private:
    int countInStore(const ActionFilter &filter) const;

    QTemporaryDir mDir;
    std::unique_ptr<WorkspaceSession> mSession;
};

void tst_ActionsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(TestSupport::openDemoSession(mDir, mSession), QString());
}

int tst_ActionsDialog::countInStore(const ActionFilter &filter) const
{
    return int(ActionStore(mSession->workspace()).actions(filter)->size());
}

void tst_ActionsDialog::listsEveryActionUnderTheModelTester()
{
    // Given the model under the tester before it is filled
    ActionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset{&model, &QAbstractItemModel::modelReset};
    // When it reads the demo's actions
    QVERIFY(model.reload(mSession->workspace()));
    // Then it holds every one of them, with translated headers
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), countInStore({}));
    QVERIFY(model.rowCount() > 5);
    QCOMPARE(model.headerData(ActionsModel::Owner, Qt::Horizontal).toString(), u"Owner"_s);
    // And an open action past its due date reads as overdue
    model.setToday(QDate(2026, 10, 31));
    int overdue = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        overdue += model.index(row, ActionsModel::State).data().toString().contains(u"overdue"_s);
    QVERIFY(overdue >= 2);
}

void tst_ActionsDialog::filtersByStateAndOwner_data()
{
    QTest::addColumn<QString>("state"); // the filter's entry
    QTest::addColumn<QString>("owner");
    QTest::newRow("open-and-in-progress") << u"Open and in progress"_s << QString();
    QTest::newRow("all") << u"All states"_s << QString();
    QTest::newRow("done") << u"Done"_s << QString();
    QTest::newRow("dropped") << u"Dropped"_s << QString();
    QTest::newRow("alices-open") << u"Open and in progress"_s << u"alice"_s;
    QTest::newRow("daves-done") << u"Done"_s << u"dave"_s;
}

void tst_ActionsDialog::filtersByStateAndOwner()
{
    QFETCH(QString, state);
    QFETCH(QString, owner);
    ActionsDialog dialog(*mSession);
    QAbstractItemModelTester tester(dialog.filter(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *states = dialog.findChild<QComboBox *>(u"stateFilter"_s);
    auto *owners = dialog.findChild<QComboBox *>(u"ownerFilter"_s);
    states->setCurrentIndex(states->findText(state));
    owners->setCurrentIndex(owner.isEmpty() ? 0 : owners->findData(owner));
    ActionFilter filter;
    filter.ownerName = owner;
    filter.openOnly = state == u"Open and in progress"_s;
    if (state == u"Done"_s)
        filter.state = ActionState::Done;
    else if (state == u"Dropped"_s)
        filter.state = ActionState::Dropped;
    QCOMPARE(dialog.filter()->rowCount(), countInStore(filter));
    QVERIFY(dialog.filter()->rowCount() > 0);
    for (int row = 0; row < dialog.filter()->rowCount(); ++row)
        if (!owner.isEmpty())
            QCOMPARE(dialog.filter()->index(row, ActionsModel::Owner).data().toString(), owner);
}

void tst_ActionsDialog::sortsByDueDate()
{
    ActionsDialog dialog(*mSession);
    auto *states = dialog.findChild<QComboBox *>(u"stateFilter"_s);
    states->setCurrentIndex(states->findText(u"All states"_s));
    dialog.view()->sortByColumn(ActionsModel::Due, Qt::DescendingOrder);
    QDate previous(9999, 12, 31);
    for (int row = 0; row < dialog.filter()->rowCount(); ++row) {
        const QDate due =
            dialog.filter()->index(row, ActionsModel::Due).data(Qt::UserRole).toDate();
        QVERIFY(due <= previous);
        previous = due;
    }
    dialog.resize(1100, 420);
    QDir().mkpath(u"/tmp/shots/review"_s);
    dialog.grab().save(u"/tmp/shots/review/actions-dialog.png"_s);
}

void tst_ActionsDialog::dialogOffersOnlyAllowedSteps_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QStringList>("offered");
    QTest::newRow("open") << int(ActionState::Open)
                          << QStringList{u"Open"_s, u"In progress"_s, u"Done"_s, u"Dropped"_s};
    QTest::newRow("in-progress") << int(ActionState::InProgress)
                                 << QStringList{u"In progress"_s, u"Done"_s, u"Dropped"_s};
    QTest::newRow("done") << int(ActionState::Done) << QStringList{u"Done"_s};
    QTest::newRow("dropped") << int(ActionState::Dropped) << QStringList{u"Dropped"_s};
}

void tst_ActionsDialog::dialogOffersOnlyAllowedSteps()
{
    QFETCH(int, state);
    QFETCH(QStringList, offered);
    ActionFilter filter;
    filter.state = ActionState(state);
    const ImprovementAction action =
        ActionStore(mSession->workspace()).actions(filter)->constFirst();
    ActionDialog dialog(*mSession, action);
    auto *states = dialog.findChild<QComboBox *>(u"state"_s);
    QStringList items;
    for (int i = 0; i < states->count(); ++i)
        items.append(states->itemText(i));
    QCOMPARE(items, offered);
    QCOMPARE(states->currentText(), offered.contains(Improvement::displayName(action.state))
                                        ? Improvement::displayName(action.state)
                                        : QString());
}

void tst_ActionsDialog::droppingWithoutReasonIsShownAndNotSaved()
{
    ActionFilter filter;
    filter.state = ActionState::Open;
    const ImprovementAction action =
        ActionStore(mSession->workspace()).actions(filter)->constFirst();
    ActionDialog dialog(*mSession, action);
    auto *states = dialog.findChild<QComboBox *>(u"state"_s);
    states->setCurrentIndex(states->findText(u"Dropped"_s));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto *error = dialog.findChild<QLabel *>(u"error"_s);
    QVERIFY2(error->text().contains(u"needs a reason"_s), qPrintable(error->text()));
    QCOMPARE(ActionStore(mSession->workspace()).action(action.id)->state, ActionState::Open);
    dialog.grab().save(u"/tmp/shots/review/action-dialog-refused.png"_s);
    // With a reason it is saved
    dialog.findChild<QLineEdit *>(u"reason"_s)->setText(u"covered by the new contract"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(ActionStore(mSession->workspace()).action(action.id)->state, ActionState::Dropped);
}

void tst_ActionsDialog::agreementsListShowsTheOwner()
{
    AgreementsModel model(mSession->workspace().connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearchText(u"OLA-2025-0001"_s);
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.headerData(AgreementsModel::Owner, Qt::Horizontal).toString(), u"Owner"_s);
    QCOMPARE(model.index(0, AgreementsModel::Owner).data().toString(), u"dave"_s);
    model.setSearchText(u"SLA-2024-0026"_s);
    QCOMPARE(model.index(0, AgreementsModel::Owner).data().toString(), u"alice"_s);
}

QTEST_MAIN(tst_ActionsDialog)
#include "tst_actionsdialog.moc"
