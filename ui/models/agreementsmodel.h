#pragma once

#include "models/pagedsqlmodel.h"

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

protected:
    QVariant display(int column, const QVariant &value) const override;
    QVariant decoration(int column, const QVariant &value, int role) const override;
};

} // namespace Accordo
