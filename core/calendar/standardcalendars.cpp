#include "standardcalendars.h"

#include "calendar/calendarjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// One country's calendar: its zone, the office hours of each weekday, and the holidays in the
// JSON exchange format. The holidays are the nationwide ones, named as the country names them;
// regional holidays (a patron saint, a German Land, a Scottish bank holiday) are the user's to
// add.
struct Seed
{
    QLocale::Territory territory;
    const char *country;
    const char *name;
    const char *zone;
    const char *hours;
    const char *holidays;
};

const Seed Seeds[] = {
    {QLocale::Italy, QT_TRANSLATE_NOOP("Accordo::StandardCalendars", "Italy"),
     QT_TRANSLATE_NOOP("Accordo::StandardCalendars", "Italy office"), "Europe/Rome",
     R"(["09:00-13:00", "14:00-18:00"])",
     R"([ {"fixed": "01-01", "name": "Capodanno"}, {"fixed": "01-06", "name": "Epifania"},
          {"easter": 1, "name": "Lunedì dell'Angelo"},
          {"fixed": "04-25", "name": "Festa della Liberazione"},
          {"fixed": "05-01", "name": "Festa del Lavoro"},
          {"fixed": "06-02", "name": "Festa della Repubblica"},
          {"fixed": "08-15", "name": "Ferragosto"}, {"fixed": "11-01", "name": "Ognissanti"},
          {"fixed": "12-08", "name": "Immacolata Concezione"},
          {"fixed": "12-25", "name": "Natale"}, {"fixed": "12-26", "name": "Santo Stefano"} ])"},
    {QLocale::UnitedKingdom, QT_TRANSLATE_NOOP("Accordo::StandardCalendars", "United Kingdom"),
     QT_TRANSLATE_NOOP("Accordo::StandardCalendars", "UK office (England and Wales)"),
     "Europe/London", R"(["09:00-17:30"])",
     R"([ {"fixed": "01-01", "observed": "monday", "name": "New Year's Day"},
          {"easter": -2, "name": "Good Friday"}, {"easter": 1, "name": "Easter Monday"},
          {"nth": 1, "weekday": "mon", "month": 5, "name": "Early May bank holiday"},
          {"nth": -1, "weekday": "mon", "month": 5, "name": "Spring bank holiday"},
          {"nth": -1, "weekday": "mon", "month": 8, "name": "Summer bank holiday"},
          {"fixed": "12-25", "observed": "monday", "name": "Christmas Day"},
          {"fixed": "12-26", "observed": "monday", "name": "Boxing Day"} ])"},
    {QLocale::UnitedStates, QT_TRANSLATE_NOOP("Accordo::StandardCalendars", "United States"),
     QT_TRANSLATE_NOOP("Accordo::StandardCalendars", "US office (Eastern Time)"),
     "America/New_York", R"(["09:00-17:00"])",
     R"([ {"fixed": "01-01", "observed": "nearest", "name": "New Year's Day"},
          {"nth": 3, "weekday": "mon", "month": 1, "name": "Martin Luther King Jr. Day"},
          {"nth": 3, "weekday": "mon", "month": 2, "name": "Washington's Birthday"},
          {"nth": -1, "weekday": "mon", "month": 5, "name": "Memorial Day"},
          {"fixed": "06-19", "observed": "nearest", "name": "Juneteenth"},
          {"fixed": "07-04", "observed": "nearest", "name": "Independence Day"},
          {"nth": 1, "weekday": "mon", "month": 9, "name": "Labor Day"},
          {"nth": 2, "weekday": "mon", "month": 10, "name": "Columbus Day"},
          {"fixed": "11-11", "observed": "nearest", "name": "Veterans Day"},
          {"nth": 4, "weekday": "thu", "month": 11, "name": "Thanksgiving Day"},
          {"fixed": "12-25", "observed": "nearest", "name": "Christmas Day"} ])"},
    {QLocale::Germany, QT_TRANSLATE_NOOP("Accordo::StandardCalendars", "Germany"),
     QT_TRANSLATE_NOOP("Accordo::StandardCalendars", "Germany office"), "Europe/Berlin",
     R"(["08:00-12:00", "13:00-17:00"])",
     R"([ {"fixed": "01-01", "name": "Neujahr"}, {"easter": -2, "name": "Karfreitag"},
          {"easter": 1, "name": "Ostermontag"}, {"fixed": "05-01", "name": "Tag der Arbeit"},
          {"easter": 39, "name": "Christi Himmelfahrt"},
          {"easter": 50, "name": "Pfingstmontag"},
          {"fixed": "10-03", "name": "Tag der Deutschen Einheit"},
          {"fixed": "12-25", "name": "1. Weihnachtstag"},
          {"fixed": "12-26", "name": "2. Weihnachtstag"} ])"},
    {QLocale::France, QT_TRANSLATE_NOOP("Accordo::StandardCalendars", "France"),
     QT_TRANSLATE_NOOP("Accordo::StandardCalendars", "France office"), "Europe/Paris",
     R"(["09:00-12:30", "14:00-18:00"])",
     R"([ {"fixed": "01-01", "name": "Jour de l'an"}, {"easter": 1, "name": "Lundi de Pâques"},
          {"fixed": "05-01", "name": "Fête du Travail"},
          {"fixed": "05-08", "name": "Victoire 1945"}, {"easter": 39, "name": "Ascension"},
          {"easter": 50, "name": "Lundi de Pentecôte"},
          {"fixed": "07-14", "name": "Fête nationale"}, {"fixed": "08-15", "name": "Assomption"},
          {"fixed": "11-01", "name": "Toussaint"}, {"fixed": "11-11", "name": "Armistice 1918"},
          {"fixed": "12-25", "name": "Noël"} ])"},
    {QLocale::Spain, QT_TRANSLATE_NOOP("Accordo::StandardCalendars", "Spain"),
     QT_TRANSLATE_NOOP("Accordo::StandardCalendars", "Spain office"), "Europe/Madrid",
     R"(["09:00-14:00", "15:00-18:00"])",
     R"([ {"fixed": "01-01", "name": "Año Nuevo"}, {"fixed": "01-06", "name": "Epifanía del Señor"},
          {"easter": -2, "name": "Viernes Santo"}, {"fixed": "05-01", "name": "Fiesta del Trabajo"},
          {"fixed": "08-15", "name": "Asunción de la Virgen"},
          {"fixed": "10-12", "name": "Fiesta Nacional de España"},
          {"fixed": "11-01", "name": "Todos los Santos"},
          {"fixed": "12-06", "name": "Día de la Constitución"},
          {"fixed": "12-08", "name": "Inmaculada Concepción"},
          {"fixed": "12-25", "name": "Natividad del Señor"} ])"},
};

const Seed *seed(QLocale::Territory territory)
{
    for (const Seed &seed : Seeds) {
        if (seed.territory == territory)
            return &seed;
    }
    return nullptr;
}

} // namespace

QList<QLocale::Territory> StandardCalendars::territories()
{
    QList<QLocale::Territory> territories;
    for (const Seed &seed : Seeds)
        territories.append(seed.territory);
    return territories;
}

QString StandardCalendars::countryName(QLocale::Territory territory)
{
    const Seed *found = seed(territory);
    return found ? tr(found->country) : QLocale::territoryToString(territory);
}

Result<QByteArray> StandardCalendars::definition(QLocale::Territory territory)
{
    const Seed *found = seed(territory);
    if (!found)
        return Error{tr("Accordo has no standard calendar for %1")
                         .arg(QLocale::territoryToString(territory))};
    const QJsonArray hours = QJsonDocument::fromJson(found->hours).array();
    QJsonObject week;
    for (const auto day : {"mon", "tue", "wed", "thu", "fri"})
        week.insert(QLatin1String(day), hours);
    week.insert(u"sat"_s, QJsonArray());
    week.insert(u"sun"_s, QJsonArray());
    const QJsonObject json{
        {u"name"_s, tr(found->name)},
        {u"timezone"_s, QString::fromLatin1(found->zone)},
        {u"week"_s, week},
        {u"holidays"_s, QJsonDocument::fromJson(found->holidays).array()},
    };
    // Read back so that a mistake in the table shows as an error, not as a calendar.
    const QByteArray text = QJsonDocument(json).toJson();
    auto read = CalendarJson::fromJson(text, countryName(territory));
    if (!read)
        return read.error();
    return CalendarJson::toJson(*read);
}

Result<BusinessCalendar> StandardCalendars::calendar(QLocale::Territory territory)
{
    auto text = definition(territory);
    if (!text)
        return text.error();
    return CalendarJson::fromJson(*text, countryName(territory));
}

} // namespace Accordo
