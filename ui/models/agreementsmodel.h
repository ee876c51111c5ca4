#pragma once

#include "lifecycle/lifecycletypes.h"
#include "models/pagedsqlmodel.h"

#include <QDate>
#include <QHash>

namespace Accordo {

/// All agreements (every version), with counterparty, hierarchy parent, status and price.
class AgreementsModel : public PagedSqlModel
{
    Q_OBJECT

public:
    enum Column {
        Number,
        Version,
        Title,
        Kind,
        Level,
        Parent,
        Counterparty,
        Status,
        Start,
        End,
        Price,
        Owner, // the provider's representative for the customer (AgreementOwners)
        ColumnCount
    };

    explicit AgreementsModel(QSqlDatabase db, QObject *parent = nullptr);

    /// The date statuses are shown for (a version signed to start later is not in force yet);
    /// today unless set.
    void setToday(const QDate &today) { mToday = today; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QVariant display(int column, const QVariant &value) const override;
    QVariant decoration(int column, const QVariant &value, int role) const override;

private:
    /// The status as the list shows it: signed versions that start later, and for versions in
    /// approval who approved and who is awaited. `tooltip` asks for the longer form.
    QString statusText(int row, bool tooltip) const;

    QSqlDatabase mDb;
    QDate mToday;
    mutable QHash<qint64, ApprovalProgress> mProgress; // read once per refresh
};

} // namespace Accordo
