#pragma once

#include "measurement/measurementimporter.h"

#include <QAbstractTableModel>
#include <QList>

namespace Accordo {

/// The workspace's import batches, the latest first: when, what, from which source and file,
/// who, the rows each wrote, and whether it was rolled back.
class ImportBatchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Batch,
        ImportedAt,
        Kind,
        Source,
        File,
        User,
        Rows,
        New,
        Updated,
        Unchanged,
        Rejected,
        RolledBack,
        ColumnCount
    };

    explicit ImportBatchModel(QObject *parent = nullptr);

    void setBatches(const QList<ImportBatch> &batches);
    const ImportBatch *batch(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ImportBatch> mBatches;
};

} // namespace Accordo
