#include "calendarsmodel.h"

#include "storage/dialect.h"

using namespace Qt::StringLiterals;

namespace Accordo {

CalendarsModel::CalendarsModel(QSqlDatabase db, QObject *parent) : PagedSqlModel(db, parent)
{
    const QString regionNames = Dialect::stringAgg(db, u"r.name || ' (' || r.code || ')'"_s,
                                                   u"', '"_s);
    setSource(u"calendars c"_s, u"c.id"_s);
    // The regions column is how an SLA manager sees which offices follow a calendar, and
    // why a calendar cannot be deleted; it is searchable so "EMEA" finds its calendar.
    setColumns({
        {QT_TRANSLATE_NOOP("Accordo::Columns", "Name"), u"c.name"_s},
        {QT_TRANSLATE_NOOP("Accordo::Columns", "Time zone"), u"c.time_zone"_s},
        {QT_TRANSLATE_NOOP("Accordo::Columns", "Targets"),
         u"(SELECT count(*) FROM targets t WHERE t.calendar_id = c.id)"_s,
         Qt::AlignRight | Qt::AlignVCenter, false},
        {QT_TRANSLATE_NOOP("Accordo::Columns", "Used by regions"),
         u"coalesce((SELECT %1 FROM regions r WHERE r.calendar_id = c.id), '')"_s.arg(regionNames)},
    });
    sort(Name, Qt::AscendingOrder);
}

} // namespace Accordo
