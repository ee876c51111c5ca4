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
        const QString kind = b.kind == u"tickets"   ? tr("Tickets")
                             : b.kind == u"outages" ? tr("Outages")
                                                    : tr("Surveys");
        const QString rolledBack = b.rolledBackAt
                                       ? tr("%1 by %2").arg(when(*b.rolledBackAt), b.rolledBackBy)
                                       : QString();
        return pick({b.id, when(b.importedAt), kind, b.source, b.fileName, b.userName,
                     locale.toString(b.rowsRead), locale.toString(b.inserted),
                     locale.toString(b.updated), locale.toString(b.unchanged),
                     locale.toString(b.rejected), rolledBack},
                    column);
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
