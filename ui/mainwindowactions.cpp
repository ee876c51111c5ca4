#include "mainwindow.h"

#include "dialogs/regionsdialog.h"
#include "language.h"
#include "widgets/recordlistview.h"
#include "workflow/workflowactions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
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
    QAction *newAction = file->addAction(tr("&New Workspace…"), this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence(u"Ctrl+Shift+N"_s));
    QAction *open = file->addAction(tr("&Open Workspace…"), this, &MainWindow::openWorkspaceDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *connectAction = file->addAction(tr("&Connect to Server…"), this,
                                             &MainWindow::connectToServer);
    connectAction->setObjectName(u"actionConnect"_s);
    mRecentMenu = file->addMenu(tr("Open &Recent"));
    mCloseWorkspace = file->addAction(tr("C&lose Workspace"), this, &MainWindow::closeWorkspace);
    mCloseWorkspace->setObjectName(u"actionCloseWorkspace"_s);
    mCloseWorkspace->setShortcut(QKeySequence::Close);
    file->addAction(tr("&Welcome"), this, &MainWindow::showWelcome)
        ->setObjectName(u"actionWelcome"_s);
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
    mUndo = mUndoGroup->createUndoAction(this, tr("&Undo"));
    mUndo->setObjectName(u"actionUndo"_s);
    mUndo->setShortcut(QKeySequence::Undo);
    mRedo = mUndoGroup->createRedoAction(this, tr("&Redo"));
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

    createViewMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, &MainWindow::showUserGuide);
    guide->setObjectName(u"actionUserGuide"_s);
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
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

void MainWindow::createViewMenu()
{
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

} // namespace Accordo
