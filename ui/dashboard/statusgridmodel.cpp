#include "statusgridmodel.h"

#include "report/reportcanvas.h"
#include "report/reportformat.h"

#include <QBrush>
#include <QDate>

using namespace Qt::StringLiterals;

namespace Accordo {

void StatusGridModel::setSnapshot(const DashboardSnapshot &snapshot)
{
    setRows(snapshot.agreements, [&] { mMonths = snapshot.months; });
}

qint64 StatusGridModel::agreementId(int row) const
{
    const AgreementStanding *a = rowAt(row);
    return a ? a->agreementId : 0;
}

QVariant StatusGridModel::cell(const AgreementStanding &a, int column, int role) const
{
    if (column < FirstMonthColumn) {
        if (role == Qt::DisplayRole)
            return column == NumberColumn ? a.number : a.customer;
        if (role == Qt::ToolTipRole)
            return a.title;
        return {};
    }
    const QString status = a.monthStatus.value(column - FirstMonthColumn);
    switch (role) {
    case Qt::BackgroundRole:
        return status.isEmpty() ? QVariant() : QBrush(ReportCanvas::statusColour(status));
    case Qt::ToolTipRole:
        // A judged month is named as the reports name it; the grid says more of the others.
        if (status.isEmpty())
            return tr("Not measured");
        if (status == u"no_data"_s)
            return tr("No data: nothing to judge in the month");
        return ReportFormat::status(status);
    case Qt::UserRole:
        return status;
    default:
        return {};
    }
}

QVariant StatusGridModel::header(int section) const
{
    if (section == NumberColumn)
        return tr("Agreement");
    if (section == CustomerColumn)
        return tr("Customer");
    const QString month = mMonths.value(section - FirstMonthColumn);
    return QLocale().toString(QDate::fromString(month + u"-01"_s, u"yyyy-MM-dd"_s), u"MMM yy"_s);
}

} // namespace Accordo
