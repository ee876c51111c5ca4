#pragma once

#include "calendar/businesscalendar.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace Accordo {

/// The office calendars Accordo offers for a new workspace: one per country, with the
/// country's zone, office hours on weekdays and its nationwide public holidays as rules.
class StandardCalendars
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::StandardCalendars)

public:
    /// The countries with a standard calendar, in the order they are offered.
    static QList<QLocale::Territory> territories();
    /// The country's name in the interface language.
    static QString countryName(QLocale::Territory territory);
    /// The calendar in the JSON exchange format (CalendarJson), named in the interface
    /// language; an error names the country when it has no standard calendar.
    static Result<QByteArray> definition(QLocale::Territory territory);
    static Result<BusinessCalendar> calendar(QLocale::Territory territory);
};

} // namespace Accordo
