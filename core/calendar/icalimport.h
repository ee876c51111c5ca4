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
/// are expanded for the years [firstYear, lastYear], within the supported years (IsoTime);
/// timed and cancelled events are skipped and counted, since a partial-day closure is not a
/// holiday.
///
/// Bounds, so that no file can hang the import or exhaust memory: rules repeating more often
/// than daily (FREQ=SECONDLY, MINUTELY, HOURLY) are refused; a file yields at most
/// MaxHolidays days and its rules are followed for at most MaxOccurrences occurrences
/// (beyond either the file is refused, not cut short); a rule or an event reaching far
/// outside the years read is only followed within them. A DTSTART or DTEND that is not a
/// valid date is refused with its line ("line 42: DTSTART 20261345 is not a valid date").
class IcalImport
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::IcalImport)

public:
    /// The most holidays (closed days) one file may yield.
    static constexpr int MaxHolidays = 10000;
    /// The most occurrences of recurrence rules one file may generate up to lastYear.
    static constexpr int MaxOccurrences = 100000;

    struct Imported
    {
        QList<HolidayRule> holidays; ///< Sorted by date, one per day.
        int skippedEvents = 0;
    };

    static Result<Imported> fromIcs(const QByteArray &ics, int firstYear, int lastYear,
                                    const QString &sourceName = {});
    static Result<Imported> readFile(const QString &path, int firstYear, int lastYear);

private:
    struct Reader;
};

} // namespace Accordo
