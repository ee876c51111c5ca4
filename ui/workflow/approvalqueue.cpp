#include "approvalqueue.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "data/userdirectory.h"
#include "lifecycle/agreementworkflow.h"
#include "models/awaitedapprovalsmodel.h"
#include "session/workspacesession.h"
#include "widgets/icons.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

ApprovalQueue::ApprovalQueue(QWidget *dialogParent)
    : QObject(dialogParent), mDialogParent(dialogParent)
{
    mAction = newNamed<QAction>(u"actionWaitingForMe"_s, Icons::action(u"dialog-ok-apply"_s),
                                QString(), this);
    mAction->setShortcut(QKeySequence(u"Ctrl+Shift+K"_s));
    connect(mAction, &QAction::triggered, this, &ApprovalQueue::showList);
    mIndicator = newNamed<QLabel>(u"waitingForMe"_s, dialogParent);
    mIndicator->hide();
    mModel = new AwaitedApprovalsModel(this);
    refresh();
}

void ApprovalQueue::setSession(WorkspaceSession *session)
{
    mSession = session;
    refresh();
}

int ApprovalQueue::count() const
{
    return mModel->rowCount();
}

void ApprovalQueue::refresh()
{
    mError.clear();
    QString why;
    if (!mSession) {
        why = tr("Open a workspace first.");
    } else {
        const Role role = Transitions::requiredRole(Transition::Approve);
        auto user =
            UserDirectory(mSession->database().connection()).actingUser(mSession->userName());
        if (!user)
            why = user.errorString();
        else if (!user->has(role))
            why = tr("It lists the agreements that wait for your approval, which needs the %1 "
                     "role.")
                      .arg(Roles::displayName(role));
    }
    if (!why.isEmpty()) {
        mModel->setItems({});
        mAction->setText(tr("Waiting for &Me…"));
        mAction->setEnabled(false);
        mAction->setToolTip(why);
        mAction->setStatusTip(why);
        mIndicator->hide();
        return;
    }
    auto awaited = mSession->workflow().awaitingDecision(mSession->userName());
    mModel->setItems(awaited ? *awaited : QList<AwaitedApproval>());
    if (!awaited)
        mError = awaited.errorString();
    const int n = count();
    mAction->setEnabled(true);
    mAction->setText(awaited ? tr("Waiting for &Me (%1)…").arg(n) : tr("Waiting for &Me…"));
    const QString tip = awaited ? tr("Agreements in approval that wait for your decision.")
                                : mError;
    mAction->setToolTip(tip);
    mAction->setStatusTip(tip);
    mIndicator->setText(awaited ? tr("%n approval(s) waiting for you", nullptr, n)
                                : tr("Approvals waiting for you: unknown"));
    mIndicator->setToolTip(awaited ? tr("View ▸ Waiting for Me") : mError);
    mIndicator->setVisible(!awaited || n > 0);
}

void ApprovalQueue::showList()
{
    if (!mSession)
        return;
    refresh();
    QDialog dialog(mDialogParent);
    dialog.setObjectName(u"waitingForMeDialog"_s);
    dialog.setWindowTitle(tr("Waiting for Me"));
    auto *intro = new QLabel(&dialog);
    intro->setWordWrap(true);
    intro->setText(!mError.isEmpty() ? mError
                   : count() == 0
                       ? tr("Nothing waits for your approval.")
                       : tr("These agreements wait for your approval. Choose one to select it "
                            "in the agreement list, then approve or reject it from the "
                            "Workflow menu."));
    auto *view = newNamed<QTableView>(u"awaited"_s, &dialog);
    view->setModel(mModel);
    showRowsReadOnly(view);
    view->horizontalHeader()->setStretchLastSection(true);
    view->resizeColumnsToContents();
    if (count() > 0)
        view->setCurrentIndex(mModel->index(0, 0));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton *choose = buttons->addButton(tr("&Select Agreement"), QDialogButtonBox::AcceptRole);
    choose->setEnabled(count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(view, &QAbstractItemView::activated, &dialog, &QDialog::accept);
    stackVertically(&dialog, {intro, view, buttons});
    dialog.resize(720, 360);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const qint64 id = mModel->agreementId(view->currentIndex()))
        emit agreementChosen(id);
}

} // namespace Accordo
