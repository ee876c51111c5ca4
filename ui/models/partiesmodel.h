#pragma once

#include "domain/enums.h"
#include "models/pagedsqlmodel.h"

namespace Accordo {

/// Customers, internal departments and suppliers, filtered to one kind or showing all.
class PartiesModel : public PagedSqlModel
{
    Q_OBJECT

public:
    enum Column { Name, Kind, Region, Segment, Contact, Email, Agreements, ColumnCount };

    explicit PartiesModel(QSqlDatabase db, QObject *parent = nullptr);
    void setKindFilter(std::optional<PartyKind> kind);

protected:
    QVariant display(int column, const QVariant &value) const override;
};

} // namespace Accordo
