#include "approvalspanel.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "lifecycle/agreementworkflow.h"
#include "session/workspacesession.h"
#include "widgets/localetext.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

ApprovalsPanel::ApprovalsPanel(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), mSession(session)
{
    mSummary = newWrappedLabel(this);
    mTree = newFlatTree(u"approvals"_s,
                        {tr("Side"), tr("Approver"), tr("Reserved for"), tr("Decision"), tr("By"),
                         tr("When"), tr("Reason")},
                        this);
    stackVertically(this, {mSummary, mTree});
}

void ApprovalsPanel::setAgreement(qint64 id)
{
    mTree->clear();
    if (!id) {
        mSummary->setText(tr("A new agreement has no approvals yet."));
        return;
    }
    const auto lifecycle = mSession.workflow().lifecycle(id);
    if (!lifecycle) {
        mSummary->setText(lifecycle.errorString());
        return;
    }
    mSummary->setText(lifecycle->round == 0
                          ? tr("Not yet submitted for approval. These approvals will be needed:")
                          : tr("Approval round %1:").arg(lifecycle->round));
    for (const RequiredApprover &approver : lifecycle->approvers) {
        QStringList columns{
            approver.side == Side::Provider ? tr("Provider") : tr("Counterparty"), approver.title,
            approver.userName.isEmpty() ? tr("any approver") : approver.userName, tr("pending")};
        for (const ApprovalDecision &decision : lifecycle->decisions) {
            if (decision.approverId != approver.id)
                continue;
            const QDateTime at = QDateTime::fromString(decision.decidedAt, Qt::ISODateWithMs);
            columns[3] = decision.approved ? tr("approved") : tr("rejected");
            columns << decision.userName << LocaleText::dateTime(at.toLocalTime())
                    << decision.reason;
        }
        auto *item = new QTreeWidgetItem(mTree, columns);
        if (columns.at(3) == tr("rejected"))
            item->setForeground(3, QColor(0xb0, 0x00, 0x20));
        else if (columns.at(3) == tr("approved"))
            item->setForeground(3, QColor(0x1b, 0x6e, 0x20));
    }
    if (lifecycle->approvers.isEmpty()) {
        auto *item = new QTreeWidgetItem(mTree, {tr("No approvers are set yet.")});
        item->setFirstColumnSpanned(true);
    }
    for (int column = 0; column < mTree->columnCount() - 1; ++column)
        mTree->resizeColumnToContents(column);
}

} // namespace Accordo
