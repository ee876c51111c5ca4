#include "audit/auditlog.h"
#include "data/userdirectory.h"
#include "data/workspace.h"
#include "demo/demodata.h"
#include "dialogs/agreementdialog.h"
#include "dialogs/transitiondialog.h"
#include "language.h"
#include "lifecycle/agreementworkflow.h"
#include "mainwindow.h"
#include "models/agreementsmodel.h"
#include "models/awaitedapprovalsmodel.h"
#include "models/dueitemsmodel.h"
#include "models/pagedsqlmodel.h"
#include "models/versiondiffmodel.h"
#include "openmainwindow.h"
#include "report/documentrenderer.h"
#include "session/resultsrefresher.h"
#include "storage/database.h"
#include "testsupport.h"
#include "widgets/recordlistview.h"
#include "widgets/versionspanel.h"
#include "workflow/approvalqueue.h"
#include "workflow/nextstepbanner.h"
#include "workflow/workflowactions.h"

#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Accordo;
using Accordo::TestSupport::whenDialogOpens;

class tst_WorkflowUi : public QObject
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
    void versionComparisonShowsExactlyTheChangedFields();
    void dueListsModelsAreSound();
    void disabledStepSaysWhyOnToolbarAndStatusBar_data();
    void disabledStepSaysWhyOnToolbarAndStatusBar();
    void approvalProgressInListAndView_data();
    void approvalProgressInListAndView();
    void recordActionsFollowTheRole_data();
    void recordActionsFollowTheRole();
    void deleteOfAVersionOnRecordIsDisabled();
    void savingListsWhatTheNextStepMisses();
    void signedBeforeItsStartReadsSigned_data();
    void signedBeforeItsStartReadsSigned();
    void waitingForMeListsWhatAwaitsTheApprover_data();
    void waitingForMeListsWhatAwaitsTheApprover();
    void shortcutsAreSetAndDistinct();
    void screenshots();

private:
    void openAs(const QString &user);
    void step(Transition transition, const QString &user);
    Result<qint64> signToday(const QString &provider = u"Alice Martin"_s,
                             const QString &counterparty = u"Jo Customer"_s);
    AgreementStatus status() const;
    qint64 auditCount() const;
    QAction *action(Transition transition) const;
    QAction *windowAction(const QString &name) const;
    QString listStatus(int role = Qt::DisplayRole) const;
    void reselect();

    QTemporaryDir mDir;
    QString mTemplate;
    QString mPath;
    qint64 mId = 0;
    std::unique_ptr<Database> mDb;
    std::unique_ptr<Workspace> mWorkspace;
    std::unique_ptr<AgreementWorkflow> mWorkflow;
    std::unique_ptr<MainWindow> mWindow;
    int mRun = 0;
};

void tst_WorkflowUi::initTestCase()
{
    // As the application does at start-up: signing a version with a document draws its PDF.
    DocumentRenderer::registerForSigning();
    TestSupport::isolateSettings();
    // The demo workspace with mia (SLA manager and approver), made once and copied for each
    // test: populating it every time is most of the run (minutes under the sanitizers).
    mTemplate = mDir.filePath(u"template.accordo"_s);
    auto db = Database::open(mTemplate, Database::OpenMode::CreateIfMissing);
    QVERIFY(db.ok());
    Workspace workspace(**db);
    QVERIFY(DemoData::populate(workspace).ok());
    User mia{0, u"mia"_s, u"Mia Berg"_s, {Role::SlaManager, Role::Approver}, true};
    QVERIFY(UserDirectory(workspace.connection()).add(mia, u"erin"_s).ok());
}

void tst_WorkflowUi::init()
{
    // Given the demo workspace, mia (SLA manager and approver) and a draft she wrote with a
    // charter and two required approvers
    mPath = mDir.filePath(u"workflow%1.accordo"_s.arg(++mRun));
    QVERIFY(QFile::copy(mTemplate, mPath));
    auto db = Database::open(mPath, Database::OpenMode::MustExist);
    QVERIFY(db.ok());
    mDb = std::move(*db);
    mWorkspace = std::make_unique<Workspace>(*mDb);
    mWorkflow = std::make_unique<AgreementWorkflow>(*mWorkspace);

    const QList<Service> services = mWorkspace->services().value();
    Agreement a;
    a.title = u"Zephyr print care"_s;
    a.partyId = mWorkspace->parties(PartyKind::Customer)->first().id;
    a.startDate = QDate::currentDate().addDays(-10);
    a.endDate = a.startDate.addYears(2);
    a.price = Money(420000, u"EUR"_s);
    a.serviceIds = {services.first().id};
    Target t;
    t.serviceId = services.first().id;
    t.metric = Metric::Availability;
    t.threshold = 99500;
    a.targets = {t};
    mWorkspace->setActingUser(u"mia"_s);
    auto id = mWorkspace->insert(a);
    QVERIFY2(id.ok(), qPrintable(id.errorString()));
    mId = *id;
    QVERIFY(mWorkflow->setCharter(mId, {u"Printers fixed fast"_s, {}, {}}, u"mia"_s).ok());
    QVERIFY(mWorkflow
                ->setRequiredApprovers(mId,
                                       {{0, Side::Provider, u"Service owner"_s, {}},
                                        {0, Side::Counterparty, u"Customer representative"_s, {}}},
                                       u"mia"_s)
                .ok());
    mWorkspace->actAsSystem();
}

void tst_WorkflowUi::cleanup()
{
    mWindow.reset();
    mWorkflow.reset();
    mWorkspace.reset();
    mDb.reset();
}

void tst_WorkflowUi::openAs(const QString &user)
{
    QVERIFY(TestSupport::openMainWindow(mWindow, mPath, user));
    // The window brings the results up to date in the background on opening, and the alerts it
    // raises are audited: a test that counts the audit trail starts after it.
    QVERIFY(mWindow->resultsRefresher()->waitForIdle());
    mWindow->showPage(MainWindow::AgreementsPage);
    RecordListView *list = mWindow->listView(MainWindow::AgreementsPage);
    list->model()->setSearchText(u"Zephyr"_s);
    QVERIFY(list->model()->rowCount() >= 1);
    list->selectId(mId);
    QCOMPARE(mWindow->workflowActions()->agreementId(), mId);
}

// Signs mId today, electronically, by `provider` and `counterparty`, as alice.
Result<qint64> tst_WorkflowUi::signToday(const QString &provider, const QString &counterparty)
{
    const TransitionRequest sign{
        Transition::Sign,
        {},
        QDate::currentDate(),
        u"electronic"_s,
        {{Side::Provider, provider, {}}, {Side::Counterparty, counterparty, {}}}};
    return mWorkflow->transition(mId, sign, u"alice"_s);
}

void tst_WorkflowUi::step(Transition transition, const QString &user)
{
    auto result = mWorkflow->transition(mId, {transition, {}, {}, {}, {}}, user);
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
}

AgreementStatus tst_WorkflowUi::status() const
{
    return mWorkspace->agreement(mId)->status;
}

qint64 tst_WorkflowUi::auditCount() const
{
    return AuditLog(mWorkspace->connection()).count();
}

QAction *tst_WorkflowUi::action(Transition transition) const
{
    return mWindow->workflowActions()->action(transition);
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

void tst_WorkflowUi::versionComparisonShowsExactlyTheChangedFields()
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

void tst_WorkflowUi::dueListsModelsAreSound()
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

QAction *tst_WorkflowUi::windowAction(const QString &name) const
{
    return mWindow->findChild<QAction *>(name);
}

// The Status cell of the fixture's row in the agreement list.
QString tst_WorkflowUi::listStatus(int role) const
{
    RecordListView *list = mWindow->listView(MainWindow::AgreementsPage);
    const int row = list->model()->rowOfId(mId);
    return list->model()->index(row, AgreementsModel::Status).data(role).toString();
}

// Selects another agreement and then the fixture again, as a user moving through the list.
void tst_WorkflowUi::reselect()
{
    RecordListView *list = mWindow->listView(MainWindow::AgreementsPage);
    list->model()->setSearchText(QString());
    const int other = list->model()->rowOfId(mId) == 0 ? 1 : 0;
    list->view()->setCurrentIndex(list->model()->index(other, 0));
    QVERIFY(mWindow->workflowActions()->agreementId() != mId);
    mWindow->statusBar()->clearMessage();
    list->selectId(mId);
    QCOMPARE(mWindow->workflowActions()->agreementId(), mId);
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

void tst_WorkflowUi::approvalProgressInListAndView_data()
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

void tst_WorkflowUi::approvalProgressInListAndView()
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

void tst_WorkflowUi::savingListsWhatTheNextStepMisses()
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

void tst_WorkflowUi::signedBeforeItsStartReadsSigned_data()
{
    QTest::addColumn<int>("startInDays");
    QTest::addColumn<QString>("expected"); // %1: the start in M/d/yyyy

    QTest::newRow("starts-next-month") << 40 << u"Signed (starts %1)"_s;
    QTest::newRow("started") << -10 << Enums::displayName(AgreementStatus::Active);
}

void tst_WorkflowUi::signedBeforeItsStartReadsSigned()
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

void tst_WorkflowUi::waitingForMeListsWhatAwaitsTheApprover_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<int>("count");

    QTest::newRow("approver") << u"bob"_s << true << 1;
    QTest::newRow("author-and-approver") << u"mia"_s << true << 0;
    QTest::newRow("executive") << u"carol"_s << false << 0;
}

void tst_WorkflowUi::waitingForMeListsWhatAwaitsTheApprover()
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

// Not a check: the screens this work changed, at 1366×768, in the language of
// ACCORDO_SHOTS_LANG, saved into ACCORDO_SHOTS_DIR.
void tst_WorkflowUi::screenshots()
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

QTEST_MAIN(tst_WorkflowUi)
#include "tst_workflowui.moc"
