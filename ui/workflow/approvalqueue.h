#pragma once

#include <QObject>

class QAction;
class QLabel;
class QWidget;

namespace Accordo {

class AwaitedApprovalsModel;
class WorkspaceSession;

/// An approver's "Waiting for me": the versions in approval that wait for the user's decision,
/// as a View menu entry with their count, a status bar count and a list to pick one from.
class ApprovalQueue : public QObject
{
    Q_OBJECT

public:
    explicit ApprovalQueue(QWidget *dialogParent);

    void setSession(WorkspaceSession *session);
    /// Asks the workflow again what waits for the session's user.
    void refresh();

    QAction *action() const { return mAction; }
    /// The count for the status bar; hidden when nothing waits.
    QLabel *indicator() const { return mIndicator; }
    AwaitedApprovalsModel *model() const { return mModel; }
    int count() const;

    /// Shows the list; picking a version emits agreementChosen.
    void showList();

signals:
    void agreementChosen(qint64 agreementId);

private:
    QWidget *mDialogParent;
    WorkspaceSession *mSession = nullptr;
    QAction *mAction;
    QLabel *mIndicator;
    AwaitedApprovalsModel *mModel;
    QString mError;
};

} // namespace Accordo
