#pragma once

#include "data/alertstore.h"
#include "models/rowtablemodel.h"

namespace Accordo {

/// One user's alerts, newest first: when each arose, what it is and what about; the ones not
/// seen yet in bold.
class AlertsModel : public RowTableModel<Alert>
{
    Q_OBJECT

public:
    enum Column { RaisedAt, Event, Subject, ColumnCount };

    explicit AlertsModel(QObject *parent = nullptr);

    void setAlerts(const QList<Alert> &alerts) { setRows(alerts); }
    const Alert *alert(const QModelIndex &index) const
    {
        return index.isValid() ? rowAt(index.row()) : nullptr;
    }
    int unseen() const;

protected:
    int columns() const override { return ColumnCount; }
    QVariant header(int section) const override;
    QVariant cell(const Alert &a, int column, int role) const override;
};

} // namespace Accordo
