#pragma once

#include "lifecycle/lifecycletypes.h"
#include "models/rowtablemodel.h"

namespace Accordo {

/// The versions in approval that wait for the user's decision.
class AwaitedApprovalsModel : public RowTableModel<AwaitedApproval>
{
    Q_OBJECT

public:
    enum Column { Number, Version, Title, Approval, ColumnCount };

    explicit AwaitedApprovalsModel(QObject *parent = nullptr);

    void setItems(const QList<AwaitedApproval> &items) { setRows(items); }
    qint64 agreementId(const QModelIndex &index) const;

protected:
    int columns() const override { return ColumnCount; }
    QVariant header(int section) const override;
    QVariant cell(const AwaitedApproval &item, int column, int role) const override;
};

} // namespace Accordo
