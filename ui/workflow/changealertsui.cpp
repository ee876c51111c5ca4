#include "changealertsui.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "session/resultsrefresher.h"
#include "session/workspacesession.h"
#include "widgets/alertspanel.h"
#include "widgets/changerequestspanel.h"
#include "widgets/icons.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QVBoxLayout>

#include <tuple>

using namespace Qt::StringLiterals;

namespace Accordo {

ChangeAlertsUi::ChangeAlertsUi(QMainWindow *window, QMenu *viewMenu)
    : QObject(window), mWindow(window)
{
    mPanel = new AlertsPanel;
    mDock = newNamed<QDockWidget>(u"alertsDock"_s, tr("Alerts"), window);
    mDock->setWidget(mPanel);
    window->addDockWidget(Qt::BottomDockWidgetArea, mDock);
    connect(mPanel, &AlertsPanel::unseenChanged, this, [this](int unseen) {
        mDock->setWindowTitle(unseen ? tr("Alerts (%1 new)").arg(unseen) : tr("Alerts"));
    });
    QAction *toggle = mDock->toggleViewAction();
    toggle->setText(tr("A&lerts"));
    toggle->setIcon(Icons::action(u"data-warning"_s));
    viewMenu->addAction(toggle);
    QAction *registerAction = viewMenu->addAction(tr("C&hange Requests…"), this,
                                                  &ChangeAlertsUi::showRegister);
    registerAction->setObjectName(u"actionChangeRequests"_s);
    registerAction->setIcon(Icons::action(u"document-edit"_s));
    registerAction->setStatusTip(tr("Every change request: submit, assess, accept or reject."));
}

void ChangeAlertsUi::attach(WorkspaceSession *session, ResultsRefresher *refresher)
{
    disconnect(mRefreshed);
    mSession = session;
    mPanel->setSession(session);
    // Without a workspace (the welcome page) there are no alerts to show.
    mDock->toggleViewAction()->setEnabled(session != nullptr);
    mDock->setVisible(session != nullptr);
    if (!refresher)
        return;
    // A recompute may have turned a target at risk or breached; due dates move with the days.
    // A scan that fails shows its error in the panel itself.
    mRefreshed = connect(refresher, &ResultsRefresher::finished, mPanel,
                         [this] { std::ignore = mPanel->scan(); });
}

void ChangeAlertsUi::showRegister()
{
    if (!mSession)
        return;
    QDialog dialog(mWindow);
    dialog.setWindowTitle(tr("Change Requests"));
    auto *panel = new ChangeRequestsPanel(*mSession, &dialog);
    if (auto r = panel->reload(); !r) {
        QMessageBox::warning(mWindow, tr("Change Requests"), r.errorString());
        return;
    }
    connect(panel, &ChangeRequestsPanel::changed, mPanel, [this] { std::ignore = mPanel->scan(); });
    auto *buttons = newDialogButtons(&dialog, QDialogButtonBox::Close);
    stackVertically(&dialog, {panel, buttons});
    dialog.resize(1100, 560);
    dialog.exec();
}

} // namespace Accordo
