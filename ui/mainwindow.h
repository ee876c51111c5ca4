#pragma once

#include "session/resultsrefresher.h"
#include "session/workspacesession.h"

#include <QLocale>
#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QSettings;
class QSqlDatabase;
class QStackedWidget;
class QTabWidget;
class QUndoGroup;

namespace Accordo {

class AgreementsModel;
class ApprovalQueue;
class CalendarsModel;
class ChangeAlertsUi;
class DashboardView;
class ImprovementActions;
class PartiesModel;
class RecordListView;
class ServicesModel;
class ServiceReportAction;
class UserGuideDialog;
class WelcomePage;
class WorkflowActions;

/// The SLA manager's workspace: agreements, customers and services in searchable tables,
/// with add/edit/delete, undo/redo, recent workspaces and persistent window state.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens (or creates) a workspace; shows the reason and returns false when it can't.
    /// Asks who is working first, unless the workspace has no users.
    bool openWorkspace(const QString &path, bool create = false);
    /// Opens it for a known user without asking (tests, a user given on the command line).
    bool openWorkspace(const QString &path, bool create, const QString &userName);
    WorkflowActions *workflowActions() const { return mWorkflow; }
    ApprovalQueue *approvalQueue() const { return mApprovalQueue; }
    WorkspaceSession *session() const { return mSession.get(); }

    enum Page { AgreementsPage, CustomersPage, ServicesPage, CalendarsPage, DashboardPage };
    void showPage(Page page);
    RecordListView *listView(Page page) const;
    DashboardView *dashboard() const { return mDashboard; }
    ResultsRefresher *resultsRefresher() const { return mRefresher.get(); }
    ChangeAlertsUi *changeAlerts() const { return mChangeAlerts; }

    /// The place of the demo workspace that the welcome page offers to explore.
    static QString defaultDemoPath();
    /// Opens a new agreement with the party as its counterparty and the services it is
    /// delivered ticked.
    void newAgreementFor(qint64 partyId);
    /// Fills a new workspace at path with the demo portfolio, showing progress over
    /// progressParent when given; nothing is left at path when it fails or is cancelled.
    static Result<void> createDemo(const QString &path, QWidget *progressParent = nullptr);

    /// Creates a workspace file with its first administrator and, when a country is given,
    /// that country's standard calendar; shows the reason and returns false when it can't.
    bool createWorkspace(const QString &path, std::optional<QLocale::Territory> territory);
    /// Brings forward the window that has the workspace open, or opens it in a window on its
    /// welcome page or else in a new one; an empty location asks for a window to start from.
    static MainWindow *openInWindow(const QString &location);

    /// Without a workspace the window shows its welcome page.
    WelcomePage *welcomePage() const { return mWelcome; }
    bool isShowingWelcome() const;
    void showWelcome();
    void closeWorkspace();
    void showUserGuide();

public slots:
    void addRecord();
    void editRecord();
    void deleteRecord();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createStartPage();
    void showWorkspacePages();
    void exploreDemo();
    // Closes the open workspace: its pages first, then the results refresher, then the session.
    void releaseSession();
    void createPages();
    void createViewMenu();
    void createWorkflowActions();
    std::optional<QString> askUser(const QSqlDatabase &db, const QString &location);
    // Creates the first administrator of a workspace without users (on a server, the login).
    std::optional<QString> addFirstAdministrator(const QSqlDatabase &db, const QString &location,
                                                 const QString &login);
    void switchUser();
    void updateUserLabel();
    void showDueLists();
    void showPortfolioChecks();
    /// Runs a dialog that lists agreements to look into: opening one edits it, and the list
    /// then shows what changed.
    template<typename Dialog>
    void runAgreementFinder(WorkspaceSession &session);
    void clearPages();
    void newWorkspace();
    void openWorkspaceDialog();
    void connectToServer();
    void importMeasurements();
    void showImportHistory();
    void updateRecentMenu();
    void updateActions();
    void refreshAfter(WorkspaceSession::Table table);
    void showError(const QString &title, const QString &message);
    /// The column layout of the record lists, kept per list across sessions.
    void saveColumns(QSettings &settings) const;
    Page currentPage() const;

    /// Opens the dialog of the record `id` that `page` lists, or of a new record when `id` is 0;
    /// the dashboard's records are agreements.
    void editOnPage(Page page, qint64 id);
    void editParty(qint64 id);
    void editService(qint64 id);
    void editAgreement(qint64 id);
    // Fills the dashboard when it is the page shown and its figures are stale.
    void refreshDashboard();
    void runAgreementDialog(Agreement before);
    void addPartyAgreementAction();
    /// Sets the texts of the window, its menus, tool bars, pages and headers again in the
    /// language now installed.
    void retranslate();
    void editCalendar(qint64 id);

    std::unique_ptr<WorkspaceSession> mSession;
    QUndoGroup *mUndoGroup = nullptr;
    std::unique_ptr<ResultsRefresher> mRefresher; // destroyed before the session
    QStackedWidget *mStack = nullptr;
    WelcomePage *mWelcome = nullptr;
    QPointer<UserGuideDialog> mGuide;
    QTabWidget *mTabs = nullptr;
    AgreementsModel *mAgreements = nullptr;
    PartiesModel *mParties = nullptr;
    ServicesModel *mServices = nullptr;
    CalendarsModel *mCalendars = nullptr;
    RecordListView *mAgreementList = nullptr;
    RecordListView *mPartyList = nullptr;
    RecordListView *mServiceList = nullptr;
    RecordListView *mCalendarList = nullptr;
    DashboardView *mDashboard = nullptr;
    bool mDashboardStale = true; // its figures are to be read again when it is next shown
    QComboBox *mPartyKind = nullptr;
    QLabel *mWorkspaceLabel = nullptr;
    QLabel *mUserLabel = nullptr;
    WorkflowActions *mWorkflow = nullptr;
    ApprovalQueue *mApprovalQueue = nullptr;
    ChangeAlertsUi *mChangeAlerts = nullptr;
    ImprovementActions *mImprovement = nullptr;
    QAction *mSwitchUser = nullptr;
    QAction *mDueLists = nullptr;
    QAction *mRegions = nullptr;
    QAction *mMetrics = nullptr;
    QAction *mClauseLibrary = nullptr;
    QAction *mImport = nullptr;
    QAction *mImportHistory = nullptr;
    QAction *mImportCustomers = nullptr;
    QAction *mRecompute = nullptr;
    QAction *mChecks = nullptr;
    ServiceReportAction *mServiceReport = nullptr;
    QAction *mNewAgreementForParty = nullptr;
    QAction *mCloseWorkspace = nullptr;
    QWidget *mResultsBusy = nullptr;

    QAction *mUndo = nullptr;
    QAction *mRedo = nullptr;
    QAction *mAdd = nullptr;
    QAction *mEdit = nullptr;
    QAction *mDelete = nullptr;
    QAction *mFind = nullptr;
    QMenu *mRecentMenu = nullptr;
    QMenu *mEditMenu = nullptr;
};

} // namespace Accordo
