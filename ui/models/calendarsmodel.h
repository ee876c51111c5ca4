#pragma once

#include "models/pagedsqlmodel.h"

namespace Accordo {

/// The business calendars of a workspace, with the regions and targets that use each.
class CalendarsModel : public PagedSqlModel
{
    Q_OBJECT

public:
    enum Column { Name, TimeZone, Targets, Regions, ColumnCount };

    explicit CalendarsModel(QSqlDatabase db, QObject *parent = nullptr);
};

} // namespace Accordo
