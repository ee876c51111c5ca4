#include "isotime.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr qint64 kSecondsPerDay = 86400;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads exactly count digits at p; false if any is not a digit.
bool readDigits(const char *p, int count, int &value)
{
    int v = 0;
    for (int i = 0; i < count; ++i) {
        if (!isDigit(p[i]))
            return false;
        v = v * 10 + (p[i] - '0');
    }
    value = v;
    return true;
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && QDate::isLeapYear(year))
        return 29;
    return kDays[month - 1];
}

void write2(char *p, int v)
{
    p[0] = char('0' + v / 10);
    p[1] = char('0' + v % 10);
}

} // namespace

qint64 IsoTime::daysFromCivil(int year, int month, int day)
{
    // Howard Hinnant's days_from_civil: exact for the whole proleptic Gregorian calendar.
    const qint64 y = qint64(year) - (month <= 2);
    const qint64 era = floorDiv(y, 400);
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilDate IsoTime::civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = floorDiv(days, 146097);
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    return {int(yoe + era * 400 + (month <= 2)), month, day};
}

qint64 IsoTime::localToUtc(const QTimeZone &zone, QDate date, int secondOfDay)
{
    if (secondOfDay >= kSecondsPerDay) {
        date = date.addDays(secondOfDay / kSecondsPerDay);
        secondOfDay %= kSecondsPerDay;
    }
    const qint64 wall = (date.toJulianDay() - 2440588) * kSecondsPerDay + secondOfDay;
    const QDateTime local(date, QTime::fromMSecsSinceStartOfDay(secondOfDay * 1000), zone);
    if (local.isValid())
        return local.toSecsSinceEpoch();
    // In a spring gap: read with the offset of a day earlier, i.e. the one before the gap.
    const QDateTime before = QDateTime::fromSecsSinceEpoch(wall - kSecondsPerDay, zone);
    return wall - before.offsetFromUtc();
}

Result<qint64> IsoTime::parse(QStringView text, const QTimeZone &localZone)
{
    const QByteArray latin = text.trimmed().toLatin1();
    return parse(latin.constData(), latin.constData() + latin.size(), localZone);
}

Result<qint64> IsoTime::parse(const char *begin, const char *end, const QTimeZone &localZone)
{
    while (begin < end && (*begin == ' ' || *begin == '\t'))
        ++begin;
    while (end > begin && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
        --end;
    const auto invalid = [&](const QString &why) {
        const QString text = QString::fromLatin1(begin, end - begin);
        return Error{tr("\"%1\" is not a valid ISO 8601 instant (%2)").arg(text, why)};
    };
    const qsizetype length = end - begin;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (length < 10 || !readDigits(begin, 4, year) || begin[4] != '-'
        || !readDigits(begin + 5, 2, month) || begin[7] != '-' || !readDigits(begin + 8, 2, day))
        return invalid(tr("expected YYYY-MM-DDThh:mm:ssZ"));
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return invalid(tr("no such date"));
    const char *p = begin + 10;
    bool hasTime = false;
    if (p < end) {
        if ((*p != 'T' && *p != 't' && *p != ' ') || end - p < 6 || !readDigits(p + 1, 2, hour)
            || p[3] != ':' || !readDigits(p + 4, 2, minute))
            return invalid(tr("expected a time hh:mm after the date"));
        hasTime = true;
        p += 6;
        if (p < end && *p == ':') {
            if (end - p < 3 || !readDigits(p + 1, 2, second))
                return invalid(tr("expected seconds after hh:mm:"));
            p += 3;
            if (p < end && (*p == '.' || *p == ',')) {
                ++p;
                if (p == end || !isDigit(*p))
                    return invalid(tr("expected digits after the decimal sign"));
                while (p < end && isDigit(*p))
                    ++p;
            }
        }
        const bool endOfDay = hour == 24 && minute == 0 && second == 0;
        if ((hour > 23 && !endOfDay) || minute > 59 || second > 59)
            return invalid(tr("time out of range"));
    }
    const qint64 wall = daysFromCivil(year, month, day) * kSecondsPerDay + hour * 3600 + minute * 60
                        + second;
    if (p == end) {
        // No offset: local to the calendar. QDate has no year 0 (1 BC), far outside anyway.
        const QDate date(year, month, day);
        if (!date.isValid())
            return requireSupported(wall, u'"' + QString::fromLatin1(begin, end - begin) + u'"');
        return localToUtc(localZone, date, hour * 3600 + minute * 60 + second);
    }
    if (!hasTime)
        return invalid(tr("an offset needs a time"));
    if ((*p == 'Z' || *p == 'z') && p + 1 == end)
        return wall;
    if (*p != '+' && *p != '-')
        return invalid(tr("expected Z or an offset like +01:00"));
    const int sign = *p == '-' ? -1 : 1;
    ++p;
    int offsetHours = 0, offsetMinutes = 0;
    const qsizetype rest = end - p;
    if (rest == 2 && readDigits(p, 2, offsetHours)) {
    } else if (rest == 5 && p[2] == ':' && readDigits(p, 2, offsetHours)
               && readDigits(p + 3, 2, offsetMinutes)) {
    } else if (rest == 4 && readDigits(p, 2, offsetHours) && readDigits(p + 2, 2, offsetMinutes)) {
    } else {
        return invalid(tr("expected Z or an offset like +01:00"));
    }
    if (offsetHours > 18 || offsetMinutes > 59)
        return invalid(tr("offset out of range"));
    return wall - sign * (offsetHours * 3600 + offsetMinutes * 60);
}

int IsoTime::formatUtc(qint64 epochSeconds, char *buffer)
{
    const qint64 days = floorDiv(epochSeconds, kSecondsPerDay);
    const int secondOfDay = int(epochSeconds - days * kSecondsPerDay);
    const CivilDate date = civilFromDays(days);
    const int year = qBound(0, date.year, 9999);
    write2(buffer, year / 100);
    write2(buffer + 2, year % 100);
    buffer[4] = '-';
    write2(buffer + 5, date.month);
    buffer[7] = '-';
    write2(buffer + 8, date.day);
    buffer[10] = 'T';
    write2(buffer + 11, secondOfDay / 3600);
    buffer[13] = ':';
    write2(buffer + 14, secondOfDay / 60 % 60);
    buffer[16] = ':';
    write2(buffer + 17, secondOfDay % 60);
    buffer[19] = 'Z';
    return 20;
}

QString IsoTime::utcMonth(qint64 epochSeconds)
{
    const CivilDate d = civilFromDays(floorDiv(epochSeconds, 86400));
    return QString::asprintf("%04d-%02d", d.year, d.month);
}

Result<qint64> IsoTime::requireSupported(qint64 epochSeconds, const QString &what)
{
    if (isSupported(epochSeconds))
        return epochSeconds;
    const int year = civilFromDays(floorDiv(epochSeconds, 86400)).year;
    return Error{tr("%1: the year %2 is outside the years Accordo supports (%3 to %4)")
                     .arg(what, QString::number(year), QString::number(FirstSupportedYear),
                          QString::number(LastSupportedYear))};
}

QString IsoTime::formatUtc(qint64 epochSeconds)
{
    char buffer[20];
    formatUtc(epochSeconds, buffer);
    return QString::fromLatin1(buffer, 20);
}

} // namespace Accordo
