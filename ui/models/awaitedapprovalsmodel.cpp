#include "awaitedapprovalsmodel.h"

namespace Accordo {

AwaitedApprovalsModel::AwaitedApprovalsModel(QObject *parent) : RowTableModel(parent) {}

qint64 AwaitedApprovalsModel::agreementId(const QModelIndex &index) const
{
    const AwaitedApproval *item = rowAt(index.row());
    return item ? item->agreementId : 0;
}

QVariant AwaitedApprovalsModel::cell(const AwaitedApproval &item, int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    return pick({item.number, item.version, item.title, item.approverTitle}, column);
}

QVariant AwaitedApprovalsModel::header(int section) const
{
    return title({tr("Number"), tr("Version"), tr("Title"), tr("Your approval as")}, section);
}

} // namespace Accordo
