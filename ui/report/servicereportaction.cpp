#include "servicereportaction.h"

#include "dialogs/servicereportdialog.h"
#include "models/agreementsmodel.h"
#include "widgets/recordlistview.h"

#include <QTableView>

using namespace Qt::StringLiterals;

namespace Accordo {

ServiceReportAction::ServiceReportAction(QWidget *dialogParent)
    : QAction(tr("Service &Report…"), dialogParent), mDialogParent(dialogParent)
{
    setObjectName(u"actionServiceReport"_s);
    setStatusTip(tr("The service report of the selected agreement: print preview or PDF"));
    connect(this, &QAction::triggered, this, &ServiceReportAction::open);
    setAgreement(nullptr, nullptr);
}

void ServiceReportAction::setAgreement(WorkspaceSession *session, const RecordListView *agreements)
{
    mSession = session;
    mAgreementId = session && agreements ? agreements->currentId() : 0;
    mNumber = mAgreementId ? agreements->view()
                                 ->currentIndex()
                                 .siblingAtColumn(AgreementsModel::Number)
                                 .data()
                                 .toString()
                           : QString();
    setEnabled(mAgreementId != 0);
    setToolTip(mAgreementId ? tr("Service report of %1").arg(mNumber)
                            : tr("Select an agreement in the Agreements list first"));
}

void ServiceReportAction::open()
{
    if (!mSession || mAgreementId == 0)
        return;
    ServiceReportDialog dialog(*mSession, mAgreementId, mNumber, mDialogParent);
    dialog.exec();
}

} // namespace Accordo
