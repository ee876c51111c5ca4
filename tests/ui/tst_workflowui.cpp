#include "audit/auditlog.h"
#include "demo/demodata.h"
#include "dialogs/agreementdialog.h"
#include "dialogs/transitiondialog.h"
#include "lifecycle/agreementworkflow.h"
#include "data/userdirectory.h"
#include "mainwindow.h"
#include "models/dueitemsmodel.h"
#include "models/pagedsqlmodel.h"
#include "models/versiondiffmodel.h"
#include "storage/database.h"
#include "data/workspace.h"
#include "widgets/recordlistview.h"
#include "widgets/versionspanel.h"
#include "workflow/workflowactions.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>

using namespace Qt::StringLiterals;
using namespace Accordo;

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

private:
    void openAs(const QString &user);
    void step(Transition transition, const QString &user);
    AgreementStatus status() const;
    qint64 auditCount() const;
    QAction *action(Transition transition) const;

    QTemporaryDir mDir;
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
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"AccordoTest"_s);
}

void tst_WorkflowUi::init()
{
    // Given the demo workspace, mia (SLA manager and approver) and a draft she wrote with a
    // charter and two required approvers
    mPath = mDir.filePath(u"workflow%1.accordo"_s.arg(++mRun));
    auto db = Database::open(mPath, Database::OpenMode::CreateIfMissing);
    QVERIFY(db.ok());
    mDb = std::move(*db);
    mWorkspace = std::make_unique<Workspace>(*mDb);
    QVERIFY(DemoData::populate(*mWorkspace).ok());
    User mia{0, u"mia"_s, u"Mia Berg"_s, {Role::SlaManager, Role::Approver}, true};
    QVERIFY(UserDirectory(mWorkspace->connection()).add(mia, u"erin"_s).ok());
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
    mWindow = std::make_unique<MainWindow>();
    QVERIFY(mWindow->openWorkspace(mPath, false, user));
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow.get()));
    RecordListView *list = mWindow->listView(MainWindow::AgreementsPage);
    list->model()->setSearchText(u"Zephyr"_s);
    QVERIFY(list->model()->rowCount() >= 1);
    list->selectId(mId);
    QCOMPARE(mWindow->workflowActions()->agreementId(), mId);
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
        if (qEnvironmentVariableIsSet("ACCORDO_SCREENSHOTS")) {
            auto *tabs = dialog->findChild<QTabWidget *>();
            for (int page = 3; page < tabs->count(); ++page) {
                tabs->setCurrentIndex(page);
                dialog->grab().save(u"/tmp/workflow-dialog-%1.png"_s.arg(page));
            }
        }
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
    TransitionRequest sign{Transition::Sign,
                           {},
                           QDate::currentDate(),
                           u"electronic"_s,
                           {{Side::Provider, u"Alice"_s, {}}, {Side::Counterparty, u"Jo"_s, {}}}};
    QVERIFY(mWorkflow->transition(mId, sign, u"alice"_s).ok());
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

QTEST_MAIN(tst_WorkflowUi)
#include "tst_workflowui.moc"
