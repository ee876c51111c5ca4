#include "findingsmodel.h"

namespace Accordo {

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingsModel::setFindings(const QStringList &headers, const QList<Row> &rows)
{
    beginResetModel();
    mHeaders = headers;
    mRows = rows;
    endResetModel();
}

QString FindingsModel::agreementNumber(const QModelIndex &index) const
{
    return index.isValid() && index.row() < mRows.size() ? mRows.at(index.row()).agreementNumber
                                                         : QString();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mRows.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mHeaders.size());
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return mRows.at(index.row()).cells.value(index.column());
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return mHeaders.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace Accordo
