#pragma once

#include "measurement/backtest.h"

#include <QAbstractTableModel>

namespace Accordo {

/// The rows of a backtest, one per month and target: tickets, met, breached, pending and the
/// compliance against the target's goal. Qt::UserRole gives each cell's value for sorting.
class BacktestModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Period, Target, Tickets, Met, Breached, Pending, Compliance, Goal, ColumnCount };

    explicit BacktestModel(QObject *parent = nullptr);

    void setResult(const QList<BacktestRow> &rows, const QList<BacktestTarget> &targets);
    void clear();
    const QList<BacktestRow> &rows() const { return mRows; }

    /// Compliance in thousandths of a percent; empty when no ticket was judged.
    static std::optional<qint64> complianceMilli(qint64 met, qint64 breached);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<BacktestRow> mRows;
    QList<BacktestTarget> mTargets;
};

} // namespace Accordo
