#include "icalimport.h"

#include "calendar/isotime.h"

#include <QFile>

#include <libical/ical.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

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

// Where each VEVENT of the text is, in file order (the order libical hands them back), and
// its DTSTART/DTEND as written, so that errors can name the line.
struct EventLines
{
    int begin = 0;
    int rrule = 0;
    QList<std::pair<int, QByteArray>> dates; // (line, "DTSTART 20261345")
};

std::vector<EventLines> scanEvents(const QByteArray &ics)
{
    std::vector<EventLines> events;
    bool inEvent = false;
    int lineNumber = 0;
    // Folded lines (starting with a space or tab) continue the property of the line before;
    // the property is named by the line it starts on.
    QByteArray property;
    int propertyLine = 0;
    const auto finish = [&] {
        if (property.isEmpty())
            return;
        const qsizetype colon = property.indexOf(':');
        const QByteArray head = colon < 0 ? property : property.left(colon);
        const qsizetype semicolon = head.indexOf(';');
        const QByteArray name = (semicolon < 0 ? head : head.left(semicolon)).trimmed().toUpper();
        const QByteArray value = colon < 0 ? QByteArray() : property.mid(colon + 1).trimmed();
        if (name == "BEGIN" && value.toUpper() == "VEVENT") {
            inEvent = true;
            events.push_back({propertyLine, 0, {}});
        } else if (name == "END" && value.toUpper() == "VEVENT") {
            inEvent = false;
        } else if (inEvent && (name == "DTSTART" || name == "DTEND")) {
            events.back().dates.append({propertyLine, name + ' ' + value});
        } else if (inEvent && name == "RRULE") {
            events.back().rrule = propertyLine;
        }
        property.clear();
    };
    qsizetype from = 0;
    while (from < ics.size()) {
        qsizetype newline = ics.indexOf('\n', from);
        if (newline < 0)
            newline = ics.size();
        QByteArrayView line(ics.constData() + from, newline - from);
        from = newline + 1;
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty() && (line.front() == ' ' || line.front() == '\t')) {
            property += line.sliced(1);
            continue;
        }
        finish();
        property = line.toByteArray();
        propertyLine = lineNumber;
    }
    finish();
    return events;
}

// Whether "DTSTART 20261224" or "DTEND 20261224T100000Z" names a real date and time.
bool isValidDate(const QByteArray &nameAndValue)
{
    const QByteArray value = nameAndValue.mid(nameAndValue.indexOf(' ') + 1);
    const auto digits = [&](qsizetype from, qsizetype count) {
        for (qsizetype i = from; i < from + count; ++i) {
            if (i >= value.size() || value[i] < '0' || value[i] > '9')
                return -1;
        }
        return value.mid(from, count).toInt();
    };
    const int year = digits(0, 4), month = digits(4, 2), day = digits(6, 2);
    if (year < 0 || month < 0 || day < 0 || !QDate::isValid(year, month, day))
        return false;
    if (value.size() == 8)
        return true;
    if (value.size() != 15 && !(value.size() == 16 && value.back() == 'Z'))
        return false;
    const int hour = digits(9, 2), minute = digits(11, 2), second = digits(13, 2);
    return value[8] == 'T' && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0
           && second <= 60;
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

// Reads the events of one file into the holidays, counting occurrences against the limits.
struct IcalImport::Reader
{
    QString prefix;
    int firstYear = 0;
    int lastYear = 0;
    Imported imported;
    std::map<QDate, QString> days;
    qint64 occurrences = 0;

    // "line 42: " before a message about an event, when the line is known.
    QString at(int line) const
    {
        return line > 0 ? prefix + IcalImport::tr("line %1: ").arg(line) : prefix;
    }
    Result<void> readEvent(icalcomponent *event, const EventLines *where);
    Result<std::vector<QDate>> starts(icalcomponent *event, const icaltimetype &start,
                                      int ruleLine);
    Result<void> addDays(icalcomponent *event, const std::vector<QDate> &starts, qint64 length,
                         const QString &name, int eventLine);
};

Result<IcalImport::Imported> IcalImport::fromIcs(const QByteArray &ics, int firstYear, int lastYear,
                                                 const QString &sourceName)
{
    Reader reader;
    reader.prefix = sourceName.isEmpty() ? QString() : sourceName + u": "_s;
    reader.firstYear = std::max(firstYear, IsoTime::FirstSupportedYear);
    reader.lastYear = std::min(lastYear, IsoTime::LastSupportedYear);
    const QString &prefix = reader.prefix;
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

    const std::vector<EventLines> lines = scanEvents(ics);
    size_t eventIndex = 0;
    for (icalcomponent *calendar : calendars) {
        for (icalcomponent *event =
                 icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
             event; event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
            const EventLines *where = eventIndex < lines.size() ? &lines[eventIndex] : nullptr;
            ++eventIndex;
            if (auto read = reader.readEvent(event, where); !read)
                return read.error();
        }
    }
    for (const auto &[day, name] : reader.days)
        reader.imported.holidays.append(HolidayRule::oneOff(day, name));
    return reader.imported;
}

Result<void> IcalImport::Reader::readEvent(icalcomponent *event, const EventLines *where)
{
    const int eventLine = where ? where->begin : 0;
    if (where) {
        for (const auto &[line, date] : where->dates) {
            if (!isValidDate(date))
                return Error{
                    at(line)
                    + IcalImport::tr("%1 is not a valid date").arg(QString::fromUtf8(date))};
        }
    }
    icalproperty *error = icalcomponent_get_first_property(event, ICAL_XLICERROR_PROPERTY);
    if (error)
        return Error{
            at(eventLine)
            + IcalImport::tr("event %1: %2")
                  .arg(describeEvent(event), QString::fromUtf8(icalproperty_get_xlicerror(error)))};
    const icaltimetype start = icalcomponent_get_dtstart(event);
    if (icaltime_is_null_time(start))
        return Error{at(eventLine)
                     + IcalImport::tr("event %1: no DTSTART").arg(describeEvent(event))};
    if (!start.is_date || icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED) {
        ++imported.skippedEvents;
        return {};
    }
    // DTEND is exclusive; without DTEND or DURATION an all-day event lasts one day.
    const icaltimetype end = icalcomponent_get_dtend(event);
    qint64 length = 1;
    if (!icaltime_is_null_time(end))
        length = std::max<qint64>(1, toDate(start).daysTo(toDate(end)));
    const char *summary = icalcomponent_get_summary(event);
    const QString name = summary ? QString::fromUtf8(summary) : QString();
    const int ruleLine = where && where->rrule ? where->rrule : eventLine;
    auto first = starts(event, start, ruleLine);
    if (!first)
        return first.error();
    return addDays(event, *first, length, name, eventLine);
}

Result<std::vector<QDate>> IcalImport::Reader::starts(icalcomponent *event,
                                                      const icaltimetype &start, int ruleLine)
{
    icalproperty *rrule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY);
    if (!rrule)
        return std::vector<QDate>{toDate(start)};
    const icalrecurrencetype recurrence = icalproperty_get_rrule(rrule);
    if (recurrence.freq == ICAL_SECONDLY_RECURRENCE || recurrence.freq == ICAL_MINUTELY_RECURRENCE
        || recurrence.freq == ICAL_HOURLY_RECURRENCE)
        return Error{at(ruleLine)
                     + IcalImport::tr("event %1: FREQ=%2 repeats within a day; holidays close "
                                      "whole days, so only DAILY, WEEKLY, MONTHLY or YEARLY "
                                      "rules are read")
                           .arg(describeEvent(event),
                                QString::fromLatin1(icalrecur_freq_to_string(recurrence.freq)))};
    std::unique_ptr<icalrecur_iterator, IteratorDeleter> iterator(
        icalrecur_iterator_new(recurrence, start));
    if (!iterator)
        return Error{at(ruleLine)
                     + IcalImport::tr("event %1: unsupported RRULE").arg(describeEvent(event))};
    // A rule that started long ago (year 1) jumps to the first year read; libical cannot jump
    // a rule with a COUNT, which the cap below bounds instead.
    if (start.year < firstYear - 1 && recurrence.count == 0) {
        icaltimetype jump = start;
        jump.year = firstYear - 1;
        jump.month = 1;
        jump.day = 1;
        (void)icalrecur_iterator_set_start(iterator.get(), jump);
    }
    std::vector<QDate> result;
    for (icaltimetype next = icalrecur_iterator_next(iterator.get());
         !icaltime_is_null_time(next) && next.year <= lastYear;
         next = icalrecur_iterator_next(iterator.get())) {
        if (++occurrences > MaxOccurrences)
            return Error{at(ruleLine)
                         + IcalImport::tr("event %1: the rules of this file repeat more than %2 "
                                          "times up to %3; split the file or shorten the rules")
                               .arg(describeEvent(event))
                               .arg(MaxOccurrences)
                               .arg(lastYear)};
        if (next.year >= firstYear - 1)
            result.push_back(toDate(next));
    }
    return result;
}

Result<void> IcalImport::Reader::addDays(icalcomponent *event, const std::vector<QDate> &starts,
                                         qint64 length, const QString &name, int eventLine)
{
    std::set<QDate> excluded;
    for (icalproperty *exdate = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY);
         exdate; exdate = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY))
        excluded.insert(toDate(icalproperty_get_exdate(exdate)));
    const QDate firstDay(firstYear, 1, 1);
    const QDate lastDay(lastYear, 12, 31);
    for (const QDate &first : starts) {
        if (excluded.count(first) || !first.isValid())
            continue;
        // Only the days within the years read: a span reaching 9999 stops at lastDay.
        for (qint64 i = std::max<qint64>(0, first.daysTo(firstDay)); i < length; ++i) {
            const QDate day = first.addDays(i);
            if (day > lastDay)
                break;
            days.emplace(day, name);
            if (qsizetype(days.size()) > MaxHolidays)
                return Error{at(eventLine)
                             + IcalImport::tr("event %1: more than %2 holidays; a file may close "
                                              "at most %2 days")
                                   .arg(describeEvent(event))
                                   .arg(MaxHolidays)};
        }
    }
    return {};
}

Result<IcalImport::Imported> IcalImport::readFile(const QString &path, int firstYear, int lastYear)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot read: %2").arg(path, file.errorString())};
    return fromIcs(file.readAll(), firstYear, lastYear, path);
}

} // namespace Accordo
