#include "dialogs/agreementdialog.h"
#include "language.h"
#include "mainwindow.h"
#include "models/agreementsmodel.h"
#include "models/awaitedapprovalsmodel.h"
#include "models/dueitemsmodel.h"
#include "models/versiondiffmodel.h"
#include "widgets/recordlistview.h"
#include "widgets/versionspanel.h"
#include "workflow/approvalqueue.h"
#include "workflow/nextstepbanner.h"
#include "workflow/workflowactions.h"

#include "uitestsupport.h"
#include "workflowtest.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;
using Accordo::TestSupport::whenDialogOpens;

/// What the main window shows of the workflow: the versions compared, the due lists, the
/// approval progress in the list and the view, what the next step still misses, a version
/// signed ahead of its start, and what waits for an approver.
class tst_WorkflowViews : public TestSupport::WorkflowTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void versionComparisonShowsExactlyTheChangedFields();
    void dueListsModelsAreSound();
    void approvalProgressInListAndView_data();
    void approvalProgressInListAndView();
    void savingListsWhatTheNextStepMisses();
    void signedBeforeItsStartReadsSigned_data();
    void signedBeforeItsStartReadsSigned();
    void waitingForMeListsWhatAwaitsTheApprover_data();
    void waitingForMeListsWhatAwaitsTheApprover();
    void screenshots();

private:
    Result<qint64> signToday(const QString &provider = u"Alice Martin"_s,
                             const QString &counterparty = u"Jo Customer"_s);
    QString listStatus(int role = Qt::DisplayRole) const;
};

void tst_WorkflowViews::initTestCase()
{
    createTemplate();
}

void tst_WorkflowViews::init()
{
    openDraft();
}

void tst_WorkflowViews::cleanup()
{
    closeDraft();
}

// Signs mId today, electronically, by `provider` and `counterparty`, as alice.
Result<qint64> tst_WorkflowViews::signToday(const QString &provider, const QString &counterparty)
{
    const TransitionRequest sign{
        Transition::Sign,
        {},
        QDate::currentDate(),
        u"electronic"_s,
        {{Side::Provider, provider, {}}, {Side::Counterparty, counterparty, {}}}};
    return mWorkflow->transition(mId, sign, u"alice"_s);
}

void tst_WorkflowViews::versionComparisonShowsExactlyTheChangedFields()
{
    // Given an active agreement amended into version 2 with a new title and price
    step(Transition::Submit, u"alice"_s);
    step(Transition::RequestApproval, u"alice"_s);
    step(Transition::Approve, u"bob"_s);
    step(Transition::Approve, u"frank"_s);
    QVERIFY(signToday(u"Alice"_s, u"Jo"_s).ok());
    auto amended = mWorkflow->transition(mId, {Transition::Amend, {}, {}, {}, {}}, u"alice"_s);
    QVERIFY2(amended.ok(), qPrintable(amended.errorString()));
    Agreement v2 = *mWorkspace->agreement(*amended);
    v2.title = u"Zephyr print care plus"_s;
    v2.price = Money(450000, u"EUR"_s);
    mWorkspace->setActingUser(u"alice"_s);
    QVERIFY(mWorkspace->update(v2).ok());

    // When the versions panel shows version 2
    openAs(u"alice"_s);
    VersionsPanel panel(*mWindow->session());
    QAbstractItemModelTester tester(panel.diffModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.setAgreement(v2.id, v2.number);

    // Then versions 1 and 2 are compared, and only the title and price differ
    QCOMPARE(panel.versionList()->count(), 2);
    VersionDiffModel *model = panel.diffModel();
    QStringList fields;
    for (int row = 0; row < model->rowCount(); ++row)
        fields.append(model->index(row, VersionDiffModel::Field).data().toString());
    QCOMPARE(fields, (QStringList{u"title"_s, u"price"_s}));
    QCOMPARE(model->index(0, VersionDiffModel::OldValue).data().toString(), u"Zephyr print care"_s);
    QCOMPARE(model->index(0, VersionDiffModel::NewValue).data().toString(),
             u"Zephyr print care plus"_s);

    // When only one version is selected, there is nothing to compare
    panel.versionList()->item(0)->setSelected(false);
    QCOMPARE(model->rowCount(), 0);
}

void tst_WorkflowViews::dueListsModelsAreSound()
{
    // Given the demo portfolio's renewals and reviews
    DueItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto renewals = mWorkflow->renewalsDue(365);
    // When they are shown
    model.setItems(renewals, u"Ends on"_s);
    // Then one row per agreement, in the core's order, with its id behind it
    QCOMPARE(model.rowCount(), renewals.size());
    if (!renewals.isEmpty()) {
        QCOMPARE(model.index(0, DueItemsModel::Number).data().toString(), renewals.first().number);
        QCOMPARE(model.agreementId(model.index(0, 0)), renewals.first().agreementId);
    }
    model.setItems(mWorkflow->reviewsDue(90), u"Review on"_s);
    QCOMPARE(model.headerData(DueItemsModel::Due, Qt::Horizontal).toString(), u"Review on"_s);
}

// The Status cell of the fixture's row in the agreement list.
QString tst_WorkflowViews::listStatus(int role) const
{
    RecordListView *list = mWindow->listView(MainWindow::AgreementsPage);
    const int row = list->model()->rowOfId(mId);
    return list->model()->index(row, AgreementsModel::Status).data(role).toString();
}

void tst_WorkflowViews::approvalProgressInListAndView_data()
{
    QTest::addColumn<QStringList>("approving");
    QTest::addColumn<QString>("progress");
    QTest::addColumn<QString>("approvedBy");

    QTest::newRow("none-yet") << QStringList()
                              << u"0 of 2: waiting for Service owner and Customer representative"_s
                              << QString();
    QTest::newRow("one-of-two") << QStringList{u"bob"_s}
                                << u"1 of 2: waiting for Customer representative"_s
                                << u"Approved by Service owner (bob)"_s;
    QTest::newRow("complete")
        << QStringList{u"bob"_s, u"frank"_s} << u"2 of 2 approved: ready to sign"_s
        << u"Approved by Service owner (bob) and Customer representative (frank)"_s;
}

void tst_WorkflowViews::approvalProgressInListAndView()
{
    QFETCH(QStringList, approving);
    QFETCH(QString, progress);
    QFETCH(QString, approvedBy);

    // Given the draft in approval, with the approvals given so far
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    step(Transition::Submit, u"alice"_s);
    step(Transition::RequestApproval, u"alice"_s);
    for (const QString &user : approving)
        step(Transition::Approve, user);
    // When alice looks at it in the list and in its view
    openAs(u"alice"_s);
    auto *model = qobject_cast<AgreementsModel *>(
        mWindow->listView(MainWindow::AgreementsPage)->model());
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Then the list's status says how far the approval got and who is awaited
    QCOMPARE(listStatus(), u"Approval: "_s + progress);
    if (!approvedBy.isEmpty())
        QVERIFY2(listStatus(Qt::ToolTipRole).contains(approvedBy),
                 qPrintable(listStatus(Qt::ToolTipRole)));
    // and so does the agreement view, with who approved
    QString banner;
    whenDialogOpens<AgreementDialog>(this, [&](AgreementDialog *dialog) {
        banner = dialog->findChild<NextStepBanner *>()->progressText();
        dialog->reject();
    });
    windowAction(u"actionEdit"_s)->trigger();
    QVERIFY2(banner.startsWith(u"Approval: "_s + progress), qPrintable(banner));
    QVERIFY2(banner.contains(approvedBy), qPrintable(banner));
    // and a further approval shows once the list is read again
    if (approving.size() < 2) {
        step(Transition::Approve, approving.isEmpty() ? u"bob"_s : u"frank"_s);
        mWindow->listView(MainWindow::AgreementsPage)->refresh();
        QVERIFY2(listStatus() != u"Approval: "_s + progress, qPrintable(listStatus()));
    }
    QLocale::setDefault(QLocale::c());
}

void tst_WorkflowViews::savingListsWhatTheNextStepMisses()
{
    // Given the draft without its charter, open in its view for alice
    QVERIFY(mWorkflow->setCharter(mId, {}, u"mia"_s).ok());
    openAs(u"alice"_s);
    QString before;
    QString afterSave;
    bool openAfterSave = false;
    bool closedWhenComplete = false;
    whenDialogOpens<AgreementDialog>(this, [&](AgreementDialog *dialog) {
        auto *banner = dialog->findChild<NextStepBanner *>();
        before = banner->missingText();
        // When she saves it as it is
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        // Then it is saved and stays open, listing what Submit still needs
        openAfterSave = dialog->isVisible();
        afterSave = banner->missingText();
        if (qEnvironmentVariableIsSet("ACCORDO_SHOTS_DIR"))
            dialog->grab().save(qEnvironmentVariable("ACCORDO_SHOTS_DIR")
                                + u"/agreement-missing-banner.png"_s);
        // and once the needs are recorded, saving closes it
        dialog->findChild<QPlainTextEdit *>(u"needs"_s)->setPlainText(u"Printers fixed fast"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        closedWhenComplete = !dialog->isVisible();
        if (dialog->isVisible())
            dialog->reject();
    });
    windowAction(u"actionEdit"_s)->trigger();
    QVERIFY2(before.contains(u"the requirements charter is empty"_s), qPrintable(before));
    QVERIFY(openAfterSave);
    QVERIFY2(afterSave.startsWith(u"Saved. Still missing before %1:"_s.arg(
                 Transitions::displayName(Transition::Submit))),
             qPrintable(afterSave));
    QVERIFY2(afterSave.contains(u"the requirements charter is empty"_s), qPrintable(afterSave));
    QVERIFY(closedWhenComplete);
    QCOMPARE(mWorkflow->lifecycle(mId)->charter.needs, u"Printers fixed fast"_s);
    QVERIFY(mWorkflow->nextStep(mId)->missing.isEmpty());
}

void tst_WorkflowViews::signedBeforeItsStartReadsSigned_data()
{
    QTest::addColumn<int>("startInDays");
    QTest::addColumn<QString>("expected"); // %1: the start in M/d/yyyy

    QTest::newRow("starts-next-month") << 40 << u"Signed (starts %1)"_s;
    QTest::newRow("started") << -10 << Enums::displayName(AgreementStatus::Active);
}

void tst_WorkflowViews::signedBeforeItsStartReadsSigned()
{
    QFETCH(int, startInDays);
    QFETCH(QString, expected);

    // Given the agreement signed today, starting on another day
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Agreement a = *mWorkspace->agreement(mId);
    a.startDate = QDate::currentDate().addDays(startInDays);
    a.endDate = a.startDate.addYears(2);
    mWorkspace->setActingUser(u"mia"_s);
    QVERIFY(mWorkspace->update(a).ok());
    mWorkspace->actAsSystem();
    step(Transition::Submit, u"alice"_s);
    step(Transition::RequestApproval, u"alice"_s);
    step(Transition::Approve, u"bob"_s);
    step(Transition::Approve, u"frank"_s);
    auto signedId = signToday();
    QVERIFY2(signedId.ok(), qPrintable(signedId.errorString()));
    // When it is shown in the list and in its view
    openAs(u"carol"_s);
    const QString text = expected.contains(u"%1"_s)
                             ? expected.arg(a.startDate.toString(u"M/d/yyyy"_s))
                             : expected;
    // Then a version not yet in force says when it starts, with the year in four digits
    QCOMPARE(listStatus(), text);
    QString status;
    whenDialogOpens<AgreementDialog>(this, [&](AgreementDialog *dialog) {
        status = dialog->findChild<QLabel *>(u"status"_s)->text();
        dialog->reject();
    });
    mWindow->editRecord();
    QCOMPARE(status, text);
    QLocale::setDefault(QLocale::c());
}

void tst_WorkflowViews::waitingForMeListsWhatAwaitsTheApprover_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<int>("count");

    QTest::newRow("approver") << u"bob"_s << true << 1;
    QTest::newRow("author-and-approver") << u"mia"_s << true << 0;
    QTest::newRow("executive") << u"carol"_s << false << 0;
}

void tst_WorkflowViews::waitingForMeListsWhatAwaitsTheApprover()
{
    QFETCH(QString, user);
    QFETCH(bool, enabled);
    QFETCH(int, count);

    // Given the draft in approval; the demo's versions in approval name no approvers
    step(Transition::Submit, u"alice"_s);
    step(Transition::RequestApproval, u"alice"_s);
    // When the user opens the workspace
    openAs(user);
    ApprovalQueue *queue = mWindow->approvalQueue();
    QAbstractItemModelTester tester(queue->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Then the View menu's Waiting for Me and the status bar count what waits for them
    QCOMPARE(queue->action()->isEnabled(), enabled);
    QCOMPARE(queue->count(), count);
    QCOMPARE(queue->indicator()->isVisibleTo(mWindow.get()), count > 0);
    if (!enabled) {
        QVERIFY2(queue->action()->toolTip().contains(u"Approver"_s),
                 qPrintable(queue->action()->toolTip()));
        return;
    }
    QVERIFY2(queue->action()->text().contains(u"(%1)"_s.arg(count)),
             qPrintable(queue->action()->text()));
    if (count == 0)
        return;
    QCOMPARE(queue->model()->index(0, AwaitedApprovalsModel::Title).data().toString(),
             u"Zephyr print care"_s);
    QCOMPARE(queue->model()->index(0, AwaitedApprovalsModel::Approval).data().toString(),
             u"Service owner"_s);
    // and picking it from the list selects it, ready to approve
    RecordListView *list = mWindow->listView(MainWindow::AgreementsPage);
    list->model()->setSearchText(QString());
    list->view()->setCurrentIndex(list->model()->index(0, 0));
    int rows = -1;
    whenDialogOpens<QDialog>(this, [&](QDialog *dialog) {
        rows = dialog->findChild<QTableView *>(u"awaited"_s)->model()->rowCount();
        dialog->accept();
    });
    queue->action()->trigger();
    QCOMPARE(rows, 1);
    QCOMPARE(list->currentId(), mId);
    QVERIFY(action(Transition::Approve)->isEnabled());
    // and once approved it waits no more
    action(Transition::Approve)->trigger();
    QCOMPARE(queue->count(), 0);
    QVERIFY(!queue->indicator()->isVisibleTo(mWindow.get()));
}

// Not a check: the screens this work changed, at 1366×768, in the language of
// ACCORDO_SHOTS_LANG, saved into ACCORDO_SHOTS_DIR.
void tst_WorkflowViews::screenshots()
{
    const TestSupport::Shots shots;
    if (shots.dir.isEmpty())
        QSKIP("set ACCORDO_SHOTS_DIR to take the screenshots");
    Language::install(shots.language);
    const auto shot = [&](QWidget *widget, const QString &name) {
        QVERIFY(shots.save(widget, name));
    };
    // The window at 1366×768 with the agreement found by its title and selected
    const auto showFound = [this] {
        mWindow->resize(1366, 768);
        mWindow->listView(MainWindow::AgreementsPage)->model()->setSearchText(u"print"_s);
        mWindow->listView(MainWindow::AgreementsPage)->selectId(mId);
        QTest::qWait(50);
    };
    // The draft, to start next month, without its charter: the banner, the toolbar and the
    // status bar
    Agreement a = *mWorkspace->agreement(mId);
    a.startDate = QDate::currentDate().addDays(33);
    a.endDate = a.startDate.addYears(2);
    mWorkspace->setActingUser(u"mia"_s);
    QVERIFY(mWorkspace->update(a).ok());
    mWorkspace->actAsSystem();
    QVERIFY(mWorkflow->setCharter(mId, {}, u"mia"_s).ok());
    openAs(u"alice"_s);
    mWindow->resize(1366, 768);
    reselect();
    QTest::qWait(50);
    shot(mWindow.get(), u"main-draft-hint"_s);
    whenDialogOpens<AgreementDialog>(this, [&](AgreementDialog *dialog) {
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        shot(dialog, u"agreement-saved-missing"_s);
        dialog->reject();
    });
    windowAction(u"actionEdit"_s)->trigger();
    // An executive: Add, Edit and Delete disabled
    openAs(u"carol"_s);
    mWindow->resize(1366, 768);
    QTest::qWait(50);
    shot(mWindow.get(), u"main-executive"_s);
    // In approval, one of two approvals in: the list, the view, and frank's Waiting for Me
    QVERIFY(mWorkflow->setCharter(mId, {u"Printers fixed fast"_s, {}, {}}, u"mia"_s).ok());
    step(Transition::Submit, u"alice"_s);
    step(Transition::RequestApproval, u"alice"_s);
    step(Transition::Approve, u"bob"_s);
    openAs(u"frank"_s);
    showFound();
    shot(mWindow.get(), u"main-approval-progress"_s);
    whenDialogOpens<AgreementDialog>(this, [&](AgreementDialog *dialog) {
        shot(dialog, u"agreement-approval-progress"_s);
        dialog->reject();
    });
    mWindow->editRecord();
    whenDialogOpens<QDialog>(this, [&](QDialog *dialog) {
        shot(dialog, u"waiting-for-me"_s);
        dialog->reject();
    });
    mWindow->approvalQueue()->action()->trigger();
    // Signed, starting next month
    step(Transition::Approve, u"frank"_s);
    QVERIFY(signToday().ok());
    openAs(u"alice"_s);
    showFound();
    shot(mWindow.get(), u"main-signed-ahead"_s);
    QMenu *workflowMenu = nullptr;
    for (QMenu *menu : mWindow->findChildren<QMenu *>()) {
        if (menu->actions().contains(action(Transition::Submit)))
            workflowMenu = menu;
    }
    QVERIFY(workflowMenu);
    workflowMenu->popup(mWindow->mapToGlobal(QPoint(200, 30)));
    QTest::qWait(50);
    shot(workflowMenu, u"menu-workflow"_s);
    workflowMenu->hide();
}

QTEST_MAIN(tst_WorkflowViews)
#include "tst_workflowviews.moc"
