#pragma once

#include "models/rowtablemodel.h"
#include "reportdata/dashboarddata.h"

namespace Accordo {

/// Agreements × months of the dashboard, each month cell coloured by the agreement's worst
/// status in it; rows in the order of risk.
class StatusGridModel : public RowTableModel<AgreementStanding>
{
    Q_OBJECT

public:
    enum Column { NumberColumn, CustomerColumn, FirstMonthColumn };

    using RowTableModel::RowTableModel;

    void setSnapshot(const DashboardSnapshot &snapshot);
    qint64 agreementId(int row) const;

protected:
    int columns() const override { return FirstMonthColumn + int(mMonths.size()); }
    QVariant header(int section) const override;
    QVariant cell(const AgreementStanding &a, int column, int role) const override;

private:
    QStringList mMonths;
};

} // namespace Accordo
