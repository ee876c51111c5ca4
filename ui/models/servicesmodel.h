#pragma once

#include "models/pagedsqlmodel.h"

namespace Accordo {

/// The service catalogue.
class ServicesModel : public PagedSqlModel
{
    Q_OBJECT

public:
    enum Column { Code, Name, Category, OwnerTeam, Active, Agreements, ColumnCount };

    explicit ServicesModel(QSqlDatabase db, QObject *parent = nullptr);

protected:
    QVariant display(int column, const QVariant &value) const override;
};

} // namespace Accordo
