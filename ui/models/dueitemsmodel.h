#pragma once

#include "lifecycle/agreementworkflow.h"
#include "models/rowtablemodel.h"

namespace Accordo {

/// Agreements with a review, renewal or end date coming up, for the due lists.
class DueItemsModel : public RowTableModel<DueItem>
{
    Q_OBJECT

public:
    enum Column { Number, Version, Title, Due, NoticeDeadline, ColumnCount };

    explicit DueItemsModel(QObject *parent = nullptr);

    /// `dueHeader` names what the due date is (next review, end date).
    void setItems(const QList<DueItem> &items, const QString &dueHeader);
    const QList<DueItem> &items() const { return rows(); }
    qint64 agreementId(const QModelIndex &index) const;

protected:
    int columns() const override { return ColumnCount; }
    QVariant header(int section) const override;
    QVariant cell(const DueItem &item, int column, int role) const override;

private:
    QString mDueHeader;
};

} // namespace Accordo
