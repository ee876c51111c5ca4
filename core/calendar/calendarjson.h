#pragma once

#include "calendar/businesscalendar.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Accordo {

/// The JSON exchange format of business calendars:
///
///     { "name": "Italy office", "timezone": "Europe/Rome",
///       "week": { "mon": ["08:00-12:30", "13:30-17:00"], ..., "sun": [] },
///       "holidays": [ {"date": "2026-12-07", "name": "Sant'Ambrogio"},
///                     {"fixed": "12-25", "observed": "nearest", "name": "Christmas"},
///                     {"nth": 4, "weekday": "thu", "month": 11},
///                     {"easter": 1, "name": "Easter Monday"} ] }
///
/// A missing weekday is closed; unknown fields are refused so that typos do not pass
/// silently. Errors name the field: `week.mon[1]: "25:00-26:00" is not a valid interval`.
class CalendarJson
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::CalendarJson)

public:
    /// sourceName (a file name) prefixes error messages when given.
    static Result<BusinessCalendar> fromJson(const QByteArray &json,
                                             const QString &sourceName = {});
    /// Keys in the documented order, one weekday per line.
    static QByteArray toJson(const BusinessCalendar &calendar);

    static Result<BusinessCalendar> readFile(const QString &path);
    static Result<void> writeFile(const BusinessCalendar &calendar, const QString &path);
};

} // namespace Accordo
