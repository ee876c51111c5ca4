#pragma once

#include "lifecycle/versiondiff.h"
#include "models/rowtablemodel.h"

namespace Accordo {

/// A row of VersionDiffModel: one changed field with its value before and after.
struct VersionDiffRow
{
    QString part;
    QString field;
    QString oldValue;
    QString newValue;
};

/// A version comparison, one row per changed field: agreement fields first, then each target
/// added, removed or changed.
class VersionDiffModel : public RowTableModel<VersionDiffRow>
{
    Q_OBJECT

public:
    enum Column { Part, Field, OldValue, NewValue, ColumnCount };

    explicit VersionDiffModel(QObject *parent = nullptr);

    void setDiff(const VersionDiff &diff);

protected:
    int columns() const override { return ColumnCount; }
    QVariant header(int section) const override;
    QVariant cell(const VersionDiffRow &row, int column, int role) const override;
};

} // namespace Accordo
