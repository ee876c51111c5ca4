#include "workflowactions.h"
#include "widgets/namedwidget.h"

#include "data/userdirectory.h"
#include "dialogs/transitiondialog.h"
#include "session/workspacesession.h"
#include "widgets/icons.h"

#include <QAction>
#include <QMessageBox>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// The steps open to the user now; when none is, why the step forward from the agreement's state
// is not, or else the first other step from that state (a disabled button cannot show its
// status tip, so the status bar says it instead).
QString hintFor(const QList<TransitionOption> &options, const Result<Agreement> &agreement)
{
    if (!agreement)
        return agreement.errorString();
    const auto forward = AgreementWorkflow::forwardStep(agreement->status);
    QStringList open;
    QString refusal;
    for (const TransitionOption &option : options) {
        if (option.allowed) {
            open.append(WorkflowActions::tr("%1 (%2)").arg(
                Transitions::displayName(option.transition),
                WorkflowActions::shortcut(option.transition).toString(QKeySequence::NativeText)));
        } else if (option.transition == forward) {
            refusal = option.refusal;
        } else if (refusal.isEmpty() && Transitions::from(option.transition) == agreement->status) {
            refusal = option.refusal;
        }
    }
    if (!open.isEmpty())
        return WorkflowActions::tr("Workflow: %1").arg(open.join(u", "_s));
    return refusal;
}

} // namespace

WorkflowActions::WorkflowActions(QWidget *dialogParent)
    : QObject(dialogParent), mDialogParent(dialogParent)
{
    for (Transition transition : Transitions::all()) {
        // The ellipsis promises a question before the step is taken.
        const QString text = Transitions::displayName(transition)
                             + (TransitionDialog::needsDetails(transition) ? u"…"_s : QString());
        auto *action = newNamed<QAction>(u"workflow_"_s + Transitions::key(transition),
                                         Icons::action(transition), text, this);
        action->setShortcut(shortcut(transition));
        connect(action, &QAction::triggered, this, [this, transition] { perform(transition); });
        mActions.insert(transition, action);
        mOrder.append(action);
    }
    update();
}

QKeySequence WorkflowActions::shortcut(Transition transition)
{
    // Ctrl+Shift and a letter of the step's name, clear of the standard keys; the letters are in
    // the order of Transition.
    static constexpr QLatin1StringView letters("SWRAJGMTX");
    const int at = int(transition);
    if (at < 0 || at >= letters.size())
        return {};
    return QKeySequence(u"Ctrl+Shift+"_s + letters.at(at));
}

void WorkflowActions::setHint(const QString &hint)
{
    if (hint == mHint)
        return;
    mHint = hint;
    emit hintChanged(hint);
}

void WorkflowActions::setSession(WorkspaceSession *session)
{
    mSession = session;
    mAgreementId = 0;
    update();
}

void WorkflowActions::setAgreement(qint64 id)
{
    mAgreementId = id;
    update();
}

void WorkflowActions::update()
{
    if (!mSession || !mAgreementId) {
        const QString why = mSession ? tr("Select an agreement first.")
                                     : tr("Open a workspace first.");
        for (QAction *action : std::as_const(mOrder)) {
            action->setEnabled(false);
            action->setToolTip(why);
            action->setStatusTip(why);
        }
        setHint(mSession ? QString() : why);
        return;
    }
    const auto options = mSession->workflow().availableTransitions(mAgreementId,
                                                                   mSession->userName());
    for (const TransitionOption &option : options) {
        QAction *action = mActions.value(option.transition);
        const QString tip = option.allowed
                                ? tr("%1 (%2 → %3)")
                                      .arg(Transitions::displayName(option.transition),
                                           Enums::displayName(Transitions::from(option.transition)),
                                           Enums::displayName(Transitions::to(option.transition)))
                                : option.refusal;
        action->setEnabled(option.allowed);
        action->setToolTip(tip);
        action->setStatusTip(tip);
    }
    setHint(hintFor(options, mSession->workspace().agreement(mAgreementId)));
}

bool WorkflowActions::perform(Transition transition)
{
    if (!mSession || !mAgreementId)
        return false;
    Workspace &workspace = mSession->workspace();
    const auto agreement = workspace.agreement(mAgreementId);
    if (!agreement) {
        QMessageBox::warning(mDialogParent, Transitions::displayName(transition),
                             agreement.errorString());
        return false;
    }
    const QString label = tr("%1 version %2").arg(agreement->number).arg(agreement->version);
    TransitionRequest request;
    request.transition = transition;
    if (TransitionDialog::needsDetails(transition)) {
        TransitionDialog dialog(transition, label, mSession->workflow().today(), mDialogParent);
        if (auto user = UserDirectory(workspace.connection()).user(mSession->userName()))
            dialog.setProviderSignatory(user->displayName);
        if (auto party = workspace.party(agreement->partyId))
            dialog.setCounterpartyContacts(party->contacts);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        request = dialog.request();
    }
    const auto result = mSession->workflow().transition(mAgreementId, request,
                                                        mSession->userName());
    if (!result) {
        QMessageBox::warning(mDialogParent,
                             tr("Cannot %1").arg(Transitions::displayName(transition).toLower()),
                             result.errorString());
        update();
        return false;
    }
    // Edits made before the step would be undone against a version that moved on.
    mSession->undoStack()->clear();
    mSession->notifyChanged(WorkspaceSession::Table::Agreements);
    mAgreementId = *result;
    update();
    emit performed(transition, *result,
                   tr("%1: %2 done").arg(label, Transitions::displayName(transition)));
    return true;
}

} // namespace Accordo
