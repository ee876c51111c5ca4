#pragma once

#include "measurement/backtest.h"
#include "models/rowtablemodel.h"

namespace Accordo {

/// The rows of a backtest, one per month and target: tickets, met, breached, pending and the
/// compliance against the target's goal. Qt::UserRole gives each cell's value for sorting.
class BacktestModel : public RowTableModel<BacktestRow>
{
    Q_OBJECT

public:
    enum Column { Period, Target, Tickets, Met, Breached, Pending, Compliance, Goal, ColumnCount };

    explicit BacktestModel(QObject *parent = nullptr);

    void setResult(const QList<BacktestRow> &rows, const QList<BacktestTarget> &targets);
    void clear();

    /// Compliance in thousandths of a percent; empty when no ticket was judged.
    static std::optional<qint64> complianceMilli(qint64 met, qint64 breached);

protected:
    int columns() const override { return ColumnCount; }
    QVariant header(int section) const override;
    QVariant cell(const BacktestRow &row, int column, int role) const override;

private:
    QList<BacktestTarget> mTargets;
};

} // namespace Accordo
