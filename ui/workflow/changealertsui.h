#pragma once

#include <QObject>

class QDockWidget;
class QMainWindow;
class QMenu;

namespace Accordo {

class AlertsPanel;
class ResultsRefresher;
class WorkspaceSession;

/// The main window's share of change requests and alerts: the Alerts dock, the View menu's
/// Change Requests register and Alerts toggle, and the scan for new alerts after each results
/// recompute.
class ChangeAlertsUi : public QObject
{
    Q_OBJECT

public:
    ChangeAlertsUi(QMainWindow *window, QMenu *viewMenu);

    /// The open workspace and its refresher, or nulls when it closes.
    void attach(WorkspaceSession *session, ResultsRefresher *refresher);
    AlertsPanel *alertsPanel() const { return mPanel; }
    QDockWidget *dock() const { return mDock; }
    void showRegister();

private:
    QMainWindow *mWindow;
    QDockWidget *mDock;
    AlertsPanel *mPanel;
    WorkspaceSession *mSession = nullptr;
    QMetaObject::Connection mRefreshed;
};

} // namespace Accordo
