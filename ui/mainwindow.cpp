#include "mainwindow.h"
#include "dialogs/recorddialog.h"
#include "session/outcome.h"
#include "widgets/namedwidget.h"

#include "commands/recordcommands.h"
#include "dashboard/dashboardview.h"
#include "data/agreementrules.h"
#include "data/userdirectory.h"
#include "demo/demodata.h"
#include "dialogs/agreementdialog.h"
#include "dialogs/calendardialog.h"
#include "dialogs/duelistsdialog.h"
#include "dialogs/importhistorydialog.h"
#include "dialogs/importwizard.h"
#include "dialogs/partydialog.h"
#include "dialogs/portfoliochecksdialog.h"
#include "dialogs/regionsdialog.h"
#include "dialogs/servicedialog.h"
#include "dialogs/userdialog.h"
#include "language.h"
#include "models/agreementsmodel.h"
#include "models/calendarsmodel.h"
#include "models/partiesmodel.h"
#include "models/servicesmodel.h"
#include "report/servicereportaction.h"
#include "storage/dialect.h"
#include "widgets/icons.h"
#include "widgets/recordlistview.h"
#include "workflow/approvalqueue.h"
#include "workflow/improvementactions.h"
#include "workflow/recordpermissions.h"
#include "workflow/workflowactions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoGroup>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// The save of a record dialog: adds the record when it is new (id 0), noting the id it got in
// savedId, or else records the edit of `before`, which the dialog may reload meanwhile.
template<typename Record>
auto addOrEdit(WorkspaceSession &session, qint64 id, const Record &before, qint64 &savedId)
{
    return [&session, id, &before, &savedId](const Record &record) -> Result<void> {
        if (!id) {
            auto added = RecordEdits::add(session, record);
            if (added)
                savedId = *added;
            return outcomeOf(added);
        }
        return RecordEdits::edit(session, before, record);
    };
}

// Puts the stored record `id` into `record` for its dialog; a new record (id 0) is left as it is.
template<typename Record, typename Load>
Result<void> loadForEdit(Record &record, qint64 id, Load load)
{
    if (!id)
        return {};
    auto loaded = load(id);
    if (!loaded)
        return loaded.error();
    record = *loaded;
    return {};
}

} // namespace

namespace {

RecordPermissions::Kind recordKind(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::CustomersPage:
        return RecordPermissions::Kind::Parties;
    case MainWindow::ServicesPage:
        return RecordPermissions::Kind::Services;
    case MainWindow::CalendarsPage:
        return RecordPermissions::Kind::Calendars;
    case MainWindow::AgreementsPage:
    case MainWindow::DashboardPage:
        break;
    }
    return RecordPermissions::Kind::Agreements;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Accordo"));
    setWindowIcon(Icons::application());
    mUndoGroup = newNamed<QUndoGroup>(u"undoGroup"_s, this);

    mTabs = new QTabWidget(this);
    mTabs->setDocumentMode(true);
    createStartPage();
    connect(mTabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(mTabs, &QTabWidget::currentChanged, this, &MainWindow::refreshDashboard);
    mWorkspaceLabel = new QLabel(this);
    mUserLabel = newNamed<QLabel>(u"userLabel"_s, this);
    // Shown while the results are recomputed in the background.
    mResultsBusy = newNamed<QWidget>(u"resultsBusy"_s, this);
    auto *busyLayout = new QHBoxLayout(mResultsBusy);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(new QLabel(tr("Recomputing results…"), mResultsBusy));
    auto *busyBar = new QProgressBar(mResultsBusy);
    busyBar->setRange(0, 0);
    busyBar->setMaximumWidth(120);
    busyBar->setMaximumHeight(14);
    busyLayout->addWidget(busyBar);
    mResultsBusy->hide();
    statusBar()->addPermanentWidget(mResultsBusy);
    statusBar()->addPermanentWidget(mUserLabel);
    statusBar()->addPermanentWidget(mWorkspaceLabel);
    createActions();

    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        const QRect available = screen()->availableGeometry();
        resize(std::min(1440, available.width() * 9 / 10),
               std::min(900, available.height() * 9 / 10));
    }
    restoreState(settings.value(u"window/state"_s).toByteArray());
    showWelcome();
    updateActions();
}

MainWindow::~MainWindow()
{
    clearPages();
}

void MainWindow::clearPages()
{
    // Views hold models over the session's connection: remove them before it closes, quietly,
    // so that no slot sees a half-removed page.
    const QSignalBlocker blocker(mTabs);
    mAgreementList = mPartyList = mServiceList = mCalendarList = nullptr;
    mDashboard = nullptr;
    mAgreements = nullptr;
    mParties = nullptr;
    mServices = nullptr;
    mCalendars = nullptr;
    while (mTabs->count())
        delete mTabs->widget(0);
}

QString MainWindow::defaultDemoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"demo.accordo"_s);
}

template<typename Dialog>
void MainWindow::runAgreementFinder(WorkspaceSession &session)
{
    Dialog dialog(session, this);
    connect(&dialog, &Dialog::openAgreement, this, [this, &dialog](qint64 id) {
        editAgreement(id);
        dialog.refresh();
    });
    dialog.exec();
}

void MainWindow::showPortfolioChecks()
{
    if (mSession)
        runAgreementFinder<PortfolioChecksDialog>(*mSession);
}

void MainWindow::showDueLists()
{
    if (mSession)
        runAgreementFinder<DueListsDialog>(*mSession);
}

void MainWindow::createPages()
{
    clearPages();
    const QSqlDatabase db = mSession->database().connection();

    mAgreements = new AgreementsModel(db, this);
    mAgreementList = newNamed<RecordListView>(u"agreementList"_s, mAgreements, tr("agreements"),
                                              mTabs);
    mParties = new PartiesModel(db, this);
    mPartyList = newNamed<RecordListView>(u"partyList"_s, mParties, tr("customers"), mTabs);
    mServices = new ServicesModel(db, this);
    mServiceList = newNamed<RecordListView>(u"serviceList"_s, mServices, tr("services"), mTabs);
    mCalendars = new CalendarsModel(db, this);
    mCalendarList = newNamed<RecordListView>(u"calendarList"_s, mCalendars, tr("calendars"), mTabs);
    // Each model goes with its page, so that all are gone before the session closes.
    mAgreements->setParent(mAgreementList);
    mParties->setParent(mPartyList);
    mServices->setParent(mServiceList);
    mCalendars->setParent(mCalendarList);

    mPartyKind = newNamed<QComboBox>(u"partyKind"_s, mPartyList);
    mPartyKind->addItem(tr("Customers"), int(PartyKind::Customer));
    mPartyKind->addItem(tr("Internal departments"), int(PartyKind::Department));
    mPartyKind->addItem(tr("Suppliers"), int(PartyKind::Supplier));
    mPartyKind->addItem(tr("All parties"), -1);
    mPartyList->toolRow()->addWidget(mPartyKind);
    connect(mPartyKind, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = mPartyKind->currentData().toInt();
        mParties->setKindFilter(kind < 0 ? std::nullopt : std::optional(PartyKind(kind)));
    });

    mTabs->addTab(mAgreementList, tr("Agreements"));
    mTabs->addTab(mPartyList, tr("Customers"));
    mTabs->addTab(mServiceList, tr("Services"));
    mTabs->addTab(mCalendarList, tr("Calendars"));
    mDashboard = newNamed<DashboardView>(u"dashboard"_s, mTabs);
    mTabs->addTab(mDashboard, tr("Dashboard"));
    // The dashboard reads the whole portfolio's results: it is filled when it is first shown
    // and brought up to date when shown again, so that opening a large workspace or a
    // background recompute never waits for a page nobody is looking at.
    mDashboardStale = true;
    connect(mDashboard, &DashboardView::agreementActivated, this, &MainWindow::editAgreement);

    QSettings settings;
    for (RecordListView *list : {mAgreementList, mPartyList, mServiceList, mCalendarList}) {
        list->view()->horizontalHeader()->restoreState(
            settings.value(u"columns/"_s + list->objectName()).toByteArray());
        list->view()->horizontalHeader()->setSortIndicatorShown(true);
        if (settings.value(u"columns/"_s + list->objectName()).isNull()) {
            list->view()->resizeColumnsToContents();
            for (int column = 0; column < list->model()->columnCount(); ++column)
                list->view()->setColumnWidth(column,
                                             std::min(list->view()->columnWidth(column), 300));
        }
        connect(list, &RecordListView::activated, this, &MainWindow::editRecord);
        connect(list, &RecordListView::currentChanged, this, &MainWindow::updateActions);
        // Start on the first record so that Edit and the workflow steps are ready at once.
        if (list->model()->rowCount() > 0)
            list->view()->setCurrentIndex(list->model()->index(0, 0));
        list->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
        list->view()->addActions({mAdd, mEdit, mDelete});
    }
    addPartyAgreementAction();
    auto *separator = new QAction(mAgreementList);
    separator->setSeparator(true);
    mAgreementList->view()->addAction(separator);
    mAgreementList->view()->addActions(mWorkflow->actions());
    mAgreementList->view()->addAction(mServiceReport);
    mAgreementList->view()->addActions({mImprovement->recordReview(), mImprovement->raiseAction()});
    mTabs->setCurrentIndex(settings.value(u"window/page"_s, 0).toInt());
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(std::max(0, mTabs->currentIndex()));
}

void MainWindow::refreshDashboard()
{
    if (!mDashboard || !mSession)
        return;
    if (mTabs->currentWidget() != mDashboard) {
        mDashboardStale = true;
        return;
    }
    if (!mDashboardStale)
        return;
    mDashboardStale = false;
    if (mDashboard->session() != mSession.get())
        mDashboard->setSession(mSession.get()); // which fills it
    else
        mDashboard->refresh();
}

void MainWindow::showPage(Page page)
{
    showWorkspacePages();
    mTabs->setCurrentIndex(int(page));
}

RecordListView *MainWindow::listView(Page page) const
{
    switch (page) {
    case AgreementsPage:
        return mAgreementList;
    case CustomersPage:
        return mPartyList;
    case ServicesPage:
        return mServiceList;
    case CalendarsPage:
        return mCalendarList;
    case DashboardPage:
        return nullptr;
    }
    return nullptr;
}

void MainWindow::updateActions()
{
    const bool open = mSession != nullptr && mAgreementList != nullptr;
    const RecordListView *list = open ? listView(currentPage()) : nullptr;
    const bool selected = list && list->currentId() != 0;
    // A user without the role for these records sees why now rather than a refusal later.
    const QString denied = open ? RecordPermissions::refusal(mSession->workspace(),
                                                             recordKind(currentPage()))
                                : QString();
    for (QAction *action : {mAdd, mEdit, mDelete}) {
        action->setToolTip(denied);
        action->setStatusTip(denied);
    }
    mAdd->setEnabled(open && denied.isEmpty());
    mEdit->setEnabled(selected && denied.isEmpty());
    mDelete->setEnabled(selected && denied.isEmpty());
    // Signed versions and those on their way stay on record.
    if (selected && denied.isEmpty() && currentPage() == AgreementsPage) {
        const auto agreement = mSession->workspace().agreement(list->currentId());
        const QString kept = agreement ? Agreements::whyNotDeletable(*agreement)
                                       : agreement.errorString();
        mDelete->setEnabled(kept.isEmpty());
        mDelete->setToolTip(kept);
        mDelete->setStatusTip(kept);
    }
    mFind->setEnabled(open);
    // On a server the user is the login of the connection; there is nobody to switch to.
    const bool server = open && mSession->database().isServer();
    mSwitchUser->setEnabled(open && !server);
    mSwitchUser->setToolTip(server ? tr("On a server workspace you work as the login you "
                                        "connected with: connect again as another login to "
                                        "switch")
                                   : QString());
    mDueLists->setEnabled(open);
    mRegions->setEnabled(open);
    mMetrics->setEnabled(open);
    mClauseLibrary->setEnabled(open);
    mCloseWorkspace->setEnabled(mSession != nullptr);
    mImport->setEnabled(open);
    mImportHistory->setEnabled(open);
    mImportCustomers->setEnabled(open);
    mRecompute->setEnabled(open);
    mChecks->setEnabled(open);
    mWorkflow->setAgreement(open ? mAgreementList->currentId() : 0);
    mServiceReport->setAgreement(open ? mSession.get() : nullptr, mAgreementList);
    mImprovement->setAgreement(open ? mAgreementList->currentId() : 0);
    mImprovement->showActions()->setEnabled(open);
    if (!open)
        return;
    switch (currentPage()) {
    case AgreementsPage:
    case DashboardPage:
        mAdd->setText(tr("&Add Agreement…"));
        break;
    case CustomersPage:
        mAdd->setText(tr("&Add Party…"));
        break;
    case ServicesPage:
        mAdd->setText(tr("&Add Service…"));
        break;
    case CalendarsPage:
        mAdd->setText(tr("&Add Calendar…"));
        break;
    }
}

void MainWindow::refreshAfter(WorkspaceSession::Table table)
{
    if (!mAgreementList)
        return;
    // Terms, calendars and the names tickets are matched by decide the verdicts.
    if (mRefresher)
        mRefresher->schedule();
    mApprovalQueue->refresh();
    // Counterparty names and service counts appear in the other lists too.
    switch (table) {
    case WorkspaceSession::Table::Parties:
        mPartyList->refresh();
        mAgreementList->refresh();
        break;
    case WorkspaceSession::Table::Services:
        mServiceList->refresh();
        break;
    case WorkspaceSession::Table::Agreements:
        mAgreementList->refresh();
        mPartyList->refresh();
        mServiceList->refresh();
        mCalendarList->refresh(); // targets count per calendar
        break;
    case WorkspaceSession::Table::Calendars:
        mCalendarList->refresh();
        break;
    case WorkspaceSession::Table::Regions:
        mPartyList->refresh();
        mCalendarList->refresh(); // the regions each calendar serves
        break;
    }
    updateActions();
}

void MainWindow::importMeasurements()
{
    if (!mSession)
        return;
    // An import changes the workspace: only a user of it may make one (a server login that is
    // not a user reads only).
    if (auto user =
            UserDirectory(mSession->database().connection()).actingUser(mSession->userName());
        !user) {
        showError(tr("Import Measurements"), user.errorString());
        return;
    }
    ImportWizard wizard(mSession->database().connection(), this);
    wizard.setUserName(mSession->userName());
    connect(&wizard, &ImportWizard::imported, this, [this] {
        // The wizard has judged the new tickets; the KPIs follow in the background, and then
        // the compliance in the lists and the dashboard.
        if (mRefresher)
            mRefresher->refreshNow();
    });
    wizard.exec();
}

void MainWindow::showImportHistory()
{
    if (!mSession)
        return;
    ImportHistoryDialog dialog(mSession->database().connection(), mSession->userName(), this);
    connect(&dialog, &ImportHistoryDialog::rolledBack, this, [this] {
        // The verdicts and KPIs of the measurements that went follow in the background.
        if (mRefresher)
            mRefresher->refreshNow();
    });
    dialog.exec();
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void MainWindow::addRecord()
{
    if (mSession)
        editOnPage(currentPage(), 0);
}

void MainWindow::editRecord()
{
    if (!mSession)
        return;
    const RecordListView *list = listView(currentPage());
    const qint64 id = list ? list->currentId() : 0;
    if (id)
        editOnPage(currentPage(), id);
}

void MainWindow::editOnPage(Page page, qint64 id)
{
    switch (page) {
    case AgreementsPage:
    case DashboardPage:
        editAgreement(id);
        break;
    case CustomersPage:
        editParty(id);
        break;
    case ServicesPage:
        editService(id);
        break;
    case CalendarsPage:
        editCalendar(id);
        break;
    }
}

void MainWindow::editParty(qint64 id)
{
    Party before;
    const auto load = [this](qint64 id) { return mSession->workspace().party(id); };
    if (auto loaded = loadForEdit(before, id, load); !loaded)
        return showError(tr("Edit"), loaded.errorString());
    if (!id && mPartyKind->currentData().toInt() >= 0)
        before.kind = PartyKind(mPartyKind->currentData().toInt());
    qint64 savedId = id;
    PartyDialog dialog(orEmpty(mSession->workspace().regions()),
                       orEmpty(mSession->workspace().services()),
                       addOrEdit<Party>(*mSession, id, before, savedId), this);
    showStored(dialog, &PartyDialog::setParty, before, load);
    const int outcome = dialog.exec();
    if (dialog.newAgreementAsked())
        return newAgreementFor(savedId);
    if (outcome == QDialog::Accepted) {
        mPartyList->selectId(savedId);
        statusBar()->showMessage(id ? tr("Saved %1").arg(dialog.party().name)
                                    : tr("Added %1").arg(dialog.party().name),
                                 4000);
    }
}

void MainWindow::editService(qint64 id)
{
    Service before;
    const auto load = [this](qint64 id) { return mSession->workspace().service(id); };
    if (auto loaded = loadForEdit(before, id, load); !loaded)
        return showError(tr("Edit"), loaded.errorString());
    qint64 savedId = id;
    ServiceDialog dialog(addOrEdit<Service>(*mSession, id, before, savedId), this);
    showStored(dialog, &ServiceDialog::setService, before, load);
    if (dialog.exec() == QDialog::Accepted)
        mServiceList->selectId(savedId);
}

void MainWindow::editAgreement(qint64 id)
{
    Agreement before = id ? Agreement() : Agreements::newDraft(QDate::currentDate());
    if (auto loaded = loadForEdit(
            before, id, [this](qint64 id) { return mSession->workspace().agreement(id); });
        !loaded)
        return showError(tr("Edit"), loaded.errorString());
    runAgreementDialog(before);
}

void MainWindow::runAgreementDialog(Agreement before)
{
    const qint64 id = before.id;
    qint64 savedId = id;
    AgreementDialog dialog(
        *mSession,
        [&](const Agreement &agreement) -> Result<qint64> {
            if (!agreement.id) {
                auto added = RecordEdits::add(*mSession, agreement);
                if (added)
                    savedId = *added;
                return added;
            }
            // After a first save of a new agreement, a retry edits what was stored.
            Agreement original = before;
            if (agreement.id != before.id) {
                auto stored = mSession->workspace().agreement(agreement.id);
                if (!stored)
                    return stored.error();
                original = *stored;
            }
            if (auto edited = RecordEdits::edit(*mSession, original, agreement); !edited)
                return edited.error();
            // The view may stay open and be saved again: undo that save to this one.
            if (auto stored = mSession->workspace().agreement(agreement.id))
                before = *stored;
            return agreement.id;
        },
        this);
    dialog.setAgreement(before);
    // Closed after a save that left something missing for the next step, it was still saved.
    dialog.exec();
    if (savedId)
        mAgreementList->selectId(savedId);
}

void MainWindow::editCalendar(qint64 id)
{
    CalendarRecord before;
    if (auto loaded = loadForEdit(before, id,
                                  [this](qint64 id) { return mSession->workspace().calendar(id); });
        !loaded)
        return showError(tr("Edit"), loaded.errorString());
    qint64 savedId = id;
    CalendarDialog dialog(addOrEdit<CalendarRecord>(*mSession, id, before, savedId), this);
    if (id)
        dialog.setCalendar(before);
    if (dialog.exec() == QDialog::Accepted)
        mCalendarList->selectId(savedId);
}

void MainWindow::deleteRecord()
{
    if (!mSession)
        return;
    RecordListView *list = listView(currentPage());
    const qint64 id = list ? list->currentId() : 0;
    if (!id)
        return;
    const QModelIndex index = list->view()->currentIndex();
    const QString label = list->model()->index(index.row(), 0).data().toString();
    const auto answer = QMessageBox::question(
        this, tr("Delete"),
        tr("Delete \"%1\"?\n\nYou can bring it back with Edit ▸ Undo.").arg(label),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    Result<void> result;
    switch (currentPage()) {
    case AgreementsPage:
        result = RecordEdits::remove<Agreement>(*mSession, id);
        break;
    case CustomersPage:
        result = RecordEdits::remove<Party>(*mSession, id);
        break;
    case ServicesPage:
        result = RecordEdits::remove<Service>(*mSession, id);
        break;
    case CalendarsPage:
        result = RecordEdits::remove<CalendarRecord>(*mSession, id);
        break;
    case DashboardPage:
        break;
    }
    if (!result)
        showError(tr("Cannot delete"), result.errorString());
    else
        statusBar()->showMessage(tr("Deleted %1").arg(label), 4000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/page"_s, mTabs->currentIndex());
    if (mSession && mAgreementList)
        saveColumns(settings);
    event->accept();
}

void MainWindow::saveColumns(QSettings &settings) const
{
    for (RecordListView *list : {mAgreementList, mPartyList, mServiceList, mCalendarList})
        settings.setValue(u"columns/"_s + list->objectName(),
                          list->view()->horizontalHeader()->saveState());
}

} // namespace Accordo
