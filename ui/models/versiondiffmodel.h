#pragma once

#include "lifecycle/versiondiff.h"

#include <QAbstractTableModel>

namespace Accordo {

/// A version comparison, one row per changed field: agreement fields first, then each target
/// added, removed or changed.
class VersionDiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Part, Field, OldValue, NewValue, ColumnCount };

    explicit VersionDiffModel(QObject *parent = nullptr);

    void setDiff(const VersionDiff &diff);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString part;
        QString field;
        QString oldValue;
        QString newValue;
    };
    QList<Row> mRows;
};

} // namespace Accordo
