#include "calendarjson.h"

#include "calendar/clocktime.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSaveFile>

#include <limits>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const QString kDayKeys[7] = {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};

const char *const kObservedNames[] = {"none", "nearest", "monday"};

int dayIndex(const QString &key)
{
    for (int i = 0; i < 7; ++i) {
        if (kDayKeys[i] == key)
            return i;
    }
    return -1;
}

// "HH:MM" or "HH:MM:SS" up to 24:00; -1 if not.
int parseClock(QStringView text)
{
    const auto parts = text.split(u':');
    if (parts.size() < 2 || parts.size() > 3)
        return -1;
    int values[3] = {0, 0, 0};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        bool ok = false;
        if (parts[i].size() != 2)
            return -1;
        values[i] = parts[i].toInt(&ok);
        if (!ok)
            return -1;
    }
    if (values[1] > 59 || values[2] > 59)
        return -1;
    const int seconds = values[0] * 3600 + values[1] * 60 + values[2];
    return seconds > 86400 ? -1 : seconds;
}

// A JSON string literal with escaping done by Qt.
QByteArray quoted(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QString describe(const QJsonValue &value)
{
    if (value.isString())
        return u'"' + value.toString() + u'"';
    QJsonArray wrapper{value};
    const QByteArray text = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

// Line and column (from 1) of a byte offset, for parse errors.
QString position(const QByteArray &json, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < json.size(); ++i) {
        if (json[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return u"%1:%2"_s.arg(line).arg(column);
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::CalendarJson)

public:
    Result<BusinessCalendar> read(const QJsonObject &root);

private:
    Result<void> readWeek(const QJsonValue &value, BusinessCalendar &calendar);
    Result<HolidayRule> readHoliday(const QJsonValue &value, const QString &field);
    static Error error(const QString &field, const QString &message)
    {
        return Error{field + u": "_s + message};
    }
};

Result<BusinessCalendar> Reader::read(const QJsonObject &root)
{
    for (auto it = root.begin(); it != root.end(); ++it) {
        static const QStringList known{u"name"_s, u"timezone"_s, u"week"_s, u"holidays"_s};
        if (!known.contains(it.key()))
            return error(it.key(), tr("unknown field"));
    }
    const QJsonValue name = root.value(u"name"_s);
    if (!name.isUndefined() && !name.isString())
        return error(u"name"_s, tr("%1 is not a string").arg(describe(name)));
    const QJsonValue zoneValue = root.value(u"timezone"_s);
    if (!zoneValue.isString())
        return error(u"timezone"_s, zoneValue.isUndefined()
                                        ? tr("missing, expected an IANA zone such as Europe/Rome")
                                        : tr("%1 is not a string").arg(describe(zoneValue)));
    const QTimeZone zone(zoneValue.toString().toUtf8());
    if (!zone.isValid())
        return error(u"timezone"_s,
                     tr("\"%1\" is not a known IANA time zone").arg(zoneValue.toString()));
    BusinessCalendar calendar(name.toString(), zone);
    if (const Result<void> week = readWeek(root.value(u"week"_s), calendar); !week)
        return week.error();
    const QJsonValue holidays = root.value(u"holidays"_s);
    if (!holidays.isUndefined()) {
        if (!holidays.isArray())
            return error(u"holidays"_s, tr("expected an array"));
        QList<HolidayRule> rules;
        const QJsonArray array = holidays.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            Result<HolidayRule> rule = readHoliday(array[i], u"holidays[%1]"_s.arg(i));
            if (!rule)
                return rule.error();
            rules.append(std::move(rule).value());
        }
        calendar.setHolidays(rules);
    }
    return calendar;
}

Result<void> Reader::readWeek(const QJsonValue &value, BusinessCalendar &calendar)
{
    if (!value.isObject())
        return error(u"week"_s, value.isUndefined() ? tr("missing") : tr("expected an object"));
    const QJsonObject week = value.toObject();
    for (auto it = week.begin(); it != week.end(); ++it) {
        const QString field = u"week."_s + it.key();
        const int day = dayIndex(it.key());
        if (day < 0)
            return error(field, tr("unknown weekday, expected mon, tue, wed, thu, fri, sat, sun"));
        if (!it.value().isArray())
            return error(field, tr("expected an array of intervals such as \"08:00-17:00\""));
        const QJsonArray array = it.value().toArray();
        QList<WorkingInterval> intervals;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemField = u"%1[%2]"_s.arg(field).arg(i);
            const QString text = array[i].toString();
            const qsizetype dash = text.indexOf(u'-');
            const int start = dash > 0 ? parseClock(QStringView(text).left(dash)) : -1;
            const int end = dash > 0 ? parseClock(QStringView(text).mid(dash + 1)) : -1;
            if (!array[i].isString() || start < 0 || end < 0 || start >= end || start >= 86400)
                return error(itemField, tr("%1 is not a valid interval (expected HH:MM-HH:MM "
                                           "from 00:00 to 24:00)")
                                            .arg(describe(array[i])));
            for (qsizetype j = 0; j < intervals.size(); ++j) {
                if (start < intervals[j].end && intervals[j].start < end)
                    return error(itemField, tr("\"%1\" overlaps %2[%3]").arg(text, field).arg(j));
            }
            intervals.append({start, end});
        }
        const auto result = calendar.setWorkingIntervals(Qt::DayOfWeek(day + 1), intervals);
        if (!result)
            return error(field, result.errorString());
    }
    return {};
}

Result<HolidayRule> Reader::readHoliday(const QJsonValue &value, const QString &field)
{
    if (!value.isObject())
        return error(field, tr("expected an object"));
    const QJsonObject object = value.toObject();
    static const QStringList known{u"date"_s,    u"fixed"_s, u"observed"_s, u"nth"_s,
                                   u"weekday"_s, u"month"_s, u"easter"_s,   u"name"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return error(field + u'.' + it.key(), tr("unknown field"));
    }
    const QJsonValue name = object.value(u"name"_s);
    if (!name.isUndefined() && !name.isString())
        return error(field + u".name"_s, tr("%1 is not a string").arg(describe(name)));
    int kinds = 0;
    for (const QString &key : {u"date"_s, u"fixed"_s, u"nth"_s, u"easter"_s})
        kinds += object.contains(key);
    if (kinds != 1)
        return error(field, tr("expected exactly one of \"date\", \"fixed\", \"nth\", \"easter\""));
    const auto allowOnly = [&](const QStringList &keys) -> Result<void> {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!keys.contains(it.key()) && it.key() != u"name"_s)
                return error(field + u'.' + it.key(), tr("does not belong to this kind of "
                                                         "holiday"));
        }
        return {};
    };
    const auto integer = [](const QJsonValue &v, int &out) {
        const double d = v.toDouble();
        // Range first: converting a double beyond int is undefined behaviour.
        if (!v.isDouble() || !(d >= std::numeric_limits<int>::min())
            || !(d <= std::numeric_limits<int>::max()) || d != double(int(d)))
            return false;
        out = int(d);
        return true;
    };

    HolidayRule rule;
    if (object.contains(u"date"_s)) {
        if (auto ok = allowOnly({u"date"_s}); !ok)
            return ok.error();
        const QJsonValue date = object.value(u"date"_s);
        const QDate parsed = QDate::fromString(date.toString(), Qt::ISODate);
        if (!date.isString() || !parsed.isValid() || date.toString().size() != 10)
            return error(field + u".date"_s, tr("%1 is not a date YYYY-MM-DD").arg(describe(date)));
        rule = HolidayRule::oneOff(parsed, name.toString());
    } else if (object.contains(u"fixed"_s)) {
        if (auto ok = allowOnly({u"fixed"_s, u"observed"_s}); !ok)
            return ok.error();
        const QJsonValue fixed = object.value(u"fixed"_s);
        const QString text = fixed.toString();
        bool monthOk = false;
        bool dayOk = false;
        const int month = text.left(2).toInt(&monthOk);
        const int day = text.mid(3).toInt(&dayOk);
        rule = HolidayRule::fixed(month, day, HolidayRule::Observed::None, name.toString());
        if (!fixed.isString() || text.size() != 5 || text[2] != u'-' || !monthOk || !dayOk
            || !rule.validate())
            return error(field + u".fixed"_s,
                         tr("%1 is not a day of the year MM-DD").arg(describe(fixed)));
        const QJsonValue observed = object.value(u"observed"_s);
        if (!observed.isUndefined()) {
            int index = -1;
            for (int i = 0; i < 3; ++i) {
                if (observed.toString() == QLatin1String(kObservedNames[i]))
                    index = i;
            }
            if (index < 0)
                return error(field + u".observed"_s,
                             tr("%1 is not one of \"none\", \"nearest\", \"monday\"")
                                 .arg(describe(observed)));
            rule = HolidayRule::fixed(month, day, HolidayRule::Observed(index), name.toString());
        }
    } else if (object.contains(u"nth"_s)) {
        if (auto ok = allowOnly({u"nth"_s, u"weekday"_s, u"month"_s}); !ok)
            return ok.error();
        int nth = 0;
        if (!integer(object.value(u"nth"_s), nth) || (nth != -1 && (nth < 1 || nth > 4)))
            return error(
                field + u".nth"_s,
                tr("%1 is not 1 to 4, or -1 for the last").arg(describe(object.value(u"nth"_s))));
        const QJsonValue weekday = object.value(u"weekday"_s);
        const int day = dayIndex(weekday.toString());
        if (!weekday.isString() || day < 0)
            return error(field + u".weekday"_s,
                         weekday.isUndefined()
                             ? tr("missing")
                             : tr("%1 is not one of mon, tue, wed, thu, fri, sat, sun")
                                   .arg(describe(weekday)));
        int month = 0;
        if (!integer(object.value(u"month"_s), month) || month < 1 || month > 12)
            return error(
                field + u".month"_s,
                object.value(u"month"_s).isUndefined()
                    ? tr("missing")
                    : tr("%1 is not a month 1 to 12").arg(describe(object.value(u"month"_s))));
        rule = HolidayRule::nthWeekday(nth, Qt::DayOfWeek(day + 1), month, name.toString());
    } else {
        if (auto ok = allowOnly({u"easter"_s}); !ok)
            return ok.error();
        int offset = 0;
        if (!integer(object.value(u"easter"_s), offset) || offset < -60 || offset > 60)
            return error(field + u".easter"_s, tr("%1 is not a day offset from -60 to 60")
                                                   .arg(describe(object.value(u"easter"_s))));
        rule = HolidayRule::easterRelative(offset, name.toString());
    }
    if (const Result<void> valid = rule.validate(); !valid)
        return error(field, valid.errorString());
    return rule;
}

} // namespace

Result<BusinessCalendar> CalendarJson::fromJson(const QByteArray &json, const QString &sourceName)
{
    const QString prefix = sourceName.isEmpty() ? QString() : sourceName + u':';
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{prefix + position(json, parseError.offset) + u": "_s
                     + tr("JSON syntax error: %1").arg(parseError.errorString())};
    if (!document.isObject())
        return Error{prefix + tr("expected a JSON object")};
    Result<BusinessCalendar> calendar = Reader().read(document.object());
    if (!calendar && !prefix.isEmpty())
        return Error{prefix + u' ' + calendar.errorString()};
    return calendar;
}

QByteArray CalendarJson::toJson(const BusinessCalendar &calendar)
{
    QByteArray out;
    out += "{\n    \"name\": " + quoted(calendar.name()) + ",\n";
    out += "    \"timezone\": " + quoted(QString::fromUtf8(calendar.timeZone().id())) + ",\n";
    out += "    \"week\": {\n";
    for (int day = 0; day < 7; ++day) {
        out += "        \"" + kDayKeys[day].toLatin1() + "\": [";
        const QList<WorkingInterval> intervals = calendar.workingIntervals(Qt::DayOfWeek(day + 1));
        for (qsizetype i = 0; i < intervals.size(); ++i) {
            if (i > 0)
                out += ", ";
            out += quoted(ClockTime::format(intervals[i].start) + u'-'
                          + ClockTime::format(intervals[i].end));
        }
        out += day < 6 ? "],\n" : "]\n";
    }
    out += "    },\n    \"holidays\": [";
    const QList<HolidayRule> holidays = calendar.holidays();
    for (qsizetype i = 0; i < holidays.size(); ++i) {
        const HolidayRule &rule = holidays[i];
        out += i > 0 ? ",\n        {" : "\n        {";
        switch (rule.kind()) {
        case HolidayRule::Kind::Date:
            out += "\"date\": " + quoted(rule.date().toString(Qt::ISODate));
            break;
        case HolidayRule::Kind::Fixed:
            out += "\"fixed\": "
                   + quoted(u"%1-%2"_s.arg(rule.month(), 2, 10, QLatin1Char('0'))
                                .arg(rule.day(), 2, 10, QLatin1Char('0')));
            if (rule.observed() != HolidayRule::Observed::None)
                out += ", \"observed\": \"" + QByteArray(kObservedNames[int(rule.observed())])
                       + '"';
            break;
        case HolidayRule::Kind::NthWeekday:
            out += "\"nth\": " + QByteArray::number(rule.nth()) + ", \"weekday\": \""
                   + kDayKeys[rule.weekday() - 1].toLatin1()
                   + "\", \"month\": " + QByteArray::number(rule.month());
            break;
        case HolidayRule::Kind::Easter:
            out += "\"easter\": " + QByteArray::number(rule.easterOffset());
            break;
        }
        if (!rule.name().isEmpty())
            out += ", \"name\": " + quoted(rule.name());
        out += '}';
    }
    out += holidays.isEmpty() ? "]\n}\n" : "\n    ]\n}\n";
    return out;
}

Result<BusinessCalendar> CalendarJson::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot read: %2").arg(path, file.errorString())};
    return fromJson(file.readAll(), path);
}

Result<void> CalendarJson::writeFile(const BusinessCalendar &calendar, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(calendar)) < 0 || !file.commit())
        return Error{tr("%1: cannot write: %2").arg(path, file.errorString())};
    return {};
}

} // namespace Accordo
