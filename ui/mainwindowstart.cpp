#include "mainwindow.h"

#include "calendar/standardcalendars.h"
#include "data/workspace.h"
#include "demo/demodata.h"
#include "help/userguidedialog.h"
#include "storage/dialect.h"
#include "welcome/calendarchoicedialog.h"
#include "welcome/welcomepage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QProgressDialog>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

using namespace Qt::StringLiterals;

// The main window's start: the welcome page, new and demo workspaces, more windows, the guide.

namespace Accordo {

void MainWindow::createStartPage()
{
    mStack = new QStackedWidget(this);
    mWelcome = new WelcomePage(mStack);
    mStack->addWidget(mWelcome);
    mStack->addWidget(mTabs);
    setCentralWidget(mStack);
    connect(mWelcome, &WelcomePage::openRequested, this, &MainWindow::openWorkspaceDialog);
    connect(mWelcome, &WelcomePage::createRequested, this, &MainWindow::newWorkspace);
    connect(mWelcome, &WelcomePage::connectRequested, this, &MainWindow::connectToServer);
    connect(mWelcome, &WelcomePage::demoRequested, this, &MainWindow::exploreDemo);
    connect(mWelcome, &WelcomePage::recentRequested, this,
            [this](const QString &location) { openWorkspace(location); });
}

bool MainWindow::isShowingWelcome() const
{
    return mStack->currentWidget() == mWelcome;
}

void MainWindow::showWelcome()
{
    mWelcome->refresh();
    mStack->setCurrentWidget(mWelcome);
    // The tool bars act on records; the welcome page has none.
    for (QToolBar *bar : findChildren<QToolBar *>())
        bar->hide();
    mWelcome->setFocus();
}

void MainWindow::showWorkspacePages()
{
    if (!mSession)
        return;
    mStack->setCurrentWidget(mTabs);
    for (QToolBar *bar : findChildren<QToolBar *>())
        bar->show();
}

void MainWindow::closeWorkspace()
{
    if (!mSession)
        return;
    // Closed on purpose: the next start shows the welcome page rather than reopening it.
    QSettings settings;
    if (settings.value(u"workspace/last"_s).toString() == mSession->location())
        settings.remove(u"workspace/last"_s);
    releaseSession();
    setWindowTitle(tr("Accordo"));
    setWindowFilePath(QString());
    mWorkspaceLabel->clear();
    updateUserLabel();
    updateActions();
    showWelcome();
}

void MainWindow::newWorkspace()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Workspace"), QDir::home().filePath(tr("Workspace") + u".accordo"_s),
        tr("Accordo workspaces (*.accordo *.db)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".accordo"_s;
    CalendarChoiceDialog calendars(this);
    if (calendars.exec() != QDialog::Accepted)
        return;
    createWorkspace(path, calendars.territory());
}

bool MainWindow::createWorkspace(const QString &path, std::optional<QLocale::Territory> territory)
{
    if (QFileInfo::exists(path)) {
        showError(tr("New Workspace"), tr("%1 already exists. Open it, or choose another name.")
                                           .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QByteArray definition;
    if (territory) {
        auto standard = StandardCalendars::definition(*territory);
        if (!standard) {
            showError(tr("New Workspace"), standard.errorString());
            return false;
        }
        definition = *standard;
    }
    if (!openWorkspace(path, true)) {
        // Without its first administrator the new file is of no use: leave no trace of it.
        for (const QString &suffix : {u""_s, u"-journal"_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
        return false;
    }
    if (territory) {
        CalendarRecord calendar;
        calendar.definition = QString::fromUtf8(definition);
        auto added = mSession->workspace().insert(calendar);
        if (!added) {
            showError(
                tr("New Workspace"),
                tr("The workspace was created, but not its calendar: %1").arg(added.errorString()));
            return true;
        }
        mSession->notifyChanged(WorkspaceSession::Table::Calendars);
        statusBar()->showMessage(tr("Created %1 with the calendar %2")
                                     .arg(Database::displayName(mSession->location()),
                                          StandardCalendars::calendar(*territory)->name()),
                                 8000);
    }
    return true;
}

Result<void> MainWindow::createDemo(const QString &path, QWidget *progressParent)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto database = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!database)
        return database.error();
    Workspace workspace(**database);
    std::unique_ptr<QProgressDialog> progress;
    if (progressParent) {
        progress = std::make_unique<QProgressDialog>(tr("Creating the demo workspace…"),
                                                     tr("Cancel"), 0, 100, progressParent);
        progress->setWindowTitle(tr("Explore the Demo"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
    }
    auto populated = DemoData::populate(workspace, 1, [&progress](qint64 done, qint64 total) {
        if (!progress)
            return true;
        progress->setValue(total > 0 ? int(done * 100 / total) : 0);
        return !progress->wasCanceled();
    });
    if (!populated) {
        database->reset();
        QFile::remove(path);
        return populated.error();
    }
    return {};
}

void MainWindow::exploreDemo()
{
    const QString path = defaultDemoPath();
    if (!QFileInfo::exists(path)) {
        auto created = createDemo(path, this);
        if (!created) {
            showError(tr("Explore the Demo"), created.errorString());
            return;
        }
    }
    openWorkspace(path);
}

MainWindow *MainWindow::openInWindow(const QString &location)
{
    // A workspace opens once per process; a window still on its welcome page is used first.
    MainWindow *idle = nullptr;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        auto *window = qobject_cast<MainWindow *>(widget);
        if (!window)
            continue;
        if (window->session() && !location.isEmpty() && window->session()->location() == location) {
            window->showNormal();
            window->raise();
            window->activateWindow();
            return window;
        }
        if (!window->session() && window->isVisible() && !idle)
            idle = window;
    }
    MainWindow *window = idle;
    if (!window) {
        window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
    if (!location.isEmpty())
        window->openWorkspace(location);
    return window;
}

void MainWindow::showUserGuide()
{
    if (!mGuide) {
        mGuide = new UserGuideDialog(this);
        mGuide->setAttribute(Qt::WA_DeleteOnClose);
    }
    mGuide->show();
    mGuide->raise();
    mGuide->activateWindow();
}

} // namespace Accordo
