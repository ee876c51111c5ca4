#pragma once

#include "data/alertstore.h"
#include "result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSystemTrayIcon;
class QTableView;

namespace Accordo {

class AlertsModel;
class WorkspaceSession;

/// The session user's alerts, the new ones in bold, with a button that marks them seen. A
/// scan raises the alerts that arose since the last one (after each results recompute) and
/// tells the user of their own as a system tray notification, where the desktop has a tray.
class AlertsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AlertsPanel(QWidget *parent = nullptr);

    /// The workspace the alerts are of; null when none is open.
    void setSession(WorkspaceSession *session);
    /// Raises what arose for every rule, then shows the user's alerts; returns the new ones of
    /// the session user.
    Result<QList<Alert>> scan();
    Result<void> reload();
    Result<void> markAllSeen();

    AlertsModel *model() const { return mModel; }
    QTableView *view() const { return mView; }
    /// The tray icon notifications go to; null where the desktop has no system tray.
    QSystemTrayIcon *trayIcon() const { return mTray; }
    /// The title and text of the notification for `alerts` (empty title: none to show).
    static std::pair<QString, QString> notification(const QList<Alert> &alerts);

signals:
    /// New alerts of the session user arose.
    void alertsRaised(const QList<Accordo::Alert> &alerts);
    /// How many alerts are unseen, after every scan, reload or mark.
    void unseenChanged(int unseen);

private:
    void showError(const QString &message);

    WorkspaceSession *mSession = nullptr;
    AlertsModel *mModel;
    QTableView *mView;
    QLabel *mSummary;
    QLabel *mError;
    QPushButton *mMarkSeen;
    QSystemTrayIcon *mTray = nullptr;
};

} // namespace Accordo
