#include "importbatchmodel.h"

#include "widgets/localetext.h"
#include <QDateTime>
#include <QLocale>
#include <QPalette>

namespace Accordo {

namespace {

QString when(qint64 instant)
{
    return LocaleText::dateTime(QDateTime::fromSecsSinceEpoch(instant));
}

} // namespace

ImportBatchModel::ImportBatchModel(QObject *parent) : RowTableModel(parent) {}

void ImportBatchModel::setBatches(const QList<ImportBatch> &batches)
{
    setRows(batches);
}

const ImportBatch *ImportBatchModel::batch(const QModelIndex &index) const
{
    return rowAt(index.row());
}

QVariant ImportBatchModel::cell(const ImportBatch &b, int column, int role) const
{
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (Column(column)) {
        case Batch:
            return b.id;
        case ImportedAt:
            return when(b.importedAt);
        case Kind:
            return b.kind == u"tickets"   ? tr("Tickets")
                   : b.kind == u"outages" ? tr("Outages")
                                          : tr("Surveys");
        case Source:
            return b.source;
        case File:
            return b.fileName;
        case User:
            return b.userName;
        case Rows:
            return locale.toString(b.rowsRead);
        case New:
            return locale.toString(b.inserted);
        case Updated:
            return locale.toString(b.updated);
        case Unchanged:
            return locale.toString(b.unchanged);
        case Rejected:
            return locale.toString(b.rejected);
        case RolledBack:
            return b.rolledBackAt ? tr("%1 by %2").arg(when(*b.rolledBackAt), b.rolledBackBy)
                                  : QString();
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && column == File)
        return tr("SHA-256 %1").arg(b.sha256);
    if (role == Qt::TextAlignmentRole && column >= Rows && column <= Rejected)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && b.rolledBackAt)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

QVariant ImportBatchModel::header(int section) const
{
    return title({tr("Batch"), tr("Imported"), tr("Contents"), tr("Source"), tr("File"), tr("By"),
                  tr("Rows"), tr("New"), tr("Updated"), tr("Unchanged"), tr("Rejected"),
                  tr("Rolled back")},
                 section);
}

} // namespace Accordo
