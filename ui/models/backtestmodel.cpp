#include "backtestmodel.h"

#include "domain/targetvalue.h"
#include "widgets/localetext.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Accordo {

BacktestModel::BacktestModel(QObject *parent) : RowTableModel(parent) {}

void BacktestModel::setResult(const QList<BacktestRow> &rows, const QList<BacktestTarget> &targets)
{
    setRows(rows, [&] { mTargets = targets; });
}

void BacktestModel::clear()
{
    setResult({}, {});
}

std::optional<qint64> BacktestModel::complianceMilli(qint64 met, qint64 breached)
{
    const qint64 judged = met + breached;
    if (judged == 0)
        return std::nullopt;
    return (met * 200000 + judged) / (2 * judged); // rounded half up
}

QVariant BacktestModel::cell(const BacktestRow &row, int column, int role) const
{
    const qint64 goal = mTargets.value(row.targetIndex).goalMilli;
    const auto compliance = complianceMilli(row.met, row.breached);
    const QLocale locale;
    if (role == Qt::DisplayRole || role == Qt::UserRole) {
        const bool sortValue = role == Qt::UserRole;
        switch (Column(column)) {
        case Period:
            return row.period;
        case Target:
            return row.target;
        case Tickets:
            return sortValue ? QVariant(row.tickets) : locale.toString(row.tickets);
        case Met:
            return sortValue ? QVariant(row.met) : locale.toString(row.met);
        case Breached:
            return sortValue ? QVariant(row.breached) : locale.toString(row.breached);
        case Pending:
            return sortValue ? QVariant(row.pending) : locale.toString(row.pending);
        case Compliance:
            if (!compliance)
                return sortValue ? QVariant(qint64(-1)) : tr("n/a");
            return sortValue ? QVariant(*compliance)
                             : tr("%1 %").arg(locale.toString(double(*compliance) / 1000, 'f', 2));
        case Goal:
            if (goal == 0)
                return sortValue ? QVariant(qint64(0)) : QVariant();
            return sortValue ? QVariant(goal) : tr("%1 %").arg(LocaleText::milli(goal));
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && column >= Tickets)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && column == Compliance && compliance && goal > 0)
        return QBrush(*compliance >= goal ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xc0, 0x1c, 0x28));
    if (role == Qt::ToolTipRole && column == Compliance) {
        if (!compliance)
            return tr("No ticket was judged in this month: every one is still pending.");
        if (goal > 0)
            return *compliance >= goal ? tr("Meets the goal of %1 %.").arg(LocaleText::milli(goal))
                                       : tr("Below the goal of %1 %.").arg(LocaleText::milli(goal));
    }
    return {};
}

QVariant BacktestModel::header(int section) const
{
    return title({tr("Month"), tr("Target"), tr("Tickets"), tr("Met"), tr("Breached"),
                  tr("Pending"), tr("Compliance"), tr("Goal")},
                 section);
}

} // namespace Accordo
