#include "mainwindow.h"

#include "dashboard/dashboardview.h"
#include "data/userdirectory.h"
#include "dialogs/userdialog.h"
#include "models/agreementsmodel.h"
#include "session/recentworkspaces.h"
#include "storage/dialect.h"
#include "welcome/welcomepage.h"
#include "widgets/icons.h"
#include "widgets/recordlistview.h"
#include "workflow/approvalqueue.h"
#include "workflow/changealertsui.h"
#include "workflow/workflowactions.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QUndoGroup>

using namespace Qt::StringLiterals;

// The main window's workspace: who works in it, opening, creating and connecting, the recent
// workspaces.

namespace Accordo {

std::optional<QString> MainWindow::askUser(const QSqlDatabase &db, const QString &location)
{
    UserDirectory directory(db);
    auto hasUsers = directory.hasUsers();
    if (!hasUsers) {
        showError(tr("Cannot open workspace"), hasUsers.errorString());
        return std::nullopt;
    }
    if (Dialect::isPostgres(db)) {
        // On a server the login is the user; there is no choice to make.
        auto login = directory.serverLogin();
        if (!login) {
            showError(tr("Cannot open workspace"), login.errorString());
            return std::nullopt;
        }
        if (!*hasUsers)
            addFirstAdministrator(db, location, *login);
        return *login;
    }
    if (!*hasUsers)
        return addFirstAdministrator(db, location, QString());
    QList<User> users;
    for (const User &user : orEmpty(directory.users())) {
        if (user.active)
            users.append(user);
    }
    UserDialog dialog(users, Database::displayName(location), this);
    dialog.setUserName(mSession && mSession->location() == location
                           ? mSession->userName()
                           : UserDialog::rememberedUser(location));
    if (dialog.exec() != QDialog::Accepted || dialog.userName().isEmpty())
        return std::nullopt;
    UserDialog::rememberUser(location, dialog.userName());
    return dialog.userName();
}

std::optional<QString> MainWindow::addFirstAdministrator(const QSqlDatabase &db,
                                                         const QString &location,
                                                         const QString &login)
{
    // A workspace without users gets its first administrator, who names themself; on a server
    // that is the login, on a file the name typed here. Without one, a file stays closed and a
    // server workspace opens read-only.
    User user;
    user.roles = {Role::Administrator};
    if (login.isEmpty()) {
        bool ok = false;
        user.name = QInputDialog::getText(
                        this, tr("First Administrator"),
                        tr("%1 has no users yet. Name its first administrator (you): 1–64 "
                           "lower-case letters, digits, '.', '-' or '_'.")
                                .arg(Database::displayName(location))
                            + u"\n\n"_s
                            + tr("On a local workspace file, this choice records who made each "
                                 "change; it is not a password check."),
                        QLineEdit::Normal, QString(), &ok)
                        .trimmed();
        if (!ok || user.name.isEmpty())
            return std::nullopt;
    } else {
        if (QMessageBox::question(
                this, tr("First Administrator"),
                tr("%1 has no users yet. Register the server login %2 as its first "
                   "administrator? Without one, the workspace opens read-only.")
                    .arg(Database::displayName(location), login))
            != QMessageBox::Yes)
            return login;
        user.name = login;
    }
    auto added = UserDirectory(db).add(user, user.name);
    if (!added) {
        showError(tr("First Administrator"), added.errorString());
        return login.isEmpty() ? std::nullopt : std::optional(login);
    }
    if (login.isEmpty())
        UserDialog::rememberUser(location, user.name);
    return user.name;
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
    mApprovalQueue->refresh();
    updateActions();
}

void MainWindow::updateUserLabel()
{
    if (!mSession) {
        mUserLabel->clear();
        return;
    }
    const QString name = mSession->userName();
    const bool server = mSession->database().isServer();
    const auto user = UserDirectory(mSession->database().connection()).actingUser(name);
    if (!user) {
        // A server login that is not a user of the workspace may look, not change.
        mUserLabel->setText(tr("Read-only: %1").arg(user.errorString()));
        return;
    }
    QStringList roles;
    for (Role role : user->roles)
        roles.append(Roles::displayName(role));
    const QString shown = user->displayName.isEmpty() ? name : user->displayName;
    mUserLabel->setText(
        server ? tr("Working as %1 (%2), the server login").arg(shown, roles.join(u", "_s))
               : tr("Working as %1 (%2)").arg(shown, roles.join(u", "_s)));
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
    // A name given by the caller passes the same gate as one chosen in the dialog.
    if (UserDirectory::isReservedName(*user)
        || ((*database)->isServer() && *user != (*database)->serverUser())) {
        showError(
            tr("Cannot open workspace"),
            (*database)->isServer()
                ? tr("%1 does not match the server login %2").arg(*user, (*database)->serverUser())
                : tr("the name \"%1\" is reserved for Accordo itself; name a user of the "
                     "workspace")
                      .arg(*user));
        return false;
    }
    releaseSession();
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
                mDashboardStale = true;
                refreshDashboard();
            });
    connect(mRefresher.get(), &ResultsRefresher::failed, this, [this](const QString &message) {
        mResultsBusy->hide();
        statusBar()->showMessage(message, 15000);
    });
    mSession->setUserName(*user);
    mWorkflow->setSession(mSession.get());
    mApprovalQueue->setSession(mSession.get());
    mChangeAlerts->attach(mSession.get(), mRefresher.get());
    mUndoGroup->addStack(mSession->undoStack());
    mUndoGroup->setActiveStack(mSession->undoStack());
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
    RecentWorkspaces::add(location);
    QSettings().setValue(u"workspace/last"_s, location);
    updateRecentMenu();
    showWorkspacePages();
    updateUserLabel();
    updateActions();
    statusBar()->showMessage(tr("Opened %1: %n agreement(s)", nullptr, mAgreements->rowCount())
                                 .arg(Database::displayName(location)),
                             5000);
    return true;
}

void MainWindow::releaseSession()
{
    if (!mSession)
        return;
    QSettings settings;
    saveColumns(settings);
    clearPages();
    mWorkflow->setSession(nullptr);
    mApprovalQueue->setSession(nullptr);
    mChangeAlerts->attach(nullptr, nullptr);
    mRefresher.reset();
    mSession.reset();
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
    const QList<RecentWorkspaces::Entry> recent = RecentWorkspaces::entries();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i).location;
        // Mnemonics 1 to 9, then 0 for the tenth.
        QAction *action = mRecentMenu->addAction(
            Icons::workspace(), u"&%1 %2"_s.arg((i + 1) % 10).arg(QDir::toNativeSeparators(path)),
            this, [this, path] { openWorkspace(path); });
        action->setEnabled(recent.at(i).available);
    }
    if (!recent.isEmpty()) {
        mRecentMenu->addSeparator();
        QAction *clear = mRecentMenu->addAction(tr("&Clear Menu"), this, [this] {
            RecentWorkspaces::clear();
            updateRecentMenu();
            mWelcome->refresh();
        });
        clear->setIcon(Icons::action(u"edit-clear-history"_s));
    }
    mRecentMenu->setEnabled(!recent.isEmpty());
}

} // namespace Accordo
