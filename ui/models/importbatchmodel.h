#pragma once

#include "measurement/measurementimporter.h"
#include "models/rowtablemodel.h"

namespace Accordo {

/// The workspace's import batches, the latest first: when, what, from which source and file,
/// who, the rows each wrote, and whether it was rolled back.
class ImportBatchModel : public RowTableModel<ImportBatch>
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

protected:
    int columns() const override { return ColumnCount; }
    QVariant header(int section) const override;
    QVariant cell(const ImportBatch &b, int column, int role) const override;
};

} // namespace Accordo
