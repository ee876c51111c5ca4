#include "icalimport.h"

#include <QFile>

#include <libical/ical.h>

#include <algorithm>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

struct IteratorDeleter
{
    void operator()(icalrecur_iterator *iterator) const { icalrecur_iterator_free(iterator); }
};

QDate toDate(const icaltimetype &time)
{
    return QDate(time.year, time.month, time.day);
}

QString describeEvent(icalcomponent *event)
{
    const char *summary = icalcomponent_get_summary(event);
    if (summary && *summary)
        return u"\"%1\""_s.arg(QString::fromUtf8(summary));
    const char *uid = icalcomponent_get_uid(event);
    return uid ? QString::fromUtf8(uid) : QString();
}

} // namespace

Result<IcalImport::Imported> IcalImport::fromIcs(const QByteArray &ics, int firstYear, int lastYear,
                                                 const QString &sourceName)
{
    const QString prefix = sourceName.isEmpty() ? QString() : sourceName + u": "_s;
    ComponentPtr root(icalparser_parse_string(ics.constData()));
    if (!root)
        return Error{prefix + tr("not an iCalendar file")};
    const icalcomponent_kind rootKind = icalcomponent_isa(root.get());
    if (rootKind != ICAL_VCALENDAR_COMPONENT && rootKind != ICAL_XROOT_COMPONENT)
        return Error{prefix + tr("not an iCalendar file (no VCALENDAR)")};

    // libical keeps going after errors and records them as X-LIC-ERROR properties.
    std::vector<icalcomponent *> calendars;
    if (rootKind == ICAL_VCALENDAR_COMPONENT) {
        calendars.push_back(root.get());
    } else {
        for (icalcomponent *c =
                 icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT);
             c; c = icalcomponent_get_next_component(root.get(), ICAL_VCALENDAR_COMPONENT))
            calendars.push_back(c);
    }
    if (calendars.empty())
        return Error{prefix + tr("not an iCalendar file (no VCALENDAR)")};

    Imported imported;
    std::map<QDate, QString> days;
    const auto addDay = [&](QDate day, const QString &name) {
        if (day.year() >= firstYear && day.year() <= lastYear)
            days.emplace(day, name);
    };
    for (icalcomponent *calendar : calendars) {
        for (icalcomponent *event =
                 icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
             event; event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
            icalproperty *error = icalcomponent_get_first_property(event, ICAL_XLICERROR_PROPERTY);
            if (error)
                return Error{prefix
                             + tr("event %1: %2")
                                   .arg(describeEvent(event),
                                        QString::fromUtf8(icalproperty_get_xlicerror(error)))};
            const icaltimetype start = icalcomponent_get_dtstart(event);
            if (icaltime_is_null_time(start))
                return Error{prefix + tr("event %1: no DTSTART").arg(describeEvent(event))};
            if (!start.is_date || icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED) {
                ++imported.skippedEvents;
                continue;
            }
            // DTEND is exclusive; without DTEND or DURATION an all-day event lasts one day.
            const icaltimetype end = icalcomponent_get_dtend(event);
            qint64 length = 1;
            if (!icaltime_is_null_time(end))
                length = std::max<qint64>(1, toDate(start).daysTo(toDate(end)));
            const char *summary = icalcomponent_get_summary(event);
            const QString name = summary ? QString::fromUtf8(summary) : QString();

            std::vector<QDate> starts;
            icalproperty *rrule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY);
            if (!rrule) {
                starts.push_back(toDate(start));
            } else {
                std::unique_ptr<icalrecur_iterator, IteratorDeleter> iterator(
                    icalrecur_iterator_new(icalproperty_get_rrule(rrule), start));
                if (!iterator)
                    return Error{prefix
                                 + tr("event %1: unsupported RRULE").arg(describeEvent(event))};
                for (icaltimetype next = icalrecur_iterator_next(iterator.get());
                     !icaltime_is_null_time(next) && next.year <= lastYear;
                     next = icalrecur_iterator_next(iterator.get()))
                    starts.push_back(toDate(next));
            }
            for (icalproperty *exdate =
                     icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY);
                 exdate; exdate = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY)) {
                const QDate excluded = toDate(icalproperty_get_exdate(exdate));
                starts.erase(std::remove(starts.begin(), starts.end(), excluded), starts.end());
            }
            for (const QDate &first : starts) {
                for (qint64 i = 0; i < length; ++i)
                    addDay(first.addDays(i), name);
            }
        }
    }
    for (const auto &[day, name] : days)
        imported.holidays.append(HolidayRule::oneOff(day, name));
    return imported;
}

Result<IcalImport::Imported> IcalImport::readFile(const QString &path, int firstYear, int lastYear)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot read: %2").arg(path, file.errorString())};
    return fromIcs(file.readAll(), firstYear, lastYear, path);
}

} // namespace Accordo
