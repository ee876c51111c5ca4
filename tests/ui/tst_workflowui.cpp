#include "audit/auditlog.h"
#include "dialogs/agreementdialog.h"
#include "dialogs/transitiondialog.h"
#include "mainwindow.h"
#include "widgets/recordlistview.h"
#include "workflow/workflowactions.h"

#include "uitestsupport.h"
#include "workflowtest.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Accordo;

/// The workflow's actions in the main window: enabled as the core allows, saying why not on the
/// toolbar and the status bar, a whole round trip through them, the record actions each role
/// may take, and their shortcuts.
class tst_WorkflowUi : public TestSupport::WorkflowTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void actionsFollowTheCore_data();
    void actionsFollowTheCore();
    void authorCannotApproveOwnAgreement();
    void fullRoundTripThroughTheActions();
    void disabledStepSaysWhyOnToolbarAndStatusBar_data();
    void disabledStepSaysWhyOnToolbarAndStatusBar();
    void recordActionsFollowTheRole_data();
    void recordActionsFollowTheRole();
    void deleteOfAVersionOnRecordIsDisabled();
    void shortcutsAreSetAndDistinct();

private:
    AgreementStatus status() const;
    qint64 auditCount() const;
};

void tst_WorkflowUi::initTestCase()
{
    createTemplate();
}

void tst_WorkflowUi::init()
{
    openDraft();
}

void tst_WorkflowUi::cleanup()
{
    closeDraft();
}

AgreementStatus tst_WorkflowUi::status() const
{
    return mWorkspace->agreement(mId)->status;
}

qint64 tst_WorkflowUi::auditCount() const
{
    return AuditLog(mWorkspace->connection()).count();
}

void tst_WorkflowUi::actionsFollowTheCore_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<Transition>("transition");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("reason");
    QTest::newRow("approver-submits-draft")
        << u"bob"_s << Transition::Submit << false << u"needs the SLA manager role"_s;
    QTest::newRow("manager-submits-draft") << u"alice"_s << Transition::Submit << true << QString();
    QTest::newRow("manager-approves-draft")
        << u"alice"_s << Transition::Approve << false << u"the agreement is in draft"_s;
    QTest::newRow("manager-signs-draft")
        << u"alice"_s << Transition::Sign << false << u"the agreement is in draft"_s;
}

void tst_WorkflowUi::actionsFollowTheCore()
{
    QFETCH(QString, user);
    QFETCH(Transition, transition);
    QFETCH(bool, enabled);
    QFETCH(QString, reason);
    // When the user selects the draft
    openAs(user);
    // Then each action is enabled exactly as the core says, with its sentence as tooltip
    const auto options = mWorkflow->availableTransitions(mId, user);
    for (const TransitionOption &option : options) {
        QCOMPARE(action(option.transition)->isEnabled(), option.allowed);
        if (!option.allowed) {
            QCOMPARE(action(option.transition)->toolTip(), option.refusal);
            QCOMPARE(action(option.transition)->statusTip(), option.refusal);
        }
    }
    QCOMPARE(action(transition)->isEnabled(), enabled);
    if (!enabled)
        QVERIFY2(action(transition)->toolTip().contains(reason),
                 qPrintable(action(transition)->toolTip()));
    // and the context menu of the table offers the same actions
    QVERIFY(mWindow->listView(MainWindow::AgreementsPage)
                ->view()
                ->actions()
                .contains(action(transition)));
}

void tst_WorkflowUi::authorCannotApproveOwnAgreement()
{
    // Given the agreement in approval, and mia, its author, at work
    step(Transition::Submit, u"alice"_s);
    step(Transition::RequestApproval, u"alice"_s);
    openAs(u"mia"_s);
    // Then Approve is disabled with the segregation-of-duties reason
    QVERIFY(!action(Transition::Approve)->isEnabled());
    QVERIFY2(action(Transition::Approve)->toolTip().contains(u"segregation of duties"_s),
             qPrintable(action(Transition::Approve)->toolTip()));

    // When the step is taken anyway, the core refuses, says why, and nothing changes
    const qint64 audits = auditCount();
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        shown = box->text();
        box->accept();
    });
    QVERIFY(!mWindow->workflowActions()->perform(Transition::Approve));
    QVERIFY2(shown.contains(u"mia authored or edited this agreement"_s), qPrintable(shown));
    QCOMPARE(auditCount(), audits);
    QCOMPARE(status(), AgreementStatus::Approval);
    QVERIFY(mWorkflow->lifecycle(mId)->decisions.isEmpty());
}

void tst_WorkflowUi::fullRoundTripThroughTheActions()
{
    // Given alice at work on the draft
    openAs(u"alice"_s);
    auto trigger = [this](Transition transition) {
        QVERIFY2(action(transition)->isEnabled(), qPrintable(action(transition)->toolTip()));
        action(transition)->trigger();
    };
    auto switchTo = [this](const QString &user) {
        mWindow->session()->setUserName(user);
        mWindow->workflowActions()->update();
    };
    // When she starts the negotiation and asks for approval
    trigger(Transition::Submit);
    QCOMPARE(status(), AgreementStatus::Negotiation);
    trigger(Transition::RequestApproval);
    QCOMPARE(status(), AgreementStatus::Approval);
    QVERIFY(!action(Transition::Sign)->isEnabled());
    // and bob and frank approve
    switchTo(u"bob"_s);
    trigger(Transition::Approve);
    QVERIFY(!action(Transition::Approve)->isEnabled()); // one voice per round
    switchTo(u"frank"_s);
    trigger(Transition::Approve);
    QCOMPARE(mWorkflow->lifecycle(mId)->decisions.size(), 2);
    // and alice records the signatures
    switchTo(u"alice"_s);
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<TransitionDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->findChild<QLineEdit *>(u"providerName"_s)->setText(u"Alice Martin"_s);
        dialog->findChild<QLineEdit *>(u"counterpartyName"_s)->setText(u"Jo Customer"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    trigger(Transition::Sign);
    // Then the agreement is active, and now offers Amend and Terminate
    QCOMPARE(status(), AgreementStatus::Active);
    QVERIFY(action(Transition::Amend)->isEnabled());
    QVERIFY(action(Transition::Terminate)->isEnabled());
    QVERIFY(!action(Transition::Submit)->isEnabled());

    // and its view opens read-only with the hint to amend, showing both approvals
    QString hint;
    bool readOnly = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<AgreementDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        readOnly = dialog->isReadOnly();
        hint = dialog->findChild<QLabel *>(u"readOnlyHint"_s)->text();
        TestSupport::saveTabShots(dialog, u"workflow-dialog"_s, 3);
        dialog->reject();
    });
    mWindow->findChild<QAction *>(u"actionEdit"_s)->trigger();
    QVERIFY(readOnly);
    QVERIFY2(hint.contains(u"Amend to change a signed agreement"_s), qPrintable(hint));
    if (qEnvironmentVariableIsSet("ACCORDO_SCREENSHOTS"))
        mWindow->grab().save(u"/tmp/workflow-main.png"_s);
}

void tst_WorkflowUi::disabledStepSaysWhyOnToolbarAndStatusBar_data()
{
    QTest::addColumn<int>("state"); // 0 draft without charter, 1 in approval, 2 draft ready
    QTest::addColumn<QString>("user");
    QTest::addColumn<Transition>("transition");
    QTest::addColumn<QString>("tip");  // on the toolbar button; empty: enabled
    QTest::addColumn<QString>("hint"); // in the status bar after the selection changed

    QTest::newRow("draft-without-charter")
        << 0 << u"alice"_s << Transition::Submit << u"the requirements charter is empty"_s
        << u"the requirements charter is empty"_s;
    QTest::newRow("sign-awaiting-approvals") << 1 << u"alice"_s << Transition::Sign
                                             << u"the approval of Service owner is still missing"_s
                                             << u"the approval of Service owner is still missing"_s;
    QTest::newRow("approver-sees-role")
        << 2 << u"bob"_s << Transition::Submit << u"needs the SLA manager role"_s
        << u"needs the SLA manager role"_s;
    QTest::newRow("ready-draft") << 2 << u"alice"_s << Transition::Submit << QString()
                                 << u"Workflow: %1 (Ctrl+Shift+S)"_s.arg(
                                        Transitions::displayName(Transition::Submit));
}

void tst_WorkflowUi::disabledStepSaysWhyOnToolbarAndStatusBar()
{
    QFETCH(int, state);
    QFETCH(QString, user);
    QFETCH(Transition, transition);
    QFETCH(QString, tip);
    QFETCH(QString, hint);

    // Given the draft without its charter, or in approval with no approval yet, or ready
    if (state == 0) {
        QVERIFY(mWorkflow->setCharter(mId, {}, u"mia"_s).ok());
    } else if (state == 1) {
        step(Transition::Submit, u"alice"_s);
        step(Transition::RequestApproval, u"alice"_s);
    }
    openAs(user);
    // When the user comes to it in the list
    reselect();
    // Then the step's toolbar button says why it is disabled, as the action does
    auto *toolBar = mWindow->findChild<QToolBar *>(u"workflowToolBar"_s);
    QVERIFY(toolBar);
    auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action(transition)));
    QVERIFY(button);
    QCOMPARE(button->isEnabled(), tip.isEmpty());
    if (!tip.isEmpty()) {
        QVERIFY2(button->toolTip().contains(tip), qPrintable(button->toolTip()));
        QVERIFY2(action(transition)->statusTip().contains(tip),
                 qPrintable(action(transition)->statusTip()));
    }
    // and the status bar says it without hovering over anything
    const QString shown = mWindow->statusBar()->currentMessage();
    QVERIFY2(shown.contains(hint), qPrintable(shown));
}

void tst_WorkflowUi::recordActionsFollowTheRole_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("page");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("reason");

    QTest::newRow("executive-agreements") << u"carol"_s << int(MainWindow::AgreementsPage) << false
                                          << u"needs the role SLA manager"_s;
    QTest::newRow("analyst-agreements")
        << u"dave"_s << int(MainWindow::AgreementsPage) << false << u"needs the role SLA manager"_s;
    QTest::newRow("analyst-customers")
        << u"dave"_s << int(MainWindow::CustomersPage) << false << u"dave is not allowed"_s;
    QTest::newRow("manager-agreements")
        << u"alice"_s << int(MainWindow::AgreementsPage) << true << QString();
    QTest::newRow("manager-services")
        << u"alice"_s << int(MainWindow::ServicesPage) << true << QString();
    QTest::newRow("manager-calendars")
        << u"alice"_s << int(MainWindow::CalendarsPage) << false << u"Administrator"_s;
    QTest::newRow("administrator-calendars")
        << u"erin"_s << int(MainWindow::CalendarsPage) << true << QString();
}

void tst_WorkflowUi::recordActionsFollowTheRole()
{
    QFETCH(QString, user);
    QFETCH(int, page);
    QFETCH(bool, enabled);
    QFETCH(QString, reason);

    // Given the user at work on a page with a record selected
    openAs(user);
    mWindow->showPage(MainWindow::Page(page));
    RecordListView *list = mWindow->listView(MainWindow::Page(page));
    list->model()->setSearchText(QString());
    list->view()->setCurrentIndex(list->model()->index(0, 0));
    if (page == MainWindow::AgreementsPage)
        list->selectId(mId); // a draft: signed versions are never deleted
    QVERIFY(list->currentId() != 0);
    // Then Add, Edit and Delete are enabled only for a role that may change the records,
    // and otherwise say why
    for (const QString &name : {u"actionAdd"_s, u"actionEdit"_s, u"actionDelete"_s}) {
        QAction *a = windowAction(name);
        QCOMPARE(a->isEnabled(), enabled);
        if (enabled)
            QCOMPARE(a->statusTip(), QString());
        else {
            QVERIFY2(a->toolTip().contains(reason), qPrintable(a->toolTip()));
            QVERIFY2(a->toolTip().contains(user), qPrintable(a->toolTip()));
        }
    }
}

void tst_WorkflowUi::deleteOfAVersionOnRecordIsDisabled()
{
    // Given alice, who may delete drafts, and a signed version of the demo
    QSqlQuery query(mWorkspace->connection());
    QVERIFY(query.exec(u"SELECT min(id) FROM agreements WHERE status = 'active'"_s));
    QVERIFY(query.next());
    const qint64 active = query.value(0).toLongLong();
    QVERIFY(active > 0);
    openAs(u"alice"_s);
    RecordListView *list = mWindow->listView(MainWindow::AgreementsPage);
    list->model()->setSearchText(QString());
    QAction *remove = windowAction(u"actionDelete"_s);
    // When she selects the signed version, Delete is disabled and says why
    list->selectId(active);
    QCOMPARE(list->currentId(), active);
    QVERIFY(!remove->isEnabled());
    QVERIFY2(remove->toolTip().contains(u"stays on record"_s), qPrintable(remove->toolTip()));
    QVERIFY(windowAction(u"actionEdit"_s)->isEnabled());
    // and when she selects the draft, it is enabled again
    list->selectId(mId);
    QVERIFY(remove->isEnabled());
    QVERIFY2(!remove->toolTip().contains(u"stays on record"_s), qPrintable(remove->toolTip()));
}

void tst_WorkflowUi::shortcutsAreSetAndDistinct()
{
    // Given the main window
    openAs(u"alice"_s);
    // Then every workflow step and Switch User has a shortcut, shown in its menu
    QList<QAction *> needed = mWindow->workflowActions()->actions();
    needed.append(windowAction(u"actionSwitchUser"_s));
    for (QAction *a : std::as_const(needed)) {
        QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
        QVERIFY2(!a->associatedObjects().isEmpty(), qPrintable(a->text()));
    }
    // and no two actions of the window share one
    QHash<QString, QString> owner;
    for (QAction *a : mWindow->findChildren<QAction *>()) {
        for (const QKeySequence &key : a->shortcuts()) {
            const QString k = key.toString();
            QVERIFY2(!owner.contains(k) || owner.value(k) == a->text(),
                     qPrintable(k + u": "_s + owner.value(k) + u" and "_s + a->text()));
            owner.insert(k, a->text());
        }
    }
}

QTEST_MAIN(tst_WorkflowUi)
#include "tst_workflowui.moc"
