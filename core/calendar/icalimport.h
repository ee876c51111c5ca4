#pragma once

#include "calendar/holidayrule.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Accordo {

/// Reads the all-day events of an iCalendar (.ics) file as one-off holidays, via libical.
///
/// Each day of a multi-day event becomes a holiday. Recurring events (RRULE, minus EXDATE)
/// are expanded for the years [firstYear, lastYear]; timed and cancelled events are skipped
/// and counted, since a partial-day closure is not a holiday.
class IcalImport
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::IcalImport)

public:
    struct Imported
    {
        QList<HolidayRule> holidays; ///< Sorted by date, one per day.
        int skippedEvents = 0;
    };

    static Result<Imported> fromIcs(const QByteArray &ics, int firstYear, int lastYear,
                                    const QString &sourceName = {});
    static Result<Imported> readFile(const QString &path, int firstYear, int lastYear);
};

} // namespace Accordo
