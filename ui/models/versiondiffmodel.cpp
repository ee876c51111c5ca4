#include "versiondiffmodel.h"

#include <QBrush>
#include <QColor>

namespace Accordo {

VersionDiffModel::VersionDiffModel(QObject *parent) : QAbstractTableModel(parent) {}

void VersionDiffModel::setDiff(const VersionDiff &diff)
{
    beginResetModel();
    mRows.clear();
    for (const VersionDiff::FieldChange &change : diff.fields)
        mRows.append({tr("Agreement"), change.field, change.oldValue, change.newValue});
    for (const VersionDiff::TargetChange &target : diff.targets) {
        switch (target.kind) {
        case VersionDiff::TargetChangeKind::Added:
            mRows.append({target.target, tr("(target)"), QString(), tr("added")});
            break;
        case VersionDiff::TargetChangeKind::Removed:
            mRows.append({target.target, tr("(target)"), tr("removed"), QString()});
            break;
        case VersionDiff::TargetChangeKind::Changed:
            for (const VersionDiff::FieldChange &change : target.fields)
                mRows.append({target.target, change.field, change.oldValue, change.newValue});
            break;
        }
    }
    endResetModel();
}

int VersionDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mRows.size());
}

int VersionDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VersionDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = mRows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Part:
            return row.part;
        case Field:
            return row.field;
        case OldValue:
            return row.oldValue;
        case NewValue:
            return row.newValue;
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ForegroundRole) {
        // The conventional diff colours: what went in red, what came in green.
        if (index.column() == OldValue)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (index.column() == NewValue)
            return QBrush(QColor(0x1b, 0x6e, 0x20));
    }
    return {};
}

QVariant VersionDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Part:
        return tr("Part");
    case Field:
        return tr("Field");
    case OldValue:
        return tr("Before");
    case NewValue:
        return tr("After");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Accordo
