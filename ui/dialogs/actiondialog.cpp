#include "actiondialog.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "data/actionstore.h"
#include "data/reviewstore.h"
#include "data/userdirectory.h"
#include "session/workspacesession.h"
#include "widgets/errorlabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

ActionDialog::ActionDialog(WorkspaceSession &session, const ImprovementAction &action,
                           QWidget *parent)
    : QDialog(parent), mSession(session), mAction(action)
{
    setWindowTitle(action.id == 0 ? tr("Raise Action") : tr("Edit Action"));
    Workspace &workspace = session.workspace();
    if (mAction.number.isEmpty() && mAction.agreementId != 0) {
        if (auto a = workspace.agreement(mAction.agreementId))
            mAction.number = a->number;
    }
    if (mAction.ownerId == 0) {
        auto owner = AgreementOwners(workspace).ownerOf(mAction.number);
        if (owner && !owner->isEmpty()) {
            if (auto user = UserDirectory(workspace.connection()).user(*owner))
                mAction.ownerId = user->id;
        }
    }
    if (!mAction.dueDate.isValid())
        mAction.dueDate = QDate::currentDate().addDays(30);

    mTitle = newNamed<QLineEdit>(u"title"_s, mAction.title, this);
    mOwner = newNamed<QComboBox>(u"owner"_s, this);
    for (const User &user : orEmpty(UserDirectory(workspace.connection()).users())) {
        if (!user.active && user.id != mAction.ownerId)
            continue;
        mOwner->addItem(user.displayName.isEmpty() ? user.name
                                                   : tr("%1 (%2)").arg(user.displayName, user.name),
                        user.id);
    }
    mOwner->setCurrentIndex(std::max(0, mOwner->findData(mAction.ownerId)));
    mDue = newNamed<QDateEdit>(u"due"_s, mAction.dueDate, this);
    mDue->setCalendarPopup(true);
    mState = newNamed<QComboBox>(u"state"_s, this);
    // Only the steps open from the stored state are offered.
    for (ActionState state : Improvement::states()) {
        if (action.id == 0 && state != ActionState::Open && state != ActionState::InProgress)
            continue;
        if (Improvement::whyNotTransition(action.state, state, u"-"_s).isEmpty())
            mState->addItem(Improvement::displayName(state), int(state));
    }
    mState->setCurrentIndex(std::max(0, mState->findData(int(action.state))));
    mReason = newNamed<QLineEdit>(u"reason"_s, mAction.reason, this);
    mReason->setPlaceholderText(tr("Why the action is dropped"));
    mNotes = newNamed<QPlainTextEdit>(u"notes"_s, mAction.notes, this);
    mError = newErrorLabel(this, u"error"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("Agreement:"), new QLabel(mAction.number, this));
    if (!mAction.finding.isEmpty() || mAction.source != u"manual"_s) {
        QString raisedBy = mAction.source;
        if (!mAction.period.isEmpty())
            raisedBy += u", "_s + mAction.period;
        if (!mAction.finding.isEmpty())
            raisedBy += u": "_s + mAction.finding;
        auto *label = newWrappedLabel(this, raisedBy);
        form->addRow(tr("Raised by:"), label);
    }
    form->addRow(tr("&Title:"), mTitle);
    form->addRow(tr("&Owner:"), mOwner);
    form->addRow(tr("&Due:"), mDue);
    form->addRow(tr("&State:"), mState);
    form->addRow(tr("&Reason:"), mReason);
    form->addRow(tr("&Notes:"), mNotes);
    auto *buttons = newDialogButtons(this, QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(mState, &QComboBox::currentIndexChanged, this, &ActionDialog::updateReason);
    stackVertically(this, {form, mError, buttons});
    updateReason();
    resize(520, sizeHint().height());
}

void ActionDialog::updateReason()
{
    mReason->setEnabled(ActionState(mState->currentData().toInt()) == ActionState::Dropped);
}

ImprovementAction ActionDialog::action() const
{
    ImprovementAction a = mAction;
    a.title = mTitle->text();
    a.ownerId = mOwner->currentData().toLongLong();
    a.dueDate = mDue->date();
    a.state = ActionState(mState->currentData().toInt());
    a.reason = a.state == ActionState::Dropped ? mReason->text() : QString();
    a.notes = mNotes->toPlainText();
    return a;
}

void ActionDialog::accept()
{
    const ImprovementAction a = action();
    ActionStore store(mSession.workspace());
    Result<void> saved;
    if (a.id == 0) {
        auto id = store.insert(a);
        if (id)
            mAction.id = *id;
        else
            saved = id.error();
    } else {
        saved = store.update(a);
    }
    if (showFailure(mError, saved))
        return;
    QDialog::accept();
}

} // namespace Accordo
