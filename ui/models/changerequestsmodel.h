#pragma once

#include "data/changerequeststore.h"
#include "models/rowtablemodel.h"

namespace Accordo {

/// The change request register: each request with its agreement, customer, state, origin, who
/// asked and when, what, the assessment's price effect and the decision.
class ChangeRequestsModel : public RowTableModel<ChangeRequestListing>
{
    Q_OBJECT

public:
    enum Column {
        Id,
        Agreement,
        Customer,
        Status,
        Origin,
        RequestedBy,
        RequestedOn,
        Description,
        Targets,
        PriceEffect,
        Decision,
        ColumnCount
    };
    /// The stored status key of a row (for filters), under Qt::UserRole on any column.
    static constexpr int StatusKeyRole = Qt::UserRole;

    explicit ChangeRequestsModel(QObject *parent = nullptr);

    void setRequests(const QList<ChangeRequestListing> &requests) { setRows(requests); }
    const ChangeRequestListing *request(const QModelIndex &index) const
    {
        return index.isValid() ? rowAt(index.row()) : nullptr;
    }

protected:
    int columns() const override { return ColumnCount; }
    QVariant header(int section) const override;
    QVariant cell(const ChangeRequestListing &l, int column, int role) const override;
};

} // namespace Accordo
