#include "findingsmodel.h"

namespace Accordo {

FindingsModel::FindingsModel(QObject *parent) : RowTableModel(parent) {}

void FindingsModel::setFindings(const QStringList &headers, const QList<Row> &rows)
{
    setRows(rows, [&] { mHeaders = headers; });
}

QString FindingsModel::agreementNumber(const QModelIndex &index) const
{
    const Row *row = rowAt(index.row());
    return row ? row->agreementNumber : QString();
}

QVariant FindingsModel::cell(const Row &row, int column, int role) const
{
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return row.cells.value(column);
    return {};
}

} // namespace Accordo
