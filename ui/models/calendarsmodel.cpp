#include "calendarsmodel.h"

namespace Accordo {

CalendarsModel::CalendarsModel(QSqlDatabase db, QObject *parent) : PagedSqlModel(db, parent)
{
    setList(
        ListQueries::calendars(db),
        {
            {QT_TRANSLATE_NOOP("Accordo::Columns", "Name")},
            {QT_TRANSLATE_NOOP("Accordo::Columns", "Time zone")},
            {QT_TRANSLATE_NOOP("Accordo::Columns", "Targets"), Qt::AlignRight | Qt::AlignVCenter},
            {QT_TRANSLATE_NOOP("Accordo::Columns", "Used by regions")},
        });
    sort(Name, Qt::AscendingOrder);
}

} // namespace Accordo
