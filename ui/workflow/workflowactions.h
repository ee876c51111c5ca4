#pragma once

#include "lifecycle/transition.h"

#include <QKeySequence>
#include <QObject>

#include <QMap>

class QAction;
class QWidget;

namespace Accordo {

class WorkspaceSession;

/// The nine workflow steps as actions for menus, toolbars and context menus. Each is enabled
/// only when the workflow allows it to the session's user for the current agreement; otherwise
/// its tooltip and status tip carry the workflow's reason.
class WorkflowActions : public QObject
{
    Q_OBJECT

public:
    explicit WorkflowActions(QWidget *dialogParent);

    void setSession(WorkspaceSession *session);
    /// The agreement version the steps apply to; 0 for none.
    void setAgreement(qint64 id);
    qint64 agreementId() const { return mAgreementId; }

    QList<QAction *> actions() const { return mOrder; }
    /// The keyboard shortcut of each step, shown in the menus.
    static QKeySequence shortcut(Transition transition);
    /// What the status bar says about the current agreement: the steps open to the user, or
    /// why the steps from its state are not.
    QString hint() const { return mHint; }
    QAction *action(Transition transition) const { return mActions.value(transition); }

    /// Asks the workflow again what the user may do now.
    void update();
    /// Takes a step: asks for its details, lets the workflow decide and shows a refusal with
    /// its reason. Works on a disabled action too, since the workflow is the one that decides.
    bool perform(Transition transition);

signals:
    /// A step was taken; `currentId` is the version it leaves current (the new one for Amend).
    void performed(Accordo::Transition transition, qint64 currentId, const QString &message);
    /// The hint changed, with the selection or after a step.
    void hintChanged(const QString &hint);

private:
    void setHint(const QString &hint);

    QWidget *mDialogParent;
    WorkspaceSession *mSession = nullptr;
    qint64 mAgreementId = 0;
    QMap<Transition, QAction *> mActions;
    QList<QAction *> mOrder;
    QString mHint;
};

} // namespace Accordo
