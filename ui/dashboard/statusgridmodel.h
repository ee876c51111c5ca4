#pragma once

#include "reportdata/dashboarddata.h"

#include <QAbstractTableModel>

namespace Accordo {

/// Agreements × months of the dashboard, each month cell coloured by the agreement's worst
/// status in it; rows in the order of risk.
class StatusGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, CustomerColumn, FirstMonthColumn };

    using QAbstractTableModel::QAbstractTableModel;

    void setSnapshot(const DashboardSnapshot &snapshot);
    qint64 agreementId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AgreementStanding> mAgreements;
    QStringList mMonths;
};

} // namespace Accordo
