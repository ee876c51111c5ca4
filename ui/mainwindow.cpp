#include "mainwindow.h"

#include "commands/recordcommands.h"
#include "dashboard/dashboardview.h"
#include "data/agreementrules.h"
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
#include "data/userdirectory.h"
#include "models/agreementsmodel.h"
#include "models/calendarsmodel.h"
#include "models/partiesmodel.h"
#include "models/servicesmodel.h"
#include "storage/dialect.h"
#include "widgets/recordlistview.h"
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

constexpr int MaxRecentFiles = 8;
const auto RecentKey = u"workspace/recent"_s;

QUndoGroup *undoGroup(QObject *owner)
{
    return owner->findChild<QUndoGroup *>(u"undoGroup"_s, Qt::FindDirectChildrenOnly);
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Accordo"));
    auto *group = new QUndoGroup(this);
    group->setObjectName(u"undoGroup"_s);

    mTabs = new QTabWidget(this);
    mTabs->setDocumentMode(true);
    setCentralWidget(mTabs);
    connect(mTabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    mWorkspaceLabel = new QLabel(this);
    mUserLabel = new QLabel(this);
    mUserLabel->setObjectName(u"userLabel"_s);
    // Shown while the results are recomputed in the background.
    mResultsBusy = new QWidget(this);
    mResultsBusy->setObjectName(u"resultsBusy"_s);
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

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Workspace…"), this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence(u"Ctrl+Shift+N"_s));
    QAction *open = file->addAction(tr("&Open Workspace…"), this, &MainWindow::openWorkspaceDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *connectAction = file->addAction(tr("&Connect to Server…"), this,
                                             &MainWindow::connectToServer);
    connectAction->setObjectName(u"actionConnect"_s);
    mRecentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    mImport = file->addAction(tr("&Import Measurements…"), this, &MainWindow::importMeasurements);
    mImport->setObjectName(u"actionImportMeasurements"_s);
    mImportHistory = file->addAction(tr("Import &History…"), this, &MainWindow::showImportHistory);
    mImportHistory->setObjectName(u"actionImportHistory"_s);
    file->addSeparator();
    mSwitchUser = file->addAction(tr("S&witch User…"), this, &MainWindow::switchUser);
    mSwitchUser->setObjectName(u"actionSwitchUser"_s);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    mEditMenu = menuBar()->addMenu(tr("&Edit"));
    mUndo = undoGroup(this)->createUndoAction(this, tr("&Undo"));
    mUndo->setObjectName(u"actionUndo"_s);
    mUndo->setShortcut(QKeySequence::Undo);
    mRedo = undoGroup(this)->createRedoAction(this, tr("&Redo"));
    mRedo->setObjectName(u"actionRedo"_s);
    mRedo->setShortcuts({QKeySequence::Redo, QKeySequence(u"Ctrl+Y"_s)});
    mEditMenu->addAction(mUndo);
    mEditMenu->addAction(mRedo);
    mEditMenu->addSeparator();
    mAdd = mEditMenu->addAction(QIcon::fromTheme(u"list-add"_s), tr("&Add…"), this,
                                &MainWindow::addRecord);
    mAdd->setObjectName(u"actionAdd"_s);
    mAdd->setShortcut(QKeySequence::New);
    mEdit = mEditMenu->addAction(QIcon::fromTheme(u"document-edit"_s), tr("&Edit…"), this,
                                 &MainWindow::editRecord);
    mEdit->setObjectName(u"actionEdit"_s);
    mEdit->setShortcuts({QKeySequence(u"F2"_s), QKeySequence(u"Ctrl+E"_s)});
    mDelete = mEditMenu->addAction(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete…"), this,
                                   &MainWindow::deleteRecord);
    mDelete->setObjectName(u"actionDelete"_s);
    mDelete->setShortcut(QKeySequence::Delete);
    mEditMenu->addSeparator();
    mFind = mEditMenu->addAction(tr("&Find"), this, [this] {
        if (RecordListView *list = listView(currentPage())) {
            list->searchField()->setFocus();
            list->searchField()->selectAll();
        }
    });
    mFind->setShortcut(QKeySequence::Find);
    mEditMenu->addSeparator();
    mRegions = mEditMenu->addAction(tr("Re&gions…"), this, [this] {
        RegionsDialog dialog(*mSession, this);
        dialog.exec();
    });
    mRegions->setObjectName(u"actionRegions"_s);

    createWorkflowActions();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList pages{tr("&Agreements"), tr("&Customers"), tr("&Services"), tr("Ca&lendars"),
                            tr("&Dashboard")};
    for (int page = 0; page < pages.size(); ++page) {
        QAction *show = view->addAction(pages.at(page), this,
                                        [this, page] { showPage(Page(page)); });
        show->setShortcut(QKeySequence(u"Ctrl+%1"_s.arg(page + 1)));
    }
    view->addSeparator();
    mDueLists = view->addAction(tr("&Reviews and Renewals…"), this, &MainWindow::showDueLists);
    mDueLists->setObjectName(u"actionDueLists"_s);
    mChecks = view->addAction(tr("&Portfolio Checks…"), this, &MainWindow::showPortfolioChecks);
    mChecks->setObjectName(u"actionPortfolioChecks"_s);
    mChecks->setStatusTip(tr("OLAs looser than their SLAs, services without an SLA, overdue "
                             "reviews and watermelons."));
    mRecompute = view->addAction(tr("Rec&ompute Results"), this, [this] {
        if (mRefresher)
            mRefresher->recomputeEverything();
    });
    mRecompute->setObjectName(u"actionRecompute"_s);
    mRecompute->setShortcut(QKeySequence(u"F5"_s));
    mRecompute->setStatusTip(tr("Judge every ticket and compute every KPI again. Accordo does "
                                "this by itself after a change of terms or measurements."));
    view->addSeparator();
    QMenu *language = view->addMenu(tr("Lan&guage"));
    auto *languages = new QActionGroup(language);
    for (const Language::Choice &choice : Language::choices()) {
        QAction *action = language->addAction(choice.name);
        action->setCheckable(true);
        action->setChecked(choice.code == Language::saved());
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = choice.code] {
            Language::save(code);
            QMessageBox::information(this, tr("Language"),
                                     tr("The new language applies the next time Accordo starts."));
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Accordo"), this, [this] {
        QMessageBox::about(this, tr("About Accordo"),
                           tr("<h3>Accordo %1</h3><p>Service level management: agreements, "
                              "targets in business time, measurements and reports.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    // Record actions first, then the workflow steps that act on the selected agreement.
    QToolBar *tools = new QToolBar(tr("Main"), this);
    insertToolBar(findChild<QToolBar *>(u"workflowToolBar"_s), tools);
    tools->setObjectName(u"mainToolBar"_s);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(mAdd);
    tools->addAction(mEdit);
    tools->addAction(mDelete);
    tools->addSeparator();
    tools->addAction(mUndo);
    tools->addAction(mRedo);
    updateRecentMenu();
}

void MainWindow::createWorkflowActions()
{
    mWorkflow = new WorkflowActions(this);
    QMenu *menu = menuBar()->addMenu(tr("&Workflow"));
    QToolBar *tools = addToolBar(tr("Workflow"));
    tools->setObjectName(u"workflowToolBar"_s);
    const QList<QAction *> actions = mWorkflow->actions();
    for (QAction *action : actions) {
        menu->addAction(action);
        tools->addAction(action);
        // Grouped as the agreement moves: towards approval, the decision, after signing.
        if (action == mWorkflow->action(Transition::Sign)
            || action == mWorkflow->action(Transition::Reject)) {
            menu->addSeparator();
            tools->addSeparator();
        }
    }
    // Disabled menu entries still show why when hovered.
    menu->setToolTipsVisible(true);
    connect(mWorkflow, &WorkflowActions::performed, this,
            [this](Transition, qint64 currentId, const QString &message) {
                // An amendment is a new version: follow it in the table.
                if (mAgreementList)
                    mAgreementList->selectId(currentId);
                statusBar()->showMessage(message, 5000);
            });
}

std::optional<QString> MainWindow::askUser(const QSqlDatabase &db, const QString &location)
{
    QList<User> users;
    for (const User &user : orEmpty(UserDirectory(db).users())) {
        if (user.active)
            users.append(user);
    }
    // Workspaces from before the user list (or still empty) are worked on as Accordo itself.
    if (users.isEmpty())
        return UserDirectory::systemUserName();
    UserDialog dialog(users, Database::displayName(location), this);
    dialog.setUserName(mSession && mSession->location() == location
                           ? mSession->userName()
                           : UserDialog::rememberedUser(location));
    if (dialog.exec() != QDialog::Accepted || dialog.userName().isEmpty())
        return std::nullopt;
    UserDialog::rememberUser(location, dialog.userName());
    return dialog.userName();
}

void MainWindow::switchUser()
{
    if (!mSession)
        return;
    const auto user = askUser(mSession->database().connection(), mSession->location());
    if (!user || *user == mSession->userName())
        return;
    // Undoing someone else's edits under one's own name would blur the audit trail.
    mSession->undoStack()->clear();
    mSession->setUserName(*user);
    updateUserLabel();
    mWorkflow->update();
}

void MainWindow::updateUserLabel()
{
    if (!mSession) {
        mUserLabel->clear();
        return;
    }
    const QString name = mSession->userName();
    if (name == UserDirectory::systemUserName()) {
        mUserLabel->setText(tr("Working as the built-in system user (this workspace has no "
                               "users)"));
        return;
    }
    const auto user = UserDirectory(mSession->database().connection()).user(name);
    QStringList roles;
    if (user) {
        for (Role role : user->roles)
            roles.append(Roles::displayName(role));
    }
    mUserLabel->setText(tr("Working as %1 (%2)")
                            .arg(user && !user->displayName.isEmpty() ? user->displayName : name,
                                 roles.join(u", "_s)));
}

void MainWindow::showPortfolioChecks()
{
    if (!mSession)
        return;
    PortfolioChecksDialog dialog(*mSession, this);
    connect(&dialog, &PortfolioChecksDialog::openAgreement, this, [this, &dialog](qint64 id) {
        editAgreement(id);
        dialog.refresh();
    });
    dialog.exec();
}

void MainWindow::showDueLists()
{
    if (!mSession)
        return;
    DueListsDialog dialog(*mSession, this);
    connect(&dialog, &DueListsDialog::openAgreement, this, [this, &dialog](qint64 id) {
        editAgreement(id);
        dialog.refresh();
    });
    dialog.exec();
}

void MainWindow::createPages()
{
    clearPages();
    const QSqlDatabase db = mSession->database().connection();

    mAgreements = new AgreementsModel(db, this);
    mAgreementList = new RecordListView(mAgreements, tr("agreements"), mTabs);
    mAgreementList->setObjectName(u"agreementList"_s);
    mParties = new PartiesModel(db, this);
    mPartyList = new RecordListView(mParties, tr("customers"), mTabs);
    mPartyList->setObjectName(u"partyList"_s);
    mServices = new ServicesModel(db, this);
    mServiceList = new RecordListView(mServices, tr("services"), mTabs);
    mServiceList->setObjectName(u"serviceList"_s);
    mCalendars = new CalendarsModel(db, this);
    mCalendarList = new RecordListView(mCalendars, tr("calendars"), mTabs);
    mCalendarList->setObjectName(u"calendarList"_s);
    // Each model goes with its page, so that all are gone before the session closes.
    mAgreements->setParent(mAgreementList);
    mParties->setParent(mPartyList);
    mServices->setParent(mServiceList);
    mCalendars->setParent(mCalendarList);

    mPartyKind = new QComboBox(mPartyList);
    mPartyKind->setObjectName(u"partyKind"_s);
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
    mDashboard = new DashboardView(mTabs);
    mDashboard->setObjectName(u"dashboard"_s);
    mTabs->addTab(mDashboard, tr("Dashboard"));
    mDashboard->setSession(mSession.get());
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
    auto *separator = new QAction(mAgreementList);
    separator->setSeparator(true);
    mAgreementList->view()->addAction(separator);
    mAgreementList->view()->addActions(mWorkflow->actions());
    mTabs->setCurrentIndex(settings.value(u"window/page"_s, 0).toInt());
}

bool MainWindow::openWorkspace(const QString &path, bool create)
{
    return openWorkspace(path, create, QString());
}

bool MainWindow::openWorkspace(const QString &path, bool create, const QString &userName)
{
    auto database = Database::open(path, create ? Database::OpenMode::CreateIfMissing
                                                : Database::OpenMode::MustExist);
    if (!database) {
        showError(tr("Cannot open workspace"), database.errorString());
        return false;
    }
    // Asked before the open workspace is closed, so that Cancel leaves everything as it was.
    const auto user = userName.isEmpty()
                          ? askUser((*database)->connection(), (*database)->location())
                          : std::optional(userName);
    if (!user)
        return false;
    if (mSession) {
        QSettings settings;
        for (RecordListView *list : {mAgreementList, mPartyList, mServiceList, mCalendarList})
            settings.setValue(u"columns/"_s + list->objectName(),
                              list->view()->horizontalHeader()->saveState());
        clearPages();
        mWorkflow->setSession(nullptr);
        mRefresher.reset();
        mSession.reset();
    }
    mSession = std::make_unique<WorkspaceSession>(std::move(*database));
    mRefresher = std::make_unique<ResultsRefresher>(mSession->location());
    connect(mRefresher.get(), &ResultsRefresher::started, mResultsBusy, &QWidget::show);
    connect(mRefresher.get(), &ResultsRefresher::finished, this,
            [this](bool changed, const QString &summary) {
                mResultsBusy->hide();
                // A check that found nothing to do need not say so over other messages.
                if (changed)
                    statusBar()->showMessage(summary, 8000);
                // Compliance in the agreement list and everything on the dashboard, even when this
                // run had nothing to do: on a shared workspace another user's window may have
                // recomputed them after the change that woke this one.
                if (mAgreementList)
                    mAgreementList->refresh();
                if (mDashboard)
                    mDashboard->refresh();
            });
    connect(mRefresher.get(), &ResultsRefresher::failed, this, [this](const QString &message) {
        mResultsBusy->hide();
        statusBar()->showMessage(message, 15000);
    });
    mSession->setUserName(*user);
    mWorkflow->setSession(mSession.get());
    undoGroup(this)->addStack(mSession->undoStack());
    undoGroup(this)->setActiveStack(mSession->undoStack());
    connect(mSession.get(), &WorkspaceSession::changed, this, &MainWindow::refreshAfter);
    connect(mSession.get(), &WorkspaceSession::commandFailed, this,
            [this](const QString &message) { showError(tr("Undo"), message); });
    createPages();
    // Results left stale by a command-line edit or an interrupted run are redone now.
    mRefresher->refreshNow();

    const QString location = mSession->location();
    setWindowTitle(tr("%1 — Accordo").arg(Database::displayName(location)));
    setWindowFilePath(location);
    mWorkspaceLabel->setText(QDir::toNativeSeparators(location));
    QSettings settings;
    QStringList recent = settings.value(RecentKey).toStringList();
    recent.removeAll(location);
    recent.prepend(location);
    settings.setValue(RecentKey, recent.mid(0, MaxRecentFiles));
    settings.setValue(u"workspace/last"_s, location);
    updateRecentMenu();
    updateUserLabel();
    updateActions();
    statusBar()->showMessage(tr("Opened %1: %n agreement(s)", nullptr, mAgreements->rowCount())
                                 .arg(Database::displayName(location)),
                             5000);
    return true;
}

void MainWindow::newWorkspace()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"), QDir::homePath(),
                                                      tr("Accordo workspaces (*.accordo *.db)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(tr("New Workspace"),
                  tr("%1 already exists. Open it, or choose another name.").arg(path));
        return;
    }
    openWorkspace(path, true);
}

void MainWindow::connectToServer()
{
    // A team workspace on PostgreSQL; the password comes from PGPASSWORD or ~/.pgpass.
    bool ok = false;
    const QString url =
        QInputDialog::getText(
            this, tr("Connect to Server"),
            tr("Workspace on a PostgreSQL server (the password is read from PGPASSWORD or "
               "~/.pgpass):"),
            QLineEdit::Normal,
            QSettings().value(u"workspace/server"_s, u"postgresql://"_s).toString(), &ok)
            .trimmed();
    if (!ok || url.isEmpty())
        return;
    if (!Dialect::isServerUrl(url)) {
        showError(tr("Connect to Server"),
                  tr("\"%1\" is not a server address: write postgresql://user@host:port/database")
                      .arg(url));
        return;
    }
    QSettings().setValue(u"workspace/server"_s, url);
    openWorkspace(url, true);
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace"),
        mSession ? QFileInfo(mSession->location()).absolutePath() : QDir::homePath(),
        tr("Accordo workspaces (*.accordo *.db);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::updateRecentMenu()
{
    mRecentMenu->clear();
    const QStringList recent = QSettings().value(RecentKey).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const QString &path = recent.at(i);
        QAction *action = mRecentMenu->addAction(
            u"&%1 %2"_s.arg(i + 1).arg(QDir::toNativeSeparators(path)), this,
            [this, path] { openWorkspace(path); });
        action->setEnabled(Dialect::isServerUrl(path) || QFileInfo::exists(path));
    }
    if (!recent.isEmpty()) {
        mRecentMenu->addSeparator();
        mRecentMenu->addAction(tr("&Clear Menu"), this, [this] {
            QSettings().remove(RecentKey);
            updateRecentMenu();
        });
    }
    mRecentMenu->setEnabled(!recent.isEmpty());
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(std::max(0, mTabs->currentIndex()));
}

void MainWindow::showPage(Page page)
{
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
    mAdd->setEnabled(open);
    mEdit->setEnabled(selected);
    mDelete->setEnabled(selected);
    mFind->setEnabled(open);
    mSwitchUser->setEnabled(open);
    mDueLists->setEnabled(open);
    mRegions->setEnabled(open);
    mImport->setEnabled(open);
    mImportHistory->setEnabled(open);
    mRecompute->setEnabled(open);
    mChecks->setEnabled(open);
    mWorkflow->setAgreement(open ? mAgreementList->currentId() : 0);
    if (!open)
        return;
    switch (currentPage()) {
    case AgreementsPage:
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
    case DashboardPage:
        mAdd->setText(tr("&Add Agreement…"));
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
    if (!mSession)
        return;
    switch (currentPage()) {
    case AgreementsPage:
        editAgreement(0);
        break;
    case CustomersPage:
        editParty(0);
        break;
    case ServicesPage:
        editService(0);
        break;
    case CalendarsPage:
        editCalendar(0);
        break;
    case DashboardPage:
        editAgreement(0);
        break;
    }
}

void MainWindow::editRecord()
{
    if (!mSession)
        return;
    const RecordListView *list = listView(currentPage());
    const qint64 id = list ? list->currentId() : 0;
    if (!id)
        return;
    switch (currentPage()) {
    case AgreementsPage:
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
    case DashboardPage:
        break;
    }
}

void MainWindow::editParty(qint64 id)
{
    Party before;
    if (id) {
        auto loaded = mSession->workspace().party(id);
        if (!loaded)
            return showError(tr("Edit"), loaded.errorString());
        before = *loaded;
    } else if (mPartyKind->currentData().toInt() >= 0) {
        before.kind = PartyKind(mPartyKind->currentData().toInt());
    }
    qint64 savedId = id;
    PartyDialog dialog(
        orEmpty(mSession->workspace().regions()), orEmpty(mSession->workspace().services()),
        [&](const Party &party) -> Result<void> {
            if (!id) {
                auto added = RecordEdits::add(*mSession, party);
                if (added)
                    savedId = *added;
                return added ? Result<void>() : Result<void>(added.error());
            }
            return RecordEdits::edit(*mSession, before, party);
        },
        this);
    dialog.setParty(before);
    dialog.setReload([&] {
        if (auto stored = mSession->workspace().party(before.id)) {
            before = *stored;
            dialog.setParty(before);
        }
    });
    if (dialog.exec() == QDialog::Accepted) {
        mPartyList->selectId(savedId);
        statusBar()->showMessage(id ? tr("Saved %1").arg(dialog.party().name)
                                    : tr("Added %1").arg(dialog.party().name),
                                 4000);
    }
}

void MainWindow::editService(qint64 id)
{
    Service before;
    if (id) {
        auto loaded = mSession->workspace().service(id);
        if (!loaded)
            return showError(tr("Edit"), loaded.errorString());
        before = *loaded;
    }
    qint64 savedId = id;
    ServiceDialog dialog(
        [&](const Service &service) -> Result<void> {
            if (!id) {
                auto added = RecordEdits::add(*mSession, service);
                if (added)
                    savedId = *added;
                return added ? Result<void>() : Result<void>(added.error());
            }
            return RecordEdits::edit(*mSession, before, service);
        },
        this);
    dialog.setService(before);
    dialog.setReload([&] {
        if (auto stored = mSession->workspace().service(before.id)) {
            before = *stored;
            dialog.setService(before);
        }
    });
    if (dialog.exec() == QDialog::Accepted)
        mServiceList->selectId(savedId);
}

void MainWindow::editAgreement(qint64 id)
{
    Agreement before;
    if (id) {
        auto loaded = mSession->workspace().agreement(id);
        if (!loaded)
            return showError(tr("Edit"), loaded.errorString());
        before = *loaded;
    } else {
        before = Agreements::newDraft(QDate::currentDate());
    }
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
            return agreement.id;
        },
        this);
    dialog.setAgreement(before);
    if (dialog.exec() == QDialog::Accepted)
        mAgreementList->selectId(savedId);
}

void MainWindow::editCalendar(qint64 id)
{
    CalendarRecord before;
    if (id) {
        auto loaded = mSession->workspace().calendar(id);
        if (!loaded)
            return showError(tr("Edit"), loaded.errorString());
        before = *loaded;
    }
    qint64 savedId = id;
    CalendarDialog dialog(
        [&](const CalendarRecord &calendar) -> Result<void> {
            if (!id) {
                auto added = RecordEdits::add(*mSession, calendar);
                if (added)
                    savedId = *added;
                return added ? Result<void>() : Result<void>(added.error());
            }
            return RecordEdits::edit(*mSession, before, calendar);
        },
        this);
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
    if (mSession && mAgreementList) {
        for (RecordListView *list : {mAgreementList, mPartyList, mServiceList, mCalendarList})
            settings.setValue(u"columns/"_s + list->objectName(),
                              list->view()->horizontalHeader()->saveState());
    }
    event->accept();
}

} // namespace Accordo
