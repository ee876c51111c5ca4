#include "mainwindow.h"

#include "dialogs/metricsdialog.h"
#include "dialogs/partyimportdialog.h"
#include "dialogs/regionsdialog.h"
#include "document/clauselibrarywindow.h"
#include "language.h"
#include "pricing/offeringsdialog.h"
#include "report/servicereportaction.h"
#include "widgets/icons.h"
#include "widgets/recordlistview.h"
#include "widgets/toolbartextmenu.h"
#include "workflow/approvalqueue.h"
#include "workflow/changealertsui.h"
#include "workflow/improvementactions.h"
#include "workflow/workflowactions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>

using namespace Qt::StringLiterals;

// The main window's menus and tool bars.

namespace Accordo {

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(Icons::action(u"document-new"_s), tr("&New Workspace…"),
                                         this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence(u"Ctrl+Shift+N"_s));
    QAction *open = file->addAction(Icons::action(u"document-open"_s), tr("&Open Workspace…"), this,
                                    &MainWindow::openWorkspaceDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *connectAction = file->addAction(Icons::action(u"network-connect"_s),
                                             tr("&Connect to Server…"), this,
                                             &MainWindow::connectToServer);
    connectAction->setObjectName(u"actionConnect"_s);
    mRecentMenu = file->addMenu(Icons::action(u"document-open-recent"_s), tr("Open &Recent"));
    mCloseWorkspace = file->addAction(Icons::action(u"document-close"_s), tr("C&lose Workspace"),
                                      this, &MainWindow::closeWorkspace);
    mCloseWorkspace->setObjectName(u"actionCloseWorkspace"_s);
    mCloseWorkspace->setShortcut(QKeySequence::Close);
    file->addAction(Icons::application(), tr("&Welcome"), this, &MainWindow::showWelcome)
        ->setObjectName(u"actionWelcome"_s);
    file->addSeparator();
    mImport = file->addAction(Icons::action(u"document-import"_s), tr("&Import Measurements…"),
                              this, &MainWindow::importMeasurements);
    mImport->setObjectName(u"actionImportMeasurements"_s);
    mImportCustomers = file->addAction(Icons::action(u"system-users"_s), tr("Import &Customers…"),
                                       this, [this] {
                                           if (mSession)
                                               PartyImportDialog(*mSession, this).exec();
                                       });
    mImportCustomers->setObjectName(u"actionImportCustomers"_s);
    mImportHistory = file->addAction(Icons::action(u"view-history"_s), tr("Import &History…"), this,
                                     &MainWindow::showImportHistory);
    mImportHistory->setObjectName(u"actionImportHistory"_s);
    file->addSeparator();
    mSwitchUser = file->addAction(Icons::action(u"system-switch-user"_s), tr("S&witch User…"), this,
                                  &MainWindow::switchUser);
    mSwitchUser->setObjectName(u"actionSwitchUser"_s);
    mSwitchUser->setShortcut(QKeySequence(u"Ctrl+Shift+U"_s));
    file->addSeparator();
    QAction *quit = file->addAction(Icons::action(u"application-exit"_s), tr("&Quit"), this,
                                    &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    mEditMenu = menuBar()->addMenu(tr("&Edit"));
    mUndo = mUndoGroup->createUndoAction(this, tr("&Undo"));
    mUndo->setObjectName(u"actionUndo"_s);
    mUndo->setIcon(Icons::action(u"edit-undo"_s));
    mUndo->setShortcut(QKeySequence::Undo);
    mRedo = mUndoGroup->createRedoAction(this, tr("&Redo"));
    mRedo->setObjectName(u"actionRedo"_s);
    mRedo->setIcon(Icons::action(u"edit-redo"_s));
    mRedo->setShortcuts({QKeySequence::Redo, QKeySequence(u"Ctrl+Y"_s)});
    mEditMenu->addAction(mUndo);
    mEditMenu->addAction(mRedo);
    mEditMenu->addSeparator();
    mAdd = mEditMenu->addAction(Icons::action(u"list-add"_s), tr("&Add…"), this,
                                &MainWindow::addRecord);
    mAdd->setObjectName(u"actionAdd"_s);
    mAdd->setShortcut(QKeySequence::New);
    mEdit = mEditMenu->addAction(Icons::action(u"document-edit"_s), tr("&Edit…"), this,
                                 &MainWindow::editRecord);
    mEdit->setObjectName(u"actionEdit"_s);
    mEdit->setShortcuts({QKeySequence(u"F2"_s), QKeySequence(u"Ctrl+E"_s)});
    mDelete = mEditMenu->addAction(Icons::action(u"edit-delete"_s), tr("&Delete…"), this,
                                   &MainWindow::deleteRecord);
    mDelete->setObjectName(u"actionDelete"_s);
    mDelete->setShortcut(QKeySequence::Delete);
    mEditMenu->addSeparator();
    mFind = mEditMenu->addAction(Icons::action(u"edit-find"_s), tr("&Find"), this, [this] {
        if (RecordListView *list = listView(currentPage())) {
            list->searchField()->setFocus();
            list->searchField()->selectAll();
        }
    });
    mFind->setShortcut(QKeySequence::Find);
    mEditMenu->addSeparator();
    mRegions = mEditMenu->addAction(Icons::action(u"globe"_s), tr("Re&gions…"), this, [this] {
        RegionsDialog dialog(*mSession, this);
        dialog.exec();
    });
    mRegions->setObjectName(u"actionRegions"_s);
    QAction *offerings = mEditMenu->addAction(Icons::action(u"format-currency"_s),
                                              tr("Service &Offerings…"), this,
                                              [this] { OfferingsDialog(*mSession, this).exec(); });
    offerings->setObjectName(u"actionOfferings"_s);
    // Open with a workspace, as the regions are.
    connect(mRegions, &QAction::enabledChanged, offerings, &QAction::setEnabled);
    offerings->setEnabled(mRegions->isEnabled());
    mMetrics = mEditMenu->addAction(Icons::action(u"chronometer"_s), tr("Custom &Metrics…"), this,
                                    [this] {
                                        MetricsDialog dialog(*mSession, this);
                                        dialog.exec();
                                    });
    mMetrics->setObjectName(u"actionMetrics"_s);
    mClauseLibrary = mEditMenu->addAction(Icons::action(u"view-list-text"_s),
                                          tr("Clause &Library…"), this, [this] {
                                              ClauseLibraryWindow window(*mSession, this);
                                              window.exec();
                                          });
    mClauseLibrary->setObjectName(u"actionClauseLibrary"_s);

    createWorkflowActions();

    createViewMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(Icons::action(u"help-contents"_s), tr("&User Guide"), this,
                                     &MainWindow::showUserGuide);
    guide->setObjectName(u"actionUserGuide"_s);
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(Icons::application(), tr("&About Accordo"), this, [this] {
        QMessageBox::about(this, tr("About Accordo"),
                           tr("<h3>Accordo %1</h3><p>Service level management: agreements, "
                              "targets in business time, measurements and reports.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    help->addAction(Icons::action(u"help-about"_s), tr("About &Qt"), qApp, &QApplication::aboutQt);

    // Record actions first, then the workflow steps that act on the selected agreement.
    QToolBar *tools = new QToolBar(tr("Main"), this);
    insertToolBar(findChild<QToolBar *>(u"workflowToolBar"_s), tools);
    tools->setObjectName(u"mainToolBar"_s);
    tools->addAction(mAdd);
    tools->addAction(mEdit);
    tools->addAction(mDelete);
    tools->addSeparator();
    tools->addAction(mUndo);
    tools->addAction(mRedo);
    updateRecentMenu();
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList pages{tr("&Agreements"), tr("&Customers"), tr("&Services"), tr("Ca&lendars"),
                            tr("&Dashboard")};
    const QStringList icons{u"view-list-details"_s, u"system-users"_s, u"network-server"_s,
                            u"view-calendar"_s, u"view-statistics"_s};
    for (int page = 0; page < pages.size(); ++page) {
        QAction *show = view->addAction(Icons::action(icons.at(page)), pages.at(page), this,
                                        [this, page] { showPage(Page(page)); });
        show->setShortcut(QKeySequence(u"Ctrl+%1"_s.arg(page + 1)));
    }
    view->addSeparator();
    mDueLists = view->addAction(Icons::action(u"view-calendar-upcoming-events"_s),
                                tr("&Reviews and Renewals…"), this, &MainWindow::showDueLists);
    mDueLists->setObjectName(u"actionDueLists"_s);
    mChecks = view->addAction(Icons::action(u"data-warning"_s), tr("&Portfolio Checks…"), this,
                              &MainWindow::showPortfolioChecks);
    mChecks->setObjectName(u"actionPortfolioChecks"_s);
    mChangeAlerts = new ChangeAlertsUi(this, view);
    view->addAction(mImprovement->showActions());
    mChecks->setStatusTip(tr("OLAs looser than their SLAs, services without an SLA, overdue "
                             "reviews and watermelons."));
    mServiceReport = new ServiceReportAction(this);
    mServiceReport->setIcon(Icons::action(u"document-print-preview"_s));
    view->addAction(mServiceReport);
    mApprovalQueue = new ApprovalQueue(this);
    view->addAction(mApprovalQueue->action());
    statusBar()->insertPermanentWidget(0, mApprovalQueue->indicator());
    connect(mApprovalQueue, &ApprovalQueue::agreementChosen, this, [this](qint64 id) {
        showPage(AgreementsPage);
        mAgreementList->selectId(id);
    });
    mRecompute = view->addAction(tr("Rec&ompute Results"), this, [this] {
        if (mRefresher)
            mRefresher->recomputeEverything();
    });
    mRecompute->setIcon(Icons::action(u"view-refresh"_s));
    mRecompute->setObjectName(u"actionRecompute"_s);
    mRecompute->setShortcut(QKeySequence(u"F5"_s));
    mRecompute->setStatusTip(tr("Judge every ticket and compute every KPI again. Accordo does "
                                "this by itself after a change of terms or measurements."));
    view->addSeparator();
    view->addMenu(new ToolBarTextMenu(this));
    QMenu *language = view->addMenu(tr("Lan&guage"));
    auto *languages = new QActionGroup(language);
    for (const Language::Choice &choice : Language::choices()) {
        QAction *action = language->addAction(choice.name);
        action->setCheckable(true);
        action->setChecked(choice.code == Language::saved());
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = choice.code] {
            Language::save(code);
            Language::install(code); // every window retranslates on QEvent::LanguageChange
        });
    }
}

void MainWindow::createWorkflowActions()
{
    mWorkflow = new WorkflowActions(this);
    mImprovement = new ImprovementActions(
        this, [this] { return mSession.get(); },
        [this] { return mAgreementList ? mAgreementList->currentId() : 0; });
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
    menu->addSeparator();
    menu->addActions({mImprovement->recordReview(), mImprovement->raiseAction()});
    // Disabled menu entries still show why when hovered; a disabled button cannot show its
    // status tip, so the status bar says what the selected agreement allows or lacks.
    menu->setToolTipsVisible(true);
    connect(mWorkflow, &WorkflowActions::hintChanged, statusBar(),
            [this](const QString &hint) { statusBar()->showMessage(hint); });
    connect(mWorkflow, &WorkflowActions::performed, this,
            [this](Transition, qint64 currentId, const QString &message) {
                // An amendment is a new version: follow it in the table.
                if (mAgreementList)
                    mAgreementList->selectId(currentId);
                statusBar()->showMessage(message, 5000);
            });
}

} // namespace Accordo
