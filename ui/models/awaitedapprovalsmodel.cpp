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
    switch (Column(column)) {
    case Number:
        return item.number;
    case Version:
        return item.version;
    case Title:
        return item.title;
    case Approval:
        return item.approverTitle;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AwaitedApprovalsModel::header(int section) const
{
    return title({tr("Number"), tr("Version"), tr("Title"), tr("Your approval as")}, section);
}

} // namespace Accordo
