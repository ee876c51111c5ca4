#pragma once

#include "domain/improvement.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Accordo {

class WorkspaceSession;

/// Raises an improvement action, or changes one: title, owner, due date, state (the steps the
/// state machine allows; dropping asks for a reason) and notes. The agreement and what raised
/// the action are shown, not edited. Saving goes through ActionStore; a refusal is shown and
/// the dialog stays open.
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    /// `action` with id 0 is raised; its agreement, source, target, period and finding are
    /// kept as given. An action without an owner gets the agreement's owner.
    ActionDialog(WorkspaceSession &session, const ImprovementAction &action,
                 QWidget *parent = nullptr);

    ImprovementAction action() const;
    /// The id of the action saved (0 before).
    qint64 savedId() const { return mAction.id; }

    void accept() override;

private:
    void updateReason();

    WorkspaceSession &mSession;
    ImprovementAction mAction;
    QLineEdit *mTitle;
    QComboBox *mOwner;
    QDateEdit *mDue;
    QComboBox *mState;
    QLineEdit *mReason;
    QPlainTextEdit *mNotes;
    QLabel *mError;
};

} // namespace Accordo
