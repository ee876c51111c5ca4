#include "improvementactions.h"
#include "widgets/namedwidget.h"

#include "dialogs/actiondialog.h"
#include "dialogs/actionsdialog.h"
#include "dialogs/reviewdialog.h"
#include "lifecycle/agreementworkflow.h"
#include "session/workspacesession.h"
#include "widgets/icons.h"

#include <QAction>
#include <QMessageBox>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Accordo {

ImprovementActions::ImprovementActions(QWidget *window, SessionOf session, CurrentAgreement current)
    : QObject(window), mWindow(window), mSession(std::move(session)), mCurrent(std::move(current))
{
    mShowActions = new QAction(Icons::action(u"view-list-details"_s), tr("Improvement &Actions…"),
                               this);
    mShowActions->setObjectName(u"actionImprovementActions"_s);
    mShowActions->setStatusTip(tr("The actions that follow breaches, at-risk targets and "
                                  "findings, with their owners, due dates and states."));
    connect(mShowActions, &QAction::triggered, this, [this] {
        if (WorkspaceSession *session = mSession()) {
            ActionsDialog dialog(*session, mWindow);
            dialog.exec();
        }
    });
    mRecordReview = newNamed<QAction>(u"actionRecordReview"_s, Icons::action(u"appointment-new"_s),
                                      tr("Record Re&view…"), this);
    mRecordReview->setStatusTip(tr("Record a service review held with the customer."));
    connect(mRecordReview, &QAction::triggered, this, [this] {
        WorkspaceSession *session = mSession();
        const qint64 id = mCurrent();
        if (!session || id == 0)
            return;
        auto agreement = session->workspace().agreement(id);
        if (!agreement)
            return;
        // The review is of the version in force, whichever version is selected.
        auto active = AgreementWorkflow(session->workspace()).inForce(agreement->number);
        if (!active) {
            QMessageBox::information(
                mWindow, tr("Record Review"),
                tr("%1 has no active version to review.").arg(agreement->number));
            return;
        }
        ReviewDialog dialog(*session, *active, mWindow);
        dialog.exec();
    });
    mRaiseAction = newNamed<QAction>(u"actionRaiseAction"_s, Icons::action(u"task-new"_s),
                                     tr("Raise A&ction…"), this);
    connect(mRaiseAction, &QAction::triggered, this, [this] {
        WorkspaceSession *session = mSession();
        const qint64 id = mCurrent();
        if (!session || id == 0)
            return;
        ImprovementAction action;
        action.agreementId = id;
        ActionDialog dialog(*session, action, mWindow);
        dialog.exec();
    });
    setAgreement(0);
}

void ImprovementActions::setAgreement(qint64 id)
{
    mRecordReview->setEnabled(id != 0);
    mRaiseAction->setEnabled(id != 0);
}

} // namespace Accordo
