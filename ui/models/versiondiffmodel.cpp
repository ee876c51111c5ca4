#include "versiondiffmodel.h"

#include <QBrush>
#include <QColor>

namespace Accordo {

VersionDiffModel::VersionDiffModel(QObject *parent) : RowTableModel(parent) {}

void VersionDiffModel::setDiff(const VersionDiff &diff)
{
    QList<VersionDiffRow> rows;
    for (const VersionDiff::FieldChange &change : diff.fields)
        rows.append({tr("Agreement"), change.field, change.oldValue, change.newValue});
    for (const VersionDiff::TargetChange &target : diff.targets) {
        switch (target.kind) {
        case VersionDiff::TargetChangeKind::Added:
            rows.append({target.target, tr("(target)"), QString(), tr("added")});
            break;
        case VersionDiff::TargetChangeKind::Removed:
            rows.append({target.target, tr("(target)"), tr("removed"), QString()});
            break;
        case VersionDiff::TargetChangeKind::Changed:
            for (const VersionDiff::FieldChange &change : target.fields)
                rows.append({target.target, change.field, change.oldValue, change.newValue});
            break;
        }
    }
    setRows(std::move(rows));
}

QVariant VersionDiffModel::cell(const VersionDiffRow &row, int column, int role) const
{
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        return pick({row.part, row.field, row.oldValue, row.newValue}, column);
    } else if (role == Qt::ForegroundRole) {
        // The conventional diff colours: what went in red, what came in green.
        if (column == OldValue)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (column == NewValue)
            return QBrush(QColor(0x1b, 0x6e, 0x20));
    }
    return {};
}

QVariant VersionDiffModel::header(int section) const
{
    return title({tr("Part"), tr("Field"), tr("Before"), tr("After")}, section);
}

} // namespace Accordo
