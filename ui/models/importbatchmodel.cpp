#include "importbatchmodel.h"

#include <QDateTime>
#include <QLocale>
#include <QPalette>

namespace Accordo {

namespace {

QString when(qint64 instant)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(instant), QLocale::ShortFormat);
}

} // namespace

ImportBatchModel::ImportBatchModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportBatchModel::setBatches(const QList<ImportBatch> &batches)
{
    beginResetModel();
    mBatches = batches;
    endResetModel();
}

const ImportBatch *ImportBatchModel::batch(const QModelIndex &index) const
{
    return index.isValid() && index.row() < mBatches.size() ? &mBatches.at(index.row()) : nullptr;
}

int ImportBatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mBatches.size());
}

int ImportBatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportBatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ImportBatch &b = mBatches.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
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
    if (role == Qt::ToolTipRole && index.column() == File)
        return tr("SHA-256 %1").arg(b.sha256);
    if (role == Qt::TextAlignmentRole && index.column() >= Rows && index.column() <= Rejected)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && b.rolledBackAt)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

QVariant ImportBatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Batch:
        return tr("Batch");
    case ImportedAt:
        return tr("Imported");
    case Kind:
        return tr("Contents");
    case Source:
        return tr("Source");
    case File:
        return tr("File");
    case User:
        return tr("By");
    case Rows:
        return tr("Rows");
    case New:
        return tr("New");
    case Updated:
        return tr("Updated");
    case Unchanged:
        return tr("Unchanged");
    case Rejected:
        return tr("Rejected");
    case RolledBack:
        return tr("Rolled back");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Accordo
