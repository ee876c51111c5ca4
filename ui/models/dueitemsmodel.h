#pragma once

#include "lifecycle/agreementworkflow.h"

#include <QAbstractTableModel>

namespace Accordo {

/// Agreements with a review, renewal or end date coming up, for the due lists.
class DueItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Version, Title, Due, NoticeDeadline, ColumnCount };

    explicit DueItemsModel(QObject *parent = nullptr);

    /// `dueHeader` names what the due date is (next review, end date).
    void setItems(const QList<DueItem> &items, const QString &dueHeader);
    const QList<DueItem> &items() const { return mItems; }
    qint64 agreementId(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<DueItem> mItems;
    QString mDueHeader;
};

} // namespace Accordo
