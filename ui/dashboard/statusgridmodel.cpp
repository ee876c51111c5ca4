#include "statusgridmodel.h"

#include "report/reportcanvas.h"

#include <QBrush>
#include <QDate>

using namespace Qt::StringLiterals;

namespace Accordo {

void StatusGridModel::setSnapshot(const DashboardSnapshot &snapshot)
{
    beginResetModel();
    mAgreements = snapshot.agreements;
    mMonths = snapshot.months;
    endResetModel();
}

qint64 StatusGridModel::agreementId(int row) const
{
    return row >= 0 && row < mAgreements.size() ? mAgreements.at(row).agreementId : 0;
}

int StatusGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mAgreements.size());
}

int StatusGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstMonthColumn + int(mMonths.size());
}

QVariant StatusGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgreementStanding &a = mAgreements.at(index.row());
    if (index.column() < FirstMonthColumn) {
        if (role == Qt::DisplayRole)
            return index.column() == NumberColumn ? a.number : a.customer;
        if (role == Qt::ToolTipRole)
            return a.title;
        return {};
    }
    const QString status = a.monthStatus.value(index.column() - FirstMonthColumn);
    switch (role) {
    case Qt::BackgroundRole:
        return status.isEmpty() ? QVariant() : QBrush(ReportCanvas::statusColour(status));
    case Qt::ToolTipRole:
        if (status == u"met"_s)
            return tr("Met");
        if (status == u"at_risk"_s)
            return tr("At risk");
        if (status == u"breached"_s)
            return tr("Breached");
        return tr("Not measured");
    case Qt::UserRole:
        return status;
    default:
        return {};
    }
}

QVariant StatusGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == NumberColumn)
        return tr("Agreement");
    if (section == CustomerColumn)
        return tr("Customer");
    const QString month = mMonths.value(section - FirstMonthColumn);
    return QLocale().toString(QDate::fromString(month + u"-01"_s, u"yyyy-MM-dd"_s), u"MMM yy"_s);
}

} // namespace Accordo
